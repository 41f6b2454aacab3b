"""Indicator tables: each numeric cell a value, read by its row and its column.

The row gives what is measured (its label, with a parent row's for a sub-row) and the
unit (a unit column, else a bracket in the label); the column header gives the year, and
whether the column holds targets or results, totals over the span (累计) or yearly
averages (年均增长), or the binding of a target (属性). The interpretation rules of
table.toml decide the fields from this reading; a cell with prose in it stays prose.
"""
from typing import NamedTuple

from ..core.normalise import as_view_reads
from ..core.numerals import magnitude_of, parse_number, unit_family
from ..core.resolve import Quantity
from ..core.segment import Paragraph, period_end, year_of
from ..core.tables import Cell, Table
from ..rulepack import RuleSet
from . import engine
from .context import Doc

# The columns that hold no value, each with the pattern its header matches.
ROLES = {"SEQ": "TABLE_COL_SEQ", "GROUP": "TABLE_COL_GROUP", "ATTR": "TABLE_COL_ATTR",  # 指标属性 is no label
         "LABEL": "TABLE_COL_LABEL", "UNIT": "TABLE_COL_UNIT", "NOTE": "TABLE_COL_NOTE"}


class Column(NamedTuple):
    index: int
    header: str
    role: str              # SEQ, GROUP (the kind of indicators: 经济发展), LABEL, UNIT, ATTR, NOTE, or VALUE
    year: int | None       # the year the header names
    unit: str              # a unit in brackets in the header (（%）)


class TableCell(NamedTuple):
    """What a numeric cell's row and column say about it."""

    table: Table
    column: Column
    label: str             # the row's label, a sub-row's with its parent's (化学需氧量 -> 化学需氧量排放总量减少)
    unit: str              # the column header's bracket, else the unit column's, the label's bracket, a 单位： note
    binding: str | None    # anticipatory / binding, from an attribute column
    span: tuple[int, int] | None  # the first and last year the table's columns name
    paragraph: Paragraph   # the section the table sits in
    measure: str = ""      # what the column measures when the rows name kinds (出口额 over 欧盟), else ''
    subject: str = ""      # whose metrics the caption says the rows are (房地产开发和销售主要指标 -> 房地产开发), else ''
    label_cell: Cell | None = None  # the cell the row's label is read from (a number in it is no record)
    rise_of_row: bool = False  # whether it is the rise or growth of two other figures of its row, bracketed (56.1, 60,
    # 〔3.9〕) or a yearly growth under a bare 年均 (268, 380, 7以上)


class TableValue:
    """A numeric cell as a value the interpretation rules read (they test `in_table`)."""

    in_table = True

    def __init__(self, doc: Doc, rule, match, at: int, cell: Cell, context: TableCell):
        self.doc, self.pack, self.table, self.rule, self.cell = doc, doc.pack, context, rule, cell
        self.start, self.end = at, at + len(match.group("value"))  # offsets in the text as read
        self.before = cell.text[:at - cell.start]
        self.words = cell.text[at - cell.start + len(match.group("value")):].lstrip()  # 5.5 以内 as 5.5以内
        self.num, self.mag, self.unit_written = match.group("num"), match.group("mag") or "", match.group("unit") or ""
        self.num_max = match.group("num_max")  # 100-120: a range's top
        self.decided: dict[str, tuple] = {}
        self.n = 0

    @property
    def quantity(self) -> Quantity:
        """The cell's number (a range's two, 100-120) in the unit written after it, else the row's or the column's."""
        value = parse_number(self.num)
        top = parse_number(self.num_max) if self.num_max else None
        unit = self.mag + self.unit_written if self.unit_written or self.mag else self.table.unit
        return Quantity(value, top if top is not None and top > value else None, unit, magnitude_of(value, unit))

    def field(self, name: str):
        if name not in self.decided:
            self.decided[name] = engine.decide(self, name)
        return self.decided[name][0]

    def scope(self, name: str) -> str:
        return getattr(self, "scope_" + name)

    # -- scopes, by the attribute names a prose value has: a cell has no sentence around it
    scope_sentence = scope_clause = scope_before = scope_upto = scope_left = scope_right = scope_value_after = left_trimmed = ""
    scope_section = ""

    @property
    def scope_column(self) -> str:
        return self.table.column.header

    @property
    def scope_cell(self) -> str:
        return self.words

    @property
    def scope_row(self) -> str:
        return self.table.label

    @property
    def scope_caption(self) -> str:
        return "\n".join(self.table.table.above)

    @property
    def scope_value_before(self) -> str:
        return self.before

    @property
    def scope_indicator(self) -> str:
        return self.field("indicator")


def _clean(text: str, pack: RuleSet) -> str:
    return pack.pattern("TABLE_CELL_NOISE").sub("", text).strip()


