"""Write diff rows as JSON Lines, CSV, or a workbook with a sheet per relation.

pandas and openpyxl are imported only inside the workbook writer.
"""
import csv
import io
import sys
from pathlib import Path

from ..analysis.diff import RELATIONS, DiffRow
from ..outputs.export import atomic_output, csv_cell, json_line

SIDE = ["indicator", "value", "value_max", "unit", "comparator", "change", "basis", "year", "kind", "magnitude",
        "text", "sentence", "section", "doc", "id", "start", "end", "rule"]
PAIR = ["difference", "difference_pct", "difference_points", "comparator_change", "score", "score_explained"]
COLUMNS = (["relation", "status", "indicator"] + [f"a_{c}" for c in SIDE[:9]] + [f"b_{c}" for c in SIDE[:9]] + PAIR
           + [f"{s}_{c}" for c in SIDE[9:] for s in "ab"])
FILLS = {"raised": "C6EFCE", "above": "C6EFCE", "lowered": "FFC7CE", "below": "FFC7CE",
         "unchanged": "E7E6E6", "met": "E7E6E6", "new": "BDD7EE", "dropped": "FFE699", "pending": "FFF2CC"}


def flat(row: DiffRow) -> dict:
    """One row as flat columns, A's and B's fields side by side."""
    out = row.model_dump(exclude={"a", "b"})
    for side, rec in (("a", row.a), ("b", row.b)):
        fields = rec.model_dump() if rec else {}
        out.update({f"{side}_{c}": fields.get(c) for c in SIDE})
    return {c: out[c] for c in COLUMNS}


def _jsonl(rows: list[DiffRow], out) -> None:
    for row in rows:
        out.write(json_line(row))


def _csv(rows: list[DiffRow], out) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([csv_cell(c, v) for c, v in flat(row).items()])


def write_diff(rows: list[DiffRow], path: str, fmt: str) -> None:
    """Rows to a file or '-' (stdout) as jsonl or csv, or to an xlsx file."""
    if fmt == "xlsx":
        write_diff_xlsx(rows, path)
        return
    writer = _jsonl if fmt == "jsonl" else _csv
    if path == "-":
        buf = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
        writer(rows, buf)
        buf.flush()
        buf.detach()
        return
    with atomic_output(path) as fh:
        writer(rows, fh)


def _style(name, ws, frame) -> None:
    """Colour each status cell by what it means; bold the rows left without a partner."""
    from openpyxl.styles import Font, PatternFill

    if "status" not in frame.columns:
        return
    col = list(frame.columns).index("status") + 1
    for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        fill = FILLS.get(cell.value)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if cell.value in ("new", "dropped"):
            cell.font = Font(bold=True, italic=True)


def write_diff_xlsx(rows: list[DiffRow], path: str | Path) -> None:
    """A sheet per relation (A and B side by side, status colour-coded) and a summary of counts."""
    import pandas as pd

    from ..outputs.export import write_workbook

    flat_rows = [flat(r) for r in rows]
    sheets = {}
    for relation in RELATIONS:
        frame = pd.DataFrame([f for f in flat_rows if f["relation"] == relation], columns=COLUMNS)
        sheets[relation] = frame.drop(columns=["relation"])
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        counts[(r.relation, r.status)] = counts.get((r.relation, r.status), 0) + 1
    order = list(RELATIONS)
    summary = [{"relation": rel, "status": st, "rows": n}
               for (rel, st), n in sorted(counts.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1]))]
    sheets["summary"] = pd.DataFrame(summary, columns=["relation", "status", "rows"])
    write_workbook(sheets, path, wrap=("a_sentence", "b_sentence"), styles=_style)
