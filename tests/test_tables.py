"""Indicator tables: every numeric cell one record, read by its row and column (ANNOTATION.md, Tables)."""
from pathlib import Path

import pytest
from tablespec import (APPENDIX_HEADER, APPENDIX_ROWS, APPENDIX_TITLE, PLAN_HEADER, PLAN_ROWS, PLAN_TITLE, docx,
                       expected_appendix, expected_plan, html, markdown)

from extractor.core.tables import find_tables
from extractor.pipeline import extract_document, extract_text
from extractor.reading import read_document
from extractor.rulepack import load_rules

PACK = load_rules()


def _tabbed(header, rows):
    return "\n".join("\t".join(r) for r in [header] + rows)


def check_records(records, expected, text):
    """Each expected record is there, with every field it names; no other table record is."""
    table = [r for r in records if r.source == "table"]
    assert len(table) == len(expected)
    for r, e in zip(table, expected):
        assert text[r.start:r.end] == r.text == e["text"]
        for name, want in e.items():
            assert getattr(r, name) == want, (e["indicator"], e["text"], name)


def _spaced(header, rows):
    """A table as a PDF's text gives it: each row a line, its cells apart by spaces, an empty one a dash."""
    return "\n".join(" ".join(cell or "—" for cell in r) for r in [header] + rows)


def _cell_lines(header, rows):
    """A table as some tools give a PDF's: each cell a line of its own, an empty one a dash."""
    return "\n".join(cell or "—" for r in [header] + rows for cell in r)


def _laid_out(header, rows, wide):
    """A table as a PDF's text in its layout gives it: each column starting where it starts in every
    row, counted in characters or in display columns (a Chinese character two), an empty cell blank."""
    size = (lambda cell: sum(2 if ord(ch) > 0x2E80 else 1 for ch in cell)) if wide else len
    widths = [max(size(r[i]) for r in [header] + rows) + 2 for i in range(len(header))]
    return "\n".join("".join(cell + " " * (w - size(cell)) for cell, w in zip(r, widths)).rstrip()
                     for r in [header] + rows)


@pytest.mark.parametrize("render", [markdown, _tabbed, _spaced, _cell_lines, lambda h, r: _laid_out(h, r, False),
                                    lambda h, r: _laid_out(h, r, True)],
                         ids=["markdown", "tab-separated", "space-separated", "a cell a line", "laid out in characters",
                              "laid out in display columns"])
@pytest.mark.parametrize("title,header,rows,expected", [
    (APPENDIX_TITLE, APPENDIX_HEADER, APPENDIX_ROWS, expected_appendix()),
    (PLAN_TITLE, PLAN_HEADER, PLAN_ROWS, expected_plan()),
], ids=["appendix", "plan"])
def test_every_numeric_cell_is_one_record(render, title, header, rows, expected):
    text = title + "\n\n" + render(header, rows) + "\n"
    check_records(extract_text(text), expected, text)


def test_a_record_names_the_rule_that_decided_each_field():
    text = PLAN_TITLE + "\n\n" + markdown(PLAN_HEADER, PLAN_ROWS) + "\n"
    growth = next(r for r in extract_text(text) if r.text == "6")
    assert growth.rule == "table.cell"
    assert growth.trace.basis.startswith("basis.table_") and growth.trace.binding == "binding.table_attribute_column"


def test_cells_keep_their_offsets_in_the_text_as_read():
    text = "标题\n\n|  指标 |  2024年  |\n|---|---|\n| 粮食产量（万吨） |   1000.5  |\n"
    (table,) = find_tables(text, PACK)
    cell = table.rows[1][1]
    assert text[cell.start:cell.end] == "1000.5"
    assert table.header_rows == 1


def test_a_table_of_prose_gives_only_what_its_sentences_give():
    text = ("2025年政府工作报告\n\n| 任务 | 内容 |\n| --- | --- |\n"
            "| 稳增长 | 力争全年地区生产总值增长6%左右 |\n| 惠民生 | 城镇新增就业12万人以上 |\n")
    records = extract_text(text)
    assert [r.source for r in records] == ["text", "text"]
    assert [(r.indicator, r.value) for r in records] == [("地区生产总值", 6.0), ("城镇新增就业", 12.0)]


def test_dashes_notes_and_row_numbers_give_no_record():
    text = ("2017年政府工作报告\n\n| 序号 | 指标 | 单位 | 2016年 | 五年累计 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 人均地区生产总值 | 元 | 37460（*） | - |\n| 2 | 地区生产总值 | 亿元 | 7436.80[1] | — |\n")
    records = extract_text(text)
    assert [(r.text, r.indicator, r.year) for r in records] == [
        ("37460", "人均地区生产总值", 2016), ("7436.80", "地区生产总值", 2016)]


@pytest.mark.parametrize("render", [
    lambda h, rows: "\n".join("| " + " | ".join(r) + " |" for r in [h, ["---"] * len(h)] + rows),
    lambda h, rows: "\n".join("  ".join(r) for r in [h] + rows),
])
def test_a_cell_with_a_percent_sign_is_the_columns_and_a_rows_number_before_a_label_none(render):
    """6.5% under 年均增长 is the yearly rise of the row's metric, as 6.5 would be (not a sentence's value
    named by the cell before it); 4 before 单位地区生产总值能耗降低 numbers the row (单位 is no unit)."""
    header = ["序号", "指标", "单位", "2020年", "2025年", "年均增长", "属性"]
    rows = [["1", "地区生产总值", "亿元", "5120", "7500", "6.5%", "预期性"],
            ["4", "单位地区生产总值能耗降低", "%", "—", "—", "[14]", "约束性"]]
    text = "二、“十四五”时期主要目标\n专栏1 主要指标\n" + render(header, rows) + "\n"
    found = [(r.text, r.indicator, r.change, r.basis, r.binding) for r in extract_text(text, "t", 2021)]
    assert found == [("5120", "地区生产总值", None, None, "anticipatory"), ("7500", "地区生产总值", None, None, "anticipatory"),
                     ("6.5%", "地区生产总值", "increase", "per_year", "anticipatory"),
                     ("14", "单位地区生产总值能耗", "decrease", "cumulative", "binding")]


def test_a_number_in_a_rows_label_is_no_record():
    """其中：90平方米及以下 names its row: its 90平方米 qualifies the label, the row's cells are the records;
    a number in a cell of figures left of the value column stays what the prose gives."""
    text = ("2024年国民经济和社会发展统计公报\n\n表6  2024年房地产开发主要指标\n\n"
            "| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
            "| 房地产开发投资 | 亿元 | 100280 | -10.6 |\n| 其中：住宅 | 亿元 | 76040 | -10.5 |\n"
            "| 其中：120平方米及以上 | 亿元 | 12500 | -6.1 |\n")
    records = extract_text(text)
    assert [r.text for r in records] == ["100280", "-10.6", "76040", "-10.5", "12500", "-6.1"]
    assert {r.source for r in records} == {"table"}
    text = ("第一个五年计划\n\n| 产品 | 1952年 | 1957年 | 1957年为1952年的% |\n| --- | --- | --- | --- |\n"
            "| 青霉素 | 15.3万瓶 | 2,900万瓶 | 18,929 |\n")
    assert [r.text for r in extract_text(text)] == ["15.3万", "2,900万", "18,929"]


def test_a_growth_column_with_no_unit_of_its_own_holds_percents():
    """| 地区生产总值 | 亿元 | 3150 | 4200 | 5.5左右 | under 年均增长: the unit column gives the levels' unit, the
    growth is 5.5%, not 5.5亿元."""
    text = ("某市国民经济和社会发展第十五个五年规划纲要\n\n"
            "| 指标 | 单位 | 2025年 | 2030年 | 年均增长 | 指标属性 |\n| --- | --- | --- | --- | --- | --- |\n"
            "| 地区生产总值 | 亿元 | 3150 | 4200 | 5.5左右 | 预期性 |\n| 城镇居民人均可支配收入 | 元 | 52000 | 68000 | 5.5 | 预期性 |\n")
    got = [(r.text, r.unit) for r in extract_text(text)]
    assert got == [("3150", "亿元"), ("4200", "亿元"), ("5.5", "%"), ("52000", "元"), ("68000", "元"), ("5.5", "%")]


def test_a_pdf_tables_header_units_wrapped_onto_a_line_of_their_own():
    """A PDF's table apart by spaces whose header's （%） wrapped onto the next line: the header still names the
    columns' years, so the base year's cell is an achievement and the plan's a target."""
    text = ("表1  主要指标\n\n指标名称              单位      2020年      2025年      年均增长    属性\n"
            "                                                        （%）\n"
            "地区生产总值          亿元      560         780         6.9         预期性\n"
            "税收收入              亿元      41          55          6           预期性\n")
    got = [(r.text, r.kind, r.year, r.unit) for r in extract_text(text, year=2021)]
    assert got == [("560", "achievement", 2020, "亿元"), ("780", "target", 2025, "亿元"), ("6.9", "target", 2025, "%"),
                   ("41", "achievement", 2020, "亿元"), ("55", "target", 2025, "亿元"), ("6", "target", 2025, "%")]


