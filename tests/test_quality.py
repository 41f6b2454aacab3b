"""Extraction quality on annotated documents: the seeds (../shared/gold) and documents of
the development corpus annotated by hand (tests/devgold, made without looking at the
extractor's output). Floors sit just under the figures measured when they were set, so
a change that loses ground fails; a document's floors are raised as its scores are."""
import tomllib
from pathlib import Path

import pytest

from extractor.devtools.scoring import Score, load_gold, score
from extractor.pipeline import extract_document
from extractor.reading import read_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEVGOLD = ROOT / "tests" / "devgold"
WHERE = tomllib.loads((DEVGOLD / "documents.toml").read_text(encoding="utf-8"))["documents"]

ISSUE_BAR = {"precision": 0.95, "recall": 0.95, "kind": 0.97, "indicator": 0.90, "year": 0.90, "comparator": 0.95,
             "change": 0.95, "basis": 0.97, "strict": 0.90}
DEV_BAR = {"precision": 0.95, "recall": 0.95, "kind": 0.95, "indicator": 0.78, "year": 0.93, "comparator": 0.95,
           "change": 0.95, "basis": 0.97, "strict": 0.75}
FLOORS = {
    "zhoukou-2021-party-congress-report": ISSUE_BAR,
    "zhoukou-2025-cppcc-speech": dict(ISSUE_BAR, kind=0.95, year=0.95),  # two values spliced into the plan
    # annotated after the rules they test were written: floors at their first scores, raised as they rise
    "cpc17-report-2007": dict(DEV_BAR, indicator=0.66, strict=0.66),  # three records: one indicator is one third
    # shares named by the value before
    "plan-1953-ch2": dict(DEV_BAR, indicator=0.35, basis=0.94, strict=0.3),
    "shantou-gwr-2023": dict(DEV_BAR, indicator=0.74, strict=0.73),
    "hebei-gwr-2013": dict(DEV_BAR, basis=0.95),  # 累计 carried over clauses by the annotator
    "guangdong-gwr-2016": dict(DEV_BAR, basis=0.90, strict=0.71),  # 累计 and 五年 carried over clauses too
    "hebei-gwr-2021": dict(DEV_BAR, precision=0.93),  # counts of a plan's fields (10个重点领域) and thresholds
    "xinjiang-gwr-2019": dict(DEV_BAR, precision=0.92),  # background counts (确保了5700公里边境线的安全)
    "shanxi-gwr-2013": dict(DEV_BAR, basis=0.95),
    # a bare 共 is one year's sum in 65 of the 82 devgold sentences that say it, a five-year total only where
    # the sentence names the span (basis.total_in_span); these annotators read it the other way round
    "hunan-gwr-2018": dict(DEV_BAR, basis=0.95),  # 共引进企业6000多家 in the five-year review: cumulative
    # 五年来，…共办理省人大代表建议2286件: none; so its annotator read every clause of a sentence 五年来 opens,
    # which basis.span_opening_sentence reads as totals over the span, as most devgold annotators do (+123 net)
    "qinghai-gwr-2013": dict(DEV_BAR, basis=0.92),
    "shanxi-gwr-2023": dict(DEV_BAR, basis=0.96),  # likewise: 五年来，…净增规上工业企业3700户: none
    "xinjiang-gwr-2021": dict(DEV_BAR, basis=0.90),  # 累计 and 五年累计 carried over a list's clauses (first score .912)
    "xinjiang-gwr-2016": dict(DEV_BAR, basis=0.90),  # 累计 and 五年来 carried over clauses too  # 5年 and 累计 carried over clauses too (a rule doing so lost 16 net)
    # their annotators named a row of a kind with its measure (钢材出口数量), as the tables do now;
    # cn-communique-2008's named the row alone (钢材): it lost indicators to that
    "cn-communique-2013": dict(DEV_BAR, indicator=0.88, strict=0.86),  # rows of kinds named with their measure
    "cn-communique-2019": dict(DEV_BAR, indicator=0.88, strict=0.88),  # likewise (0.727 / 0.718 at its first score)
    "cn-communique-2022": dict(DEV_BAR, indicator=0.88, strict=0.87),  # likewise (0.759 / 0.752 at its first score)
    # its annotator took the glossary's (名词注释) own figures as required records; the nine other
    # glossaries' annotators left them out or optional, and so does drop.glossary
    "liaoning-gwr-2013": dict(DEV_BAR, recall=0.87),
    # names of programmes said clauses away (东西部扶贫协作, “千村示范、万村整治”): first score strict .747
    "guangdong-gwr-2019": dict(DEV_BAR, strict=0.74),
    # reports of May 2020: COVID background and policies named by counts (民营经济20条) read as records;
    # ratios written 1.6∶1 and names of programmes clauses away. Floors at their first scores (at d009984)
    "sichuan-gwr-2019": dict(DEV_BAR, precision=0.93),
    # a paragraph of the challenges ahead counts background (我区有17万应届大学生毕业, 158万残疾人): first score .937
    "neimenggu-gwr-2025": dict(DEV_BAR, precision=0.93),
    # the twentieth round's 2011 reports: their annotators took 五年, 先后, “十一五”时期 and a clause's 累计
    # as cumulative for every clause after it (5年共关停…，淘汰…); floors at their scores now
    "guangdong-gwr-2011": dict(DEV_BAR, basis=0.95, strict=0.74),
    "hunan-gwr-2011": dict(DEV_BAR, basis=0.94),
    "jiangxi-gwr-2011": dict(DEV_BAR, basis=0.93, strict=0.74),
    "shaanxi-gwr-2011": dict(DEV_BAR, basis=0.96),
    "shandong-gwr-2011": dict(DEV_BAR, basis=0.93),
    "shanxi-gwr-2011": dict(DEV_BAR, basis=0.87, strict=0.65),
    "yunnan-gwr-2011": dict(DEV_BAR, basis=0.95),
    "zhejiang-gwr-2011": dict(DEV_BAR, basis=0.95),
    "hainan-gwr-2011": dict(DEV_BAR, strict=0.74),  # ‰ garbled to %。 recorded as ‰ by its annotator, and 五年 as above
    # 翻1.2番 written as doublings, required by its annotator (most leave 翻一番 out or optional: a rule
    # reading them lost 38 net in precision)
    "guangxi-gwr-2011": dict(DEV_BAR, recall=0.89),
    "yunnan-gwr-2020": dict(DEV_BAR, strict=0.73),
    # counts of the plan's own parts said again and again (十二个产业), a policy's articles (三十三条实施细则)
    "hainan-gwr-2018": dict(DEV_BAR, precision=0.93),
    # its annotator took 五年 in a clause as cumulative (五年造林636万亩); first score basis .962
    "ningxia-gwr-2013": dict(DEV_BAR, basis=0.95),
    # counts of the plan's own parts (10项32件实事) and scope counts (全省58个重大项目预计完成投资): first score P .948
    "gansu-gwr-2012": dict(DEV_BAR, precision=0.94),
    # cut verbs before a count (再压减生铁产能387万吨) left as levels by its annotator: first score change .928
    "shandong-gwr-2017": dict(DEV_BAR, change=0.93),
    # a change from a named year taken as a total by its annotator (较2017年增长65%; two others of the
    # round read it as none, as the rules do): first score basis .968
    "shaanxi-gwr-2023": dict(DEV_BAR, basis=0.96),
    # counts its annotator read as background (rounds of a reform, a province's mineral reserves) and
    # names of money and counts said clauses away: first score P .927, indicator .755, strict .707
    "heilongjiang-gwr-2015": dict(DEV_BAR, precision=0.92, indicator=0.74, strict=0.70),
    "shandong-gwr-2020": dict(DEV_BAR, precision=0.92),  # blind: a background paragraph of standing counts (普通高校146所) at .921
    "hainan-gwr-2022": dict(DEV_BAR, recall=0.77, strict=0.75),  # blind: its annotator took the notes' (注释) own figures as records
    "neimenggu-gwr-2013": dict(DEV_BAR, basis=0.90),  # blind: 五年累计 carried over the clauses after it (measured worse before)
    "jiangxi-gwr-2018": dict(DEV_BAR, basis=0.96),  # blind: 五年中…共 and 累计 carried over the clauses after them (first score .962)
    # blind: a count of the plan's own parts said four times in Chinese numerals (十二个重点产业; a rule
    # dropping counts said three times or more lost 13 required for 20 spurious): first score P .937
    "hainan-gwr-2019": dict(DEV_BAR, precision=0.94),
    "xizang-gwr-2018": dict(DEV_BAR, basis=0.95),  # blind: 累计 and 五年共 carried over the clauses after them (.957)
    # blind, 2010: margins over the provincial average named with 高于…平均水平, programmes' figures named
    # with the programme two clauses back (first score indicator .750, strict .733)
    "guangdong-gwr-2010": dict(DEV_BAR, indicator=0.75, strict=0.73),
    "plan-2016-part1": dict(DEV_BAR, recall=0.66),  # blind, three required records, one a doubling 翻一番 (番 as a unit lost 38 net)
    "sichuan-gwr-2010": dict(DEV_BAR, basis=0.93),  # blind: 五年累计 and 五年共 carried over the clauses after them (.938)
    "zhejiang-gwr-2010": dict(DEV_BAR, change=0.93),  # blind: 参保人数分别新增138万… left no change by its annotator (.939)
    # blind, 2010: a 十件实事 list's money named by purposes its annotator summed up (筹措资金10亿元，继续对
    # 存在安全隐患的中小学校舍进行… -> 中小学校舍安全改造资金), counts named by what the counted did
    "guangxi-gwr-2010": dict(DEV_BAR, indicator=0.74, strict=0.71),
    "neimenggu-gwr-2010": dict(DEV_BAR, indicator=0.77),  # blind: counts named by what they did, turned round by its annotator
    "shanxi-gwr-2010": dict(DEV_BAR, indicator=0.76, basis=0.96, strict=0.71),  # blind: the same; 两年 and “十一五” spans as cumulative
    "gansu-gwr-2009": dict(DEV_BAR, precision=0.94),  # blind: the earthquake's damage (10个市州, 370人) left out as background
    # blind, 2009: 十件实事 lists' money named by purposes its annotators summed up, counts of projects named by
    # the sector a sentence before (开工建设峡江水利枢纽等6个项目 -> 开工建设农林水项目)
    "guangxi-gwr-2009": dict(DEV_BAR, indicator=0.72, strict=0.69),
    "jiangxi-gwr-2009": dict(DEV_BAR, indicator=0.73, strict=0.69),
    # blind: a 今明两年 programme's items in the sentences after it dated 2010 and cumulative by its annotator
    "shanxi-gwr-2009": dict(DEV_BAR, year=0.79, basis=0.77, strict=0.62),
    # blind, 2007-2009 (the twenty-third round): counts of people and places named by what was done for them,
    # turned round by their annotators (解决了32个乡镇通公路问题 -> 解决通公路问题的乡镇), and money named by purposes
    # they summed up (省财政新增安排1亿元资金，对…教师发放特殊津贴 -> 边远地区教师特殊津贴资金)
    "xizang-gwr-2009": dict(DEV_BAR, indicator=0.76, strict=0.74),
    "jiangxi-gwr-2008": dict(DEV_BAR, indicator=0.73, strict=0.66),
    "shanxi-gwr-2007": dict(DEV_BAR, indicator=0.75, strict=0.72),
    # blind: 五年 and 五年来 carried over the clauses after them as cumulative by their annotators
    "jiangsu-gwr-2008": dict(DEV_BAR, basis=0.95),
    "hunan-gwr-2008": dict(DEV_BAR, basis=0.95),
    "shaanxi-gwr-2008": dict(DEV_BAR, basis=0.92, strict=0.69),
    "heilongjiang-gwr-2008": dict(DEV_BAR, basis=0.94),
    "neimenggu-gwr-2008": dict(DEV_BAR, basis=0.93),
    # blind: counts of places meeting a threshold and restated targets left out (14个市县地方一般预算收入增长30%以上),
    # thresholds of a class in a list (年销售收入过10亿元、5亿元和出口创汇过1000万美元的龙头企业), the counts of a
    # 实事 list's parts (着力办好4件实事，主要包括：) and background (11个重点城市, 三万里)
    "hainan-gwr-2009": dict(DEV_BAR, precision=0.93),
    "shanxi-gwr-2008": dict(DEV_BAR, precision=0.94),
    "hubei-gwr-2007": dict(DEV_BAR, precision=0.93),
    "jiangxi-gwr-2007": dict(DEV_BAR, precision=0.91, strict=0.74),
    # blind: list tables whose header is broken over two lines (- **行业名称** **合同项目\n（企业）（个）** …,
    # - 指 标 全 国（%）\n- 城 市 农 村): their cells read with no header, so no unit and the wrong name
    "cn-communique-2006": dict(DEV_BAR, precision=0.91, recall=0.92),
    "cn-communique-2005": dict(DEV_BAR, recall=0.94),
    "cn-communique-2004": dict(DEV_BAR, recall=0.94),
    # blind, 2001, 2005 and 2006 (the twenty-fourth round): their annotators took 五年, 累计, 共 and “十五”期间 as
    # cumulative for the clauses after them in the sentence (a rule doing so lost 639 net on the other documents)
    "anhui-gwr-2006": dict(DEV_BAR, basis=0.93),
    "gansu-gwr-2001": dict(DEV_BAR, basis=0.91),
    "hainan-gwr-2001": dict(DEV_BAR, basis=0.95),
    "hebei-gwr-2006": dict(DEV_BAR, basis=0.95),
    "hunan-gwr-2006": dict(DEV_BAR, basis=0.96),
    "jiangsu-gwr-2006": dict(DEV_BAR, basis=0.95),
    "jilin-gwr-2006": dict(DEV_BAR, basis=0.95),
    "neimenggu-gwr-2001": dict(DEV_BAR, basis=0.89),
    "qinghai-gwr-2006": dict(DEV_BAR, basis=0.92),
    "shaanxi-gwr-2006": dict(DEV_BAR, basis=0.96),
    "shandong-gwr-2001": dict(DEV_BAR, basis=0.87),
    # 累计 carried to the noun clauses after it (累计制定规章69件，提请…法规议案54件): gold keeps it on the first
    # clause alone in these; over the 594 the rule (basis.shared_verb) puts 80 more bases right than wrong
    "shandong-gwr-2007": dict(DEV_BAR, basis=0.95),
    "zhejiang-gwr-2016": dict(DEV_BAR, basis=0.96),
    "hunan-gwr-2023": dict(DEV_BAR, basis=0.96),
    "shandong-gwr-2005": dict(DEV_BAR, basis=0.96),
    "shandong-gwr-2006": dict(DEV_BAR, basis=0.93),
    "sichuan-gwr-2005": dict(DEV_BAR, basis=0.95),
    "guangdong-gwr-2006": dict(DEV_BAR, basis=0.91, strict=0.72),
    "liaoning-gwr-2001": dict(DEV_BAR, basis=0.93, strict=0.73),  # and targets split among named cities
    "shanxi-gwr-2006": dict(DEV_BAR, basis=0.92, strict=0.67),  # and housing counts named by their programme
    # blind: 实事 lists' money and counts named by the purposes and programmes their annotators summed up
    # (筹措1.6亿元资金，对5000名左右晚血病人实施免费治疗 -> 血吸虫病防治资金)
    "hubei-gwr-2005": dict(DEV_BAR, indicator=0.69, strict=0.68),
    "hubei-gwr-2006": dict(DEV_BAR, indicator=0.74, strict=0.70),
    "guangdong-gwr-2005": dict(DEV_BAR, indicator=0.77),
    # blind: scope counts of a programme's parts (省定的90家重点企业、90个重点项目) and of lists (列入国家520户…)
    "fujian-gwr-2001": dict(DEV_BAR, precision=0.90),
    # blind: capacities in the descriptions of projects to be built (年产100万吨的木浆厂) and 五年 carried over clauses
    "hainan-gwr-2006": dict(DEV_BAR, precision=0.93, strict=0.73, basis=0.87),
    # its source garbles 36 of its numbers ($1.$2); its annotator made them optional
    "gansu-gwr-2006": dict(DEV_BAR, precision=0.72, strict=0.55, year=0.78),
    # its annotator took its glossary's (名词解释和说明) figures as required, as liaoning-gwr-2013's did
    "sichuan-gwr-2006": dict(DEV_BAR, recall=0.69, strict=0.62),
    # 当年增收突破100亿元 and 当年增产500万吨 read as rises of the total before by its annotator, 人均政策性增收 as a name
    "anhui-gwr-2005": dict(DEV_BAR, change=0.93),
    # blind, 2005: names their annotators summed up (“珠洽会”、“海洽会”共签约项目 -> 珠洽会海洽会签约项目, 省财政用于教育、
    # 科技…事业的建设性投资 -> 社会事业建设性投资), 共 and 因此 left in names, project capacities read as records
    "hainan-gwr-2005": dict(DEV_BAR, precision=0.93, indicator=0.69, strict=0.62, basis=0.95),
    "qinghai-gwr-2005": dict(DEV_BAR, indicator=0.74, strict=0.74),
}


