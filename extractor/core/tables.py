"""Find tables in a document's text: Markdown pipe tables, rows of tab-separated cells
(what the Word, HTML and PDF readers make of a table), and list items that end in a row of
figures (- 纱 万吨 3200.0 7.2: a table a converter flattened into a list). Each table is kept
as rows of cells with offsets into the text as read, so a cell's number is a record's exact span.
"""
from typing import NamedTuple

from ..plain import Plain
from ..rulepack import RuleSet


class Cell(NamedTuple):
    start: int   # offsets of the cell's content, trimmed, in the text as read
    end: int
    text: str


class Table(Plain):
    """A table as found (a plain class: see plain.py)."""

    __slots__ = ("start", "end", "rows", "header_rows", "above")

    def __init__(self, start: int, end: int, rows: list[list[Cell]] | None = None, header_rows: int = 1,
                 above: tuple[str, ...] = ()):
        self.start = start            # the table's first and last character (whole lines)
        self.end = end
        self.rows: list[list[Cell]] = [] if rows is None else rows
        self.header_rows = header_rows  # rows before the body: the header a Markdown separator closes, else the first
        self.above = above            # the last lines of text before the table (its caption, a 单位：万人 note)


ABOVE = 2  # lines before a table kept for its caption and unit note


def _cells(line: str, at: int, sep: str) -> list[Cell]:
    """The cells of one row, trimmed, with their offsets (`at` is the line's offset)."""
    out, pos = [], 0
    body = line
    if sep == "|":
        body = line.rstrip()
        if body.endswith("**") and body[:-2].rstrip().endswith("|"):
            body = body[:-2].rstrip()  # a table set in bold whole (**| a | b |**): the marks are no cells
        lead = len(body) - len(body.lstrip())
        lead += 2 if body.startswith("**|", lead) else 0
        pos = lead + 1 if body[lead:lead + 1] == "|" else lead
        body = body[:-1] if body.endswith("|") else body
    for part in body[pos:].split(sep):
        left = len(part) - len(part.lstrip())
        text = part.strip()
        out.append(Cell(at + pos + left, at + pos + left + len(text), text))
        pos += len(part) + 1
    return out


def find_tables(text: str, pack: RuleSet) -> list[Table]:
    """Tables of `text`: runs of two or more lines that are Markdown rows (| a | b |), or rows
    of tab-separated cells (a row may have fewer cells than the others: its last are empty)."""
    tables: list[Table] = []
    md_row, md_rule = pack.pattern("TABLE_ROW_MD"), pack.pattern("TABLE_RULE_MD")
    current: Table | None = None
    kind = ""
    above: list[str] = []
    lines = _lines(text)
    category = pack.pattern("TABLE_CATEGORY_LINE")
    k = 0
    while k < len(lines):
        at, line = lines[k]
        k += 1
        row_kind = "md" if md_row.match(line) else "tab" if line.count("\t") >= 1 and line.strip() else ""
        cells = _cells(line, at, "|" if row_kind == "md" else "\t") if row_kind else []
        width = len(current.rows[-1]) if current is not None and kind == "tab" and current.rows else 0
        if not row_kind and width and k < len(lines) and category.fullmatch(line) and _tab_width(lines[k][1], pack) == width:
            # 经济发展 between a tab table's header or rows and its next row of as many cells: a row of it
            row_kind, cells = "tab", [Cell(at + line.index(line.strip()), at + len(line.rstrip()), line.strip())]
        if not row_kind and width and (over := _page_break_over(lines, k - 1, width, lambda ln: _tab_width(ln, pack), pack)):
            k = over  # a page's number and running title between two rows: the table goes on after them
            continue
        continues = current is not None and row_kind == kind
        if not continues:
            if current is not None and len(current.rows) >= 2:
                tables.append(current)
            current = None
            if not row_kind:
                above = (above + [line.strip()])[-ABOVE:] if line.strip() else above
                continue
            current, kind = Table(at, at + len(line), above=tuple(above)), row_kind
        if row_kind == "md" and md_rule.match(line):
            current.header_rows = len(current.rows)  # the rows above the separator are the header
        else:
            current.rows.append(cells)
        current.end = at + len(line)
    laid = _list_tables(lines, pack) + _plain_tables(lines, pack) + _cell_line_tables(lines, pack)
    laid = [t for t in laid if not any(t.start < g.end and g.start < t.end for g in tables)]  # a grid's rows read once
    return sorted(tables + laid, key=lambda t: t.start)


