"""`extractor diff`: pairing indicators across documents, relations, statuses, and the command."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.analysis.diff import diff_documents, diff_records, name_match
from extractor.models import Record
from extractor.core.numerals import magnitude_of
from extractor.pipeline import extract_document
from extractor.reading import read_document

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "data" / "zhoukou-2025-cppcc-speech.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def rec(indicator, value, unit, kind="target", year=2025, comparator="=", value_max=None, doc="d", n=1,
        change=None, basis=None):
    text = f"{value:g}{unit}"
    return Record(id=f"{doc}:{n}", doc=doc, kind=kind, indicator=indicator, value=value, value_max=value_max,
                  unit=unit, magnitude=magnitude_of(value, unit), comparator=comparator, year=year,
                  start=10 * n, end=10 * n + len(text), text=text, sentence=indicator + text, rule="t",
                  change=change, basis=basis)


def pairs(rows):
    return [r for r in rows if r.a is not None and r.b is not None]


def only(rows, relation):
    found = [r for r in pairs(rows) if r.relation == relation]
    assert len(found) == 1, found
    return found[0]


# --- relations and statuses on hand-made records -----------------------------------------

@pytest.mark.parametrize("va,vb,status,change", [(1800, 2000, "raised", 2e10), (1800, 1500, "lowered", -3e10),
                                                  (1800, 1800, "unchanged", 0)])
def test_revision(va, vb, status, change):
    row = only(diff_records([rec("工业增加值", va, "亿元", year=2024)], [rec("工业增加值", vb, "亿元")], 2024, 2025),
               "revision")
    assert (row.status, row.difference) == (status, change)


def test_revision_scales_units_and_reports_comparator_change():
    row = only(diff_records([rec("地区生产总值", 1.2, "万亿元", comparator=">=")],
                            [rec("全市地区生产总值", 12000, "亿元", comparator="~")]), "revision")
    assert row.status == "unchanged" and row.comparator_change == ">= -> ~" and row.difference_pct == 0


def test_a_growth_rate_never_pairs_with_a_level_nor_a_yearly_rate_with_a_total():
    a = [rec("地区生产总值", 5, "%", year=2025, change="increase"),
         rec("研发经费投入", 7, "%", year=2025, change="increase", basis="per_year", n=2)]
    b = [rec("地区生产总值", 5, "%", year=2025, n=3),
         rec("研发经费投入", 7, "%", year=2025, change="increase", n=4)]
    assert not pairs(diff_records(a, b, 2024, 2025))
    b[0] = rec("地区生产总值", 5.5, "%", year=2025, change="increase", n=3)
    row = only(diff_records(a, b, 2024, 2025), "revision")
    assert row.status == "raised" and row.difference_points == 0.5 and row.difference_pct is None


@pytest.mark.parametrize("target,actual,status", [(3, 5, "above"), (3, 3.05, "met"), (3, 1, "below")])
def test_a_target_of_decrease_is_beaten_by_a_larger_decrease(target, actual, status):
    a = [rec("单位生产总值能耗", target, "%", year=2025, comparator="~", change="decrease")]
    b = [rec("单位生产总值能耗", actual, "%", kind="achievement", year=2025, change="decrease")]
    assert only(diff_records(a, b, 2025, 2026), "outcome").status == status


def test_a_rise_answered_by_a_fall_is_missed_and_a_fall_after_a_rise_lowers_the_trend():
    """增长5% then 下降2.1%: below, a negative rise; a rise of its own direction still pairs first."""
    a = [rec("外贸进出口总额", 5, "%", year=2025, change="increase"),
         rec("工业投资", 12.5, "%", kind="achievement", year=2024, change="increase", n=2)]
    b = [rec("外贸进出口总额", 2.1, "%", kind="achievement", year=2025, change="decrease", n=3),
         rec("工业投资", 3.2, "%", kind="achievement", year=2025, change="decrease", n=4)]
    rows = diff_records(a, b, 2025, 2026)
    outcome = only(rows, "outcome")
    assert (outcome.a.indicator, outcome.status, outcome.difference_points) == ("外贸进出口总额", "below", -7.1)
    trend = next(r for r in pairs(rows) if r.relation == "trend" and r.a.indicator == "工业投资")
    assert trend.status == "lowered"
    b.append(rec("外贸进出口总额", 4, "%", kind="achievement", year=2025, change="increase", n=5))
    assert only(diff_records(a, b, 2025, 2026), "outcome").b.value == 4


def test_a_rise_after_a_fall_raises_the_trend():
    """下降0.8% then 增长7%: raised by 7.8 points, each read as a rise; a target of a fall missed by a rise is below."""
    a = [rec("社会消费品零售总额", 0.8, "%", kind="achievement", year=2024, change="decrease"),
         rec("单位生产总值能耗", 3, "%", year=2025, change="decrease", n=2)]
    b = [rec("社会消费品零售总额", 7, "%", kind="achievement", year=2025, change="increase", n=3),
         rec("单位生产总值能耗", 1.5, "%", kind="achievement", year=2025, change="increase", n=4)]
    rows = pairs(diff_records(a, b, 2025, 2026))
    trend = next(r for r in rows if r.relation == "trend")
    assert (trend.status, trend.difference_points) == ("raised", 7.8)
    outcome = next(r for r in rows if r.relation == "outcome")
    assert (outcome.status, outcome.difference_points) == ("below", -4.5)


def test_a_plans_target_a_later_report_answers_is_not_dropped_and_an_annual_one_is():
    """A plan of 2021 with a target due 2025, a report of 2026 with its result: an outcome, no dropped row; last
    year's own target answered but not set again this year is dropped."""
    a = [rec("研发经费投入强度", 2.5, "%", year=2025)]
    b = [rec("研发经费投入强度", 2.4, "%", kind="achievement", year=2025, n=2)]
    assert [(r.relation, r.status) for r in diff_records(a, b, 2021, 2026)] == [("outcome", "below")]
    assert {(r.relation, r.status) for r in diff_records(a, b, 2025, 2026)} == {("outcome", "below"), ("revision", "dropped")}


