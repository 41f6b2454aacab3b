"""Where this user's caches live, and whether a file there may be trusted: the compiled rule
pack and the package's bytecode are kept there between runs, and both are code once loaded.

The directory is $EXTRACTOR_CACHE_DIR, else $XDG_CACHE_HOME/target-extractor, else
~/.cache/target-extractor. A file is read only when this user owns it and its directory and
nobody else can write either; a write that fails (a read-only home, a full disk) is skipped.
Only `os` and `stat` are imported: the bytecode cache runs before anything else of the package.
"""
import os
import stat
from pathlib import Path

ENV = "EXTRACTOR_CACHE_DIR"


def directory() -> Path:
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "target-extractor"


def private(path: Path) -> bool:
    """Owned by this user and writable by nobody else (a file in it could not be swapped)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def trusted(path: Path) -> bool:
    """The file and its directory are this user's alone: it may be read."""
    return private(path) and private(path.parent)


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes when it is trusted, else None."""
    if not trusted(path):
        return None
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def write_bytes(path: Path, data: bytes) -> None:
    """Write whole or not at all (a reader never sees half a file), mode 0600, into a
    directory made 0700; skipped when that cannot be done safely."""
    tmp = f"{path}.{os.getpid()}.part"
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not private(path.parent):
            return
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def prune(pattern: str, keep: int) -> None:
    """Remove all but the `keep` newest files matching `pattern` (a glob) in the directory:
    each version of the rule files leaves its own, and nothing else would ever remove them."""
    try:
        found = sorted(directory().glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in found[keep:]:
            old.unlink()
    except OSError:
        pass  # another run removed it first, or the directory is not ours to change
