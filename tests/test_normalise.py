"""The normalised view maps every index back to the original text."""
from extractor import extract_text
from extractor.core.normalise import normalise
from extractor.rulepack import load_rules

PACK = load_rules()


def _check_map(text):
    view = normalise(text, PACK)
    for i, ch in enumerate(view.text):
        orig = text[view.origin[i]]
        assert orig == ch or ord(orig) - 0xFEE0 == ord(ch) or (orig, ch) in (("\u3000", " "), ("\u2236", ":"), ("，", ","))
    return view


def test_fullwidth_digits_and_spaces():
    text = "力争２０２５年工业增加值达到 １８００ 亿元。"
    view = _check_map(text)
    assert "2025年工业增加值达到1800亿元" in view.text
    (r,) = extract_text(text, "t")
    assert text[r.start:r.end] == r.text == "１８００ 亿元" and r.value == 1800


def test_ratio_sign_reads_as_colon():
    text = "城乡居民收入比由2.37∶1降至2.28∶1。"
    view = _check_map(text)
    assert "2.37:1降至2.28:1" in view.text
    recs = extract_text(text, "t")
    assert [(r.text, r.value, r.indicator) for r in recs] == [("2.37", 2.37, "城乡居民收入比"), ("2.28", 2.28, "城乡居民收入比")]
    assert all(text[r.start:r.end] == r.text for r in recs)


def test_a_fullwidth_comma_between_groups_of_digits_is_a_thousands_mark_and_elsewhere_a_break():
    text = "粮食总产量35，343万吨，完成计划。在校学生1，056．2万人，增长3%，500家企业入驻。"
    view = _check_map(text)
    assert "35,343万吨，完成" in view.text and "1,056.2万人，增长3%，500家" in view.text
    got = {r.text: r.value for r in extract_text(text, "t")}
    assert got["35，343万吨"] == 35343 and got["1，056．2万人"] == 1056.2 and got["500家"] == 500


def test_an_ideographic_full_stop_between_digits_reads_as_a_decimal_point_and_elsewhere_ends_a_sentence():
    text = "商品零售价格上涨5%，涨幅回落3。4个百分点。建成农村公路2。6万公里。城镇化率为58.5。2021年全国第1。5G基站达到3万个。"
    view = normalise(text, PACK)
    assert len(view.text) == len(text)
    assert "回落3.4个百分点" in view.text and "2.6万公里" in view.text
    assert "58.5。2021年" in view.text and "第1。5G" in view.text
    got = {r.text: r for r in extract_text(text, "t", year=2021)}
    assert got["3。4个百分点"].value == 3.4 and got["2。6万公里"].value == 2.6
    assert all(text[r.start:r.end] == r.text for r in got.values())
    assert "6万公里" not in got and "4个百分点" not in got


def test_latin_letters_a_scan_read_for_digits_inside_a_number_read_as_digits():
    text = "第三产业增长l3%，贡献率达到4O%，新增转移劳动力8l万人。SO2排放量下降3%，O2O企业20家。"
    view = normalise(text, PACK)
    assert len(view.text) == len(text)
    assert "增长13%" in view.text and "达到40%" in view.text and "81万人" in view.text
    assert "SO2排放量" in view.text and "O2O企业" in view.text
    got = {r.text: r.value for r in extract_text(text, "t", year=2021)}
    assert got["l3%"] == 13 and got["4O%"] == 40 and got["8l万人"] == 81 and got["3%"] == 3 and got["20家"] == 20


def test_line_break_inside_sentence_is_joined():
    text = "今年全市规模以上工业企业数量达\n到 2000 家，其中高新技术企业达到3\n00家。\n"
    view = _check_map(text)
    assert "达到2000家" in view.text and "300家" in view.text
    recs = extract_text(text, "t")
    assert [r.value for r in recs] == [2000, 300]
    assert all(text[r.start:r.end] == r.text for r in recs)
    assert recs[1].text == "3\n00家"


def test_empty_line_inside_a_sentence_before_its_number_is_joined():
    text = "（六）加强基础设施建设。水利工程建设完成投资\n\n348亿元，增长8%。\n\n二、2025年工作安排\n\n2025年是关键一年。"
    view = _check_map(text)
    assert "完成投资348亿元" in view.text
    assert "工作安排\n\n2025年" in view.text  # a heading, then a year: a paragraph still
    (first, _) = extract_text(text, "t")
    assert first.indicator == "水利工程投资" and text[first.start:first.end] == "348亿元"