def test_a_target_due_after_the_later_document_is_pending_not_dropped():
    a = [rec("高标准农田", 500, "万亩", year=2030), rec("粮食产量", 700, "亿斤", year=2025, n=2)]
    rows = diff_records(a, [rec("森林覆盖率", 30, "%", year=2026, n=3)], 2025, 2026)
    assert {(r.indicator, r.status) for r in rows if r.b is None} == {("高标准农田", "pending"), ("粮食产量", "dropped")}


@pytest.mark.parametrize("target,comparator,actual,status", [
    (6, ">=", 8.1, "met"), (6, ">=", 5.9, "below"),
    (5.5, "<=", 5.1, "met"), (5.5, "<=", 5.6, "above"),
    (3, "~", 3.1, "met"), (3, "~", 2.86, "met"), (3, "~", 0.9, "below"), (3, "~", 3.2, "above"),
    (100, "=", 104, "met"), (100, "=", 106, "above"),
])
def test_outcome(target, comparator, actual, status):
    a = [rec("规模以上工业增加值增长", target, "%", year=2021, comparator=comparator)]
    b = [rec("规模以上工业增加值增长", actual, "%", kind="achievement", year=2021)]
    assert only(diff_records(a, b, 2021, 2022), "outcome").status == status


@pytest.mark.parametrize("indicator,target,comparator,actual,status", [
    ("居民消费价格涨幅", 3, "~", 0.3, "met"), ("城镇调查失业率", 5.5, "~", 5.0, "met"), ("城镇登记失业率", 5.5, "=", 2.1, "met"),
    ("居民消费价格涨幅", 3, "~", 3.4, "above"), ("规模以上工业增加值增长", 3, "~", 0.3, "below"),
])
def test_a_figure_held_under_a_line_meets_a_target_about_it_from_below(indicator, target, comparator, actual, status):
    """控制在3%左右 for prices or unemployment is a line to stay under: 0.3% meets it (a ceiling metric);
    a growth rate that far under its target is below it."""
    a = [rec(indicator, target, "%", year=2023, comparator=comparator)]
    b = [rec(indicator, actual, "%", kind="achievement", year=2023)]
    assert only(diff_records(a, b, 2023, 2024), "outcome").status == status


def test_a_figure_pairs_with_a_figure_and_a_bound_it_passed_with_a_bound():
    """突破900亿元，达到938亿元 then 达到1012亿元，突破千亿元大关: 938 -> 1012 and 900 -> 1000, not crosswise;
    a bound said alone (增长8%以上) is no passed bound and pairs by order as any figure."""
    said_a, said_b = "地区生产总值突破900亿元，达到938亿元。", "地区生产总值达到1012亿元，突破千亿元大关。"
    a = [rec("地区生产总值", v, "亿元", kind="achievement", year=2023, comparator=c, n=k).model_copy(update={"sentence": said_a})
         for k, (v, c) in enumerate([(900, ">="), (938, "=")], 1)]
    b = [rec("地区生产总值", v, "亿元", kind="achievement", year=2024, comparator=c, n=k).model_copy(update={"sentence": said_b})
         for k, (v, c) in enumerate([(1012, "="), (1000, ">=")], 3)]
    assert sorted((r.a.value, r.b.value) for r in pairs(diff_records(a, b, 2024, 2025))) == [(900, 1000), (938, 1012)]
    alone = [rec("规上工业增加值增长", 8, "%", kind="achievement", year=2022, comparator=">=", change="increase")]
    later = [rec("规上工业增加值增长", 7.4, "%", kind="achievement", year=2023, change="increase", n=2),
             rec("规上工业增加值增长", 20, "%", kind="achievement", year=2023, comparator=">=", change="increase", n=3)]
    assert [(r.a.value, r.b.value) for r in pairs(diff_records(alone, later, 2023, 2024))] == [(8, 7.4)]