def _paths(doc: str) -> tuple[Path, Path]:
    if doc.startswith("zhoukou"):
        return ROOT / "data" / f"{doc}.txt", SHARED / "gold" / f"{doc}.jsonl"
    where, _, rel = WHERE.get(doc, f"corpus:{doc}.txt").partition(":")
    base = SHARED / "corpus" if where == "corpus" else DEVGOLD / "docs"
    return base / rel, DEVGOLD / f"{doc}.jsonl"


CASES = sorted({*FLOORS, *(p.stem for p in DEVGOLD.glob("*.jsonl"))})


def _score(doc: str) -> Score:
    path, gold = _paths(doc)
    assert path.exists() and gold.exists(), f"needs {path} and {gold} (../shared beside the repo)"
    document = read_document(path)
    return score(doc, extract_document(document).records, load_gold(gold, document.text))


@pytest.mark.parametrize("doc", CASES)
def test_quality_floor(doc):
    s = _score(doc)
    floors = FLOORS.get(doc, DEV_BAR)
    got = {"precision": s.precision, "recall": s.recall, "kind": s.accuracy("kind"),
           "indicator": s.accuracy("indicator"), "year": s.accuracy("year"),
           "comparator": s.accuracy("comparator"), "change": s.accuracy("change"), "basis": s.accuracy("basis"),
           "strict": Score.f1(s.strict_precision, s.strict_recall)}
    low = {k: round(v, 3) for k, v in got.items() if v < floors[k]}
    assert not low, f"{doc}: below the floor: {low} (floors {floors})"