def test_empty_line_before_a_multiple_or_an_approximate_number_is_joined_too():
    text = "全社会货物周转量增长1.5倍，邮电业务总量增长\n\n4.8 倍。\n\n全省内联企业近万家，吸引国内企业投资\n\n260 多亿元。\n"
    view = _check_map(text)
    assert "邮电业务总量增长4.8倍" in view.text and "吸引国内企业投资260多亿元" in view.text
    got = {r.text: r.indicator for r in extract_text(text, "t", year=1998)}
    assert got["4.8 倍"] == "邮电业务总量" and got["260 多亿元"] != "?"


def test_heading_line_break_is_kept():
    view = _check_map("二、2025年工作安排\n今年要新建学校10所。")
    assert "工作安排\n今年" in view.text


def test_a_line_before_a_heading_is_not_joined_to_it():
    """A title of twelve characters or more with no stop (2025年10件惠民实事), then a numbered heading:
    the heading starts anew, and its section is its own."""
    text = "2025年甲市政府工作报告\n一、2024年工作回顾\n全市新认定国家级高新技术企业138家。\n"
    assert "工作报告\n一、2024年" in _check_map(text).text
    assert [r.section for r in extract_text(text, "t")] == ["一、2024年工作回顾"]


def test_continuation_marker_removed():
    text = "(上接第一版)354个乡村幸福家园综合体建成投用。"
    view = _check_map(text)
    assert view.text.startswith("354个")
    (r,) = extract_text(text, "t")
    assert (r.start, r.end) == (7, 11) and text[7:11] == "354个"


def test_document_year_from_headings_and_datelines():
    from extractor.core.segment import document_year

    assert document_year("一、2024年工作回顾\n过去一年", "doc", PACK)[0] == 2025
    assert document_year("二、2025年工作安排\n", "doc", PACK)[0] == 2025
    assert document_year("今年是“十四五”规划收官之年。", "doc", PACK)[0] == 2025
    assert document_year("报告\n——在第七次代表大会上的报告（2021年9月28日）\n", "doc", PACK)[0] == 2021
    assert document_year("报告\n2021年9月28日\n过去五年", "doc", PACK)[0] == 2021
    assert document_year("没有年份的文字。", "doc", PACK)[0] is None
    # a plan titled by its period and dated nowhere speaks from the period's first year, so the
    # columns of its table ahead of it are targets
    plan = "某省国民经济和社会发展第十五个五年规划纲要\n\n| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 森林覆盖率（%） | 35.4 | 36 |\n"
    assert document_year(plan, "doc", PACK)[0] == 2026
    assert [(r.text, r.kind) for r in extract_text(plan, "doc")] == [("35.4", "achievement"), ("36", "target")]
    # an excerpt of a plan with no title: a heading of its goals names the period, not the years it aims at
    excerpt = "第一节 二〇三五年远景目标\n\n展望二〇三五年，全省基本实现现代化。\n\n第二节 “十四五”时期经济社会发展主要目标\n\n到2025年，城镇化率达到65%。到2025年，研发投入强度达到2.8%。\n"
    assert document_year(excerpt, "doc", PACK)[0] == 2021


def test_a_short_line_that_goes_on_from_a_clause_is_no_title():
    """A PDF's ragged line (过去一年，全市新建学校) joins the next; a short line with no clause in it is a title."""
    text = "一、2023年工作回顾\n\n过去一年，全市新建学校\n12所，改造老旧小区\n86个。\n"
    assert [(r.text, r.indicator) for r in extract_text(text, "doc", 2024)] == [("12所", "新建学校"), ("86个", "老旧小区")]
    titled = "二、2025年工作安排\n1.稳工业，强实体\n规上工业增加值增长7%。\n"
    assert [(r.text, r.indicator) for r in extract_text(titled, "doc", 2025)] == [("7%", "规上工业增加值")]


def test_a_tab_between_cells_of_prose_ends_a_clause():
    """A table of prose cells split by tabs (a PDF's or a Word table's text) is read cell by cell: no row number,
    no task's title and no office in a name."""
    text = "二、2025年工作安排\n\n序号\t项目\t目标任务\t责任单位\n1\t城乡教育提质\t新建公办幼儿园5所，新增学位1500个\t县教体局\n"
    assert [(r.text, r.indicator) for r in extract_text(text, "doc", 2025)] == [("5所", "公办幼儿园"), ("1500个", "学位")]