def test_outcome_needs_the_year_of_the_target():
    a = [rec("粮食产量", 1.3, "万亿斤", year=2025)]
    b = [rec("粮食产量", 1.37, "万亿斤", kind="achievement", year=2021)]
    assert not [r for r in pairs(diff_records(a, b, 2021, 2022)) if r.relation == "outcome"]


def test_baseline_and_trend():
    a = [rec("集装箱吞吐量", 12, "万标箱", kind="achievement", year=2023)]
    b = [rec("集装箱吞吐量", 16, "万标箱", kind="achievement", year=2024, n=1),
         rec("集装箱吞吐量", 22, "万标箱", year=2025, n=2)]
    rows = diff_records(a, b, 2024, 2025)
    assert only(rows, "trend").status == "raised" and only(rows, "trend").b.value == 16
    assert only(rows, "baseline").status == "raised" and only(rows, "baseline").b.value == 22


def test_new_and_dropped():
    a = [rec("高标准农田", 1000, "万亩", year=2024, n=1), rec("森林覆盖率", 24, "%", year=2024, n=2)]
    b = [rec("高标准农田", 1100, "万亩", n=1), rec("城镇新增就业", 1100, "万人", n=2)]
    rows = diff_records(a, b, 2024, 2025)
    assert {(r.status, (r.a or r.b).indicator) for r in rows} == {
        ("raised", "高标准农田"), ("new", "城镇新增就业"), ("dropped", "森林覆盖率")}
    assert all(r.score is None for r in rows if r.status in ("new", "dropped"))


def test_a_target_said_twice_is_one_target_neither_dropped_nor_new_a_second_time():
    a = [rec("地区生产总值", 6, "%", year=2023, n=1, change="increase"),
         rec("地区生产总值", 6, "%", year=2023, n=2, change="increase")]  # 需要说明的是，…增长6%的预期目标，…
    b = [rec("地区生产总值", 5.5, "%", year=2024, n=1, change="increase"), rec("养老床位", 3000, "张", year=2024, n=2)]
    rows = diff_records(a, b, 2023, 2024)
    assert [(r.status, (r.a or r.b).indicator) for r in rows if r.a is None or r.b is None] == [("new", "养老床位")]
    assert only(rows, "revision").status == "lowered"
    rows = diff_records(a[:1], [b[0], rec("地区生产总值", 5.5, "%", year=2024, n=3, change="increase")], 2023, 2024)
    assert [r.status for r in rows] == ["lowered"]
    rows = diff_records(a, [b[0], rec("地区生产总值", 5.5, "%", year=2024, n=3, change="increase")], 2023, 2024)
    assert [r.status for r in rows] == ["lowered"]  # said twice on both sides: one revision
    assert [r.status for r in diff_records(a, [], 2023, 2024)] == ["dropped"]  # said twice, unpaired: dropped once
    twice = [rec("森林覆盖率", 24, "%", year=2023, n=1), rec("森林覆盖率", 25, "%", year=2023, n=2)]
    assert [r.status for r in diff_records(twice, b, 2023, 2024) if r.a] == ["dropped", "dropped"]  # two values: two


def test_revision_of_an_annual_target_needs_the_documents_years_or_the_same_year():
    a = [rec("城镇调查失业率", 5.5, "%", year=2025, comparator="<=", n=1),
         rec("城镇调查失业率", 5.5, "%", year=2021, comparator="~", n=2)]
    b = [rec("城镇调查失业率", 5.5, "%", year=2022, comparator="<=")]
    row = only(diff_records(a, b, 2021, 2022), "revision")
    assert row.a.year == 2021 and row.comparator_change == "~ -> <="


