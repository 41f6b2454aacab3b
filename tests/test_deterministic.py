"""The same input gives byte-identical JSONL and CSV and the same workbook cells, however many workers."""
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from docgen import make_docx

DATA = Path(__file__).resolve().parents[1] / "data"


def _extract(inputs, out: Path, jobs: str) -> bytes:
    run = subprocess.run([sys.executable, "-m", "extractor", "extract", *map(str, inputs), "-o", str(out), "-j", jobs],
                         capture_output=True, text=True, env=os.environ | {"PYTHONHASHSEED": "random"})
    assert run.returncode == 0, run.stderr
    return out.read_bytes()


def _cells(path: Path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}


def test_same_input_same_output(tmp_path):
    (tmp_path / "report.docx").write_bytes(make_docx(["二、2025年工作安排", "今年地区生产总值增长6%左右，城镇新增就业12万人以上。"]))
    inputs = [DATA, tmp_path / "report.docx"]
    for fmt in ("jsonl", "csv"):
        first = _extract(inputs, tmp_path / f"a.{fmt}", "1")
        assert first.count(b"\n") > 50
        assert _extract(inputs, tmp_path / f"b.{fmt}", "1") == first
        assert _extract(inputs, tmp_path / f"c.{fmt}", "2") == first
    _extract(inputs, tmp_path / "a.xlsx", "1")
    _extract(inputs, tmp_path / "b.xlsx", "2")
    assert _cells(tmp_path / "a.xlsx") == _cells(tmp_path / "b.xlsx")
