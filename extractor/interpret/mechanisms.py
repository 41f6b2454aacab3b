"""The mechanisms interpretation rules `use`: how to find a year, a noun phrase, a
reason to drop a value. Each returns its field's value, or None (or False for a
drop) when it does not apply; the words each reads are named in `needs`."""
from typing import NamedTuple

from ..core.numerals import parse_number, split_magnitude, unit_family
from ..core.segment import SECTION_PARTS, period_end, plan_period_of, year_of
from ..models import UNKNOWN_INDICATOR
from ..rulepack import ONE_THREAD
from . import phrases
from .context import clause_end, clause_start
from .vocabulary import NONE as _NONE_GIVEN
from .vocabulary import PatternName, mechanism

# -- drop: a number that is no record ----------------------------------------------


@mechanism("drop")
def unparsable(v) -> bool:
    """The number cannot be read as a quantity (too long, or no number at all)."""
    return v.quantity is None


@mechanism("drop")
def inside_counted_noun(v) -> bool:
    """The value sits inside the noun the value before it counts (3个营业收入超100亿元的企业)."""
    return v.hit.start < v.sentence.owned_until


@mechanism("drop", needs=("PLACES", "OWN_NOUN", "CLASS_JOINED", "SHARE_WORD", "DIGIT_RUN", "LIST_JOINER", "METRIC_HEAD", "MEASURE_OF_COUNTED"))
def scope_count(v) -> bool:
    """A count that only says where another value was measured (89个开发区…占比达78%): it
    counts places, names no noun of its own, and another value follows in its clause."""
    if not v.counted:
        return False
    if _value_right_after(v) or v.runs_on and _measure_of_counted(v):
        return True
    shared = _shared_places(v)
    if not v.pack.pattern("PLACES").match(shared or v.scope_right) or v.left_is_named:  # the cheap test first
        return False
    if shared is not None:  # the places both counts count run on into a value after the second, no third item
        hits = v.sentence.hits
        return v.n + 2 < len(hits) and hits[v.n + 2].start < v.end \
            and not v.pack.pattern("LIST_JOINER").search(v.doc.text, hits[v.n + 1].end, hits[v.n + 2].start)
    return (v.runs_on and not _names_its_own(v)) or _hidden_value(v)


def _shared_places(v) -> str | None:
    """What a count and the next count both count, when a class joins them (4个国家级和9个省级开发区:
    CLASS_JOINED), else None."""
    nxt = _next_in_clause(v)
    if nxt is None or not v.pack.pattern("CLASS_JOINED").fullmatch(v.doc.text, v.hit.end, nxt.start):
        return None
    return v.doc.text[nxt.end:v.end]


def _measure_of_counted(v) -> bool:
    """Whether the count's noun goes on into a measure of the things counted, which the value
    it runs on into gives (12家离岛免税店销售额580.9亿元): the count only scopes that."""
    noun = phrases.right_noun(v.scope_right, v.pack)
    head = v.pack.pattern("MEASURE_OF_COUNTED").search(noun)
    return head is not None and head.start() >= 2


def _value_right_after(v) -> bool:
    """Whether the next value follows the count's places with nothing else between
    (南疆22个深度贫困县6.89万户贫困户): the places are where it was counted."""
    hits = v.sentence.hits
    if v.n + 1 >= len(hits):
        return False
    between = v.doc.text[v.hit.end:hits[v.n + 1].start]
    pack = v.pack
    return (pack.pattern("OWN_NOUN").match(between) is not None and not pack.pattern("LIST_JOINER").search(between)
            and pack.pattern("PLACES").fullmatch(between) is not None)


@mechanism("drop", needs=("ARTICLE_UNIT", "POLICY_ISSUE", "AFTER_ARTICLES", "MEASURES_COUNTED"))
def policy_articles(v) -> bool:
    """Articles counted after a verb that issues policies, in its clause, each ending a policy of
    the list (出台A 7条、B 13条等措施): the policies' own numbers; measures counted by their
    articles (出台稳增长措施近100条) are a record."""
    if v.unit not in v.pack.word_list("ARTICLE_UNIT") or not v.pack.pattern("AFTER_ARTICLES").match(v.scope_value_after) \
            or v.pack.pattern("MEASURES_COUNTED").search(v.scope_value_before):
        return False
    text = v.doc.text
    start = clause_start(text, v.sentence.start, v.hit.start, 0, v.pack)
    return v.pack.pattern("POLICY_ISSUE").search(text, start, v.hit.start) is not None


@mechanism("drop", needs=("PLACES", "AGGREGATE", "RATE_HEAD"))
def scope_of_measure(v) -> bool:
    """A count of places whose own noun goes on into a measure of all of them: the places only
    scope it (419个省控断面水质总体为优, 87个国控考核断面水质达标率, 14个市州城市空气质量平均优良天数)."""
    if not v.counted or not v.pack.pattern("PLACES").match(v.scope_right):
        return False
    noun = phrases.right_noun(v.scope_right, v.pack)
    return bool(v.pack.words_re("RATE_HEAD", "end").search(noun)
                or v.pack.pattern("AGGREGATE").search(v.scope_right, 0, len(noun) + 4))


def _names_its_own(v) -> bool:
    """Whether the next value is a count followed by its own noun (770家企业融入6条产业链)."""
    nxt = _next_in_clause(v)
    return bool(nxt) and v.pack.pattern("OWN_NOUN").match(v.doc.text, nxt.end) is not None


def _next_in_clause(v):
    """The hit of the next value when it stands in this value's clause, else None."""
    hits = v.sentence.hits
    return hits[v.n + 1] if v.n + 1 < len(hits) and hits[v.n + 1].start < v.end else None


def _hidden_value(v) -> bool:
    """A value later in the clause that an exclusion rule dropped (占全省比重78%)."""
    text, pack = v.doc.text, v.pack
    return (pack.words_re("SHARE_WORD").search(text, v.extent.end, v.end) is not None
            and pack.pattern("DIGIT_RUN").search(text, v.extent.end, v.end) is not None)


@mechanism("drop", needs=("ITEM_SEP", "BUILDS_LISTED", "DISTRIBUTOR"))
def counts_listed_items(v) -> bool:
    """钢铁、有色、化工、建材4个重点行业: a count equal to the number of items just listed, unless
    the list opens with a verb that builds them (加快建设甲、乙、丙3个抽水蓄能电站: new things), or
    gives each item a value of its own (千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个)."""
    q = v.quantity
    items = v.pack.pattern("ITEM_SEP").split(v.scope_left)
    return (len(items) >= 2 and q.value == len(items) and q.value_max is None and v.counted
            and all(0 < len(i.strip()) <= 24 for i in items[1:])
            and not v.pack.pattern("BUILDS_LISTED").match(phrases.trim(items[0]))
            and not v.pack.words_re("DISTRIBUTOR").search(items[-1]))


@mechanism("drop", needs=("LIST_OF_DOINGS_AFTER",))
def opens_its_list(v) -> bool:
    """办好10件民生实事：一是…: a count of a plan's own doings that its list follows, past the
    sentence's end too (。（1）…), counts the list's parts."""
    return v.pack.pattern("LIST_OF_DOINGS_AFTER").match(v.doc.text, v.extent.end, None, ONE_THREAD) is not None


# -- year --------------------------------------------------------------------------


@mechanism("year", needs=("EXPLICIT_YEAR", "ASIDE", "YEAR_REMARK", "BRACKET_NOTE", "PERIOD", "BASELINE_BEFORE", "PERIOD_AIM",
                           "PERIOD_AS_PLAN", "YEAR_BEFORE_END", "NEARER_THIS_YEAR", "NEARER_LAST_YEAR"), scope=str)
def explicit_year(v, scope: str):
    """The last year the text names that fits the kind: a target's is not before the
    document's year, an achievement's is before it, and an achievement's is no year it was
    before (2009年前未息诉的积案). A 今年 (a target's) or 去年 (an achievement's) said after the
    year and before the value is nearer, and dates it (继2005年启动…，去年又新增…). A year in an aside before the clause
    (在2015年增长14.3%的基础上，又增长12.7%) dates the aside's own value only, one in a remark a
    semicolon closes (…，2016年首次进入全国前十；人均生产总值…) the remark only, and one in a note in
    brackets the value is not in (（基于2015年…的城市）年平均浓度) the note only; a target's five-year
    period named after the year (围绕2020年建成小康社会，提出了“十二五”时期的主要目标：…) is nearer,
    and dates it (period_year)."""
    kind, doc_year = v.field("kind"), v.doc.year
    text = v.scope(scope)
    if scope in ("before", "clause") and phrases.may_name_year(text, v.pack):  # the cuts were a year rule's most time
        at = v.hit.start - v.start if scope == "clause" else -1  # the value's place: a note it is in stays
        text = v.pack.pattern("BRACKET_NOTE").sub(lambda m: m.group() if m.start() < at < m.end() else "", text,
                                                  0, None, None, ONE_THREAD)
        if scope == "before":
            text = v.pack.pattern("ASIDE").sub("", text, 0, None, None, ONE_THREAD)
            text = v.pack.pattern("YEAR_REMARK").sub("", text, 0, None, None, ONE_THREAD)
    fits = [year for year in phrases.years_named(text, v.pack)
            if not doc_year or (year >= doc_year if kind == "target" else year < doc_year)]
    if fits and kind != "target":
        fits = [year for year in fits if not _only_before_year(text, year, v.pack)]
    if scope == "clause" and len(fits) > 1:  # 2017年突破1亿人次、2019年突破2亿人次: the year before the value
        before = [year for year in phrases.years_named(v.scope_left, v.pack) if year in fits]
        fits = before or fits
    found = fits[-1] if fits else None
    if found is not None and scope == "before" and kind == "target":
        said = [m.end() for m in _year_mentions(text, found, v.pack)]
        if said and _period_end(text[said[-1]:], v.pack):
            return None
    if found is not None and scope in ("before", "clause") and _relative_year_nearer(v, text, found, scope):
        return None
    return found


def _year_mentions(text: str, year: int, pack):
    """EXPLICIT_YEAR's matches in `text` that name `year`."""
    return [m for m in pack.pattern("EXPLICIT_YEAR").finditer(text, concurrent=ONE_THREAD) if year_of(m.group(1)) == year]


def _only_before_year(text: str, year: int, pack) -> bool:
    """Whether every mention of `year` names a time before it (2003年以前), not the year."""
    return all(pack.pattern("YEAR_BEFORE_END").match(text, m.end(), None, ONE_THREAD) for m in _year_mentions(text, year, pack))


def _relative_year_nearer(v, text: str, year: int, scope: str) -> bool:
    """Whether 今年 (a target's) or 去年 (an achievement's) stands between the last mention of `year`
    and the value."""
    upto = len(text) if scope == "before" else v.hit.start - v.start
    mentions = _year_mentions(text[:upto], year, v.pack)
    mark = v.pack.pattern("NEARER_THIS_YEAR" if v.field("kind") == "target" else "NEARER_LAST_YEAR")
    return bool(mentions) and mark.search(text, mentions[-1].end(), upto, ONE_THREAD) is not None


@mechanism("year", needs=("PERIOD", "BASELINE_BEFORE", "PERIOD_AIM", "PLAN_CUE", "PERIOD_AS_PLAN"), scope=str)
def period_year(v, scope: str):
    """The last year of a named five-year period ("十四五"末) for a target, when the text
    marks its end or an aim; a period after 比/高于 is a baseline, not a due date, and a heading's
    period over before the document's year is one reviewed (“九五”时期和2000年工作的回顾)."""
    if v.field("kind") != "target":
        return None
    if scope != "section":
        return _period_end(v.scope(scope), v.pack)
    headings = v.scope(scope).split(SECTION_PARTS)
    for i in range(len(headings) - 1, -1, -1):  # the nearest heading that names a period
        named = list(v.pack.pattern("PERIOD").finditer(headings[i], concurrent=ONE_THREAD))
        if named:  # a heading of the period's goals aims at its end (“十一五”回顾和“十二五”的主要目标任务: 2015),
            # as does one of its plan with a subheading of goals (“十二五”规划纲要的主要内容 / (一)发展目标)
            plans = any(v.pack.words_re("PLAN_CUE").search(h) for h in headings[i:])
            end = _period_end(headings[i], v.pack, heading=True) or (period_end(named[-1].group("nth")) if plans else None)
            return end if end is None or v.doc.year is None or end >= v.doc.year else None  # a period reviewed
    return None


AIM_BEFORE_PERIOD = 6  # characters before a period an aim (力争, 到) is read in: 力争到“十二五”, not a 力争 clauses away


def _period_end(s: str, pack, heading: bool = False) -> int | None:
    """The end of the last five-year period `s` names with its end or an aim said right before it, not as a baseline,
    nor, but in a heading, as the plan whose things are meant (“十二五”规划项目, “十四五”以来)."""
    found = None
    for m in pack.pattern("PERIOD").finditer(s, concurrent=ONE_THREAD):
        if pack.pattern("BASELINE_BEFORE").search(s, max(0, m.start() - 3), m.start()):
            continue
        if not heading and pack.pattern("PERIOD_AS_PLAN").match(s, m.end(), None, ONE_THREAD):
            continue
        end = period_end(m.group("nth"))
        if end and (m.group("end") or pack.words_re("PERIOD_AIM").search(s, max(0, m.start() - AIM_BEFORE_PERIOD), m.start())):
            found = end
    return found


@mechanism("kind", needs=("TASK_COLUMN", "PROGRESS_COLUMN", "TASK_CELL_ASIDE"))
def task_column(v):
    """A figure in the column of the tasks a completion table lists (| 重点事项 | 牵头单位 | 实际进度 |, or
    its cells split by tabs as Word, HTML and PDF tables are read; its cells prose) is the target the
    year set; its column of progress says what was done."""
    return "target" if _task_table(v) is not None else None


@mechanism("year", needs=("TASK_COLUMN", "PROGRESS_COLUMN", "TASK_CELL_ASIDE", "TASK_YEAR_OTHER", "TASK_CAPTION", "PERIOD"))
def task_column_year(v):
    """A task a completion table lists is due the year its caption names (2022年十件民生实事完成情况汇总表),
    the end of the five-year period it names (“十四五”规划主要任务进展情况), else the year the review
    reports; not when its clause says another time (明年, 三年内): the clause's year rules read it."""
    if not v.doc.year or v.field("kind") != "target" or v.pack.pattern("TASK_YEAR_OTHER").search(v.scope("clause")):
        return None
    top = _task_table(v)
    if top is None:
        return None
    lines = [line.strip() for line in v.doc.original[max(top - CAPTION_REACH, 0):top].split("\n") if line.strip()]
    caption = v.pack.pattern("TASK_CAPTION").fullmatch(lines[-1]) if lines else None
    if caption and caption.group("year"):
        return year_of(caption.group("year"))
    period = v.pack.pattern("PERIOD").search(caption.group()) if caption else None
    if period:
        return period_end(period.group("nth"))
    return v.doc.year - (0 if v.doc.reviews_own_year else 1)


def _task_table(v) -> int | None:
    """The start of the table (in the text as read, where a Word, HTML or PDF table's cells are
    split by tabs), when the value sits in a row's cell whose column header names the tasks
    (TASK_COLUMN) of a table another column of which reports their progress (PROGRESS_COLUMN),
    and is no aside nor ground of the task (TASK_CELL_ASIDE: （截至11月已建成23所）, 在…30所基础上); else None."""
    row = _table_row(v)
    if row is None or v.pack.pattern("TASK_CELL_ASIDE").search("\0".join(row.said)):
        return None
    tasks, progress = v.pack.pattern("TASK_COLUMN"), v.pack.pattern("PROGRESS_COLUMN")
    if row.column < len(row.heads) and tasks.fullmatch(row.heads[row.column]) and any(progress.fullmatch(h) for h in row.heads):
        return row.top
    return None


class _Row(NamedTuple):
    """A table row a prose value sits in: the table's start, its header cells, the row's cells, the value's column,
    and its cell's text before and from the value."""
    top: int
    heads: list[str]
    cells: list[str]
    column: int
    said: tuple[str, str]


def _table_row(v) -> _Row | None:
    """The row of a Markdown table (or of one whose cells are split by tabs) the value sits in, else None."""
    text, at = v.doc.original, v.doc.origin[v.hit.start] if v.doc.origin else -1
    if at < 0:
        return None
    top, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = end if end >= 0 else len(text)
    # a Markdown row opens with | (after a few spaces at most), a tab-separated one holds a tab: no copy of the line
    sep = "|" if text[top:min(top + ROW_INDENT, end)].lstrip().startswith("|") else "\t" if text.find("\t", top, end) >= 0 else None
    if sep is None:
        return None
    cell = text.rfind(sep, top, at) + 1 or top
    cell_end = text.find(sep, at, end)
    said = text[cell:at], text[at:cell_end if cell_end >= 0 else end]
    column = text.count(sep, top, at) - (sep == "|")
    first = _table_top(v.doc, top, sep)
    header_end = text.find("\n", first)
    return _Row(first, _cells(text[first:header_end if header_end >= 0 else len(text)], sep),
                _cells(text[top:end], sep), column, said)


def _cells(line: str, sep: str) -> list[str]:
    """A row's cells, trimmed, without emphasis marks, breaks and spaces."""
    line = line.rstrip("\r")
    line = line.strip() if sep == "|" else line
    return [phrases.trim(h.replace("*", "").replace("<br>", "")).replace(" ", "").replace("\u3000", "")
            for h in (line[1:] if sep == "|" and line.startswith("|") else line).split(sep)]


@mechanism("indicator", needs=("PROGRESS_COLUMN", "PROGRESS_CELL_BARE", "TABLE_ROW_NUMBER_CELL"))
def progress_of_row(v):
    """A figure a progress column's cell opens with, after no more than a verb (| 新建城市书房 | 20个 | 已建成22个 |,
    完成1.2万人次，超额完成) measures what its row names: the row's first cell of words, not the verb nor the
    target's cell beside it."""
    row = _table_row(v)
    if row is None or row.column >= len(row.heads) or not v.pack.pattern("PROGRESS_COLUMN").fullmatch(row.heads[row.column]) \
            or not v.pack.pattern("PROGRESS_CELL_BARE").fullmatch(row.said[0].strip()):
        return None
    number = v.pack.pattern("TABLE_ROW_NUMBER_CELL")
    return next((c for c in row.cells[:row.column] if c and not number.fullmatch(c) and not any(d.isdigit() for d in c)),
                None)


def _table_top(doc, row: int, sep: str) -> int:
    """The start of the first row of the table the row starting at `row` is in: rows walked back
    once a document (Doc.tables keeps each row's answer), so a long table costs its length once."""
    text, known = doc.original, doc.tables
    walked = []
    top = row
    while top not in known:
        walked.append(top)
        above = text.rfind("\n", 0, max(top - 1, 0)) + 1
        line = text[above:top]
        if top == 0 or not (line.lstrip().startswith("|") if sep == "|" else sep in line):
            known[top] = top
            break
        top = above
    first = known[top]
    for k in walked:
        known[k] = first
    return first


CAPTION_REACH = 200    # characters above a table its caption line is read from
ROW_INDENT = 8         # characters a Markdown row's opening | may be indented by


def _coming_plan_end(v) -> int | None:
    """The last year of a coming five-year plan that the paragraph, before the value, says was
    drafted or proposes (我们编制了“十五五”规划纲要…，提出…年均增长5%左右 in a report of 2026):
    its values are its targets. A plan under way (“十五五”规划实施以来) sets none."""
    year = v.doc.year
    m = _plan_drafted_before(v) if year else None
    end = period_end(m.group("nth")) if m else None
    return end if end and end > year else None


def _plan_drafted_before(v):
    """PLAN_DRAFTED's first match between the paragraph's start and the value's clause. The
    paragraph is searched once (7k searches of its start over the corpus, most finding nothing):
    the pattern has no lookaround or anchor, so a match in the paragraph's first part is one in
    the whole, the same the engine finds first; a paragraph with none has none before any value."""
    para, pattern = v.sentence.paragraph, v.pack.pattern("PLAN_DRAFTED")
    first = v.sentence.in_paragraph.get("PLAN_DRAFTED", _NOT_SEARCHED)
    if first is _NOT_SEARCHED:
        first = v.sentence.in_paragraph["PLAN_DRAFTED"] = pattern.search(v.doc.text, para.start, para.end, ONE_THREAD)
    if v.start <= para.end and (first is None or first.end() <= v.start):
        return first
    return pattern.search(v.doc.text, para.start, v.start, ONE_THREAD)


_NOT_SEARCHED = object()


@mechanism("kind", needs=("PLAN_DRAFTED",))
def coming_plan(v):
    """A value a coming five-year plan sets is a target."""
    return "target" if _coming_plan_end(v) else None


@mechanism("year", needs=("PLAN_DRAFTED",))
def coming_plan_end(v):
    """A target a coming five-year plan sets is due at the plan's end."""
    return _coming_plan_end(v) if v.field("kind") == "target" else None


@mechanism("year", needs=("THIS_YEAR_MARK", "NEXT_YEAR_MARK", "LAST_YEAR_MARK", "THIS_YEAR_DONE"), scope=str)
def relative_year(v, scope: str):
    """今年/全年 (a target's: the document's year), 明年 (the next), 去年/一年来 (an achievement's:
    the year before), 今年以来, 从今年1月1日起 (an achievement's so far this year: the document's)."""
    doc_year, s, pack = v.doc.year, v.scope(scope), v.pack
    if not doc_year or not s:
        return None
    if v.field("kind") == "target":
        if pack.pattern("THIS_YEAR_MARK").search(s, None, None, ONE_THREAD):
            return doc_year
        if pack.pattern("NEXT_YEAR_MARK").search(s, None, None, ONE_THREAD):
            return doc_year + 1
    elif pack.pattern("LAST_YEAR_MARK").search(s, None, None, ONE_THREAD):
        return doc_year - 1
    elif pack.pattern("THIS_YEAR_DONE").search(s, None, None, ONE_THREAD):
        return doc_year
    return None


@mechanism("year", needs=("ITEM_CLOSE", "CLAUSE_BREAK"), scope=str, span=PatternName)
def years_within(v, scope: str, span: str):
    """A target within a span of years from now (三年内, 用5年时间; 未来五年的主要目标任务是：…): the
    span's last year, the document's own year counted as its first, or the next year when the
    document reviews its own year (a party congress's report, a plan's proposal: said at the
    year's end, its coming years start after it); a five-year plan's 五年内 is its period, and so are
    the five years of a congress in a plan's first year. `span`
    names the pattern of the span, its length in group `n`."""
    if v.field("kind") != "target" or not v.doc.year:
        return None
    m = _span_over(v, scope, v.pack.pattern(span))
    if m is None:
        return None
    n = int(parse_number(m.group("n")))
    if n == PLAN_YEARS and v.doc.period and not v.doc.annual:  # a five-year plan's 五年内 is its period
        return v.doc.period
    if n == PLAN_YEARS and v.doc.reviews_own_year and plan_period_of(v.doc.year)[0] == v.doc.year:
        return plan_period_of(v.doc.year)[1]  # a congress in a plan's first year: its five years are the plan's
        # (2021: to 2025, as its 到2025年 says)
    first = v.doc.year + 1 if v.doc.reviews_own_year else v.doc.year
    return first + n - 1


PLAN_YEARS = 5  # the span of a five-year plan


def _span_over(v, scope: str, span):
    """The span of years said where it reaches the value: in its item of a list closed by semicolons
    (…，力争两年内解决…；改建通村公路3500公里: not the road's), or opening the sentence, over all its
    items (今明两年，全省解决…；完成11万户…改造任务)."""
    said = v.scope(scope)
    if scope != "before":
        return span.search(said, None, None, ONE_THREAD)
    items = v.pack.pattern("ITEM_CLOSE").split(said)
    m = span.search(items[-1], None, None, ONE_THREAD)
    if m is None and len(items) > 1:
        m = span.search(items[0], None, None, ONE_THREAD)
        if m and v.pack.pattern("CLAUSE_BREAK").search(items[0], 0, m.start()):
            return None
    return m


@mechanism("year", needs=("YEAR_JUST_BEFORE",))
def year_just_before(v):
    """A year right before the value is its own (提高到2025年的6.1万元, 从2020年的4.6万元)."""
    m = v.pack.pattern("YEAR_JUST_BEFORE").search(v.scope_value_before, None, None, ONE_THREAD)
    return year_of(m.group(1)) if m else None


@mechanism("year", needs=("SPAN_OF_LEVELS",))
def span_end_year(v):
    """The last year of a span the sentence says a level rose or fell over before the value (由2016年的1536亿元
    增加到2020年的2218亿元，年均增长7.2%: 2020), the year a yearly rate of that span is of."""
    m = None
    for m in v.pack.pattern("SPAN_OF_LEVELS").finditer(v.scope_before, concurrent=ONE_THREAD):
        pass
    return year_of(m.group("year")) if m else None


@mechanism("kind", needs=("PAST_OPENING",))
def opening_past(v):
    """An achievement when the sentence opens on last year or a year before the document's (去年，…; 上年实际赤字率为3.8%;
    回顾2023年，…), read up to the value's clause."""
    m = v.pack.pattern("PAST_OPENING").match(v.scope_upto, None, None, ONE_THREAD)
    if m is None or m.group("year") and not (v.doc.year and year_of(m.group("year")) < v.doc.year):
        return None
    return "achievement"


@mechanism("year", needs=("LEVEL_YEAR_AFTER",))
def level_year_after(v):
    """The year the clause right after the value says a level is reached in (年均增长8%，到2021年达到2600亿元:
    2021), the year a yearly rate's span ends."""
    m = v.pack.pattern("LEVEL_YEAR_AFTER").match(v.doc.text, v.end, v.sentence.end, ONE_THREAD)
    return year_of(m.group("year")) if m else None


@mechanism("kind", needs=("YEAR_JUST_BEFORE",))
def own_year_past(v):
    """A value's own year, right before it, before the document's year: an achievement (增加到2017年的2.5万公里
    in a report of 2020)."""
    year = year_just_before(v)
    return "achievement" if year and v.doc.year and year < v.doc.year else None


@mechanism("year", offset=int)
def document_year(v, offset: int):
    """The document's own year, moved by `offset`."""
    return v.doc.year + offset if v.doc.year else None


@mechanism("year")
def plan_period_end(v):
    """The last year of the five-year plan the document names in its title, else of the one its
    year falls in (2021 -> 2025)."""
    if v.doc.period:
        return v.doc.period
    return plan_period_of(v.doc.year)[1] if v.doc.year else None


@mechanism("year", needs=("PERIOD",), scope=str)
def period_done(v, scope: str):
    """An achievement of a five-year period the sentence opens with, the period over before the
    document's year (“十二五”期间，科技进步贡献率提高了7.8个百分点, said in 2016): the period's last
    year; not a period named later, a baseline (是“十五”时期的3.8倍)."""
    return _period_over(v, scope) if v.field("kind") == "achievement" else None


@mechanism("kind", needs=("PERIOD",))
def period_reported(v):
    """A sentence that opens with a five-year period over before the document's year reports it
    (“十五”期间，全区生产总值年均增长9.8%, said in 2006): an achievement, in a plan's section too."""
    return "achievement" if _period_over(v, "upto") else None


def _period_over(v, scope: str) -> int | None:
    """The last year of the five-year period the text of `scope` opens with (“十二五”期间，…), when it
    is over before the document's year."""
    if not v.doc.year:
        return None
    m = v.pack.pattern("PERIOD").match(phrases.trim(v.scope(scope)), concurrent=ONE_THREAD)
    end = period_end(m.group("nth")) if m and m.group("end") else None
    return end if end is not None and end < v.doc.year else None


@mechanism("year")
def section_period(v):
    """The last year of the five-year period the value's section reviews or plans (“十四五”时期… -> 2025);
    none for an achievement in a section of a period still ahead of the document (a plan's section that
    reports the past: …以来，建成了9个示范基地 in a 2016 report's “十三五” goals)."""
    period = v.sentence.paragraph.period
    if period and v.doc.year and period > v.doc.year and v.field("kind") == "achievement":
        return None
    return period


# -- indicator ---------------------------------------------------------------------


@mechanism("indicator", needs=("ITEM_SEP", "ITEM_MARK", "LEAD_WORD", "SCOPE_WORD", "TIME_WORD", "LIST_LEAD"))
def from_to_metric(v):
    """从A提高到B: both values measure the metric named before 从/由 (人均地区生产总值从…), and with none
    named there a B that names nothing of its own measures what A was named (by the value before it); a
    list of names before one 从A到B shares it whole (城镇居民医保、新农合补助标准由200元提高到240元), not an
    act listed before it (实施城乡供水一体化、农村自来水普及率从85%提高到92%), and a list of them
    (城乡低保标准分别从A、B提高到C、D) is named item by item by the list rule."""
    role = v.sentence.from_to.get(v.n)
    if not role or v.n in v.sentence.distributed:
        return None
    from .context import clause_start

    text, pack, mark = v.doc.text, v.pack, role[1]
    start = clause_start(text, v.sentence.start, mark, 0, pack)
    start = max([start] + [e.end for e in v.sentence.extents if e.end <= mark])
    for sep in pack.pattern("ITEM_SEP").finditer(text, start, mark):
        if _listed_act(text[start:sep.start()], pack):
            start = sep.end()
    name = _named_before(text[start:mark], pack)
    if not name and start > v.sentence.start and not any(start - 1 <= e.end <= start for e in v.sentence.extents):
        before = clause_start(text, v.sentence.start, start - 1, 0, pack)  # 机耕面积的比重，由上年的40.9%上升到42%
        if not any(before <= e.start < start for e in v.sentence.extents):
            name = _named_before(text[before:start - 1], pack)
    if not name and role[0] == "to" and not phrases.left_name(v.scope_left, pack):
        # …突破500亿大关，由2000年的258亿元增加到2005年的543亿元: as the value it rose from; not 由亏损…到盈利21亿元
        first = next((k for k, r in v.sentence.from_to.items() if r == ("from", mark)), None)
        said = v.sentence.fields.get(first)
        name = said.indicator if said is not None and said.indicator != UNKNOWN_INDICATOR else ""
    return name or None


def _listed_act(item: str, pack) -> bool:
    """Whether an item of a list is an act, not a name: lead words go from its start that are no scope or
    time word, nor one opening the list (实施城乡供水一体化, 全面推行“双减”; not 全省, 今年, 其中)."""
    core = phrases.strip(item, pack, "LEAD_WORD", None)
    said = item[:len(item) - len(core)] if core and item.endswith(core) else item
    said = pack.pattern("ITEM_MARK").sub("", said, count=1)  # 7.三级、二级…: the mark of a list's item
    for words in ("SCOPE_WORD", "TIME_WORD", "LIST_LEAD"):
        said = pack.words_re(words).sub("", said)
    return bool(said.strip())


def _named_before(left: str, pack) -> str:
    name = phrases.left_name(left, pack)
    if len(name) <= 2:
        name = phrases.left_with_verbs(left, pack) or name
    return phrases.clean(name, pack)


@mechanism("indicator", needs=("DIGIT_RUN",))
def distributed(v):
    """A list of values takes its names, in order, from a list of as many names (A、B分别增长x%、y%);
    not a name spliced across values (超2 and 10个: 超210个), a number the sentence does not hold."""
    name = v.sentence.distributed.get(v.n)
    if name and any(m.group() not in v.sentence.text for m in v.pack.pattern("DIGIT_RUN").finditer(name)):
        return None
    return name or None


