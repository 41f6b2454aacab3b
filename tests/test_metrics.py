"""Canonical metrics: the wordings that mean each, and nothing guessed."""
import pytest

from extractor.devtools.examples import metric_failures
from extractor.interpret.metrics import metric_of
from extractor.pipeline import extract_text
from extractor.rulepack import RulePackError, load_rules

PACK = load_rules()


def test_every_metric_example_means_its_metric_and_no_negative_does():
    n, broken = metric_failures(PACK)
    assert n > 2 * len(PACK.metrics) and broken == []


@pytest.mark.parametrize("indicator,metric", [
    ("全省地区生产总值", "gdp"), ("国内生产总值", "gdp"), ("全市生产总值增速", "gdp"), ("ＧＤＰ", "gdp"),
    ("经济增长", "gdp"), ("国民生产总值", "gnp"), ("细颗粒物(PM2.5)平均浓度", "pm25"),
    ("细颗粒物（PM2.5）平均浓度", "pm25"), ("居民消费价格涨幅", "cpi"), ("我市城镇新增就业", "urban_jobs"),
    ("全国国内生产总值", None), ("高新技术企业", None), ("地区生产总值增长率", "gdp"), ("增长", None),
])
def test_metric_of_an_indicator(indicator, metric):
    assert metric_of(indicator, PACK) == metric


@pytest.mark.parametrize("indicator,government,metric", [
    ("西藏生产总值", "西藏自治区", "gdp"), ("广西生产总值", "广西壮族自治区", "gdp"), ("海南固定资产投资", "海南省", "fixed_investment"),
    ("上海市生产总值", "上海市", "gdp"), ("湖南生产总值", "湖北省", None), ("西藏生产总值", None, None),
])
def test_the_speaking_governments_own_name_is_a_scope_word(indicator, government, metric):
    assert metric_of(indicator, PACK, government) == metric


def test_a_record_named_with_its_governments_own_name_has_the_metric():
    text = "2006年西藏自治区政府工作报告\n一、2005年工作回顾\n西藏生产总值增长12%，湖南生产总值增长10%。\n"
    assert [(r.indicator, r.metric) for r in extract_text(text)] == [("西藏生产总值", "gdp"), ("湖南生产总值", None)]


def test_records_carry_their_metric_government_and_document_year():
    text = ("2025年浙江省政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.5%，新认定高新技术企业138家。\n"
            "二、2025年工作安排\n全省生产总值增长5.5%左右。\n")
    records = extract_text(text)
    assert [(r.metric, r.government, r.doc_year, r.year) for r in records] == [
        ("gdp", "浙江省", 2025, 2024), (None, "浙江省", 2025, 2024), ("gdp", "浙江省", 2025, 2025)]


def test_a_user_file_adds_wordings_to_a_metric_and_a_clash_is_an_error(tmp_path):
    more = tmp_path / "more.toml"
    more.write_text('[[metric]]\nid = "gdp"\nnames = ["全市经济总值"]\n', encoding="utf-8")
    pack = load_rules((more,))
    assert metric_of("全市经济总值", pack) == "gdp" and metric_of("经济总值", PACK) is None
    clash = tmp_path / "clash.toml"
    clash.write_text('[[metric]]\nid = "cpi"\nnames = ["地区生产总值"]\n', encoding="utf-8")
    with pytest.raises(RulePackError, match="in both gdp and cpi"):
        metric_of("地区生产总值", load_rules((clash,)))


def test_a_new_metric_needs_its_labels(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[metric]]\nid = "tea"\nnames = ["茶叶产量"]\n', encoding="utf-8")
    with pytest.raises(RulePackError, match="needs a label"):
        load_rules((bad,))
