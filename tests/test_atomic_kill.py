"""A process killed while writing leaves the old complete output or the new complete one, never a torn file."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = r"""
import sys
from extractor.outputs.export import write_stream, write_xlsx
from extractor.models import Record
from extractor.pipeline import DocResult

fmt, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])

def records():
    for i in range(n):
        yield Record(id=f"d:{i}", doc="d", kind="target", indicator="地区生产总值" * 3, value=i, unit="亿元",
                     magnitude=i * 1e8, comparator="=", year=2025, start=0, end=6, text="1800亿元",
                     sentence="力争全市地区生产总值达到1800亿元。" * 5, rule="test")

if fmt == "xlsx":
    write_xlsx([DocResult("d", "d.txt", 100, 2025, "test", "utf-8", list(records()))], path)
else:
    write_stream(records(), path, "jsonl")
"""


def _write(fmt: str, path: Path, n: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, fmt, str(path), str(n)], stderr=subprocess.PIPE)


def _rows(fmt: str, path: Path) -> int:
    """Records in a complete output; raises if the file is torn."""
    if fmt == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True)
        n = sum(1 for _ in wb["targets"].iter_rows(min_row=2))
        assert [row[0] for row in wb["sources"].iter_rows(min_row=2, values_only=True)] == ["d"]
        return n
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    return sum(1 for line in lines[:-1] if json.loads(line))


@pytest.mark.parametrize("fmt, n, delay", [("xlsx", 10000, 1.5), ("jsonl", 150000, 0.3)])
def test_killed_mid_write_leaves_a_complete_file(tmp_path, fmt, n, delay):
    """JSON Lines stream into a hidden .part file, killed once it is there; a workbook is zipped in
    memory and written whole at the end (export.excel_writer), killed while it is built."""
    out = tmp_path / f"commitments.{fmt}"
    assert _write(fmt, out, 3).wait() == 0
    os.chmod(out, 0o640)
    old = out.read_bytes()
    proc = _write(fmt, out, n)
    deadline = time.monotonic() + 60
    while fmt == "jsonl" and not list(tmp_path.glob(".*.part")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay)
    assert proc.poll() is None, "the writer finished before it could be killed: make it write more"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert out.read_bytes() == old and _rows(fmt, out) == 3
    # the temporary file is hidden and named .part, so no glob for outputs picks it up
    leftovers = [p.name for p in tmp_path.iterdir() if p != out]
    assert all(name.startswith(f".{out.name}.") and name.endswith(".part") for name in leftovers)
    assert bool(leftovers) == (fmt == "jsonl")
    assert not list(tmp_path.glob(f"*.{fmt}"))[1:]

    # a later run that completes replaces the file whole, keeping its mode
    assert _write(fmt, out, 50).wait() == 0
    assert _rows(fmt, out) == 50 and out.stat().st_mode & 0o777 == 0o640