def test_a_target_the_later_report_restates_for_the_year_it_reviews_is_no_revision():
    """B restates A's target for A's year (a completion table's task column, 完成年度任务（…）) as it says how
    it went: the revision is B's target for its own year, though the restatement names it the same way."""
    a = [rec("老旧小区既有住宅加装电梯", 100, "部", year=2022)]
    b = [rec("老旧小区既有住宅加装电梯", 100, "部", year=2022, n=2),
         rec("老旧小区既有住宅加装电梯", 120, "部", year=2023, n=3),
         rec("老旧小区既有住宅加装电梯", 154, "部", kind="achievement", year=2022, n=4)]
    rows = diff_records(a, b, 2022, 2023)
    assert (only(rows, "revision").b.value, only(rows, "revision").status) == (120, "raised")
    assert (only(rows, "outcome").b.value, only(rows, "outcome").status) == (154, "above")
    assert not [r for r in rows if r.status == "new"]  # the restatement, A's target revised by B's own: no new row
    alone = only(diff_records(a, b[:1], 2022, 2023), "revision")  # B's own year silent: the restatement keeps it
    assert (alone.b.year, alone.status) == (2022, "unchanged")
    assert only(diff_records(a, b[:1], None, None), "revision").status == "unchanged"  # years unknown: same year pairs


def test_a_result_said_beside_the_target_restated_answers_it_whatever_it_is_named():
    """抽检28340批次，已超额完成年度任务（全年任务为26000批次）: B restates A's target value for value beside the
    result, which answers it though the names share nothing a name match would take; the restatement is no new row."""
    said = "抽检28340批次，已超额完成年度任务（全年任务为26000批次）。"
    a = [rec("主要消费食品品种抽样检验", 26000, "批次", year=2017, comparator=">=")]
    result = rec("抽检", 28340, "批次", kind="achievement", year=2017, n=2).model_copy(update={"sentence": said})
    task = rec("抽检", 26000, "批次", year=2017, n=3).model_copy(update={"sentence": said})
    rows = diff_records(a, [result, task], 2017, 2018)
    row = only(rows, "outcome")
    assert (row.b.value, row.status) == (28340, "met") and "restates" in row.score_explained
    assert not [r for r in rows if r.status == "new"]
    elsewhere = task.model_copy(update={"sentence": "全年任务为26000批次。"})
    rows = diff_records(a, [result, elsewhere], 2017, 2018)  # not in the result's sentence: no outcome, a restatement
    assert not [r for r in pairs(rows) if r.relation == "outcome"] and only(rows, "revision").status == "unchanged"
    other = task.model_copy(update={"value": 25000, "magnitude": 25000.0})
    assert not pairs(diff_records(a, [result, other], 2017, 2018))  # not A's value


@pytest.mark.parametrize("said, a_name, answer", [
    # a figure of another thing said between: the result whose name touches the target's answers it
    ("抽检28340批次，其中不合格样品120批次，已超额完成年度任务（全年任务为26000批次）。", "抽样检验", 28340),
    # a result of things the target does not name answers nothing
    ("建成5G基站28340批次，超额完成年度任务（全年任务为26000批次）。", "老旧小区改造", None),
])
def test_a_restatement_is_answered_by_a_result_its_target_names(said, a_name, answer):
    def at(name, value, kind, n):
        return rec(name, value, "批次", kind=kind, year=2017, n=n).model_copy(update={"sentence": said})
    b = [at("抽检" if "抽检" in said else "5G基站", 28340, "achievement", 2), at("不合格样品", 120, "achievement", 3),
         at("抽检", 26000, "target", 4)]
    outcomes = [r for r in pairs(diff_records([rec(a_name, 26000, "批次", year=2017)], b, 2017, 2018)) if r.relation == "outcome"]
    assert [r.b.value for r in outcomes] == ([answer] if answer else [])


def test_two_restatements_answer_their_own_targets_and_one_target_each():
    said = "完成造林10万亩、森林抚育20万亩，均超额完成年度任务（造林任务8万亩、抚育任务15万亩）。"
    def at(name, value, kind, n):
        return rec(name, value, "万亩", kind=kind, year=2017, n=n).model_copy(update={"sentence": said})
    a = [rec("人工造林", 8, "万亩", year=2017, n=1), rec("中幼林抚育", 15, "万亩", year=2017, n=2), rec("人工种草", 8, "万亩", year=2017, n=3)]
    b = [at("造林", 10, "achievement", 4), at("森林抚育", 20, "achievement", 5), at("造林任务", 8, "target", 6),
         at("抚育任务", 15, "target", 7)]
    got = {(r.a.indicator, r.b.value) for r in pairs(diff_records(a, b, 2017, 2018)) if r.relation == "outcome"}
    assert got == {("人工造林", 10), ("中幼林抚育", 20)}  # named apart from the results: only the restatements pair them


def test_a_past_target_b_states_is_hidden_only_as_the_restatement_of_a_revised_target_of_a():
    a = [rec("改造老旧小区", 100, "个", year=2024), rec("新增公共停车场", 100, "个", year=2024, n=2)]
    b = [rec("改造老旧小区", 100, "个", year=2024, n=3), rec("改造老旧小区", 120, "个", year=2025, n=4),
         rec("公共停车场", 100, "个", year=2024, n=5).model_copy(update={"indicator": "新建充电桩"})]
    rows = diff_records(a, b, 2024, 2025)
    new = [r for r in rows if r.status == "new"]
    assert [r.b.indicator for r in new] == ["新建充电桩"]  # a value A set for another metric is no restatement
    assert "no target of A left unrevised names" in new[0].score_explained


