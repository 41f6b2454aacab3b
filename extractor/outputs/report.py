"""The review page: every record highlighted in its source text, in one self-contained HTML file.

The text is cut server-side at every record boundary (a table's cells are shown as a
table, each cell cut likewise), so overlapping and
adjacent spans become flat, separate <mark> pieces (no nesting to untangle in
the browser). Document text only ever reaches the page through Jinja2's
autoescaping or as escaped JSON, and a Content-Security-Policy that allows
only the page's own script (by hash) and no network backs that up.
"""
import base64
import bisect
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..core.tables import Table, find_tables
from ..models import Record
from ..pipeline import DocResult
from ..rulepack import RuleSet, load_rules

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class ReportDoc:
    """A document as the page shows it: its text and its records."""

    doc: str
    path: str
    text: str
    records: list[Record]


def segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Cut `text` at every span boundary: (start, end, indices of the spans covering the piece)."""
    cuts = sorted({0, len(text), *(c for span in spans for c in span if 0 <= c <= len(text))})
    starting = defaultdict(list)
    for i, (start, _) in enumerate(spans):
        starting[start].append(i)
    active: set[int] = set()
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        active = {i for i in active if spans[i][1] > a} | set(starting.get(a, ()))
        pieces.append((a, b, tuple(sorted(active))))
    return pieces


def script_json(data) -> str:
    """JSON safe inside <script type="application/json">: no <, > or & can close or open a tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _number(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(v)


def _value(r: Record) -> str:
    return _number(r.value) + ("" if r.value_max is None else "–" + _number(r.value_max))


def _row(r: Record, i: int, d: int) -> dict:
    return {"i": i, "d": d, "id": r.id, "n": r.id.rsplit(":", 1)[-1], "kind": r.kind, "indicator": r.indicator,
            "value": _value(r), "magnitude": r.magnitude, "unit": r.unit, "comparator": r.comparator,
            "change": r.change, "basis": r.basis,
            "year": r.year, "text": r.text, "rule": r.rule}


class _Spans:
    """A document's record spans in document order, and the records overlapping a stretch of
    its text found by bisection: a page cuts a table's text once a cell."""

    def __init__(self, records: list[Record]):
        self.spans = [(r.start, r.end) for r in records]
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlapping(self, lo: int, hi: int) -> list[int]:
        first = bisect.bisect_left(self.starts, lo - self.longest)
        last = bisect.bisect_left(self.starts, hi)
        return [i for i in range(first, last) if self.spans[i][1] > lo]


def _pieces(doc: ReportDoc, first: int, lo: int, hi: int, found: _Spans) -> list[dict]:
    """The text from `lo` to `hi` as template pieces; a piece covered by records carries their
    global indices."""
    spans = found.spans
    inside = found.overlapping(lo, hi)
    clipped = [(max(spans[i][0], lo) - lo, min(spans[i][1], hi) - lo) for i in inside]
    out = []
    for a, b, covering in segments(doc.text[lo:hi], clipped):
        records = [inside[k] for k in covering]
        kinds = {doc.records[i].kind for i in records}
        out.append({
            "text": doc.text[lo + a:lo + b],
            "ids": " ".join(str(first + i) for i in records),
            "cls": {"target": "t", "achievement": "a"}[kinds.pop()] if len(kinds) == 1 else "ta",
            "multi": len(records) > 1,
            "starts": any(spans[i][0] == lo + a for i in records),
        })
    return out


def _blocks(doc: ReportDoc, first: int, tables: list[Table]) -> list[dict]:
    """The text as blocks: runs of prose, and each table as rows of cells, each cell's text
    as pieces, so a table reads as a table with its cell records highlighted. What lies
    between cells (| and tabs, a Markdown rule line) is kept, hidden, in the cell after it:
    the page's text stays the document's, character for character."""
    out, pos, found = [], 0, _Spans(doc.records)
    for t in tables:
        out.append({"pieces": _pieces(doc, first, pos, t.start, found)})
        rows, at = [], t.start
        for i, row in enumerate(t.rows):
            cells = []
            for c in row:
                cells.append({"gap": doc.text[at:c.start], "pieces": _pieces(doc, first, c.start, c.end, found), "tail": ""})
                at = c.end
            rows.append({"head": i < t.header_rows, "cells": cells})
        if rows and rows[-1]["cells"]:
            rows[-1]["cells"][-1]["tail"] = doc.text[at:t.end]
            at = t.end
        out.append({"rows": rows})
        pos = at
    out.append({"pieces": _pieces(doc, first, pos, len(doc.text), found)})
    return out


def _difference(row) -> str:
    """B against A as the page shows it: a percentage of A, or points for rates."""
    if row.difference_points is not None:
        return f"{row.difference_points:+g} pts"
    return "" if row.difference_pct is None else f"{row.difference_pct:+.1f}%"


def _diff_rows(rows, index: dict[tuple[str, str], int]) -> list[dict]:
    """Diff rows for the tab; each side points at the global index of its record's highlight."""
    def side(rec):
        if rec is None:
            return None
        return {"i": index.get((rec.doc, rec.id)), "label": f"{rec.indicator} {_value(rec)}{rec.unit}",
                "year": rec.year}

    return [{"relation": row.relation, "status": row.status, "a": side(row.a), "b": side(row.b),
             "change": _difference(row), "why": row.score_explained}
            for row in rows]


def render(docs: list[ReportDoc], diff: tuple[str, str, list] | None = None, rules: RuleSet | None = None) -> str:
    """The page for `docs`; `diff` (doc A, doc B, their DiffRows) adds a diff tab."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
    rows, pages, index = [], [], {}
    for d, doc in enumerate(docs):
        first = len(rows)
        recs = [_row(r, first + k, d) for k, r in enumerate(doc.records)]
        rows += recs
        index.update({(r.doc, r.id): first + k for k, r in enumerate(doc.records)})
        years = sorted({r.year for r in doc.records if r.year is not None})
        pages.append({"doc": doc.doc, "path": doc.path, "chars": len(doc.text), "records": recs, "years": years,
                      "no_year": any(r.year is None for r in doc.records),
                      "blocks": _blocks(doc, first, find_tables(doc.text, rules or load_rules()))})
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return env.get_template("report.html.j2").render(
        docs=pages, total=len(rows), diff_names=diff and diff[:2], diff=diff and _diff_rows(diff[2], index),
        data=Markup(script_json({"records": rows})), script=Markup(script),
        style=Markup((TEMPLATES / "report.css").read_text(encoding="utf-8")), script_hash=digest)


def write_report(results: list[DocResult], path: str | Path, diff: tuple | None = None,
                 rules: RuleSet | None = None) -> list[str]:
    """Render the page for extraction results (each carries the text its records index) to
    `path`, atomically; `diff` (the older result, the newer, their diff rows) adds a diff tab. A document
    whose records do not index its text is left out, not the page: the problems are returned."""
    from .export import atomic_output

    problems, docs = [], []
    for res in results:
        if any(res.text[r.start:r.end] != r.text for r in res.records):
            problems.append(f"{res.path}: the records do not index its text; left out of the review page")
        else:
            docs.append(ReportDoc(res.doc, res.path, res.text, res.records))
    shown = None
    if diff is not None and not problems:
        a, b, rows = diff
        shown = (a.doc, b.doc, rows)
    html = render(docs, shown, rules)
    with atomic_output(path) as fh:
        fh.write(html)
    return problems