@mechanism("indicator", needs=("DISTRIBUTOR", "CLAUSES_BETWEEN", "MULTIPLE_UNIT", "MULTIPLE_BASE", "TOTAL_WORD"))
def values_before(v):
    """A list of values with no names of its own takes, in order, the names of as many values just
    before it, each in a clause of its own, 分别 said (技术合同成交额533亿元，专利授权量2.1万件，
    分别增长59.3%和23%; a clause of no value between: …，如期实现“双一”目标，分别比上年增长…) or,
    for rates, not (城镇…21575元，农村…6907元，实际增长12%和10.7%); a list naming only a total takes the
    totals of them (新增A 12家、B 85家，总数分别达到46家、310家 -> A总数, B总数)."""
    group = v.sentence.list_of(v.n)
    if group is None:
        return None
    i, j = group
    first = i - (j - i + 1)
    text, pack = v.doc.text, v.pack
    if first < 0 or not v.percent and not pack.words_re("DISTRIBUTOR").search(text, v.sentence.extents[i - 1].end, v.sentence.hits[i].start):
        return None  # 分别 unsaid, only rates name nothing after them (让16.3万户、57万人住上…: their own)
    before = [v.sentence.fields.get(k) for k in range(first, i)]
    if any(r is None or v.sentence.list_head(k) is not None for r, k in zip(before, range(first, i))):
        return None  # each its own value, not a list of them
    between = text[v.sentence.extents[i - 1].end:v.sentence.values[i].start]
    said = phrases.left_name(phrases.trim(_left_of_base(v.sentence.values[i])), pack)
    total = said if said and pack.words_re("TOTAL_WORD").fullmatch(said) else ""
    if said and not total or not pack.pattern("CLAUSES_BETWEEN").fullmatch(between):
        return None  # the list's clause names nothing (分别是五年前的7倍和…: what they are multiples of, MULTIPLE_BASE);
        # only whole clauses of no list stand between (如期实现“双一”目标)
    name = before[v.n - i].indicator
    return name if name.endswith(total) else name + total  # …，总数分别达到46家、310家: the total of each


@mechanism("indicator", needs=("EACH_WORD", "EACH_JOINER", "CLAUSES_BETWEEN", "LIST_SEP", "PART_MARK", "MULTIPLE_UNIT"))
def values_before_each(v):
    """One rate or multiple said of each of the amounts named just before it, each in a clause of its own or
    listed (城镇居民人均可支配收入7320元，农民人均纯收入1840元，均增长10%; …分别达到14000元和3700元，
    均增长15%; …，均是2019年的1.2倍): named for them all (城镇居民人均可支配收入和农民人均纯收入), as the
    annotators name a rate of two metrics."""
    pack, text = v.pack, v.doc.text
    if not (v.percent or _multiple(v)) or v.sentence.list_of(v.n) \
            or not pack.words_re("EACH_WORD").match(v.left_trimmed):
        return None
    names: list[str] = []
    k, end, listed = v.n - 1, v.start, False
    while k >= 0 and (r := v.sentence.fields.get(k)) is not None and not v.sentence.values[k].percent \
            and v.sentence.extents[k].end < end and r.indicator not in names:
        if pack.pattern("LIST_SEP").fullmatch(text, v.sentence.extents[k].end, end):
            listed = listed or not names  # …、收入超过3350亿元、均是…: said as the last item of a list, of its items only
        elif listed or not pack.pattern("CLAUSES_BETWEEN").fullmatch(text, v.sentence.extents[k].end, end):
            break
        names.insert(0, r.indicator)
        k, end = k - 1, v.sentence.values[k].start
    parts = any(pack.pattern("PART_MARK").match(v.sentence.values[n].left_trimmed) for n in range(k + 2, v.n))
    if len(names) < 2 or parts:  # 财政收入…，其中地方财政收入…，均增长33%: a whole and its part, no two metrics
        return None
    joiner, last = pack.word_list("EACH_JOINER")
    return joiner.join(names[:-1]) + last + names[-1]


def _left(v) -> str:
    """The noun phrase left of the verb, keeping the verbs when it is only a bare word."""
    name = phrases.left_name(v.scope_left, v.pack)
    if len(name) <= 2:
        name = phrases.left_with_verbs(v.scope_left, v.pack) or name
    return name


@mechanism("indicator", needs=("OWNER_MARK", "SOLVE_VERB", "PROBLEM_WORD", "UNIT_COUNT_NAME", "PARTICLE_LE", "LEAD_WORD",
                                "LIST_THEN_OWNER"))
def owner_after_de(v):
    """A short noun counted before 的 belongs to the noun after it (总投资X亿元的项目 -> 项目总投资);
    people whose problem was solved are counted as the solver rule names them (解决了19.3万人的
    饮水困难问题 -> 解决饮水困难问题人数), and so when the livestock whose problem it was are listed
    between (解决了84万人、222万头牲畜的饮水困难 -> 解决饮水困难人数)."""
    text, end = v.doc.text, v.end
    listed = None if v.percent else v.pack.pattern("LIST_THEN_OWNER").match(text, v.extent.end, end)
    # read past the next value: the noun after 的 is this value's owner (总投资65亿元的华能海门电厂2台…机组)
    mark = None if v.percent or listed else v.pack.words_re("OWNER_MARK").match(text, v.extent.end, end, ONE_THREAD)
    if not (listed or mark):
        return None
    name = _left(v)
    if not name or mark and not v.scope_right and not phrases.generic_core(name, v.pack):
        return None  # past the next value only a bare metric (总投资, 规模) is owned: 一次死亡10人以上的… names its own
    owner = phrases.right_noun(text[listed.end():end], v.pack) if listed else _owner_after(v, mark.end(), end)
    solver = v.pack.words_re("PARTICLE_LE").sub("", name)  # 解决了贫困地区
    solved = v.pack.words_re("SOLVE_VERB").match(solver)
    if solved and v.pack.words_re("PROBLEM_WORD", "end").search(owner) and (counted := _counted_as(v)):
        return solved.group() + owner + solver[solved.end():] + counted  # 解决农村643万人的饮水困难
    if listed:  # the counts listed before 的 are owned only by a problem solved
        return None
    if len(name) > 4:
        return None
    if owner and not phrases.strip(phrases.clean(name, v.pack), v.pack, "LEAD_WORD", None):  # 按照每户5000元的资助标准
        return phrases.clean(owner, v.pack)
    if owner:  # 办好投资336.3亿元的25件…项目: the metric alone goes with its owner, not the verb before it
        name = phrases.left_name(v.scope_left, v.pack) or name
    return phrases.clean(owner + name if owner else name, v.pack)


def _owner_after(v, start: int, end: int) -> str:
    """The noun after 的 that owns a value, or, when the next value counts it there (总投资183亿元的30个合作
    项目落地建设), the noun after that count."""
    n = v.n + 1
    if n < len(v.sentence.hits) and v.sentence.extents[n].start == start:
        start = v.sentence.extents[n].end
    return phrases.right_noun(v.doc.text[start:end], v.pack)


def _counted_as(v) -> str:
    """What things counted in the value's unit with no noun are called (户 -> 户数, 人 -> 人数)."""
    unit = split_magnitude(v.unit)[1]
    for said, name in v.pack.word_pairs("UNIT_COUNT_NAME"):
        if unit == said:
            return name
    return ""


@mechanism("indicator", needs=("LISTED_AFTER", "PROBLEM_WORD", "TASK_END", "COUNTED_HEAD", "TRIAL_END", "OWNER_MARK", "WORKS_DONE", "GENERIC_METRIC", "COUNT_UNIT", "MODIFIER_ONLY", "MEASURE_JOIN", "MULTIPLE_UNIT", "RECOUNTED_UNIT", "PERCENT_UNIT", "HOUSEHOLD_UNIT", "HOUSEHOLDS_JOIN", "HOUSEHOLD_NAME", "MAG_WORD", "MONEY_UNIT", "PLACE_BEFORE_LIST", "PLACE_NOUN", "BRACKET_ASIDE", "PEOPLE_UNIT", "PEOPLE_ACT", "PEOPLE_ACT_LIGHT", "PARTICLE_LE",
                                "VERB_PAIR", "KEPT_VERB", "COUNTED_LIST_THEN_ACT", "SECOND_NAMED_ITEM", "DIGIT_RUN", "ITEM_SEP", "PLACE_WORD", "LIST_TAIL_MARK", "ITEM_OR_CONJ",
                                "ACTED_ON_OWNER", "VERB_BEFORE_COUNT", "OWNED_QUALITY", "ACT_LEAD", "NOT_AN_ACT", "ACT_TASK_TAIL", "NOT_A_SET_ACT", "ACTION_VERB", "PLACE_SET_THEN_ACT", "PLACE_SET_UNIT", "PLACE_SET_BUILT", "COUNTY_OWN", "DESCRIBED_BY_LIST",
                                "GENERIC_COUNTED_AT_STAGE", "GENERIC_COUNTED", "PRODUCED_END", "NOT_A_SCOPE", "MEASURE_LISTED", "ACTION_VERB", "LEAD_WORD", "CUE_LEAD", "SELECTED_VERB", "SUBJECT_ACT", "STAGE_VERB", "GIVE_VERB", "MANNER_ADVERB", "ISSUED_END", "ITEMS_BY_WAY")
                                + phrases.HOW_THEY_GREW)
def after_classifier(v):
    """[动词][数值][量词][指标]: the noun after the classifier names what is counted (培育3个上市企业);
    a bare modifier borrows the head of the next value's noun (20个省级、100个市级数字乡村). Places
    counted by 地 have no noun after it (等4地新获批…: act_of_places)."""
    if v.percent or v.unit in v.pack.word_list("PLACE_WORD"):
        return None
    role = phrases.count_role(v.scope_left, v.pack)
    if role in ("", "subject") and _listed_after_solver(v):
        role = "solver"  # 解决了6.39万户、34万农牧民的安居问题: each count of the list was solved
    if role == "subject" and unit_family(v.unit) not in v.pack.word_list("MONEY_UNIT"):
        role = "counted_subject"  # things counted or measured may be named by the stage they reached
    elif not role and _object_of_verb(v):
        role = "object"  # 实施12个转型升级项目: what follows the classifier is the noun the verb acts on
    again = _counted_again(v)  # 21项30个为民办实事项目: the things the next count counts
    name = v.things_measured_after or phrases.after_classifier(v.doc.text[again:v.end] if again else v.scope_right, v.pack, role) \
        or _measured_after(v, role) or _households_of_people(v, role) or _noun_then_measure(v, role)
    modifier = v.pack.pattern("MODIFIER_ONLY")
    if name and modifier.fullmatch(name) and v.n + 1 < len(v.sentence.hits):
        following = phrases.after_classifier(v.doc.text[v.sentence.extents[v.n + 1].end:v.end], v.pack)
        m = modifier.match(following)
        if m and m.end() < len(following):
            name += following[m.end():]
    if not name and not phrases.left_name(v.scope_left, v.pack):  # 完成65条、总长度57.9公里的城市道路改造
        name = _owned_after_list(v) or _what_people_did(v)
    if len(name) == 1:  # 3个县、66个乡脱贫摘帽
        name = _place_before_list(v) or name
    name = _act_after_list(v, role) or _before_next_name(v, name)
    name = _first_of_examples(v, name)
    name = _named_second(v, name)
    name = phrases.clean(name, v.pack)
    went = phrases.how_it_went(name, v.pack, phrases.HOW_THEY_GREW) if role in ("counted_subject", "") else None
    name = name[:went.start()] if went else name  # 13个重点园区建设如火如荼, 在建的38个水利工程进展顺利: how they did is no part of them
    way = v.pack.pattern("ITEMS_BY_WAY").fullmatch(name, None, None, ONE_THREAD)
    if way:  # 350项政务服务事项“免证办” -> “免证办”政务服务事项
        name = way.group("way") + way.group("things")
    name = _paired_verbs(v, name)
    if 0 < len(name) <= 2 and not v.continues:  # 实施卫生健康为民服务15项实事: a bare noun takes the name said before the count
        said = phrases.clean(phrases.left_name(v.scope_left, v.pack), v.pack)
        if 2 <= len(said) <= SAID_MAX and not v.pack.pattern("CLAUSE_OR_LIST_BREAK").search(said) \
                and not v.pack.words_re("NOUN_TAIL").search(said):
            name = _scope_then(said, name, name)
    named = _acted_on_owner(v, _kept_verb(v, _task_of_counted(v, name)))
    named = _places_by_their_act(v, _described_things(v, _named_by_long_act(v, named, role) if named == name else named))
    if named and not v.continues and v.pack.pattern("GENERIC_COUNTED_AT_STAGE").fullmatch(named):
        noun = v.pack.pattern("GENERIC_COUNTED").match(named).group()  # 推进国际航运枢纽21个工程项目 -> 国际航运
        named = _scope_then(_scope_before_count(v), named, noun)  # 枢纽工程项目; …集聚区9个项目开工
    return named or None


def _scope_then(scope: str, name: str, noun: str) -> str:
    """A scope said before a count, then the count's name, the noun that name opens with said once when the
    scope ends with it already (全市重点项目24个项目 -> 重点项目, not 重点项目项目)."""
    return scope + name[len(noun):] if scope.endswith(noun) else scope + name


def _scope_before_count(v) -> str:
    """What a count of generic things (项目, 改革成果, 重点任务) is of, said as a noun right before the count in its
    clause with no verb in it (推进国际航运枢纽21个工程项目 -> 国际航运枢纽, 自贸试验区累计形成209项改革成果 ->
    自贸试验区, a verb of producing before the count cut); '' when none is."""
    pack = v.pack
    said = pack.pattern("PRODUCED_END").sub("", phrases.clean(phrases.left_name(v.scope_left, pack), pack))
    if not 2 <= len(said) <= SAID_MAX or pack.pattern("CLAUSE_OR_LIST_BREAK").search(said) \
            or pack.pattern("DIGIT_RUN").search(said) or any(pack.words_re(name).search(said) for name in SCOPE_NOT_VERB) \
            or pack.pattern("NOT_A_SCOPE").search(said):
        return ""
    return said


SCOPE_NOT_VERB = ("ACTION_VERB", "LEAD_WORD", "CUE_LEAD", "KEPT_VERB", "SELECTED_VERB", "SUBJECT_ACT", "STAGE_VERB",
                  "GIVE_VERB", "MANNER_ADVERB")  # word lists of verbs and adverbs: a scope before a count has none

ACT_OVER_NOUN = 1.2  # how many times longer than the bare noun before it an act must be to name the things
LONG_ACT_OVER_NOUN = 1.7  # and to name a verb's object (not a result: 新建3个污水处理厂有效遏制水污染) or money by its
# purpose (支持产业发展财政资金, one word with it)
ACT_MIN, ACT_MAX = 4, 20  # characters of such an act: a verb and its object, not a sentence
ACTING_ROLES = ("", "subject", "counted_subject", "object")  # counts whose things do or are put to the act after them


def _named_by_long_act(v, name: str, role: str) -> str:
    """Things counted by a bare noun and said, to their clause's end, to have done a longer act with no
    other count or item in it (2300家医疗卫生机构开通医保移动支付结算服务, 96个村卫生所开通医保服务) are named
    by the act, as a column header says them (开通医保服务的村卫生所: phrases.act_first); the noun alone says
    too little of which ones were counted. Not by an act that says how a plan went or has a subject of its
    own (NOT_A_SET_ACT); money by a purpose much longer than its noun, one word with it."""
    pack, text = v.pack, v.doc.text
    if not name or role not in ACTING_ROLES or not v.scope_right.startswith(name) \
            or pack.words_re("OWNER_MARK").search(name):
        return name  # 为10万名残疾人提供…: what was done for those counted is named by its own rules
    act = text[v.extent.end + len(name):v.end]
    if pack.pattern("DIGIT_RUN").search(act) or pack.pattern("NOT_AN_ACT").search(act):
        return name
    lead = pack.pattern("ACT_LEAD").match(act)
    if lead and len(act) > lead.end() + 1:
        act = act[lead.end():]
    act = pack.words_re("PARTICLE_LE").sub("", act)
    if pack.pattern("NOT_A_SET_ACT").search(act):
        return name
    act = pack.pattern("ACT_TASK_TAIL").sub("", act)
    money = unit_family(v.unit) in pack.word_list("MONEY_UNIT")  # 用于廉租房建设财政资金: money for a purpose
    acted_on = role == "object" or pack.words_re("ACTION_VERB", "end").search(v.left_trimmed)  # …和培育40个工业强县
    if not ACT_MIN <= len(act) <= ACT_MAX \
            or len(act) < (LONG_ACT_OVER_NOUN if money or acted_on else ACT_OVER_NOUN) * len(name):
        return name
    return act + name if money else phrases.act_first(act, name, pack)


def _described_things(v, name: str) -> str:
    """Things counted, described by a list of what they are like before 的 (特色鲜明、规模较大、辐射带动力强的
    服务业集聚区): the noun after 的 names them (服务业集聚区); not works done on the things listed."""
    pack = v.pack
    m = pack.pattern("DESCRIBED_BY_LIST").match(name) if name else None
    if m is None or pack.words_re("WORKS_DONE", "end").search(m.group("head")):
        return name  # 30个老旧小区、城中村的雨污分流改造: the list names the things the works were done on
    return m.group("head")


def _places_by_their_act(v, name: str) -> str:
    """A set of counties counted and what they did, in one name (县（市、区）雨污合流管网清零): the act first, as
    a column header says the places (雨污合流管网清零县（市、区）); not when a figure follows in the clause, which
    measures something of theirs (44个县（市）生产总值增长18.8%: a scope, drop.scope_count), nor when the count
    is of other things (100所县（市）中等职业学校) or a verb before it builds what follows (建成20个县（市、区）融媒体
    中心: the county's own facility, PLACE_SET_BUILT)."""
    pack = v.pack
    counted_by = split_magnitude(v.unit)[1]
    m = pack.pattern("PLACE_SET_THEN_ACT").match(name) if name and counted_by in pack.word_list("PLACE_SET_UNIT") else None
    if m is None or _next_in_clause(v) or pack.pattern("PLACE_SET_BUILT").search(v.left_trimmed):
        return name
    return m.group("act") + m.group("places")


def _acted_on_owner(v, name: str) -> str:
    """A count right after a verb of things and, after 的, what of theirs the verb acts on, to the
    clause's end (取消1800所农村中小学校的小火炉, 提高22个特殊群体的社会保险待遇) counts the things it was
    done to, named by the act first (取消小火炉的农村中小学校), as a column header says them; so does one
    whose name runs from the things' head into a quality of theirs with no 的 (改善2886所义务教育学校办学条件:
    OWNED_QUALITY)."""
    pack = v.pack
    said = (pack.pattern("ACTED_ON_OWNER").fullmatch(phrases.clause_rest(v.scope_right, pack))
            or pack.pattern("OWNED_QUALITY").fullmatch(name)) if name else None
    verb = pack.pattern("VERB_BEFORE_COUNT").search(v.left_trimmed) if said else None
    counted_by = split_magnitude(v.unit)[1]
    if verb is None or counted_by and counted_by in said.group("object"):
        return name  # 取消200项自治区设定的行政许可项目: the classifier counts what follows 的, a clause before it
    return verb.group("verb") + phrases.clean(said.group("object"), pack) + pack.word_list("OWNER_MARK")[0] \
        + said.group("things")


def _task_of_counted(v, name: str) -> str:
    """Counted things said with the act done to them as a task (完成1.1万贫困人口易地扶贫搬迁任务): the count
    is of the things, named by the act first (易地扶贫搬迁贫困人口), as those an act carried to are; works
    done on things after them (20个乡镇卫生院的改扩建任务 -> 乡镇卫生院改扩建: WORKS_DONE). The things end
    at 的 or at the first head of things counted (COUNTED_HEAD); a name with neither stays."""
    pack = v.pack
    task = pack.pattern("TASK_END").search(name) if name else None
    family = unit_family(v.unit)
    if task is None or pack.words_re("KEPT_VERB").match(name) or family and family not in pack.word_list("COUNT_UNIT"):
        return name  # 帮扶农村计生户任务: named by its verb already; 1万公里农村公路建设任务: the works measured
    rest = name[:task.start()]
    owner = rest.rfind(pack.word_list("OWNER_MARK")[0])
    head = next((m for m in pack.pattern("COUNTED_HEAD").finditer(rest, concurrent=ONE_THREAD) if m.end() <= len(rest) - 2), None)
    cut = owner if owner > 0 else head.end() if head else 0
    things, act = rest[:cut], rest[cut + (1 if owner > 0 else 0):]
    if len(act) < 2 or not things or pack.pattern("DIGIT_RUN").search(rest) or pack.pattern("TRIAL_END").search(act):
        return name  # 县级公立医院综合改革试点工作: a trial is named as said
    return things + act if pack.words_re("WORKS_DONE", "end").search(act) else act + things


def _counted_again(v) -> int:
    """Where the count right after a count ends, when the two count the same things twice over (21项30个为民
    办实事项目, 10项26件实事: by item and by piece: RECOUNTED_UNIT; not households and their people, nor people and
    their times); 0 else."""
    hits, counts = v.sentence.hits, v.pack.word_list("COUNT_UNIT")
    if v.n + 1 >= len(hits) or hits[v.n + 1].start != v.extent.end \
            or split_magnitude(v.unit)[1] not in v.pack.word_list("RECOUNTED_UNIT"):  # not 3万户15万人, 16人50次
        return 0
    unit = v.pack.pattern("DIGIT_RUN").sub("", v.doc.text[hits[v.n + 1].start:hits[v.n + 1].end])
    return v.sentence.extents[v.n + 1].end if unit_family(unit) in counts else 0


def _listed_after_solver(v) -> bool:
    """Whether the count is listed after one 解决 opens, the one before's noun and a 、 or 和 between
    (解决400万农村人口和50万学校师生饮水安全问题: LISTED_AFTER), and a problem closes its clause (…、
    1100个建制村通公路 is no problem solved)."""
    before = v.sentence.values.get(v.n - 1)
    if before is None or not v.pack.pattern("LISTED_AFTER").fullmatch(
            v.doc.text, v.sentence.extents[v.n - 1].end, v.extent.start) \
            or not v.pack.words_re("PROBLEM_WORD").search(phrases.clause_rest(v.scope_right, v.pack)):
        return False
    return phrases.count_role(before.scope_left, v.pack) == "solver"


def _counts_things(v) -> bool:
    """A count of things, no people or households (who may go on to act: 帮助5万人实现就业)."""
    unit = unit_family(v.unit)
    return unit in v.pack.word_list("COUNT_UNIT") and unit not in v.pack.word_list("PEOPLE_UNIT") \
        and unit not in v.pack.word_list("HOUSEHOLD_UNIT")


def _object_of_verb(v) -> bool:
    """A count of things right after a verb, with no noun said before it in its clause, or after a verb of issuing
    rules or policies (ISSUED_END) whoever issued them."""
    return _counts_things(v) and (not phrases.left_name(v.scope_left, v.pack)
                                  or v.pack.pattern("ISSUED_END").search(v.left_trimmed, None, None, ONE_THREAD) is not None)


SAID_MAX = 12  # characters of the name said before a count that a bare noun after it takes


def _first_of_examples(v, name: str) -> str:
    """A count that closes a list of examples (沿江高铁等8个铁路项目) counts its own noun alone when
    what follows it after 、 closes another (…、京港澳高速改扩建等39个高速项目): that is the next item of
    the sentence's list, no second noun of this count's."""
    tail, left = v.pack.pattern("LIST_TAIL_MARK"), v.scope_left
    closes = left and tail.match(left, len(left) - 1)  # read with what stands before it: 高等 is no 等
    sep = v.pack.pattern("ITEM_OR_CONJ").search(name) if closes else None
    if sep is None:
        return name
    rest = v.scope_right.find(name[sep.end():])
    return name[:sep.start()] if rest >= 0 and tail.match(v.scope_right, rest + len(name) - sep.end()) else name


def _named_second(v, name: str) -> str:
    """A second item after the counted things that names an instance or a building work (3条中欧班列和西安至阿姆斯特丹
    货运航线): the count's things end before its joiner, unless the second is of the same kind (国家医学中心和国家区域医疗中心)."""
    m = v.pack.pattern("SECOND_NAMED_ITEM").search(name)
    if m is None:
        return name
    first, second = name[:m.start()], name[m.end():]
    if first[-2:] in second or second.startswith(first[:2]):
        return name
    return first


ACT_OF_LIST = 4  # characters of what a list of counted subjects did, its object with it, that names them all


def _act_after_list(v, role: str) -> str:
    """Things counted first in a list of counted subjects are named by what the list did, said after
    its last item (70家工厂、5个工业园区入选国家绿色制造名单 -> 入选国家绿色制造名单的工厂); '' when none."""
    if role not in ("subject", "counted_subject"):
        return ""
    text, pack, end = v.doc.text, v.pack, v.end
    listed = pack.pattern("COUNTED_LIST_THEN_ACT").match(text, v.extent.end, end, ONE_THREAD)
    act = phrases.clause_rest(text[listed.end():end], pack) if listed else ""
    if len(act) < ACT_OF_LIST or pack.pattern("DIGIT_RUN").search(act) \
            or pack.pattern("ITEM_SEP").match(text, listed.end() + len(act)):  # 42万贫困人口脱贫、1000个贫困村退出、…:
        return ""  # a bare verb is the last item's alone, one joining more counts too; an act cut by a list is none
    noun = listed.group("noun")
    if phrases.after_classifier(noun, pack, role) != noun:
        return ""  # the first did something of its own
    named = phrases.after_classifier(noun + act, pack, role)
    return named if named != noun else ""


def _paired_verbs(v, name: str) -> str:
    """Building verbs paired before a count lead the name of what it counts (新建和改造4682个农家店 ->
    新建和改造农家店), and of the items after it in its list (…、100所敬老院 -> 新建和改扩建敬老院)."""
    left = v.left_trimmed
    paired = v.pack.pattern("VERB_PAIR").match(left + name) if name else None
    if paired and paired.end() == len(left):
        return paired.group() + name
    previous = v.sentence.fields.get(v.n - 1) if name and not left and v.continues else None
    paired = v.pack.pattern("VERB_PAIR").match(previous.indicator) if previous is not None else None
    return paired.group() + name if paired and not name.startswith(paired.group()) else name


def _kept_verb(v, name: str) -> str:
    """A verb right before a count that says what was done to the counted things, which alone they
    are not, leads their name (扶持500户龙头企业 -> 扶持龙头企业, 资助10万名学生 -> 资助学生)."""
    verb = v.pack.words_re("KEPT_VERB", "end").search(v.left_trimmed) if name else None
    return verb.group() + name if verb and verb.group() not in name else name


PEOPLE_ACT_MAX = 20  # characters of what counted people did that still name them


def _what_people_did(v) -> str:
    """People counted by a bare 人 or 名 that open their clause are named by what they got or
    did, to its end (12人入选国家高层次人才 -> 入选国家高层次人才; 77万人实现脱贫 -> 脱贫)."""
    if split_magnitude(v.unit)[1] not in v.pack.word_list("PEOPLE_UNIT") \
            or phrases.count_role(v.scope_left, v.pack) != "subject":
        return ""
    did = phrases.trim(phrases.clause_rest(v.scope_right, v.pack))
    if not v.pack.words_re("PEOPLE_ACT").match(did) or len(did) > PEOPLE_ACT_MAX:
        return ""
    return v.pack.pattern("PEOPLE_ACT_LIGHT").sub("", v.pack.words_re("PARTICLE_LE").sub("", did), count=1)


def _after_next_value(v, join: str, role: str) -> tuple[str, str]:
    """What the things said after the next value are named, and the last character of that value
    (its unit's), when only the pattern `join` stands between this value and it; ('', '') else."""
    hits, ext, text = v.sentence.hits, v.sentence.extents, v.doc.text
    if v.n + 1 >= len(hits) or not v.pack.pattern(join).fullmatch(text, v.extent.end, hits[v.n + 1].start):
        return "", ""
    end = clause_end(text, ext[v.n + 1].end, v.sentence.end, v.pack)
    name = _before_next_name(v, phrases.after_classifier(text[ext[v.n + 1].end:end], v.pack, role), v.n + 1)
    return name, text[hits[v.n + 1].end - 1:hits[v.n + 1].end]


def _measured_after(v, role: str) -> str:
    """A count its things' measure follows at once (11条、总长1131公里高速公路续建项目, 15项950公里高速公路
    项目, 9个总装机65万千瓦光热项目) counts the things named after the measure; not a list of counts (3个、
    4个), nor, past a measure's word, things after 的 (9个总投资120亿元的项目: the clause they end names them)."""
    hits, ext, text = v.sentence.hits, v.sentence.extents, v.doc.text
    if not _counts_things(v) or v.n + 1 < len(hits) and hits[v.n + 1].start > ext[v.n].end \
            and v.pack.words_re("OWNER_MARK").match(text, ext[v.n + 1].end):
        return ""
    name, unit = _after_next_value(v, "MEASURE_JOIN", role)
    if not name and not phrases.left_name(v.scope_left, v.pack):  # 新建5条、36公里农村公路
        name, unit = _after_next_value(v, "MEASURE_LISTED", role)
    said = text[hits[v.n + 1].start:hits[v.n + 1].end] if name else ""
    if unit == v.unit[-1:] or said.endswith(v.pack.word_list("MULTIPLE_UNIT")) or v.pack.pattern("PERCENT_UNIT").search(said):
        return ""  # 539.4万部1.2倍: a multiple or a rate after a count measures it, not its things
    return name


def _noun_then_measure(v, role: str) -> str:
    """A count whose things are named right before their measure (建设8条高速公路730公里, 建设27个项目664公里)
    counts those things: the noun the measure's scope took is this count's too; not when another count
    follows (引进112家…企业投资项目201个)."""
    hits, text, pack = v.sentence.hits, v.doc.text, v.pack
    if not v.counted or v.scope_right or v.n + 1 >= len(hits) or phrases.left_name(v.scope_left, pack) \
            or pack.words_re("COUNT_UNIT", "end").search(text, hits[v.n + 1].start, hits[v.n + 1].end):
        return ""  # 团队10个和领军人才20名: named before the count; 112家…企业投资项目201个, …聘任100名: another count
    between = text[v.extent.end:hits[v.n + 1].start]
    name = phrases.after_classifier(between, pack, role)
    if name != phrases.trim(between) or pack.pattern("ITEM_OR_CONJ").match(name) \
            or pack.words_re("GENERIC_METRIC", "end").search(name):
        return ""  # …项目，总投资80亿元: the next value's own metric
    return name


def _households_of_people(v, role: str) -> str:
    """Households counted right before the people in them (42万户、143万人喜迁新居; 30万户120多万农牧民…)
    are the households of the people named after (喜迁新居户数, 喜迁新居农牧民户数)."""
    pack = v.pack
    if v.unit[-1:] not in pack.word_list("HOUSEHOLD_UNIT"):
        return ""
    people, unit = _after_next_value(v, "HOUSEHOLDS_JOIN", role)
    if not people or unit not in pack.word_list("PEOPLE_UNIT") and unit not in pack.word_list("MAG_WORD"):
        return ""  # people, or a bare magnitude of them (120多万农牧民)
    return people + pack.word_list("HOUSEHOLD_NAME")[0]


def _before_next_name(v, name: str, n: int | None = None) -> str:
    """A counted noun after value n (the value's own by default) that runs through 、 into the value
    after it (10个风电项目、装机容量365万千瓦) ends at the 、: what follows it names that value."""
    hits, n = v.sentence.hits, v.n if n is None else n
    if not name or n + 1 >= len(hits):
        return name
    k = phrases.after_last_item(name, 0, len(name), v.pack)
    if k == 0 or not v.doc.text[v.sentence.extents[n].end:hits[n + 1].start].endswith(name[k:]):
        return name
    return phrases.trim(name[:k - 1])