@pytest.mark.parametrize("x, y, touch", [
    ("抽样检验", "抽检", True), ("快检批次数", "主要农产品快检", True),
    ("重点项目", "停车场建设项目", False), ("高新技术企业", "规模以上工业企业", False), ("建设城市绿道", "建设农村公路", False),
    ("农村危房改造户", "户", False),
])
def test_names_touch_past_the_words_many_names_hold(x, y, touch):
    from extractor.analysis.diff import Naming, _names_touch

    assert (_names_touch(x, y, Naming.of()) is not None) is touch


def test_one_to_one_best_first():
    a = [rec("新增就业", 1000, "万人", year=2024, n=1), rec("城镇新增就业", 1100, "万人", year=2024, n=2)]
    b = [rec("城镇新增就业", 1200, "万人")]
    row = only(diff_records(a, b, 2024, 2025), "revision")
    assert row.a.value == 1100 and row.score == 100
    assert "same name" in row.score_explained


# --- which indicators name the same metric ------------------------------------------------

@pytest.mark.parametrize("x,y", [
    ("城镇调查失业率", "城镇新增就业"), ("赤字率", "赤字规模"), ("超长期特别国债", "特别国债"),
    ("专项债", "特别国债"), ("地方政府专项债券", "特别国债"), ("城镇居民人均可支配收入", "农村居民人均可支配收入"),
    ("规模以上工业增加值", "工业增加值"), ("单位国内生产总值能耗", "国内生产总值"), ("增长", "增长"),
    ("项目纳入国家规划", "纳入省级规划的项目"),  # another order, and a word changed
    ("建设城市绿道", "农村公路建设"), ("开行中欧班列", "中欧班列停运"),  # the act moved, the rest another metric
    ("保障性租赁住房", "租赁住房保障"), ("就业困难人员", "城镇困难人员就业"),  # a word moved that is no act (NAME_ACT_MOVED)
    ("企业", "公司"),  # a head alone names nothing to compare
    ("居民人均可支配收入", "农村居民人均可支配收入"),  # a part of the people (NAME_POPULATION_PART)
    ("公司债券", "企业债券"), ("公司信用类债券", "企业信用类债券"),  # a word said another way, not in a name of its own
    ("城镇人口", "城镇失业人数"), ("农村人口", "农村低保人数"),  # (NAME_WORD_STAYS), nor 人口 as 人数 (NAME_HEAD_ALIKE)
    ("“十大工程”投资", "投资"), ("“菜篮子”产品", "产品"),  # a label leading a bare metric word stays
])
def test_different_metrics_do_not_pair(x, y):
    assert name_match(x, y) is None
    unit = "%" if "率" in x + y else "亿元"
    rows = diff_records([rec(x, 3, unit, year=2024)], [rec(y, 3, unit)], 2024, 2025)
    assert not pairs(rows) and sorted(r.status for r in rows) == ["dropped", "new"]


@pytest.mark.parametrize("x,y", [
    ("港口货物吞吐量", "货物吞吐量"), ("工业增加值", "全市工业增加值"), ("居民消费价格涨幅", "居民消费价格上涨"),
    ("国内生产总值增长", "国内生产总值"), ("粮食产量", "粮食总产量"), ("拟安排地方政府专项债券", "地方政府专项债券"),
    ("新建和改造提升高标准农田", "高标准农田"),
    ("项目纳入国家用地保障范围", "纳入国家用地保障范围的项目"), ("安居房竣工", "竣工安居房"),  # said in the other order
    ("开行中欧班列", "国际中欧班列开行"), ("完工水库除险加固", "病险水库除险加固完工"),  # the act first or last, a qualifier
    ("开通公交线路", "城市公交线路开通"),
    ("境内上市企业", "境内上市公司"),  # a head said another way (NAME_HEAD_ALIKE)
    ("停车泊位", "停车位"),  # the whole name said another way
    ("高新技术企业数量", "高新技术企业总数"),  # a measure the unit says (NAME_MEASURE_END)
    ("企业上市", "上市公司"),  # … said in the other order
    ("城市居民消费价格涨幅", "城市居民消费价格指数"),
    ("市重点工程", "“攻坚行动”重点工程"), ("“百县千镇”示范村庄", "示范村庄建设"),  # a programme renamed (PROGRAM_LABEL)
])
def test_same_metric_pairs(x, y):
    score, why = name_match(x, y)
    assert 80 <= score <= 100 and why


