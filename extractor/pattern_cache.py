"""Compiled regexes and parsed rule files kept between runs: most of a cold start went to
`regex.compile` of the rule pack and then to parsing its TOML, and a pickled compiled pattern
or parsed table loads without being parsed again.

The cache is two pickles per rule pack (patterns, parsed files), named by a digest of the pack's files and the
versions of Python and `regex`, in a per-user directory ($EXTRACTOR_CACHE_DIR, else
$XDG_CACHE_HOME/target-extractor, else ~/.cache/target-extractor). A pickle is code, so a
file is read only when this user owns it and its directory and nobody else can write
either; anything wrong with it (stale, foreign, broken, unwritable home) means compiling
as if there were no cache: it is never needed.
"""
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path

import regex

ENV = "EXTRACTOR_CACHE_DIR"


class PatternCache:
    """`compile` and `parse` through dicts loaded from disk; `save` writes back those that grew."""

    def __init__(self, files: tuple):
        digest = hashlib.sha256(repr((sys.version, regex.__version__)).encode())
        for name, content, _ in files:
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape"))
        self.path = _directory() / f"patterns-{digest.hexdigest()[:24]}.pickle"
        self.files_path = self.path.with_name(f"files-{digest.hexdigest()[:24]}.pickle")
        self.patterns: dict[tuple[str, int], regex.Pattern] = _read(self.path)
        self.files: dict[str, dict] = _read(self.files_path)  # by a digest of each file's content
        self.added = self.files_added = False

    def compile(self, source: str, flags: int = 0) -> regex.Pattern:
        key = (source, flags)
        found = self.patterns.get(key)
        if found is None:
            found = self.patterns[key] = regex.compile(source, flags)
            self.added = True
        return found

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
            _write(self.path, self.patterns)
            self.added = False
        if self.files_added:
            _write(self.files_path, self.files)
            self.files_added = False


def _write(path: Path, data: dict) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(path.parent):
            return
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns.", suffix=".part")  # mode 0600
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PickleError):
        return  # a read-only home, a full disk: the next run compiles again


def _directory() -> Path:
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "target-extractor"


def _private(path: Path) -> bool:
    """Owned by this user and writable by nobody else (a file in it could not be swapped)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path) -> dict:
    if not (path.is_file() and _private(path) and _private(path.parent)):
        return {}
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a broken cache is no cache
        return {}
    return data if isinstance(data, dict) else {}