def _lines(text: str) -> list[tuple[int, str]]:
    """The lines of `text` with the offset each starts at, made once for every reader of tables, and
    an empty line past the end that closes the last run of rows."""
    out, pos = [], 0
    for line in text.split("\n") + [""]:
        out.append((pos, line))
        pos += len(line) + 1
    return out


CELL_LINE_WIDTHS = range(3, 11)  # the columns a table of one cell a line may have


def _cell_line_tables(text_lines: list[tuple[int, str]], pack: RuleSet) -> list[Table]:
    """Tables whose every cell is a line of its own (what some tools make of a PDF's table): a header
    of lines of words, one of them a year (指标 / 单位 / 2020年 / 2025年 / 属性), then rows of as many
    lines (地区生产总值 / 亿元 / 12000 / 16000 / 预期性), the same lines figures in every row. The width is
    the one that reads the most rows so, two at least; a row with a cell left empty (no line for it,
    and which one is unknown) ends the table."""
    figure, year = pack.pattern("TABLE_CELL_FIGURE"), pack.pattern("TABLE_YEAR_CELL")
    words, empty = pack.pattern("TABLE_CELL_WORDS"), pack.word_list("TABLE_EMPTY_CELL")
    lines = []
    for pos, raw in text_lines:
        stripped = raw.strip()
        if stripped:
            at = pos + raw.index(stripped)
            kind = "d" if stripped in empty else "f" if figure.fullmatch(stripped) \
                else "w" if words.fullmatch(stripped) else ""
            lines.append((at, at + len(stripped), stripped, kind))
    words_before, run = [], 0  # how many lines of words end right before each line
    for *_, kind in lines:
        words_before.append(run)
        run = run + 1 if kind == "w" else 0
    tables, i = [], 0
    while i < len(lines):
        if lines[i][3] != "f" or max(words_before[max(0, i - 2):i + 1]) < CELL_LINE_WIDTHS[0]:
            i += 1  # a table's first figure has a header of lines of words, its row's words between, before it
            continue
        best = max(((_cell_line_rows(lines, first, width, year), first, width)
                    for first in (i - 2, i - 1, i) if first >= 0
                    for width in CELL_LINE_WIDTHS if words_before[first] >= width),
                   key=lambda found: found[0], default=(0, 0, 0))
        rows, first, width = best
        if rows < 2:
            i += 1
            continue
        header = lines[first - width:first]
        body = [lines[first + k * width:first + (k + 1) * width] for k in range(rows)]
        above = tuple(ln[2] for ln in lines[max(0, first - width - ABOVE):first - width])
        cells = [[Cell(a, b, t) for a, b, t, _ in row] for row in [header] + body]
        tables.append(Table(header[0][0], body[-1][-1][1], cells, 1, above))
        i = first + rows * width
    return tables


def _cell_line_rows(lines: list, first: int, width: int, year) -> int:
    """How many rows of `width` lines, from line `first`, read as a table under the `width` lines
    of words before them: each row opening with words (or a row's number, then words), its lines of
    figures where the first row's are; 0 unless the header names a year."""
    header = lines[first - width:first]
    if any(kind != "w" for *_, kind in header) or not any(year.search(t) for _, _, t, _ in header):
        return 0
    kinds = [kind for *_, kind in lines[first:first + width]]
    if len(kinds) < width or "" in kinds or "f" not in kinds[1:] or kinds[0] != "w" and kinds[:2] != ["f", "w"]:
        return 0
    rows = 0
    while _alike(kinds, [kind for *_, kind in lines[first + rows * width:first + (rows + 1) * width]]):
        rows += 1
    return rows


