"""Text from a document never becomes a live formula in Excel or in a CSV opened by Excel."""
import csv
import os
import subprocess
import sys

import openpyxl
import pytest

from extractor.outputs.export import FORMULA_START, write_csv, write_xlsx
from extractor.models import Record
from extractor.pipeline import DocResult

DOCUMENT = """2025年工作安排
=SUM(A1:A9)地区生产总值增长6%左右。
+1800亿元工业增加值达到1800亿元。
-2.5%的降幅收窄，财政赤字率拟按3%左右安排。
@cmd|' /C calc'!A0 新增就业12万人。
\t=HYPERLINK("http://example.invalid","点击")城镇新增就业12万人以上。
=1+2，-3+4，@5，+6城镇新增就业12万人以上，粮食产量1300万吨\x0c以上。
"""
NUMERIC = ("value", "value_max", "magnitude", "start", "end", "year")
TEXT_FIELDS = ("doc", "id", "indicator", "unit", "text", "sentence", "section", "rule")


def _no_formula(path):
    wb = openpyxl.load_workbook(path)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    for name in ("targets", "achievements"):
        ws = wb[name]
        header = [c.value for c in ws[1]]
        for col in NUMERIC:
            values = [row[header.index(col)] for row in ws.iter_rows(min_row=2, values_only=True)]
            assert all(v is None or isinstance(v, (int, float)) for v in values), (name, col)
    return [c.value for c in cells if isinstance(c.value, str)]


def _csv_safe(path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        for col, v in row.items():
            if col in NUMERIC:
                assert v == "" or float(v) == float(v)
            elif col in ("kind", "comparator"):  # the program's own words, never a document's: as they are
                assert v in ("target", "achievement", ">=", "<=", "~", "="), (col, v)
            else:
                assert not v.startswith(FORMULA_START), (col, v)
    return rows


def test_document_full_of_formula_starts(tmp_path):
    doc = tmp_path / "=1+1.txt"  # the file name becomes the doc id, a cell of its own
    doc.write_text(DOCUMENT, encoding="utf-8")
    env = os.environ | {"PYTHONIOENCODING": "utf-8"}
    for out in ("out.xlsx", "out.csv"):
        run = subprocess.run([sys.executable, "-m", "extractor", "extract", str(doc), "-o", str(tmp_path / out)],
                             capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
    strings = _no_formula(tmp_path / "out.xlsx")
    # the dangerous text is there, as plain text
    assert any(s.startswith("=SUM(") for s in strings) and "=1+1" in strings
    rows = _csv_safe(tmp_path / "out.csv")
    assert any(r["sentence"].startswith("'=SUM(") for r in rows) and rows[0]["doc"] == "'=1+1"
    assert any(r["value"] == "1300.0" for r in rows)
    assert "=" in {r["comparator"] for r in rows}  # not "'=": the guard is for text from documents


@pytest.mark.parametrize("lead", FORMULA_START)
def test_every_text_field_with_a_formula_start(tmp_path, lead):
    fields = {f: lead + "cmd|'/C calc'!A0" for f in TEXT_FIELDS}
    record = Record(**fields | {"text": lead + "12万人", "kind": "target", "value": -12, "magnitude": -1.2e5,
                                "comparator": ">=", "year": 2025, "start": 3, "end": 3 + len(lead) + 4})
    result = DocResult(fields["doc"], lead + "x.txt", 10, 2025, lead + "dateline", "utf-8", [record])
    write_xlsx([result], tmp_path / "r.xlsx")
    strings = _no_formula(tmp_path / "r.xlsx")
    assert lead + "12万人" in strings
    if lead == "\r":  # the csv module leaves a bare CR unquoted with '\n' line ends; readers never pass one on
        return
    with open(tmp_path / "r.csv", "w", encoding="utf-8", newline="") as fh:
        write_csv([record], fh)
    (row,) = _csv_safe(tmp_path / "r.csv")
    assert row["indicator"] == "'" + fields["indicator"] and row["value"] == "-12.0"