def _place_before_list(v) -> str:
    """A bare place counted before a count of other places (3个县、66个乡脱贫摘帽) takes what is
    said of those: 县脱贫摘帽; so do places before more places and a count of people, of what the
    people did (6个县、400个村、11万人实现脱贫摘帽 -> 县脱贫摘帽)."""
    hits, ext = v.sentence.hits, v.sentence.extents
    text, pack = v.doc.text, v.pack
    place, k = None, v.n
    while k + 1 < len(hits):
        joined = pack.pattern("PLACE_BEFORE_LIST").fullmatch(text, ext[k].end, hits[k + 1].start, ONE_THREAD)
        if joined is None:
            break
        place, k = place or joined, k + 1
    if place is None:
        return ""
    following = phrases.after_classifier(text[ext[k].end:v.end], pack)
    own = pack.pattern("PLACE_NOUN").match(following, None, None, ONE_THREAD)
    if own and own.end() < len(following):
        return place.group("place") + following[own.end():]
    people = text[hits[k].end - 1:hits[k].end]  # the unit the last count ends with (11万人): values after this are not read yet
    did = phrases.trim(phrases.clause_rest(text[ext[k].end:v.end], pack))
    if people not in pack.word_list("PEOPLE_UNIT") or not did or len(did) > PEOPLE_ACT_MAX \
            or pack.pattern("DIGIT_RUN").search(did) or not (following or pack.words_re("PEOPLE_ACT").match(did)):
        return ""  # the people are named by what they did too, or the places by nothing (8个县、20万人完成了…)
    return place.group("place") + pack.pattern("PEOPLE_ACT_LIGHT").sub("", pack.words_re("PARTICLE_LE").sub("", did), count=1)


def _owned_after_list(v) -> str:
    """The noun after 的 that ends a list of values in this value's clause (65条、57.9公里的X -> X)."""
    text, owner = v.doc.text, v.pack.words_re("OWNER_MARK")
    for k in range(v.n + 1, len(v.sentence.hits)):
        end = v.sentence.extents[k].end
        if end > v.end:
            break
        if owner.match(text, end):
            return phrases.right_noun(text[end + 1:v.end], v.pack)
    return ""


@mechanism("indicator", needs=("ITEM_SEP",))
def items_counted(v):
    """凉州、陇西、康县3县区完成试点: a count of the places or things just listed is named by what
    follows it, not by the list."""
    items = v.pack.pattern("ITEM_SEP").split(v.left_trimmed, 0, ONE_THREAD)
    q = v.quantity
    if len(items) < 2 or q.value != len(items) or not all(0 < len(i) <= 8 for i in items):
        return None
    name = phrases.after_classifier(v.scope_right, v.pack)
    if not name:
        base = split_magnitude(q.unit)[1]
        name = base + phrases.result_phrase(v.scope_right, len(base), v.pack) if len(base) > 1 else ""
    return phrases.clean(name, v.pack) or None


@mechanism("indicator", needs=("ASIDE",))
def within_aside(v):
    """A value inside an aside (在2015年增长14.3%的基础上，又增长12.7%) is of what the sentence
    measured before it; the noun of the aside's frame (基础上) names nothing."""
    if not v.pack.pattern("ASIDE").fullmatch(phrases.trim(v.scope_clause), None, None, ONE_THREAD):
        return None
    return v.sentence.last_indicator or None


@mechanism("indicator", needs=("GROWTH_GOAL_AFTER", "GROWN_TOPIC"))
def growth_goal_after(v):
    """提出8%左右的经济增长预期目标: the growth the goal after the rate names; a topic that names no
    quantity of its own keeps its growth word, as growth_of_topic names it."""
    m = v.pack.pattern("GROWTH_GOAL_AFTER").match(v.scope_value_after, None, None, ONE_THREAD)
    name = phrases.clean(m.group("name") or "", v.pack) if m else ""
    if not name:
        return None
    return name + m.group("growth") if name in v.pack.word_list("GROWN_TOPIC") else name


@mechanism("indicator", needs=("SHARE_LISTED_BEFORE", "SHARE_NAME", "OWNER_MARK", "SHARE_ACT", "BENEFIT_VERB", "TASK_LEVEL"))
def share_in_list(v):
    """A share after a joiner, its things ending the clause, is of what the share listed before it
    was of: that share's name with the things swapped (整治40%的背街小巷和30%的老旧小区 -> 整治老旧小区比例;
    分级诊疗覆盖90%的县级医院和70%的乡镇卫生院 -> 分级诊疗覆盖乡镇卫生院比例)."""
    k = v.n - 1
    previous = v.sentence.fields.get(k)
    if not v.percent or previous is None or previous.unit != v.unit \
            or not v.pack.words_re("OWNER_MARK").match(v.scope_right):
        return None
    listed = v.pack.pattern("SHARE_LISTED_BEFORE").fullmatch(v.doc.text, v.sentence.extents[k].end, v.extent.start, ONE_THREAD)
    if listed is None:
        return None
    tail = listed.group("noun") + v.pack.word_list("SHARE_NAME")[0]
    acted = previous.indicator[:-len(tail)]
    if not previous.indicator.endswith(tail) or not acted \
            or v.pack.words_re("OWNER_MARK", "end").search(acted):  # 通天然气的乡镇比例: their act after them
        return None
    return _share_of_things(v, acted)


@mechanism("indicator", needs=("OWNER_MARK", "LIST_SEP", "RISE_END", "FALL_END", "LEVEL_TO_END", "SHARE_ACT", "NOT_IN_HEAD",
                                "SHARE_REACHED", "SHARE_NAME", "SHARE_ACTED_VERB", "SHARES_THEN_ACT", "BENEFIT_VERB", "GOAL_AFTER"))
def share_of_noun(v):
    """80%以上的项目由企业牵头: a share with no name before it names the noun after 的; so does
    one after another share and a joiner (95%的乡镇和78%的建制村通硬化路), and one before it, with
    what the list did (乡镇通硬化路). A share said right before its noun, after nothing or a joiner,
    names the clause as said (所有乡镇和90%行政村通硬化路 -> 行政村通硬化路比例)."""
    if not v.percent or v.n and v.sentence.values[v.n - 1].percent and v.pack.pattern("GOAL_AFTER").match(v.scope_right):
        return None  # 比上年增长9.1%，接近10%左右的预期目标: the goal of the rate before, no share of a goal (新增就业5万人，
        # 完成90%的年度目标 is one: no rate before)
    de = v.pack.words_re("OWNER_MARK").match(v.scope_right)
    listed = v.pack.pattern("SHARES_THEN_ACT").match(v.doc.text, v.extent.end, v.end, ONE_THREAD) \
        if de and not phrases.left_name(v.scope_left, v.pack) else None  # 铁路网覆盖90%以上的县、…: its own name
    if listed:
        act = phrases.clause_rest(v.doc.text[listed.end():v.end], v.pack)
        return phrases.clean(phrases.noun_after_de(de.group() + listed.group("noun") + act, v.pack), v.pack) or None
    left = v.left_trimmed
    joined = v.pack.pattern("LIST_SEP").search(left[-1:])
    owner = _left(v)
    if de and not phrases.left_name(v.scope_left, v.pack):
        owner = ""  # 推进70%以上的乡镇开展…: only a verb before the share, whose 的 names its things
    if not de and (v.runs_on or any(v.pack.pattern(p).search(left) for p in ("RISE_END", "FALL_END", "LEVEL_TO_END"))):
        return None  # 增长12.56%大口径…: a rate, not a share of things; 80%乡镇实现30分钟…: the clause has more
    if owner and not (joined and (v.continues or not de)):
        said = phrases.noun_after_de(v.scope_right, v.pack) if de else phrases.share_as_said(v.scope_right, v.pack)
        if de and (not said.endswith(v.pack.word_list("SHARE_NAME")[0]) or v.pack.pattern("TASK_LEVEL").search(said)):
            # only things that did an act (SHARE_ACT) or were acted on, no goal (…减少1%的节能减排目标预计可以完成)
            return _acted_on(v, owner)
        # 粤东西北地区80%村庄完成整治, 沈阳、大连两市80%的社区建成文明社区: the share of the owner's things that
        # did it; after a joiner (95%的乡镇和78%的行政村通油路) the owner is the share before, no part of it
        return phrases.clean(said if joined else owner + said, v.pack) if said else None
    name = phrases.noun_after_de(v.scope_right, v.pack) if de else phrases.share_as_said(v.scope_right, v.pack)
    if de and not owner and not name.endswith(v.pack.word_list("SHARE_NAME")[0]):  # 整治10%的自然村: the act alone
        name = _acted_on(v, phrases.clean(phrases.left_with_verbs(v.scope_left, v.pack), v.pack)) or name
    return phrases.clean(name, v.pack) or None


def _acted_on(v, owner: str) -> str | None:
    """消除60%的城市黑臭水体: the share of the things an act before it was done to, all its clause after
    的 (消除城市黑臭水体比例); so of the things a named programme reached (分级诊疗覆盖90%的县级医院 ->
    分级诊疗覆盖县级医院比例: BENEFIT_VERB); None when the owner ends in no such act (SHARE_ACTED_VERB)."""
    pack = v.pack
    reached = pack.words_re("BENEFIT_VERB", "end").search(owner, None, None, ONE_THREAD)
    if not pack.words_re("SHARE_ACTED_VERB", "end").search(owner, None, None, ONE_THREAD) \
            and not (reached and reached.start() >= 2):  # a name before the verb
        return None
    return _share_of_things(v, owner)


def _share_of_things(v, acted: str) -> str | None:
    """The share of the things after a share's 的 that an act or a work said before them reached
    (消除 + 城市黑臭水体 -> 消除城市黑臭水体比例), None when no such things end the clause (_share_things)."""
    things = _share_things(v)
    return phrases.clean(acted + things, v.pack) + v.pack.word_list("SHARE_NAME")[0] if things else None


def _share_things(v) -> str:
    """The things a share counts, named after its 的 to the clause's end with nothing they did
    (覆盖58%的行政村 -> 行政村); '' when they do more (…的县通达高铁, …的乡镇通了天然气) or name a task's level."""
    pack = v.pack
    things = phrases.right_noun(v.scope_right[1:], pack)
    if not things or things != phrases.trim(phrases.clause_rest(v.scope_right[1:], pack)) \
            or pack.pattern("TASK_LEVEL").search(things) or any(
                pack.words_re(acts).search(things, 1, None, ONE_THREAD) for acts in ("SHARE_ACT", "BENEFIT_VERB")):
        return ""
    return things


@mechanism("indicator", needs=("VERB_ALONE", "THINGS_AFTER_VERB", "COUNT_UNIT", "MULTIPLE_UNIT", "MULTIPLE_BASE"))
def left_with_verbs(v):
    """新建改扩建学校: a bare noun keeps the verbs that say what was counted; a verb alone keeps
    what it gave or did, after the count (免费为250万人提供教科书 -> 免费提供教科书)."""
    left = _left_of_base(v)
    if len(phrases.left_name(left, v.pack)) > 2:
        return None
    name = phrases.clean(phrases.left_with_verbs(left, v.pack), v.pack)
    return name + _things_after_verb(v, name) if name else None


def _left_of_base(v) -> str:
    """The text left of a value, without what a multiple is compared with (…，是改革开放以来前14年总和的5.3倍:
    that total names no metric; the metric is said before 是, or by the value before: MULTIPLE_BASE)."""
    if not _multiple(v):
        return v.scope_left
    base = v.pack.pattern("MULTIPLE_BASE").search(v.scope_left)
    if base is None or base.group("rate") and not phrases.trim(v.scope_left[:base.start()]):
        return v.scope_left  # …增长18%，是全省平均增速的2倍: a multiple of the rate, which subject_of_generic names
    return v.scope_left[:base.start()]


def _multiple(v) -> bool:
    """Whether the value is a multiple (倍: MULTIPLE_UNIT), of something said with it or of a base."""
    return split_magnitude(v.unit)[1] in v.pack.word_list("MULTIPLE_UNIT")


def _things_after_verb(v, verb: str) -> str:
    """What follows the classifier of a count after a verb alone (VERB_ALONE), as after_classifier
    reads a verb's object, when the value counts (of things, people, households or visits)."""
    pack = v.pack
    if pack.pattern("VERB_ALONE").match(verb, None, None, ONE_THREAD) is None \
            or unit_family(v.unit) not in pack.word_list("COUNT_UNIT"):
        return ""
    noun = phrases.clean(phrases.after_classifier(v.scope_right, pack, "object"), pack)
    m = pack.pattern("THINGS_AFTER_VERB").fullmatch(noun, None, None, ONE_THREAD)
    return m.group("noun") if m else ""


@mechanism("indicator", needs=("GROWN_TOPIC", "TOPIC_GROWTH_END"))
def growth_of_topic(v, current: str = ""):
    """经济增长8%: a topic that names no quantity of its own is measured by its growth, and its
    name keeps the growth word, as analysts write it; the words that lead it go (确定经济增长6%的
    预期目标 -> 经济增长, not 确定经济)."""
    topic = next((t for t in v.pack.word_list("GROWN_TOPIC") if current.endswith(t)), "")
    if not topic or phrases.strip(current[:-len(topic)], v.pack, "LEAD_WORD", None):
        return None
    m = v.pack.pattern("TOPIC_GROWTH_END").search(v.scope_left)
    return topic + m.group("growth") if m else None


@mechanism("indicator", needs=("SHARE_DONE", "TASK_LEVEL", "COMPLETION_RATE", "BASE_SIZE"))
def completion_rate(v):
    """完成年度任务的149%: the share of a task or plan done is its completion rate, said of what did
    it (重点示范镇完成投资计划的128% -> 重点示范镇投资计划完成率)."""
    if not v.percent:
        return None
    group = v.sentence.list_of(v.n) or (v.n, v.n)
    first = v.sentence.values.get(group[0], v)  # 分别完成年计划126%、116%: the list's first says it
    m = v.pack.pattern("SHARE_DONE").search(first.scope_left)
    if m is None or v.pack.pattern("TASK_LEVEL").match(v.doc.text, v.hit.end):
        return None
    subject = v.sentence.distributed.get(v.n) or phrases.clean(phrases.left_name(m.group("subject"), v.pack), v.pack) \
        or _done_before(v, group)  # 治沙、造林分别完成年度目标任务的113%、220%: each item its own
    task = v.pack.pattern("BASE_SIZE").sub("", phrases.trim(m.group("task")))  # 完成计划290亿元的104.8%
    return subject + task + v.pack.word_list("COMPLETION_RATE")[0]


def _done_before(v, group: tuple[int, int]) -> str:
    """What a share of a task said with no subject is of: the value before it in the sentence, or
    for a list of shares (`group`, first and last index) the values before the list, one each
    (城镇新增就业50万人，农村转移劳动力60万人，分别完成年计划126%、116%)."""
    before = v.sentence.fields.get(v.n - (group[1] - group[0] + 1))
    return before.indicator if before is not None and before.indicator else ""


@mechanism("indicator", needs=("SHARE_OF_BASE", "SHARE_VERB", "SCOPE_WORD"))
def share_of_base(v):
    """…旅游业总收入1425.8亿元，相当于生产总值的9.5%: a share of a whole said with nothing named before 相当于
    (为, 是) is the share the amount said before it has in that whole (旅游业总收入占生产总值; share_of_whole_named
    adds 比重), not the whole's (相当于生产总值)."""
    m = v.pack.pattern("SHARE_OF_BASE").fullmatch(v.left_trimmed) if v.percent else None
    if m is None:
        return None
    k = v.n - 1
    while k >= 0 and v.sentence.values[k].percent:  # …，增长19%，相当于…: the amount, past its rate
        k -= 1
    before = v.sentence.fields.get(k) if k >= 0 else None
    whole = v.pack.words_re("SCOPE_WORD").sub("", m.group("whole"), count=1)  # 全省生产总值; a span said of the
    if before is None or not before.indicator or len(whole) < 2:  # whole stays (过去五年总和), as clean would not
        return None
    return before.indicator + v.pack.word_list("SHARE_VERB")[0] + whole


@mechanism("indicator", needs=("SHARE_OF_WHOLE", "SHARE_VERB", "MULTIPLE_UNIT", "MULTIPLE_OF"))
def share_reached(v):
    """服务业投资占比保持在全部投资的50%以上: a share of a whole said after its verb is the owner's
    share of that whole (服务业投资占全部投资), as 占 says it, not the verb's (…保持在全部投资); a
    multiple of it is said with 相当于 (特困人员基本生活标准不低于最低生活保障标准的1.6倍 ->
    特困人员基本生活标准相当于最低生活保障标准倍数)."""
    times = _multiple(v)  # 不低于…标准的1.6倍: a multiple of it
    m = v.pack.pattern("SHARE_OF_WHOLE").search(v.scope_left, None, None, ONE_THREAD) if v.percent or times else None
    owner = phrases.clean(phrases.left_name(m.group("owner"), v.pack), v.pack) if m else ""
    if len(owner) < 2:
        return None
    if times:
        said, name = v.pack.word_list("MULTIPLE_OF")
        return owner + said + phrases.trim(m.group("whole")) + name
    return owner + v.pack.word_list("SHARE_VERB")[0] + phrases.trim(m.group("whole"))


@mechanism("indicator", needs=("SHARE_USE", "SHARE_NAME"))
def share_put_to_use(v):
    """财政支出75%以上用于民生: a share of money or means named before it, put to the use said after
    it, is the share for that use (财政支出用于民生比例); the share of what follows 的 when that is
    said (城市商业银行60%以上的新增贷款用于… -> 城市商业银行新增贷款用于…比例), or right after the share
    (将70%以上财力用于民生事业 -> 财力用于民生事业比例)."""
    m = v.pack.pattern("SHARE_USE").match(v.scope_right) if v.percent else None
    owner = phrases.clean(phrases.left_name(v.scope_left, v.pack), v.pack) if m else ""
    if m is None or m.group("bare") and owner:
        return None  # 研发投入增长7%以上力争投入强度…: the words after the share are no means of the owner's
    what = phrases.trim(m.group("what") or m.group("bare") or "")
    if not (owner or what):
        return None  # 将70%以上财力用于民生: the means right after the share name it, with nothing before
    return owner + what + m.group("verb") + phrases.trim(m.group("use")) + v.pack.word_list("SHARE_NAME")[0]


@mechanism("indicator", needs=("CONTRIBUTED", "CONTRIBUTED_BETWEEN", "CONTRIBUTED_THING", "SHARE_VERB", "SHARE_OF_WHOLE_NAME",
                                "SHARE_ALONE_NAME", "DIGIT_RUN"))
def share_contributed(v):
    """民营经济贡献了70%以上的税收、80%以上的城镇劳动力就业: each share of a list after a verb of
    contributing is of the thing right after it, held by who contributed it (民营经济占税收比重); with
    no one named in its clause, the thing's share alone (创造了50%税收 -> 税收占比)."""
    text, pack = v.doc.text, v.pack
    thing = pack.pattern("CONTRIBUTED_THING").match(text, v.extent.end, v.sentence.end, concurrent=ONE_THREAD) \
        if v.percent else None
    if thing is None:  # most shares end their clause: no thing after them, no clause read
        return None
    start = clause_start(text, v.sentence.start, v.start, 0, pack)
    verb = None
    for verb in pack.pattern("CONTRIBUTED").finditer(text, start, v.extent.start, concurrent=ONE_THREAD):
        pass
    if verb is None \
            or not pack.pattern("CONTRIBUTED_BETWEEN").fullmatch(text, verb.end(), v.extent.start, concurrent=ONE_THREAD):
        return None
    owner = phrases.clean(phrases.left_name(text[start:verb.start()], pack), pack)
    what = phrases.clean(thing.group("thing"), pack)
    if len(what) < 2:
        return None
    if len(owner) < 2 or pack.pattern("DIGIT_RUN").search(owner):  # 以43%的面积创造了…: no owner, a share itself
        return what + pack.word_list("SHARE_ALONE_NAME")[0]
    return owner + pack.word_list("SHARE_VERB")[0] + what + pack.word_list("SHARE_OF_WHOLE_NAME")[0]


@mechanism("indicator", needs=("MULTIPLE_UNIT", "MULTIPLE_BASE"))
def left_of_verb(v):
    """[指标][动词][数值]: the noun phrase left of the verb (全市工业增加值达到1800亿元)."""
    return phrases.clean(phrases.left_name(_left_of_base(v), v.pack), v.pack) or None


@mechanism("indicator", needs=("THRESHOLD_ONLY", "THRESHOLD_IN_NAME", "CLASS_BY_BOUND", "COUNT_UNIT", "OWNER_MARK"))
def threshold_of_previous(v, current: str = ""):
    """地区生产总值超200亿元的县77个、超500亿元的18个: a count named by a threshold alone counts
    the things the value before counted, above this threshold (地区生产总值超500亿元的县); a
    bound said without its verb (、100亿元的17个) takes the verb of the name before; a metric
    above a bound and 的 with no noun names a class of them (_class_by_bound)."""
    m = v.pack.pattern("THRESHOLD_ONLY").fullmatch(current or "", None, None, ONE_THREAD)
    last = v.sentence.last_indicator
    inner = v.pack.pattern("THRESHOLD_IN_NAME").search(last) if m and last else None
    if not inner:
        return _class_by_bound(v, current, last)
    return last[:inner.start()] + (m.group("verb") or inner.group("verb")) + m.group("bound") + last[inner.end():]


def _class_by_bound(v, current: str, last: str) -> str | None:
    """其中营业收入超亿元的1200家: a metric above a bound and 的 right before a count, with no noun,
    name the class of the things the count before counted (营业收入超亿元的高新技术企业)."""
    pack, de = v.pack, v.pack.word_list("OWNER_MARK")[0]
    previous = v.sentence.fields.get(v.n - 1)
    if not current or not last or previous is None or unit_family(previous.unit) != unit_family(v.unit) \
            or unit_family(v.unit) not in pack.word_list("COUNT_UNIT") or not v.left_trimmed.endswith(current + de) \
            or not pack.pattern("CLASS_BY_BOUND").fullmatch(current, None, None, ONE_THREAD) \
            or pack.pattern("THRESHOLD_IN_NAME").search(last) or pack.pattern("CLASS_BY_BOUND").search(last):
        return None  # the things before were named by a bound of their own
    return current + de + last


@mechanism("indicator", needs=("METRIC_OVER_BOUND", "METRIC_HEAD", "GENERIC_METRIC"))
def instance_of_bound(v, current: str = ""):
    """One of a class of things named by a metric above a bound, named alone with an amount in the
    bound's unit, has that metric (财政总收入超10亿元的县56个，南昌县超60亿元 -> 南昌县财政总收入)."""
    pack = v.pack
    if v.percent or not 2 <= len(current) <= INSTANCE_NAME or pack.words_re("METRIC_HEAD").search(current) \
            or pack.words_re("GENERIC_METRIC").search(current):
        return None
    base = split_magnitude(v.unit)[1]
    for k in range(v.n - 1, -1, -1):
        record = v.sentence.fields.get(k)
        bound = pack.pattern("METRIC_OVER_BOUND").match(record.indicator, None, None, ONE_THREAD) if record else None
        metric = phrases.clean(bound.group("metric"), pack) if bound and bound.group("unit") == base else ""
        if pack.words_re("METRIC_HEAD", "end").search(metric):  # a metric (17次打破和超过12项…: none), unless
            return None if current[-2:] == metric[-2:] else current + metric  # the thing has it (上交税金)
    return None


INSTANCE_NAME = 6  # characters of a thing named alone (南昌县, 江铜集团, 有色行业) that takes a class's metric


def _other_item(v) -> bool:
    """Whether a semicolon closes the item of the value before and the last level said before it
    is in a unit of another kind: the value opens another item (新增就业岗位22.7万个；筹集资金5.62亿元),
    not the next metric of the same things (增加值618亿元，增长26%；销售收入2000亿元)."""
    if not v.pack.pattern("ITEM_CLOSE").search(v.doc.text, v.sentence.extents[v.n - 1].end, v.extent.start):
        return False
    level = next((f for k in range(v.n - 1, -1, -1) if (f := v.sentence.fields.get(k)) is not None and not f.change), None)
    return level is not None and unit_family(level.unit) != unit_family(v.unit)


@mechanism("indicator", needs=("PROPERTY_METRIC", "COUNT_METRIC", "METRIC_HEAD", "OWNER_NOUN", "OWNED_COUNT", "TOTAL_WORD", "TOTAL_MARK", "RATE_IN_NAME", "RATE_ENDS_NAME", "LIST_TAIL_MARK", "SHARE_VERB",
                                "BUILD_VERB", "RATIO_END", "ITEM_CLOSE", "SUBJECT_FIELD", "FIELD_QUALIFIER", "FIELD_METRIC", "WHOLE_ACT"))
def subject_of_generic(v, current: str = ""):
    """A bare metric word (规模, 资金) takes the subject of the value before it
    (办好21项民生实事，落实资金129亿元 -> 民生实事资金), or the field those it counts are of (接待游客…，收入… ->
    旅游收入: SUBJECT_FIELD)."""
    last = v.sentence.last_indicator
    core = phrases.generic_core(current, v.pack)
    previous = v.sentence.fields.get(v.n - 1)
    if v.percent and previous is not None and previous.change and core not in v.pack.word_list("PROPERTY_METRIC") \
            and not _other_head(last, core, v.pack):
        return None  # 地区生产总值增长8%左右，投资增长11.5%: a list of growth rates, each its own metric
    if not core or not last or phrases.generic_core(last, v.pack) \
            or core not in v.pack.word_list("PROPERTY_METRIC") and v.pack.pattern("RATIO_END").search(last) \
            or previous is not None and _other_item(v):
        return None
    tails = list(v.pack.pattern("LIST_TAIL_MARK").finditer(last))
    if tails and tails[-1].end() < len(last):  # A、B等高速公路, 总里程: the list's head noun
        last = last[tails[-1].end():]
    new = v.pack.pattern("WHOLE_ACT").match(last) if core in v.pack.word_list("TOTAL_WORD") else None
    last = last[new.end():] if new and new.end() < len(last) else last  # 净增规上工业企业62家 (日均新设…)，总数…: of them all
    if last.endswith(core):  # 第二产业投资 and 投资: not 投资投资
        return last
    rate = v.pack.pattern("RATE_IN_NAME").search(last)
    if rate and core in v.pack.word_list("PROPERTY_METRIC"):  # 服务业增加值年均增速高于全国 and 占比: 服务业增加值占比
        return last[:rate.start()] + core
    ends = rate and v.pack.pattern("RATE_ENDS_NAME").match(last, rate.end(), None, ONE_THREAD)
    last = last[:rate.start()] if ends else last  # 规模以上工业增加值增长速度 and 净利润: of the firms, not the rate
    # (培育新的经济增长点 and 投资: a rate word inside a noun cuts nothing)
    generic = v.pack.word_list("GENERIC_METRIC")
    shared = next((w for w in generic if core.endswith(w) and last.endswith(w)), "")
    whole = max((w for w in generic if shared and last.endswith(w) and w.endswith(shared)), key=len, default=shared)
    shared = shared if core.endswith(whole) else whole  # 总投资 and 年度投资: not 项目总年度投资
    if not shared and core not in v.pack.word_list("PROPERTY_METRIC"):  # 企业总数 and 增加值: 企业增加值
        shared = next((w for w in v.pack.word_list("COUNT_METRIC") if last.endswith(w) and len(w) < len(last) - 1), "")
        own = v.pack.words_re("METRIC_HEAD", "end").search(last)  # 粮食播种面积 and 产量: 粮食产量
        bare = core[1:] if core.startswith(tuple(v.pack.word_list("TOTAL_MARK"))) and len(core) > 2 else ""
        if bare and last.endswith(bare) and len(last) > len(bare) + 1:  # 冷库库容 and 总库容: 冷库总库容
            shared = bare
        same = previous is not None and unit_family(previous.unit) == unit_family(v.unit)
        whole_total = core in v.pack.word_list("TOTAL_WORD") or bool(bare) and own is not None \
            and (bare in v.pack.word_list("TOTAL_WORD") and same or own.group() + bare in v.pack.word_list("METRIC_HEAD"))
        if not shared and own and not whole_total:  # the total of the 装机 just counted (新能源装机…，总规模; 电力装机…，总容量)
            if own.start() < 2 or own.group() == core:  # a metric alone owns no other (利润…，税收)
                return None
            shared = own.group()
    subject = last[:len(last) - len(shared)]
    total = v.pack.words_re("TOTAL_WORD", "end").search(subject)
    if total and total.start() >= 2 and core.startswith(subject[total.start() - 2:total.start()]):
        subject = subject[:total.start()]  # 研发经费投入总量 and 投入强度: 研发经费投入强度 (not 进出口总额 and 增速)
    share = v.pack.words_re("SHARE_VERB").search(subject, 2)
    if share:  # 工业占经济总量比重 and 利润: the share's part owns it (工业利润), not its whole
        subject = subject[:share.start()]
        if subject.endswith(core):  # 投资占规划总投资比重 and 投资: the part's own (not 投资投资)
            return subject
    if len(subject) > 3 and core.startswith(subject[-2:]):  # 房屋销售面积 and 销售额: not 房屋销售销售额
        subject = subject[:-2]
    elif len(subject) > 2 and subject.endswith(tuple(v.pack.word_list("TOTAL_MARK"))) \
            and core.startswith(subject[-1]):  # 粮食总产量 and 总投资: not 粮食总总投资
        subject = subject[:-1]
    new = v.pack.words_re("BUILD_VERB").match(subject) if core in v.pack.word_list("TOTAL_WORD") else None
    subject = subject[new.end():] if new else subject  # 新增通车里程 and 总里程: the total is none of the new
    said, field = next(((said, field) for said, field in v.pack.word_pairs("SUBJECT_FIELD") if subject.endswith(said)), ("", ""))
    if field and v.pack.words_re("FIELD_METRIC", "end").search(core):  # 接待游客 and 收入: 旅游收入
        before = subject[:-len(said)]
        if field in before:  # 乡村旅游接待游客: 乡村旅游收入
            return phrases.clean(before[:before.rfind(field) + len(field)], v.pack) + core
        whence = v.pack.words_re("FIELD_QUALIFIER", "end").search(before)  # 接待境外游客: 境外旅游收入
        return (whence.group() if whence else "") + field + core
    return subject + core  # 通车里程 and 总里程: 通车总里程


@mechanism("indicator", needs=("PARTICIPATION", "SCHEME_NAME", "SENTENCE_END", "LIST_SEP", "DISTRIBUTOR"))
def scheme_of_participation(v, current: str = ""):
    """A bare count or share of those enrolled (参保人数, 参合率) is of the insurance scheme said
    last before it, in its sentence or else the sentence before (新型农村合作医疗实现全覆盖，参合率
    达到88% -> 新型农村合作医疗参合率)."""
    pack, text = v.pack, v.doc.text
    if not current or not pack.pattern("PARTICIPATION").fullmatch(current, None, None, ONE_THREAD):
        return None
    scheme = pack.pattern("SCHEME_NAME")
    said = list(scheme.finditer(text, v.sentence.start, v.start, concurrent=ONE_THREAD))
    before = None if said else _sentence_before_span(v)
    if before:
        said = list(scheme.finditer(text, before[0], before[1], concurrent=ONE_THREAD))
    if not said:
        return None
    listed = pack.pattern("LIST_SEP").match(text, said[-1].start() - 1, None, ONE_THREAD) \
        or pack.pattern("LIST_SEP").match(text, said[-1].end(), None, ONE_THREAD)
    if listed and not pack.words_re("DISTRIBUTOR").search(v.scope_clause, None, None, ONE_THREAD):
        return None  # 城镇职工、居民基本医疗保险和新农合加快推进，参保参合人数…: of all the schemes listed
    return said[-1].group() + current  # (参保人数分别增加到610万和30万: the last, at least, is the last said)