def _alike(kinds: list[str], row: list[str]) -> bool:
    """Whether a row's lines are the first row's kinds (a dash, an empty cell, stands for either)."""
    return len(row) == len(kinds) and row[0] == kinds[0] and all(a == b or "d" in (a, b) for a, b in zip(kinds, row))


PLAIN_ROW_MAX = 300  # characters of a table's row apart by spaces at most (a longer line of figures is none, and
# the row's pattern, a list of figures after words, takes time in the square of a line's length to refuse one)


def _plain_tables(lines: list[tuple[int, str]], pack: RuleSet) -> list[Table]:
    """Runs of two or more lines of words and figures apart by spaces (the rows a PDF's text gives
    of a table: 铁路 12900 3.6), with the line of words right above them as their header (1995年
    比上年增长%), read as a list table's rows are; the lines before that are its caption."""
    row, header, parent = pack.pattern("TABLE_PLAIN_ROW"), pack.pattern("TABLE_PLAIN_HEADER"), pack.pattern("TABLE_PLAIN_PARENT")
    wrap = pack.pattern("TABLE_HEADER_WRAP")
    tables, run, above = [], [], []
    k = 0
    while k < len(lines):
        at, line = lines[k]
        k += 1
        if run and run[-1][3] and (over := _page_break_over(lines, k - 1, _plain_width(run[-1][1], run[-1][3], pack),
                                                              lambda ln: _plain_width(ln, row.match(ln), pack), pack)):
            k = over  # a page's number and running title between two rows: the table goes on after them
            continue
        # a parent's row: between rows, or one word right under the header (经济发展, the rows' category)
        m = None if len(line) > PLAIN_ROW_MAX else row.match(line) or (
            parent.fullmatch(line) if run and (run[-1][3] or len(line.split()) == 1) else None)
        if m:
            run.append((at, line, len(line) - len(line.lstrip()), m))
            continue
        if len(run) == 1 and run[0][3] is None and wrap.fullmatch(line):
            continue  # the header's units wrapped onto a line of their own (年均增长 / （%）): the header goes on
        while run and run[-1][3] and not run[-1][3].group("figures"):  # a parent's row last is none of the table's
            run.pop()
        rows = [r for r in run if r[3]]
        if len(rows) >= 2:
            tables += _list_table(run, pack, tuple(above[:-1] if run[0][3] is None else above))
        run = [(at, line, len(line) - len(line.lstrip()), None)] if header.match(line) else []
        above = (above + [line.strip()])[-ABOVE - 1:] if line.strip() else above
    return tables


def _page_break_over(lines: list[tuple[int, str]], k: int, width: int, width_of, pack: RuleSet) -> int:
    """Where the next row of a table goes on after a page break from line k on (empty lines, a line with
    the page's number alone, the running title after it: — 5 — / 政府工作报告), as wide as the last row
    before it (`width`; `width_of` gives a line's, 0 for no row), else 0 (no page break, or another table)."""
    page, title = pack.pattern("PAGE_NUMBER_LINE"), pack.pattern("RUNNING_TITLE_LINE")
    paged = False
    while k < len(lines):
        line = lines[k][1].strip()
        if line and page.match(line + "\n") or "\f" in lines[k][1]:  # a page's number, or its break
            paged = True
        elif line and not (paged and title.fullmatch(line)):
            return k if paged and width_of(lines[k][1]) == width else 0
        k += 1
    return 0


def _plain_width(line: str, m, pack: RuleSet) -> int:
    """The figures a row of a table apart by spaces has (`m`, its match: 5.5 以内 one), 0 for no row."""
    return len(_figure_cells(line, 0, m, pack)) if m else 0


def _tab_width(line: str, pack: RuleSet) -> int:
    """The cells a row of tab-separated cells has when it holds a figure past its label, else 0 (no row, or a
    table's header: 项目 单位 2022年)."""
    figure, cells = pack.pattern("TABLE_CELL_FIGURE"), line.split("\t")
    return len(cells) if any(figure.fullmatch(cell.strip()) for cell in cells[1:]) else 0


