"""How provincial reports of many years write their figures: list marks, footnotes, addresses,
openings of a review, a title naming the year reviewed. Sentences written for these tests."""
import pytest

from extractor.pipeline import extract_text, interpret_text


def _gdp(records):
    return [(r.kind, r.year, r.value, r.comparator) for r in records if r.metric == "gdp" and r.unit == "%"]


def test_list_marks_dashes_footnotes_and_verbs_are_no_part_of_an_indicator():
    text = ("2007年政府工作报告\n\n一、2006年工作回顾\n\n——全省实现生产总值2260亿元，增长11.5%。\n"
            "初步预计[1]全年地区生产总值增长11%左右。\n\n二、2007年工作安排\n\n"
            "今年的主要预期目标是：（1）生产总值增长10%左右；②城镇新增就业40万人。\n")
    got = [(r.indicator, r.metric) for r in extract_text(text)]
    assert got == [("生产总值", "gdp"), ("生产总值", "gdp"), ("地区生产总值", "gdp"), ("生产总值", "gdp"),
                   ("城镇新增就业", "urban_jobs")]


def test_a_paragraph_opening_with_an_address_then_today_is_a_plan():
    text = ("1997年政府工作报告\n\n一、1996年的政府工作和1997年的奋斗目标\n\n"
            "刚刚过去的1996年，全省国内生产总值增长10.5%。\n\n"
            "各位代表，今年是本届政府任期的最后一年。主要奋斗目标是：国内生产总值增长9%。\n")
    assert _gdp(extract_text(text)) == [("achievement", 1996, 10.5, "="), ("target", 1997, 9.0, "=")]