def _other_head(last: str, core: str, pack) -> bool:
    """Whether `core` is a metric's head word and `last` a name ending in another, said of
    the same subject (生产安全事故起数下降33%、死亡人数下降28%), or a count of people or events in a noun that owns
    measures (OWNER_NOUN, OWNED_COUNT: 生产安全事故下降7.5%，死亡人数下降7.1% -> the accidents' deaths)."""
    if not last or pack.words_re("METRIC_HEAD").fullmatch(core) is None:
        return False
    head = pack.words_re("METRIC_HEAD", "end").search(last)
    if head is None:
        owner = pack.words_re("OWNER_NOUN", "end").search(last)
        return owner is not None and owner.start() >= 2 and pack.pattern("OWNED_COUNT").search(core) is not None
    return head.start() >= 2 and head.group() != core


def _next_item_named_alike(v, current: str, last: str, between: str) -> bool:
    """Whether this value's name and the one before stand as items of one 、 list, each said on the
    same side of its value: before it (示范县3个、示范点20个) or after it, counted alike (10个…示范县（市、区）、
    20个示范基地; not 24.5万建档立卡贫困人口、660个贫困村: people and places)."""
    sep = v.pack.pattern("ITEM_SEP")
    if between.endswith(current):
        return bool(sep.fullmatch(between[:-len(current)]))
    previous = v.sentence.values.get(v.n - 1)
    return bool(sep.match(between, len(between) - 1)) and between[:-1].endswith(last) \
        and v.doc.text.startswith(current, v.extent.end) \
        and previous is not None and unit_family(previous.unit) == unit_family(v.unit)


@mechanism("indicator", needs=("METRIC_HEAD", "BARE_METRIC", "FIRMS", "SHARE_VERB", "PARALLEL_WORD", "PARALLEL_OPENING", "MODIFIER_ONLY",
                                "PERSON_HEAD", "SHARE_OWN_NAME", "GROUP_OF_RATE", "PLACES_SAID_APART",
                                "LEVEL_OPENING", "ITEM_SEP", "YEAR_PART", "SERIES_ITEM", "PERCENT_UNIT", "MONEY_UNIT", "LEAD_WORD", "STAGE_VERB", "SHARED_VERB", "COUNT_UNIT", "MEASURE_OF_ANY_UNIT"))
def parallel_to_previous(v, current: str = ""):
    """贷款余额 after 金融机构人民币存款余额: a short name whose own part ends as the own part of the
    name before it (贷款, 存款), under the same head word, is its parallel and takes its subject;
    so do the counterpart of the name's last word (支出 after 一般公共预算收入), a bare level of the
    level the name opens with (省级 after 国家级企业技术中心) or of a name with no level, the
    next item of its list (省级 after “三公”经费支出), a level with the name's last word
    (省级机构 after 国家级示范性养老机构), the next item of a 、 list opening with a word inside the name
    (绿色园区 after 省级以上绿色工厂) and a bare metric of the same firms (利润总额 after 规模以上工业增加值)."""
    last = v.sentence.last_indicator
    if not current or not last or last.endswith(current):
        return None
    opening_re = v.pack.pattern("LEVEL_OPENING")
    level, opening = opening_re.match(current, None, None, ONE_THREAD), opening_re.match(last, None, None, ONE_THREAD)
    if level and opening and 0 < len(current) - level.end() <= 3 and last.endswith(current[level.end():]) \
            and len(last) - opening.end() > len(current) - level.end():  # 国家级技能大师工作室…、省级工作室
        return current[:level.end()] + last[opening.end():]
    series = _item_of_series(v, current, last) or _group_of_rate(v, current, last)
    if series or len(current) > 4 or len(last) < len(current) + 3:
        return series
    for said, other in v.pack.word_pairs("PARALLEL_WORD"):  # 一般公共预算收入…；支出… -> 一般公共预算支出
        if current == other and last.endswith(said):
            return last[:-len(said)] + other
    for said, other in v.pack.word_pairs("PARALLEL_OPENING"):  # 城市低保标准…、农村… -> 农村低保标准
        if current == other and last.startswith(said):
            return other + last[len(said):]
        if current == other and last.startswith(other):  # 农村由5.4辆提高到23.6辆: the 由 value said it whole
            return last
    k = last.rfind(current[:2], 2)
    between = v.doc.text[v.sentence.extents[v.n - 1].end:v.extent.start]
    if len(current) >= 3 and k >= 2 and not last.endswith(current[:2]) and _next_item_named_alike(v, current, last, between):
        return last[:k] + current
    if v.pack.pattern("MODIFIER_ONLY").fullmatch(current) and opening and opening.end() < len(last) \
            and any(f.indicator == last and unit_family(f.unit) == unit_family(v.unit)
                    for f in v.sentence.fields.values()):  # 国家级企业技术中心36家、省级148家; not money's name for a count
        return current + last[opening.end():]
    if level and level.end() == len(current) and not opening_re.search(last, None, None, ONE_THREAD) \
            and v.pack.pattern("ITEM_SEP").match(between, None, None, ONE_THREAD) and between[1:].startswith(current):  # 支出下降29.5%、省级下降25.3%
        return current + last
    part = v.pack.pattern("YEAR_PART")
    if part.fullmatch(current, None, None, ONE_THREAD):  # 一季度国内生产总值…，二季度增长3.2%
        said = part.match(last, None, None, ONE_THREAD)
        return current + last[said.end() if said else 0:]
    heads = v.pack.words_re("METRIC_HEAD", "end")
    if v.pack.pattern("BARE_METRIC").fullmatch(current):
        other = heads.search(last)  # 规模以上工业增加值…、利润总额: a bare metric of the same firms
        subject = last[:other.start()] if other else ""  # …工业占整个工业比重: a share's whole is no firms'
        firms = v.pack.words_re("FIRMS", "end").search(subject) and not v.pack.words_re("SHARE_VERB").search(subject)
        return subject + current if firms else None
    head = heads.search(current)
    if not head or head.start() == 0 or not last.endswith(head.group()):
        return None
    own = len(current) - len(head.group())
    if last[-len(current):][own - 1] != current[own - 1]:
        return None
    return last[:-len(current)] + current


def _group_of_rate(v, current: str, last: str):
    """A bare group of people or places after a rate said of others, in the next clause of a list, the same
    unit (常住人口城镇化率达到65%，户籍人口达到50%; 签约服务覆盖率35%以上、重点人群65%以上), is that rate of the
    group: the group replaces the one the rate's name opens with (常住人口城镇化率 -> 户籍人口城镇化率), else is put
    before the name (重点人群签约服务覆盖率); the B of the group's 从A到B is named as its A."""
    pack = v.pack
    before = v.sentence.fields.get(v.n - 1)
    if not v.percent or before is None or before.indicator != last or before.unit != v.unit \
            or not pack.words_re("PERSON_HEAD", "end").search(current) or pack.words_re("METRIC_HEAD").search(current) \
            or not pack.words_re("SHARE_OWN_NAME", "end").search(last):
        return None
    if v.sentence.from_to.get(v.n, ("",))[0] == "to" and last.startswith(current):
        return last  # 灵活就业人员从60%提高到65%: the rate the value it rose from was of the group
    between = v.doc.text[v.sentence.extents[v.n - 1].end:v.extent.start]
    said = pack.pattern("GROUP_OF_RATE").fullmatch(between)
    if said is None or said.group("group") != current:
        return None
    group = pack.words_re("PERSON_HEAD").search(last)  # a group opening the name has a word before its head (常住人口),
    # or is of the current's kind (行政村, 自然村); not 家庭 of 家庭医生
    if not group or (group.start() < 2 and not current.endswith(group.group()[-1])) or group.end() >= len(last) - 1:
        place = pack.pattern("PLACES_SAID_APART").match(last)  # 县城…处理率，乡镇…: no 乡镇县城…
        return current + last[place.end():] if place and place.end() < len(last) - 1 else current + last
    rest = last[group.end():]  # 城镇居民家庭 after 农村居民家庭食品…: 家庭 said once
    return current + rest[next((k for k in range(min(len(current), len(rest)), 0, -1) if current.endswith(rest[:k])), 0):]


def _item_of_series(v, current: str, last: str):
    """A bare kind after a kind said with its measure, the same unit, one item of a list after the
    other, is measured as that one (煤炭消费量18.7亿吨，增长14.4%；原油2.9亿吨 -> 原油消费量; 东部地区
    完成…万吨，增长…；中部地区完成…万吨 -> 中部地区 and what the first one's name said after it).
    Money after money is another metric of the same things (增加值…亿元、上缴税金…亿元): no kind."""
    between = v.doc.text[v.sentence.extents[v.n - 1].end:v.extent.start]
    item = v.pack.pattern("SERIES_ITEM").fullmatch(between)
    measure = v.pack.words_re("METRIC_HEAD", "end").search(last)
    if item is None or v.pack.words_re("METRIC_HEAD").search(current) or v.pack.words_re("STAGE_VERB").match(current) \
            or phrases.generic_core(current, v.pack) or item.group("item") != current or measure is None or measure.start() == 0:
        return None
    percent = v.pack.pattern("PERCENT_UNIT")
    before = [i for i in range(v.n - 1, -1, -1) if i in v.sentence.values and v.sentence.fields.get(i) is not None
              and not percent.search(v.sentence.fields[i].unit)]  # the amounts before it, not their rates
    if percent.search(v.unit) or not before or v.sentence.fields[before[0]].indicator != last \
            or not _measured_alike(v, v.sentence.fields[before[0]].unit, measure.group()) \
            or unit_family(v.unit) in v.pack.word_list("MONEY_UNIT") or v.pack.words_re("LEAD_WORD").match(current):
        return None  # money after money is another metric of the same things (增加值…、上缴税金…)
    first = v.sentence.values[before[0]]
    said = phrases.left_name(first.scope_left, v.pack)  # 东部地区 of 东部地区固定资产投资
    name = current + (last[len(said):] if said and last.startswith(said) and len(said) < len(last) else measure.group())
    verb = v.pack.words_re("SHARED_VERB").match(last) if v.continues else None  # 淘汰落后水泥产能…、焦炭…
    return verb.group() + name if verb and not name.startswith(verb.group()) else name  # -> 淘汰落后焦炭产能


def _measured_alike(v, unit: str, measure: str) -> bool:
    """Whether the item before, in `unit`, and this one are measured alike: in the same unit, or
    in each kind's own unit of amount by a measure said of any (原油3.0亿吨；天然气500亿立方米 of
    消费量: MEASURE_OF_ANY_UNIT); 水稻种植面积100万亩，玉米80万吨 is another measure."""
    mine, theirs = unit_family(v.unit), unit_family(unit)
    if mine == theirs:
        return True
    other_kinds = v.pack.word_list("MONEY_UNIT") + v.pack.word_list("COUNT_UNIT")
    return measure in v.pack.word_list("MEASURE_OF_ANY_UNIT") and mine not in other_kinds and theirs not in other_kinds


@mechanism("indicator", needs=("METRIC_HEAD", "KIND_NAME", "PERCENT_UNIT", "FIRMS", "TOTAL_WORD"))
def measure_of_previous(v, current: str = ""):
    """A kind said bare after a kind named with its measure, both rates of change, is measured
    as that one (国有控股企业增加值增长4.8%；股份制企业增长6.8% -> 股份制企业增加值; 食品类零售额
    增长10.2%，饮料类增长10.4% -> 饮料类零售额): a list of parts, the measure said once."""
    previous = v.sentence.fields.get(v.n - 1)
    percent = v.pack.pattern("PERCENT_UNIT")
    if previous is None or not previous.change or not previous.indicator or not percent.search(v.unit) \
            or not percent.search(previous.unit) or not v.pack.pattern("KIND_NAME").search(current) \
            or any(not v.pack.words_re("FIRMS").match(current, head.end())  # a measure of its own (出口), not
                   for head in v.pack.words_re("METRIC_HEAD").finditer(current)):  # firms named by it (外商投资企业)
        return None
    heads = v.pack.words_re("METRIC_HEAD", "end")
    head = heads.search(previous.indicator)
    if head is None or head.start() < 2:
        return None
    before = heads.search(previous.indicator, 0, head.start()) \
        if head.group() in v.pack.word_list("TOTAL_WORD") else None  # 利润 of 利润总额: what the total is of
    at = before.start() if before is not None and before.start() >= 2 else head.start()  # (not 地区生产总值 of …能耗)
    return current + previous.indicator[at:]


@mechanism("indicator", needs=("COUNT_UNIT", "GENERIC_COUNTED_THEN_ACT"))
def things_of_count_before(v, current: str = ""):
    """A measure said in the clause of a count of generic things, before the verb of the measure
    (国际科技创新枢纽24个工程项目完成投资229亿元 -> 国际科技创新枢纽工程项目投资): the count's name, which holds
    what its clause said before the count, opens the measure's, in place of the things' noun the measure's
    name opens with."""
    previous = v.sentence.fields.get(v.n - 1)
    if not v.continues or previous is None or not current \
            or split_magnitude(previous.unit)[1] not in v.pack.word_list("COUNT_UNIT"):
        return None
    count, said = v.sentence.values[v.n - 1], previous.indicator
    if not v.pack.pattern("GENERIC_COUNTED_THEN_ACT").match(count.scope_right, None, None, ONE_THREAD):
        return None  # 高新区12个项目、经开区8个项目开工: the count before is another item's
    k = next((k for k in range(min(len(current), len(said) - 1), THINGS_MIN - 1, -1)
              if said.endswith(current[:k]) and count.scope_right.startswith(current[:k])), 0)
    said_before = k and (count.left_trimmed.endswith(said[:-k]) or count.left_trimmed.endswith(said))
    return said + current[k:] if said_before else None  # what was said before the count (全市重点项目24个项目),
    # not an act its name opens with (实现销售收入的…)


THINGS_MIN = 2  # characters of the things' noun a measure's name opens with (项目 of 项目投资)


@mechanism("indicator", needs=("SECTOR_NAME", "SECTOR_MEASURE", "RISE_END", "FALL_END"))
def measure_of_sector(v, current: str = ""):
    """A sector said bare with a rate of its change (确保工业增长7%左右, 一产增长5%) grows in its
    value added, the measure a sector's growth is reported in: 工业增加值."""
    left = v.left_trimmed
    if not current or not v.percent or not v.pack.pattern("SECTOR_NAME").fullmatch(current, None, None, ONE_THREAD) \
            or not (v.pack.pattern("RISE_END").search(left, None, None, ONE_THREAD)
                    or v.pack.pattern("FALL_END").search(left, None, None, ONE_THREAD)):
        return None
    return current + v.pack.word_list("SECTOR_MEASURE")[0]


@mechanism("indicator", needs=("HANDLING_RATE", "HANDLING_VERB", "COUNT_METRIC", "PERCENT_UNIT", "OWN_METRIC_RATE", "RATE_END"))
def rate_of_counted(v, current: str = ""):
    """A bare rate of handling (办结率, 整改率) after a count of things in its sentence is the
    rate of those things (办理人大代表建议794件，办结率100% -> 人大代表建议办结率); a bare rate of
    the act the count before it ends with, of what it was done to (集体建设用地调查6.12万宗、调查率75.28%
    -> 集体建设用地调查率)."""
    previous = v.sentence.fields.get(v.n - 1)
    if previous is None or not previous.indicator or previous.change \
            or v.pack.pattern("PERCENT_UNIT").search(previous.unit):
        return None
    act, named, rate = current[:-1], previous.indicator, v.pack.word_list("RATE_END")[0]
    if 2 <= len(act) <= 3 and current.endswith(rate) and named.endswith(act) and len(named) > len(act) \
            and not v.pack.words_re("LEAD_WORD").fullmatch(named[:-len(act)]) \
            and current not in v.pack.word_list("OWN_METRIC_RATE"):  # 新增就业12万人，就业率: no rate of 新增
        return named + rate
    if current not in v.pack.word_list("HANDLING_RATE"):
        return None
    counted = v.pack.words_re("COUNT_METRIC", "end").sub("", previous.indicator)
    counted = phrases.strip(counted, v.pack, "HANDLING_VERB", "HANDLING_VERB")
    return counted + current if counted and not counted.endswith(current) else None


@mechanism("indicator", needs=("METRIC_HEAD", "PER_HEAD", "NOT_IN_HEAD"), verbs=str, metric=str)
def metric_of_change(v, verbs: str, metric: str):
    """A verb of change that says its metric (增产: 产量; 增收: 收入) names it after what changed,
    kept whole (亩均增产26.5公斤 -> 亩均产量, 粮食增产15亿斤 -> 粮食产量), unless that already ends
    with a metric (农民人均纯收入增收800元)."""
    m = v.pack.words_re(verbs, "end").search(v.scope_left, None, None, ONE_THREAD)
    if m is None:
        return None
    before = phrases.trim(phrases.strip(v.scope_left[:m.start()], v.pack, "LEAD_WORD", None))
    per = v.pack.words_re("PER_HEAD", "end").search(before)  # 亩均, 人均 stay in the name
    noun = before[:per.start()] if per else before
    if len(before) < 2 or phrases.strip(noun, v.pack, None, "TRAIL_WORD") != noun \
            or v.pack.words_re("NOT_IN_HEAD").search(noun, 1) or v.pack.words_re("METRIC_HEAD", "end").search(before):
        return None  # 粮食在上年基础上增产, 农民人均纯收入增收: no plain noun, or a metric already
    return before + metric


DEAL_REACH = 6  # characters at most between a bare deal's name and its value (签约项目总投资达669.7亿元)


@mechanism("indicator", needs=("DEAL_NAME", "EVENT_HELD", "EVENT_EDITION", "EVENT_NOT_ONE", "EVENT_LISTED", "ITEM_CLOSE",
                                "OWN_TOTAL", "CLAUSE_BREAK"))
def event_of_deal(v, current: str = ""):
    """A bare deal (签约项目, 签约额, 成交金额) after one event its sentence names as held (举办首届长三角绿色食品加工业
    大会，签约项目总投资669.7亿元), back to a semicolon: the event's deal. Not a series or a list of events, an 活动
    or a 节 (the golds name those deals by what was signed), nor a total of the year or place said in the
    deal's clause (…丝博会，全年签约项目320个: OWN_TOTAL)."""
    pack = v.pack
    if not current or not pack.pattern("DEAL_NAME").match(current, concurrent=ONE_THREAD):
        return None
    before = v.doc.text[v.sentence.start:v.extent.start]
    at = before.rfind(current)
    if at < 0 or len(before) - at - len(current) > DEAL_REACH:
        return None
    stops = list(pack.pattern("ITEM_CLOSE").finditer(before, 0, at, concurrent=ONE_THREAD))
    said = before[stops[-1].end() if stops else 0:at]
    held = list(pack.pattern("EVENT_HELD").finditer(said, concurrent=ONE_THREAD))
    if len(held) != 1 or pack.pattern("EVENT_LISTED").match(said, held[0].end(), concurrent=ONE_THREAD):
        return None
    breaks = list(pack.pattern("CLAUSE_BREAK").finditer(said, held[0].end(), concurrent=ONE_THREAD))
    if pack.pattern("OWN_TOTAL").search(said, breaks[-1].end() if breaks else held[0].end(), concurrent=ONE_THREAD):
        return None
    event = pack.pattern("EVENT_EDITION").sub("", held[0].group("event"), concurrent=ONE_THREAD)
    if len(event) < 2 or pack.pattern("EVENT_NOT_ONE").search(event, concurrent=ONE_THREAD) or event in current:
        return None
    return event + current


@mechanism("indicator", needs=("CASUALTY", "CASUALTY_EVENT", "PEOPLE_UNIT", "PEOPLE_COUNT"))
def casualties(v, current: str = ""):
    """A bare count of the dead, injured or missing (死亡686人, 造成9.9万人死亡, 报告死亡…) counts people, and
    the accident, disaster or disease its sentence says before it caused them (全年因洪涝灾害造成…，死亡686人 ->
    洪涝灾害死亡人数; the last one said, else none: 死亡人数)."""
    pack = v.pack
    said = pack.pattern("CASUALTY").fullmatch(current, concurrent=ONE_THREAD) if current else None
    if said is None or unit_family(v.unit) not in pack.word_list("PEOPLE_UNIT"):
        return None
    before = v.doc.text[v.sentence.start:v.extent.start]
    events = list(pack.pattern("CASUALTY_EVENT").finditer(before, concurrent=ONE_THREAD))
    return (events[-1].group("event") if events else "") + said.group("verb") + pack.word_list("PEOPLE_COUNT")[0]


@mechanism("indicator", needs=("SENTENCE_END", "CLAUSE_BREAK", "DIGIT_RUN", "VALUE_IN_TOPIC", "STAGE_VERB", "BUILD_VERB", "BUILT_TAIL", "LEVEL_OPENING",
                                "SETTING_AFTER", "TOPIC_ACT", "MONEY_UNIT", "MONEY_NAME", "PURSE_PAID",
                                "ITEM_OPENING", "SPENT_WORD", "LEAD_WORD", "UPGRADE_PROGRAM") + phrases.HOW_IT_WENT)
def topic_of_generic(v, current: str = ""):
    """A bare metric word first in its sentence takes the topic of the clause before it, or of
    the sentence before it in the paragraph (教育基础设施投入不断加大。投资6349万元 -> 教育基础设施投资;
    政府投融资平台不断做大，资产总额达到100亿元 -> 政府投融资平台资产总额); so does a bare stage
    verb (推进保障性安居工程建设，开工46.89万套 -> 保障性安居工程开工); a bare verb that builds,
    or a bare level, leads it (推进高标准农田建设，新建339万亩 -> 新建高标准农田; 抓好产业园建设，创建
    国家级2个 -> 国家级产业园); a bare act the topic ends with is the topic's (推进扶贫移民搬迁，完成搬迁
    30万人 -> 扶贫移民搬迁)."""
    pack = v.pack
    leads = pack.words_re("BUILD_VERB").fullmatch(current, None, None, ONE_THREAD) \
        or pack.pattern("LEVEL_OPENING").fullmatch(current, None, None, ONE_THREAD)
    core = phrases.generic_core(current, pack) \
        or (current if leads or pack.words_re("STAGE_VERB").fullmatch(current, None, None, ONE_THREAD) else "")
    if not core and unit_family(v.unit) in pack.word_list("MONEY_UNIT") \
            and pack.pattern("PURSE_PAID").match(current, None, None, ONE_THREAD):
        core = pack.word_list("MONEY_NAME")[0]  # only the purse that paid (自治区筹措资金): money of the topic
    echo = not core and len(current) == ACT_WORD  # 推进扶贫移民搬迁，完成搬迁30万人: the act the topic ends with
    if not (core or echo) or v.sentence.last_indicator and not leads:
        return None
    span = _clause_before(v)
    clause = v.doc.text[span[0]:span[1]] if span else _sentence_before(v)[0]
    if clause is None:
        return None
    said = phrases.trim(clause)  # 实施老旧小区提档升级，投入资金…: a programme the money went to
    program = core in pack.word_list("SPENT_WORD") and pack.words_re("LEAD_WORD").match(said) \
        and pack.pattern("UPGRADE_PROGRAM").search(said)
    topic = phrases.topic(clause, pack, phrases.HOW_IT_DID if program else phrases.HOW_IT_WENT)
    first = v.doc.text[v.sentence.start:clause_end(v.doc.text, v.sentence.start, span[0], pack)] if span else ""
    if not topic and span and span[0] > v.sentence.start and core and not leads and pack.pattern("ITEM_OPENING").match(first):
        # the clause before names nothing (…，建成…等项目，完成投资270亿元): the first clause of an item of a
        # list does (二是抓好一批交通设施项目，…，完成投资270亿元 -> 交通设施项目投资)
        topic = phrases.topic(first, pack)
    if not topic or pack.pattern("VALUE_IN_TOPIC").search(topic):  # 投入231亿元。投入165.4亿元: a value is no
        # topic; a number naming a project is (加快地铁2号线建设，完成投资45亿元 -> 地铁2号线投资)
        return None
    if echo:  # only the clause before in its sentence, when it holds no value of its own (进出口总额744.5亿美元。其中出口…)
        return topic if span and topic.endswith(current) and len(topic) > len(current) \
            and not pack.pattern("DIGIT_RUN").search(clause) else None
    if topic.endswith(core):  # 争取中央投资高于上年，确保投资突破…: another amount of the metric, no topic
        return None
    if leads:  # 新建高标准农田, not …农田建设: the verb says the building
        return core + pack.words_re("BUILT_TAIL", "end").sub("", topic)
    own = pack.words_re("METRIC_HEAD", "end").search(topic)  # 粮食单产…，总产量: 粮食's
    act = pack.words_re("TOPIC_ACT", "end").search(topic)  # 粮食生产…，总产: the act the metric says again
    cut = own or (act if act and set(act.group()) & set(core) else None)
    return (topic[:cut.start()] if cut and cut.start() >= 2 else topic) + core


ACT_WORD = 2  # characters of a bare act (搬迁, 改造) that a topic ending with it names; longer is a noun of its own


@mechanism("indicator", needs=("NAMED_ACT", "WORD_RUN_END", "ACT_WORD_GOES_ON", "LEAD_WORD", "WORK_VERB", "OWNER_MARK",
                                "ACT_RECEIVED"))
def act_named_before(v, current: str = ""):
    """A bare act (搬迁, 培训) is what its paragraph last called it in full before the value's clause:
    the run of words ending with it there, less its lead words (扎实推进易地扶贫搬迁。…，确保搬迁75万人 ->
    易地扶贫搬迁); not the act inside a longer word (职业培训补贴, 社会治理创新). The nearest such run that
    names more than the act wins; none, and the act stays."""
    pack = v.pack
    if current not in pack.word_list("NAMED_ACT"):
        return None
    text, run_end, goes_on = v.doc.text, pack.pattern("WORD_RUN_END", from_end=True), pack.pattern("ACT_WORD_GOES_ON")
    start = max(v.sentence.paragraph.start, v.start - ACT_REACH)
    at = text.rfind(current, start, v.start)
    while at >= 0:
        end = at + len(current)
        run = None if goes_on.match(text, end, None, ONE_THREAD) else run_end.search(text, start, end, ONE_THREAD)
        named = _act_name(run, current, text, pack) if run else ""
        if len(current) < len(named) <= ACT_NAME_MAX:
            return named
        at = text.rfind(current, start, at)
    return None


def _act_name(run, act: str, text: str, pack) -> str:
    """An act's full name from the run of words ending with it: after the last lead word or verb of
    work inside it that leaves what the act is done to (…原则推进易地搬迁 -> 易地搬迁; 认真做好退役军人安置 ->
    退役军人安置; 违法建设治理 stays); none from a count's object (3年20万人职业技能培训), a clause with 的 or a verb
    of receiving in it (受灾群众得到妥善安置), or a quote cut in two."""
    said = run.group()
    if run.start() > 0 and text[run.start() - 1].isdigit():
        return ""
    last = max(0, len(said) - len(act) - ACT_OBJECT)
    leads = [m.end() for name in ("LEAD_WORD", "WORK_VERB") for m in pack.words_re(name).finditer(said, 0, last)
             if len(m.group()) > 1]
    said = said[max(leads):] if leads else said
    if pack.words_re("OWNER_MARK").search(said) or pack.words_re("ACT_RECEIVED").search(said) \
            or said.count("“") != said.count("”"):
        return ""
    return phrases.strip(said, pack, "LEAD_WORD", None)


ACT_OBJECT = 2  # characters at least of the thing an act is done to, in its full name
ACT_REACH = 300  # characters before the value's clause, in its paragraph, where an act's full name is looked for
ACT_NAME_MAX = 16  # characters of an act's full name; longer is a clause, not a name


@mechanism("indicator", needs=("MEDAL_UNIT", "MEDAL_NAME", "MEDAL_HOW", "GAMES", "GAMES_BETWEEN", "GAMES_WITH_OTHERS",
                                "EVENT_HOSTED", "MEDAL_EVENT", "EVENT_LEAD", "EVENT_SCOPE", "EVENT_GENERIC", "DISTRIBUTOR",
                                "TALLY_END", "OWN_TOTAL", "CLAUSE_BREAK"))
def medals_won(v, current: str = ""):
    """Medals by their metal, from a unit that names it (9银 -> 银牌) or a name that is one with
    no words of its own but how and where it was won (获金牌; 在第三届全国体育大会上获得金牌 -> 全国体育大会金牌), led by
    where the sentence says they were won (在第十一届全运会上 -> 全运会金牌: _games_won_at); a name of its own
    (世界三大赛金牌) stays."""
    pack = v.pack
    unit = split_magnitude(v.unit)[1]
    medal = next((name for said, name in pack.word_pairs("MEDAL_UNIT") if unit == said), None)
    if medal is None:
        medal = next((m for m in pack.word_list("MEDAL_NAME") if current.endswith(m)), None)
        if medal is None:
            return None
        how = pack.pattern("MEDAL_HOW").match(current[:-len(medal)])
        if how is None:
            return None  # 世界三大赛金牌, 亚残运金牌: named already
        at = how.group("at")
        if at:  # where the name says they were won, as said (国际国内重大赛事金牌, 全国冬运会、民运会奖牌)
            held = pack.pattern("GAMES").search(at, None, None, ONE_THREAD)
            return (held.group("games") if held and held.end() == len(at) else at) + medal
    return _games_won_at(v) + medal


def _games_won_at(v) -> str:
    """The games the sentence names last before a value, those said together with them too, each once (在杭州亚运会、
    亚残运会 -> 亚运会、亚残运会; 在北京奥运会和伦敦奥运会上 -> 奥运会), or of them the one whose tally holds the value
    (_tally_of), else an event said later that medals were won at (在第45届世界技能大赛上 -> 世界技能大赛: _event_named);
    '' when none is, when the games are listed with other things (全运会和国际比赛, 奥运会和亚运会等重大赛事), or when
    the value's clause, after theirs, names a whole of its own (…，全年共获得金牌86枚). Games the document's government
    hosted count (举办了第十一届亚运会，我国运动健儿…夺得金牌183块): its athletes competed there."""
    pack, text, start = v.pack, v.doc.text, v.sentence.start
    games = list(pack.pattern("GAMES").finditer(text, start, v.extent.start, concurrent=ONE_THREAD))
    events = list(pack.pattern("MEDAL_EVENT").finditer(text, start, v.extent.start, concurrent=ONE_THREAD))
    place = events[-1] if events and (not games or events[-1].start() > games[-1].end()) else games[-1] if games else None
    if place is None or _said_of_another_whole(v, place.end()):
        return ""
    if not games or place is not games[-1]:
        return _event_named(place.group("at"), pack)
    if pack.pattern("GAMES_WITH_OTHERS").match(text[place.end():place.end() + 1]):
        return ""
    run = [(place, "")]  # the games said together, each with the word joining it to the one before
    for before in reversed(games[:-1]):
        between = pack.pattern("GAMES_BETWEEN").fullmatch(text, before.end(), run[0][0].start(), concurrent=ONE_THREAD)
        if between is None:
            if pack.pattern("GAMES_WITH_OTHERS").match(text[before.end():before.end() + 1]) and not \
                    pack.pattern("CLAUSE_BREAK").search(text, before.end(), run[0][0].start(), concurrent=ONE_THREAD):
                return ""  # 在东京奥运会和…（a long way）…全运会上: a list not read whole names none of them
            break
        run[0] = (run[0][0], between.group("join"))
        run.insert(0, (before, ""))
    own = _tally_of(v, [match for match, _ in run])
    if own is not None:
        return own.group("games")
    named = {}
    for match, join in run:
        named.setdefault(match.group("games"), join)
    return "".join(join + name for name, join in named.items())


