"""Interpretation as named rules in the pack: loading, ordering, traces and explain."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import extract_text
from extractor.devtools.explain import explain
from extractor.interpret.vocabulary import ENGINE_NEEDS, MECHANISMS
from extractor.models import INTERPRETED
from extractor.rulepack import RulePackError, load_rules

ROOT = Path(__file__).resolve().parents[1]
PACK = load_rules()


def _pack(tmp_path, text: str, name: str = "user.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_rules((path,))


def _problems(tmp_path, text: str) -> str:
    with pytest.raises(RulePackError) as err:
        _pack(tmp_path, text)
    return "\n".join(err.value.problems)


def test_a_mechanism_takes_the_value_so_far_as_its_signature_says():
    """Whether a mechanism has a `current` parameter is read from its code when it registers."""
    import inspect

    assert any(m.current for m in MECHANISMS.values()) and not all(m.current for m in MECHANISMS.values())
    for m in MECHANISMS.values():
        assert m.current == ("current" in inspect.signature(m.fn).parameters), m.name


def test_a_user_rule_naming_its_group_number_fails_with_file_and_id(tmp_path):
    problems = _problems(tmp_path, """
[[rule]]
id = "user.towers"
name = "Towers"
pattern = '(?P<value>(?P<number>\\d+)座塔)'
yields = ["value", "number"]
  [[rule.examples]]
  text = "建成3座塔。"
  value_text = "3座塔"
  value = 3
""")
    assert "user.toml:user.towers: named group(s) ['number'] are not read by resolving" in problems
    assert "num (the number)" in problems


def test_unknown_word_lists_conditions_and_mechanisms_are_load_errors(tmp_path):
    problems = _problems(tmp_path, """
[extend_words]
NO_SUCH_LIST = ["甲"]

[[interpret]]
id = "kind.user_one"
field = "kind"
doc = "x"
when = { clause_has = "NO_SUCH_LIST", colour = "red" }
give = "target"
  [[interpret.examples]]
  text = "新建学校20所。"
  value_text = "20所"

[[interpret]]
id = "year.user_two"
field = "year"
doc = "x"
use = "no_such_mechanism"
  [[interpret.examples]]
  text = "新建学校20所。"
  value_text = "20所"

[[interpret]]
id = "kind.user_three"
field = "kind"
doc = "x"
give = "maybe"
""")
    assert "extend_words.NO_SUCH_LIST: no word list NO_SUCH_LIST to extend" in problems
    assert "kind.user_one: when.clause_has: no word list NO_SUCH_LIST" in problems
    assert "kind.user_one: when.colour: unknown condition" in problems
    assert "year.user_two: use: no mechanism 'no_such_mechanism' for year" in problems
    assert "kind.user_three: give: 'maybe' is no kind" in problems
    assert "kind.user_three: an interpretation rule needs at least one example" in problems


def test_a_missing_engine_word_list_fails_when_the_pack_loads(tmp_path, monkeypatch):
    import shutil

    from extractor.rulepack import BUILTIN_DIR, BUILTIN_ENV

    pack = tmp_path / "pack"
    shutil.copytree(BUILTIN_DIR, pack)
    text = (pack / "values.toml").read_text(encoding="utf-8")
    (pack / "values.toml").write_text(text.replace("DISTRIBUTOR = ", "DISTRIBUTOR_GONE = "), encoding="utf-8")
    monkeypatch.setenv(BUILTIN_ENV, str(pack))
    with pytest.raises(RulePackError, match="the engine reads DISTRIBUTOR, which no rule file defines"):
        load_rules()


def test_a_pattern_list_naming_no_pattern_fails_when_the_pack_loads(tmp_path, monkeypatch):
    import shutil

    from extractor.rulepack import BUILTIN_DIR, BUILTIN_ENV

    pack = tmp_path / "pack"
    shutil.copytree(BUILTIN_DIR, pack)
    text = (pack / "phrases.toml").read_text(encoding="utf-8")
    (pack / "phrases.toml").write_text(text.replace('"SPAN_EDGE", ', '"SPAN_EDGES", ', 1),
                                       encoding="utf-8")
    monkeypatch.setenv(BUILTIN_ENV, str(pack))
    with pytest.raises(RulePackError, match="NAME_DROP names SPAN_EDGES, which is no pattern"):
        load_rules()


USER_KIND = """
[words]
BUDGET_DRAFT = ["预算草案"]

[[interpret]]
id = "kind.budget_draft"
field = "kind"
doc = "A budget draft's figures are what is planned, even in a review"
when = { sentence_has = "BUDGET_DRAFT" }
give = "target"
  [[interpret.examples]]
  text = "一年来，预算草案安排教育支出120亿元。"
  value_text = "120亿元"
  kind = "target"