@pytest.mark.parametrize("text, year, expected", [
    # a work report opening a new term (未来五年, no 2018年工作安排 heading) still sets its year's targets
    ("2018年某省政府工作报告\n\n一、过去五年的工作\n\n过去五年，全省生产总值年均增长8%。\n\n"
     "二、未来五年，我们要奋力开创新局面\n\n未来五年，我们要推动高质量发展。\n\n"
     "今年是开局之年。要力争地区生产总值增长7%以上。\n\n（一）推动产业升级\n\n全年新建学校20所。\n\n（二）保障民生\n\n新增城镇就业50万人。\n",
     None, [("achievement", 2017), ("target", 2018), ("target", 2018), ("target", 2018)]),
    # a work report citing the plan proposal still reviews the year before
    ("---\ntitle: 2021年省政府工作报告\n---\n\n各位代表：\n\n一、2020年和“十三五”时期工作回顾\n\n"
     "根据省委《关于制定国民经济和社会发展第十四个五年规划的建议》，全省地区生产总值增长3.9%。\n",
     None, [("achievement", 2020)]),
    # so does one naming the proposal in its opening, outside 《》
    ("江苏省2006年政府工作报告\n\n各位代表：\n\n现在，我代表省人民政府向大会作工作报告。根据中共省委关于"
     "制定国民经济和社会发展第十一个五年规划的建议，省政府制定了规划纲要。\n\n一、过去一年的工作\n\n"
     "全省上市企业达到115家。\n",
     None, [("achievement", 2005)]),
    # a bold heading run into its first paragraph still opens the review
    ("---\ntitle: 某自治区政府工作报告\n---\n\n各位代表：\n\n**2011年工作回顾** 2011年是“十二五”开局之年。\n\n"
     "一、突出安居乐业，农牧民生产生活条件持续改善\n\n解决了20万农牧民的饮水安全问题。\n\n"
     "**2012年工作任务** 今年是关键之年。\n\n一、大力推进经济建设\n\n全年新建学校20所。\n",
     2012, [("achievement", 2011), ("target", 2012)]),
    # a review title keeps its numbered parts after a paragraph naming the year again
    ("某自治区政府工作报告\n\n**2013年工作回顾**\n\n2013年是关键的一年。\n\n"
     "**一、农牧业基础进一步夯实**\n\n财政支农资金达160.5亿元。\n\n**2014年工作安排**\n\n全年新建学校20所。\n",
     2014, [("achievement", 2013), ("target", 2014)]),
    # a paragraph stating the year's goals ends the review
    ("2005年某省政府工作报告\n\n**2004年工作回顾**\n\n2004年是关键的一年。\n\n"
     "**一、经济持续快速增长**\n\n生产总值增长12.7%。\n\n"
     "省政府拟定2005年经济社会发展的主要预期目标为：生产总值增长9%。\n\n"
     "**一、加强经济调节**\n\n全年新建学校20所。\n",
     None, [("achievement", 2004), ("target", 2005), ("target", 2005)]),
    # a paragraph stating the goals of the five years ahead ends a review no heading marked, and the
    # sections after it, with no mark of their own, plan to its last year
    ("---\ntitle: 2008年某自治区政府工作报告\n---\n\n各位代表：\n\n一、经济社会发展取得巨大成就的五年\n\n地区生产总值达到830亿元。\n\n"
     "二、奋力实现跨越式发展新目标\n\n在新的起点上实现新跨越。今后五年我们工作的总体要求是：\n\n"
     "三、加快发展现代农业，在社会主义新农村建设上取得重大进展\n\n发展设施农业100万亩。\n",
     None, [("achievement", 2007), ("target", 2012)]),
    # a word on the year before a look back over the term (今年是…最后一年。几年来，…) stays in the review
    ("---\ntitle: 2007年某省政府工作报告\n---\n\n**一、2006年工作回顾**\n\n全省生产总值增长14.7%。\n\n"
     "各位代表，今年是本届政府履行职责的最后一年。几年来，我们累计改造农村公路9.7万公里。\n\n"
     "**二、2007年的主要任务**\n\n全年新建学校20所。\n",
     None, [("achievement", 2006), ("achievement", 2006), ("target", 2007)]),
    # a part of a review naming the plan under way reviews the work done for it
    ("---\ntitle: 某省2007年政府工作报告\n---\n\n**一、2006年工作回顾**\n\n全省生产总值增长11.8%。\n\n"
     "(二)围绕“十一五”规划，抓紧实施支柱产业和重大项目的战略布局\n\n全年新开工重点项目120个。\n\n"
     "**二、2007年经济社会发展的目标任务**\n\n全年新建学校20所。\n",
     None, [("achievement", 2006), ("achievement", 2006), ("target", 2007)]),
    # a communiqué's numbered parts stay the review its title opens
    ("中华人民共和国2024年国民经济和社会发展统计公报\n\n国家统计局\n\n2025年2月28日\n\n"
     "2024年是关键的一年。\n\n一、综合\n\n全年国内生产总值1349084亿元，比上年增长5.0%。\n",
     None, [("achievement", 2024), ("achievement", 2024)]),
    # a heading naming a plan and this year's work gives each part its year
    ("2011年某省政府工作报告\n\n二、“十二五”时期发展目标和今年主要工作\n\n"
     "全省经济社会发展的主要目标是：地区生产总值年均增长11%。\n\n"
     "各位代表：今年是实施“十二五”规划的第一年。\n\n（一）深入实施区域发展战略\n\n外贸出口总额突破500亿美元。\n",
     None, [("target", 2015), ("target", 2011)]),
    # a numbered bold heading run into a paragraph that names the period plans the period; a heading
    # to begin the period well (确保“十二五”实现良好开局) plans its first year, the document's own
    ("---\ntitle: 某省2011年政府工作报告\n---\n\n**一、克难奋进，取得显著成绩**\n\n刚刚过去的2010年，全省生产总值增长12%。\n\n"
     "**二、开拓创新，推动科学发展** “十二五”时期是关键时期。全省生产总值年均增长10%以上。\n\n"
     "**三、真抓实干，确保“十二五”实现良好开局** 今年是实施“十二五”规划的第一年。\n\n"
     "（一）夯实农业基础\n\n全年新建学校20所。\n",
     2011, [("achievement", 2010), ("target", 2015), ("target", 2011)]),
    # a short line all in bold heads a review though it has no number; the numbered parts after it stay in it
    ("---\ntitle: 2011年某省人民政府工作报告\n---\n\n过去的一年，我们攻坚克难。\n\n**“十二五”发展实现良好开局**\n\n"
     "2011年是“十二五”开局之年。\n\n**一、经济持续较快发展**\n\n全年新建学校20所。\n\n"
     "2012年是承上启下的重要一年。\n\n**一、加快区域协调发展**\n\n全年新建学校25所。\n",
     2012, [("achievement", 2011), ("target", 2012)]),
])
def test_which_part_of_a_report_a_value_is_read_in(text, year, expected):
    assert [(r.kind, r.year) for r in extract_text(text, year=year)] == expected