def _event_named(at: str, pack) -> str:
    """An event medals were won at, as said after 在, without its city and edition but with its scope (哈尔滨第9届亚洲
    冬季运动会 -> 亚洲冬季运动会, 全国第二届青年运动会 -> 全国青年运动会); '' for no one event (国内外重大比赛,
    全国比赛) or a phrase of holding one (在承办省运动会中: EVENT_HOSTED)."""
    if pack.pattern("EVENT_GENERIC").search(at) or pack.pattern("EVENT_HOSTED").search(at):
        return ""
    lead = pack.pattern("EVENT_LEAD").match(at)
    if lead is None:
        return at
    scope = pack.pattern("EVENT_SCOPE").match(at)
    return (scope.group() if scope else "") + at[lead.end():]


def _said_of_another_whole(v, end: int) -> bool:
    """Whether the value's clause, after the clause of the place it follows (ending at `end`), names a whole of its
    own (在全运会上获得20金，全年共获得金牌86枚; 在…技能大赛中获一等奖12个，全市运动员获得金牌45枚)."""
    breaks = list(v.pack.pattern("CLAUSE_BREAK").finditer(v.doc.text, end, v.extent.start, concurrent=ONE_THREAD))
    return bool(breaks) and v.pack.pattern("OWN_TOTAL").search(v.doc.text, breaks[-1].end(), v.extent.start,
                                                                     concurrent=ONE_THREAD) is not None


def _tally_of(v, run: list):
    """Of games said together, the one whose medal tally the value is in, when the tallies after them, in one clause
    and outside any 其中 or bracket (TALLY_END), are as many as the games and said apart: by 分别, or by a metal said
    again (分别取得2金1铜和1金1银1铜, 勇夺4金、13金: a metal no later than the one before starts the next tally); with
    分别 and one value a games, each value is its games' (分别获得2金和1银). None otherwise (共获得5金3银: one tally
    of all); so always for counts in 枚 or 块, which say no metal where they end."""
    pack, text = v.pack, v.doc.text
    if len(run) < 2:
        return None
    order = [said for said, _ in pack.word_pairs("MEDAL_UNIT")]
    tallies, values, last, end = [], [], None, run[-1].end()
    for n in range(len(v.sentence.hits)):
        extent = v.sentence.extents[n]
        if extent.start < end:
            continue
        metal = text[extent.start:extent.end][-1:]
        if metal not in order or last is not None and pack.pattern("TALLY_END").search(text, end, extent.start):
            break
        if last is None or order.index(metal) <= order.index(last):
            tallies.append([])  # a metal no later than the one before: the next games' tally
        tallies[-1].append(n)
        values.append(n)
        last, end = metal, extent.end
    each = pack.words_re("DISTRIBUTOR").search(text, run[-1].end(), v.extent.start, concurrent=ONE_THREAD)
    if each and len(tallies) != len(run) and len(values) == len(run):
        tallies = [[n] for n in values]
    if not (each or len(tallies) > 1) or len(tallies) != len(run):
        return None
    return next((games for games, tally in zip(run, tallies) if v.n in tally), None)


@mechanism("indicator", needs=("STANDARD_RAISED", "STANDARD_THEN_PART", "METRIC_HEAD", "GENERIC_METRIC", "MONEY_UNIT",
                                "CLAUSE_BREAK", "DIGIT_RUN", "ITEM_CLOSE", "STANDARD_NAMED", "NO_STANDARD_NAMED"))
def part_of_standard(v, current: str = ""):
    """A short name with no metric of its own and a sum of money, in the clause after one raising a
    standard, names a part of that standard (提高边民补助标准，一线边民最高到4800元 -> 一线边民补助标准;
    the words the part and the standard share said once; the standard's last word alone is the standard
    again); what was done beside it (新增床位1778张, 企业养老金增长7%) is no part. With no such clause, a value
    before it named by a standard and its first part gives the standard (_standard_of_first_part)."""
    pack = v.pack
    if unit_family(v.unit).split("/")[0] not in pack.word_list("MONEY_UNIT") \
            or not 2 <= len(current) <= 5 or pack.words_re("METRIC_HEAD").search(current) \
            or pack.words_re("GENERIC_METRIC").search(current):
        return None
    raised = _standard_raised(v)
    if raised is None:
        return _standard_of_first_part(v, current)
    standard = raised.group("standard")
    if standard.endswith(current):  # 提高城乡低保标准，标准达到…: the standard itself, said again
        return standard
    shared = next((n for n in range(min(len(current), len(standard)) - 1, 0, -1) if standard.startswith(current[-n:])), 0)
    return current + standard[shared:]


STANDARD_PARTS_BACK = 4  # values before a part, in its sentence, among which the first part of its standard is looked for
SHARED_WITH_FIRST_PART = 2  # last characters a part named before its standard shares with the first part (散居孤儿, 集中供养孤儿)


def _standard_of_first_part(v, current: str) -> str | None:
    """The standard a value before in the sentence, with no semicolon between, was named with and its
    first part, the current part taking its place (…补助标准小学由550元提高到750元、初中由…到1150元 -> 初中…补助标准;
    集中供养孤儿基本生活保障标准从…，散居孤儿从… -> 散居孤儿基本生活保障标准)."""
    pack, text = v.pack, v.doc.text
    for k in range(v.n - 1, max(-1, v.n - 1 - STANDARD_PARTS_BACK), -1):
        if pack.pattern("ITEM_CLOSE").search(text, v.sentence.extents[k].end, v.extent.start):
            return None
        record = v.sentence.fields.get(k)
        named = pack.pattern("STANDARD_NAMED").fullmatch(record.indicator) if record is not None and record.indicator else None
        if named is None or split_magnitude(record.unit)[0] != split_magnitude(v.unit)[0] \
                or unit_family(record.unit) != unit_family(v.unit):
            continue  # 配套费征收标准下调15%，…减少购电费7.2亿元; 750元 and 3亿元: parts of a standard are said in one unit
        standard, part = named.group("standard"), named.group("part")
        if pack.words_re("METRIC_HEAD").search(part) or pack.words_re("GENERIC_METRIC").search(part):
            continue  # …标准农田建设资金: no first part but a metric of its own
        if pack.pattern("NO_STANDARD_NAMED").search(standard):
            return None  # 生均拨款比国家标准高…: a comparison, no standard named
        if part:  # …补助标准小学: the standard, then its first part
            return current + standard
        shared = standard.find(current[-SHARED_WITH_FIRST_PART:], 0, named.start("word"))
        return current + standard[shared + SHARED_WITH_FIRST_PART:] if shared >= 0 else None  # 集中供养孤儿…标准: 孤儿 said once
    return None


def _standard_raised(v):
    """The STANDARD_RAISED (or STANDARD_THEN_PART) match of the clause before the value's, or of one
    before it whose every clause after it gives a part in figures (提高保险保额标准，水稻由…，能繁母猪由…)."""
    text, pack = v.doc.text, v.pack
    breaks = list(pack.pattern("CLAUSE_BREAK").finditer(text, v.sentence.start, v.start))
    for k in range(len(breaks) - 1, -1, -1):
        start = breaks[k - 1].end() if k else v.sentence.start
        raised = pack.pattern("STANDARD_RAISED").search(text, start, breaks[k].start(), ONE_THREAD) \
            or pack.pattern("STANDARD_THEN_PART").match(text, start, breaks[k].start(), ONE_THREAD)
        if raised or not pack.pattern("DIGIT_RUN").search(text, start, breaks[k].start(), ONE_THREAD):
            return raised
    return None


@mechanism("indicator", needs=("DIGIT_RUN",))
def topic_of_title_before(v):
    """A value no rule named, first in its sentence, after a sentence that is a title of its own (一是经济总量跨上
    新台阶。首次突破3万亿，…) measures the title's topic (经济总量)."""
    if v.n:
        return None
    clause, title = _sentence_before(v)
    topic = phrases.topic(clause, v.pack) if clause is not None and title else ""
    return topic if topic and not v.pack.pattern("DIGIT_RUN").search(clause) else None


def _sentence_before(v) -> tuple[str | None, bool]:
    """The first clause of the sentence before the value's in its paragraph, and whether that
    sentence is that clause alone, a title (（1）社保惠民工程。总投资71.98亿元…); None when none is."""
    span = _sentence_before_span(v)
    if span is None:
        return None, False
    parts = v.pack.pattern("CLAUSE_BREAK").split(v.doc.text[span[0]:span[1]], 1, ONE_THREAD)
    return parts[0], len(parts) == 1 or not parts[1].strip()


def _sentence_before_span(v) -> tuple[int, int] | None:
    """Where the sentence before the value's is in its paragraph; None when the value's opens it."""
    ends = [m.end() for m in v.pack.pattern("SENTENCE_END").finditer(v.doc.text, v.sentence.paragraph.start,
                                                                        v.sentence.start, concurrent=ONE_THREAD)]
    if not ends:
        return None
    return ends[-2] if len(ends) > 1 else v.sentence.paragraph.start, ends[-1]


def _clause_before(v, end: int | None = None) -> tuple[int, int] | None:
    """Where the clause just before the value's (or the one ending at `end`) is, in its sentence (a
    break may be longer than a character: <br>); None when that clause opens the sentence."""
    before = list(v.pack.pattern("CLAUSE_BREAK").finditer(v.doc.text, v.sentence.start, v.start if end is None else end))
    if not before:
        return None
    return before[-2].end() if len(before) > 1 else v.sentence.start, before[-1].start()


def _item_or_clause_before(v) -> tuple[int, int] | None:
    """Where the list item before the value's is, when the value goes on a list after 、 and that item counted what was
    done (改造老旧小区1152个、惠及居民21.91万户), else the clause before it (降低存量房贷利率，每年减少利息支出130亿元、
    惠及310万户家庭: the money saved names no programme)."""
    previous = v.sentence.values.get(v.n - 1) if v.continues else None
    record = v.sentence.fields.get(v.n - 1)
    counted = record is not None and unit_family(record.unit) not in v.pack.word_list("MONEY_UNIT")  # not 支出130亿元
    return (previous.start, v.start) if counted and previous is not None and previous.start < v.start \
        else _clause_before(v)


def _program_before(v, span: tuple[int, int] | None) -> str:
    """The programme said in the clauses before the value's: what the value before counted
    (改造老旧小区5.6万个，惠及近千万家庭), else a clause's name without a value; money spent on it is
    passed over to a count before it (实施十二项民生工程，投入69亿元，惠及4000多万城乡居民), not to a
    clause without one (资产质量明显改善，…发放贷款…亿元，惠及…: no programme)."""
    pack, n, passed = v.pack, v.n - 1, False
    while span:
        while n >= 0 and v.sentence.values.get(n) is not None and v.sentence.values[n].hit.start >= span[1]:
            n -= 1
        previous = v.sentence.values.get(n) if n >= 0 else None
        if previous is None or previous.hit.start < span[0]:
            if passed:
                return ""
            named = phrases.clean(phrases.left_name(v.doc.text[span[0]:span[1]], pack), pack)
            return pack.words_re("PROGRAM_TAIL", "end").sub("", named)
        record = v.sentence.fields.get(n)
        if record is None or previous.percent:
            return ""
        if unit_family(record.unit) not in pack.word_list("MONEY_UNIT"):  # what was counted, after the act
            said = v.doc.text[span[0]:previous.hit.start]  # done to it (改造老旧小区 -> 老旧小区改造)
            at = said.rfind(record.indicator)
            act = pack.words_re("PROGRAM_ACT", "end").search(said, 0, at, ONE_THREAD) if at > 0 else None
            return record.indicator + (act.group() if act else "")
        span, passed = _clause_before(v, span[0]), True
    return ""


PROGRAM_CLAUSES_BACK = 2  # clauses before a benefit count's own where the programme it names is looked for
PROGRAM_NAME_MIN, PROGRAM_NAME_MAX = 3, 12  # characters of a programme's name found there


def _program_named(v) -> str:
    """The programme a benefit count's own clause does not name, said in one of the two clauses before it
    (after its semicolon, if any): what that clause's last act was done to, up to a programme's head word
    (PROGRAM_HEAD: 发放价格临时补贴，惠及… -> 价格临时补贴) or in quotes (扩面实施…“共同成长计划” -> “共同成长计划”),
    else a quoted name with a head, else its subject up to its last head (营养改善计划在全国率先覆盖全省 ->
    营养改善计划; 其中增值税留抵退税1059亿元 -> 增值税留抵退税); '' when none is, when the clause's act names
    something else, or when it is an item of a list."""
    pack, text = v.pack, v.doc.text
    close = list(pack.pattern("ITEM_CLOSE").finditer(text, v.sentence.start, v.start))
    start = close[-1].end() if close else v.sentence.start
    breaks = list(pack.pattern("PROGRAM_CLAUSE_BREAK").finditer(text, start, v.start))
    named = pack.pattern("PROGRAM_NAMED")
    for k in range(1, min(PROGRAM_CLAUSES_BACK, len(breaks)) + 1):
        begin = breaks[-k - 1].end() if k < len(breaks) else start
        clause = text[begin:breaks[-k].start()]
        if k < len(breaks) and pack.pattern("ITEM_SEP").match(text, breaks[-k - 1].start()):
            return ""  # 发放创业担保贷款35亿元、稳岗补贴8亿元，惠及…: a list of programmes, none of them alone
        acts = list(pack.words_re("PROGRAM_DONE").finditer(clause))
        if acts:
            found = named.fullmatch(clause, acts[-1].end())
        else:
            quoted = list(pack.pattern("PROGRAM_QUOTED").finditer(clause))
            subject = pack.pattern("PROGRAM_SUBJECT").match(clause) if not quoted else None
            found = quoted[-1] if quoted else named.fullmatch(subject.group()) if subject else None
        program = (found.group("program") if "program" in found.groupdict() else found.group()) if found else ""
        if PROGRAM_NAME_MIN <= len(program) <= PROGRAM_NAME_MAX or pack.pattern("QUOTED_ITEM").match(program):
            return program
        if acts:
            return ""  # 落实中等职业教育全免学费政策…: an act on no programme's name
    return ""


@mechanism("indicator", needs=("BENEFIT_VERB", "PROGRAM_TAIL", "PROGRAM_ACT", "PROGRAM_THINGS", "CLAUSE_BREAK", "MONEY_UNIT", "HAN_START", "UNIT_COUNT_NAME",
                                "ITEM_CLOSE", "ITEM_SEP", "PROGRAM_CLAUSE_BREAK", "PROGRAM_NAMED", "PROGRAM_DONE", "PROGRAM_QUOTED",
                                "PROGRAM_SUBJECT", "QUOTED_ITEM", "OWNER_MARK", "SHARE_NAME", "SHARE_ACT", "TASK_LEVEL",
                                "PROGRAM_NOT_OPENING"))
def program_benefits(v, current: str = ""):
    """Those a programme benefits, counted after 惠及, are named with the programme: said before
    the verb in the clause (“以旧换新”政策惠及76万群众), else the record or the clause before
    (实施育儿补贴制度，惠及23.6万婴幼儿 -> 育儿补贴惠及婴幼儿), a programme's name found there first
    (_program_named); named between 惠及 and the count, they keep the verb, after such a name (发放价格临时补贴，
    惠及困难群众3384万人次 -> 价格临时补贴惠及困难群众); with no noun after the count, they are
    counted as their unit says (实施城乡居民大病保险，惠及120万人 -> …惠及人数), with the verb alone when no programme
    is named (投入853.8亿元，惠及1200万城乡居民 -> 惠及城乡居民); a share named by the verb alone is the
    programme's, and of the things reached (村级公共服务中心增加到8279个，覆盖58%的行政村 -> 村级公共服务中心覆盖
    行政村比例). Those named by the verb after them take the programme a clause before names, as those after
    惠及 do, unless that clause only says what was stepped up (发放廉租住房补贴5.1亿元，9.6万户家庭受益 -> 廉租住房补贴
    受益家庭; 加大…建设力度，3700万学生受益 -> 受益学生: PROGRAM_NOT_OPENING)."""
    pack = v.pack
    verb = pack.words_re("BENEFIT_VERB", "end").search(v.scope_left, None, None, ONE_THREAD)
    after = None if verb else pack.words_re("BENEFIT_VERB").match(current)
    if after and after.group() in v.scope_right:  # 9.6万户家庭受益: named by the verb after them
        program = _program_named(v)
        named = program and not pack.words_re("PROGRAM_NOT_OPENING").match(program)
        return program + current if named else None
    share = bool(verb) and v.percent  # …，覆盖58%的行政村: a share named by the verb alone takes the programme
    if share and current != verb.group():
        return None  # 农村电商服务站覆盖80%的行政村: named already
    left = v.left_trimmed
    ahead = None if v.percent or verb else pack.words_re("BENEFIT_VERB").match(left)
    named = phrases.clean(left[ahead.end():], pack) if ahead else ""
    if named and current in (named, ahead.group() + named):
        # 发放补贴17.3亿元，惠及困难群众3384万人次: as said, the verb kept, after the programme counted before
        program = _program_before(v, _item_or_clause_before(v))  # (改造老旧小区2126个，惠及居民17.7万户) when an act named it
        things = pack.words_re("PROGRAM_THINGS", "end").search(program, None, None, ONE_THREAD) if program else None
        remade = program and (pack.words_re("PROGRAM_ACT", "end").search(program, None, None, ONE_THREAD)
                              or things and things.start() >= 2)  # 城中村改造项目, not 项目 alone
        return (program if remade else _program_named(v)) + ahead.group() + named
    counted = ""
    if verb and current == verb.group() and not share and not pack.pattern("HAN_START").match(v.scope_value_after, None, None, ONE_THREAD):
        counted = _counted_as(v)  # 实施…工程，惠及200万人: those reached, counted as their unit says
        current = current if counted else ""
    if not verb or not current or verb.group() in current and not share and not counted:
        return None
    program = phrases.clean(phrases.left_name(v.scope_left[:verb.start()], pack), pack) \
        or (not share and _program_named(v)) or _program_before(v, _item_or_clause_before(v))
    if not program and not share:  # 投入853.8亿元，惠及1200万城乡居民: no programme named, the verb still says who
        return verb.group() + (counted or current)
    if not program or any(c.isdigit() for c in program):  # 专项资金388.22亿元覆盖: a value, not a programme
        return None
    if share and verb.group() in program:  # 城市社区基本公共卫生服务覆盖面，…覆盖90%: named by its reach
        return program
    if share:  # …，覆盖58%的行政村: the things reached after the verb
        reached = _share_of_things(v, program + verb.group()) if pack.words_re("OWNER_MARK").match(v.scope_right) else None
        return reached or program + verb.group()
    return program + verb.group() + (counted or current)


@mechanism("indicator", needs=("SPENT_ON", "SPENT_WORD", "PARTICLE", "FUND_SOURCE", "MONEY_UNIT", "PURSE_VERB", "MONEY_NAME",
                                "LIST_SEP", "SPENT_LIST_KIND", "BARE_OBJECT", "INNER_COUNT", "MONEY_NOUN_END"))
def spent_on(v, current: str = ""):
    """Money at the head of a sentence takes its object from the clause after it
    (投资2.5亿元,实施俄罗斯风情精品街项目 -> …项目投资); a public purse that put it there stays
    in the name (省级财政安排1.2亿元，实施平安气象工程 -> 平安气象工程省级财政安排), and money
    only said to be paid is money of its object (安排3.87亿元，用于医疗卫生机构建设 -> …资金); a list of
    objects is named by the kind 等 heads (实施社保、就业等十大为民办实事工程 -> 为民办实事工程资金), else by its first
    item; a bare 项目 is left to the topic before."""
    core = phrases.generic_core(current, v.pack)
    money = unit_family(v.unit) in v.pack.word_list("MONEY_UNIT")
    purse = money and v.pack.pattern("FUND_SOURCE").match(current, None, None, ONE_THREAD)
    spent_word = core in v.pack.word_list("SPENT_WORD")
    paid = money and not spent_word and v.pack.words_re("PURSE_VERB").fullmatch(current, None, None, ONE_THREAD)
    if not (spent_word or purse or paid) or v.sentence.last_indicator:
        return None
    m = v.pack.pattern("SPENT_ON").match(v.doc.text, v.end + 1, v.sentence.end)
    if not m:
        return None
    title, alone = _sentence_before(v)
    if alone and _clause_before(v) is None and ((core or purse) and phrases.title_name(title, v.pack)
                                                or m.group("build") and phrases.topic(title, v.pack)):
        return None  # a title names it (（1）社保惠民工程。总投资71.98亿元，实施…), or a sentence of its topic
        # (服务设施建设步伐加快。投资3.2亿元，新建服务站…): topic_of_generic
    object_ = v.pack.pattern("INNER_COUNT").sub("", m.group("object"))  # 扶持山区3000个农户建设沼气池: no count
    spent = phrases.strip(v.pack.words_re("PARTICLE").sub("", object_), v.pack, None, "TRAIL_WORD") \
        + (m.group("remake") or "")  # 改造供热管网近1万公里: not 近
    bare = v.pack.word_list("BARE_OBJECT")
    if v.pack.pattern("LIST_SEP").match(v.doc.text, m.end("object")):  # 实施社保、就业、…等十大为民办实事工程: the kind
        listed = v.pack.pattern("SPENT_LIST_KIND").search(v.doc.text, m.end("object"),  # 等 heads (not 等项目), else
                                                          clause_end(v.doc.text, m.end("object"), v.sentence.end, v.pack))
        spent = listed.group("kind") if listed and listed.group("kind") not in bare else spent  # the first item
    if not spent or phrases.generic_core(spent, v.pack) or spent in bare:
        return None  # a bare metric or thing is no use (新建里程4028公里, 实施项目681个): it names nothing the money went to
    if v.pack.pattern("MONEY_NOUN_END").search(spent):
        return spent  # 设立高技能人才奖学金: the money is what it set up
    return spent + (current if purse else v.pack.word_list("MONEY_NAME")[0] if paid else core)


@mechanism("indicator", needs=("MONEY_UNIT", "PAY_AT_RATE", "PAY_STANDARD", "PAY_RECEIVER", "STANDARD_NAME", "OWNER_MARK"))
def payment_standard(v, current: str = ""):
    """Money paid at a rate (按每人每年600元标准发放奖励扶助金, 对村干部按每人每年6000元标准补助, 按每亩85元进行
    直接补贴) is the standard of what is paid, named for whom or what it is paid for when said, after
    对 or as the subject before 按 (奖励扶助金标准, 村干部补助标准, 村办公经费补助标准), not by the verb and
    the word 标准 after it."""
    if unit_family(v.unit) not in v.pack.word_list("MONEY_UNIT"):
        return None
    left, right = v.scope_left, v.scope_right
    rate = v.pack.pattern("PAY_AT_RATE").search(left)
    paid = v.pack.pattern("PAY_STANDARD").fullmatch(right)
    if not paid or not (rate or paid.group("std")):
        return None
    said = left[:rate.start()] if rate else left
    receiver = v.pack.pattern("PAY_RECEIVER").search(said)  # 对村干部按…, else the subject: 村干部报酬按…
    headless = v.pack.words_re("OWNER_MARK", "end").search(said)  # 符合标准的按每亩17元: a condition, no subject
    who = receiver.group("who") if receiver else "" if headless or not rate else phrases.clean(phrases.left_name(said, v.pack), v.pack)
    return who + paid.group("paid") + v.pack.word_list("STANDARD_NAME")[0]


@mechanism("indicator", needs=("RATE_ACTED_BY", "RATE_ACTED_ON"))
def rate_acted_on(v, current: str = ""):
    """A share after 按 that a verb of change after it acts by (各级财政按照不低于5%的比例压减一般性支出) is the
    change of what the verb acts on, to the clause's end: the purse before 按 and the word 比例 name none of it."""
    if not v.percent or not v.pack.pattern("RATE_ACTED_BY").search(v.left_trimmed):
        return None
    acted = v.pack.pattern("RATE_ACTED_ON").match(v.scope_right)
    return phrases.clean(acted.group("object"), v.pack) or None if acted else None


@mechanism("indicator", needs=("MONEY_UNIT", "MONEY_GIVEN"))
def money_given(v, current: str = ""):
    """Money given to those named before it (低收入群体发放御寒补助) is named by them and the money: the
    verb of handing it out goes (MONEY_GIVEN)."""
    if not current or unit_family(v.unit) not in v.pack.word_list("MONEY_UNIT"):
        return None
    name = v.pack.pattern("MONEY_GIVEN").sub("", current, 0, None, None, ONE_THREAD)
    return name if name != current else None


@mechanism("indicator", needs=("MONEY_PURPOSE", "MONEY_PURPOSE_NEXT", "INNER_COUNT", "MONEY_NOUN_END", "LIST_SEP", "MONEY_UNIT", "MONEY_NAME", "MONEY_FUND", "FUND_SOURCE", "PURSE_OVER_SPAN", "PURSE_ONLY", "CLAUSE_BREAK", "BUILT_TAIL",
                                "PARTICLE", "PROBLEM_WORD", "MONEY_VERB_NAME", "MONEY_AIMED", "MONEY_AIMED_ACT"))
def money_purpose(v, current: str = ""):
    """Money with no name of its own, or only the purse that paid it, is named by what it goes
    to, said right after it (三年安排450亿元支持…发展 -> …发展资金; 投入资金2.3亿元对人行道板进行更换 ->
    人行道板更换资金; 财政安排1.7亿元支持外贸企业开拓市场 -> 外贸企业开拓市场资金) or in the clause
    after it (筹集6亿元专项资金，重点扶持试验区创新体系建设 -> 试验区创新体系建设专项资金), or by the act done to
    a thing said with 对 before it (对城区破损人行道板投入资金2.3亿元进行更换 -> 城区破损人行道板更换资金)."""
    if unit_family(v.unit) not in v.pack.word_list("MONEY_UNIT"):
        return None
    verb = v.pack.words_re("MONEY_VERB_NAME", "end").search(v.scope_left, None, None, ONE_THREAD)  # 投入: …投入
    aimed = v.pack.pattern("MONEY_AIMED").search(v.scope_left, None, None, ONE_THREAD)
    done = aimed and v.pack.pattern("MONEY_AIMED_ACT").fullmatch(v.doc.text, v.extent.end, v.end, ONE_THREAD)
    if done:  # 对城区破损人行道板投入资金2.3亿元进行更换 -> 城区破损人行道板更换资金
        aimed_at = phrases.clean(aimed.group("object") + done.group("act"), v.pack)
        money = (aimed.group("per") or "") + (verb.group() if verb else v.pack.word_list("MONEY_NAME")[0])
        return aimed_at + money if aimed_at else None
    left = phrases.left_name(v.scope_left, v.pack)
    core = phrases.generic_core(left, v.pack)
    purse, paid = v.pack.pattern("FUND_SOURCE"), v.pack.pattern("PURSE_ONLY")
    how = paid.fullmatch(left, None, None, ONE_THREAD) if left else None
    span = v.pack.pattern("PURSE_OVER_SPAN")  # whole before the name drops its verb (省财政5年新增 -> 省财政5年)
    if left and not core and not purse.match(left, None, None, ONE_THREAD) and not how \
            and not span.fullmatch(left, None, None, ONE_THREAD) and not span.fullmatch(v.left_trimmed, None, None, ONE_THREAD):
        return None  # a name of its own, unless it is only the purse that paid (省财政安排), how (安排, 筹措资金) or its fund
    m, fund = v.pack.pattern("MONEY_PURPOSE").fullmatch(v.doc.text, v.extent.end, v.end), None
    if m is None and (not current or current in v.pack.word_list("MONEY_FUND") or phrases.generic_core(current, v.pack)
                      or purse.fullmatch(current, None, None, ONE_THREAD) or paid.fullmatch(current, None, None, ONE_THREAD)):
        m, fund = _purpose_next(v)  # a name of its own found elsewhere (a title's) is kept over the next clause's
    if not m:
        return None
    said, counted = m.group("object"), v.pack.pattern("INNER_COUNT")
    goes_to = counted.sub("", said)
    joiner = v.pack.pattern("LIST_SEP").match(said)  # a joiner between counts (解决38.86万人和112.67万头牲畜…: not 和牲畜),
    joined = joiner is not None and counted.match(said, joiner.end()) is not None  # not 和 of a name (和平区12个…)
    goes_to = goes_to[1 if joined else 0:] + (m.group("act") or "")
    problem = v.pack.words_re("PROBLEM_WORD", "end").search(goes_to)  # 解决…家庭的冬季取暖问题: 家庭冬季取暖
    goes_to = phrases.clean(v.pack.words_re("PARTICLE").sub("", goes_to[:problem.start()]) if problem else goes_to, v.pack)
    if not goes_to or phrases.generic_core(goes_to, v.pack):
        return None  # 新建里程4028公里: a bare metric is nothing money went to
    act = v.pack.word_list("BUILT_TAIL")[0] if m.group("build") else m.group("remake") or ""
    act = "" if goes_to.endswith(act) else act  # 新建基站 -> 基站建设, 改造农村电网 -> 农村电网改造, as annotators name them
    said = how and how.group("fund")  # 整合资金2亿元，支持… -> …整合资金
    if v.pack.pattern("MONEY_NOUN_END").search(goes_to + act):
        return goes_to + act  # 设立中等职业教育奖学金: the money is what it set up
    return goes_to + act + (fund or m.group("fund") or said or core or (verb and verb.group()) or v.pack.word_list("MONEY_NAME")[0])


def _purpose_next(v):
    """What money with nothing after it but its fund goes to, said in the next clause: the
    MONEY_PURPOSE match of that clause and the fund said before the comma, else (None, None).
    Money opening its sentence is spent_on's (its purse stays in the name); this reads money a
    list of items names one after another (…；筹集2000万元资金，加强乡村文化站建设；…)."""
    text, pack = v.doc.text, v.pack
    before = pack.pattern("MONEY_PURPOSE_NEXT").fullmatch(text, v.extent.end, v.end + 1)
    if before is None or v.end >= v.sentence.end:
        return None, None
    return (pack.pattern("MONEY_PURPOSE").fullmatch(text, v.end + 1, clause_end(text, v.end + 1, v.sentence.end, pack)),
            before.group("fund"))


@mechanism("indicator", needs=("PLACE_UNIT", "PLACE_WORD", "LEAD_BRACKET", "ITEM_SEP"))
def act_of_places(v):
    """Places counted by themselves (甲、乙等6地, 卓尼、临潭2县): the names before the count are
    instances, not the metric; what they did or became, said after it (and after the other ranks
    in brackets: 2县（市）获得…) names them (…等6地获评国家生态文明建设示范区 -> 获评国家生态文明建设示范区)."""
    if v.unit not in v.pack.word_list("PLACE_UNIT") + v.pack.word_list("PLACE_WORD"):
        return None
    names = v.pack.pattern("ITEM_SEP").split(phrases.trim(v.scope_left), 0, ONE_THREAD)
    if not phrases.is_subject_position(v.scope_left, v.pack) \
            and not (len(names) > 1 and all(0 < len(n) <= INSTANCE_NAME for n in names)):
        return None  # 推动山区26县跨越式发展: a scope inside what is done, no places that did it
    said = v.pack.pattern("LEAD_BRACKET").sub("", v.doc.text[v.extent.end:v.end], 1)
    act = phrases.clean(phrases.strip(said, v.pack, "LEAD_WORD", None), v.pack)
    return act if len(act) >= 2 and not v.pack.pattern("DIGIT_RUN").search(act) else None


@mechanism("indicator", needs=("PRODUCE_OUTPUT", "PRODUCE", "PRODUCE_NAMED", "AREA_UNIT", "WEIGHT_UNIT", "SOWN_ACT", "AREA_NAME",
                                "OUTPUT_NAME", "GOODS_PRODUCED"))