"""


def test_a_user_interpretation_rule_needs_only_a_rule_file(tmp_path):
    text = "一年来，预算草案安排教育支出120亿元。"
    assert extract_text(text, "t", 2025)[0].kind == "achievement"
    (r,) = extract_text(text, "t", 2025, _pack(tmp_path, USER_KIND))
    assert r.kind == "target" and r.trace.kind == "kind.budget_draft"  # placed first of its field


PROSE_RULE_ON_TABLES = """
[[interpret]]
id = "mine.share_in_tables"
field = "indicator"
doc = "a mechanism that reads a sentence, asked of table cells too"
use = "share_of_frame"
replace = true
after = "indicator.table_row"

  [[interpret.examples]]
  text = "在全市固定资产投资中，民间投资占58.2%。"
  value_text = "58.2%"
  indicator = "民间投资占全市固定资产投资"
"""


def test_a_rule_reading_a_sentence_run_on_a_table_cell_stops_with_what_to_do(tmp_path):
    """A user rule whose mechanism reads a sentence, left to run on table cells, stops the document
    with an error naming the rule and the condition it lacks (it was an internal AttributeError)."""
    from extractor.errors import ExtractorError

    pack = _pack(tmp_path, PROSE_RULE_ON_TABLES)
    table = "表1 主要指标\n\n| 指标 | 单位 | 2023年 | 2024年 |\n| --- | --- | --- | --- |\n| 民间投资占 | % | 55.1 | 58.2 |\n"
    with pytest.raises(ExtractorError, match=r"mine\.share_in_tables .*in_table = false"):
        extract_text(table, "t", 2025, pack)
    fixed = _pack(tmp_path, PROSE_RULE_ON_TABLES.replace('replace = true', 'replace = true\nwhen = { in_table = false }'))
    assert [r.value for r in extract_text(table, "t", 2025, fixed)] == [55.1, 58.2]


def test_user_rules_go_where_before_or_after_puts_them(tmp_path):
    pack = _pack(tmp_path, USER_KIND.replace('field = "kind"', 'field = "kind"\nafter = "kind.review_section"'))
    ids = [r.id for r in pack.interp["kind"]]
    assert ids.index("kind.budget_draft") == ids.index("kind.review_section") + 1
    # after the review rule, it no longer decides a value in a review
    assert extract_text("一年来，预算草案安排教育支出120亿元。", "t", 2025, pack)[0].kind == "achievement"


def test_extend_words_adds_to_a_built_in_list(tmp_path):
    text = "一年来，全市新建学校20所。"
    base = extract_text(text, "t", 2025)[0]
    pack = _pack(tmp_path, '[extend_words]\nREVIEW_LOOKAHEAD_CUE = ["新建"]\n')
    assert "新建" in pack.word_list("REVIEW_LOOKAHEAD_CUE") and "力争" in pack.word_list("REVIEW_LOOKAHEAD_CUE")
    r = extract_text(text, "t", 2025, pack)[0]
    assert (base.kind, r.kind, r.trace.kind) == ("achievement", "target", "kind.review_looks_ahead")


def test_every_record_of_data_and_corpus_reports_names_a_pack_rule_for_each_field():
    ids = PACK.interp_ids()
    docs = list((ROOT / "data").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*-gwr-*.txt"))[:6]
    for path in docs:
        for r in extract_text(path.read_text(encoding="utf-8"), path.stem):
            trace = r.trace.model_dump()
            assert all(trace[f] in ids for f in INTERPRETED), (path.name, r.text, trace)


def test_the_record_rule_is_the_span_rule_and_fields_have_their_own():
    (r,) = extract_text("城镇调查失业率控制在5.5%以内。", "t", 2025)
    assert r.rule == "quantity.percent"
    assert (r.trace.comparator, r.trace.indicator) == ("comparator.at_most_after", "indicator.left_of_verb")


def test_explain_names_the_rule_behind_each_field_and_the_one_that_dropped():
    lines = "\n".join(explain("力争2025年全市工业增加值达到1800亿元，89个开发区占全省的78%。", PACK, year=2021))
    assert "'1800亿元' @16-22: found by quantity.measure" in lines
    assert re.search(r"kind +target +<- kind\.dated_ahead", lines)
    assert re.search(r"year +2025 +<- year\.explicit_in_clause", lines)
    assert "'89个' @23-26: found by quantity.measure\n  no record: dropped by drop.scope_count" in lines
    assert "'78%' @33-36: found by quantity.percent\n  no record: dropped by skip.share_of_whole" in lines


def test_explain_command_on_a_file_offset_and_on_a_sentence(tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text("二、2025年工作安排\n今年新建学校20所。周口运来黄金7箱。\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "extractor", "explain", str(doc), "--at", "19"],
                         capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "<- the offset asked about" in out.stdout and "kind.plan_section" in out.stdout
    assert "7箱" not in out.stdout  # another sentence
    out = subprocess.run([sys.executable, "-m", "extractor", "explain", "周口运来黄金7箱。",
                          "--section", "二、2025年工作安排"], capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert "'7箱' @" in out.stdout and "no span rule matched it" in out.stdout
    long = "全年新建学校20所。" * 30  # longer than a file name may be: still a sentence, no OSError
    out = subprocess.run([sys.executable, "-m", "extractor", "explain", long], capture_output=True, text=True,
                         encoding="utf-8", cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("found by quantity.measure") == 30


def test_every_name_the_code_reads_from_the_pack_is_declared():
    """A word list or pattern read by name must be in ENGINE_NEEDS or a mechanism's needs,
    so a pack without it fails when it loads."""
    declared = set(ENGINE_NEEDS) | {n for m in MECHANISMS.values() for n in m.needs}
    read = set()
    for path in (ROOT / "extractor").rglob("*.py"):
        read |= set(re.findall(r"""(?:pattern|word_list|words_re)\(\s*["']([A-Z][A-Z0-9_]*)["']""",
                               path.read_text(encoding="utf-8")))
    assert read - declared == set()