def _list_tables(lines: list[tuple[int, str]], pack: RuleSet) -> list[Table]:
    """Runs of two or more list items that end in figures, with the items of words just above
    them (a 单位：% note, a header spaced out over lines: - 指 标 全 国 / - 城 市 农 村)."""
    item, figures = pack.pattern("TABLE_LIST_ITEM"), pack.pattern("TABLE_LIST_ROW")
    tables, run, above = [], [], []
    k = 0
    while k < len(lines):
        (at, line), k = lines[k], k + 1
        m = item.match(line)
        if m and line.count("**") % 2 and k < len(lines) and lines[k][1].count("**") % 2 and not item.match(lines[k][1]):
            line, k = line + "\n" + lines[k][1], k + 1  # a bold cell broken over two lines (**合同项目⏎（个）**)
        if m:
            run.append((at, line, m.end(), figures.match(line)))
            continue
        if run:  # the lines above the next table are those after this run
            tables += _list_table(run, pack, tuple(above))
            run, above = [], []
        above = (above + [line.strip()])[-ABOVE:] if line.strip() else above
    return tables


def _list_table(run: list, pack: RuleSet, above: tuple[str, ...]) -> list[Table]:
    """The tables in one run of list items: each stretch of rows of figures, with the items of
    words right above it as its notes and header."""
    out, i, names = [], 0, ()
    while i < len(run):
        j = i
        while j < len(run) and run[j][3]:
            j += 1
        lone = j - i == 1 and i > 0 and not run[i - 1][3] and any(r[3] for r in run[j:])  # 全社会固定资产投资
        if j - i >= 2 or lone:  # under its own header, then 按城乡分: a table's first row before a row of words
            head = i
            while head > 0 and not run[head - 1][3] and i - head < ABOVE + 2:  # caption, unit, two header lines
                head -= 1
            table, own = _list_rows(run[head:i], run[i:j], pack, names)
            if lone and not own:  # one row under words that make no header of it: no table
                i = j
                continue
            names = tuple(c.text for c in table.rows[table.header_rows - 1])
            if out and not own:  # a table broken in two by a row it could not read: the first part's caption
                table.above = out[-1].above
            else:
                table.above = ((() if out else above) + table.above)[-ABOVE:]
            out.append(table)
        i = j + 1 if j == i else j
    return out