def produce_output(v, current: str = ""):
    """An output said by itself (总产, 总产量) is of the produce named last before it and after the
    record before it (新建高标准农田108万亩，粮食生产实现“十七连丰”，总产达380.5万吨 -> 粮食总产, not
    高标准农田总产); of a produce's farming, of the produce (粮食生产总产 -> 粮食总产). A list of outputs
    is the list's. A produce named alone, or with how it is farmed, is measured by its unit: by an area
    its sown area, by a weight its output (粮食种植407万亩 -> 粮食种植面积; 粮食生产稳定在370万吨 -> 粮食产量),
    as are goods said after 生产 (生产钾肥706万吨 -> 钾肥产量)."""
    base = split_magnitude(v.unit)[1]
    made = v.pack.pattern("GOODS_PRODUCED").fullmatch(current or "", None, None, ONE_THREAD)
    if made and base in v.pack.word_list("WEIGHT_UNIT"):
        return made.group("goods") + v.pack.word_list("OUTPUT_NAME")[0]
    produce = v.pack.pattern("PRODUCE_NAMED").fullmatch(current or "", None, None, ONE_THREAD)
    if produce:
        if base in v.pack.word_list("AREA_UNIT"):
            return produce.group("produce") + (produce.group("act") or v.pack.word_list("SOWN_ACT")[0]) \
                + v.pack.word_list("AREA_NAME")[0]
        return produce.group("produce") + v.pack.word_list("OUTPUT_NAME")[0] \
            if base in v.pack.word_list("WEIGHT_UNIT") else None
    bare = v.pack.pattern("PRODUCE_OUTPUT").fullmatch(current or "", None, None, ONE_THREAD)
    if not bare or v.sentence.list_of(v.n):
        return None
    if bare.group("produce"):
        name = bare.group("produce") + bare.group("output")
        return name if name != current else None
    since = max((v.sentence.values[k].end for k in range(v.n) if v.sentence.fields.get(k) is not None),
                default=v.sentence.start)
    said = list(v.pack.words_re("PRODUCE").finditer(v.doc.text, since, v.start, concurrent=ONE_THREAD))
    return said[-1].group() + current if said else None


@mechanism("indicator", needs=("BARE_REVENUE", "TOURISM_CUE"))
def tourism_revenue(v, current: str = ""):
    """A revenue said by itself (总收入) in a sentence that speaks of tourism before it (游客, 旅游)
    is tourism's: 接待游客2315万人次、总收入330亿元 -> 旅游总收入."""
    if not v.pack.pattern("BARE_REVENUE").fullmatch(current or "", None, None, ONE_THREAD) \
            or not v.pack.words_re("TOURISM_CUE").search(v.doc.text, v.sentence.start, v.start, concurrent=ONE_THREAD):
        return None
    return v.pack.word_list("TOURISM_CUE")[0] + current


@mechanism("indicator", needs=("BARE_LENGTH", "LINE_KIND", "LENGTH_UNIT", "LINE_LENGTH", "LINE_LEVEL"))
def line_of_length(v, current: str = ""):
    """A length said by itself (通车总里程) is of the kind of line named last before it in its
    sentence (新增高速公路302公里，通车总里程超过2800公里 -> 高速公路通车总里程): the kind alone, not the
    verbs and plans said with it (在建, 新开工, 《…规划》). A list of lengths (通车里程分别达到2100公里和
    7600公里) is of the lines listed before it, one each: not here. A kind of line said alone with a
    length it reached is the network's length (高速公路由7473公里增至9310公里 -> 高速公路里程), not one
    built or added (新增高速公路1700公里)."""
    if v.pack.words_re("LINE_KIND").fullmatch(current or "", None, None, ONE_THREAD):
        reached = v.n in v.sentence.from_to or v.pack.pattern("LINE_LEVEL").search(v.scope_left)
        level = reached and split_magnitude(v.unit)[1] in v.pack.word_list("LENGTH_UNIT")  # 公里, 万公里
        return current + v.pack.word_list("LINE_LENGTH")[0] if level else None
    bare = v.pack.pattern("BARE_LENGTH").fullmatch(current or "", None, None, ONE_THREAD)
    if not bare or bare.group("kind") and not (bare.group("added") and bare.group("total")) \
            or v.sentence.list_of(v.n):
        return None
    kinds = list(v.pack.words_re("LINE_KIND").finditer(v.doc.text, v.sentence.start, v.start, concurrent=ONE_THREAD))
    kind = bare.group("kind") or (kinds[-1].group() if kinds else "")
    added = "" if bare.group("total") else bare.group("added") or ""
    return kind + added + bare.group("length") if kind else None


@mechanism("indicator", needs=("MARGIN", "MARGIN_METRIC", "MARGIN_FALL_METRIC", "MARGIN_PER_YEAR", "IN_POINTS", "PERCENT_UNIT", "MARGIN_PLACE", "MARGIN_PLACES",
                                "DISTRIBUTOR"))
def margin_subject(v, current: str = ""):
    """A margin over the national rate is named after the growth before it
    (增长20.4%、高于全国12.4个百分点 -> …增速高于全国), a fall's by its fall (下降5%，超过全国1个百分点
    -> …降幅超过全国); after a rise in points, or said in money or a count, the level's (提升21个百分点，
    超过全国平均水平0.28个百分点 -> …比例超过全国平均水平)."""
    last = v.sentence.last_indicator
    if not current or current == last:  # no name of its own: its clause a margin the name's words dropped (低于预期1.5个百分点)
        current = phrases.trim(v.left_trimmed)
    if not last or not v.pack.pattern("MARGIN").match(current, None, None, ONE_THREAD) \
            or v.pack.pattern("MARGIN").match(last, None, None, ONE_THREAD):
        return None  # a bare margin before (增速高于全国) owns none
    paired = _paired_in_list(v, _list_before(v))  # …增长32.4%、21.9%，好于全国11个、1.7个百分点: the rate it pairs with
    previous = paired or v.sentence.fields.get(v.n - 1)
    last = paired.indicator if paired is not None else last
    rate_like = v.pack.pattern("PERCENT_UNIT").search(v.unit, None, None, ONE_THREAD)
    growth = "" if previous is None or not previous.change or not rate_like \
        or v.pack.pattern("IN_POINTS").search(previous.unit, None, None, ONE_THREAD) \
        else v.pack.word_list("MARGIN_FALL_METRIC" if previous.change == "decrease" else "MARGIN_METRIC")[0]
    other = v.pack.words_re("MARGIN_METRIC", "end").search(current) if growth else None
    growth = other.group() if other else growth  # 高于央企增幅: the growth said as the other's is (地方工业增幅高于…)
    if current.startswith(tuple(v.pack.word_list("MARGIN_METRIC"))) or last.endswith(growth):
        growth = ""  # 增速比城镇居民高 names its growth itself, and 民间投资增速 has it already
    elif growth and previous.basis == "per_year":
        growth = v.pack.word_list("MARGIN_PER_YEAR")[0] + growth  # 年均增长5.9%、高于全国…: 年均增速
    places, said = _margin_places(v, current)
    if places:  # 增速分别高于全国、全省0.7个和0.6个百分点: the first value is over the first place
        current = current[:places.start()] + said[0] + current[places.end():]
    return last + growth + current  # 达到95%、高于全国18.3个百分点: a margin of the level, no 增速


@mechanism("indicator", needs=("MARGIN", "MARGIN_METRIC", "MARGIN_FALL_METRIC", "MARGIN_PER_YEAR", "IN_POINTS", "PERCENT_UNIT", "MARGIN_PLACE", "MARGIN_PLACES",
                                "MARGIN_SAID", "DISTRIBUTOR"))
def margin_in_list(v, current: str = ""):
    """A list of margins after a list of as many rates: each margin is over the rate it pairs with. A later
    value named as the first was is named so over its own rate (进出口、实际使用外资增长32.4%、21.9%，好于全国
    11个、1.7个百分点 -> 实际使用外资增速好于全国, not the first's 进出口增速好于全国); one named by 分别 as its rate
    alone, the margin said before it, is the rate's margin (…分别增长8.5%和9.1%，分别高于全国0.5个和0.8个百分点 ->
    农村居民人均可支配收入增速高于全国, not 农村居民人均可支配收入)."""
    fields = v.sentence.fields
    head, before = v.sentence.list_head(v.n), _list_before(v)
    first = fields.get(head) if head is not None else None
    paired = _paired_in_list(v, before)
    if paired is None:
        return None
    said = phrases.clean(phrases.trim(v.left_trimmed), v.pack)
    if current == paired.indicator and v.pack.pattern("MARGIN").match(said, None, None, ONE_THREAD):
        return margin_subject(v, said)  # …分别增长8.5%和9.1%，分别高于全国0.5个和0.8个百分点: named as the rates
    if first is None or current not in (first.indicator, paired.indicator):
        return None  # 0.8个: named by the list's 分别 as its rate (农村居民人均可支配收入), or as the first
    rate = fields.get(before[0])
    if rate is None or not first.indicator.startswith(rate.indicator):
        return None
    margin = first.indicator[len(rate.indicator):]
    said = v.pack.pattern("MARGIN_SAID").match(margin, None, None, ONE_THREAD)  # 年均增速高于全国, 降幅好于全国
    return paired.indicator + margin if v.pack.pattern("MARGIN").match(margin[said.end():], None, None, ONE_THREAD) else None


def _list_before(v) -> tuple[int, int] | None:
    """The last list of as many values as the value's own list before it in the sentence, of rates when the
    value is in points (增长8%、9%，达到4万元、2万元，高于全国1个、2个百分点: the rates), else None; for
    points after 分别, as many rates said one to a clause right before them (电子信息产业增长18.6%，装备制造业
    增长12.3%，分别高于全省9.7个和3.4个百分点)."""
    group, fields, pack = v.sentence.list_of(v.n), v.sentence.fields, v.pack
    points = pack.pattern("IN_POINTS").search(v.unit, None, None, ONE_THREAD)
    percent = pack.pattern("PERCENT_UNIT")
    before = [g for g in v.sentence.list_groups if group and g[1] < group[0] and g[1] - g[0] == group[1] - group[0]
              and (not points or g[0] in fields and percent.search(fields[g[0]].unit, None, None, ONE_THREAD))]
    if before or not group or not points or group[0] < group[1] - group[0] + 1:
        return before[-1] if before else None
    first = group[0] - (group[1] - group[0] + 1)
    rates = [fields.get(k) for k in range(first, group[0])]
    said = v.doc.text[v.sentence.extents[group[0] - 1].end:v.sentence.extents[group[0]].start]
    if all(r is not None and r.change and percent.search(r.unit, None, None, ONE_THREAD) for r in rates) \
            and pack.words_re("DISTRIBUTOR").search(said):
        return first, group[0] - 1
    return None


def _paired_in_list(v, before: tuple[int, int] | None):
    """The record a value of a list pairs with in the list `before` it (_list_before: 进出口、实际使用外资增长
    32.4%、21.9%，好于全国11个、1.7个百分点: 11个 with 32.4%), else None."""
    return v.sentence.fields.get(before[0] + v.n - v.sentence.list_of(v.n)[0]) if before else None


@mechanism("indicator", needs=("GRADUATE_RATE", "GRADUATE_GROUP", "SCOPE_WORD"))
def rate_of_graduates(v, current: str = ""):
    """A bare employment rate (就业率) in a sentence that names graduates before it (抓好高校毕业生就业，力争就业率达到
    85%) is the rate of the last graduates named (高校毕业生就业率): the rate alone says not whose."""
    pack = v.pack
    if not current or not pack.pattern("GRADUATE_RATE").fullmatch(current, None, None, ONE_THREAD) \
            or pack.words_re("SCOPE_WORD").match(v.left_trimmed):
        return None  # 全区就业率达到95%: the region's
    groups = list(pack.pattern("GRADUATE_GROUP").finditer(v.doc.text, v.sentence.start, v.start, concurrent=ONE_THREAD))
    return groups[-1].group() + current if groups else None


@mechanism("indicator", needs=("MARGIN_SAID_WITH_BI", "MARGIN_SIDE", "PERCENT_UNIT"))
def margin_said_over(v, current: str = ""):
    """A margin in points or percent named with 比 or 较, what it is over and its side (增速比全国高2个百分点,
    增速比全省快) is named side first (增速高于全国, 增速高于全省), as margins are said elsewhere and written in
    column headers; a comparison in other units is kept as said (通关时间比全国同期快3天)."""
    pack = v.pack
    if not current or not pack.pattern("PERCENT_UNIT").search(v.unit, None, None, ONE_THREAD):  # points too
        return None
    m = pack.pattern("MARGIN_SAID_WITH_BI").search(current, None, None, ONE_THREAD)
    if m is None:
        return None
    side = dict(pack.word_pairs("MARGIN_SIDE"))[m.group("side")]
    return current[:m.start()] + side + m.group("other")


@mechanism("indicator", needs=("MARGIN_PLACE", "MARGIN_PLACES"))
def margin_at_its_place(v, current: str = ""):
    """A later value of a list of margins over places said once (增速分别高于全国、全省0.7个和0.6个百分点)
    is over its own place: the name the first was given, the place in its turn."""
    group = v.sentence.list_of(v.n)
    first = v.sentence.values.get(group[0]) if group and group[0] < v.n else None
    if first is None:
        return None
    said, k = _margin_places(v, first.scope_left)[1], v.n - group[0]
    return current[:-len(said[0])] + said[k] if k < len(said) and current.endswith(said[0]) else None


def _margin_places(v, text: str) -> tuple:
    """The list of places a margin is said over in `text` (全国、全省: MARGIN_PLACES) and the places in it."""
    places = v.pack.pattern("MARGIN_PLACES").search(text, None, None, ONE_THREAD)
    return places, v.pack.pattern("MARGIN_PLACE").findall(places.group(), concurrent=ONE_THREAD) if places else []


@mechanism("indicator", needs=("BATCH_GAP", "BATCH_NAME", "OWNER_MARK", "SENT_TO_VERB", "PEOPLE_UNIT", "DIGIT_RUN", "PERCENT_UNIT"))
def batches_of_next(v):
    """A count of batches right before the count of what came in them (派出6批820名医疗队员, 5批次共320人的专家
    服务团) counts batches of them: people are named by the noun after the next count and 批次 (医疗队员批次), not by
    the act they went on (…支援兄弟省份); things by what was done with them, which the batches are of (组织9批2101个
    重大项目集中开工 -> 重大项目集中开工批次)."""
    pack, text = v.pack, v.doc.text
    n = v.n + 1
    if n >= len(v.sentence.hits):
        return None
    following = v.sentence.extents[n]
    if not pack.pattern("BATCH_GAP").fullmatch(text, v.extent.end, following.start) \
            or pack.pattern("PERCENT_UNIT").search(text, following.start, following.end):
        return None  # 抽检样品5批次100%合格: a rate of them, no count of what came
    right = phrases.clause_rest(text[following.end:clause_end(text, following.end, v.sentence.end, pack)], pack)
    de = pack.words_re("OWNER_MARK").match(right)
    right = phrases.trim(right[de.end():] if de else right)
    if not pack.words_re("PEOPLE_UNIT", "end").search(text, following.start, following.end) \
            and len(right) <= BATCH_ACT_MAX and not pack.pattern("DIGIT_RUN").search(right):
        return right + pack.word_list("BATCH_NAME")[0] if right else None  # 9批2101个重大项目集中开工: batches of the act
    noun = phrases.right_noun(right, pack)
    sent = pack.words_re("SENT_TO_VERB").search(noun, SENT_HEAD_MIN)  # not 对口支援干部: 对口 names no one
    noun = phrases.trim(noun[:sent.start()] if sent else noun)
    return noun + pack.word_list("BATCH_NAME")[0] if noun else None


BATCH_ACT_MAX = 12  # characters of things and what was done with them that name batches of them (重大项目集中开工)
SENT_HEAD_MIN = 3  # characters of the people sent before the verb of their going (医疗队驰援…; 对口支援干部 is one noun)


@mechanism("indicator", needs=("TIME_TAKEN_LEAD", "TIME_TAKEN_ACT", "TIME_TAKEN_NAME", "DIGIT_RUN"))
def time_taken(v):
    """A time that opens its clause and the act it took after it (24天实现首个市确诊病例清零, 仅用90天建成
    区域医疗中心) measure how long the act took: named by what was done and 用时, as a column header says
    it; the time is no count of what follows it, nor is the verb before it (仅用) its name."""
    pack = v.pack
    if not pack.pattern("TIME_TAKEN_LEAD").fullmatch(v.left_trimmed):
        return None
    m = pack.pattern("TIME_TAKEN_ACT").match(v.doc.text, v.extent.end, v.end)
    if m is None or pack.pattern("DIGIT_RUN").search(m.group("what")):
        return None  # 15天开通5条国际货运航线: the count is the record, no time taken
    return (m.group("into") or "") + m.group("what") + (m.group("verb") or "") + pack.word_list("TIME_TAKEN_NAME")[0]


@mechanism("indicator", needs=("TIME_THEN_ACT", "TIME_NAME_END", "TIME_NAME", "TIME_LIMIT_END", "TIME_NOT_TAKEN"))
def time_to_act(v, current: str = ""):
    """A time said between what is done and the act of getting it done, closing the clause (抵押登记1天办结,
    中心城市1小时到达), is how long the act takes: the thing, the act and 时间 (抵押登记办结时间, was 办结);
    a thing that says a time already is the name (审批时限); a change or a frequency is none (提速2天办结)."""
    pack = v.pack
    m = pack.pattern("TIME_THEN_ACT").match(v.doc.text, v.extent.end, v.end, ONE_THREAD)
    if m is None or pack.pattern("TIME_NAME_END").search(current, None, None, ONE_THREAD):
        return None
    thing = phrases.clean(phrases.left_name(v.scope_left, pack), pack)
    if pack.pattern("TIME_NAME_END").search(thing, None, None, ONE_THREAD):
        return thing  # 审批时限压缩至60个工作日办结: the time named already
    if pack.pattern("TIME_NOT_TAKEN").search(thing, None, None, ONE_THREAD):
        return None  # 平均提速2天办结, 每15分钟到达: a change, a headway
    thing = pack.pattern("TIME_LIMIT_END").sub("", thing)
    if len(thing) < 2:
        return None
    act = m.group("act")
    return (thing if thing.endswith(act) else thing + act) + pack.word_list("TIME_NAME")[0]


@mechanism("indicator", needs=("PULLED_GROWTH", "IN_POINTS"))
def pulled_growth(v, current: str = ""):
    """Points of another's growth that a part pulled, with no name of the part said before 拉动,
    are named by the growth pulled (拉动全省经济增长5个百分点 -> 拉动经济增长, not 拉动全省经济)."""
    pack = v.pack
    if not pack.pattern("IN_POINTS").search(v.unit, None, None, ONE_THREAD):
        return None
    m = pack.pattern("PULLED_GROWTH").search(v.scope_left, None, None, ONE_THREAD)
    if m is None or not current.startswith((m.group("lead") + m.group("pull"), m.group("pull"))):
        return None
    lead = m.group("lead") if current.startswith(m.group("lead")) else ""  # 直接拉动, kept as the name says it
    return lead + m.group("pull") + m.group("what") + m.group("growth")


@mechanism("indicator", needs=("STAGE_VERB", "IN_SERVICE_VERB", "EDIT_VERB", "BRACKET_ASIDE", "ACT_ON_COUNTED", "ACT_BEFORE",
                                "PEOPLE_UNIT"))
def verb_on_previous_object(v, current: str = ""):
    """A bare verb of a project's stage acts on what the value before it counted, in the same
    unit (新开工重点项目3778个、竣工1826个 -> 竣工重点项目); so does a verb that makes, changes or
    ends rules and items (审议通过地方性法规41件、修改50件 -> 修改地方性法规). An item may count and
    measure (续建16条1260公里，建成13条): the count before its measure is the one acted on. The
    verb stands where the verb before it stood (棚改开工20.8万套，建成19.9万套 -> 棚改建成). A name a
    value in a bracket before it gave with the same verb is taken whole (线路61条（调整线路52条…），其中
    调整了10条 -> 调整线路). A verb of what is then done with things counted, not people, takes the
    place of the first act the value before it was named by (受理投诉事项1029件，办结889件 -> 办结投诉事项);
    a verb that edits follows the last (保留规范性文件860件，废止210件 -> 废止规范性文件)."""
    stage, edit = v.pack.words_re("STAGE_VERB"), v.pack.words_re("EDIT_VERB")
    staged = stage.fullmatch(current) or v.pack.words_re("IN_SERVICE_VERB").fullmatch(current)
    acted = not staged and v.pack.words_re("ACT_ON_COUNTED").fullmatch(current) \
        and split_magnitude(v.unit)[1] not in v.pack.word_list("PEOPLE_UNIT")
    if not staged and not acted and not edit.fullmatch(current):  # the cheap test first: most names are no bare verb
        return None
    family = unit_family(v.unit)
    fields, outside = v.sentence.fields, _before_asides(v)
    aside = (fields.get(k) for k in range(v.n - 1, -1, -1) if k not in outside)
    said = next((f.indicator for f in aside if f is not None and unit_family(f.unit) == family
                 and f.indicator.startswith(current) and len(f.indicator) > len(current)), "")
    if said:  # 公交线路61条（调整线路52条…），其中调整了10条: what the verb named in the aside
        return said
    near = [fields.get(k) for k in outside[:2]]
    previous = next((f for f in near if f is not None and unit_family(f.unit) == family), None)
    if previous is None:
        return None
    if acted:
        act = v.pack.pattern("ACT_BEFORE").search(previous.indicator, concurrent=ONE_THREAD)
        if act is None:
            return current + previous.indicator
        return previous.indicator[:act.start()] + current + previous.indicator[act.end():]
    if staged:
        said = stage.search(previous.indicator)
        if said and said.end() == len(previous.indicator) and said.start() >= 2:
            return previous.indicator[:said.start()] + current
        return current + stage.sub("", previous.indicator, count=1)
    if edit.fullmatch(current):
        acts = list(v.pack.pattern("ACT_BEFORE").finditer(previous.indicator, concurrent=ONE_THREAD))
        thing = previous.indicator[acts[-1].end():] if acts else previous.indicator
        return current + thing if len(thing) >= 2 else None
    return None


def _before_asides(v) -> list[int]:
    """The values before `v` in its sentence, nearest first, less those in a bracket closed before it
    (公租房500套（市本级400套），新开工300套: 300套 follows 500套)."""
    ext = v.sentence.extents
    asides = [m.span() for m in v.pack.pattern("BRACKET_ASIDE").finditer(v.doc.text, v.sentence.start, v.extent.start,
                                                                          concurrent=ONE_THREAD)]
    return [k for k in range(v.n - 1, -1, -1) if not any(a < ext[k].start < b for a, b in asides)]


ITEM_OWN_VERB = ("STAGE_VERB", "BUILD_VERB", "SHARED_VERB", "LEAD_WORD", "ACTION_VERB", "SHARE_ACTED_VERB",
                 "WORKS_DONE")  # word lists of verbs: a list item opening with one has a verb of its own


@mechanism("indicator", needs=("SHARED_VERB", "STAGE_VERB", "BUILD_VERB", "LEAD_WORD", "VERB_PAIR", "CLAUSE_BREAK", "BENEFIT_VERB",
                                "CLAUSE_OR_LIST_BREAK", "ACTION_VERB", "SHARE_ACTED_VERB", "WORKS_DONE"))
def verb_of_list_item(v, current: str = ""):
    """A short bare item after 、 takes the verb the item of its list that says one opens with, back
    to the clause's start (新改建农村公路3500公里、桥梁800座 -> 新改建桥梁; 新建改扩建体育公园36个、全民健身
    中心32个、滑冰场33个 -> 新建改扩建滑冰场), the paired verbs whole, as the list says it once for all; those
    a programme benefits take it with the verb (稳岗补贴惠及企业…、职工… -> 稳岗补贴惠及职工)."""
    if not v.continues or v.percent or not current or len(current) > SHORT_ITEM or v.left_trimmed != current \
            or any(v.pack.words_re(words).match(current) for words in ITEM_OWN_VERB) \
            or v.pack.words_re("WORKS_DONE", "end").search(current):
        return None  # 新增学位, 新投产, 处置僵尸企业: a verb of its own; 危旧桥梁改造: works of its own; 完工率: no thing made
    hits, text = v.sentence.hits, v.doc.text
    for k in range(v.n - 1, -1, -1):  # back along the list to the item that says its verb
        if v.pack.pattern("CLAUSE_BREAK").search(text, hits[k].end, hits[k + 1].start):
            return None
        previous = v.sentence.fields.get(k)
        verb = v.pack.words_re("SHARED_VERB").match(previous.indicator) if previous is not None else None
        program = v.pack.words_re("BENEFIT_VERB").search(previous.indicator, 1) if previous is not None and verb is None else None
        said = previous.indicator[program.start():] if program is not None else ""  # 惠及企业, said so before its count
        if said and text.endswith(said, 0, hits[k].start) and hits[k].start - len(said) > 0 \
                and v.pack.pattern("CLAUSE_OR_LIST_BREAK").match(text, hits[k].start - len(said) - 1):
            return previous.indicator[:program.end()] + current  # not 地膜覆盖栽培…、预冷库…: no verb opening its item
        if verb is not None:  # the verbs paired (新建和改造排水管网), else the one
            paired = v.pack.pattern("VERB_PAIR").match(previous.indicator)
            said = paired.group() if paired and paired.end() > verb.end() else verb.group()
            return said + current if len(previous.indicator) > len(said) else None
    return None


@mechanism("indicator", needs=("PART_MARK", "PART_RUN_END", "PART_SCOPE", "PART_PLACE", "PART_REGION_NAME", "PART_RUN_FIRST",
                                "PLACES_SAID_APART", "WHOLE_OPENING", "BORDER_SCOPE", "BORDER_SIDE", "BORDER_SIDES",
                                "PART_GRADE", "GRADED_OPENING", "COUNT_UNIT"))
def part_of_previous(v, current: str = ""):
    """其中 and a bare scope word or a region's name name a part of what the nearest value
    before 其中 in the same unit measures (新建充电桩2万个，其中农村1万个 -> 农村充电桩; so do the names
    in the clauses after it: 其中陕南6万户，陕北4万户 -> 陕北移民搬迁; a rate between is passed over:
    收入25735元、增长5.4%，其中城镇35720元), the whole's 全体/城乡 giving way, and a scope word with
    the words the whole's name opens with (居民人均可支配收入…，其中农村居民… -> 农村居民人均可支配收入); so do places said
    apart with no 其中 (空气质量优良天数比例达到85%，主要城市达到82% -> 主要城市空气质量优良天数比例), before
    their value (6个市县 counts them), in the place of a tier the whole opens with (省级…，市县… -> 市县…)."""
    places = v.pack.pattern("PLACES_SAID_APART")
    scopes = v.pack.word_list("PART_SCOPE")  # most names open with none: told by one startswith
    scope = next((w for w in scopes if current.startswith(w) and len(current) > len(w) + 1), "") if current.startswith(scopes) else ""
    mark = _part_mark_before(v, current)
    if mark is None and scope:  # 其中农村居民增长7.1%: a scope word and how the whole's name opens
        mark = _part_mark_before(v, scope)
    else:
        scope = ""
    part = mark is not None
    if not (part or places.fullmatch(current, None, None, ONE_THREAD)) or not part and v.scope_right.startswith(current):
        return None  # 对6个市县…: places counted are no part of a whole
    previous = _whole_before(v, mark)
    if previous is None or previous.indicator.startswith(current):
        return None
    whole = previous.indicator
    place = places.match(whole) if not part else v.pack.words_re("WHOLE_OPENING").match(whole)
    if len(whole) <= 2 or place and place.end() == len(whole):  # 农村130元，城市…: the value before
        return None                                             # names a place only
    whole = whole[place.end() if place else 0:]  # 城市…处理率，县城… -> 县城…处理率; 全体居民… -> 城镇居民…
    graded = v.pack.pattern("GRADED_OPENING").search(whole) if v.pack.pattern("PART_GRADE").fullmatch(current) else None
    if graded and graded.end() < len(whole):  # A级景区，其中4A级… -> 4A级景区; 国家A级景区… -> 国家4A级景区
        return whole[:graded.start()] + current + whole[graded.end():]
    border = v.pack.pattern("BORDER_SCOPE").search(whole, None, None, ONE_THREAD)
    side = v.pack.pattern("BORDER_SIDE").match(current, None, None, ONE_THREAD) if border else None
    if side and border.group() == side.group("by") + v.pack.word_list("BORDER_SIDES")[0] \
            and current[side.end():] in whole:  # 受理境内外专利申请…，其中境内申请… -> 受理境内专利申请: the whole
        return whole[:border.start()] + side.group() + whole[border.end():]  # on one side of the border it spans
    if scope:  # the whole's name must go on past the words the part opens with
        rest = current[len(scope):]
        return scope + whole if whole.startswith(rest) and len(whole) > len(rest) else None
    if border:
        return None  # 接待国内外游客…，其中境外…: a whole that says where already is no 境外国内外游客
    return current + whole


@mechanism("indicator", needs=("PART_MARK", "USE_OF_PART", "CLAUSE_OR_LIST_BREAK", "MONEY_NAME_END", "COUNT_UNIT"))
def use_of_part(v, current: str = ""):
    """其中用于 and a bare use right before the value name a part of the money the value before 其中 measures by
    the use (专项债券1960亿元，其中用于土地储备380亿元 -> 专项债券用于土地储备); a use said as money of its own
    (其中用于农田水利建设的投资) keeps its name."""
    mark = _last_part_mark(v)
    if not current or mark is None or v.pack.pattern("MONEY_NAME_END").search(current, None, None, ONE_THREAD):
        return None
    use = v.pack.pattern("USE_OF_PART").match(v.doc.text, mark.end(), v.extent.start, ONE_THREAD)
    if use is None or v.pack.pattern("CLAUSE_OR_LIST_BREAK").search(v.doc.text, use.end(), v.extent.start, ONE_THREAD):
        return None
    previous = _whole_before(v, mark.start())
    if previous is None or current.startswith(previous.indicator):
        return None
    return previous.indicator + use.group("verb") + current


@mechanism("indicator", needs=("FUND_SOURCE", "PURSE_OPENING", "PART_RUN_END", "MONEY_UNIT", "COUNT_UNIT"))
def purse_of_part(v, current: str = ""):
    """其中 and a purse that paid a part of the money a wider purse put to a use name the part by
    the use (全省财政拟安排“三农”支出330.5亿元，其中省级财政拟安排77.9亿元 -> 省级财政“三农”支出); a use
    that is only money (资金) names nothing."""
    pack = v.pack
    if not current or unit_family(v.unit) not in pack.word_list("MONEY_UNIT") \
            or not pack.pattern("FUND_SOURCE").match(current, None, None, ONE_THREAD):
        return None
    mark = _last_part_mark(v)
    if mark is None or pack.pattern("PART_RUN_END").search(v.doc.text, mark.start(), v.extent.start, ONE_THREAD):
        return None
    opening = pack.pattern("PURSE_OPENING")
    previous = _whole_before(v, mark.start())
    purse = opening.match(previous.indicator, None, None, ONE_THREAD) if previous else None
    use = previous.indicator[purse.end():] if purse else ""
    if len(use) < 2 or phrases.generic_core(use, pack):
        return None
    paid = opening.match(current, None, None, ONE_THREAD)  # 市级财政安排: the purse, not its verb
    return (paid.group("purse") if paid else current) + use


