"""The scorer follows ANNOTATION.md: overlap plus value and unit after scaling, optional gold
neither required nor penalised, a lenient indicator match, strict F1."""
import json

import pytest

from extractor.models import Record
from extractor.devtools.scoring import Gold, lcs_ratio, load_gold, score, value_agrees


def rec(start, end, value, unit, indicator="工业增加值", kind="target", year=2025, comparator="=", value_max=None):
    return Record(id="d:1", doc="d", kind=kind, indicator=indicator, value=value, value_max=value_max, unit=unit,
                  magnitude=value, comparator=comparator, year=year, start=start, end=end, text="x" * (end - start),
                  sentence="s", rule="r")


def gold(start, end, value, unit, indicator="工业增加值", optional=False, year=2025, value_max=None):
    return Gold("d:1", "target", indicator, value, value_max, unit, "=", year, optional, start, end)


@pytest.mark.parametrize("p,g,same", [
    ((4.3, "万个"), (43000, "个"), True),
    ((1800, "亿元"), (0.18, "万亿元"), True),
    ((6600, "万"), (6600, "万人"), True),     # a bare magnitude agrees with any unit of that magnitude
    ((3700, "万"), (3700, "多万"), True),     # 多 is no unit
    ((5, "%"), (5, "个百分点"), False),
    ((2, "个"), (2, "家"), False),
    ((1800, "亿元"), (1800, "万元"), False),
])
def test_value_agreement_after_scaling(p, g, same):
    assert value_agrees(rec(0, 3, *p), gold(0, 3, *g)) is same


def test_ranges_must_agree_on_both_ends():
    assert value_agrees(rec(0, 3, 2, "个", value_max=3), gold(0, 3, 2, "个", value_max=3))
    assert not value_agrees(rec(0, 3, 2, "个"), gold(0, 3, 2, "个", value_max=3))


def test_indicator_similarity_is_lcs_based():
    assert lcs_ratio("学位", "新增学位") == pytest.approx(2 * 2 / 6)
    assert lcs_ratio("工业增加值", "全市工业增加值") >= 0.6
    assert lcs_ratio("学校", "新建改扩建学校") < 0.6
    assert lcs_ratio("", "x") == 0


def test_precision_recall_and_strict():
    golds = [gold(0, 4, 1800, "亿元"), gold(10, 14, 2000, "家", indicator="规模以上工业企业"),
             gold(20, 23, 87.5, "%", optional=True), gold(30, 33, 9, "个")]
    preds = [rec(0, 4, 1800, "亿元"),                              # right in every field
             rec(10, 14, 2000, "家", indicator="上市公司"),         # matched, wrong indicator
             rec(20, 23, 87.5, "%"),                                # matches an optional: not counted
             rec(40, 43, 5, "个")]                                  # spurious
    s = score("d", preds, golds)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert s.accuracy("indicator") == pytest.approx(1 / 2)
    assert s.strict_ok == 1
    assert [g.start for g in s.missed] == [30]


def test_each_gold_record_matches_once():
    s = score("d", [rec(0, 4, 1800, "亿元"), rec(0, 4, 1800, "亿元")], [gold(0, 4, 1800, "亿元")])
    assert len(s.matched) == 1 and len(s.spurious) == 1


def test_load_gold_locates_value_text_inside_quote(tmp_path):
    text = "前言。力争全市工业增加值达到 1800 亿元。"
    line = {"id": "d:1", "kind": "target", "quote": "工业增加值达到 1800 亿元", "value_text": "1800 亿元",
            "indicator": "工业增加值", "value": 1800, "value_max": None, "unit": "亿元", "comparator": "=",
            "year": 2025, "optional": False}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (g,) = load_gold(path, text)
    assert text[g.start:g.end] == "1800 亿元"