def test_a_title_naming_the_year_the_report_reviews():
    text = "---\ntitle: 2003年某省人民政府工作报告\n---\n\n一、2003年工作回顾\n\n全省生产总值增长11.8%。\n"
    got = interpret_text(text)
    assert got.year == 2004 and "reviewing" in got.year_source
    assert _gdp(got.records) == [("achievement", 2003, 11.8, "=")]


def test_a_baseline_year_said_before_the_metric_is_no_part_of_it():
    text = "2011年政府工作报告\n\n一、2010年工作回顾\n\n与2005年相比，财政收入增长80%。2010年比2005年工业增加值增长50%。\n"
    assert [r.indicator for r in extract_text(text)] == ["财政收入", "工业增加值"]


def test_targets_stated_with_a_comparison_to_last_year_stay_targets():
    text = ("2021年政府工作报告\n\n三、2021年重点工作\n\n"
            "2021年经济社会发展的主要预期目标是：全区地区生产总值同比增长6.5%左右。去年地区生产总值同比增长3.4%。\n")
    assert _gdp(extract_text(text)) == [("target", 2021, 6.5, "~"), ("achievement", 2020, 3.4, "=")]


@pytest.mark.parametrize("text, expected", [
    # a subheading of the review that names key work (（五）着力推进三项重点工作) stays in the review
    ("2019年政府工作报告\n\n一、2018年工作回顾\n\n（五）着力推进三项重点工作\n\n全区地区生产总值增长6.1%。\n\n"
     "二、2019年重点工作\n\n（一）今年的重点任务\n\n全区地区生产总值增长6.5%左右。\n",
     [("achievement", 2018, 6.1, "="), ("target", 2019, 6.5, "~")]),
    # a period begun well is reviewed though it has not ended
    ("2017年政府工作报告\n\n——“十三五”开局良好，全省地区生产总值增长10.5%。\n\n"
     "二、2017年工作安排\n\n全省地区生产总值增长10%左右。\n",
     [("achievement", 2016, 10.5, "="), ("target", 2017, 10.0, "~")]),
    # numbered parts of an unnumbered review title stay in the review
    ("2019年政府工作报告\n\n2018年工作回顾\n\n一、坚持打好三大攻坚战\n\n全区地区生产总值增长9.1%。\n\n"
     "2019年工作安排\n\n一、主要预期目标\n\n全区地区生产总值增长10%左右。\n",
     [("achievement", 2018, 9.1, "="), ("target", 2019, 10.0, "~")]),
    # goals stated inside a review section are targets
    ("2009年政府工作报告\n\n一、2008年工作回顾\n\n全省生产总值增长11%。\n\n"
     "综合考虑各方面因素，今年全省经济社会发展的主要预期目标建议为：生产总值增长9%。\n",
     [("achievement", 2008, 11.0, "="), ("target", 2009, 9.0, "=")]),
], ids=["review-subheading", "period-begun-well", "unnumbered-review-title", "goals-in-review"])
def test_which_section_a_value_is_read_in(text, expected):
    assert _gdp(extract_text(text)) == expected