def test_sub_rows_under_a_parent_row_of_dashes_take_its_label_and_unit():
    """ANNOTATION.md's example: 主要污染物排放量削减率（%） with dashes for figures, then 化学需氧量: the sub-row is
    化学需氧量排放量削减率 in %, not a bare 化学需氧量 with no unit (which matches no gold record); the parent row
    is the body's, not a second header row."""
    text = ("某省国民经济和社会发展第十四个五年规划纲要\n\n| 指标 | 2020年 | 2025年 | 累计 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 主要污染物排放量削减率（%） | — | — | — | 约束性 |\n| 化学需氧量 | — | — | [8] | 约束性 |\n"
            "| 主要污染物重点工程减排量（万吨） | — | — | — | 约束性 |\n| 氨氮 | — | — | [0.3] | 约束性 |\n")
    got = [(r.text, r.indicator, r.unit) for r in extract_text(text)]
    assert got == [("8", "化学需氧量排放量削减率", "%"), ("0.3", "氨氮减排量", "万吨")]


def test_a_statistical_table_of_output_and_growth():
    """A communiqué's table: the level and its growth over the year before, units from the unit column;
    rows of products are named with what the column measures (纱 under 产量 -> 纱产量), a row naming
    a measure of its own keeps it (发电量)."""
    text = ("2024年国民经济和社会发展统计公报\n\n表1  2024年主要工业产品产量及其增长速度\n\n"
            "| 产品名称 | 单位 | 产量 | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
            "| 纱 | 万吨 | 2618.3 | -7.4 |\n| 发电量 | 亿千瓦小时 | 100868.8 | 4.6 |\n"
            "| 其中：火电 | 亿千瓦小时 | 63742.7 | 1.5 |\n")
    records = extract_text(text)
    got = [(r.text, r.indicator, r.value, r.unit, r.change, r.year, r.kind) for r in records]
    assert got == [
        ("2618.3", "纱产量", 2618.3, "万吨", None, 2024, "achievement"),
        ("-7.4", "纱产量", -7.4, "%", "increase", 2024, "achievement"),
        ("100868.8", "发电量", 100868.8, "亿千瓦小时", None, 2024, "achievement"),
        ("4.6", "发电量", 4.6, "%", "increase", 2024, "achievement"),
        ("63742.7", "火电发电量", 63742.7, "亿千瓦小时", None, 2024, "achievement"),
        ("1.5", "火电发电量", 1.5, "%", "increase", 2024, "achievement"),
    ]


def test_cells_shifted_under_an_empty_header_and_a_unit_with_an_alternative():
    """A row whose growth sits one cell right of its header, under a column with no header, is read
    as if under it; a unit cell with an alternative in brackets (万台（套）) gives the first unit."""
    text = ("2024年国民经济和社会发展统计公报\n\n表5  2024年各种运输方式完成旅客运输量及其增长速度\n\n"
            "| 指标 | 单位 | 绝对数 | 比上年增长（%） | |\n| --- | --- | --- | --- | --- |\n"
            "| 旅客运输总量 | 亿人次 | 150.2 | | -2.1 |\n| 铁路 | 亿人次 | 30.4 | | 8.3 |\n\n"
            "表3  2024年主要工业产品产量及其增长速度\n\n"
            "| 产品名称 | 单位 | 产量 | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
            "| 工业机器人 | 万台（套） | 12.5 | 7.1 |\n| 纱 | 万吨 | 2618.3 | -7.4 |\n")
    got = [(r.text, r.unit, r.change) for r in extract_text(text)]
    assert got == [("150.2", "亿人次", None), ("-2.1", "%", "increase"), ("30.4", "亿人次", None), ("8.3", "%", "increase"),
                   ("12.5", "万台", None), ("7.1", "%", "increase"), ("2618.3", "万吨", None), ("-7.4", "%", "increase")]


def test_kinds_of_a_price_index_after_its_first_part_are_its_parts_too():
    """A price index's categories (其中：食品烟酒, then 衣着 with no mark of its own, in a table of one
    unit) are its parts, each the price of its category."""
    text = ("2024年国民经济和社会发展统计公报\n\n表2  2024年居民消费价格比上年涨跌幅度\n\n"
            "| 指标 | 全国 |\n| --- | --- |\n| 居民消费价格 | 0.2 |\n| 其中：食品烟酒 | -0.1 |\n"
            "| 衣着 | 1.4 |\n| 居住 | 0.1 |\n")
    assert [r.indicator for r in extract_text(text)] == ["居民消费价格", "食品烟酒价格", "衣着价格", "居住价格"]


def test_a_header_measure_of_another_kind_than_the_captions_is_of_what_the_caption_measures():
    """企业数 under 外商直接投资 is the count of its firms; 投资额, the caption's head word with 额,
    is the caption's measure said short (固定资产投资, its bracket no part of it)."""
    text = ("2024年国民经济和社会发展统计公报\n\n表13  2024年非金融领域外商直接投资（不含银行、证券、保险）及其增长速度\n\n"
            "| 行业 | 企业数（家） | 比上年增长（%） | 实际使用金额（亿元） | 比上年增长（%） |\n"
            "| --- | --- | --- | --- | --- |\n| 制造业 | 4507 | -13.0 | 2452.3 | 0.0 |\n\n"
            "表7  2024年分行业固定资产投资（不含农户）增长速度\n\n| 行业 | 投资额（亿元） | 比上年增长（%） |\n"
            "| --- | --- | --- |\n| 采矿业 | 13129 | 11.8 |\n")
    assert [r.indicator for r in extract_text(text)] == [
        "制造业外商直接投资企业数", "制造业外商直接投资企业数", "制造业实际使用外商直接投资金额", "制造业实际使用外商直接投资金额",
        "采矿业固定资产投资", "采矿业固定资产投资"]


def test_kinds_under_a_row_of_a_total_are_its_parts():
    """Rows naming a kind and no measure, in the unit of a total's row above them, are parts of
    it, marked 其中 or not (铁路 under 旅客运输总量 -> 铁路旅客运输量); a row naming its own measure,
    or in another unit, starts again."""
    text = ("2024年统计公报\n\n表5  2024年各种运输方式完成旅客运输量\n\n"
            "| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
            "| 旅客运输总量 | 亿人次 | 170.1 | 5.2 |\n| 铁路 | 亿人次 | 40.2 | 10.1 |\n| 民航 | 万人次 | 7300 | 9.3 |\n"
            "| 旅客运输周转量 | 亿人公里 | 36000.5 | 4.1 |\n| 公路 | 亿人公里 | 9000.1 | -2.5 |\n"
            "| 粗钢 | 万吨 | 99000.2 | 1.1 |\n| 钢材 | 万吨 | 120000.3 | 2.2 |\n"
            "| 发电量 | 亿千瓦小时 | 90000.1 | 5.0 |\n| 其中：火电 | 亿千瓦小时 | 60000.2 | 1.5 |\n"
            "| 水电 | 亿千瓦小时 | 13000.4 | 6.6 |\n| 太阳能发电 | 亿千瓦小时 | 3000.4 | 16.6 |\n"
            "| 原煤 | 亿吨 | 45.1 | 1.2 |\n")
    names = list(dict.fromkeys(r.indicator for r in extract_text(text)))
    assert names == ["旅客运输总量", "铁路旅客运输量", "民航旅客运输量", "旅客运输周转量", "公路旅客运输周转量",
                     "粗钢", "钢材", "发电量", "火电发电量", "水电发电量", "太阳能发电量", "原煤"]


def test_a_column_of_targets_and_a_falling_row():
    text = ("2021年政府工作报告\n\n专栏1 “十四五”时期主要指标\n\n| 指标 | 2020年 | 规划目标 |\n| --- | --- | --- |\n"
            "| 单位地区生产总值能耗降低（%） |  | 13.5 |\n| 森林覆盖率（%） | 23 | 25 |\n")
    got = [(r.text, r.indicator, r.unit, r.kind, r.change, r.year) for r in extract_text(text)]
    assert got == [
        ("13.5", "单位地区生产总值能耗", "%", "target", "decrease", 2025),
        ("23", "森林覆盖率", "%", "achievement", None, 2020),
        ("25", "森林覆盖率", "%", "target", None, 2025),
    ]


def test_a_caption_row_a_unit_note_and_spaced_labels():
    """Statistical tables put their caption and a 单位：万人 note in the first rows, space out
    short labels (粮 食), head columns with bare years and a span of them."""
    text = ("2003年国民经济和社会发展统计公报\n\n| 表6 五年来新增生产能力 | | | |\n| --- | --- | --- | --- |\n"
            "| 单位：万千瓦 | | | |\n| 指\u00a0 标 | 2001 | 2002 | 1998-2002 |\n| 发 电 机 组 | 1516 | 1165 | 8345 |\n")
    got = [(r.text, r.indicator, r.unit, r.year, r.basis) for r in extract_text(text)]
    assert got == [("1516", "发电机组", "万千瓦", 2001, None), ("1165", "发电机组", "万千瓦", 2002, None),
                   ("8345", "发电机组", "万千瓦", 2002, "cumulative")]