def _layout(table: Table, data, filled, dash) -> tuple[list[list[Cell]], list[str], list[list[Cell]]]:
    """The table's header rows, its notes and its body. The header is the rows above a Markdown
    separator (else the first) and any rows of words or years below it before the first row of
    figures, but for one with a dash below the separator; a row with one cell filled among them is a
    caption or a 单位：亿元 note, not a header."""
    rows = table.rows
    head_end = max(table.header_rows, 1)
    while head_end < len(rows) and not data(rows[head_end]) \
            and not (table.header_rows and any(dash(rows[head_end], i) for i in range(1, len(rows[head_end])))):
        head_end += 1  # a row below a Markdown separator with a dash in a cell is the body's (a parent row, its figures —)
    if head_end == len(rows):  # no row of numbers: a table of words
        return rows[:max(table.header_rows, 1)], [], rows[max(table.header_rows, 1):]
    single = [sum(filled(r, i) for i in range(len(r))) <= 1 for r in rows[:head_end]]
    last = max((i for i, one in enumerate(single) if not one), default=-1)
    header = [r for r, one in zip(rows[:head_end], single) if not one]
    notes = [" ".join(c.text for c in r) for r, one in zip(rows[:last], single) if one]
    return header or rows[:1], notes, rows[last + 1:] if header else rows[1:]


def columns(headers: list[list[Cell]], width: int, pack: RuleSet) -> list[Column]:
    """Each column's role, year and bracketed unit, from the header rows above it."""
    out = []
    seen_label = False
    for i in range(width):
        header = as_view_reads("".join(_clean(r[i].text, pack) for r in headers if i < len(r)), pack)
        role = next((r for r, name in ROLES.items() if pack.pattern(name).search(header)), "VALUE")
        year = pack.pattern("TABLE_HEADER_YEAR").search(header)
        period = None if year else pack.pattern("TABLE_HEADER_PERIOD").search(header)  # “十三五”末: the period's last year
        unit = pack.pattern("TABLE_HEADER_UNIT").search(header)
        if role == "LABEL" and unit:  # 合同项目（个）: a header with a unit heads figures, whatever word it holds
            role = "VALUE"
        if role == "LABEL":
            seen_label = True
        unit = unit.group("unit") if unit else "%" if pack.pattern("TABLE_HEADER_PERCENT").search(header) else ""
        out.append(Column(i, header, role, year_of(year.group(1)) if year else period_end(period.group("nth")) if period else None,
                          unit))
    places = pack.word_list("TABLE_PLACE_COLUMN")
    for c in out:  # 全国（%） | 城市 | 农村: a part of the country's column is in its whole's unit
        whole = next((w for w in reversed(out[:c.index]) if w.unit), None) if c.header in places and not c.unit else None
        if whole is not None and whole.role == c.role == "VALUE" \
                and (whole.header in places or pack.words_re("TABLE_WHOLE_PLACE").match(whole.header)):
            out[c.index] = c._replace(unit=whole.unit)
    group = next((c for c in out if c.role == "GROUP"), None)
    if not seen_label and group is not None:  # a 类别 column and no 指标 column: it names the rows
        out[group.index] = Column(group.index, group.header, "LABEL", None, group.unit)
    elif not seen_label:  # no 指标 header: the first column of words (no sequence number, no year) names the rows
        first = next((c for c in out if c.role == "VALUE" and c.year is None), None)
        if first is not None and first.index == min(c.index for c in out if c.role != "SEQ"):
            out[first.index] = Column(first.index, first.header, "LABEL", None, first.unit)
    label = next((c for c in out if c.role == "LABEL"), None)
    if label is not None and label.header:  # 行业 | 增长 | 行业 | 增长: a table set side by side twice
        out = [Column(c.index, c.header, "LABEL", None, c.unit) if c.header == label.header else c for c in out]
    return out