def _whole_before(v, mark: int | None):
    """The record of the nearest value before the value's in its sentence and unit family, and
    before `mark` (a 其中) when one is given: the whole a part is of; of a count, no fewer than the part
    (…184.1万户、平均每天5044户，其中企业54.3万户: the day's count is no whole of it)."""
    fields = v.sentence.fields
    least = v.quantity.magnitude if unit_family(v.unit) in v.pack.word_list("COUNT_UNIT") else None
    return next((fields[k] for k in range(v.n - 1, -1, -1) if k in fields
                 and (mark is None or v.sentence.extents[k].end <= mark)
                 and unit_family(fields[k].unit) == unit_family(v.unit)
                 and (least is None or fields[k].magnitude is None or fields[k].magnitude >= least)), None)


@mechanism("indicator", needs=("PART_MARK", "PART_RUN_END", "WHOLE_ACT", "COUNT_UNIT", "STAGE_VERB"))
def act_of_whole(v, current: str = ""):
    """其中 and a kind of the things a count before it counted as new, named right before its value in
    the run of parts after 其中 (新登记市场主体294万户，其中企业80万户、个体工商户200万户), count the new ones
    of that kind, named with the whole's act (新登记企业): the kind alone would count them all."""
    pack, text = v.pack, v.doc.text
    if not current or unit_family(v.unit) not in pack.word_list("COUNT_UNIT"):
        return None
    mark = _last_part_mark(v)
    if mark is None or not text.endswith(current, mark.end(), v.extent.start) \
            or pack.pattern("PART_RUN_END").search(text, mark.start(), v.extent.start, ONE_THREAD):
        return None
    previous = _whole_before(v, mark.start())
    act = pack.pattern("WHOLE_ACT").match(previous.indicator) if previous is not None else None
    if act is None or pack.pattern("WHOLE_ACT").match(current) or pack.words_re("STAGE_VERB").search(current):
        return None  # 其中棚户区改造开工601万套: the kind says its own act
    return act.group() + current


@mechanism("indicator", needs=("PART_MARK", "PART_RUN_END", "METRIC_HEAD", "COMPOUND_PART", "COUNT_UNIT", "BUILD_VERB", "WHOLE_MEASURE"))
def kind_of_whole(v, current: str = ""):
    """其中 and a kind of what the whole before it in the sentence measures, written before the value in the
    sentence with no measure of its own, name the kind's part of the whole: the whole's measure follows the
    kind (农作物受灾面积…，其中绝收… -> 绝收面积; 出境人数…，其中因私出境… -> 因私出境人数); an item of a 分别
    list after 其中 as long as a frame's kind (规模以上工业增加值…，其中电子信息、新材料分别… -> 电子信息增加值)."""
    pack, text = v.pack, v.doc.text
    heads = pack.words_re("METRIC_HEAD", "end")
    listed = v.n in v.sentence.distributed  # 其中汽车、电子信息分别增长…: each item a kind, as long as a frame's
    if not current or current not in text[v.sentence.start:v.extent.start] or heads.search(current) \
            or _part_mark_before(v, current) is not None:
        return None  # a name rewritten already, one with a measure of its own (其中国内旅游收入), a place
    marks = list(pack.pattern("PART_MARK").finditer(text, v.sentence.start, v.extent.start, concurrent=ONE_THREAD))
    if not marks or pack.pattern("PART_RUN_END").search(text, marks[-1].start(), v.extent.start, ONE_THREAD):
        return None
    previous = _whole_before(v, marks[-1].start())
    whole = previous.indicator if previous is not None else ""
    head = heads.search(whole)
    if head is not None and head.start() >= 2 and len(current) <= (FRAME_KIND if listed else KIND_WORD):
        measure = head.group()
    else:  # 有77种矿产新增查明资源储量，其中，天然气…: what the kinds counted gained
        measure = _gained_by_kinds(v, marks[-1].start()) if len(current) <= FRAME_KIND else ""
    compound = any(pair[1].startswith(current) for pair in pack.word_pairs("COMPOUND_PART"))
    if not measure or current in whole or compound:
        return None  # 其中进口: a part of a compound (part_of_compound); 其中高速公路: a name of its own
    return current + measure


def _gained_by_kinds(v, mark: int) -> str:
    """What the kinds a count before 其中 counts gained, from the verb that opens it (77种矿产新增查明资源
    储量 -> 新增查明资源储量), when it ends with a measure (WHOLE_MEASURE) and the value is no count; '' else."""
    pack, fields, counts = v.pack, v.sentence.fields, v.pack.word_list("COUNT_UNIT")
    if unit_family(v.unit) in counts:
        return ""
    counted = next((fields[k] for k in range(v.n - 1, -1, -1) if k in fields and v.sentence.extents[k].end <= mark), None)
    if counted is None or unit_family(counted.unit) not in counts:
        return ""
    gained = pack.words_re("BUILD_VERB").search(counted.indicator, 2)
    return counted.indicator[gained.start():] if gained and pack.pattern("WHOLE_MEASURE").search(counted.indicator) else ""


@mechanism("indicator", needs=("FRAME_OF_KINDS", "FRAME_ACTIVITY", "METRIC_HEAD", "DIGIT_RUN", "SHARE_VERB"))
def measure_of_frame(v, current: str = ""):
    """A sentence that opens with a frame naming what it measures (主要原材料消费中，主要农产品产量中，) and
    lists kinds with their values measures each kind so: a bare kind takes the frame's measure (钢材5.2亿吨
    -> 钢材消费量, the activity 消费 read as its amount: FRAME_ACTIVITY); one with a measure of its own
    keeps it (钢材消费量5.4亿吨)."""
    pack = v.pack
    heads = pack.words_re("METRIC_HEAD", "end")
    if not current or len(current) > FRAME_KIND or current not in v.scope_left \
            or heads.search(current) or pack.pattern("DIGIT_RUN").search(current) \
            or pack.words_re("SHARE_VERB").search(current):  # 仅占1.9%: a share of the frame's whole
        return None
    frame = pack.pattern("FRAME_OF_KINDS").match(v.doc.text, v.sentence.start, v.extent.start, ONE_THREAD)
    whole = frame.group("whole") if frame else ""
    measure = heads.search(whole)
    if measure:
        return current + measure.group()
    return next((current + amount for said, amount in pack.word_pairs("FRAME_ACTIVITY") if whole.endswith(said)), None)


FRAME_KIND = 4  # characters of a bare kind listed under a frame that names what is measured


@mechanism("indicator", needs=("PER_MONTH_HEAD", "PER_HEAD_OWNER", "PER_HEAD_KEPT", "MONEY_UNIT"))
def per_month_head(v, current: str = ""):
    """A monthly sum per head said of people's money, after its name or right before the value
    (企业退休人员基本养老金月人均增加154元; 达到月人均1227元), follows the people in the name as a column
    header says it (企业退休人员月人均基本养老金), in its first way of saying it (月人均 for 人均每月)."""
    pack = v.pack
    per_month = pack.words_re("PER_MONTH_HEAD")
    if per_month.search(v.scope_left, None, None, ONE_THREAD) is None or not current \
            or unit_family(v.unit) not in pack.word_list("MONEY_UNIT") or pack.words_re("PER_HEAD_KEPT", "end").search(current):
        return None
    inside = per_month.search(current, None, None, ONE_THREAD)
    if inside and inside.end() < len(current):
        return None  # 城镇居民最低生活保障月人均补助水平: said inside the name already
    name = per_month.sub("", current)
    owner = pack.words_re("PER_HEAD_OWNER").search(name, None, None, ONE_THREAD)
    if owner is None or owner.end() >= len(name) - 1:
        return None  # no people, or nothing of theirs after them
    return name[:owner.end()] + pack.word_list("PER_MONTH_HEAD")[0] + name[owner.end():]


@mechanism("indicator", needs=("EXTEND_VERB", "REACH_WORD", "BENEFIT_VERB", "DISPOSAL_MARK"))
def reach_of_program(v, current: str = ""):
    """Places a programme was extended to, counted and named after their count, are named by the
    programme (新型农村合作医疗试点扩大到56个县 -> 新型农村合作医疗试点县); what its reach is said with
    goes (试点范围扩大到…: 范围)."""
    pack, left = v.pack, v.left_trimmed
    verb = pack.words_re("EXTEND_VERB", "end").search(left, None, None, ONE_THREAD)
    if not v.counted or verb is None or not current or current in left:
        return None
    program = pack.words_re("REACH_WORD", "end").sub("", phrases.clean(phrases.left_name(left[:verb.start()], pack), pack))
    if len(program) < PROGRAM_MIN or program in current or current.startswith(program[-2:]) \
            or pack.words_re("DISPOSAL_MARK").search(program):
        return None  # 由20个调整扩大到41个, 起把…教育范围扩大到: no programme; 医共体…医共体县区: named already
    reach = pack.words_re("BENEFIT_VERB").match(verb.group(), None, None, ONE_THREAD)  # 覆盖到: 覆盖 stays
    return program + (reach.group() if reach else "") + current


@mechanism("indicator", needs=("SHARE_THEN_ACT", "SHARE_NAME", "RATE_END", "SHARE_OWN_NAME", "METRIC_HEAD", "CLAUSE_OR_LIST_BREAK",
                                "ASPECT_LE", "SHARE_OBJECT_BEFORE", "SHARE_REACH_VERB", "SHARE_GOAL_END"))
def share_then_act(v, current: str = ""):
    """A share said right after its things and before what they did, to the clause's end, names
    the share of the things that did it (行政村100%通4G网络 -> 行政村通4G网络比例, 高校毕业生60%留省就业 ->
    高校毕业生留省就业比例), a bare 达标 their rate of reaching the standard (水质100%达标 -> 水质达标率); a
    metric of its own before the value (城镇化率60%) is the share's name already, and an act with no verb of
    SHARE_ACT_WORD names none after a verb's object, a rate moved or a tax (SHARE_OBJECT_BEFORE); a bare (全)覆盖
    is a coverage rate, and a rate said after 达到 that rate (城市燃气达到98%普及率 -> 城市燃气普及率)."""
    pack = v.pack
    said = pack.pattern("SHARE_REACH_VERB").sub("", v.left_trimmed)  # 改革试点实现100%覆盖: the things before 实现
    if not v.percent or not current or not said.endswith(current) \
            or pack.words_re("METRIC_HEAD", "end").search(current) or pack.words_re("SHARE_OWN_NAME", "end").search(current):
        return None
    m = pack.pattern("SHARE_THEN_ACT").match(phrases.trim(phrases.clause_rest(v.scope_value_after, pack)), None, None, ONE_THREAD)
    if m is None or m.group("any") and pack.pattern("SHARE_OBJECT_BEFORE").search(current, None, None, ONE_THREAD):
        return None  # 延续15%企业所得税: the value after a verb is of its object, no share of things that did it
    if m.group("rate"):
        return current + m.group("rate") + pack.word_list("RATE_END")[0]
    act = pack.pattern("ASPECT_LE").sub("", m.group("act"))
    if said != v.left_trimmed and pack.pattern("SHARE_GOAL_END").search(act, None, None, ONE_THREAD):
        return None  # 研发经费投入强度达到2.5%水平: the level reached, no act of things
    own = pack.words_re("SHARE_OWN_NAME", "end").search(act, None, None, ONE_THREAD)
    return current + act + ("" if own else pack.word_list("SHARE_NAME")[0])  # 城市燃气达到98%普及率: a rate


@mechanism("indicator", needs=("TASK_VERB_BEFORE", "SHARE_OF_TASK", "SHARE_NAME", "RATE_END", "CLAUSE_OR_LIST_BREAK"))
def share_of_task(v):
    """A share with no name of its own between 完成 and a task (完成80%以上村镇垃圾治理任务) is the share of
    the task done (村镇垃圾治理任务完成比例); one right before 完成 and the task (100%完成保护区划定) is
    the task's completion rate (保护区划定完成率)."""
    pack = v.pack
    if not v.percent:
        return None
    before = pack.pattern("TASK_VERB_BEFORE").search(v.left_trimmed)
    if before is None and v.left_trimmed:
        return None
    m = pack.pattern("SHARE_OF_TASK").match(phrases.trim(phrases.clause_rest(v.scope_value_after, pack)), None, None, ONE_THREAD)
    if m is None or bool(before) == bool(m.group("verb")):
        return None
    if before:
        return m.group("task") + before.group() + pack.word_list("SHARE_NAME")[0]
    return m.group("task") + m.group("verb") + pack.word_list("RATE_END")[0]


@mechanism("indicator", needs=("PROJECT_NOUN", "PROJECT_STAGE", "PROJECT_KIND_SAID", "PROJECT_TOPIC", "LEAD_WORD",
                                "LIST_TAIL_MARK", "ITEM_SEP", "KIND_ENDING"))
def projects_by_stage(v, current: str = ""):
    """Projects counted after the stage they are at, with no kind of their own, are named by the
    stage and the kind of project the sentence is about: the kind another count of projects in it
    names (开工…等10个能源项目，续建…等8个项目 -> 续建能源项目), else the topic opening it (高速公路，
    开工…等2个项目 -> 开工高速公路项目); 建设 is said after the kind (高速公路，建设…等8个项目 ->
    高速公路建设项目)."""
    pack = v.pack
    if current not in pack.word_list("PROJECT_NOUN"):
        return None
    stage = pack.pattern("PROJECT_STAGE").match(v.left_trimmed, None, None, ONE_THREAD)
    if stage is None:
        return None
    said = pack.pattern("PROJECT_KIND_SAID").search(v.sentence.text, None, None, ONE_THREAD)
    topic = None if said else pack.pattern("PROJECT_TOPIC").match(v.sentence.text, None, None, ONE_THREAD)
    if topic and (topic.end() > v.start - v.sentence.start or pack.words_re("LEAD_WORD").match(topic.group("topic"))):
        topic = None  # 加强重点建设，…: a clause of its own, no topic
    kind = said.group("kind") if said else topic.group("topic") if topic else \
        _shared_ending(v.left_trimmed[stage.end():], pack)
    return kind + stage.group("after") + current if stage.group("after") else stage.group("stage") + kind + current


def _shared_ending(listed: str, pack) -> str:
    """The kind the things listed before 等 all end with (南广铁路、贵广铁路等 -> 铁路), or ''."""
    tail = pack.pattern("LIST_TAIL_MARK").search(listed)
    items = pack.pattern("ITEM_SEP").split(listed[:tail.start()]) if tail and tail.end() == len(listed) else []
    if len(items) < 2:
        return ""
    ending = items[0]
    while ending and not all(item.endswith(ending) for item in items):
        ending = ending[1:]
    return ending if pack.pattern("KIND_ENDING").fullmatch(ending) else ""


@mechanism("indicator", needs=("COMPOUND_PART", "PART_MARK", "DIGIT_RUN", "SENTENCE_END", "CLAUSE_BREAK"))
def part_of_compound(v, current: str = ""):
    """A bare part after a sentence opening with 其中 takes the name of the whole said first in the
    sentence before, the part in its compound's place (货物进出口总额…。其中，出口…；进口… -> 货物出口额,
    货物进口额). Within one sentence (进出口总额…，其中出口…) most readers keep the part bare."""
    pack, text = v.pack, v.doc.text
    parts = pack.word_pairs("COMPOUND_PART")
    if not any(part.startswith(current) for _, part in parts) \
            or not pack.pattern("PART_MARK").match(text, v.sentence.start, v.extent.start, ONE_THREAD):
        return None
    clause = _sentence_before(v)[0] or ""
    number = pack.pattern("DIGIT_RUN").search(clause, None, None, ONE_THREAD)
    whole = phrases.left_name(clause[:number.start()], pack) if number else ""
    return next((whole.replace(compound, part, 1) for compound, part in parts
                 if part.startswith(current) and compound in whole), None)


@mechanism("indicator", needs=("PART_MARK", "PART_SCOPE", "PART_PLACE", "PART_KIND", "METRIC_HEAD", "WHOLE_VALUE",
                                "WHOLE_WORDY", "WHOLE_MEASURE", "SECTOR_NAME", "COMPOUND_PART",
                                "PRICE_INDEX_WHOLE", "PRICE_OF_KIND"))
def part_of_sentence_before(v, current: str = ""):
    """A sentence opening with 其中 lists parts of the whole the sentence before it opens with; a part
    named bare (a scope word, a region, or a kind of a few characters with no measure of its own)
    takes the whole's name after it when its value is in the whole's unit (入境旅游人数13003万人次…。
    其中，外国人2433万人次 -> 外国人入境旅游人数; …其中，铁路…；公路7596亿吨公里 -> 公路货物运输周转量)."""
    pack, text = v.pack, v.doc.text
    if not current or not pack.pattern("PART_MARK").match(text, v.sentence.start, v.extent.start, ONE_THREAD) \
            or pack.words_re("METRIC_HEAD", "end").search(current) or not _bare_part(current, pack) \
            or pack.pattern("SECTOR_NAME").fullmatch(current, None, None, ONE_THREAD) \
            or any(part.startswith(current) for _, part in pack.word_pairs("COMPOUND_PART")):
        return None  # a sector (its value added) or a part of a compound (part_of_compound) measure their own
    clause = _sentence_before(v)[0] or ""
    number = pack.pattern("WHOLE_VALUE").search(clause, None, None, ONE_THREAD)
    if number is None or not unit_family(v.unit):
        return None
    whole = phrases.clean(phrases.left_name(clause[:number.start()], pack), pack)
    shares_word = any(current[i:i + 2] in whole for i in range(len(current) - 1))  # 出口额 of 进出口总额
    if not clause.startswith(unit_family(v.unit), number.end()) or len(whole) < 2 or shares_word \
            or pack.pattern("WHOLE_WORDY").search(whole) or not pack.pattern("WHOLE_MEASURE").search(whole):
        return None  # a whole in another unit (资源储量 after a count of minerals), wordy, or not a measure
    if pack.pattern("PRICE_INDEX_WHOLE").search(whole) and not _place_part(current, pack):
        return current + pack.word_list("PRICE_OF_KIND")[0]  # 居民消费价格总水平…。其中，鲜菜… -> 鲜菜价格
    return current + whole


def _bare_part(name: str, pack) -> bool:
    """Whether a name is a part's alone: a scope word, a region, or a short kind (外国人, 铁路)."""
    return _place_part(name, pack) or pack.pattern("PART_KIND").fullmatch(name, None, None, ONE_THREAD) is not None


def _place_part(name: str, pack) -> bool:
    """Whether a part is named by a scope word or a region (城市, 东部地区), not a kind."""
    return name in pack.word_list("PART_SCOPE") or pack.pattern("PART_PLACE").fullmatch(name, None, None, ONE_THREAD) is not None


def _part_mark_before(v, current: str) -> int | None:
    """Where the 其中 is that makes `current` a part of a whole said before it: in the value's
    clause, or earlier in a run of clauses naming parts with their values (其中陕南6万户，陕北4万户);
    a part is a scope word or the name of a region, and so is the name of a district, county or town in a run
    the first part of which is one (（市本级400套，濠江区100套） -> 濠江区: PART_RUN_FIRST, PART_REGION_NAME)."""
    pack = v.pack
    named = _place_part(current, pack)
    if not named and not pack.pattern("PART_REGION_NAME").fullmatch(current, None, None, ONE_THREAD):
        return None
    mark = _last_part_mark(v)
    if mark is None or pack.pattern("PART_RUN_END").search(v.doc.text, mark.start(), v.extent.start, ONE_THREAD):
        return None
    if not named:
        first = pack.pattern("PART_RUN_FIRST").match(v.doc.text, mark.end(), v.extent.start, ONE_THREAD)
        if first is None or first.group("part") == current or not _place_part(first.group("part"), pack):
            return None
    return mark.start()


def _last_part_mark(v):
    """The last 其中 of the value's sentence before it, or None (read up to the value's end: a
    bracket marks parts by the value it holds)."""
    last = None
    for mark in v.pack.pattern("PART_MARK").finditer(v.doc.text, v.sentence.start, v.extent.end, concurrent=ONE_THREAD):
        if mark.start() >= v.extent.start:
            break
        last = mark
    return last


@mechanism("indicator", needs=("SHARE_VERB", "RATIO_TO", "TOTAL_OF_THINGS", "CLAUSE_BREAK", "SHARE_OWNER_GREW", "GENERIC_METRIC",
                                "SHARE_OF_WHOLE_OWNER", "IN_POINTS"))
def share_of_previous(v, current: str = ""):
    """A share named from 占, or a ratio to another metric (与国内生产总值之比), belongs to the value
    before it (出口增长18.1%，占全部出口比重超过50% -> …出口占全部出口比重); the share of a total is of
    the things totalled (高标准农田总面积达到4612万亩，占耕地比重64.8% -> 高标准农田占耕地比重)."""
    ratio = v.pack.pattern("RATIO_TO").fullmatch(current, None, None, ONE_THREAD)
    if not (ratio or v.pack.words_re("SHARE_VERB").match(current, None, None, ONE_THREAD)):
        return None
    k, points = v.n - 1, v.pack.pattern("IN_POINTS")
    while k > 0 and (margin := v.sentence.fields.get(k)) is not None and not margin.change \
            and points.search(margin.unit, None, None, ONE_THREAD):
        k -= 1  # 增长12%、高于规上工业5.9个百分点，占生产总值的比重…: of what grew, not of the margin
    previous = v.sentence.fields.get(k)
    if previous is None and v.n == 0:  # 民营经济快速发展，占GDP的比重达到54.2%: the share of what grew
        clauses = v.pack.pattern("CLAUSE_BREAK").split(v.scope_before)
        grew = v.pack.pattern("SHARE_OWNER_GREW").match(phrases.trim(next((c for c in reversed(clauses) if c.strip()), "")))
        owner = phrases.left_name(grew.group("owner"), v.pack) if grew else ""  # 推动服务业投资较快增长: no 推动
        return owner + current if len(owner) >= 2 and not phrases.generic_core(owner, v.pack) else None
    if previous is None or previous.indicator == UNKNOWN_INDICATOR:
        return None
    if previous.indicator.endswith(current):  # 占…比重由70.2%、20.1%提高至…: the share it already is
        return previous.indicator
    owner = _owner_or_name(v, previous.indicator)
    if owner != previous.indicator:  # 占生产总值的30.5%，占外贸进出口总额的56.1%: of the same owner
        return owner + current
    total = v.pack.words_re("TOTAL_OF_THINGS", "end").search(previous.indicator, 2)
    return previous.indicator[:total.start() if total else None] + current  # 高标准农田总面积…，占耕地比重


@mechanism("indicator", needs=("DONE_FOR_WHOM", "FOR_WHOM_ACT"))
def done_for_whom(v, current: str = ""):
    """A bare name of what an act gave or saved a party named after 为 (为企业降低各类成本1300亿元: 成本) says
    whom and the act, as analysts head the column (为企业降低成本); a name of its own (用电成本) stays."""
    if not current or len(current) > BARE_GIFT:
        return None
    m = v.pack.pattern("DONE_FOR_WHOM").search(v.scope_left, None, None, ONE_THREAD)
    if m is None or phrases.clean(m.group("what"), v.pack) != current:
        return None
    said = m.group()[:m.start("what") - m.start()]  # 为, whom and the act, as written
    return phrases.clean(said + current, v.pack)  # 为各类市场主体: 各类 goes


BARE_GIFT = 2  # characters of a bare name of what was given or saved (成本, 负担, 岗位) that says whom and the act


@mechanism("indicator", needs=("SHARE_OF_WHOLE_BARE", "SHARE_OF_WHOLE_NAME"))
def share_of_whole_named(v, current: str = ""):
    """民生支出占财政支出的77%: a part's share of a whole is named as a share (…占财政支出比重), as
    analysts head the column; a name that says its ratio (占比, 比例) or a rate keeps it."""
    if not v.pack.pattern("SHARE_OF_WHOLE_BARE").match(current, None, None, ONE_THREAD):
        return None
    return current + v.pack.word_list("SHARE_OF_WHOLE_NAME")[0]


@mechanism("indicator", needs=("SHARE_BARE", "SHARE_FRAME", "COUNTED_FRAME", "NUMBER_IN_FRAME", "SHARE_OWN_NAME", "SHARE_NAME",
                                "SHARE_VERB", "PART_MARK", "CLAUSE_BREAK", "PERCENT_UNIT", "OWNER_MARK", "SHARE_GRADE"))
def share_of_frame(v, current: str = ""):
    """A share said with a bare 占 (私营商业将占12%) is of the whole the sentence opens with
    (在社会商品零售总额中，… -> 私营商业占社会商品零售总额); of a set of counted things, or of
    no whole said, it is the part's share (三类海水占15.4% -> 三类海水比例), and a part that is
    a share already (劣Ⅴ类水质断面比例占20.8%) keeps its name."""
    pack = v.pack
    bare = pack.pattern("SHARE_BARE").search(current) if current and v.percent else None
    if bare is None or bare.start() < 2:
        return None
    part = current[:bare.start()]
    if pack.words_re("SHARE_OWN_NAME", "end").search(part):
        return part
    said = v.doc.text[v.sentence.start:v.extent.start]
    frame = None
    for frame in pack.pattern("SHARE_FRAME").finditer(said, concurrent=ONE_THREAD):
        pass
    whole = frame.group("whole") if frame else ""
    number = pack.pattern("NUMBER_IN_FRAME").search(whole)
    if number:  # 在钢的总产量四一二万吨中: the whole is named before its amount; a set counted names none
        whole = "" if pack.pattern("COUNTED_FRAME").match(whole, number.start()) else whole[:number.start()]
    whole = phrases.clean(phrases.trim(whole), pack) if whole else _whole_of_parts(v)
    if len(whole) < 2:
        return _elliptic_part(v, part) + pack.word_list("SHARE_NAME")[0]
    return part + pack.word_list("SHARE_VERB")[0] + whole


ELLIPTIC_HEAD_MAX = 4  # characters of the head noun a share's part said as 较好的 takes from the share before
ELLIPTIC_PART_MAX = 6  # characters of a part with no 的 that takes it too (…标准的监测点占67.3%，三类海水占8.9%)


def _elliptic_part(v, part: str) -> str:
    """A part said only by what marks it, ending in 的 (…质量好的城市占5.0%，较好的占68.3%), or short
    (…的监测点占21.3%；二类占28.3%，三类占14.4%), is of the things the shares before it counted, the
    first of them with its head noun after 的: that head follows (较好的城市, 三类监测点); a part said by its
    grade alone is graded on what the first share's grade was (声环境质量较好的城市: SHARE_GRADE)."""
    owner = v.pack.word_list("OWNER_MARK")[0]
    share = v.pack.word_list("SHARE_NAME")[0]
    shares = []  # the shares before it in its run, back to the one that said its head after 的
    for k in range(v.n - 1, -1, -1):
        before = v.sentence.fields.get(k)
        if before is None or not before.indicator.endswith(share):
            return part
        shares.append(before.indicator[:-len(share)])
        if owner in shares[-1]:
            break
    else:
        return part
    said, _, head = shares[-1].rpartition(owner)
    if not 0 < len(head) <= ELLIPTIC_HEAD_MAX or head in part or not all(s.endswith(head) for s in shares):
        return part
    named = part + head if part.endswith(owner) or len(part) <= ELLIPTIC_PART_MAX else part
    grade = v.pack.words_re("SHARE_GRADE", "end")  # 声环境质量好的城市…，较好的: of 声环境质量 too
    first = grade.search(said)
    if first and first.start() >= 2 and grade.fullmatch(part.partition(owner)[0]):
        return said[:first.start()] + named
    return named


def _whole_of_parts(v) -> str:
    """全社会固定资产投资3.21万亿元，其中民间投资占67.2%: shares after 其中, in a run of shares, are
    of the amount said before it; '' when none is."""
    pack, text, mark = v.pack, v.doc.text, _last_part_mark(v)
    if mark is None:
        return ""
    run = pack.pattern("CLAUSE_BREAK").split(text[mark.end():v.extent.start])
    if not all(pack.words_re("SHARE_VERB").search(said) for said in run if said):
        return ""  # 其中民间投资增长10%，服务业占45%: a share out of the run of parts
    percent, fields = pack.pattern("PERCENT_UNIT"), v.sentence.fields
    whole = next((fields[k] for k in range(v.n - 1, -1, -1) if k in fields and v.sentence.extents[k].end <= mark.start()
                  and not percent.search(fields[k].unit)), None)
    return whole.indicator if whole is not None and whole.indicator != UNKNOWN_INDICATOR else ""


@mechanism("indicator", needs=("ELLIPTIC_COUNT_LEFT", "ELLIPTIC_COUNT_OF"))
def elliptic_count(v, current: str = ""):
    """A count said only by how its things moved (…同比上涨的城市个数为60个，持平的为2个，下降的为8个) is
    of the things the count before it counted, moved that way: 同比持平的城市个数, not 持平 nor 上涨的…."""
    said = v.pack.pattern("ELLIPTIC_COUNT_LEFT").search(v.scope_left)
    before = v.sentence.fields.get(v.n - 1)
    whole = v.pack.pattern("ELLIPTIC_COUNT_OF").search(before.indicator) if said and before is not None else None
    if whole is None:
        return None
    return before.indicator[:whole.start()] + said.group("moved") + before.indicator[whole.end("moved"):]


@mechanism("indicator", needs=("NEXT_COUNT_GAP", "STAGE_VERB", "BUILD_VERB", "ADMIN_LEVEL", "COUNT_UNIT"))
def head_of_next_count(v, current: str = ""):
    """A count named only by a verb of its stage or building, or by a level, then a 、, a verb or level, and another
    count by the same classifier with its noun (建成8个、再建12个省级中试中心; 省级300个、市级3000个重点项目): both
    count the things that noun names, this one with its own verb or level before it (建成省级中试中心)."""
    hits, pack, text = v.sentence.hits, v.pack, v.doc.text
    if v.n in v.sentence.distributed or unit_family(v.unit) not in pack.word_list("COUNT_UNIT") \
            or v.n + 1 >= len(hits) or hits[v.n + 1].start >= v.sentence.end:
        return None  # 迈过5万亿元、6万亿元两个台阶: no things counted
    nxt = v.sentence.extents[v.n + 1]
    gap = pack.pattern("NEXT_COUNT_GAP").fullmatch(text, v.extent.end, nxt.start, ONE_THREAD)
    unit = split_magnitude(v.unit)[1]
    if gap is None or not unit or not text.startswith(unit, nxt.end - len(unit)):
        return None
    head = phrases.after_classifier(text[nxt.end:clause_end(text, nxt.end, v.sentence.end, pack)], pack)
    if len(head) < 2:
        return None
    said = pack.words_re("STAGE_VERB", "end").search(current) or pack.words_re("BUILD_VERB", "end").search(current) \
        or pack.pattern("ADMIN_LEVEL").search(current)
    if said is None:
        return None  # 改造农村危房7.57万户、完成6.64万户…: a name of its own, no bare verb or level
    return said.group() + head if not head.startswith(said.group()) else head


ITEM_OWN_MIN = 3  # characters of the last item's own noun, before what all the items share (乡镇卫生院, 行政村; not 农村社区)
ITEM_LENGTH_SPREAD = 2  # characters the last item's own noun may be longer or shorter than an item ending alike


@mechanism("indicator", needs=("COUNT_ITEM_GAP", "COUNT_UNIT", "LIST_SEP", "SHARED_WORKS_TAIL", "WORKS_DONE", "ITEM_END_NOUN",
                                "OWNER_MARK"))
