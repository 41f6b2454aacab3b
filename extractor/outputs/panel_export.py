"""Write a panel: a workbook with a sheet per metric (a row a government, for each year the
target, the result and whether it was met, and a line chart of results against targets),
a long table (one row a target or a result: for pandas, DuckDB or Stata), and, with
matplotlib installed, a PNG chart per metric.

pandas, openpyxl and matplotlib are imported only here.
"""
import csv
import warnings
from pathlib import Path

from ..analysis.panel import Cell, by_metric, measure_of
from ..errors import ExtractorError
from ..models import Record
from ..rulepack import RuleSet
from .export import atomic_output, csv_cell, excel_writer

LONG = ["government", "year", "metric", "metric_label", "measure", "kind", "figure", "value", "value_max", "unit",
        "comparator", "change", "status", "doc", "doc_year", "indicator", "text", "start", "end", "sentence"]
CHART_GOVERNMENTS = 6    # lines a chart draws when none are chosen: the governments with most years
SIGNS = {">=": "≥", "<=": "≤", "~": "≈", "=": ""}


def shown(r: Record | None) -> str:
    """A target as a cell shows it: ≥6.5, ≈6, 5–5.5."""
    if r is None:
        return ""
    value = f"{r.value:g}" + (f"–{r.value_max:g}" if r.value_max is not None else "")
    return SIGNS.get(r.comparator, "") + value


def long_rows(cells: list[Cell], pack: RuleSet) -> list[dict]:
    """One row a target or a result of the panel, with where it was read; `figure` is the value in
    the measure's direction (a fall of a growth below zero), `value` as the record has it."""
    out = []
    for c in cells:
        for kind, r in (("target", c.target), ("achievement", c.result)):
            if r is None:
                continue
            out.append({"government": c.government, "year": c.year, "metric": c.metric,
                        "metric_label": pack.metrics[c.metric].label, "measure": measure_of(c.metric, pack),
                        "kind": kind, "figure": c.figure(r), "value": r.value, "value_max": r.value_max, "unit": r.unit,
                        "comparator": r.comparator, "change": r.change, "status": c.status if kind == "target" else None,
                        "doc": r.doc, "doc_year": r.doc_year, "indicator": r.indicator, "text": r.text,
                        "start": r.start, "end": r.end, "sentence": r.sentence})
    return out


def write_long_csv(rows: list[dict], path: str | Path) -> None:
    with atomic_output(path) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(LONG)
        for row in rows:
            writer.writerow([csv_cell(c, row[c]) for c in LONG])


def chosen(cells: list[Cell], governments: list[str] | None) -> list[str]:
    """The governments a chart draws: those asked for, else those with the most years."""
    if governments:
        return [g for g in governments if any(c.government == g for c in cells)]
    count: dict[str, int] = {}
    for c in cells:
        count[c.government] = count.get(c.government, 0) + (c.result is not None) + (c.target is not None)
    return sorted(count, key=lambda g: (-count[g], g))[:CHART_GOVERNMENTS]


def write_panel_xlsx(cells: list[Cell], pack: RuleSet, path: str | Path, governments: list[str] | None = None) -> None:
    """The workbook: a sheet per metric with its chart, and the long table."""
    import pandas as pd

    metrics = by_metric(cells)
    if not metrics:
        raise ExtractorError("no record of the documents names a metric of the panel: nothing to tabulate")
    with excel_writer(path) as xl:
        for metric, mcells in metrics.items():
            years = sorted({c.year for c in mcells})
            govs = sorted({c.government for c in mcells})
            at = {(c.government, c.year): c for c in mcells}
            rows = []
            for g in govs:
                row = {"government": g}
                for y in years:
                    c = at.get((g, y))
                    row[f"{y} target"] = shown(c.target) if c else ""
                    row[f"{y} result"] = c.figure(c.result) if c else None
                    row[f"{y} met"] = (c.status or "") if c else ""
                rows.append(row)
            sheet = metric[:31]
            frame = pd.DataFrame(rows)
            frame.to_excel(xl, sheet_name=sheet, index=False)
            ws = xl.sheets[sheet]
            ws.freeze_panes = "B2"
            ws.column_dimensions["A"].width = 18
            label = pack.metrics[metric]
            ws.cell(row=len(rows) + 3, column=1, value=f"{label.label} ({label.en}), "
                    f"{measure_of(metric, pack)}; target cells: ≥ at least, ≤ at most, ≈ about")
            _chart_block(ws, mcells, years, chosen(mcells, governments), len(rows) + 5, f"{label.label} {label.en}")
        pd.DataFrame(long_rows(cells, pack), columns=LONG).to_excel(xl, sheet_name="long", index=False)


