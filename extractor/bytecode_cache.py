"""The package's own modules kept compiled in this user's cache when Python may not write
bytecode beside them (PYTHONDONTWRITEBYTECODE, `python -B`, common in containers): there,
every start compiled the package's source again, a third of a cold start.

A module's bytecode file is named by its source path and holds the interpreter's magic number,
the source's mtime and size, then the code; any difference means compiling the source as
Python would. Files are read only when they are this user's alone (`cache_dir`): code is code.
"""
import importlib.machinery
import marshal
import os
import sys
import zlib
from importlib.util import MAGIC_NUMBER

from . import cache_dir

PACKAGE = __name__.rpartition(".")[0]


class _Loader(importlib.machinery.SourceFileLoader):
    def get_code(self, fullname):
        try:
            st = os.stat(self.path)
        except OSError:
            return super().get_code(fullname)
        header = MAGIC_NUMBER + st.st_mtime_ns.to_bytes(8, "little") + st.st_size.to_bytes(8, "little")
        path = _file_of(self.path)
        data = cache_dir.read_bytes(path)
        if data is not None and data.startswith(header):
            try:
                return marshal.loads(data[len(header):])
            except (EOFError, ValueError, TypeError):
                pass
        code = self.source_to_code(self.get_data(self.path), self.path)
        cache_dir.write_bytes(path, header + marshal.dumps(code))
        return code


class _Finder:
    """Finds the package's submodules as the path finder does, then loads them through `_Loader`."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if not name.startswith(PACKAGE + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            spec.loader = _Loader(spec.loader.name, spec.loader.path)
        return spec


def _file_of(source: str):
    """One file per source path: two checkouts hold modules of the same name."""
    where = zlib.crc32(os.path.abspath(source).encode("utf-8", "surrogateescape"))
    stem = os.path.basename(source).rpartition(".")[0]
    return cache_dir.directory() / "bytecode" / f"{stem}-{where:08x}.{sys.implementation.cache_tag}.pyc"


def install() -> None:
    """Load the package's modules through the cache when Python will not write bytecode."""
    if sys.dont_write_bytecode and _Finder not in sys.meta_path:
        sys.meta_path.insert(0, _Finder)