def test_a_title_line_ends_where_it_ends_with_no_blank_line_after_it():
    """A document's title is no start of the sentence on the next line (no 公报全市… name)."""
    text = "2021年北川市国民经济和社会发展统计公报\n全年全市居民人均可支配收入3.2万元，比上年增长6.5%。\n"
    assert [(r.indicator, r.year) for r in extract_text(text, "doc")] == [("居民人均可支配收入", 2021)] * 2
    # … nor where a date in brackets follows the title: its prose is the year's results, not targets of the date's year
    text = "# 石门市2024年国民经济和社会发展统计公报（2025年3月）\n\n全年地区生产总值比上年增长5.3%。年末全市常住人口326.5万人。\n"
    assert [(r.kind, r.year) for r in extract_text(text, "doc")] == [("achievement", 2024)] * 2


def test_document_year_comes_from_the_title_before_what_sentences_say():
    from extractor.core.segment import document_year

    text = "2023年政府工作报告\n各位代表：\n2022年是党和国家历史上极为重要的一年。\n二、2022年工作安排\n"
    assert document_year(text, "report", PACK) == (2023, "2023年政府工作报告")
    front = "---\nsource: x\ntitle: 2024年政府工作报告\n---\n\n**政府工作报告**\n\n一、2022年工作回顾\n"
    assert document_year(front, "2019", PACK)[0] == 2024
    dated = "---\ntitle: 政府工作报告\n---\n**——2010年1月18日在河北省第十一届人民代表大会第三次会议上**\n"
    assert document_year(dated, "doc", PACK)[0] == 2010
    # a statistical communiqué reports its title's year: the document speaks a year later
    assert document_year("---\ntitle: 中华人民共和国2020年国民经济和社会发展统计公报\n---\n", "d", PACK)[0] == 2021
    # … a city's too, its name after the year
    assert document_year("2021年北川市国民经济和社会发展统计公报\n\n北川市统计局\n\n全年地区生产总值1200亿元。\n", "d", PACK)[0] == 2022
    # … not one a report cites in its first lines
    cited = "政府工作报告\n\n各位代表：\n\n2023年全市国民经济和社会发展统计公报显示，全市经济总量迈上新台阶。\n\n二、2025年工作安排\n"
    assert document_year(cited, "d", PACK)[0] == 2025
    # the file name comes before years named in sentences
    assert document_year("2022年是关键的一年。二、2022年工作安排", "cn-gwr-2023", PACK)[0] == 2023
    # a date in the first lines' prose (the term began then) is no date of the document's
    term = "---\ntitle: 2008年政府工作报告\n---\n\n各位代表：\n\n本届政府2003年1月就职，任期即将结束。\n"
    assert document_year(term, "doc", PACK)[0] == 2008
    assert document_year("各位代表：\n本届政府2013年1月就职，任期即将结束。\n", "x-2018", PACK)[0] == 2018
    # a title naming the year the report reviews, its plan heading the next year's work
    reviewed = "---\ntitle: 2005年某省人民政府工作报告\n---\n\n一、“十五”工作回顾\n\n过去五年…\n\n三、2006年工作\n\n今年…\n"
    assert document_year(reviewed, "doc", PACK)[0] == 2006
    # a report titled by its own year, planning its year's work, stays
    own = "---\ntitle: 2006年某省人民政府工作报告\n---\n\n一、2005年工作回顾\n\n二、2006年工作安排\n"
    assert document_year(own, "doc", PACK)[0] == 2006


def test_a_row_of_figures_padded_with_spaces_is_not_joined_to_the_next_line():
    from extractor.api import extract_text
    text = "拖拉机 6.3 万台 35.5  \n集成电路 31292 万块 7.9  \n微型电子计算机 40.3 万台 9.1\n"
    assert [r.unit for r in extract_text(text)] == ["万台", "万块", "万台"]


def test_a_line_of_prose_ending_in_a_number_and_spaces_is_still_joined():
    from extractor.api import extract_text
    text = "全年全市规模以上工业增加值达到 1800  \n亿元，增长6%。\n"
    assert [(r.text.replace(" ", "").replace("\n", ""), r.unit) for r in extract_text(text)][0] == ("1800亿元", "亿元")


# Text taken from a PDF whose fonts draw some characters as radicals: Kangxi radicals (⼯ U+2F2F, ⼈ U+2F08,
# ⽣ U+2F63, ⼗ U+2F17, ⼆ U+2F06, ⾼ U+2F7C, ⽉ U+2F49) and simplified ones with no NFKC form (⻓ U+2ED3, ⻔ U+2ED4).
CLEAN = ("2024年全市工业增加值增长8%，生产总值达到1800亿元，新增城镇就业人口5万人，建成门诊十二个。"
         "力争2025年高新技术企业达到300家，人均可支配收入增长6%。")
