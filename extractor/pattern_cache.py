"""Compiled regexes kept between runs: most of a cold start went to `regex.compile` of the
rule pack, and a pickled compiled pattern loads without being parsed again.

The cache is one pickle per rule pack, named by a digest of the pack's files and the
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
    """`compile` through a dict loaded from disk; `save` writes it back when it grew."""

    def __init__(self, files: tuple):
        digest = hashlib.sha256(repr((sys.version, regex.__version__)).encode())
        for name, content, _ in files:
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
            digest.update(content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape"))
        self.path = _directory() / f"patterns-{digest.hexdigest()[:24]}.pickle"
        self.patterns: dict[tuple[str, int], regex.Pattern] = _read(self.path)
        self.added = False

    def compile(self, source: str, flags: int = 0) -> regex.Pattern:
        key = (source, flags)
        found = self.patterns.get(key)
        if found is None:
            found = self.patterns[key] = regex.compile(source, flags)
            self.added = True
        return found

    def save(self) -> None:
        if not self.added:
            return
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _private(self.path.parent):
                return
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns.", suffix=".part")  # mode 0600
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(self.patterns, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
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