def test_a_unit_in_the_caption_above_the_table_and_a_percent_header():
    text = ("2004年统计公报\n\n**表2：2004年主要农产品产量（单位：万吨）**\n\n"
            "| 产品名称 | 绝对数 | 比上年增长% |\n| ---- | ----- | ------ |\n| 粮 食 | 46947 | 9.0 |\n")
    got = [(r.text, r.indicator, r.unit, r.change) for r in extract_text(text)]
    assert got == [("46947", "粮食产量", "万吨", None), ("9.0", "粮食产量", "%", "increase")]


def test_a_table_never_swallows_the_paragraph_after_it():
    text = ("2024年统计公报\n\n| 指标 | 2024年 |\n| --- | --- |\n| 粮食产量（万吨） | 70650 |\n"
            "全年粮食产量70650万吨，比上年增加1108万吨。\n")
    records = extract_text(text)
    assert [(r.source, r.text) for r in records] == [("table", "70650"), ("text", "70650万吨"), ("text", "1108万吨")]
    assert records[2].change == "increase"


def test_a_target_in_a_plans_table_pairs_with_the_achievement_a_later_report_states():
    from extractor.analysis.diff import diff_records

    plan = ("2021年政府工作报告\n\n专栏1 “十四五”时期主要指标\n\n| 指标 | 单位 | 2020年 | 2025年 | 属性 |\n"
            "| --- | --- | --- | --- | --- |\n| 城镇新增就业 | 万人 |  | 60 | 预期性 |\n| 森林覆盖率 | % | 23 | 25 | 约束性 |\n")
    report = "2026年政府工作报告\n\n一、“十四五”时期工作回顾\n\n五年来，城镇新增就业65万人，森林覆盖率达到23.5%。\n"
    rows = diff_records(extract_text(plan), extract_text(report), 2021, 2026)
    outcomes = {(r.a.indicator, r.a.source, r.b.source): r.status for r in rows if r.relation == "outcome"}
    assert outcomes == {("城镇新增就业", "table", "text"): "above", ("森林覆盖率", "table", "text"): "below"}


ASSETS = Path(__file__).resolve().parent / "assets" / "tables"
SAME = ("value", "unit", "year", "basis", "indicator", "kind", "change", "binding", "comparator")


def _written(fmt: str, name: str, title: str, header, rows, tmp_path) -> Path:
    """The table as a file of the format: Markdown and HTML written here, Word by python-docx,
    PDF the committed print of Chromium (tests/assets/tables/make_pdfs.py)."""
    path = tmp_path / f"{name}.{fmt}"
    if fmt == "md":
        path.write_text(title + "\n\n" + markdown(header, rows) + "\n\n以上数据为统计快报数。\n", encoding="utf-8")
    elif fmt == "html":
        paras = "".join(f"<p>{line}</p>" for line in title.split("\n"))
        path.write_text(f'<html><head><meta charset="utf-8"></head><body>{paras}{html(header, rows)}'
                        "<p>以上数据为统计快报数。</p></body></html>", encoding="utf-8")
    elif fmt == "docx":
        docx(path, title, header, rows)
    else:
        path = ASSETS / f"{name}.pdf"
    return path


@pytest.mark.parametrize("name,title,header,rows,expected", [
    ("appendix", APPENDIX_TITLE, APPENDIX_HEADER, APPENDIX_ROWS, expected_appendix()),
    ("plan", PLAN_TITLE, PLAN_HEADER, PLAN_ROWS, expected_plan()),
])
def test_the_same_table_as_markdown_word_html_and_pdf_gives_the_same_records(name, title, header, rows, expected,
                                                                              tmp_path):
    got = {}
    for fmt in ("md", "docx", "html", "pdf"):
        doc = read_document(_written(fmt, name, title, header, rows, tmp_path))
        records = [r for r in extract_document(doc).records if r.source == "table"]
        assert all(doc.text[r.start:r.end] == r.text for r in records), fmt
        got[fmt] = [tuple(getattr(r, f) for f in SAME) for r in records]
    want = [tuple(e.get(f, "=" if f == "comparator" else None) for f in SAME) for e in expected]
    assert got["md"] == want
    assert got["docx"] == got["html"] == got["pdf"] == got["md"]


def test_rows_under_a_heading_row_that_names_a_metric_take_it():
    text = ("2003年统计公报\n\n表10. 五年来各类教育招生和毕业生情况 单位：万人\n\n"
            "| 指 标 | 2001 | 2002 |\n| --- | --- | --- |\n| **招生数** | | |\n| 研究生 | 16.5 | 20.3 |\n"
            "| **毕业生数** | | |\n| 研究生 | 6.8 | 8.1 |\n| 全社会固定资产投资 | 37214 | 43202 |\n"
            "| 其中：基本建设投资 | 14820 | 17251 |\n")
    got = [(r.text, r.indicator, r.unit) for r in extract_text(text)]
    assert got == [("16.5", "研究生招生数", "万人"), ("20.3", "研究生招生数", "万人"),
                   ("6.8", "研究生毕业生数", "万人"), ("8.1", "研究生毕业生数", "万人"),
                   ("37214", "全社会固定资产投资", "万人"), ("43202", "全社会固定资产投资", "万人"),
                   ("14820", "基本建设投资", "万人"), ("17251", "基本建设投资", "万人")]


def test_a_table_flattened_into_a_list():
    """A converter's list of rows: a unit note and a header spaced out over lines, a unit word
    ending each row's words (亿 吨 spaced too), a dash in the unit column, sub-rows; a column of
    a part of the country (城市, 农村) makes its cells the part's."""
    text = ("2009年统计公报\n\n**表1 居民消费价格比上年涨跌幅度**\n\n- 单位：%\n- 指 标 全 国\n- 城 市 农 村\n"
            "- 居民消费价格 2.6 2.6 2.8\n- 其中：食 品 4.7 4.6 4.9\n\n"
            "**表2 主要产品出口**\n\n- 商品名称 单位 数量 比上年增长% 金额（亿美元） 比上年增长%\n"
            "- 钢 材 万吨 4888 14.9 513 39.2\n- 服装 —— — — 1532 18.3\n\n"
            "**表3 货物运输量**\n\n- 指 标 单 位 绝对数 比上年增长%\n- 铁路 亿 吨 27.0 8.2\n- 管道 亿 吨 2.7 10.6\n")
    got = [(r.text, r.indicator, r.unit, r.change) for r in extract_text(text) if r.source == "table"]
    assert got == [("2.6", "居民消费价格", "%", "increase"), ("2.6", "城市居民消费价格", "%", "increase"),
                   ("2.8", "农村居民消费价格", "%", "increase"), ("4.7", "食品价格", "%", "increase"),
                   ("4.6", "城市食品价格", "%", "increase"), ("4.9", "农村食品价格", "%", "increase"),
                   ("4888", "钢材出口数量", "万吨", None), ("14.9", "钢材出口数量", "%", "increase"),
                   ("513", "钢材出口金额", "亿美元", None), ("39.2", "钢材出口金额", "%", "increase"),
                   ("1532", "服装出口金额", "亿美元", None), ("18.3", "服装出口金额", "%", "increase"),
                   ("27.0", "铁路", "亿吨", None), ("8.2", "铁路", "%", "increase"),
                   ("2.7", "管道", "亿吨", None), ("10.6", "管道", "%", "increase")]
    for r in extract_text(text):
        assert text[r.start:r.end] == r.text


def test_a_list_table_broken_by_a_row_of_words_keeps_its_header():
    text = ("2002年统计公报\n\n- 产品名称 单 位 产 量 比上年增长（%）\n- 纱 万吨 850 11.7\n- 布 亿米 322 11.2\n"
            "- 能源生产总量 万台\n- 原 煤 亿吨 13.8 18.9\n- 原 油 亿吨 1.67 1.8\n")
    got = [(r.text, r.unit) for r in extract_text(text) if r.source == "table"]
    assert got == [("850", "万吨"), ("11.7", "%"), ("322", "亿米"), ("11.2", "%"),
                   ("13.8", "亿吨"), ("18.9", "%"), ("1.67", "亿吨"), ("1.8", "%")]


def test_a_list_of_prose_items_is_no_table():
    text = "2025年工作要点\n\n- 全年新增城镇就业12万人。\n- 新建学校20所。\n- 改造公园15个\n"
    assert all(r.source == "text" for r in extract_text(text))


def test_a_caption_that_ends_in_a_change_makes_every_cell_one_even_past_a_row_without_figures():
    text = ("2002年统计公报\n\n**表1 居民消费价格比上年上涨（%）**\n\n- 指 标 全 国\n- 城 市 农 村\n"
            "- 居民消费价格 -0.8 -1.0 -0.4\n- 烟酒及用品 -0.1 -0.1 持平\n- 服务项目 2.6 3.1 缺\n- 衣 着 -2.4 -2.7 -1.6\n"
            "- 居 住 -0.1 -0.2 0.1\n")
    got = [(r.text, r.indicator, r.unit, r.change) for r in extract_text(text) if r.source == "table"]
    assert ("-0.1", "烟酒及用品价格", "%", "increase") in got  # a kind after the price index: its price
    assert all(change == "increase" and unit == "%" for _, _, unit, change in got)
    assert [(t, name) for t, name, *_ in got if name.endswith("居住")] == [("-0.1", "居住"), ("-0.2", "城市居住"),
                                                                          ("0.1", "农村居住")]