def test_the_package_holds_almost_no_chinese():
    """Knowledge lives in the rule files: few string literals in the code hold CJK text."""
    import ast

    cjk = re.compile(r"[\u3400-\u9fff]")
    found = []
    for path in (ROOT / "extractor").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        docstrings |= {id(n) for kw in ast.walk(tree) if isinstance(kw, ast.keyword) and kw.arg in ("help", "description")
                       for n in ast.walk(kw.value)}  # field and option descriptions are documentation too
        found += [(path.name, n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant)
                  and isinstance(n.value, str) and id(n) not in docstrings and cjk.search(n.value)]
    assert len(found) < 20, found


def test_a_plan_drafted_is_found_before_the_value_in_its_paragraph_only():
    """coming_plan searches the paragraph once for PLAN_DRAFTED and reads what it found for every
    value: right only while the pattern has no lookaround or anchor (a match in part of the
    paragraph is then one in the whole)."""
    source = load_rules().patterns["PLAN_DRAFTED"].pattern
    assert not re.search(r"\(\?<?[=!]|\\[bBAZGz]|[\^$]", source), source
    before, after = "我们编制了“十五五”规划纲要（草案）。", "我们提出常住人口城镇化率达到62%。"
    assert extract_text(before + after, "d", 2026)[0].trace.year == "year.coming_plan"
    assert extract_text(after + before, "d", 2026)[0].trace.year != "year.coming_plan"
    assert extract_text(before + after + "单位生产总值能耗下降3%。" + before, "d", 2026)[1].trace.kind == "kind.coming_plan"


def test_a_count_a_plan_strives_to_have_is_its_target_not_a_standing_fact():
    text = "二、今后五年主要目标任务\n\n全省现有12个国家级开发区。力争有10个市经济总量超过2000亿元。\n"
    records = {r.text: r for r in extract_text(text, year=2013)}
    assert "12个" not in records  # 现有: what the province already has
    assert records["10个"].kind == "target" and records["10个"].indicator.startswith("市经济总量")
    assert "2000亿元" not in records  # the bound of the things counted


@pytest.mark.parametrize("sentence, kept", [
    ("推进钢铁、有色、化工、建材4个重点行业绿色化改造。", False),   # the items just listed
    ("确保隆德、泾源、彭阳3个县脱贫摘帽。", True),                   # they reach a state
    ("确保琼海潭门、东方八所2个中心渔港竣工投入使用。", True),        # or a stage
])
def test_a_plans_count_of_items_just_listed_is_a_record_only_when_they_change(sentence, kept):
    text = "二、2019年工作安排\n\n" + sentence + "\n"
    counts = [r for r in extract_text(text, year=2019) if r.unit in ("个",)]
    assert bool(counts) == kept


@pytest.mark.parametrize("sentence, value, kept", [
    ("全省地表水419个省控断面水质总体为优。", "419个", False),          # a measure of all of them
    ("10个市生产总值增幅超过全省平均水平。", "10个", True),              # a comparison with the mean
    ("基本完成6个设区市总体规划修编。", "6个", True),                    # a plan of each
    ("确保500个贫困村整体脱贫。", "500个", True),                        # done to each whole
])
def test_a_count_of_places_scopes_only_a_measure_of_all_of_them(sentence, value, kept):
    assert (value in {r.text for r in extract_text(sentence, year=2016)}) == kept