@pytest.mark.parametrize("ua,ub,paired", [("亿元", "万亿元", True), ("%", "%", True), ("%", "个百分点", False),
                                          ("万人", "万元", False), ("万", "万人", True)])
def test_unit_families(ua, ub, paired):
    rows = diff_records([rec("财政收入", 2, ua, year=2024)], [rec("财政收入", 3, ub)], 2024, 2025)
    assert bool(pairs(rows)) is paired


@pytest.mark.parametrize("x,ua,y,ub,paired", [
    ("千万级核心大景区", "家", "千万级核心大景区", "个", True),      # things counted with either classifier (UNIT_ALIKE)
    ("新增技能人才", "万人", "新增技能人才", "万名", True),
    ("设区城市PM2.5平均浓度", "微克", "设区城市PM2.5平均浓度", "微克/立方米", True),  # a concentration with its volume or not
    ("工业领域设备更新", "万台", "工业领域设备更新", "万台套", True),  # machines by 台 or 台套
    ("工业经济效益综合指数", "点", "工业经济效益综合指数", "个点", True),  # an index's points
    ("技能人才", "万人", "技能人才", "万人次", False),                # people are not person-times
    ("培训农民", "万人", "培训农民", "万户", False),
    ("病险山塘", "座", "病险山塘整治", "座", True),                   # an act ending a name (NAME_ACT_END)
    ("黑臭河涌整治", "条", "黑臭河涌治理", "条", True),
    ("污水治理", "万吨", "污水", "万吨", False),                     # too little left once cut
    ("居民消费价格指数涨幅", "%", "居民消费价格", "%", True),          # two wordings of one known metric (cpi)
    ("规模以上工业增加值", "%", "工业增加值", "%", False),             # two known metrics
])
def test_units_alike_acts_and_known_metrics_pair(x, ua, y, ub, paired):
    rows = diff_records([rec(x, 2, ua, year=2024)], [rec(y, 3, ub)], 2024, 2025)
    assert bool(pairs(rows)) is paired


@pytest.mark.parametrize("x,ua,y,ub,paired", [
    ("母婴室示范点", "间", "公共场所母婴室示范点", "间", True),     # a count qualified apart, nothing closer
    ("境内外上市公司", "家", "上市公司", "家", True),
    ("创新主导型企业培育工程", "户", "创新主导型企业", "户", True),  # the word compared by stands as said (NAME_HEAD_ALIKE)
    ("规模以上工业增加值", "亿元", "工业增加值", "亿元", False),   # an amount qualified is another metric
    ("示范点", "个", "公共场所示范点", "个", False),               # too short a name to hold whole
    ("母婴室示范点", "间", "公共场所母婴室达标点", "间", False),     # not held whole
])
def test_qualified_counts_pair_when_left_alone(x, ua, y, ub, paired):
    for relation, kind_b in (("revision", "target"), ("outcome", "achievement")):
        rows = diff_records([rec(x, 30, ua, year=2025)], [rec(y, 47, ub, kind=kind_b)], 2024, 2025)
        assert bool(pairs(rows)) is paired
        if paired:
            row = only(rows, relation)
            assert "qualifies the count" in row.score_explained and row.score < 80


def test_qualified_count_waits_for_a_closer_name():
    """The loose pass pairs only what the name passes left: the same name wins the qualified one."""
    a = [rec("上市公司", 50, "家", year=2025, n=1)]
    b = [rec("境内外上市公司", 60, "家", n=1), rec("上市公司", 55, "家", n=2)]
    row = only(diff_records(a, b, 2024, 2025), "revision")
    assert row.b.value == 55 and row.score == 100


@pytest.mark.parametrize("x,va,y,vb,paired", [
    ("积水点", 18, "内涝积水点改造", 18, True),          # the same value, names sharing three characters
    ("名镇", 2, "特色名镇创建", 2, True),                 # two characters, half the shorter name
    ("城市公园", 12, "城市公园", 13, False),              # the same name pairs by name, not by value
    ("乡村图书馆", 40, "社区养老服务中心", 40, False),     # the same value, nothing shared
    ("省级研究中心", 10, "公共服务中心", 10, False),       # 中心: a word many names hold
    ("积水点", 18, "内涝积水点改造", 19, False),          # names sharing three characters, values apart
])
def test_the_same_value_pairs_names_sharing_a_stretch(x, va, y, vb, paired):
    rows = diff_records([rec(x, va, "个", year=2024)], [rec(y, vb, "个", kind="achievement", year=2024)], 2024, 2025)
    assert rows
    same = [r for r in pairs(rows) if "the same value" in r.score_explained]
    assert bool(same) is (paired and va == vb)
    if paired:
        assert only(rows, "outcome").status == ("met" if va == vb else "above")


