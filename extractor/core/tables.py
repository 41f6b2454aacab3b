"""Find tables in a document's text: Markdown pipe tables, and rows of tab-separated cells
(what the Word, HTML and PDF readers make of a table). Each table is kept as rows of cells
with offsets into the text as read, so a cell's number is a record's exact span.
"""
from dataclasses import dataclass, field

from ..rulepack import RuleSet


@dataclass(frozen=True)
class Cell:
    start: int   # offsets of the cell's content, trimmed, in the text as read
    end: int
    text: str


@dataclass
class Table:
    start: int                    # the table's first and last character (whole lines)
    end: int
    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 1          # rows before the body: the header a Markdown separator closes, else the first
    above: tuple[str, ...] = ()   # the last lines of text before the table (its caption, a 单位：万人 note)


ABOVE = 2  # lines before a table kept for its caption and unit note


def _cells(line: str, at: int, sep: str) -> list[Cell]:
    """The cells of one row, trimmed, with their offsets (`at` is the line's offset)."""
    out, pos = [], 0
    body = line
    if sep == "|":
        lead = len(line) - len(line.lstrip())
        body = line.rstrip()
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
    kind, pos = "", 0
    above: list[str] = []
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        row_kind = "md" if md_row.match(line) else "tab" if line.count("\t") >= 1 and line.strip() else ""
        cells = _cells(line, at, "|" if row_kind == "md" else "\t") if row_kind else []
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
    if current is not None and len(current.rows) >= 2:
        tables.append(current)
    return tables