def _list_rows(words: list, rows: list, pack: RuleSet, names: tuple = ()) -> tuple[Table, bool]:
    """A list table's rows: notes (one cell each), one header merged from the items of words
    when it has as many columns as the rows, then the rows: label, unit when the label ends in
    one, figures. Without a header of its own, a table goes on with the header `names` of the
    table before it in the list when they are as many (a row of words broke it in two), else it
    reads as label, unit, figures. Returns the table and whether its header is its own."""
    unit, note, digits = pack.pattern("TABLE_LIST_UNIT"), pack.pattern("TABLE_UNIT_NOTE"), pack.pattern("DIGIT_RUN")
    years = pack.pattern("TABLE_WORDS_YEAR")
    words_of = [_paired(_token_cells(line, at, start, m.start("figures"))) for at, line, start, m in rows]
    counts = [len(_figure_cells(line, at, m, pack)) for at, line, _, m in rows]
    figures = max(set(counts), key=counts.count)  # most rows have all their figures
    if _laid_out(rows):  # but a row laid out with spaces keeps an empty cell's place: the fullest has them all
        figures = max(counts)
    notes, header, caption, header_lines = [], [], [], []
    for at, line, start, _ in reversed(words):  # the header is the items of words nearest the rows
        if note.search(line):
            notes.insert(0, [Cell(at + start, at + len(line.rstrip()), line[start:].strip())])
        elif len(header) <= figures and not digits.search(years.sub("", line[start:])):  # a broken row is none;
            # years are words of a header (2005年招生, 2001-2005年累计毕业生)
            header = _with_brackets(_paired(_token_cells(line, at, start, len(line)))) + header
            header_lines.append((at, line))
        else:  # above a full header: the caption (- **表1 …比上年涨跌幅度**)
            caption.insert(0, line[start:].strip())
    unit_words = sum(len(w) > 1 and unit.fullmatch(w[-1].text) is not None for w in words_of) * 2 > len(rows)
    seq = pack.pattern("TABLE_ROW_SEQ")
    lead = int(sum(len(w) > 1 and seq.fullmatch(w[0].text) is not None for w in words_of) * 2 > len(rows))
    label_name, unit_name, seq_name = pack.word_list("TABLE_LIST_HEADER")
    if header and len(header) == figures and len(names) != lead + 1 + unit_words + figures:
        # a header over the figures alone (1995年 比上年增长%), no row of words breaking a table with a header
        # of its width: the label's and the unit's are as a list table without a header names them
        at = header[0].start
        header = [Cell(at, at, name) for name in (seq_name,) * lead + (label_name,) + (unit_name,) * unit_words] + header
    group = int(len(header) - lead == figures + 2 and not unit_words
                and pack.pattern("TABLE_COL_GROUP").match(header[lead].text) is not None
                and pack.pattern("TABLE_COL_UNIT").match(header[lead + 1].text) is None
                and all(len(words) <= 1 + lead for words in words_of))  # no row says its category beside its label
    if len(header) - lead in (figures + 1, figures + 2):  # (number,) label, figures; or (number,) label, unit, figures;
        units = len(header) - lead == figures + 2 and not group  # or (number,) 类别, label, figures: the category's
        # column empty in a row of figures, its rows named by a row of their own (经济发展)
    else:
        header = []
        units = unit_words
    over = [(*header_lines[0], header[-figures:])] if len(header_lines) == 1 and header else []
    centres, wide = _column_centres(rows, figures, over, pack)
    body = []
    for (at, line, _, m), label in zip(rows, words_of):
        numbered = lead and len(label) > 1 and seq.fullmatch(label[0].text)  # a row's number: a cell of its own
        first = ([label[0]] if numbered else [Cell(label[0].start, label[0].start, "")]) if lead else []
        label = label[1:] if numbered else label
        own = label[:-1] if units and len(label) > 1 else label  # a unit column: the last word (万箱 too)
        cells = [Cell(own[0].start, own[-1].end, line[own[0].start - at:own[-1].end - at])]
        figs = _figure_cells(line, at, m, pack)
        if units and len(label) == 1:  # no unit word: a dash in the unit column, or none
            cells.append(figs.pop(0) if len(figs) > figures else Cell(label[-1].end, label[-1].end, ""))
        elif units:
            cells.append(label[-1])
        if centres and len(figs) < figures:
            figs = _aligned(figs, centres, at, line, wide)
        body.append(first + [Cell(cells[0].start, cells[0].start, "")] * group + cells + figs)
    width = lead + group + 1 + units + figures
    own = len(header) == width
    if not own:
        at = rows[0][0]
        if len(names) != width:
            names = (seq_name,) * lead + (label_name,) + (unit_name,) * units + ("",) * figures
        header = [Cell(at, at, name) for name in names]
    first = words[0][0] if words else rows[0][0]
    return Table(first, body[-1][-1].end, notes + [header] + body, len(notes) + 1, tuple(caption)), own


def _column_centres(rows: list, figures: int, header: list, pack: RuleSet) -> tuple[list[float], bool]:
    """Where each column of figures stands in its line, when the rows are laid out with spaces
    (a PDF's text in its layout: 地区生产总值  12000      16000): the mean centre of its figure over
    the rows that have them all and the header's word over it (`header`: its line's offset, the
    line, the words over the figures), counted in characters or in display columns (a wide
    character two: a tool that lays the columns out as they look), whichever puts them closer
    together; [] when the rows are not so laid out."""
    if not _laid_out(rows):
        return [], False
    full = [(at, line, _figure_cells(line, at, m, pack)) for at, line, _, m in rows]
    full = [row for row in full if len(row[2]) == figures] + header
    if not full:
        return [], False
    best = []
    for wide in (False, True):
        points = [[_centre(cell, at, line, wide) for cell in cells] for at, line, cells in full]
        centres = [sum(p[k] for p in points) / len(points) for k in range(figures)]
        spread = sum(abs(p[k] - centres[k]) for p in points for k in range(figures))
        best.append((spread, wide, centres))
    _, wide, centres = min(best)
    return centres, wide