def table_values(doc: Doc, table: Table, paragraph: Paragraph) -> list["TableValue"]:
    """The values of an indicator table (one with at least one column most of whose cells are
    numbers), in reading order; none for a table of prose."""
    pack = doc.pack
    rule = next(r for r in pack.rules if r.action == "table")

    def number(row: list[Cell], i: int):
        return rule.regex.fullmatch(as_view_reads(_clean(row[i].text, pack), pack)) if i < len(row) else None  # ６．５

    def filled(row: list[Cell], i: int) -> bool:
        return i < len(row) and _clean(row[i].text, pack) not in pack.word_list("TABLE_EMPTY_CELL")

    def dash(row: list[Cell], i: int) -> bool:
        """A cell left blank with a dash (—, -), as a row of figures has, no header's."""
        text = _clean(row[i].text, pack) if i < len(row) else ""
        return bool(text) and text in pack.word_list("TABLE_EMPTY_CELL")

    def data(row: list[Cell]) -> bool:
        """A row of figures: a number past its first cell that is not a year heading a column."""
        return any(number(row, i) and not pack.pattern("TABLE_YEAR_CELL").fullmatch(_clean(row[i].text, pack))
                   for i in range(1, len(row)))

    header, notes, body = _layout(table, data, filled, dash)
    cols = columns(header, max(len(r) for r in table.rows), pack)

    figures = {c.index for c in cols
               if 0 < 2 * sum(1 for r in body if number(r, c.index)) >= sum(1 for r in body if filled(r, c.index))}
    cols = [_shifted(c, cols, figures) for c in cols]
    numeric = [c for c in cols if c.role == "VALUE" and c.index in figures]
    if not numeric:
        return []
    years = [c.year for c in cols if c.year]
    span = (min(years), max(years)) if years else None
    label_cols = [c.index for c in cols if c.role == "LABEL" and c.index not in figures] \
        or [min((c.index for c in cols if c.index not in figures and c.role != "SEQ"), default=len(cols))]
    unit_col = next((c.index for c in cols if c.role == "UNIT"), None)
    note = next((m.group("unit") for name in ("TABLE_UNIT_NOTE", "TABLE_CAPTION_UNIT")  # 单位：%, else （%）
                 for line in reversed([*table.above, *notes]) if (m := pack.pattern(name).search(_clean(line, pack)))), "")
    attr_col = next((c.index for c in cols if c.role == "ATTR"), None)
    seq_col = next((c.index for c in cols if c.role == "SEQ"), None)
    # each value column is named by the label column nearest on its left (a table set side by side twice)
    named_by = {c.index: max((k for k in label_cols if k < c.index), default=label_cols[0]) for c in numeric}
    measures = _measures(cols, numeric, label_cols[0], [*table.above, *notes], pack)
    subject = "" if measures else _caption_subject([*table.above, *notes], pack)
    out, last_raw, names = [], dict.fromkeys(label_cols, ""), {k: _RowNames(pack) for k in label_cols}
    for row in body:
        unit = _clean(row[unit_col].text, pack) if unit_col is not None and unit_col < len(row) else ""
        unit = pack.pattern("TABLE_UNIT_ALTERNATIVE").sub("", unit)
        binding = _binding(_clean(row[attr_col].text, pack), pack) if attr_col is not None and attr_col < len(row) else None
        own_number = seq_col is not None and seq_col < len(row) \
            and bool(pack.pattern("TABLE_ROW_SEQ").fullmatch(_clean(row[seq_col].text, pack)))  # 5, not 2.1 or （1）
        for k in label_cols:
            raw = _clean(row[k].text, pack) if k < len(row) else ""
            found = [(c, m) for c in numeric if named_by[c.index] == k and (m := number(row, c.index))]
            name = names[k].of(raw or last_raw[k], unit, bool(found), own_number)
            out += _row_values(doc, rule, table, row, found, name,
                               unit, note, binding, span, paragraph, measures, subject, row[k] if k < len(row) else None)
            last_raw[k] = raw or last_raw[k]  # a row without a label goes on with the one above (发电机: 台, then 万千瓦)
    return out


def _shifted(col: Column, cols: list[Column], figures: set[int]) -> Column:
    """A column of figures under no header, right of a value column with none, holds that column's
    figures, each row's cells shifted one right (| 旅客运输总量 | 亿人次 | 179.2 | | -3.1 | under
    | 指标 | 单位 | 绝对数 | 比上年增长（%） | |)."""
    left = cols[col.index - 1] if col.index > 0 else None
    if col.header or col.index not in figures or not left or not left.header or left.role != "VALUE" or left.index in figures:
        return col
    return left._replace(index=col.index)


def _caption_measure(captions: list[str], pack: RuleSet) -> str:
    """What the nearest caption says the table measures (表14 对外非金融类直接投资额及其增长速度 -> 对外…投资额);
    '' for a caption of indicators (主要经济指标完成情况: TABLE_CAPTION_NO_MEASURE)."""
    measure = next((m.group("measure") for line in reversed(captions)
                    if (m := pack.pattern("TABLE_CAPTION").match(_clean(line, pack)))), "")
    return "" if pack.pattern("TABLE_CAPTION_NO_MEASURE").search(measure) else measure


def _caption_subject(captions: list[str], pack: RuleSet) -> str:
    """The subject a caption of metrics names first (表6 房地产开发和销售主要指标 -> 房地产开发), else ''."""
    subject = pack.pattern("TABLE_CAPTION_SUBJECT").match(_caption_measure(captions, pack))
    return subject.group("subject") if subject else ""