def test_a_row_labelled_by_one_character_is_a_row_and_a_break_keeps_the_caption():
    """蛋 alone labels a row as 鲜菜 does, and like every kind after the price index it is the price
    of its kind (蛋价格); a row of words breaking a list table leaves the rows after it under the same
    caption (居民消费价格比上年涨跌幅度: every cell a rise)."""
    text = ("2010年统计公报\n\n**表1 2010年居民消费价格比上年涨跌幅度**\n\n- 单位：%\n- 指 标 全 国\n- 城 市 农 村\n"
            "- 居民消费价格 3.3 3.2 3.6\n- 蛋 8.3 8.4 8.2\n- 其中：服务项目\n- 鲜菜 18.7 17.8 21.3\n- 居住 4.5 4.5 4.6\n")
    got = [(r.text, r.indicator, r.change) for r in extract_text(text) if r.source == "table"]
    assert ("8.3", "蛋价格", "increase") in got and ("8.2", "农村蛋价格", "increase") in got
    assert [t for t, *_ in got] == ["3.3", "3.2", "3.6", "8.3", "8.4", "8.2", "18.7", "17.8", "21.3", "4.5", "4.5", "4.6"]
    assert all(change == "increase" for *_, change in got)


def test_a_header_spaced_out_with_its_unit_and_part_columns_in_the_wholes_unit():
    """全 国（%） is one header with its unit (a single character and the bracketed one after it), and
    the columns of parts of the country after it (城市, 农村) are in its unit."""
    text = ("2004年统计公报\n\n**表1：2004年居民消费价格比上年上涨情况**\n\n- 指 标 全 国（%）\n- 城 市 农 村\n"
            "- 居民消费价格总水平 3.9 3.3 4.8\n- 食 品 9.9 9.1 11.5\n")
    got = [(r.text, r.unit) for r in extract_text(text) if r.source == "table"]
    assert got == [("3.9", "%"), ("3.3", "%"), ("4.8", "%"), ("9.9", "%"), ("9.1", "%"), ("11.5", "%")]


def test_a_bold_header_cell_broken_over_two_lines_and_a_header_word_with_a_unit():
    """A converter broke a bold header cell over a line (**合同项目⏎（企业）（个）**): the bracket is the
    cell's, and a header with a unit heads figures though it holds a label word (项目)."""
    text = ("2006年统计公报\n\n**表10  2006年分行业外商直接投资及其增长速度**\n\n"
            "- **行业名称** **合同项目\n（企业）（个）** **比上年增长%** **实际使用金额（亿美元）** **比上年增长%**\n"
            "- 总 计 41485 -5.8 694.7 -4.1\n- 制造业 24790 -14.3 400.8 -5.6\n")
    got = [(r.text, r.unit, r.change) for r in extract_text(text) if r.source == "table"]
    assert got == [("41485", "个", None), ("-5.8", "%", "increase"), ("694.7", "亿美元", None), ("-4.1", "%", "increase"),
                   ("24790", "个", None), ("-14.3", "%", "increase"), ("400.8", "亿美元", None), ("-5.6", "%", "increase")]
    assert all(r.indicator.startswith("制造业") for r in extract_text(text) if r.text in ("24790", "400.8"))
    for r in extract_text(text):
        assert text[r.start:r.end] == r.text


def test_a_list_header_of_years_is_a_header_and_the_unit_note_above_it_holds():
    """Years in a list table's lines of words (2005年招生, 2001-2005年累计毕业生, 其中：2005年) make them a
    header, not rows broken off figures, so the 单位：万人 above them stays the table's note."""
    text = ("2005年统计公报\n\n**表12 “十五”时期各类教育发展情况**\n\n单位：万人\n\n"
            "- 指 标 2005年招生 2005年在校生 2001-2005年累计毕业生\n- 其中：2005年\n"
            "- 研 究 生 37 98 60 19\n- 普通高中 878 2409 2391 662\n")
    got = [(r.text, r.unit) for r in extract_text(text) if r.source == "table"]
    assert got == [(t, "万人") for t in ("37", "98", "60", "19", "878", "2409", "2391", "662")]


def test_a_list_tables_first_row_before_a_row_of_words_is_read_under_its_header():
    """One row of figures under its own header, then a row of words (按城乡分) breaking the list: the
    row is the table's (绝对数 in the caption's 亿元, 比上年增长% a rise), as are the rows after it."""
    text = ("2004年统计公报\n\n**表5：2004年全社会固定资产投资情况（单位：亿元）**\n\n"
            "- 指 标 绝对数 比上年增长%\n- 全社会固定资产投资 70073 25.8\n- 按城乡分\n- 城镇 58620 27.6\n"
            "- 农村 11452 17.4\n")
    got = [(r.text, r.unit, r.change) for r in extract_text(text) if r.source == "table"]
    assert got == [("70073", "亿元", None), ("25.8", "%", "increase"), ("58620", "亿元", None), ("27.6", "%", "increase"),
                   ("11452", "亿元", None), ("17.4", "%", "increase")]


@pytest.mark.parametrize("text, expected", [
    # in a table of one subject's metrics (房地产开发和销售主要指标), a row naming a bare measure (投资额) is the
    # subject's; rows naming their own metric (房屋施工面积) keep their names
    ("2016年统计公报\n\n| **表6  2016年房地产开发和销售主要指标及其增长速度** | | | |\n| --- | --- | --- | --- |\n"
     "| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n| 投资额 | 亿元 | 102581 | 6.9 |\n"
     "| 房屋施工面积 | 万平方米 | 758975 | 3.2 |\n",
     [("102581", "房地产开发投资额"), ("6.9", "房地产开发投资额"), ("758975", "房屋施工面积"), ("3.2", "房屋施工面积")]),
    # 其中：高速铁路 under 新建铁路投产里程 is the kind said in the parent's place (新建高速铁路投产里程); a sub-row
    # under a parent naming no measure after its thing (规模以上工业, then 轻工业) keeps its own name
    ("2016年统计公报\n\n| **表5  2016年固定资产投资新增主要生产与运营能力** | | |\n| --- | --- | --- |\n"
     "| 指标 | 单位 | 绝对数 |\n| 新建铁路投产里程 | 公里 | 3281 |\n| 其中：高速铁路 | 公里 | 1903 |\n"
     "| 规模以上工业 | 亿元 | 9000 |\n| 其中：轻工业 | 亿元 | 3000 |\n",
     [("3281", "新建铁路投产里程"), ("1903", "新建高速铁路投产里程"), ("9000", "规模以上工业"), ("3000", "轻工业")]),
], ids=["bare measure of the caption's subject", "sub-row kind in its parent's place"])
def test_rows_named_from_the_caption_or_the_parent_row(text, expected):
    """A row's name taken from what its table says around it: the caption's subject, the parent row's name."""
    assert [(r.text, r.indicator) for r in extract_text(text) if r.source == "table"] == expected


PLAN_TABLE = (
    "2021年政府工作报告\n\n“十四五”时期主要指标\n\n"
    "| 类别 | 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 经济发展 | 1.地区生产总值增长（%） | 3.7 | — | 6左右 | 预期性 |\n"
    "| 创新驱动 | 2.研究与试验发展经费投入增长（%） | — | — | >7 | 预期性 |\n"
    "| | 3.每万人口高价值发明专利拥有量（件） | 6.3 | 12 | — | 预期性 |\n"
    "| 民生福祉 | 4.城镇调查失业率（%） | 5.2 | — | <5.5 | 预期性 |\n"
    "| 绿色生态 | 5.单位地区生产总值能源消耗降低（%） | — | — | 〔13.5〕 | 约束性 |\n"
    "| | 6.主要污染物排放总量减少（%） | | | | 约束性 |\n| | 其中：化学需氧量 | — | — | [8] | 约束性 |\n"
    "| 安全保障 | 7.粮食综合生产能力（万吨） | — | ＞650 | — | 约束性 |\n")


def test_sub_rows_under_a_parent_named_with_its_change_and_a_cell_with_a_remark():
    """Rows under a parent without values whose label ends in a change word (…排放总量减少) are its
    parts even without 其中 (the metric tail is read past the change word), and take its fall; a
    number with a remark after a list mark (>7、力争…) is still the cell's value."""
    text = ("2021年政府工作报告\n\n“十四五”时期主要指标\n\n"
            "| 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 1.全社会研发经费投入增长（%） | — | — | >7、力争投入强度高于“十三五”时期实际 | 预期性 |\n"
            "| 2.主要污染物排放总量减少（%） | | | | |\n"
            "| 化学需氧量 | — | — | 〔8〕 | 约束性 |\n| 氨氮 | — | — | 〔8〕 | 约束性 |\n"
            "| 3.森林覆盖率（%） | 46.1 | 47 | — | 约束性 |\n")
    got = [(r.text, r.indicator, r.comparator, r.change, r.basis) for r in extract_text(text)]
    assert got == [
        ("7", "全社会研发经费投入", ">=", "increase", "per_year"),
        ("8", "化学需氧量排放总量", "=", "decrease", "cumulative"),
        ("8", "氨氮排放总量", "=", "decrease", "cumulative"),
        ("46.1", "森林覆盖率", "=", None, None),
        ("47", "森林覆盖率", "=", None, None),
    ]
    assert all(text[r.start:r.end] == r.text for r in extract_text(text))