@pytest.mark.parametrize("x,y,unit,change,paired", [
    ("农村承包地流转面积", "实现流转的农村承包地比例", "%", None, True),  # shares said as levels
    ("城镇居民人均可支配收入", "农村居民人均可支配收入", "%", "increase", False),  # rates of change: never
    ("规模以上工业增加值", "工业增加值", "亿元", None, False),  # amounts: a qualifier is another metric
    ("赤字率", "赤字规模", "%", None, False),  # a share needs three characters shared
])
def test_the_same_value_pairs_counts_and_shares_only(x, y, unit, change, paired):
    rows = diff_records([rec(x, 48, unit, year=2025, change=change)], [rec(y, 48, unit, change=change)], 2024, 2025)
    assert bool(pairs(rows)) is paired


def test_the_same_value_waits_for_a_name_that_pairs():
    """An equal value ties names only among what the name passes left: a target whose metric a later
    target names again is revised by it, though another target gives its value."""
    a = [rec("新建充电桩", 500, "个", year=2025)]
    b = [rec("新建充电桩", 800, "个", n=1), rec("充电桩验收", 500, "个", n=2)]
    row = only(diff_records(a, b, 2024, 2025), "revision")
    assert row.b.value == 800 and row.status == "raised"


def test_a_result_its_trend_took_still_answers_a_target_of_its_value():
    """A later result may be both the next step of last year's result (a trend, by name) and what a
    target of its value asked for (an outcome, by the same value): 推进186个重点项目 last year, a
    target of 345个市重点建设项目, then 推进345个重点项目."""
    a = [rec("重点项目", 186, "个", kind="achievement", year=2024, n=1), rec("市重点建设项目", 345, "个", year=2025, n=2)]
    b = [rec("重点项目", 345, "个", kind="achievement", year=2025, n=1)]
    rows = diff_records(a, b, 2024, 2025)
    assert only(rows, "trend").status == "raised"
    assert only(rows, "outcome").status == "met"


def test_a_count_added_said_before_its_name_is_answered_by_a_rise_said_after_it():
    """新增高新技术企业1000家 asks for what 高新技术企业净增1100家 reports (change null / increase); a level said
    with no word of adding (高新技术企业总数达到5000家) answers no rise."""
    a = [rec("高新技术企业", 1000, "家", comparator=">=", year=2019, n=1)]
    a[0] = a[0].model_copy(update={"sentence": "新增高新技术企业1000家以上"})
    b = [rec("高新技术企业", 1100, "家", kind="achievement", year=2019, change="increase", n=1)]
    assert only(diff_records(a, b, 2019, 2020), "outcome").status == "met"
    level = [rec("高新技术企业", 1000, "家", comparator=">=", year=2019, n=1)]  # sentence: the name, no 新增
    assert not [r for r in pairs(diff_records(level, b, 2019, 2020)) if r.relation == "outcome"]


def test_the_same_value_ties_no_two_names_whose_own_words_set_them_apart():
    """养老床位 and 医疗床位, 1500张 each, are two things: no outcome; 易涝点 / 内涝点 one said two ways."""
    a = [rec("养老床位", 1500, "张", year=2021, n=1)]
    b = [rec("医疗床位", 1500, "张", kind="achievement", year=2021, n=1)]
    assert not [r for r in pairs(diff_records(a, b, 2021, 2022)) if r.relation == "outcome"]
    a = [rec("易涝点", 67, "个", year=2021, n=1)]
    b = [rec("内涝点整治", 67, "个", kind="achievement", year=2021, n=1)]
    assert only(diff_records(a, b, 2021, 2022), "outcome").status == "met"


# --- the seed speech and the development corpus ------------------------------------------

def _extract(path):
    return extract_document(read_document(path), None, None)


def _row(rows, relation, value, unit):
    found = [r for r in pairs(rows) if r.relation == relation and r.a.value == value and r.a.unit == unit]
    assert len(found) == 1, f"no single {relation} row from {value}{unit}: {found}"
    return found[0]


@pytest.mark.parametrize("a,unit,b,status", [(5000, "万吨", 6000, "raised"), (16, "万标箱", 22, "raised"),
                                             (4.3, "万个", 2.28, "lowered")])
def test_seed_speech_last_year_against_this_year(a, unit, b, status):
    row = _row(diff_documents(_extract(SPEECH)), "baseline", a, unit)
    assert (row.b.value, row.b.unit, row.status) == (b, unit, status)
    assert (row.a.kind, row.b.kind) == ("achievement", "target")