def _measures(cols: list[Column], numeric: list[Column], label_col: int, captions: list[str],
              pack: RuleSet) -> dict[int, str]:
    """What each value column measures when the label column names kinds (行业, 商品名称), not
    metrics: the header's measure (出口额; a change column's, the measure on its left), else the
    caption's (表14 对外非金融类直接投资额及其增长速度), the header's generic word (数量) read in
    the caption's list (主要商品出口数量、金额 -> 出口数量, 出口金额); a header's year and target
    word are no part of it (1957年计划产量 -> 产量). Empty when rows name metrics."""
    label = next((c.header for c in cols if c.index == label_col), "")
    if not pack.pattern("TABLE_COL_KINDS").match(label):
        return {}
    caption = _caption_measure(captions, pack)
    kind = pack.pattern("TABLE_CAPTION_KIND").match(caption)  # 农产品产量: the rows are the 农产品
    if kind and kind.end() < len(caption):
        caption = caption[kind.end():]
    generic = pack.word_list("TABLE_GENERIC_MEASURE")
    out, last = {}, ""
    for c in numeric:
        own = pack.pattern("TABLE_HEADER_UNIT").sub("", c.header)
        own = pack.pattern("TABLE_COL_TARGET").sub("", pack.pattern("TABLE_HEADER_YEAR").sub("", own)).strip()
        change = pack.pattern("TABLE_COL_RISE").search(own) or pack.pattern("TABLE_COL_FALL").search(own)
        if change and _names_measure(own[:change.start()], pack):
            own = own[:change.start()]  # 规模以上工业增加值增速: the growth of what it names
        elif change or not own:
            own = last  # 比上年增长 of the column before: the growth of what it measures
        elif len(own) < 2 or not _names_measure(own, pack):
            own = ""  # 1957年为1952年的百分比 (or a 量 split from 产 量) names no measure: the caption's, if any
        last = own
        named = _of_caption(own, caption, pack) if own and own not in generic else _in_caption(own, caption, generic, pack)
        out[c.index] = pack.pattern("TABLE_CAPTION_ASIDE").sub("", named)  # （不含农户）: no part of a name
    return out


def _of_caption(own: str, caption: str, pack: RuleSet) -> str:
    """A header's measure of another kind than the caption's is a measure of what the caption
    measures (企业数, 实际使用金额 under 外商直接投资（不含银行、证券、保险）: 外商直接投资企业数,
    实际使用外商直接投资金额); one that is the caption's head word with 额 or 量 (投资额 under
    固定资产投资) is the caption's measure said short; one sharing the head word otherwise is its own."""
    whole = pack.pattern("TABLE_CAPTION_ASIDE").sub("", caption)
    head = pack.words_re("TABLE_METRIC_TAIL", "end").search(whole)
    if not head:  # 外商直接投资额: the metric 投资 with 额, what a count of firms or an amount of it is of
        whole = pack.words_re("TABLE_MEASURE_END", "end").sub("", whole)
        head = pack.words_re("TABLE_METRIC_TAIL", "end").search(whole)
    if not head or head.start() == 0:
        return own
    if head.group() in own:
        short = pack.words_re("TABLE_MEASURE_END", "end").sub("", own)
        return whole[:head.end()] if short == head.group() else own
    money = pack.words_re("TABLE_MONEY_MEASURE", "end").search(own)
    if money and money.start() > 0:  # 实际使用 + 外商直接投资 + 金额
        return own[:money.start()] + whole[:head.end()] + money.group()
    return whole[:head.end()] + own


def _names_measure(text: str, pack: RuleSet) -> bool:
    """Whether `text` ends as a measure does: a metric's tail (产量, 比重) or 额/量 (出口额)."""
    return bool(pack.words_re("TABLE_METRIC_TAIL", "end").search(text) or pack.words_re("TABLE_MEASURE_END", "end").search(text))


def _in_caption(word: str, caption: str, generic: tuple[str, ...], pack: RuleSet) -> str:
    """The caption's measure for a column headed by a generic word: the item of its list holding
    the word, which a bare generic item takes the first item's words before its own for
    (出口数量、金额: 金额 -> 出口金额; 进口数量、出口金额: 金额 -> 出口金额); a caption naming no
    measure takes the word (出口, 数量 -> 出口数量)."""
    if not word or not caption:
        return caption
    if word not in caption:
        return caption if _names_measure(caption, pack) else caption + word
    items = pack.pattern("ITEM_SEP").split(caption)
    item = next(i for i in items if word in i)
    if item != word:
        return item[:item.index(word) + len(word)]
    return next((items[0][:-len(g)] for g in generic if items[0].endswith(g)), items[0]) + word