def test_a_plan_table_grouped_by_kind_with_signs_and_brackets():
    """A plan's table of indicators as plans print them: a 类别 column beside the 指标 one, rows
    numbered 1. 2. (a list, not parts), units in the label's bracket, signs before values (>7,
    <5.5), five-year totals in 〔〕 or [], a 年均/累计 column that says no change of its own."""
    got = [(r.text, r.indicator, r.unit, r.kind, r.year, r.comparator, r.change, r.basis, r.binding)
           for r in extract_text(PLAN_TABLE)]
    assert got == [
        ("3.7", "地区生产总值", "%", "achievement", 2020, "=", "increase", None, "anticipatory"),
        ("6", "地区生产总值", "%", "target", 2025, "~", "increase", "per_year", "anticipatory"),
        ("7", "研究与试验发展经费投入", "%", "target", 2025, ">=", "increase", "per_year", "anticipatory"),
        ("6.3", "每万人口高价值发明专利拥有量", "件", "achievement", 2020, "=", None, None, "anticipatory"),
        ("12", "每万人口高价值发明专利拥有量", "件", "target", 2025, "=", None, None, "anticipatory"),
        ("5.2", "城镇调查失业率", "%", "achievement", 2020, "=", None, None, "anticipatory"),
        ("5.5", "城镇调查失业率", "%", "target", 2025, "<=", None, "per_year", "anticipatory"),
        ("13.5", "单位地区生产总值能源消耗", "%", "target", 2025, "=", "decrease", "cumulative", "binding"),
        ("8", "化学需氧量排放总量", "%", "target", 2025, "=", "decrease", "cumulative", "binding"),
        ("650", "粮食综合生产能力", "万吨", "target", 2025, ">=", None, None, "binding"),
    ]


def test_a_column_headed_by_a_plans_period_holds_figures_of_its_last_year():
    """“十三五”末 is 2020, past for a report of 2021 (achievements); “十四五”末 is 2025, ahead (targets)."""
    text = ("二、“十四五”时期主要目标\n表1 主要指标\n"
            "| 指标 | 单位 | “十三五”末 | “十四五”末 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 每千人口拥有执业（助理）医师数 | 人 | 2.9 | 3.2 | 预期性 |\n")
    assert [(r.text, r.kind, r.year) for r in extract_text(text, "t", 2021)] == [
        ("2.9", "achievement", 2020), ("3.2", "target", 2025)]


def test_a_column_over_the_plans_span_beside_only_its_base_year_is_due_when_the_plan_ends():
    """五年累计 beside only the base year (2015年) in a plan for 十三五: targets of 2020, not results of 2015."""
    text = ("“十三五”时期，全市资源环境主要指标如下表。\n\n"
            "| 序号 | 指标 | 单位 | 2015年 | 五年累计 | 属性 |\n|---|---|---|---|---|---|\n"
            "| 1 | 单位地区生产总值能耗降低 | % | - | 17 | 约束性 |\n"
            "| 2 | 森林覆盖率 | % | 38.5 | - | 约束性 |\n")
    assert [(r.text, r.kind, r.year, r.basis) for r in extract_text(text, "t", 2016)] == [
        ("17", "target", 2020, "cumulative"), ("38.5", "achievement", 2015, None)]
    # a mid-term table names the years it counts over: its span column is of the last of them, done
    midterm = ("“十四五”规划纲要主要指标中期完成情况\n\n| 指标 | 单位 | 2020年 | 2022年 | 年均增长（%） |\n"
               "|---|---|---|---|---|\n| 地区生产总值 | 亿元 | 5000 | 5600 | 5.8 |\n")
    assert [(r.text, r.kind, r.year) for r in extract_text(midterm, "t", 2023)][-1] == ("5.8", "achievement", 2022)


def test_a_column_of_the_years_goals_in_a_reviews_table_is_due_the_year_reviewed():
    """| 年度目标 | 完成值 | under 2024年工作回顾 in a report of 2025: the goals are 2024's, as the results are."""
    text = ("一、2024年工作回顾\n\n| 指标 | 单位 | 年度目标 | 完成值 |\n| --- | --- | --- | --- |\n"
            "| 一般公共预算收入 | 亿元 | 60 | 62.4 |\n")
    assert [(r.text, r.kind, r.year) for r in extract_text(text, "t", 2025)] == [
        ("60", "target", 2024), ("62.4", "achievement", 2024)]


def test_a_unit_of_time_in_the_labels_bracket():
    """（年）, （岁）, （天） after a label are its unit, as （%） and （件） are, not part of its name."""
    text = ("2021年政府工作报告\n\n“十四五”时期主要指标\n\n"
            "| 指标 | 2020年 | 2025年 | 属性 |\n| --- | --- | --- | --- |\n"
            "| 劳动年龄人口平均受教育年限（年） | 10.8 | 11.3 | 约束性 |\n"
            "| 人均预期寿命（岁） | 78.3 | 79 | 预期性 |\n"
            "| 企业开办时间（天） | 3 | 1 | 预期性 |\n")
    got = [(r.text, r.indicator, r.unit, r.year) for r in extract_text(text)]
    assert got == [("10.8", "劳动年龄人口平均受教育年限", "年", 2020), ("11.3", "劳动年龄人口平均受教育年限", "年", 2025),
                   ("78.3", "人均预期寿命", "岁", 2020), ("79", "人均预期寿命", "岁", 2025),
                   ("3", "企业开办时间", "天", 2020), ("1", "企业开办时间", "天", 2025)]


def test_a_tag_before_a_cell_value_is_no_sign():
    text = ("2019年统计公报\n\n| <br>指标 | <br>单位 | <br>绝对数 |\n| --- | --- | --- |\n"
            "| <br>旅客运输总量 | <br>亿人次 | <br>176.0 |\n| <br>城镇调查失业率（%） | <br>% | <br>＜5.5 |\n")
    assert [(r.text, r.comparator) for r in extract_text(text)] == [("176.0", "="), ("5.5", "<=")]


def test_a_header_spaced_out_in_bold_words_is_read_whole():
    """| **单** **位** |: a header word spaced out character by character, each in bold, is 单位."""
    text = ("**表7 2006年固定资产投资新增主要生产能力**\n\n| **指** **标** | **单** **位** | **绝对数** |\n"
            "| --- | --- | --- |\n| 新增发电机组容量 | 万千瓦 | 10117 |\n| 新建铁路投产里程 | 公里 | 1605 |\n")
    assert [(r.text, r.unit) for r in extract_text(text)] == [("10117", "万千瓦"), ("1605", "公里")]


def test_a_table_set_side_by_side_names_each_value_by_the_label_on_its_left():
    text = ("**表3 2023年分行业投资增长速度**\n\n| 行业 | 比上年增长（%） | 行业 | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
            "| 总计 | 5.1 | 教育 | 10.5 |\n| 采矿业 | 4.5 | 其中：高等教育 | 2.2 |\n")
    got = [(r.text, r.indicator) for r in extract_text(text) if r.source == "table"]
    assert got == [("5.1", "投资"), ("10.5", "教育投资"), ("4.5", "采矿业投资"), ("2.2", "高等教育投资")]


def test_rows_of_kinds_take_the_measure_of_their_column_or_caption():
    """A table whose label column names kinds (国家和地区, 行业, 商品名称): each row is named with what
    its column measures (出口额, and the growth beside it), else with the caption's measure; a total
    row is the measure alone; a generic header (金额) is read in the caption's list (进口数量、金额)."""
    text = ("2023年统计公报\n\n**表9 2023年对主要国家和地区货物进出口额**\n\n"
            "| 国家和地区 | 出口额（亿元） | 比上年增长（%） | 占全部出口比重（%） |\n| --- | --- | --- | --- |\n"
            "| 东盟 | 36000 | 4.5 | 15.2 |\n\n"
            "**表10 2023年对外直接投资额及其增长速度**\n\n"
            "| 行业 | 金额（亿美元） | 比上年增长（%） |\n| --- | --- | --- |\n"
            "| 总计 | 1200.5 | 3.1 |\n| 制造业 | 250.2 | 8.4 |\n\n"
            "**表11 2023年主要商品进口数量、金额及其增长速度**\n\n"
            "| 商品名称 | 单位 | 数量 | 比上年增长（%） | 金额（亿元） | 比上年增长（%） |\n| --- | --- | --- | --- | --- | --- |\n"
            "| 大豆 | 万吨 | 9900 | 2.1 | 4200 | -6.5 |\n")
    got = [(r.text, r.indicator) for r in extract_text(text)]
    assert got == [
        ("36000", "东盟出口额"), ("4.5", "东盟出口额"), ("15.2", "东盟占全部出口比重"),
        ("1200.5", "对外直接投资额"), ("3.1", "对外直接投资额"), ("250.2", "制造业对外直接投资额"), ("8.4", "制造业对外直接投资额"),
        ("9900", "大豆进口数量"), ("2.1", "大豆进口数量"), ("4200", "大豆进口金额"), ("-6.5", "大豆进口金额"),
    ]