@pytest.mark.parametrize("sentence, value", [
    ("力争再有30个县通过国家义务教育均衡发展评估验收。", "30个"),    # more of it
    ("确保今年有100万农村低收入人口达到脱贫标准。", "100万"),       # a cue before 有 in the clause
    ("力争到2017年有30%的县建成无违建县。", "30%"),
    ("加快现有33座大中型病险水库除险加固。", "33座"),              # what is done to what it has
    ("每个县市区建有1所以上失能特困人员养护院。", "1所"),            # what it is to build
    ("用5年时间建成拥有5条跑道的国际枢纽机场。", "5条"),            # what it is to own
])
def test_what_a_plan_is_to_have_more_of_or_do_to_is_a_target(sentence, value):
    text = "二、2013年工作安排\n\n" + sentence + "\n"
    records = {r.text: r for r in extract_text(text, year=2013)}
    assert records[value].kind == "target"


def test_money_is_not_named_after_a_bare_metric_in_the_next_clause():
    """spent_on names money by what the next clause builds; a bare metric there (新建里程) is
    nothing the money went to, and the money keeps its own name."""
    records = {r.text: r for r in extract_text("完成投资150亿元，新建里程4028公里。", year=2012)}
    assert records["150亿元"].indicator == "投资"
    assert records["150亿元"].trace.indicator != "indicator.spent_on"


def test_a_participation_metric_with_a_scheme_of_its_own_keeps_it():
    """scheme_of_participation names only a bare 参保人数: one that says its scheme keeps it,
    whatever scheme the clause before spoke of; and with no scheme said, the bare word stays."""
    records = {r.text: r for r in extract_text("扩大失业保险覆盖范围，工伤保险参保人数达到290万人。", year=2012)}
    assert records["290万人"].indicator == "工伤保险参保人数"
    records = {r.text: r for r in extract_text("全面推进全民参保计划，参保人数达到290万人。", year=2012)}
    assert records["290万人"].indicator == "参保人数"
    records = {r.text: r for r in extract_text("城镇职工、居民基本医疗保险和新农合加快推进，参保参合人数达6415万人。", year=2012)}
    assert records["6415万人"].indicator == "参保参合人数"  # of all three schemes, not the last said


def test_what_a_sentence_strives_for_is_no_standing_fact():
    """drop.standing_fact keeps a count the sentence strives for, its cue before a year clause."""
    text = "今年的主要目标是：\n力争到2012年，销售收入过百亿元的企业有10家。\n今年我区有20个对外开放口岸。"
    records = {r.text: r for r in extract_text(text, year=2008)}
    assert records["10家"].kind == "target" and records["10家"].year == 2012
    assert "20个" not in records


def test_a_sentence_on_guiding_figures_is_no_definition():
    """drop.definition reads 是指 as a definition, not the 是指 of 是指导性指标."""
    text = "以上是指导性指标，确保完成以下约束性指标：单位生产总值综合能耗下降5.6%。"
    assert [r.text for r in extract_text(text, year=2008)] == ["5.6%"]
    assert extract_text("高速铁路是指设计速度250公里/小时及以上的铁路。", year=2008) == []


def test_a_clause_with_its_own_predicate_before_a_comma_of_a_list_is_no_item():
    """CLAUSE_BEFORE_ITEM: 金融“八大工程”深入实施、存贷款余额 is a clause and a new name, not a list of two;
    a bare metric after such a clause is its subject's, in place of a metric the subject had
    (CLAUSE_BEFORE_METRIC); a state reached closes a clause too (实现“…”, 保持…增长, 全覆盖, 全部办复)."""
    cases = {
        "金融“八大工程”深入实施、存贷款余额增长12%。": "存贷款余额",
        "十大重点农业产业链加快发展、产值增长10%。": "十大重点农业产业链产值",
        "全市蔬菜种植面积稳步扩大、产量达到300万吨。": "蔬菜产量",
        "涉企审批事项基本实现“一网通办”、网上办理率达到95%。": "网上办理率",
        "软件产业保持较快增长、规模突破2000亿元。": "软件产业规模",
        "城区公共停车场全覆盖、智慧停车泊位达到5万个。": "智慧停车泊位",
        "群众来信全部办结、满意率达96%。": "群众来信满意率",
    }
    for text, name in cases.items():
        assert [r.indicator for r in extract_text(text, year=2020)] == [name], text
    got = {r.text: r.indicator for r in extract_text("县（市、区）医共体覆盖率达到90%。", year=2020)}
    assert got == {"90%": "县（市、区）医共体覆盖率"}


def test_a_bare_level_takes_no_name_of_money_for_a_count():
    """parallel_to_previous gives a bare 乡镇 the rest of the name before it only when both count alike."""
    text = "安排1.9亿元，全面完成村级组织活动场所建设任务；安排19个乡镇、213个行政村的公路建设。"
    assert {r.text: r.indicator for r in extract_text(text, year=2009)}["19个"] == "乡镇"
    assert {r.text: r.indicator for r in extract_text("新认定国家级企业技术中心36家、省级148家。", year=2020)}["148家"] \
        == "省级企业技术中心"