def _row_values(doc: Doc, rule, table: Table, row: list[Cell], found, label: str, unit: str, note: str,
                binding: str | None, span, paragraph: Paragraph, measures: dict[int, str],
                subject: str, label_cell: Cell | None) -> list["TableValue"]:
    """The values of one row's numeric cells under one label."""
    row_unit = doc.pack.pattern("TABLE_HEADER_UNIT").search(label)
    if row_unit:
        label = label[:row_unit.start()].strip()
    row_unit = row_unit.group("unit") if row_unit else ""
    out, rate, total = [], doc.pack.pattern("TABLE_COL_RATE"), doc.pack.pattern("TABLE_TOTAL_OPEN")
    per_year = doc.pack.pattern("TABLE_COL_PER_YEAR")
    change = doc.pack.pattern("TABLE_COL_CHANGE")
    figures = [parse_number(m.group("num")) for _, m in found]
    additions = doc.pack.pattern("TABLE_FLOW_LABEL").match(label)
    for k, (col, m) in enumerate(found):
        cell = row[col.index]
        read = as_view_reads(cell.text, doc.pack)
        at = cell.start + read.find(m.group("value"))
        own = col.unit or ("%" if rate.search(col.header) else "")  # 年均增长 holds a rate, not the row's 亿元
        if row_unit and col.unit and not (rate.search(col.header) or change.search(col.header)):
            own = ""  # 恩格尔系数（%） under 绝对数（元）: the row's own unit
        bracketed = total.search(read, 0, at - cell.start) is not None
        growth = bracketed and not additions and _of_levels(figures, k, _growth)
        if bracketed and (unit or row_unit) and not growth:
            own = ""  # 〔16〕 under 年均增长（%）: a total over the years in the row's unit (城镇新增就业, 万人)
        grown = not (bracketed or own or additions) and bool(per_year.search(col.header)) and _near_growth(figures, k)
        if grown:
            own = "%"  # 地区生产总值 亿元 268, 380, 7以上 under a bare 年均/累计: the levels' yearly growth
        context = TableCell(table, col, label,  # a column's own unit (比上年增长（%）) first
                            own or unit or row_unit or note, binding, span, paragraph, measures.get(col.index, ""),
                            subject, label_cell, growth or grown or bracketed and _of_levels(figures, k, _difference))
        out.append(TableValue(doc, rule, m, at, cell, context))
    return out


RISE_MARGIN = 0.051  # how far a figure may be from the difference of two others and be it (rounding: 56.1, 60, 〔3.9〕)


def _of_levels(figures: list[float], k: int, made) -> bool:
    """Whether figure k of a row is one of what `made` makes of an earlier and a later other figure of it, within
    RISE_MARGIN: their difference (a rise: 城镇化率 56.1, 60, 〔3.9〕), or their growth in % (地区生产总值 3000, 4000,
    〔33〕), not a total of its own (城镇新增就业 3.2, 〔16〕; a row of additions, TABLE_FLOW_LABEL, holds their total
    even where it equals a growth: 4, 5, 〔25〕)."""
    x, others = figures[k], figures[:k] + figures[k + 1:]
    return any(abs(y - x) <= RISE_MARGIN * max(1.0, x)
               for i, a in enumerate(others) for b in others[i + 1:] for y in made(a, b))


GROWTH_SLACK = 0.5  # how far, as a share of it, a plan's stated yearly rate may be from its levels' growth (>7 beside 620, 850)


def _near_growth(figures: list[float], k: int) -> bool:
    """Whether figure k of a row is a yearly rate its other figures' growth over the plan's years is near: a plan
    states a floor or a round figure (>7, 6左右), not the growth its levels make exactly."""
    x, others = figures[k], figures[:k] + figures[k + 1:]
    return any(abs(y - x) <= GROWTH_SLACK * y for i, a in enumerate(others) for b in others[i + 1:]
               for y in _growth(a, b)[1:])


def _difference(a: float, b: float) -> tuple[float, ...]:
    return (abs(b - a),)


def _growth(a: float, b: float) -> tuple[float, ...]:
    """The growth in % from a to b over the span, and a year's of a plan's five on average (40000, 52000, 〔5.4〕);
    none between equal or non-positive levels."""
    if a <= 0 or b <= 0 or a == b:
        return ()
    return tuple(((b / a) ** (1 / years) - 1) * 100 for years in (1, PLAN_YEARS))


PLAN_YEARS = 5  # the years of a five-year plan, over which a bracketed growth may be a yearly average


ROW_NUMBERS = ("TABLE_ROW_NUMBER", "TABLE_ROW_NUMBER_BRACKETED")  # the ways rows of a list are numbered


