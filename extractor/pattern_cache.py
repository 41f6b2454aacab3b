"""Compiled regexes and parsed rule files kept between runs: most of a cold start went to
`regex.compile` of the rule pack and then to parsing its TOML, and a pickled compiled pattern
or parsed table loads without being parsed again.

The cache is two pickles per rule pack (patterns with what is kept beside them, such as the
pack's snapshot; parsed files), named by a digest of the pack's files and the
versions of Python and `regex`, in the per-user directory of `cache_dir`, which reads a file
only when it is this user's alone (a pickle is code); anything wrong with it (stale, foreign,
broken, unwritable home) means compiling as if there were no cache: it is never needed.

In the patterns' file a pattern is what regex pickles it as (its function and arguments: the
compiled code, `_regex.compile` builds the pattern from), and is built when first asked for:
building was most of reading the file, and a run over one speech asks for some 370 of 690.
"""
import copyreg
import hashlib
import sys
from pathlib import Path

import regex

from . import cache_dir

try:  # the C pickler alone: pickle.py, its Python twin, and the modules it tries and lacks
    import _pickle as pickle  # were some 4M instructions of a cold start
except ImportError:
    import pickle

_PATTERN = regex.Pattern
_REDUCE = copyreg.dispatch_table.get(_PATTERN)  # how regex pickles a pattern: (function, arguments)


class _Blob(tuple):
    """A pattern as the file holds it, (function, arguments), until it is asked for."""

    __slots__ = ()

    def load(self):
        """The pattern, or None when this makes none (a broken cache is no cache)."""
        try:
            found = self[0](*self[1])
        except Exception:  # noqa: BLE001
            return None
        return found if found.__class__ is _PATTERN else None


class PatternCache:
    """`compile` and `parse` through dicts loaded from disk; `save` writes back those that grew."""

    def __init__(self, files: tuple):
        digest = hashlib.sha256(repr((sys.version, regex.__version__)).encode())
        for name, content, _ in files:
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape"))
        self.path = cache_dir.directory() / f"patterns-{digest.hexdigest()[:24]}.pickle"
        self.files_path = self.path.with_name(f"files-{digest.hexdigest()[:24]}.pickle")
        self.patterns: dict[tuple, object] = _read(self.path)  # patterns (or _Blobs), what remember() keeps
        self._files: dict[str, dict] | None = None  # read on the first parse: a pack read back from its
        self.added = self.files_added = False          # snapshot parses no file

    @property
    def files(self) -> dict[str, dict]:
        """Parsed files by a digest of each file's content."""
        if self._files is None:
            self._files = _read(self.files_path)
        return self._files

    def compile(self, source: str, flags: int = 0) -> regex.Pattern:
        key = (source, flags)
        found = self.patterns.get(key)
        if found.__class__ is not _PATTERN:  # not built yet, none yet, or what other code kept here
            found = found.load() if found.__class__ is _Blob else None
            if found is None:
                found = regex.compile(source, flags)
                self.added = True
            self.patterns[key] = found
        return found

    def remember(self, key: tuple, make):
        """A value derived from a pattern's source (what a skip rule can read past), kept with the
        patterns: reading the sources of the pack was a tenth of a cold start."""
        if key not in self.patterns:
            self.patterns[key] = make()
            self.added = True
        return self.patterns[key]

    def kept(self, key: tuple):
        """What `keep` put under `key` (a run before), or None."""
        return self.patterns.get(key)

    def keep(self, key: tuple[str, str], value) -> None:
        """Kept with the patterns, so that a value made of them shares them in the file; `key`
        is a name and a digest of what the value depends on, and replaces the value kept under
        that name with another digest (made by other code: it would be read at every start)."""
        for old in [k for k in self.patterns if len(k) == 2 and k[0] == key[0] and isinstance(k[1], str)]:
            del self.patterns[old]
        self.patterns[key] = value
        self.added = True

    def parse(self, name: str, content: bytes) -> dict:
        """The TOML of a file of the pack (tomllib was most of a load once patterns were cached);
        a shallow copy, as the caller takes tables out of it. UnicodeDecodeError or
        TOMLDecodeError if it cannot be read."""
        key = hashlib.sha256(content).hexdigest()  # by content: a user file may share a built-in's name
        found = self.files.get(key)
        if found is None:
            import tomllib

            found = self.files[key] = tomllib.loads(content.decode("utf-8"))
            self.files_added = True
        return dict(found)

    def save(self) -> None:
        if self.added:
            _write(self.path, {k: _kept(v) for k, v in self.patterns.items()})
            cache_dir.prune("patterns-*.pickle", KEPT_PACKS)
            self.added = False
        if self.files_added:
            _write(self.files_path, self.files)
            cache_dir.prune("files-*.pickle", KEPT_PACKS)
            self.files_added = False


KEPT_PACKS = 8  # versions of the rule files whose caches are kept (each some 0.5 MB): the newest written


def _kept(value):
    """A pattern as a _Blob (what regex pickles it as, when that is a function and its
    arguments); anything else as it is."""
    if value.__class__ is not _PATTERN or _REDUCE is None:
        return value
    reduced = _REDUCE(value)
    return _Blob(reduced) if isinstance(reduced, tuple) and len(reduced) == 2 else value


def _write(path: Path, data: dict) -> None:
    try:
        cache_dir.write_bytes(path, pickle.dumps(data, -1))  # -1: the highest protocol
    except pickle.PickleError:
        return  # the next run compiles again


def _read(path: Path) -> dict:
    """The file's dict, or {} (not trusted, broken). Unpickled from the file as it is read, a frame
    at a time: read whole first, its megabyte took as many fresh pages (some 280 page faults)."""
    if not cache_dir.trusted(path):
        return {}
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a broken cache is no cache
        return {}
    return data if isinstance(data, dict) else {}
