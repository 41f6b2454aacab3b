"""The package's bytecode kept in the user's cache where Python may not write it beside the
source: read back when it is this user's alone and matches the source, else compiled again."""
import importlib.util
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import extractor
from extractor import bytecode_cache, cache_dir

SOURCE = Path(extractor.__file__).parent / "selection.py"  # a module nothing else needs in full
PROBE = ("import json, extractor.selection as m; "
         "print(json.dumps([type(m.__spec__.loader).__name__, hasattr(m, 'MARK')]))")


def _run(cache: Path, dont_write: bool = True) -> list:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env[cache_dir.ENV] = str(cache)
    if dont_write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _cached_file(cache: Path, monkeypatch) -> Path:
    monkeypatch.setenv(cache_dir.ENV, str(cache))
    return bytecode_cache._file_of(str(SOURCE))


def _plant(path: Path, mtime_ns: int) -> None:
    """A cache file for selection.py whose code also sets MARK: seen only if the file is read."""
    st = os.stat(SOURCE)
    code = compile(SOURCE.read_text(encoding="utf-8") + "\nMARK = 1\n", str(SOURCE), "exec")
    header = importlib.util.MAGIC_NUMBER + mtime_ns.to_bytes(8, "little") + st.st_size.to_bytes(8, "little")
    path.write_bytes(header + marshal.dumps(code))
    os.chmod(path, 0o600)


def test_modules_are_compiled_into_the_cache_and_read_back(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    assert _run(cache) == ["_Loader", False]
    kept = _cached_file(cache, monkeypatch)
    assert kept.is_file() and oct(os.stat(kept).st_mode & 0o777) == "0o600"
    _plant(kept, os.stat(SOURCE).st_mtime_ns)
    assert _run(cache) == ["_Loader", True]  # the planted code ran: the file was read, not the source


def test_a_stale_or_foreign_file_is_compiled_again(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    _run(cache)
    kept = _cached_file(cache, monkeypatch)
    _plant(kept, os.stat(SOURCE).st_mtime_ns - 1)  # the source changed since
    assert _run(cache) == ["_Loader", False]
    magic = len(importlib.util.MAGIC_NUMBER)
    assert kept.read_bytes()[magic:magic + 8] == os.stat(SOURCE).st_mtime_ns.to_bytes(8, "little")  # rewritten
    _plant(kept, os.stat(SOURCE).st_mtime_ns)
    os.chmod(kept, 0o666)  # anyone could have written it
    assert _run(cache) == ["_Loader", False]


def test_python_keeps_bytecode_itself_when_it_may(tmp_path):
    assert _run(tmp_path / "cache", dont_write=False) == ["SourceFileLoader", False]
    assert not (tmp_path / "cache").exists()


def test_an_unwritable_cache_is_no_cache(tmp_path):
    assert _run(Path("/proc/no-such-place")) == ["_Loader", False]