def test_ways_of_transport_are_kinds_and_a_total_of_metrics_is_its_captions_measure():
    """运输方式 names kinds: 铁路 under 旅客运输量（万人） is 铁路旅客运输量, 合计 the measure alone; a 总计 row
    of a table whose rows name metrics is what the caption measures."""
    text = ("2022年统计公报\n\n表5　2022年各种运输方式完成旅客运输量\n\n"
            "| 运输方式 | 旅客运输量（万人） | 比上年增长（%） | 旅客周转量（亿人公里） |\n|---|---|---|---|\n"
            "| 合计 | 3215 | -21.4 | 86.32 |\n| 铁路 | 1042 | -25.3 | 61.07 |\n\n"
            "表7　2022年年末金融机构本外币存贷款余额\n\n| 指标 | 年末数（亿元） |\n|---|---|\n"
            "| 各项存款余额 | 6423.8 |\n| 总计 | 11611.1 |\n")
    assert [(r.text, r.indicator) for r in extract_text(text)] == [
        ("3215", "旅客运输量"), ("-21.4", "旅客运输量"), ("86.32", "旅客周转量"),
        ("1042", "铁路旅客运输量"), ("-25.3", "铁路旅客运输量"), ("61.07", "铁路旅客周转量"),
        ("6423.8", "各项存款余额"), ("11611.1", "金融机构本外币存贷款余额")]


@pytest.mark.parametrize("header", ["年均增长〔累计〕", "年均增长（%）/〔累计〕", "年均增长（%）〔累计〕"])
def test_a_growth_column_noting_its_totals_holds_percents_and_its_bracketed_totals_the_rows_unit(header):
    text = ("“十四五”时期主要指标\n\n"
            f"| 指标 | 单位 | 2020年 | 2025年 | {header} | 属性 |\n|---|---|---|---|---|---|\n"
            "| 规模以上工业增加值 | 亿元 | 980 | 1400 | 7.4 | 预期性 |\n| 城镇新增就业 | 万人 | 8.2 | — | 〔40〕 | 预期性 |\n")
    got = {r.text: (r.unit, r.basis) for r in extract_text(text, year=2021)}
    assert got["7.4"] == ("%", "per_year") and got["40"] == ("万人", "cumulative")


def test_a_cell_range_is_one_record_and_a_cell_saying_its_change_keeps_its_row_name():
    text = ("| 指标 | 单位 | 2020年 | 2025年 |\n|---|---|---|---|\n| 高新技术企业数 | 家 | 48 | 100-120 |\n"
            "| 研发经费投入强度 | % | 2.1 | 2.5～2.8 |\n| 科创平台 | 个 | 26 | 30—35 |\n\n"
            "| 指标 | 单位 | 2018年完成 | 2019年目标 |\n|---|---|---|---|\n| 地区生产总值 | % | 7.6 | 增长7%左右 |\n"
            "| 单位地区生产总值能耗 | % | 3.5 | 下降3%左右 |\n| 城镇登记失业率 | % | 3.2 | 控制在4.0以内 |\n")
    got = {r.text: (r.value, r.value_max, r.indicator, r.change, r.comparator) for r in extract_text(text, year=2021)}
    assert got["100-120"] == (100, 120, "高新技术企业数", None, "=")
    assert got["2.5～2.8"][:2] == (2.5, 2.8) and got["30—35"][:2] == (30, 35)
    assert got["7%"] == (7, None, "地区生产总值", "increase", "~")
    assert got["3%"] == (3, None, "单位地区生产总值能耗", "decrease", "~")
    assert got["4.0"] == (4, None, "城镇登记失业率", None, "<=")


def test_rows_of_metrics_keep_their_label_whatever_the_columns():
    """A 指标 table names metrics in its rows: a measure-like column header (年末数, 比重) adds nothing."""
    text = ("2023年统计公报\n\n**表1 2023年年末人口数及其构成**\n\n"
            "| 指标 | 年末数（万人） | 比重（%） |\n| --- | --- | --- |\n| 城镇人口 | 93267 | 66.2 |\n")
    assert [(r.text, r.indicator) for r in extract_text(text)] == [("93267", "城镇人口"), ("66.2", "城镇人口")]


def test_a_generic_header_is_read_in_the_caption_item_that_holds_it():
    """金额 under 进口数量、出口金额 is the export amount; under 出口数量、金额 it takes 出口 from the first
    item; a caption naming no measure takes the header (出口, 数量 -> 出口数量)."""
    from extractor.interpret.tables import _in_caption
    from extractor.rulepack import load_rules

    pack = load_rules()
    generic = pack.word_list("TABLE_GENERIC_MEASURE")
    assert _in_caption("金额", "进口数量、出口金额", generic, pack) == "出口金额"
    assert _in_caption("金额", "出口数量、金额", generic, pack) == "出口金额"
    assert _in_caption("数量", "出口数量、金额", generic, pack) == "出口数量"
    assert _in_caption("数量", "出口", generic, pack) == "出口数量"
    assert _in_caption("金额", "对外直接投资额", generic, pack) == "对外直接投资额"


def test_rows_of_figures_apart_by_spaces_under_a_header_of_the_figures_alone_are_a_table():
    text = ("各种运输方式完成的货物周转量如下：\n\n2024年 比上年增长％\n货物周转量（亿吨公里） 35436 6.5\n"
            "铁路 12900 3.6\n公路 4890 -2.5\n\n邮电业务总量增长12%。\n")
    got = [(r.text, r.indicator, r.unit, r.year, r.change, r.source) for r in extract_text(text, "t", 2024)]
    assert got[:4] == [("35436", "货物周转量", "亿吨公里", 2024, None, "table"),
                       ("6.5", "货物周转量", "%", 2024, "increase", "table"),  # full-width ％ in the header
                       ("12900", "铁路", "", 2024, None, "table"), ("3.6", "铁路", "%", 2024, "increase", "table")]
    assert got[5][:2] == ("-2.5", "公路") and got[6][:3] == ("12%", "邮电业务总量", "%") and len(got) == 7


def test_lines_that_end_in_one_figure_or_hold_a_sentence_are_no_table():
    text = "全市生产总值 5.3\n一般公共预算收入 8.1\n计划完成 3 个，实际完成 5 6\n今年新增 7 8\n"
    assert find_tables(text, PACK) == []


def test_a_table_of_a_cell_a_line_ends_at_a_row_with_a_cell_left_out():
    rows = [["地区生产总值", "亿元", "5120", "7436"], ["一般公共预算收入", "亿元", "451", "786"],
            ["进出口总额", "亿美元", "147"], ["森林覆盖率", "%", "36.1", "37.5"]]  # the third row lost a cell
    text = "主要指标\n\n" + "\n".join(c for r in [["指标", "单位", "2020年", "2025年"]] + rows for c in r) + "\n"
    got = [(r.text, r.indicator, r.unit, r.year) for r in extract_text(text, "t", 2021) if r.source == "table"]
    assert got == [("5120", "地区生产总值", "亿元", 2020), ("7436", "地区生产总值", "亿元", 2025),
                   ("451", "一般公共预算收入", "亿元", 2020), ("786", "一般公共预算收入", "亿元", 2025)]


def test_short_lines_of_words_and_figures_under_no_year_are_no_table():
    text = "目录\n总体要求\n主要任务\n保障措施\n第一部分\n3\n第二部分\n15\n第三部分\n27\n"
    assert find_tables(text, PACK) == []


def test_a_plans_indicator_table_numbered_in_brackets_with_groups_and_a_sequence_column():
    """Rows numbered （1）（2）… are a list, not parts of each other; a sub-row's unit in brackets is set aside
    while it takes its parent's metric; a heading row's group ends at a row in another unit or naming a metric
    of its own (额); a row with its own number in the 序号 column stands alone; 年均增长 ends a label as a change."""
    text = ("甲市“十五五”规划纲要\n\n专栏1 主要指标\n\n"
            "| 序号 | 指标 | 2025年 | 2030年 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | （1）服务业增加值比重（%） | 52 | 55 | 预期性 |\n"
            "| 2 | （2）城镇化率 | | | |\n"
            "| | 常住人口城镇化率（%） | 61 | 66 | 预期性 |\n"
            "| 3 | 主要污染物排放总量减少（%） | | | |\n"
            "| | 化学需氧量 | — | 〔8〕 | 约束性 |\n"
            "| | 氨氮 | — | 〔8〕 | 约束性 |\n"
            "| 4 | 粮食综合生产能力（万吨） | 300 | 310 | 约束性 |\n"
            "| 5 | 社会消费品零售总额（亿元） | 800 | 1100 | 预期性 |\n"
            "| 6 | 地区生产总值年均增长（%） | — | 5.5 | 预期性 |\n")
    got = {(r.text, r.indicator, r.change, r.basis) for r in extract_text(text, year=2026)}
    assert {("52", "服务业增加值比重", None, None), ("61", "常住人口城镇化率", None, None),
            ("300", "粮食综合生产能力", None, None), ("800", "社会消费品零售总额", None, None),
            ("5.5", "地区生产总值", "increase", "per_year")} <= got
    assert {r.indicator for r in extract_text(text, year=2026) if r.text == "8"} == {"化学需氧量排放总量", "氨氮排放总量"}