def test_strict_f1_over_the_work_reports():
    """Strict F1 over the seeds and the provincial, national and district reports."""
    docs = [d for d in CASES if d not in ("plan-1953-ch2", "cpc17-report-2007", "cpc18-report-2012")]
    scores = [_score(doc) for doc in docs]
    matched = sum(len(s.required_pairs) for s in scores)
    predicted = matched + sum(len(s.spurious) for s in scores)
    required = sum(s.gold_required for s in scores)
    strict = sum(s.strict_ok for s in scores)
    assert Score.f1(strict / predicted, strict / required) >= 0.85


SECOND = sorted(p.stem for p in (DEVGOLD / "second").glob("*.jsonl"))


def test_second_annotations_load_and_hold_the_indicator_floor():
    """The second blind annotations (tests/devgold/second, of devgold documents by other annotators): each loads
    against its document, and the extractor's mean indicator accuracy over them stays at its floor (0.902 over
    the first eight when they were made; 0.900 over the seventeen once the sixty-fifth round's city, district,
    first-year-of-a-plan reports and a statistical communique came in, over the eighteen with the
    sixty-sixth's Guangzhou report of 2018, and 0.905 over the twenty-two with the sixty-seventh's reports of 2026
    of Jiangxi, Ningxia and Guizhou, the first of the fifteenth plan, and Hubei's of 2021)."""
    assert len(SECOND) >= 22
    accuracies = []
    for doc in SECOND:
        path, _ = _paths(doc)
        document = read_document(path)
        gold = load_gold(DEVGOLD / "second" / f"{doc}.jsonl", document.text)
        assert sum(not g.optional for g in gold) >= 50, doc
        accuracies.append(score(doc, extract_document(document).records, gold).accuracy("indicator"))
    assert sum(accuracies) / len(accuracies) >= 0.89
