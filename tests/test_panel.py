"""The panel: per government, metric and year, the target the year's report set and the result
the next report gave; a workbook with a sheet per metric and its chart, a long table, PNGs."""
import csv

import openpyxl
import pytest
from typer.testing import CliRunner

from extractor.analysis.panel import build
from extractor.cli import app
from extractor.pipeline import extract_text
from extractor.rulepack import load_rules

PACK = load_rules()
REPORTS = {
    "甲省/2023.txt": "2023年甲省政府工作报告\n一、2022年工作回顾\n全省地区生产总值增长4.5%。\n"
                     "二、2023年工作安排\n全省地区生产总值增长6%左右，居民消费价格涨幅3%左右。\n",
    "甲省/2024.txt": "2024年甲省政府工作报告\n一、2023年工作回顾\n全省地区生产总值增长5.8%，比2020年增长18%。\n"
                     "二、2024年工作安排\n全省地区生产总值增长5.5%以上。\n",
    "乙省/2024.txt": "2024年乙省政府工作报告\n一、2023年工作回顾\n全省生产总值增长6.2%。人均地区生产总值突破5万元、达到5.28万元。\n"
                     "二、2024年工作安排\n全省生产总值增长5%—5.5%。\n",
}


def _records():
    out = []
    for name, text in REPORTS.items():
        out += extract_text(text, name.removesuffix(".txt"))
    return out


def test_a_years_target_pairs_with_the_result_the_next_report_gives():
    cells = {(c.government, c.metric, c.year): c for c in build(_records(), PACK)}
    c = cells[("甲省", "gdp", 2023)]
    assert (c.target.value, c.target.comparator, c.target.doc) == (6.0, "~", "甲省/2023")
    assert (c.result.value, c.result.doc, c.status) == (5.8, "甲省/2024", "met")  # not the 18% since 2020
    assert cells[("甲省", "gdp", 2022)].target is None and cells[("甲省", "gdp", 2022)].result.value == 4.5
    b = cells[("乙省", "gdp", 2024)]
    assert (b.target.value, b.target.value_max, b.result) == (5.0, 5.5, None)
    assert cells[("甲省", "cpi", 2023)].target.value == 3.0
    assert cells[("乙省", "gdp_per_capita", 2023)].result.value == 5.28  # the figure, not the bound it passed
    assert {k[1] for k in cells} == {"gdp", "cpi", "gdp_per_capita"}


def test_a_figure_of_a_part_of_the_year_or_a_wider_place_gives_way_to_the_governments_own_for_the_year():
    text = ("2024年丙市政府工作报告\n一、2023年工作回顾\n上半年全市生产总值增长2.5%，全年增长4.0%。"
            "全国居民消费价格上涨0.2%，我市居民消费价格上涨0.5%。\n二、2024年工作安排\n"
            "一季度要确保“开门红”，力争全市生产总值增长6.5%以上。全年地区生产总值增长5.5%左右。\n")
    cells = {(c.metric, c.year): c for c in build(extract_text(text, "丙市/2024"), PACK)}
    assert cells[("gdp", 2023)].result.value == 4.0 and cells[("cpi", 2023)].result.value == 0.5
    assert cells[("gdp", 2024)].target.value == 5.5
    province = "2024年丁省政府工作报告\n一、2023年工作回顾\n全省生产总值增长5.6%，高于全国0.4个百分点。\n"
    assert [c.result.value for c in build(extract_text(province, "丁省/2024"), PACK) if c.metric == "gdp"] == [5.6]


def test_a_goal_a_review_restates_is_the_years_target_when_its_own_report_is_not_there():
    text = "2022年戊市政府工作报告\n一、2021年工作回顾\n全市生产总值增长8.3%，超过年初确定的6%以上的预期目标。\n"
    records = extract_text(text, "戊市/2022")
    restated = next(r for r in records if r.text == "6%")
    assert (restated.kind, restated.year, restated.indicator, restated.change) == ("target", 2021, "生产总值", "increase")
    c = next(c for c in build(records, PACK) if c.metric == "gdp" and c.year == 2021)
    assert (c.target.value, c.result.value, c.status) == (6.0, 8.3, "met")


def test_an_autonomous_prefectures_full_and_short_names_are_one_government():
    full = "2023年黔岭布依族苗族自治州政府工作报告\n一、2022年工作回顾\n全州生产总值增长3.9%。\n"
    short = "2024年黔岭州政府工作报告\n一、2023年工作回顾\n全州生产总值增长5.2%。\n"
    records = extract_text(full, "a/2023") + extract_text(short, "b/2024")
    assert {c.government for c in build(records, PACK)} == {"黔岭州"}


def test_a_rate_said_of_two_metrics_at_once_is_each_ones_and_a_count_of_two_is_neithers():
    text = ("2012年丙省政府工作报告\n二、2012年工作安排\n城镇居民人均可支配收入和农民人均纯收入均增长12%，"
            "粮食产量和棉花产量达到600万吨。\n")
    cells = {(c.metric, c.year): c for c in build(extract_text(text, "丙省/2012"), PACK)}
    assert {m: c.target.value for (m, _), c in cells.items()} == {"urban_income": 12.0, "rural_net_income": 12.0}