def test_a_growth_goal_and_a_first_arrangement_name_the_metric():
    text = ("2002年政府工作报告\n\n二、2002年工作安排\n\n今年全省国内生产总值增长的预期目标为8.5%。"
            "初步安排全省生产总值增长9%以上。全省经济增长预期目标确定为10%。完成年度目标的95%。\n")
    got = [(r.indicator, r.metric, r.change) for r in extract_text(text)]
    # a topic's growth named with its goal keeps the growth word, as 经济增长8% does (growth_of_topic)
    assert got[:3] == [("国内生产总值", "gdp", "increase"), ("生产总值", "gdp", "increase"), ("经济增长", "gdp", "increase")]
    assert "目标" in got[3][0]


def test_a_look_back_inside_a_plan_reviews_only_its_own_paragraph():
    """Under a plan heading, a paragraph that looks back (过去的一年，…; after a motto of its own too)
    reports the past; the plan goes on after it."""
    text = ("2014年某区政府工作报告\n\n一、2013年工作回顾\n\n一年来，全区新建学校12所。\n\n"
            "二、2014年工作安排\n\n今年全区新建学校15所。\n\n"
            "为民务实是我们的根本职责。过去的一年，我们建立健全议事决策等13项制度。\n\n"
            "过去的一年，我们清理收费项目20项。\n\n我们将精简会议文件30%。\n")
    got = {r.text: (r.kind, r.year) for r in extract_text(text)}
    assert got == {"12所": ("achievement", 2013), "15所": ("target", 2014), "13项": ("achievement", 2013),
                   "20项": ("achievement", 2013), "30%": ("target", 2014)}


def test_a_clause_in_a_plan_that_says_what_was_done_reports_the_past():
    """提高了, 建成了…: a verb done (了) in a plan section reports the past, as 去年 does."""
    text = ("2016年某省政府工作报告\n\n一、2015年工作回顾\n\n一年来，全省新建学校12所。\n\n"
            "二、“十三五”时期主要目标\n\n到2020年，科技进步贡献率达到60%。"
            "这几年，我省科技进步贡献率提高了6.5个百分点。\n")
    got = {r.text: r.kind for r in extract_text(text)}
    assert got == {"12所": "achievement", "6.5个百分点": "achievement", "60%": "target"}


def test_a_span_of_years_after_a_cue_dates_its_targets_at_the_span_end():
    assert [r.year for r in extract_text("今年，力争三年累计完成工业投资5000亿元。", year=2021)] == [2023]
    assert [r.year for r in extract_text("今年，确保九年义务教育巩固率达到95%。", year=2021)] == [2021]


def test_a_heading_of_the_coming_years_goals_dates_its_targets_at_the_span_end():
    text = ("2013年政府工作报告\n\n**二、今后五年工作总体要求**\n\n城镇化率达到58%以上。\n\n"
            "**三、2013年主要工作**\n\n新建学校20所。\n")
    assert [(r.text, r.year) for r in extract_text(text)] == [("58%", 2017), ("20所", 2013)]


@pytest.mark.parametrize("text, doc_year, year", [
    ("力争到2017年城乡居民人均收入在2010年基础上增长1.3倍。", 2013, 2017),
    ("过去一年，与2013年基准数相比，全省空气质量优良天数增加33天。", 2018, 2017),
    ("过去一年，按2300元（2010年不变价）的农村贫困标准计算，农村贫困人口减少40万人。", 2018, 2017),
    ("过去一年，成功抗击仅次于1954年的大洪水，3.18万水毁住房群众全部搬进新居。", 2017, 2016),
    ("过去一年，全市市场主体达到12万户，比改革前的2013年增长80%。", 2018, 2017),
    ("全市服务业增加值比重2019年提高到52%。", 2020, 2019),  # 比重 is no 比 of a baseline
])
def test_a_year_named_as_a_baseline_dates_no_value(text, doc_year, year):
    assert {r.year for r in extract_text(text, year=doc_year) if r.unit != "元"} == {year}