def _chart_block(ws, cells, years, governments, top, title) -> None:
    """Below the table: results (and targets) by year for the chosen governments, and a line
    chart drawn from them by Excel."""
    from openpyxl.chart import LineChart, Reference
    at = {(c.government, c.year): c for c in cells}
    ws.cell(row=top, column=1, value="chart data")
    for j, y in enumerate(years, 2):
        ws.cell(row=top, column=j, value=y)
    series = [(f"{g} result", lambda c: c.figure(c.result) if c else None) for g in governments]
    series += [(f"{g} target", lambda c: c.figure(c.target) if c else None) for g in governments]
    for i, (name, get) in enumerate(series, top + 1):
        ws.cell(row=i, column=1, value=name)
        g = name.rsplit(" ", 1)[0]
        for j, y in enumerate(years, 2):
            ws.cell(row=i, column=j, value=get(at.get((g, y))))
    chart = LineChart()
    chart.title, chart.y_axis.title, chart.x_axis.title = title, "", "year"
    chart.height, chart.width = 9, 24
    data = Reference(ws, min_col=1, max_col=len(years) + 1, min_row=top + 1, max_row=top + len(series))
    chart.add_data(data, from_rows=True, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, max_col=len(years) + 1, min_row=top, max_row=top))
    for k, line in enumerate(chart.series):
        if k >= len(governments):
            line.graphicalProperties.line.dashStyle = "dash"
    ws.add_chart(chart, f"A{top + len(series) + 2}")


def write_pngs(cells: list[Cell], pack: RuleSet, folder: str | Path, governments: list[str] | None = None,
               font: str | None = None) -> tuple[list[Path], bool]:
    """A PNG per metric: results (solid) and targets (dashed) over the years, a line a
    government; and whether a font with Chinese glyphs drew the names."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib import font_manager
    except ImportError as exc:
        raise ExtractorError("--png needs matplotlib: pip install 'target-extractor[chart]'") from exc
    family = _cjk_font(font_manager, font)
    out = []
    for metric, mcells in by_metric(cells).items():
        label = pack.metrics[metric]
        fig, ax = plt.subplots(figsize=(9, 4.5), dpi=110)
        for k, g in enumerate(chosen(mcells, governments)):
            mine = sorted((c for c in mcells if c.government == g), key=lambda c: c.year)
            colour = f"C{k % 10}"
            got = [(c.year, c.figure(c.result)) for c in mine if c.result]
            aim = [(c.year, c.figure(c.target)) for c in mine if c.target]
            if got:
                ax.plot(*zip(*got), color=colour, marker="o", markersize=3, label=f"{g} result")
            if aim:
                ax.plot(*zip(*aim), color=colour, linestyle="--", marker="x", markersize=3, label=f"{g} target")
        ax.set_title(f"{label.label} · {label.en} ({measure_of(metric, pack)})", fontfamily=family)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7, ncol=2, prop={"family": family, "size": 7} if family else None)
        target = Path(folder) / f"panel-{metric}.png"
        with atomic_output(target, "wb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a glyph missing from the font: said once, by the caller
            fig.savefig(fh, format="png", bbox_inches="tight")
        plt.close(fig)
        out.append(target)
    return out, family is not None


def _cjk_font(font_manager, path: str | None) -> str | None:
    """A font family with Chinese glyphs: the file given, else one installed, else None
    (names then show as boxes)."""
    if path:
        font_manager.fontManager.addfont(path)
        return font_manager.FontProperties(fname=path).get_name()
    for f in font_manager.fontManager.ttflist:
        if any(k in f.name for k in ("CJK", "Hei", "Song", "Source Han", "WenQuanYi", "YaHei", "PingFang", "Kai")):
            return f.name
    return None
