"""Tables in a PDF's text layer, as rows of tab-separated cells.

pypdf's plain text gives a table row as its cells joined by single spaces: the cells are
right, but an empty cell leaves no trace, so a number would land in the wrong column. Its
layout mode keeps each character's horizontal place (roughly: narrow columns can touch).
So a row's cells are the plain text's pieces, each placed where the layout puts it; the
columns are the spans the pieces of the rows of figures cover, and every piece goes to the
column it overlaps. A page is laid out only when its plain text has rows of figures.
"""
import re

# A figure standing alone: two characters at least, as a letter-spaced header's digits (2 0 2 5 年) are one.
_NUMBER = re.compile(r"^[-−－]?(?:\d[\d,]*\.\d+|\d[\d,]+)%?$")
MIN_FIGURES = 2   # a row of figures has at least two numbers standing alone
MIN_ROWS = 2      # and a table at least two such rows


def _figures(line: str) -> int:
    return sum(1 for token in line.split() if _NUMBER.match(token))


def has_table(plain: str) -> bool:
    """Whether a page's plain text has rows enough of figures to be worth laying out."""
    return sum(1 for line in plain.splitlines() if _figures(line) >= MIN_FIGURES) >= MIN_ROWS


def _placed(line: str, layout: str) -> list[tuple[int, int, str]] | None:
    """The line's space-separated pieces with their start and end in the layout line, or None
    when the two are not the same text."""
    out, k = [], 0
    for piece in line.split():
        start = None
        for ch in piece:
            while k < len(layout) and layout[k].isspace():
                k += 1
            if k >= len(layout) or layout[k] != ch:
                return None
            start = k if start is None else start
            k += 1
        out.append((start, k, piece))
    return out


def _of_figures(row: list[tuple[int, int, str]] | None) -> bool:
    return row is not None and sum(1 for *_, piece in row if _NUMBER.match(piece)) >= MIN_FIGURES


def _blocks(rows: list[list | None]) -> list[tuple[int, int]]:
    """Runs of lines that make a table: rows of figures, the lines right above them with
    several pieces (a header), and lines among them (a parent row)."""
    figures = [_of_figures(r) for r in rows]
    several = [r is not None and len(r) >= 2 for r in rows]
    out, i = [], 0
    while i < len(rows):
        if not figures[i]:
            i += 1
            continue
        start = i
        while start > 0 and several[start - 1] and not figures[start - 1]:
            start -= 1
        end = i
        while end + 1 < len(rows) and rows[end + 1] is not None and (
                several[end + 1] or end + 2 < len(rows) and several[end + 2]):
            end += 1
        if sum(figures[start:end + 1]) >= MIN_ROWS:
            out.append((start, end + 1))
        i = end + 1
    return out


def _columns(rows: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """Column spans: the union of the spans of the pieces of the rows of figures, merged
    where they overlap (touching pieces stay apart: narrow columns)."""
    spans = sorted((a, b) for r in rows if _of_figures(r) for a, b, _ in r)
    out: list[list[int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _cells(row: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> list[str]:
    """Each piece in the column it overlaps most, else the nearest."""
    cells = [""] * len(spans)
    for a, b, piece in row:
        best = max(range(len(spans)), key=lambda k: (max(0, min(b, spans[k][1]) - max(a, spans[k][0])),
                                                     -abs((spans[k][0] + spans[k][1]) - (a + b))))
        cells[best] += piece
    return cells


def with_tables(plain: str, layout: str) -> list[str]:
    """The plain text's lines, the rows of each table as tab-separated cells."""
    lines = plain.splitlines()
    laid = {"".join(ln.split()): ln for ln in layout.splitlines() if ln.strip()}
    rows = [_placed(ln, laid.get("".join(ln.split()), "")) for ln in lines]
    out = list(lines)
    for start, end in _blocks(rows):
        spans = _columns([r for r in rows[start:end] if r])
        if len(spans) < 2:
            continue
        for i in range(start, end):
            if rows[i]:
                out[i] = "\t".join(_cells(rows[i], spans))
    return out