AS_FROM_PDF = ("2024年全市⼯业增加值增⻓8%，⽣产总值达到1800亿元，新增城镇就业⼈⼝5万⼈，建成⻔诊⼗⼆个。"
               "力争2025年⾼新技术企业达到300家，⼈均可⽀配收⼊增⻓6%。")


def test_radicals_a_pdf_put_for_ideographs_read_as_the_ideographs():
    assert len(CLEAN) == len(AS_FROM_PDF) and CLEAN != AS_FROM_PDF
    assert normalise(AS_FROM_PDF, PACK).text == CLEAN
    fields = lambda r: (r.start, r.end, r.value, r.unit, r.indicator, r.kind, r.year, r.change, r.comparator)  # noqa: E731
    clean, read = extract_text(CLEAN, "t"), extract_text(AS_FROM_PDF, "t")
    assert [fields(r) for r in read] == [fields(r) for r in clean]
    assert [r.unit for r in read if r.value == 5] == ["万人"] and "⼈" in AS_FROM_PDF[read[2].start:read[2].end]
    assert all(AS_FROM_PDF[r.start:r.end] == r.text for r in read)
    assert {r.indicator for r in read} >= {"工业增加值", "高新技术企业"}  # names as a header writes them


def test_a_tables_radicals_read_as_ideographs_too():
    clean = "主要指标\n\n| 指标 | 单位 | 2025年目标 |\n|---|---|---|\n| 工业增加值增长 | % | 8 |\n| 城镇新增就业人数 | 万人 | 5 |\n"
    as_from_pdf = clean.replace("目", "⽬").replace("工", "⼯").replace("长", "⻓").replace("人", "⼈")
    fields = lambda r: (r.start, r.end, r.value, r.unit, r.indicator, r.kind, r.year, r.change)  # noqa: E731
    got = [fields(r) for r in extract_text(as_from_pdf, "t")]
    assert got == [fields(r) for r in extract_text(clean, "t")]
    assert [g[2:] for g in got] == [(8, "%", "工业增加值", "target", 2025, "increase"),
                                   (5, "万人", "城镇新增就业人数", "target", 2025, None)]


def test_a_title_with_radicals_names_the_document_kind():
    from extractor.core.identity import document_kind

    clean = "2025年政府工作报告\n\n各位代表：\n"
    assert document_kind(clean.replace("工", "⼯"), PACK) == document_kind(clean, PACK) is not None


def test_a_line_opening_with_one_space_before_characters_spaced_out_goes_on_the_line_before():
    """全年实现地⏎ 区 生 产 总 值215.3亿元 (a PDF's text): one name, not 区生产总值; an indented line still opens a paragraph."""
    text = "一、2022年工作回顾\n　　过去一年，全县经济运行稳中向好，全年实现地\n 区 生 产 总 值 215.3亿元，增长5.1%。\n"
    view = _check_map(text)
    assert "实现地区生产总值215.3亿元" in view.text
    assert {r.indicator for r in extract_text(text, "t", year=2023)} == {"地区生产总值"}


def test_straight_quotes_in_pairs_read_as_curly_ones():
    """出台"民营经济30条" is a quoted name (no count of 30 条), as with “…”; the record's text stays as written."""
    text = '出台"民营经济30条"，为企业减税降费42.3亿元。'
    assert normalise(text, PACK).text == "出台“民营经济30条”，为企业减税降费42.3亿元。"
    assert [r.text for r in extract_text(text, "t", year=2024)] == ["42.3亿元"]


def test_a_heading_spaced_out_after_a_line_that_runs_on_still_opens_a_section():
    """…城乡居民收入稳定增长⏎ 第 二 部 分  2026 年 工 作 安 排: the heading is no part of the sentence before it."""
    text = ("一、2025年工作回顾\n过去一年，全市新增就业岗位3万个，城镇登记失业率控制在3.5%，城乡居民收入稳定增长\n"
            " 第 二 部 分  2026 年 工 作 安 排\n全市地区生产总值增长6%。\n")
    assert "增长\n" in normalise(text, PACK).text
    got = {r.text: (r.kind, r.year) for r in extract_text(text, "t", year=2026)}
    assert got["3万个"] == ("achievement", 2025) and got["6%"] == ("target", 2026)
