"""`extractor diff` against hand-annotated pairs of consecutive reports (tests/devgold/diff/).

Each gold line pairs a target of the earlier report with the target of the later one that
revises it, or with the result the later one reports for it, and gives the status an analyst
reads (raised, lowered, unchanged; met, above, below). The annotators read the two reports
without running the extractor. A gold pair is found when the diff has a row of its relation
joining the same two values (value text as written, in a sentence holding the gold quote) with
the same status. Floors sit under today's counts; the annotators named pairs the extractor does
not make (a count of projects scheduled and of projects that completed investment), so the
floors are below the gold's size.
"""
import json
from pathlib import Path

import pytest

from extractor.analysis.diff import diff_documents
from extractor.pipeline import extract_document
from extractor.reading import read_document

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "devgold" / "diff"
CORPUS = ROOT.parent / "shared" / "corpus"
PROVINCES = CORPUS / "lawtext" / "政府工作报告-省自治区"
CITIES = CORPUS / "lawtext" / "政府工作报告-主要城市"
OTHER_CITIES = CORPUS / "lawtext" / "政府工作报告-其他地市"

PAIRS = {  # gold file -> (earlier report, later report, gold pairs found at least)
    "hebei-2024-2025": (PROVINCES / "河北省" / "2024.md", CORPUS / "hebei-gwr-2025.txt", 38),
    "zhejiang-2023-2024": (PROVINCES / "浙江省" / "2023.md", PROVINCES / "浙江省" / "2024.md", 52),
    # a target said twice (the goals, then the 民生实事 list) is one target since the eighty-third round, paired by its
    # first mention: the gold pairs 城镇登记失业率3.5% by its second (70 before); 汕头 gained one from the same fold
    "guangzhou-2017-2018": (CITIES / "广州市" / "2017.md", CITIES / "广州市" / "2018.md", 69),
    "shantou-2022-2023": (OTHER_CITIES / "汕头市" / "2022.md", OTHER_CITIES / "汕头市" / "2023.md", 35),
    "fujian-2021-2026": (PROVINCES / "福建省" / "2021.md", PROVINCES / "福建省" / "2026.md", 10),
}


def _holds(record, quote: str, value_text: str) -> bool:
    return record is not None and record.text == value_text and quote in record.sentence


def found(gold: list[dict], rows) -> list[dict]:
    """The gold pairs a row of the diff makes, with the gold's status."""
    return [g for g in gold if any(
        r.relation == g["relation"] and r.status == g["status"]
        and _holds(r.a, g["a_quote"], g["a_value_text"]) and _holds(r.b, g["b_quote"], g["b_value_text"])
        for r in rows)]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_diff_finds_the_annotated_pairs(name):
    earlier, later, floor = PAIRS[name]
    assert earlier.exists() and later.exists(), f"needs {earlier} and {later} (../shared beside the repo)"
    gold = [json.loads(line) for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = diff_documents(*(extract_document(read_document(p)) for p in (earlier, later)))
    got = found(gold, rows)
    assert len(got) >= floor, f"{name}: {len(got)} of {len(gold)} gold pairs found (floor {floor})"


def test_found_needs_relation_values_and_status():
    """The matcher itself: a row with another status, or another value, finds nothing."""
    from types import SimpleNamespace as R

    gold = [{"relation": "revision", "a_quote": "增长5%左右", "a_value_text": "5%", "b_quote": "增长6%",
             "b_value_text": "6%", "status": "raised"}]
    a, b = R(text="5%", sentence="地区生产总值增长5%左右。"), R(text="6%", sentence="地区生产总值增长6%。")
    assert found(gold, [R(relation="revision", status="raised", a=a, b=b)]) == gold
    assert found(gold, [R(relation="revision", status="lowered", a=a, b=b)]) == []
    assert found(gold, [R(relation="outcome", status="raised", a=a, b=b)]) == []
    assert found(gold, [R(relation="revision", status="raised", a=a, b=R(text="7%", sentence="增长7%"))]) == []