class _RowNames:
    """A row's label with what the rows above say of it, read row by row: a sub-row (其中：火电, and
    the rows after it in its unit) takes its parent's metric, a row under a heading row naming a
    metric (招生数) names what it counts, a kind under a row of a total in its unit (铁路 under
    旅客运输总量) is a part of it; rows numbered alike (1. 2., （1）（2）) are a list, not parts of each
    other, and a row with a whole number of its own in the 序号 column (5, not 2.1) is no part of the rows above."""

    def __init__(self, pack: RuleSet):
        self.pack = pack
        self.parent = self.heading = ""
        self.under: str | None = None  # the unit of the sub-rows (其中：…) going on ('' in a table of one unit), None for none
        self.total: tuple[str, str] | None = None     # a total's label and unit
        self.numbered = ""                            # how the parent was numbered (a ROW_NUMBERS name), '' for not
        self.index: tuple[str, str] | None = None     # a price index's label and unit, whose kinds follow it
        self.heading_unit: str | None = None          # the unit of the first row under the heading, None before it
        self.parent_unit: str | None = None           # the unit of the parent row with values, None for none
        self.money = ""    # the name of the last row naming no currency, whose money a currency sub-row under it is
        self.currencies = False                       # whether the row above named a currency as a part of it

    def of(self, raw: str, unit: str, has_values: bool, own_number: bool = False) -> str:
        """The row's name; a sub-row naming only a currency (其中：人民币, and 外币 after it) is the money of the
        row above it in that currency (人民币境内住户存款), the rows' state read as for any sub-row."""
        name = self._of(raw, unit, has_values, own_number)
        currency = self.pack.pattern("TABLE_CURRENCY_ROW").match(raw)
        self.currencies = bool(currency and self.money and (currency.group("part") or self.currencies))
        if self.currencies:
            return currency.group("currency") + self.money
        self.money = name if has_values else ""
        return name

    def _of(self, raw: str, unit: str, has_values: bool, own_number: bool) -> str:
        pack = self.pack
        sub = pack.pattern("TABLE_SUB_ROW").match(raw)
        if own_number and has_values and not pack.pattern("TABLE_WITHIN_ROW").match(raw):  # 序号 5: a row of its own
            sub, self.heading, self.under = None, "", None
        style, numbered = next(((n, m) for n in ROW_NUMBERS if (m := pack.pattern(n).match(raw))), ("", None))
        if sub and numbered and self.numbered == style:  # 1.地区生产总值 then 2.…, （3） then （4）: a list, not parts
            sub = None
        label = raw[(sub or numbered).end():] if sub or numbered else raw
        if not has_values and pack.pattern("TABLE_GROUPING_ROW").fullmatch(label):
            return label  # 按常住地分：between a parent and its rows of 城镇居民, 农村居民: the parent goes on
        if not has_values:  # a row without values heads the rows below it
            self.parent, self.under, self.total, self.numbered, self.index = label, None, None, style, None
            self.parent_unit = None
            self.heading = label if pack.words_re("TABLE_METRIC_TAIL", "end").search(_unchanged(label, pack)) else ""
            self.heading_unit = None
            return label
        family = unit_family(unit) if unit else ""
        bare = pack.pattern("TABLE_HEADER_UNIT").sub("", label)
        kind_only = not (pack.words_re("TABLE_METRIC_TAIL", "end").search(bare) or pack.pattern("TABLE_MEASURE_LABEL").search(bare))
        part = self.total and kind_only and family and family == self.total[1]  # 旅客运输总量, then 铁路
        own_unit = pack.pattern("TABLE_HEADER_UNIT").search(label)  # 粮食综合生产能力（万吨）: a metric of its own
        group = kind_only and not own_unit and self.under is None and family == self.parent_unit \
            and _group_label(self.parent, bare, pack) is not None  # 城镇居民 right under 全体居民人均可支配收入 in its unit
        if sub or group or kind_only and family == self.under and not own_unit:  # 其中：火电, then 水电 in its unit (a
            self.under = family  # table of one unit, 其中：食品烟酒 then 衣着, goes on too)
            return _part_of_total(label, self.total[0], pack) if part else sub_row_label(self.parent, label, pack)
        if self.heading:  # the heading's group shares the unit of its first row (or of its sub-rows)
            ref = self.under if self.under is not None else self.heading_unit
            if ref is None:
                self.heading_unit = family
            elif family != ref:  # 粮食综合生产能力（万吨） after 主要污染物排放总量减少's rows in %
                self.heading = ""
        if self.heading and not (numbered and self.numbered == style):  # under a heading row naming a metric (招生数),
            # a row names what it counts (研究生); a row numbered as the heading was is the next of their list
            if kind_only:
                return sub_row_label(self.heading, label, pack, heading=True)
            self.heading = ""  # a row naming a metric of its own ends the heading's group
        if part:
            return _part_of_total(label, self.total[0], pack)
        if self.index and kind_only and family == self.index[1] and not own_unit:  # 居民消费价格, then 食品 in its
            label = sub_row_label(self.index[0], label, pack)  # unit: the price of a kind (食品价格), its parts' too
        elif self.index is None and pack.words_re("TABLE_INDEX_TAIL", "end").search(label):
            self.index = (label, family)
        self.parent, self.under, self.numbered, self.parent_unit = label, None, style, family
        self.total = (label, family) if pack.pattern("TABLE_TOTAL_ROW").search(label) else None
        return label


def _unchanged(label: str, pack: RuleSet) -> str:
    """A label without its unit in brackets and the change word ending it (主要污染物排放总量减少（%）
    -> 主要污染物排放总量)."""
    label = pack.pattern("TABLE_HEADER_UNIT").sub("", label)
    for name in ("TABLE_LABEL_RISE", "TABLE_LABEL_FALL"):
        label = pack.pattern(name).sub("", label)
    return label