@pytest.mark.parametrize("text, doc_year, year", [
    # only 今年 (a target's) or 去年 (an achievement's) after the year is nearer: not 全年, 年内 or a baseline's 上年
    ("确保2026年全省全年地区生产总值突破1万亿元。", 2025, 2026),
    ("到2027年，全省各县年内新增的养老床位全部达标，护理型床位占比达到60%。", 2025, 2027),
    ("过去一年，我们扎实工作。2020年，全省粮食产量高于上年水平，达到680亿斤。", 2022, 2020),
    ("过去一年，我们扎实工作。2019年启动垃圾分类试点，从去年起在全市推开，居民小区覆盖率达到38%。", 2022, 2021),
    # a part of a year (前三季度, 前10个月) is of that year, not before it
    ("过去一年，我们扎实工作。2013年前三季度，全省规模以上工业增加值增长12.1%。", 2015, 2013),
])
def test_a_relative_year_after_a_named_one(text, doc_year, year):
    assert {r.year for r in extract_text(text, year=doc_year)} == {year}


def test_a_fall_of_a_named_rate_of_rise_is_a_decrease():
    got = {r.text: r.change for r in extract_text("全年物价涨幅为2.9%，比上年回落1.2个百分点。", year=2013)}
    assert got == {"2.9%": "increase", "1.2个百分点": "decrease"}


@pytest.mark.parametrize("text, value, change", [
    ("全年为企业降低用电成本500多亿元。", "500多亿元", "decrease"),
    ("全年为企业降低成本500多亿元。", "500多亿元", None),  # the cut its name says (为企业降低成本) is no change
    ("减轻企业负担800亿元。", "800亿元", None),
    ("省本级行政权力事项精简63.6%。", "63.6%", "decrease"),
    ("一般性支出按照不低于5%的比例压减。", "5%", "decrease"),
])
def test_cuts_of_costs_and_of_shares(text, value, change):
    assert {r.text: r.change for r in extract_text(text, year=2019)}[value] == change


def test_a_period_under_way_named_inside_a_review_starts_no_plan():
    """A review of the period's second year that opens a paragraph with the period's name
    (“十三五”是…关键时期。我们…) still reports; a report opening the period plans with it."""
    text = ("2017年某区政府工作报告\n\n一、2016年工作回顾\n\n一年来，全区新建学校12所。\n\n"
            "“十三五”是全面建成小康社会的关键时期。我们筹集资金15.6亿元，实施易地扶贫搬迁2.6万人。\n\n"
            "二、2017年工作安排\n\n今年全区新建学校15所。\n")
    got = {r.text: (r.kind, r.year) for r in extract_text(text)}
    assert got == {"12所": ("achievement", 2016), "15.6亿元": ("achievement", 2016), "2.6万人": ("achievement", 2016),
                   "15所": ("target", 2017)}
    opening = text.replace("2017年某区", "2016年某区").replace("2016年工作回顾", "2015年工作回顾") \
        .replace("2017年工作安排", "2016年工作安排")
    assert {r.text: r.kind for r in extract_text(opening)}["15.6亿元"] == "target"


def test_a_year_named_before_the_clause_is_the_years_of_a_rate_against_the_year_before_it():
    text = ("某市2019年国民经济和社会发展统计公报\n\n全年地区生产总值5000亿元。\n\n"
            "2017年，全市文化产业增加值210亿元，比上年增长8.5%。\n")  # the latest figure of a slow statistic
    got = {r.text: r.year for r in extract_text(text, year=2020)}
    assert got["210亿元"] == got["8.5%"] == 2017
    said = "某市2019年国民经济和社会发展统计公报\n\n2017年，全市体育产业增加值80亿元，与上年相比增长6.5%。\n"
    assert {r.year for r in extract_text(said, year=2020)} == {2017}


