"""target-extractor: quantified targets and achievements from Chinese policy texts.

The Python API (see README, "From Python"); every problem is raised as ExtractorError.
The names are imported when first used, so that the command line imports the library
its own way first (cli.main: with the collector off)."""
from typing import TYPE_CHECKING

from . import bytecode_cache

bytecode_cache.install()  # before the package's other modules are imported

__all__ = ["extract_file", "extract_paths", "extract_text", "to_dataframe", "ExtractorError", "Record"]
_HOME = {"ExtractorError": "errors", "Record": "models"}  # the others are in api


if TYPE_CHECKING:  # what editors and type checkers see; at run time the names come on first use
    from .api import extract_file, extract_paths, extract_text, to_dataframe
    from .errors import ExtractorError
    from .models import Record


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = globals()[name] = getattr(import_module(f".{_HOME.get(name, 'api')}", __name__), name)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