def _part_of_total(kind: str, total: str, pack: RuleSet) -> str:
    """A kind under a row of a total over kinds, named with it without 总 (铁路 under 旅客运输总量
    -> 铁路旅客运输量; 火电 under 发电量 -> 火电发电量)."""
    whole = pack.pattern("TABLE_TOTAL_WORD").sub("", total, count=1)
    shared = max((n for n in range(1, min(len(kind), len(whole))) if kind.endswith(whole[:n])), default=0)
    return kind + whole[shared:]  # 太阳能发电 under 发电量: 太阳能发电量


SHORT_QUALIFIER = 3  # words before a heading row's metric part this short belong to the metric (招生数, 毕业生数)
SHORT_KIND = 2  # characters of the shortest word a sub-row's kind may share with its parent's (铁路 of 高速铁路),
# and of the longest lead before it in the parent (新建)
KIND_MAX = 5  # characters of the longest sub-row label read as a kind of the parent's thing (高速铁路, 企业存款)


def sub_row_label(parent: str, child: str, pack: RuleSet, heading: bool = False) -> str:
    """A sub-row's label with its parent's: the child takes the metric part of the parent
    (主要污染物排放量削减率 over 化学需氧量 -> 化学需氧量排放量削减率); a parent that names no
    metric part leaves the child its own name (汽车 over 其中：轿车), unless the child is a kind of
    the thing the parent measures after it (新建铁路投产里程 over 高速铁路 -> 新建高速铁路投产里程). Units in
    brackets are set aside while the two are read (常住人口城镇化率（%） under 城镇化率 names its metric)."""
    if not parent:
        return child
    bracket = pack.pattern("TABLE_HEADER_UNIT")
    unit = bracket.search(child) or bracket.search(parent)
    bare_child = bracket.sub("", child)
    named = _sub_row_label(bracket.sub("", parent), bare_child, pack, heading)
    if named == bare_child:  # the child names a part (其中：第三产业) or a metric of one (其中：第三产业增加值 under
        # 地区生产总值（亿元）): in the parent's unit when it says none, but not a measure of another kind (夏粮播种面积)
        other = pack.pattern("TABLE_OTHER_MEASURE").search(bare_child)  # 城镇人口 under 常住人口（万人） is in 万人
        carried = unit and unit.group() not in child and (not other or bracket.sub("", parent).endswith(other.group()))
        return child + unit.group() if carried else child
    return named + (unit.group() if unit else "")


def _group_label(parent: str, child: str, pack: RuleSet) -> str | None:
    """A group of people's sub-row named with all its parent says of them: the group in place of the parent's own
    (全体居民人均消费支出 over 城镇居民 -> 城镇居民人均消费支出), or before a parent naming none (基本养老保险参保率 over
    城乡居民 -> 城乡居民基本养老保险参保率); None when the child names no group."""
    group = pack.pattern("TABLE_GROUP_HEAD")
    people = group.search(parent)
    if people and pack.pattern("TABLE_GROUP_PART").fullmatch(child):
        child += people.group()  # 城镇 under 全县居民人均消费支出: 城镇居民
    head = group.search(child)
    if head is None or head.end() < len(child) or child == parent:
        return None
    at = parent.find(head.group())
    if at < 0:
        return child + parent
    return child + parent[at + len(head.group()):] if pack.pattern("TABLE_GROUP_LEAD").fullmatch(parent, 0, at) else None


def _sub_row_label(parent: str, child: str, pack: RuleSet, heading: bool) -> str:
    if not parent:
        return child
    group = _group_label(parent, child, pack)
    if group:
        return group
    m = pack.words_re("TABLE_METRIC_TAIL").search(parent)
    if not m and not pack.words_re("TABLE_METRIC_TAIL", "end").search(child) \
            and not pack.pattern("ITEM_SEP").search(parent):
        kind = next((child[k:] for k in range(1, len(child) - SHORT_KIND + 1) if child[k:] in parent), "")
        at = parent.find(kind)  # a short kind (高速铁路) of the thing named after a short lead (新建) and before a measure
        return parent.replace(kind, child, 1) if kind and len(child) <= KIND_MAX and at <= SHORT_KIND \
            and at + len(kind) < len(parent) else child
    if not m or child.endswith(parent[m.start():]) or pack.words_re("TABLE_METRIC_TAIL", "end").search(child):
        return child  # the child names its metric itself (国有及其他固定资产投资 under 全社会固定资产投资)
    start = 0 if heading and m.start() <= SHORT_QUALIFIER else m.start()  # a heading 招生数 is the metric whole
    lead = pack.pattern("TABLE_PARENT_CLASS").match(parent)
    if lead and len(m.group()) == 1 and lead.end() <= m.start():  # 主要农作物耕种收综合机械化率 over 水稻: the child is one
        start = lead.end()  # of the class the parent opens with, and takes all the parent says of it
    return child + parent[start:]