def _completion(header: str, row: str, caption: str = "2024年十件民生实事完成情况") -> str:
    return ("2025年政府工作报告\n\n一、2024年工作回顾\n\n" f"{caption}\n\n{header}\n| --- | --- | --- |\n{row}\n")


@pytest.mark.parametrize("text, value, kind, year", [
    # the tasks' column of a completion table: the year's target; its progress column: what was done
    (_completion("| 重点事项 | 牵头单位 | 实际进度 |", "| 一、新建公办幼儿园20所 | 市教育局 | 建成公办幼儿园23所。 |"), 20, "target", 2024),
    (_completion("| 重点事项 | 牵头单位 | 实际进度 |", "| 一、新建公办幼儿园20所 | 市教育局 | 建成公办幼儿园23所。 |"), 23, "achievement", 2024),
    # a column of goals is no column of tasks: a plan's progress table holds the goals of its period
    (_completion("| 工作 | 目标 | 进展 |", "| 科技创新 | 新建重点实验室10个 | 新建重点实验室12个。 |"), 10, "achievement", 2024),
    # no progress column: no completion table
    (_completion("| 重点事项 | 牵头单位 | 备注 |", "| 一、新建公办幼儿园20所 | 市教育局 | 建成公办幼儿园23所。 |"), 20, "achievement", 2024),
    # the year the caption names
    (_completion("| 重点事项 | 牵头单位 | 完成情况 |", "| 一、新建公办幼儿园20所 | 市教育局 | 建成23所。 |", "2023年民生实事完成情况"),
     20, "target", 2023),
    # a line of prose above the table is no caption; a period the caption names gives its end
    (_completion("| 重点事项 | 牵头单位 | 完成情况 |", "| 一、新建公办幼儿园20所 | 市教育局 | 建成23所。 |",
                 "截至2025年1月底，2024年十件民生实事完成情况如下："), 20, "target", 2024),
    (_completion("| 主要任务 | 牵头单位 | 进展情况 |", "| 新建保障性住房5万套 | 市住建局 | 已建成3万套。 |",
                 "“十四五”规划中期主要任务进展情况"), 5, "target", 2025),
    # a calendar year is no span of years; an aside or the ground of a task in its cell is no task
    (_completion("| 重点事项 | 牵头单位 | 完成情况 |", "| 一、2024年内改造老旧小区100个 | 市住建局 | 改造126个。 |"), 100, "target", 2024),
    (_completion("| 重点事项 | 牵头单位 | 完成情况 |", "| 一、在2023年建成30所基础上新建公办幼儿园20所 | 市教育局 | 建成23所。 |"),
     30, "achievement", 2023),
    (_completion("| 重点事项 | 牵头单位 | 完成情况 |", "| 一、新建公办幼儿园20所（截至11月已建成18所） | 市教育局 | 建成23所。 |"),
     18, "achievement", 2024),
    # a Word or HTML table, its cells split by tabs, its header opening with an empty cell
    ("2025年政府工作报告\n\n一、2024年工作回顾\n\n2024年民生实事完成情况\n\t重点事项\t完成情况\n"
     "1\t新建公办幼儿园20所\t建成公办幼儿园23所。\n", 20, "target", 2024),
])
def test_a_completion_tables_tasks_are_the_targets_of_the_year_it_reports(text, value, kind, year):
    got = [(r.kind, r.year) for r in extract_text(text) if r.value == value]
    assert got == [(kind, year)]


def test_a_long_completion_table_is_read_to_its_last_row():
    rows = "".join(f"| {n}、新建公办幼儿园{n}所 | 市教育局 | 建成{n + 1000}所。 |\n" for n in range(1, 601))
    got = {(r.kind, r.year) for r in extract_text(_completion("| 重点事项 | 牵头单位 | 完成情况 |", rows)) if r.value < 1000}
    assert got == {("target", 2024)}