def test_a_plans_table_read_from_a_pdf_keeps_going_past_a_numbered_heading_row():
    """In a table a PDF's text gives apart by spaces, a numbered row with no figures (4 主要污染物排放总量减少)
    heads the rows under it and does not end the table: the rows after it lose their numbers as before it."""
    text = ("乙县“十五五”规划纲要\n\n表1 主要指标\n\n序号 指标 单位 2025年 2030年 属性\n"
            "1 地区生产总值 亿元 500 700 预期性\n2 主要污染物排放总量减少\n其中：化学需氧量 % — 〔9〕 约束性\n"
            "3 粮食综合生产能力 万吨 20 22 约束性\n")
    got = [(r.text, r.indicator, r.change) for r in extract_text(text, year=2026)]
    assert ("9", "化学需氧量排放总量", "decrease") in got and ("22", "粮食综合生产能力", None) in got


def test_a_bracketed_total_alone_in_its_row_under_a_growth_column_counts_no_rise():
    """Under 年均增长〔累计〕, 〔120〕 with no levels beside it is a count over the plan's years (脱贫 people):
    no change; beside a row's levels 〔3.9〕 is their rise."""
    text = ("丙省“十四五”规划纲要\n\n| 指标 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性 |\n| --- | --- | --- | --- | --- |\n"
            "| 常住人口城镇化率（%） | 56.1 | 60 | 〔3.9〕 | 预期性 |\n| 农村贫困人口脱贫（万人） | | | 〔120〕 | 约束性 |\n")
    got = {r.text: (r.change, r.basis) for r in extract_text(text, year=2021)}
    assert got["3.9"] == ("increase", "cumulative") and got["120"] == (None, "cumulative")


def test_sub_numbered_rows_stay_parts_and_a_yearly_rate_row_is_per_year():
    """A 序号 of 2.1 under 2 is a part of row 2 (its metric and change); 年均增长率 ends a label as 年均增长 does."""
    text = ("戊市规划纲要\n\n| 序号 | 指标 | 2025年 | 2030年 |\n| --- | --- | --- | --- |\n"
            "| 1 | 地区生产总值年均增长率（%） | — | 5.5 |\n| 2 | 主要污染物排放总量减少（%） | | |\n"
            "| 2.1 | 化学需氧量 | — | 〔8〕 |\n| 3 | 粮食综合生产能力（万吨） | 30 | 31 |\n")
    got = {r.text: (r.indicator, r.change, r.basis) for r in extract_text(text, year=2026)}
    assert got["5.5"] == ("地区生产总值", "increase", "per_year")
    assert got["8"][:2] == ("化学需氧量排放总量", "decrease") and got["31"][0] == "粮食综合生产能力"



def test_a_sub_row_of_a_currency_is_the_money_of_the_row_above_in_it():
    """其中：人民币 under 其中：企业存款 (a sub-row itself) names the firms' deposits in yuan (人民币企业存款, was
    人民币); the row after it is a part of the parent as before."""
    text = ("2024年国民经济和社会发展统计公报\n\n表9  2024年年末金融机构存款余额及其增长速度\n\n"
            "| 指标 | 年末数（亿元） | 比上年末增长（%） |\n| --- | --- | --- |\n"
            "| 各项存款 | 300000 | 8.0 |\n| 其中：企业存款 | 100000 | 6.0 |\n"
            "| 其中：人民币 | 95000 | 6.5 |\n| 机关团体存款 | 40000 | 5.0 |\n")
    names = {r.text: r.indicator for r in extract_text(text)}
    assert names["95000"] == names["6.5"] == "人民币企业存款"
    assert "人民币" not in names["40000"]


def test_currency_rows_take_the_money_of_the_row_above_and_leave_the_rows_after_as_they_were():
    """其中：人民币 then 外币 under 各项存款余额: each the deposits in its currency, not 外币人民币…; rows after a
    currency row keep their parent (住户定期存款余额); a table by currency names its rows as they are."""
    head = "2024年国民经济和社会发展统计公报\n\n表9  存款\n\n| 指标 | 年末数（亿元） | 比上年末增长（%） |\n| --- | --- | --- |\n"
    names = {r.text: r.indicator for r in extract_text(
        head + "| 各项存款余额 | 50000 | 8.0 |\n| 其中：人民币 | 48000 | 6.5 |\n| 外币 | 2000 | 5.0 |\n")}
    assert names["48000"] == "人民币各项存款余额" and names["2000"] == "外币各项存款余额"
    names = {r.text: r.indicator for r in extract_text(
        head + "| 住户存款余额 | 1000 | 8.0 |\n| 其中：人民币 | 950 | 6.5 |\n| 定期存款 | 600 | 5.0 |\n")}
    assert names["600"] == "住户定期存款余额"
    names = {r.text: r.indicator for r in extract_text(
        "2024年统计公报\n\n表9  存款\n\n| 币种 | 存款余额（亿元） |\n| --- | --- |\n| 人民币 | 1000 |\n| 美元 | 950 |\n")}
    assert names["950"] == "美元"


def test_a_bracketed_total_beside_a_level_it_is_no_difference_of_is_in_the_rows_unit():
    """〔16〕 under 年均增长（%） beside 城镇新增就业's 3.2 (万人) is the plan's total of the years' additions: 16 万人,
    no rise; 〔3.9〕 beside 56.1 and 60 is still their rise, in the row's %."""
    text = ("某区“十五五”规划纲要\n\n| 指标 | 单位 | 2025年 | 2030年 | 年均增长（%） |\n|---|---|---|---|---|\n"
            "| 城镇新增就业 | 万人 | 3.2 | — | [16] |\n| 常住人口城镇化率 | % | 56.1 | 60 | [3.9] |\n"
            "| 地区生产总值 | 亿元 | 1520 | 2050 | 6左右 |\n")
    got = {r.text: (r.unit, r.change, r.basis) for r in extract_text(text, year=2026)}
    assert got["16"] == ("万人", None, "cumulative")
    assert got["3.9"] == ("%", "increase", "cumulative")
    assert got["6"] == ("%", "increase", "per_year")


def test_a_bracketed_growth_of_a_rows_levels_stays_in_percent():
    """〔33〕 beside 3000 and 4000 亿元 is their growth over the span, and 〔5.4〕 beside 40000 and 52000 元 a year's on
    average over five: both in %, rises."""
    text = ("某区“十五五”规划纲要\n\n| 指标 | 单位 | 2025年 | 2030年 | 年均增长（%） |\n|---|---|---|---|---|\n"
            "| 地区生产总值 | 亿元 | 3000 | 4000 | 〔33〕 |\n| 居民人均可支配收入 | 元 | 40000 | 52000 | 〔5.4〕 |\n")
    got = {r.text: (r.unit, r.change) for r in extract_text(text, year=2026)}
    assert got["33"] == got["5.4"] == ("%", "increase")
    flows = ("某区规划纲要\n\n| 指标 | 单位 | 2020年 | 2025年 | 年均增长（%） |\n|---|---|---|---|---|\n"
             "| 城镇新增就业 | 万人 | 4 | 5 | 〔25〕 |\n")  # 25 is also 4 -> 5 in %, but above the levels: their total
    assert {r.text: r.unit for r in extract_text(flows, year=2021)}["25"] == "万人"


def test_a_sub_row_naming_one_of_the_class_its_parent_opens_with_takes_all_the_parent_says_of_it():
    """其中：水稻 under 主要农作物耕种收综合机械化率 is 水稻耕种收综合机械化率 (was 水稻率); a sub-row naming its own
    metric with no unit takes the parent's (其中：高技术制造业增加值 under 规模以上工业增加值（亿元）: 亿元)."""
    text = ("某市“十五五”规划纲要\n\n| 指标 | 2025年 | 2030年 |\n|---|---|---|\n"
            "| 规模以上工业增加值（亿元） | 2100 | 2900 |\n| 其中：高技术制造业增加值 | 330 | 560 |\n"
            "| 主要农作物耕种收综合机械化率（%） | 78 | 85 |\n| 其中：水稻 | 86 | 92 |\n")
    got = {r.text: (r.indicator, r.unit) for r in extract_text(text, year=2026)}
    assert got["330"] == ("高技术制造业增加值", "亿元")
    assert got["86"] == ("水稻耕种收综合机械化率", "%")


def test_a_sub_row_of_another_metric_takes_no_unit_of_its_parent():
    """其中：夏粮播种面积 under 粮食产量（万吨） is an area: not in 万吨."""
    text = ("统计公报\n\n| 指标 | 2024年 | 2025年 |\n|---|---|---|\n| 粮食产量（万吨） | 120 | 125 |\n"
            "| 其中：夏粮播种面积 | 30 | 31 |\n")
    assert {r.text: r.unit for r in extract_text(text, year=2026)}["30"] == ""


