"""target-extractor: quantified targets and achievements from Chinese policy texts.

The Python API (see README, "From Python"); every problem is raised as ExtractorError."""
from . import bytecode_cache

bytecode_cache.install()  # before the package's other modules are imported

from .api import extract_file, extract_paths, extract_text, to_dataframe
from .errors import ExtractorError
from .models import Record

__all__ = ["extract_file", "extract_paths", "extract_text", "to_dataframe", "ExtractorError", "Record"]
