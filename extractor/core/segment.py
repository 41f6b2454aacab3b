"""Split a normalised text into paragraphs and sentences, find headings, the
document's own year, and whether each paragraph sits in a review or a plan.

The words of headings, cues and datelines are the rule pack's patterns and
word lists; this module only knows lines, sentences and the order of sections.
"""
import re
from collections import Counter
from typing import NamedTuple

from ..rulepack import RuleSet
from .numerals import parse_digits, parse_number


class Paragraph(NamedTuple):
    start: int
    end: int
    heading: bool
    top: bool
    mode: str | None       # "review", "plan", "glossary" or None
    section: str           # the heading this paragraph sits under (or is)
    period: int | None = None  # the last year of the five-year period the section reviews or plans


def sentences(text: str, start: int, end: int, pack: RuleSet) -> list[tuple[int, int]]:
    """Sentence spans inside [start, end) of `text`, end punctuation included."""
    spans, pos = [], start
    for m in pack.pattern("SENTENCE_END").finditer(text, start, end):
        if m.end() > pos and text[pos:m.start()].strip():
            spans.append((pos, m.end() if m.group()[0] != "\n" else m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        spans.append((pos, end))
    return [piece for span in spans for piece in _cut(text, *span, pack)]


MAX_SENTENCE = 1000  # real sentences stay under 450 chars; a longer run (junk, a flattened table) is cut


def _cut(text: str, start: int, end: int, pack: RuleSet):
    """Pieces of at most MAX_SENTENCE, cut after a clause mark where there is one: the
    interpreter reads the whole sentence for each value, which would be quadratic."""
    mark = pack.pattern("CLAUSE_MARK")
    while end - start > MAX_SENTENCE:
        m = mark.search(text[start + MAX_SENTENCE // 2:start + MAX_SENTENCE][::-1])
        cut = start + MAX_SENTENCE - (m.start() if m else 0)
        yield start, cut
        start = cut
    yield start, end


def period_span(nth: str) -> tuple[int, int] | None:
    """First and last year of the nth five-year plan, by its ordinal in Chinese numerals
    ('十四' of 十四五 or 第十四个五年规划 -> 2021, 2025).

    The first two plans ran 1953-1962; from the third (1966) on they follow each other."""
    try:
        n = int(parse_number(nth))
    except ValueError:
        return None
    first = 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)
    return first, first + 4


def period_end(nth: str) -> int | None:
    """The last year of the nth five-year plan period ('十四' -> 2025)."""
    span = period_span(nth)
    return span[1] if span else None


def title_period(text: str, pack: RuleSet) -> int | None:
    """The last year of the five-year period a document names in its title lines (a plan,
    a report on a plan): “九五”计划 -> 2000, 第十四个五年规划 -> 2025; or of the span of years it
    plans (1976—1985年…十年规划纲要 -> 1985)."""
    for line in title_lines(text, pack):
        m = pack.pattern("TITLE_PERIOD").search(line)
        if m:
            return period_end(m.group("nth"))
        m = pack.pattern("TITLE_SPAN").search(line)
        if m:
            return int(m.group("last"))
    return None


def plan_period_of(year: int) -> tuple[int, int]:
    """The five-year plan period a year falls in (1953-1962, then from 1966 on; 1963-65 stand alone)."""
    if 1953 <= year <= 1962:
        first = 1953 + 5 * ((year - 1953) // 5)
    elif year >= 1966:
        first = 1966 + 5 * ((year - 1966) // 5)
    else:
        return year, year
    return first, first + 4


def title_lines(text: str, pack: RuleSet) -> list[str]:
    """The front matter's title and the first lines of the body: where a document names itself."""
    lines = []
    m = pack.pattern("FRONT_MATTER").match(text)
    if m:
        lines += [t.group(1) for t in pack.pattern("FRONT_TITLE").finditer(m.group(0))]
        text = text[m.end():]
    body = [ln.strip() for ln in text[:2000].split("\n") if ln.strip()]
    return lines + [ln[:120] for ln in body[:6]]


SECTION_PARTS = " / "  # between a top heading and its subheading in a paragraph's section
SPAN_OPENING = 10  # characters in which a heading opens with the five years ahead (二、关于今后五年…的主要任务)
REVIEW_HEAD = 3000  # characters in which a report's review heading (2023年工作回顾) opens it


def document_year(text: str, name: str, pack: RuleSet) -> tuple[int | None, str]:
    """The year a document speaks for, and the evidence it was read from: first what the
    document says of itself (a date in its title lines, a communiqué's year + 1, a titled
    year), then the file name, then what its headings and sentences imply, then the period a
    plan's title or a heading of its goals names."""
    lines = title_lines(text, pack)
    for key, shift in (("TITLE_DATE", 0), ("TITLE_REVIEW", 1), ("TITLE_YEAR", 0)):
        for line in lines:
            m = pack.pattern(key).search(line)
            if m:
                year = year_of(m.group(1)) + shift
                reviewed = _title_reviews(text, year, pack) if key == "TITLE_YEAR" else None
                if reviewed:
                    return year + 1, f"{m.group(0)}, {reviewed}"
                return year, m.group(0)
    m = pack.pattern("DOC_YEAR_DATED").search(text) or pack.pattern("DOC_YEAR_DATELINE").search(text[:600])
    if m:
        return year_of(m.group(1) or m.group(2)), m.group(0)
    m = re.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", name)
    if m:
        return int(m.group(1)), f"file name {name}"
    m = pack.pattern("DOC_YEAR_PLAN").search(text)
    if m:
        return int(m.group(1)), m.group(0)
    m = pack.pattern("DOC_YEAR_REVIEW").search(text)
    if m:
        return int(m.group(1)) + 1, m.group(0)
    m = pack.pattern("DOC_YEAR_PERIOD").search(text)
    if m:
        span = period_span(m.group("nth"))
        if span:
            closing = pack.words_re("PERIOD_END_WORD").fullmatch(m.group(2))
            return (span[1] if closing else span[0]), m.group(0)
    m = pack.pattern("DOC_YEAR_BEING").search(text)
    if m and not pack.pattern("DOC_YEAR_BEING_PAST").search(text, max(0, m.start() - 6), m.start()):
        return int(m.group(1)), m.group(0)
    end = title_period(text, pack)
    if end:  # a plan titled by its period (第十五个五年规划纲要) speaks from the period's first year
        return plan_period_of(end)[0], f"the title's period, to {end}"
    m = pack.pattern("DOC_YEAR_PLAN_HEADING").search(text)
    span = period_span(m.group("nth")) if m else None
    if span:  # a plan's goals headed, no title: the plan speaks from its first year
        return span[0], m.group(0).strip()
    years = Counter(year_of(y) for y in pack.pattern("YEAR").findall(text))
    common = [y for y, n in years.items() if n >= 2]
    if common:
        return max(common), "most recent year named in the text"
    return None, ""


def _title_reviews(text: str, year: int, pack: RuleSet) -> str | None:
    """How a report titled by a year shows it speaks for the next: a review heading naming the
    title's year (2023年工作回顾), or a heading of the next year's work (2005年…报告 holding
    三、2006年工作); None when neither is there."""
    review = pack.pattern("DOC_YEAR_REVIEW").search(text, 0, REVIEW_HEAD)
    if review and int(review.group(1)) == year:
        return f"reviewing {review.group(0)}"
    ahead = next((h for h in pack.pattern("DOC_YEAR_WORK_HEADING").finditer(text) if int(h.group(1)) == year + 1), None)
    return f"planning {ahead.group(0).strip()}" if ahead else None


def year_of(text: str) -> int:
    """A year written in Arabic digits (2025) or digit by digit in Chinese numerals (二〇二五)."""
    return int(text) if text.isdigit() else int(parse_digits(text))


def _mode_of(line: str, year: int | None, pack: RuleSet, heading: bool,
             in_review: bool = False, late: bool = False) -> tuple[str | None, int | None]:
    """Whether a heading, or a paragraph's opening words, start a review or a plan, and the
    last year of the five-year period it names: a period ended before the document's year
    is reviewed (“十四五”时期… in 2026), one not yet ended is planned. `in_review`: a
    subheading inside a review, where the words of a top heading's plan name past work."""
    head = line if heading else line[:16]
    m = pack.pattern("YEAR").search(head)
    if m and year and (heading or m.start() < 2):
        named = year_of(m.group(1))
        if named < year and (pack.words_re("REVIEW_WORD").search(head) or named == year - 1 and not heading):
            return "review", None
        if named == year and not heading and pack.words_re("BEING_WORD").search(head[m.end():m.end() + 3]):
            return "plan", None
    p = pack.pattern("PERIOD").search(head)
    period = period_end(p.group("nth")) if p and (heading or p.start() < 3) else None
    if pack.words_re("REVIEW_CUE").search(head):  # a period under way (“十五五”实施以来) is reviewed up to last year
        return "review", (None if period and year and period >= year else period)
    if period and year:
        first = period_span(p.group("nth"))[0]
        if pack.pattern("PERIOD_FIRST_YEAR").match(head[p.end():]) and first <= year:
            return ("review" if first < year else "plan"), first  # “十四五”开局之年: 2021, whenever said
        if in_review and heading and period >= year and not pack.words_re("PLAN_CUE").search(head):
            return None, None  # (二)围绕“十一五”规划，抓紧实施…: a review's part names the work done for the plan
        return ("review" if period < year else "plan"), period
    if heading and pack.pattern("SO_FAR_HEADING").match(head) or late and pack.pattern("LATE_THIS_YEAR").match(head):
        return "review", None  # 一、今年以来经济运行情况, and in a December speech 一、今年经济运行情况: this year's work so far
    if heading:
        if pack.words_re("PLAN_CUE").search(head) or not in_review and pack.words_re("PLAN_CUE_TOP").search(head):
            if year and not period and pack.pattern("FIVE_YEAR_SPAN").search(head, 0, SPAN_OPENING):  # **今后五年，…** or 二、关于今后五年…
                return "plan", year + 4
            return "plan", period
        if m and year:  # a heading naming a year: ahead is a plan, past is a review (2022年…完成情况)
            return ("plan" if year_of(m.group(1)) >= year else "review"), period
        return None, period
    if pack.pattern("PLAN_OPENING_VERB").match(line) or pack.words_re("PLAN_OPENING").match(head) \
            and not pack.pattern("THIS_YEAR_SO_FAR").match(head):  # 今年以来, 今年前三季度: the work so far, no plan
        if year and pack.pattern("FIVE_YEAR_SPAN").match(head):  # 今后五年 in a report of 2023: to 2027
            return "plan", year + 4
        return "plan", period
    return None, None


def paragraphs(text: str, year: int | None, pack: RuleSet, late: bool = False) -> list[Paragraph]:
    """Paragraphs (lines) with heading flags, their section, review/plan mode and period; `late`: the document is
    dated late in its year (Doc.dated_late), where 今年 reviews."""
    out: list[Paragraph] = []
    mode, period, section, pos = None, None, "", 0
    titled = False  # the mode was set by an unnumbered heading (2018年工作回顾): numbered ones are its parts
    headed = False  # the mode was set by a heading, not by a paragraph's opening words
    reviewed = False  # a review came before: a plan heading after it begins the plan proper
    sections = False  # a numbered top heading came before
    glossary, appendix, markup = pack.pattern("GLOSSARY"), pack.pattern("APPENDIX"), pack.pattern("LINE_MARKUP")
    heading_re, top_re, stop = pack.pattern("HEADING"), pack.pattern("TOP_HEADING"), pack.pattern("SENTENCE_STOP")
    address, numbered, bold_lead = pack.pattern("ADDRESS"), pack.pattern("HEADING_START"), pack.pattern("BOLD_LEAD")
    bold_line, sibling_re, title = pack.pattern("BOLD_LINE"), pack.pattern("SIBLING_MARK"), pack.pattern("TITLE_HEADING")
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = markup.sub("", line).strip()  # ## 第一章, **一、2023年工作回顾**: headings in Markdown
        if not stripped:
            continue
        if glossary.match(stripped):
            mode, period, section = "glossary", None, stripped[:60]
        elif appendix.match(stripped):
            mode, period, section = "plan", None, stripped[:60]
        if mode == "glossary" or appendix.match(stripped):
            out.append(Paragraph(start, end, True, True, mode, section))
            continue
        heading = bool(heading_re.match(stripped)) and (len(stripped) <= 40 or not stop.search(stripped[-1]))
        bold_only = not heading and bool(bold_line.match(line))  # **“十二五”发展实现良好开局**: a heading, unnumbered
        heading = heading or bold_only
        lead = bold_lead.match(line)  # **2011年工作回顾** 2011年是…: a heading run into its first paragraph
        head = lead.group("head").strip() if lead and not heading else ""
        run_on = ""  # the paragraph a numbered bold heading runs into, read for the mode its heading lacks
        if head and not stop.search(head) and (_mode_of(head, year, pack, True)[0] or top_re.match(head)):
            heading, stripped, run_on = True, head, markup.sub("", line[lead.end() - 1:]).strip()
        top = heading and bool(top_re.match(stripped))
        sections = sections or top and bool(numbered.match(stripped))
        first = stop.split(stripped, maxsplit=1)[0] if heading and len(stripped) > 40 else stripped
        found, named = _mode_of(address.sub("", first, count=1), year, pack, heading, mode == "review" and not top, late)
        if not found and run_on:  # **二、开拓创新…** “十二五”时期是…: the section plans the period
            found, named = _mode_of(address.sub("", run_on, count=1), year, pack, False)
        if mode == "review" and not heading and found == "plan" and _looks_back(stripped, pack):
            found = None  # 今年是本届政府履行职责的最后一年。几年来，我们…: a word on the year, then a look back
        if mode != "plan" and not heading and not found:
            found, named = _states_goals(stripped, year, pack)  # 省政府拟定2005年…的主要预期目标为：…: the plan begins
        if mode == found == "plan" and not heading and named is None and pack.pattern("PLAN_OPENING_VERB").match(stripped):
            named = period  # 要始终不渝地…: a duty said in a plan of five years goes on planning them
        if mode == "review" and headed and not heading and found == "plan" and named and year and plan_period_of(named)[0] < year \
                and not pack.words_re("PLAN_OPENING").match(first) and not pack.pattern("PLAN_OPENING_VERB").match(first):
            found = None  # “十三五”是…关键时期。我们… in a review of its second year: the period under way, no plan
        if mode == "plan" and headed and reviewed and not heading \
                and (found == "review" or not found and _looks_back(stripped, pack)):
            out.append(Paragraph(start, end, heading, top, "review", section, named))  # 过去的一年，我们…加强政府
            continue  # 自身建设: a look back inside a plan a heading began reviews only its own paragraph
        # a top heading after the plan with no mark of its own (三、建设…服务型政府) goes on planning;
        # a paragraph that says the mode again (2013年是…) keeps the hold of the title that set it
        if found or (top and mode != "plan" and not titled):
            if heading or found != mode:
                # a bold line under a numbered section (一、…\n**回顾过去五年…体会：**) heads a part of it, no title,
                # nor takes the hold from the title whose mode it says again (统计公报 / 一、综合 / **图1 …**)
                titled = titled and found == mode or bool(found) and heading and not numbered.match(stripped) \
                    and not (bold_only and sections)
            headed = heading or found == mode and headed  # a paragraph that says the plan again keeps its heading's
            mode, period = found, named
            reviewed = reviewed or mode == "review"
        if heading and (section or not title.search(stripped)):  # the report's title heads no section
            root = section.split(SECTION_PARTS)[0]
            sibling = sibling_re.match(root) and sibling_re.match(stripped)  # （二） after （一）: no part of it
            section = stripped[:60] if top or not section or sibling else root + SECTION_PARTS + stripped[:40]
        out.append(Paragraph(start, end, heading, top, mode, section, period))
    return _leading_review(out)


MOTTO = 24  # characters: a paragraph's first sentence this short, with no number, is a motto before its opening


def _looks_back(paragraph: str, pack: RuleSet) -> bool:
    """Whether a paragraph opens, after a short motto of its own, with a look back (立党为公、勤政为民
    是我们的根本职责。过去的一年，…; 今年是本届政府履行职责的最后一年。几年来，…)."""
    parts = pack.pattern("SENTENCE_STOP").split(paragraph, maxsplit=1)
    return len(parts) == 2 and len(parts[0]) <= MOTTO and not pack.pattern("DIGIT_RUN").search(parts[0]) \
        and any(pack.words_re(cue).match(parts[1].lstrip()) is not None for cue in ("REVIEW_CUE", "LOOK_BACK_CUE"))


def _states_goals(paragraph: str, year: int | None, pack: RuleSet) -> tuple[str | None, int | None]:
    """("plan", the last year it plans for) when a paragraph states the goals of the document's
    own year (今年…主要预期目标是：, 拟定2005年…的主要预期目标为：) or of the five years ahead
    (今后五年我们工作的总体要求是： to the year + 4), else (None, None)."""
    m = pack.pattern("GOALS_STATED").search(paragraph)
    if m is None or m.group("year") and (year is None or year_of(m.group("year")) != year):
        return None, None
    return "plan", (year + 4 if m.group("span") and year else None)


def _leading_review(paras: list[Paragraph]) -> list[Paragraph]:
    """Reports open with their review: text before the first plan marker, with no
    marker of its own, is read as review once a plan follows."""
    first = next((i for i, p in enumerate(paras) if p.mode), None)
    if first is None or paras[first].mode != "plan":
        return paras
    return [p if i >= first else Paragraph(p.start, p.end, p.heading, p.top, "review", p.section, p.period)
            for i, p in enumerate(paras)]