PDF_TARGETS = ("某市政府工作报告\n附件\n2026年主要预期目标\n\n"
               "  序号    指标                      单位      2025年完成      2026年目标       属性\n"
               "   1      地区生产总值增长          %         5.6             5.5左右          预期性\n"
               "   2      单位地区生产总值能耗降低  %         3.1             完成省下达任务   约束性\n"
               "   3      粮食产量                  万吨      126             125以上          约束性\n"
               "   4      城镇调查失业率            %         5.0             5.5 以内         预期性\n")


def test_a_pdf_tables_cell_of_words_and_a_bound_set_a_space_apart_keep_the_rows_and_columns():
    """A target said in words (完成省下达任务) is a cell of its own, and 5.5 以内 one cell: every row stays the
    table's, and each figure keeps its column (125 a target of 2026, not a result of 2025)."""
    got = {(r.indicator, r.text): (r.kind, r.year, r.comparator) for r in extract_text(PDF_TARGETS, year=2026)
           if r.source == "table"}
    assert got[("单位地区生产总值能耗", "3.1")] == ("achievement", 2025, "=")
    assert got[("粮食产量", "125")] == ("target", 2026, ">=")
    assert got[("城镇调查失业率", "5.5")] == ("target", 2026, "<=")
    assert len(got) == 7


def test_a_pdf_tables_rows_go_on_past_a_page_break():
    """A page's number and the running title after it between two rows (— 5 — / 政府工作报告) break no table: the
    rows after them keep the header (5100 a result of 2022)."""
    text = ("政府工作报告\n附件\n2023年主要预期指标\n指  标                  单位    2022年完成    2023年目标\n"
            "地区生产总值增长        %        5.1          6左右\n一般公共预算收入        亿元      12.4        13.1\n\n"
            "— 5 —\n\n政府工作报告\n城镇新增就业            人        5100        5000以上\n"
            "粮食总产量              万吨      42.6        42以上\n")
    got = {r.text: (r.kind, r.year) for r in extract_text(text, year=2023) if r.source == "table"}
    assert got["5100"] == ("achievement", 2022) and got["5000"] == ("target", 2023)


def test_a_table_of_other_columns_after_a_page_break_is_another_table():
    """Rows of five figures after a page break do not go on a table of two: 6 keeps its % and its rise."""
    text = ("政府工作报告\n附件\n2023年主要预期指标\n指  标            单位    2022年完成    2023年目标\n"
            "地区生产总值增长  %        5.5          6\n城镇新增就业      万人      3.2          3\n\n— 5 —\n\n政府工作报告\n"
            "粮食产量          万吨      120      650      5.2      3      1\n森林覆盖率        %         62       62.5     0.3      1      2\n")
    got = {r.text: (r.indicator, r.unit, r.change) for r in extract_text(text, year=2023) if r.source == "table"}
    assert got["6"] == ("地区生产总值", "%", "increase")
    assert got["650"][:2] == ("粮食产量", "万吨")


def test_a_tab_tables_category_rows_and_page_break_keep_its_header():
    """A row of one word under a tab-separated table's header or between its rows (经济发展, 民生福祉) is a category,
    no end of the table; nor is a page's number and running title between two rows of as many cells."""
    text = ("某市政府工作报告\n附表\n“十四五”主要指标\n指标\t单位\t2020年\t2025年\t年均增长（%）\t属性\n经济发展\n"
            "地区生产总值\t亿元\t3420\t4800\t7左右\t预期性\n民生福祉\n城镇新增就业\t万人\t12\t—\t〔60〕\t预期性\n\n— 5 —\n\n"
            "政府工作报告\n人均预期寿命\t岁\t78.3\t79.1\t〔0.8〕\t预期性\n")
    got = {r.text: (r.indicator, r.unit, r.kind, r.year) for r in extract_text(text, year=2021) if r.source == "table"}
    assert got["3420"] == ("地区生产总值", "亿元", "achievement", 2020)
    assert got["7"] == ("地区生产总值", "%", "target", 2025)
    assert got["60"][:2] == ("城镇新增就业", "万人") and got["79.1"] == ("人均预期寿命", "岁", "target", 2025)


def test_a_pdf_tables_category_row_under_its_header_heads_its_rows():
    """经济发展 alone under a PDF table's header (apart by spaces), and 目标 wrapped under 2025年: the header holds."""
    text = ("附表\n  类别   指  标                 2020年     2025年      年均增长      属性\n"
            "                                            目标        （%）\n  经济发展\n"
            "         地区生产总值（亿元）    3420       4800以上    7左右         预期性\n"
            "         常住人口城镇化率（%）   66.2       70左右      〔3.8〕       预期性\n")
    got = {r.text: (r.indicator, r.unit, r.kind, r.year) for r in extract_text(text, year=2021) if r.source == "table"}
    assert got["3420"] == ("地区生产总值", "亿元", "achievement", 2020)
    assert got["7"] == ("地区生产总值", "%", "target", 2025)


def _cells(text, year=None):
    return [(r.text, r.unit, r.indicator, r.change) for r in extract_text(text, "doc", year) if r.source == "table"]


def test_a_group_of_people_under_a_parent_is_named_with_all_the_parent_says_of_them():
    text = ("| 指标 | 绝对数（元） | 比上年增长（%） |\n| --- | --- | --- |\n| 全体居民人均可支配收入 | 38620 | 6.1 |\n"
            "| 城镇居民 | 46210 | 5.4 |\n| 全体居民人均消费支出 | 29874 | 8.6 |\n| 其中：农村居民 | 17680 | 9.4 |\n"
            "| 基本养老保险参保率 | 92 | — |\n| 其中：城乡居民 | 90 | — |\n")
    names = [name for _, _, name, _ in _cells(text, 2024)]
    assert names[2:6] == ["城镇居民人均可支配收入"] * 2 + ["全体居民人均消费支出"] * 2
    assert names[6:8] == ["农村居民人均消费支出"] * 2 and names[-1] == "城乡居民基本养老保险参保率"


def test_a_table_of_places_names_each_value_with_its_column_and_a_growth_column_with_what_it_grows():
    text = ("| 设区市 | 规模以上工业增加值增速（%） | 地区生产总值（亿元） | 比上年增长（%） |\n| --- | --- | --- | --- |\n"
            "| 临江市 | 7.2 | 1620.4 | 5.1 |\n")
    assert [name for _, _, name, _ in _cells(text, 2024)] == [
        "临江市规模以上工业增加值", "临江市地区生产总值", "临江市地区生产总值"]


def test_under_a_bare_yearly_column_the_levels_growth_is_a_percent_and_their_rise_an_increase():
    text = ("| 指标 | 单位 | 2020年 | 2025年 | 年均/累计 |\n| --- | --- | --- | --- | --- |\n"
            "| 地区生产总值 | 亿元 | 268 | 380 | 7以上 |\n| 常住人口城镇化率 | % | 48.5 | 55 | 〔6.5〕 |\n"
            "| 城镇新增就业 | 万人 | 3.2 | — | 〔16〕 |\n| 城镇调查失业率 | % | 5.2 | — | 5.5以内 |\n")
    got = {(t, u, c) for t, u, _, c in _cells(text, 2021)}
    assert {("7", "%", "increase"), ("6.5", "%", "increase"), ("16", "万人", None), ("5.5", "%", None)} <= got
    assert ("380", "亿元", None) in got


def test_a_progress_cell_opening_with_a_verb_is_of_what_its_row_names_but_one_naming_its_own_things_is_not():
    text = ("二、2024年工作回顾\n\n| 序号 | 项目 | 年度目标 | 完成情况 |\n| --- | --- | --- | --- |\n"
            "| 1 | 新建城市书房 | 20个 | 已建成22个 |\n| 2 | 美丽乡村建设 | 50个 | 对全市60个镇开展实地检查 |\n")
    found = {r.text: r.indicator for r in extract_text(text, "doc", 2025)}
    assert found["22个"] == found["20个"] == "新建城市书房" and found["60个"] != "美丽乡村建设"


def test_a_plans_stated_rate_near_its_levels_growth_a_sorting_row_and_a_rows_own_unit():
    plan = ("| 指标 | 单位 | 2020年 | 2025年 | 年均/累计 |\n| --- | --- | --- | --- | --- |\n"
            "| 社会消费品零售总额 | 亿元 | 1200 | 1600 | >7 |\n| 一般公共预算收入 | 亿元 | 150 | 200 | 40 |\n")
    got = {(t, u) for t, u, _, _ in _cells(plan, 2021)}
    assert ("7", "%") in got and ("40", "亿元") in got  # a rate near 5.9% a year; 40 is no yearly rate of 150 -> 200
    income = ("| 指标 | 绝对数（元） | 比上年增长（%） |\n| --- | --- | --- |\n| 全县居民人均消费支出 | 21380 | 8.6 |\n"
              "| 按常住地分： | | |\n| 城镇 | 27960 | 7.2 |\n| 恩格尔系数（%） | 29.4 | — |\n")
    cells = _cells(income, 2024)
    assert cells[2][2] == "城镇居民人均消费支出" and ("29.4", "%") in {(t, u) for t, u, _, _ in cells}