def _centre(cell: Cell, at: int, line: str, wide: bool) -> float:
    """The middle of a cell in its line, in characters or in display columns."""
    if not wide:
        return (cell.start + cell.end) / 2 - at
    before = _width(line[:cell.start - at])
    return before + _width(cell.text) / 2


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _laid_out(rows: list) -> bool:
    return any("  " in line[m.start("figures"):m.end("figures")] for _, line, _, m in rows)


def _aligned(figs: list[Cell], centres: list[float], at: int, line: str, wide: bool) -> list[Cell]:
    """A row short of figures (an empty cell leaves only spaces) with each figure in the column
    whose centre is nearest, in order, and an empty cell in each column left."""
    out, k = [], 0
    for n, cell in enumerate(figs):
        middle = _centre(cell, at, line, wide)
        room = range(k, max(k + 1, len(centres) - (len(figs) - n - 1)))  # leave a column for each figure after it
        nearest = min(room, key=lambda j: abs(centres[j] - middle) if j < len(centres) else 0)
        out += [Cell(cell.start, cell.start, "")] * (nearest - k) + [cell]
        k = nearest + 1
    end = figs[-1].end if figs else at
    return out + [Cell(end, end, "")] * (len(centres) - k)


def _figure_cells(line: str, at: int, m, pack: RuleSet) -> list[Cell]:
    """A row's figures as cells; a bound set one space after its figure (5.5 以内) is in its cell."""
    suffix, out = pack.pattern("TABLE_FIGURE_SUFFIX"), []
    for cell in _token_cells(line, at, m.start("figures"), m.end("figures")):
        if out and suffix.fullmatch(cell.text) and cell.start - out[-1].end == 1:
            start = out.pop().start
            cell = Cell(start, cell.end, line[start - at:cell.end - at])
        out.append(cell)
    return out


def _token_cells(line: str, at: int, start: int, end: int) -> list[Cell]:
    """The words of line[start:end] split at spaces, as cells; bold marks (**412.1**, **亿 吨**)
    split like spaces and are no part of a word."""
    out, pos = [], start
    for part in line[start:end].replace("**", "  ").split():
        i = line.index(part, pos)
        out.append(Cell(at + i, at + i + len(part), part))
        pos = i + len(part)
    return out


OPEN_BRACKETS = ("（", "(")  # what opens a bracket set apart from its header word (合同项目 （个）, 全 国（%）)


def _with_brackets(cells: list[Cell]) -> list[Cell]:
    """A header word's bracket set apart from it (合同项目 （个）, broken over a line) is part of it."""
    out: list[Cell] = []
    for c in cells:
        if out and c.text[:1] in OPEN_BRACKETS:
            out[-1] = Cell(out[-1].start, c.end, out[-1].text + c.text)
        else:
            out.append(c)
    return out


def _paired(cells: list[Cell]) -> list[Cell]:
    """Words spaced out character by character (指 标 全 国, 卷 烟 亿 吨): single characters read in pairs,
    the second with the bracket after it too (全 国（%）)."""
    out, k = [], 0
    while k < len(cells):
        if len(cells[k].text) == 1 and k + 1 < len(cells) and (len(cells[k + 1].text) == 1
                                                                or cells[k + 1].text[1:2] in OPEN_BRACKETS):
            out.append(Cell(cells[k].start, cells[k + 1].end, cells[k].text + cells[k + 1].text))
            k += 2
        else:
            out.append(cells[k])
            k += 1
    return out