def tail_of_last_item(v, current: str = ""):
    """Bare count items before the last count of their list share the works the last item says after its
    own noun, when that noun ends as one of them does, with a character nouns of places and facilities end
    with (18个县级医院、19个急救中心和53个乡镇卫生院基础设施建设 -> 县级医院基础设施建设, 急救中心基础设施建设;
    97条城中村、100条行政村生活污水治理 -> 城中村生活污水治理): the list names its things, then once what was
    done to them. Not a cut inside a word (大学 before 学科: ITEM_END_NOUN) or across 的, nor when the last's
    noun ends the item (20家龙头企业、50家企业技术中心: centres of firms, no works of the leading firms)."""
    hits, ext, text, pack = v.sentence.hits, v.sentence.extents, v.doc.text, v.pack
    counts, gap = pack.word_list("COUNT_UNIT"), pack.pattern("COUNT_ITEM_GAP")
    if len(current) < 2 or unit_family(v.unit) not in counts or not text.startswith(current, ext[v.n].end) \
            or not pack.pattern("LIST_SEP").fullmatch(text, ext[v.n].end + len(current), ext[v.n].end + len(current) + 1):
        return None  # the item is more than its name before the joiner

    def joined(k: int) -> bool:  # count k, its bare noun and a joiner, then count k + 1 (the sentence's own values)
        return unit_family(hits[k].group("unit")) in counts and unit_family(hits[k + 1].group("unit")) in counts \
            and gap.fullmatch(text, ext[k].end, hits[k + 1].start, ONE_THREAD) is not None
    first = v.n
    while first > 0 and joined(first - 1):
        first -= 1
    last = v.n
    while last + 1 < len(hits) and joined(last):
        last += 1
    if last == v.n:
        return None
    raw = text[ext[last].end:clause_end(text, ext[last].end, v.sentence.end, pack)]
    said = phrases.after_classifier(raw, pack)
    tail = pack.pattern("SHARED_WORKS_TAIL")
    works, nouns, de = pack.words_re("WORKS_DONE", "end"), pack.words_re("ITEM_END_NOUN"), pack.word_list("OWNER_MARK")[0]
    for k in range(first, last):
        item = text[ext[k].end:hits[k + 1].start - 1]
        end = said.find(item[-1], ITEM_OWN_MIN - 1) if nouns.fullmatch(item[-1]) else -1
        if end > 0 and tail.match(said, end + 1) and not item.endswith(said[:end + 1]) \
                and abs(end + 1 - len(item)) <= ITEM_LENGTH_SPREAD and not works.search(item) \
                and de not in raw[:raw.find(item[-1], ITEM_OWN_MIN - 1) + 1]:  # 1个镇、15条村的名镇名村建设: no
            # noun of the last item's own runs across 的
            return current + said[end + 1:]
    return None


@mechanism("indicator", needs=("LEAD_WORD", "SHARE_OF_WHOLE_OWNER", "VERB_ALONE", "BENEFIT_VERB", "PROGRAM_ACT", "PROGRAM_TAIL",
                                "CLAUSE_BREAK", "MONEY_UNIT"))
def lead_word_subject(v, current: str = ""):
    """A bare verb takes the subject of the value before it (实施项目50个，带动就业10万人 -> 实施项目带动就业), a verb of
    reaching the work that value counted (改造老旧小区5.6万个，惠及310万人 -> 老旧小区改造惠及), unless that is a bare
    verb too (开工36.66万套，建成32.4万套: no 开工建成); a subject that ends with the verb is named once (实施陡坡地生态治理
    1000万亩，今年治理80万亩 -> 陡坡地生态治理, not …治理治理)."""
    last = v.sentence.last_indicator
    if last and v.pack.words_re("LEAD_WORD").fullmatch(current, None, None, ONE_THREAD) \
            and not v.pack.pattern("VERB_ALONE").match(last, None, None, ONE_THREAD):
        if v.pack.words_re("BENEFIT_VERB").fullmatch(current, None, None, ONE_THREAD):
            program = _program_before(v, _item_or_clause_before(v))  # 改造农村危房17.6万户，惠及79万人: the work
            if program.startswith(last):  # done, as those it reached are named (农村危房改造惠及)
                return program + current
        owner = _owner_or_name(v, last)  # 支出…，占支出的72.1%；安排…: the owner's, not the share's
        return owner if owner.endswith(current) else owner + current
    return None


@mechanism("indicator", needs=("BENEFIT_VERB", "UNIT_COUNT_NAME", "HAN_START"))
def benefit_count(v, current: str = ""):
    """Those a programme reached, counted with no noun after them (改造老旧小区6496个、惠及97.9万户),
    are counted as their unit says: 老旧小区惠及户数."""
    verb = v.pack.words_re("BENEFIT_VERB", "end").search(current, None, None, ONE_THREAD) if current else None
    if verb is None or verb.start() == 0 or v.pack.pattern("HAN_START").match(v.scope_value_after, None, None, ONE_THREAD):
        return None  # 通达200个村: the noun after the value names them; 覆盖1万户 alone names no programme
    counted = _counted_as(v)
    return current + counted if counted else None


@mechanism("indicator", needs=("COUNT_UNIT",), counted_by=str)
def subject_of_count(v, counted_by: str):
    """A measure with no name of its own after a count of things measures the subject the
    count was said of (地区生产总值连跨4个千亿台阶，达到1.3万亿元)."""
    previous = v.sentence.fields.get(v.n - 1)
    family = unit_family(v.unit)
    if previous is None or previous.trace.indicator != counted_by or unit_family(previous.unit) == family \
            or family in v.pack.word_list("COUNT_UNIT"):
        return None
    return phrases.clean(phrases.left_name(v.sentence.values[v.n - 1].scope_left, v.pack), v.pack) or None


PROGRAM_MIN = 3  # characters of a programme's name that names the places it was extended to
KIND_WORD = 2  # characters of a bare kind after 其中 that names nothing without the whole's measure
SHORT_ITEM = 6  # characters of a bare list item that takes the verb its list shares (义务教育学校)
LISTED_MAX = 24  # a longer list of things is a list of programmes, no column header


@mechanism("indicator", needs=("LIST_TAIL", "ROUTE", "STAGE_REACHED_ONLY"))
def listed_before_tail(v):
    """新建改造乡镇商贸中心、集贸市场等30个: a count right after a list's 等, naming nothing after
    it, counts the things listed, named with the verbs that say what was done to them; with a noun
    after it, the noun names their kind (甲、乙等8处入选全国重点文物保护单位 -> 入选全国重点文物保护单位)."""
    tail = v.pack.words_re("LIST_TAIL", "end").search(v.scope_left)
    if tail is None:
        return None
    kind = "" if v.runs_on else phrases.clean(phrases.after_classifier(v.scope_right, v.pack, "object"), v.pack)
    if kind and not v.pack.pattern("STAGE_REACHED_ONLY").fullmatch(kind, None, None, ONE_THREAD):
        return kind  # …等4条(已)建成通车: a stage they reached names no kind; …等5家获得融资3亿元: the next value's
    name = phrases.clean(phrases.left_with_verbs(v.scope_left[:tail.start()], v.pack), v.pack)
    if len(name) > LISTED_MAX or v.pack.pattern("ROUTE").search(name):
        return None  # 新开工平果至南宁、…等14条: named instances, their kind said elsewhere
    return name or None


@mechanism("indicator")
def task_of_done(v):
    """A year's task restated after what was done is of the nearest value before it in the sentence in
    the same unit (新建农村公路500公里，投入资金2.3亿元，超额完成年度任务（400公里） -> 农村公路, not the money)."""
    family = unit_family(v.unit)
    return next((f.indicator for k in range(v.n - 1, -1, -1) if (f := v.sentence.fields.get(k)) is not None
                 and f.indicator and unit_family(f.unit) == family), None)


@mechanism("indicator", needs=("PER_TIME_ACT",))
def per_time_of_previous(v, current: str = ""):
    """日均新登记186户 after 全年新登记经营主体6.8万户: a figure named only by the time it is per and an act
    the sentence said before it is per that time of the metric before, the act kept where that leaves it
    out (平均每天发放88笔 after 全年发放住房公积金贷款3.2万笔 -> 每天发放住房公积金贷款)."""
    said = v.pack.pattern("PER_TIME_ACT").fullmatch(current or "", None, None, ONE_THREAD)
    last = v.sentence.last_indicator
    if said is None or not last or said.group("act") not in v.doc.text[v.sentence.start:v.sentence.extents[v.n - 1].start]:
        return None
    act = said.group("act")
    return said.group("time") + ("" if act in last else act) + last


@mechanism("indicator", needs=("TOTAL_WORD", "COMPLETION_RATE", "PER_HEAD", "PER_TIME", "ITEM_LEAD", "CAUSE_MARK", "LEAD_WORD", "TRAIL_WORD", "METRIC_HEAD", "PERIOD_OF_YEAR", "WHOLE_YEAR",
                                "SHARE_OF_WHOLE_OWNER", "RISE_END", "FALL_END", "OWN_ACT_AFTER", "SHARE_ACT_WORD", "SHARE_OWN_NAME", "RUNNING_TOTAL", "NEW_ACT", "NEW_FLOW",
                                "ASIDE", "BY_METHOD", "ITEM_SEP", "STREAK", "OWNER_MARK", "RECORD_END", "DOUBLED_END", "RATE_COMPARED_END",
                                "GROWTH_NAME", "RISE_VERB", "FALL_VERB", "SUBJECT_METRIC", "DIGIT_RUN", "IN_POINTS",
                                "PERCENT_UNIT", "MARGIN_METRIC", "MARGIN_FALL_METRIC", "RATE_OF_VERB", "RATE_CHANGE_SAID"))
def previous_indicator(v):
    """A value with no name of its own takes the name of the value before it in the sentence; a
    rate after a total said by a bare word (地区生产总值…总量突破5万亿元，增长4.6%) is the growth of
    what the total is of, not of the word; nor is a rate after a share of a plan done of the plan
    (粮食总产量…，完成计划106%，比上年增长8.7% -> 粮食总产量); a value said per head alone is per head of
    it (地区生产总值突破4万亿元，人均超过1.1万美元 -> 人均地区生产总值); a rate of growth after a share
    of a whole is the owner's (民间投资占投资总额的53.5%，年均增长23.8% -> 民间投资); a value said per day or month
    alone is per day of it (新登记市场主体38万户，日均新增1041户 -> 日均新登记市场主体); a sentence naming nothing takes the
    name its numbered item opens with (1.地区生产总值。计划增长7%左右 -> 地区生产总值); a metric said as the subject of a
    clause between them is this value's (_metric_said_between); a running total after a
    count of new things, and a value with an act of its own, as _all_of_new and _own_act_of say."""
    last = v.sentence.last_indicator
    owner = _owner_of_share(v, last) if last else None
    if owner:
        return owner
    part = v.pack.pattern("PERIOD_OF_YEAR").match(last) if last else None
    if part and part.end() < len(last) and v.pack.pattern("WHOLE_YEAR").search(v.scope_left):
        last = last[part.end():]  # 前三季度分别增长2.8%，全年增长3.1%: the whole year's, no part's
    rate = v.pack.word_list("COMPLETION_RATE")[0]
    if last and last.endswith(rate):
        last = next((f.indicator for k in range(v.n - 1, -1, -1) if (f := v.sentence.fields.get(k)) is not None
                     and f.indicator and not f.indicator.endswith(rate)), last)
    previous = v.sentence.values.get(v.n - 1)
    total = v.pack.words_re("TOTAL_WORD", "end").search(last) if last else None
    bare = total and total.start() >= 4 and previous is not None and not previous.percent \
        and v.pack.words_re("TOTAL_WORD").fullmatch(phrases.left_name(previous.scope_left, v.pack))
    if bare and v.percent:
        return last[:total.start()]  # said as the bare word (not 邮政业务总量); 经济总量 keeps it: 经济 names no metric
    left = v.left_trimmed
    per = v.pack.words_re("PER_HEAD").match(left) if last else None
    if per and not phrases.strip(left[per.end():], v.pack, "LEAD_WORD", "TRAIL_WORD") \
            and not v.pack.words_re("PER_HEAD").match(last):  # 地区生产总值突破4万亿元，人均超过1.1万美元
        whole = total and (bare or v.pack.words_re("METRIC_HEAD", "end").search(last, 0, total.start()))
        return per.group() + (last[:total.start()] if whole else last)  # 地区生产总值总量: of 地区生产总值
    daily = v.pack.words_re("PER_TIME").match(left) if last else None
    if daily and not v.pack.words_re("PER_TIME").match(last):  # 新登记市场主体38万户，日均新增1041户: a day's
        return daily.group() + last
    return _metric_said_between(v) or (_rate_changed(v, _own_act_of(v, _all_of_new(v, last))) if last else _item_lead(v))


def _item_lead(v) -> str | None:
    """The name a numbered item opens its paragraph with, said alone before the sentence (1.地区生产总值。年初计划增长7%左右，
    实际增长4.1%: a plan-execution report's item), for a sentence that names nothing."""
    lead = v.pack.pattern("ITEM_LEAD").fullmatch(v.doc.text, v.sentence.paragraph.start, v.sentence.start, ONE_THREAD)
    return lead.group("name") if lead else None


def _rate_changed(v, last: str) -> str:
    """A change in points right after a rise or fall in percent is of its rate (第三产业投资增长21.6%，回落0.5个百分点
    -> 第三产业投资增速; 物价上涨2.8%，回落2.9个百分点 -> 物价涨幅: RATE_OF_VERB), when its clause says only that
    (RATE_CHANGE_SAID: not 低于预期1.5个百分点); after a level in percent it is the level's (城镇化率达到60%，提高1.2个百分点)."""
    previous = v.sentence.fields.get(v.n - 1)
    if previous is None or previous.change not in ("increase", "decrease") or previous.indicator != last \
            or not v.pack.pattern("IN_POINTS").search(v.unit) or v.pack.pattern("IN_POINTS").search(previous.unit) \
            or not v.pack.pattern("PERCENT_UNIT").search(previous.unit) \
            or v.pack.words_re("GROWTH_NAME", "end").search(last) \
            or not v.pack.pattern("RATE_CHANGE_SAID").match(phrases.trim(v.left_trimmed), None, None, ONE_THREAD):
        return last
    said = v.sentence.values[v.n - 1].scope_left
    named = next((rate for verb, rate in (pair.split("=") for pair in v.pack.word_list("RATE_OF_VERB")) if said.endswith(verb)), None)
    return last + (named or v.pack.word_list("MARGIN_FALL_METRIC" if previous.change == "decrease" else "MARGIN_METRIC")[0])


def _all_of_new(v, last: str) -> str:
    """A total said right after a count of new things in the same unit (双流机场新开通国际航线12条、累计达到131条) is
    of them all, the verb that counts them new no part of its name (双流机场国际航线); not a rate, nor a flow, which
    stays new when summed (城镇新增就业…、累计达到60万人: NEW_FLOW)."""
    pack, previous = v.pack, v.sentence.values.get(v.n - 1)
    if v.percent or previous is None or unit_family(previous.unit) != unit_family(v.unit) \
            or not pack.pattern("RUNNING_TOTAL").match(v.scope_left, None, None, ONE_THREAD):
        return last
    new = pack.pattern("NEW_ACT").search(last)
    if new is None or pack.words_re("NEW_FLOW").match(last, new.end()):
        return last
    return last[:new.start()] + last[new.end():] or last


def _own_act_of(v, last: str) -> str:
    """A value that says its own act after it, where the value before said another (行政村100%通4G网络、98%通光纤;
    3万家规上工业企业启动改造项目、1万家完成改造任务), takes the name before with its act in place of the other's
    (行政村通光纤比例, 完成改造任务的规上工业企业); a count after a rate names its things by the act alone (网上可办率达
    98.7%、158项实现跨省通办 -> 实现跨省通办): the rate's name is no thing counted."""
    pack, text = v.pack, v.doc.text
    own = pack.pattern("OWN_ACT_AFTER").match(text, v.extent.end, v.end, ONE_THREAD)
    previous = v.sentence.values.get(v.n - 1)
    if own is None or previous is None:
        return last
    said = pack.pattern("OWN_ACT_AFTER").search(text, previous.extent.end, previous.end, ONE_THREAD)
    if said and said.group("act") in last and said.group("act") != own.group("act") and v.percent == previous.percent:
        return last.replace(said.group("act"), own.group("act"), 1)
    if not v.percent and previous.percent and pack.words_re("SHARE_OWN_NAME", "end").search(last):
        return own.group("act")
    return last


def _owner_of_share(v, last: str) -> str | None:
    """The owner of the share of a whole named last, when this value is an amount (中央国营占84.2%，
    达到256.4万吨) or a rate said with a verb of rise or fall (占…18.3%，增长6.7%): the owner's, not
    the share's; a change in points, or a rate after a share that moved from one level to another
    (比重由1.1%提高到1.4%，增长27%), is the share's."""
    left, pack = v.left_trimmed, v.pack
    moved = pack.pattern("RISE_END").search(left) or pack.pattern("FALL_END").search(left)
    if v.percent and (unit_family(v.unit) != "%" or v.n - 1 in v.sentence.from_to or not moved):
        return None
    owner = _owner_or_name(v, last)
    return owner if owner != last else None


def _owner_or_name(v, name: str) -> str:
    """The owner of a share of a whole (民间投资 of 民间投资占投资总额比重), or the name as it is."""
    share = v.pack.pattern("SHARE_OF_WHOLE_OWNER").match(name)
    return share.group("owner") if share else name


@mechanism("indicator", needs=("ASIDE", "BY_METHOD", "ITEM_SEP", "STREAK", "OWNER_MARK", "RECORD_END", "DOUBLED_END",
                                "RATE_COMPARED_END", "GROWTH_NAME", "RISE_VERB", "FALL_VERB", "RANK_TAIL"))
def clause_before(v):
    """A value with no name of its own, first in its sentence, takes the noun of the clause before
    (past an aside or a way of counting: 经济增长预期目标是，在提高质量效益的基础上，增长7%左右;
    生产总值翻了一番多，按可比价计算，年均增长11%)."""
    text, s_start, at = v.doc.text, v.sentence.start, v.start
    if v.continues:  # after a count dropped as a scope, its clause: 试点覆盖34个县557万人 -> 试点覆盖
        before = v.sentence.values.get(v.n - 1)
        if before is None or not before.field("drop"):
            return None
        own = phrases.indicator_of(text[before.start:before.extent.start], "", True, v.pack)
        if own:
            return own
        at = before.start
    start, end, clause, said, subject = _clause_before_at(v, at)
    rank = v.pack.pattern("RANK_TAIL")  # 全市生产总值居全省第3位，达到…: the rank the clause said is no part of the name
    if subject and len(subject) < len(said):
        return rank.sub("", subject) or subject  # 地区生产总值连跨三个台阶，2017年达到…: its subject (a list's name stays whole)
    previous = v.sentence.values.get(v.n - 1)
    if previous is not None and start <= previous.start < end:
        return None  # 首次突破3万亿，达到3.12万亿元: a clause of a value without a name names nothing
    name = phrases.indicator_of(clause, "", True, v.pack)
    return (rank.sub("", name) or name) or None


def _clause_before_at(v, at: int) -> tuple[int, int, str, str, str]:
    """The clause before the one starting at `at` (past an aside or a way of counting): where it starts and ends,
    its text less how a record did (粮食产量再创历史新高), that less its lead and streak words, and the one noun
    it opens with ('' when it opens with a list or a noun owned by another)."""
    text, s_start = v.doc.text, v.sentence.start
    before_end = max(s_start, at - 1)
    start = clause_start(text, s_start, before_end, 0, v.pack)
    aside = phrases.trim(text[start:before_end])
    if (v.pack.pattern("ASIDE").fullmatch(aside) or v.pack.pattern("BY_METHOD").fullmatch(aside)) and start - 1 > s_start:
        before_end = start - 1
        start = clause_start(text, s_start, before_end, 0, v.pack)
    clause = v.pack.pattern("RECORD_END").sub("", text[start:before_end])  # 粮食产量再创历史新高，达到…: how it did
    clause = v.pack.pattern("DOUBLED_END").sub("", clause)  # 营业收入力争翻番，达到…: so is a doubling
    clause = _without_comparison(v, clause, before_end) if v.percent else clause
    said = v.pack.pattern("STREAK").sub("", phrases.strip(clause, v.pack, "LEAD_WORD", None))  # 连续5年提高…
    noun = phrases.right_noun(said, v.pack)
    subject = phrases.clean(noun, v.pack)
    if subject and phrases.strip(subject, v.pack, "LEAD_WORD", "TRAIL_WORD") \
            and not v.pack.pattern("ITEM_SEP").search(said) \
            and not v.pack.words_re("OWNER_MARK").search(said, len(noun)):  # 各级财政用于教育的经费: one noun
        return start, before_end, clause, said, subject
    return start, before_end, clause, said, ""


def _without_comparison(v, clause: str, end: int) -> str:
    """The clause before a rate less how its growth compares with another's (居民收入增速快于经济增速 -> 居民收入增速),
    and less the rate's name when the value's own clause, from `end`, says the rise (…，年均增长6%: 居民收入); a rate
    said reached keeps it (财政收入增长速度高于GDP增长速度，达到9.5%: 财政收入增长速度)."""
    compared = v.pack.pattern("RATE_COMPARED_END").search(clause)
    if compared is None:
        return clause
    text = v.doc.text
    moved = v.pack.words_re("RISE_VERB").search(text, end, v.extent.start) \
        or v.pack.words_re("FALL_VERB").search(text, end, v.extent.start)
    rate = v.pack.words_re("GROWTH_NAME", "end").search(clause, 0, compared.start()) if moved else None
    return clause[:rate.start() if rate else compared.start()]


def _metric_said_between(v) -> str:
    """A metric that is the subject of a clause of its own between the value before and this one, which has no
    name of its own (生产总值增长7.1%，一般公共预算收入升至全国第4位，增长9% -> 一般公共预算收入): that metric,
    when it ends as one (SUBJECT_METRIC) and holds no figure; '' else."""
    previous = next((p for k in range(v.n - 1, -1, -1) if (p := v.sentence.values.get(k)) is not None
                     and not p.field("drop")), None)  # 升至全国第4位: a rank is no value before
    if previous is None or v.continues:
        return ""
    start, _, _, _, subject = _clause_before_at(v, v.start)
    if start < previous.extent.end or not v.pack.pattern("SUBJECT_METRIC").search(subject) \
            or v.pack.pattern("DIGIT_RUN").search(subject) or subject.startswith(tuple(v.pack.word_list("CAUSE_MARK"))):
        return ""  # 受房地产开发投资持续下滑影响: a cause, no metric
    return subject


# -- change and basis --------------------------------------------------------------


@mechanism("change", needs=("ACTION_VERB",), verbs=PatternName, gives=str)
def verb_after_metric(v, verbs: str, gives: str):
    """A verb that can count new things (增加, 新增, 减少) is a change only after a named stock:
    装机容量比上年增加1200万千瓦, not 增加学位1万个."""
    left, pack = v.scope_left, v.pack
    m = pack.pattern(verbs).search(left, None, None, ONE_THREAD)
    if not m:
        return None
    before = left[:m.start()]
    if len(phrases.left_name(before, pack)) < 2 or pack.words_re("ACTION_VERB", "end").search(before):
        return None  # no stock named, or a verb before this one: 改造提升43万亩 counts what was done
    return gives


@mechanism("change", field=str, needs=("GROWTH_NAME", "RISE_VERB", "FALL_VERB", "DISTRIBUTOR"))
@mechanism("basis", field=str)
def from_list(v, field: str):
    """A value of a list with no words of its own takes what the list's first value has
    (分别增长5%、6%: both increase); not what the first's own name says of it (居民消费价格涨幅、
    城镇调查失业率分别控制在3%和5%: 涨幅 is the first's alone)."""
    head = v.sentence.list_head(v.n)
    if head is None or head not in v.sentence.fields or phrases.left_name(v.scope_left, v.pack):
        return None
    if field == "change" and _growth_named_first_only(v, head):
        return None
    return getattr(v.sentence.fields[head], field) or _NONE_GIVEN


def _growth_named_first_only(v, head: int) -> bool:
    """Whether a 分别 list's first name carries a growth word this value's lacks and no rise or
    fall is said after 分别 (…涨幅、城镇调查失业率分别控制在3%和5%; not …增速和药占比分别下降3个和5个百分点)."""
    growth = v.pack.words_re("GROWTH_NAME", "end")
    if not growth.search(v.sentence.fields[head].indicator) or growth.search(v.field("indicator")):
        return False
    left = v.sentence.values[head].scope_left
    each = list(v.pack.words_re("DISTRIBUTOR").finditer(left))
    said = left[each[-1].end():] if each else ""  # what the list's values are said to do, after 分别
    return bool(each) and not any(v.pack.words_re(verbs).search(said) for verbs in ("RISE_VERB", "FALL_VERB"))


@mechanism("basis", needs=("NEXT_CLAUSE", "VALUE_ENDS_CLAUSE", "LEVEL_BEFORE", "STOCK_BEFORE"), field=str)
def from_shared_verb(v, field: str):
    """累计创建产业集群11个、产业强镇19个: a value after 、 in the clause of the value before,
    with no verb of its own, shares that value's verb and its basis; so does a value alone with
    its noun in the clause right after (累计建设工程研究中心127个，工程实验室85个); an amount after an
    amount, a rate after a rate, in either."""
    previous = v.sentence.values.get(v.n - 1)
    if previous is None or v.n - 1 not in v.sentence.fields \
            or phrases.left_name(v.scope_left, v.pack) != v.left_trimmed:
        return None
    ends = v.pack.pattern("VALUE_ENDS_CLAUSE")  # the value ends its clause: its noun is before it
    if previous.percent != v.percent:  # 年均增长65.8%、总量突破2500亿元: a rate's span is no amount's
        return None
    if field == "basis" and (v.field("change") != v.sentence.fields[v.n - 1].change or not v.continues and any(
            v.pack.pattern(name).search(v.scope_value_before) for name in ("LEVEL_BEFORE", "STOCK_BEFORE"))):
        return None  # 收入年均增长10%以上，城镇化率超过40%: a growth's years are no level's; 五年新建农村公路2.8万公里，
        # 高速公路通车里程突破4000公里: a level reached in the next clause, no total (after 、 it shares 累计)
    if not v.continues and (v.pack.pattern("NEXT_CLAUSE").fullmatch(v.doc.text, previous.extent.end, v.start,
                                                                       concurrent=ONE_THREAD) is None
                            or ends.fullmatch(v.doc.text, v.extent.end, v.end, concurrent=ONE_THREAD) is None):
        return None
    return getattr(v.sentence.fields[v.n - 1], field) or (_NONE_GIVEN if v.continues else None)


@mechanism("basis", needs=("LEVEL_BEFORE", "ASIDE_OPEN", "STOCK_BEFORE", "ONE_YEAR_NAMED", "EVERY_YEAR"))
def basis_of_item_before(v):
    """累计引进品牌2000个、培育中华老字号31个: a value after 、 in the clause of the value before, which
    basis.shared_verb left (a verb or a name of its own), is counted over the span that one is (累计, 五年, 每年)
    when it is said as that one is (an amount after an amount, a rate after a rate, with the same change); not as
    a level reached or a stock held (总量达474万户, 贷款余额保持30亿元), in a year or years of its own (、今年新引进120个),
    nor in an aside (平均每年产量4.15亿吨（其中1990年4.25亿吨）)."""
    previous = v.sentence.values.get(v.n - 1)
    if not v.continues or previous is None or v.n - 1 not in v.sentence.fields or previous.percent != v.percent:
        return None
    before, said = v.sentence.fields[v.n - 1], v.scope_value_before
    if v.field("change") != before.change \
            or any(v.pack.pattern(name).search(said) for name in ITEM_NOT_OVER_SPAN):
        return None
    return before.basis


ITEM_NOT_OVER_SPAN = ("LEVEL_BEFORE", "STOCK_BEFORE", "ONE_YEAR_NAMED", "EVERY_YEAR", "ASIDE_OPEN")  # basis_of_item_before


@mechanism("kind", needs=("NEXT_CLAUSE", "VALUE_ENDS_CLAUSE"))
def kind_of_shared_verb(v):
    """The kind of the value whose verb this one shares after 、 (from_shared_verb: …以来，建成了1个国家级
    文化产业示范园、9个国家级文化产业示范基地: both done); not of one in the clause before, which may be a
    baseline (控制在去年实际涨幅4.8%以内，城镇登记失业率控制在4.5%以内)."""
    kind = from_shared_verb(v, "kind") if v.continues else None
    return None if kind is _NONE_GIVEN else kind


@mechanism("year", needs=("NEXT_CLAUSE", "VALUE_ENDS_CLAUSE", "BRACKET_NOTE"))
def year_of_shared_verb(v):
    """The year of the value whose verb this one shares (from_shared_verb: 五年内集聚50名战略科学家、
    500名科技领军人才), when it has one and fits the kind: not a target's year before the
    document's, a baseline's (控制在去年实际涨幅4.8%以内，城镇登记失业率控制在4.5%以内), nor an
    achievement's from the document's year on, a target's it beat (比2005年的目标275亿元超过74.2亿元)."""
    year = from_shared_verb(v, "year")
    if year is None or year is _NONE_GIVEN or v.pack.pattern("BRACKET_NOTE").search(v.scope_before):
        return None  # …（基于2015年…的262个城市）年平均浓度48微克: the value before dated its note only
    if v.doc.year and (year < v.doc.year if v.field("kind") == "target" else year >= v.doc.year):
        return None  # …目标275亿元超过74.2亿元: what was done is not due when the target was
    return year


@mechanism("basis", needs=("PART_MARK", "YEAR"), field=str)
def from_whole(v, field: str):
    """Parts said after 其中 are counted as their whole is (累计完成投资10万亿元，其中基础设施9330亿元，
    产业8930亿元: all three totals of the span): the whole is the last value before the mark in
    the same unit. A rate or a share is no part of an amount, and a part that names its year
    (其中2015年达501亿元) is that year's."""
    sentence, family = v.sentence, unit_family(v.unit)
    marks = list(v.pack.pattern("PART_MARK").finditer(v.doc.text, sentence.start, v.extent.start, concurrent=ONE_THREAD))
    if not marks or v.percent or v.pack.pattern("YEAR").search(v.doc.text, marks[-1].end(), v.extent.start):
        return None
    whole = next((k for k in range(v.n - 1, -1, -1) if k in sentence.fields
                  and sentence.values[k].extent.end <= marks[-1].start()
                  and unit_family(sentence.fields[k].unit) == family), None)
    return None if whole is None else getattr(sentence.fields[whole], field) or _NONE_GIVEN


@mechanism("change", field=str, verb_first=PatternName)
def from_verb_before_list(v, field: str, verb_first: str):
    """压减粗钢产能2110万吨、生铁970万吨: a value after 、 with no verb of its own shares the change
    of the value before when that value's verb stands before its name (pattern `verb_first`);
    转移支付增加1.5万亿元、规模9.8万亿元 names a level after a verb that followed its name."""
    if not v.continues:  # a list's item, not a clause of its own (压减…，营造林638万亩 is no cut)
        return None
    first = v.sentence.values.get(v.n - 1)
    while first is not None and first.continues:  # the list's first value holds the verb
        first = v.sentence.values.get(first.n - 1)
    if first is None or not v.pack.pattern(verb_first).match(first.scope_left, None, None, ONE_THREAD):
        return None
    return from_shared_verb(v, field)


@mechanism("change", field=str)
def from_previous(v, field: str):
    """A value that names nothing of its own, in the unit of the value before it, restates
    that value (增长7%以上、力争达到8%; not 增长7.5%,达到326.4亿元)."""
    return None if phrases.left_name(v.scope_left, v.pack) else as_previous(v, field)


@mechanism("change", field=str)
def as_previous(v, field: str):
    """The field of the value before, in its unit, for a value the rule's condition says restates it whatever
    words lead it (超过年初确定的6%以上的预期目标)."""
    previous = v.sentence.fields.get(v.n - 1)
    if previous is None or v.sentence.list_head(v.n) is not None or unit_family(previous.unit) != unit_family(v.unit):
        return None
    return getattr(previous, field) or _NONE_GIVEN