@pytest.fixture(scope="module")
def national():
    return diff_documents(_extract(CORPUS / "cn-gwr-2021.txt"), _extract(CORPUS / "cn-gwr-2022.txt"))


@pytest.mark.parametrize("relation,metric,a,unit,b,status", [
    ("revision", "国内生产总值", 6, "%", 5.5, "lowered"),
    ("revision", "城镇新增就业", 1100, "万人", 1100, "unchanged"),
    ("revision", "城镇调查失业率", 5.5, "%", 5.5, "unchanged"),
    ("revision", "居民消费价格", 3, "%", 3, "unchanged"),
    ("revision", "粮食产量", 1.3, "万亿斤", 1.3, "unchanged"),
    ("revision", "赤字率", 3.2, "%", 2.8, "lowered"),
    ("revision", "专项债券", 3.65, "万亿元", 3.65, "unchanged"),
    ("outcome", "国内生产总值", 6, "%", 8.1, "met"),
    ("outcome", "城镇新增就业", 1100, "万人", 1269, "met"),
    ("outcome", "城镇调查失业率", 5.5, "%", 5.1, "met"),  # a ceiling metric: under its target meets it
    ("outcome", "居民消费价格", 3, "%", 0.9, "met"),
    ("outcome", "粮食产量", 1.3, "万亿斤", 1.37, "met"),
])
def test_national_reports_2021_to_2022(national, relation, metric, a, unit, b, status):
    found = [r for r in pairs(national) if r.relation == relation and r.a.value == a and r.a.unit == unit
             and metric in r.a.indicator]
    assert len(found) == 1, found
    row = found[0]
    assert metric in row.b.indicator and (row.b.value, row.status) == (b, status)


def test_national_reports_pair_no_different_metrics(national):
    for r in pairs(national):
        for x, y in (("失业", "就业"), ("赤字率", "赤字规模"), ("专项债", "特别国债")):
            assert not (x in r.a.indicator and y in r.b.indicator and x not in r.b.indicator)


# --- the command ----------------------------------------------------------------------------

def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd)


def test_cli_jsonl_to_stdout():
    res = cli("diff", SPEECH, "--format", "jsonl", "--out", "-")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all({"relation", "status", "a", "b"} <= row.keys() for row in rows)
    assert any(r["status"] == "raised" and r["a"]["unit"] == "万吨" and r["b"]["value"] == 6000 for r in rows)


@pytest.mark.parametrize("bad", ["missing.txt", "empty.txt"])
def test_cli_missing_or_empty_file(tmp_path, bad):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    res = cli("diff", SPEECH, tmp_path / bad)
    assert res.returncode == 1 and not res.stdout
    assert len(res.stderr.strip().splitlines()) == 1 and bad in res.stderr


def test_cli_documents_without_records_give_an_empty_diff(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("这是一段没有数字的文字。\n", encoding="utf-8")
    res = cli("diff", tmp_path / "a.txt", tmp_path / "b.txt")
    assert (res.returncode, res.stdout) == (0, ""), res.stderr
    res = cli("diff", tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "d.csv")
    assert res.returncode == 0 and (tmp_path / "d.csv").read_text(encoding="utf-8").startswith("relation,status,")


def test_build_writes_the_diff_workbook(tmp_path):
    import openpyxl

    res = cli("build", "--out", tmp_path, "--quiet")
    assert res.returncode == 0, res.stderr
    wb = openpyxl.load_workbook(tmp_path / "diff.xlsx")
    assert wb.sheetnames == ["revision", "outcome", "baseline", "trend", "summary"]
    ws = wb["revision"]
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert header.index("a_value") < header.index("b_value")
    docs = {row[header.index("a_doc")] for row in ws.iter_rows(min_row=2, values_only=True)} - {None}
    assert docs == {"zhoukou-2021-party-congress-report"}  # older document first
    summary = list(wb["summary"].iter_rows(values_only=True))
    assert summary[0] == ("relation", "status", "rows") and sum(r[2] for r in summary[1:]) > 0


def test_diff_workbook_colours_statuses(tmp_path):
    import openpyxl

    from extractor.outputs.diff_export import FILLS, write_diff_xlsx

    a = [rec("工业增加值", 1800, "亿元", year=2024, n=1), rec("森林覆盖率", 24, "%", year=2024, n=2)]
    b = [rec("工业增加值", 2000, "亿元")]
    write_diff_xlsx(diff_records(a, b, 2024, 2025), tmp_path / "d.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "d.xlsx")["revision"]
    colours = {ws.cell(row=i, column=1).value: ws.cell(row=i, column=1).fill.start_color.rgb[-6:]
               for i in range(2, ws.max_row + 1)}
    assert colours == {"raised": FILLS["raised"], "dropped": FILLS["dropped"]}
