"""Offsets are sacred: every record points at its own value text in the original document."""
from pathlib import Path

import pytest
import regex

from extractor.pipeline import extract_document
from extractor.reading import read_document

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "data").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
NUMBER = regex.compile(r"[0-9０-９]|[零〇一二两三四五六七八九十百千万亿半]")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_every_record_points_at_its_own_number(path):
    document = read_document(path)
    with open(path, encoding="utf-8") as fh:
        assert document.text == fh.read()  # offsets index the file exactly as Python reads it
    records = extract_document(document).records
    assert records, f"{path.name}: no records at all"
    for r in records:
        assert document.text[r.start:r.end] == r.text, r
        assert NUMBER.search(r.text), r
        assert r.sentence and r.text in r.sentence or "\n" in r.text, r
    assert [r.id for r in records] == [f"{path.stem}:{i}" for i in range(1, len(records) + 1)]
    assert [r.start for r in records] == sorted(r.start for r in records)