def _binding(text: str, pack: RuleSet) -> str | None:
    if pack.words_re("BINDING_WORD").search(text):
        return "binding"
    if pack.words_re("ANTICIPATORY_WORD").search(text):
        return "anticipatory"
    return None


# -- the mechanisms table.toml's rules use ---------------------------------------------

from .vocabulary import mechanism  # noqa: E402


def _column_year(v) -> int | None:
    """The year of the value's column, else the last year the table's columns name; when they name one
    year only, the base a plan counts from, the end of the plan its section is of when that is later (a
    五年累计 column beside only 2015年 under “十三五”: 2020; beside 2020年 and 2022年, 2022)."""
    t = v.table
    if t.column.year:
        return t.column.year
    last = t.span[1] if t.span else None
    return max(last, t.paragraph.period) if last and t.span[0] == last and t.paragraph.period else last


@mechanism("kind")
def table_kind_by_year(v):
    """A column of a year before the document's holds results, one of its year or later targets."""
    year, doc_year = _column_year(v), v.doc.year
    if year is None or doc_year is None:
        return None
    return "achievement" if year < doc_year else "target"


@mechanism("kind")
def table_kind_by_section(v):
    """A table without years reports or plans as the section it sits in does."""
    return {"review": "achievement", "plan": "target"}.get(v.table.paragraph.mode or "")


@mechanism("year")
def table_year_of_column(v):
    """The year the value's column names; a target column without one (规划目标) is due when the
    section's plan ends; else the last year of the table's columns (累计, 年均)."""
    t = v.table
    if t.column.year is None and t.paragraph.period and v.field("kind") == "target":
        return max(t.paragraph.period, t.span[1] if t.span else 0)
    return _column_year(v)


@mechanism("year")
def table_year_by_section(v):
    """A table without years: the section's period, else the year before the document's for
    results and for the targets a review's table sets beside them (| 年度目标 | 完成值 |), the
    document's own for targets elsewhere."""
    if v.table.paragraph.period:
        return v.table.paragraph.period
    if not v.doc.year:
        return None
    reviewed = v.field("kind") == "achievement" or v.table.paragraph.mode == "review"
    return v.doc.year - 1 if reviewed else v.doc.year


@mechanism("indicator", needs=("TABLE_LABEL_RISE", "TABLE_LABEL_FALL", "TABLE_HEADER_UNIT", "TABLE_TOTAL_LABEL", "TABLE_METRIC_TAIL",
                                "TABLE_PLACE_COLUMN", "TABLE_WHOLE_PLACE", "TABLE_CELL_NOISE", "GENERIC_METRIC", "TABLE_MEASURE_END",
                                "TABLE_CAPTION", "TABLE_CAPTION_ASIDE", "TABLE_CAPTION_NO_MEASURE"))
def table_row_label(v):
    """What the row measures: its label, a sub-row's with its parent's, without a change word
    ending it (地区生产总值增长 -> 地区生产总值: the change is the value's); a row of a kind
    with what its column measures (欧盟 under 出口额 -> 欧盟出口额; 总计 -> 出口额); under a
    column of a part of the country (城市, 农村) the part's (食品 -> 城市食品)."""
    label = _unchanged(v.table.label, v.pack)
    place = _clean(v.table.column.header, v.pack)
    if place in v.pack.word_list("TABLE_PLACE_COLUMN") and not label.startswith(place):
        whole = v.pack.words_re("TABLE_WHOLE_PLACE").match(label)  # 全国居民消费价格 -> 城市居民消费价格
        label = place + label[whole.end() if whole else 0:]
    measure = v.table.measure
    if v.pack.pattern("TABLE_TOTAL_LABEL").match(label):  # 总计 of a table of metrics: what its caption measures
        whole = measure or _caption_measure(v.table.table.above, v.pack)
        if whole:
            return v.pack.pattern("TABLE_CAPTION_ASIDE").sub("", whole)
    # a row ending as the measure ends (发电量 under 产量) or in a metric's tail names its own
    if measure and label and label[-1] != measure[-1] and not v.pack.words_re("TABLE_METRIC_TAIL", "end").search(label):
        label += measure
    return _of_caption_subject(label, v) or label or None


def _of_caption_subject(label: str, v) -> str:
    """A row naming a bare measure (投资额) in a table of a subject's metrics is the subject's
    (表6 房地产开发和销售主要指标 -> 房地产开发投资额); '' else."""
    generic = v.pack.word_list("GENERIC_METRIC")
    bare = label in generic or label[:-1] in generic and label[-1:] in v.pack.word_list("TABLE_MEASURE_END")
    return v.table.subject + label if bare and v.table.subject else ""


@mechanism("binding")
def table_binding(v):
    """A 属性 column: 预期性 is anticipatory, 约束性 binding."""
    return v.table.binding