def test_a_fall_of_a_growth_metric_is_its_result_below_zero_and_a_ceiling_is_met_from_below():
    text = ("2016年丁省政府工作报告\n一、2015年工作回顾\n全省固定资产投资下降1.8%，居民消费价格下降0.2%，"
            "地方财政收入1665亿元，增长9.9%。\n二、2016年工作安排\n固定资产投资增长12%，居民消费价格涨幅3%左右。\n")
    later = "2017年丁省政府工作报告\n一、2016年工作回顾\n固定资产投资增长10%，居民消费价格上涨2.1%。\n"
    records = extract_text(text, "丁省/2016") + extract_text(later, "丁省/2017")
    cells = {(c.metric, c.year): c for c in build(records, PACK)}
    fai = cells[("fixed_investment", 2015)]
    assert (fai.result.value, fai.figure(fai.result)) == (1.8, -1.8)
    assert cells[("cpi", 2015)].figure(cells[("cpi", 2015)].result) == -0.2
    assert cells[("budget_revenue", 2015)].result.value == 9.9  # 地方财政收入 is the budget's revenue
    assert cells[("cpi", 2016)].status == "met"  # 2.1 under a target of about 3
    assert cells[("fixed_investment", 2016)].status == "below"  # 10 under 12: a growth missed


def test_a_level_metrics_figure_is_its_value():
    """A level (失业率3.1%, 粮食总产量185万吨) has no direction to be against: its figure is its value, above zero."""
    text = ("2024年戊市政府工作报告\n一、2023年工作回顾\n城镇登记失业率3.1%，粮食总产量185万吨。\n"
            "二、2024年工作安排\n城镇登记失业率控制在4.5%以内。\n")
    cells = {(c.metric, c.year): c for c in build(extract_text(text, "戊市/2024"), PACK)}
    jobless = cells[("unemployment_registered", 2023)]
    assert jobless.measure == "level" and jobless.figure(jobless.result) == 3.1
    assert cells[("unemployment_registered", 2024)].figure(cells[("unemployment_registered", 2024)].target) == 4.5
    assert cells[("grain_output", 2023)].figure(cells[("grain_output", 2023)].result) == 185


def test_panel_command_writes_a_sheet_per_metric_a_long_table_and_charts(tmp_path):
    folder = tmp_path / "reports"
    for name, text in REPORTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    out, long, png = tmp_path / "panel.xlsx", tmp_path / "long.csv", tmp_path / "charts"
    r = CliRunner().invoke(app, ["panel", str(folder), "--metric", "gdp", "-o", str(out), "--long", str(long),
                                 "--png", str(png), "--quiet"])
    assert r.exit_code == 0, r.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["gdp", "long"]
    sheet = book["gdp"]
    header = [c.value for c in sheet[1]]
    rows = {row[0].value: [c.value for c in row] for row in sheet.iter_rows(min_row=2, max_row=3)}
    assert rows["甲省"][header.index("2023 target")] == "≈6" and rows["甲省"][header.index("2023 result")] == 5.8
    assert rows["甲省"][header.index("2023 met")] == "met" and rows["乙省"][header.index("2024 target")] == "5–5.5"
    assert rows["甲省"][header.index("2024 target")] == "≥5.5"
    assert len(sheet._charts) == 1
    table = list(csv.DictReader(long.open(encoding="utf-8")))
    assert {(t["government"], t["year"], t["kind"], t["value"]) for t in table} >= {
        ("甲省", "2023", "target", "6.0"), ("甲省", "2023", "achievement", "5.8"), ("乙省", "2024", "target", "5.0")}
    assert (png / "panel-gdp.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_unknown_metric_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(app, ["panel", str(tmp_path), "--metric", "happiness", "--out", str(tmp_path / "panel.xlsx")])
    assert r.exit_code == 2 and "no metric happiness" in r.output


def test_metrics_lists_the_indicators_no_metric_names(tmp_path):
    (tmp_path / "r.txt").write_text(REPORTS["甲省/2023.txt"] + "新建5G基站1000个，新建5G基站覆盖率达到90%。\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["metrics", str(tmp_path), "--quiet"])
    assert r.exit_code == 0, r.output
    listed = r.output.split("without a metric")[1]
    assert "5G基站" in listed and "地区生产总值" not in listed
    assert "gdp" in r.output.split("without a metric")[0]


def test_a_document_whose_government_is_not_found_is_named_not_lost_silently(tmp_path):
    (tmp_path / "报告.txt").write_text("政府工作报告\n二、2024年工作安排\n地区生产总值增长5%左右。\n", encoding="utf-8")
    (tmp_path / "乙省_2024.txt").write_text("政府工作报告\n二、2024年工作安排\n地区生产总值增长6%左右。\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["panel", str(tmp_path), "-o", str(tmp_path / "panel.xlsx"), "--quiet"])
    assert r.exit_code == 0, r.output
    assert "报告.txt: no government found" in r.output and "乙省_2024.txt" not in r.output
    assert [c.value for c in openpyxl.load_workbook(tmp_path / "panel.xlsx")["gdp"]["A"]][1] == "乙省"
