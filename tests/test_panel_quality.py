"""The panel's cells against the hand-annotated work reports of tests/devgold: for each report,
per metric, the target it sets for its year and the result it gives for the year before, as the
gold records give them (the metric of the gold indicator, by metric_of) and as the panel builds
them from the extractor's records. A built cell is right when its value, range and comparator
are those of a gold record of that metric, kind and year; a built cell with no gold cell is an
extra (a figure the panel shows that the annotators did not count as the metric's)."""
import unicodedata
from collections import Counter
from types import SimpleNamespace

import pytest

from extractor.analysis.panel import build, metrics_of
from extractor.devtools.scoring import load_gold
from extractor.interpret.metrics import metric_of
from extractor.pipeline import extract_document
from extractor.reading import read_document
from extractor.rulepack import load_rules
from test_quality import CASES, _paths

PACK = load_rules()
REPORTS = [d for d in CASES if "-gwr-" in d]
# Floors under the counts measured when this test was written (share of gold cells built right;
# extras per gold cell), so a change that loses cells fails here.
FLOORS = {"target": 0.97, "result": 0.955, "gdp target": 0.995, "gdp result": 0.98}
EXTRA_MAX = 0.01


def _gold_candidates(gold, doc_year: int, government: str) -> dict[tuple[str, str], list]:
    """Gold records that are panel figures of a metric, read as the panel reads a record (a rate
    named jointly for two metrics is each one's): (kind, metric) -> records of the year."""
    out: dict[tuple[str, str], list] = {}
    for g in gold:
        wanted = doc_year if g.kind == "target" else doc_year - 1
        if g.optional or g.year != wanted:
            continue
        shown = SimpleNamespace(indicator=g.indicator, metric=metric_of(g.indicator, PACK, government), year=g.year,
                                basis=g.basis, government=government, change=g.change,
                                unit=unicodedata.normalize("NFKC", g.unit or ""))
        for metric in metrics_of(shown, PACK):
            out.setdefault((g.kind, metric), []).append(g)
    return out


def _same(built, gold) -> bool:
    return (built.value, built.value_max, built.comparator) == (gold.value, gold.value_max, gold.comparator)


def _cells(doc: str) -> Counter:
    path, gold_path = _paths(doc)
    document = read_document(path)
    result = extract_document(document)
    counts: Counter = Counter()
    if result.year is None:
        return counts
    gold = _gold_candidates(load_gold(gold_path, document.text), result.year, result.government or "")
    built = {}
    for cell in build(result.records, PACK):
        if cell.year == result.year and cell.target is not None:
            built[("target", cell.metric)] = cell.target
        if cell.year == result.year - 1 and cell.result is not None and cell.result.doc_year == result.year:
            built[("achievement", cell.metric)] = cell.result
    for (kind, metric), records in gold.items():
        side = "target" if kind == "target" else "result"
        mine = built.get((kind, metric))
        right = mine is not None and any(_same(mine, g) for g in records)
        for key in (side, f"{metric} {side}"):
            counts[key, "gold"] += 1
            counts[key, "right"] += right
    counts["extra"] += sum(1 for key in built if key not in gold)
    return counts


@pytest.fixture(scope="module")
def panel_counts() -> Counter:
    total: Counter = Counter()
    for doc in REPORTS:
        total.update(_cells(doc))
    return total


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_panel_cells_of_the_annotated_reports_are_right(panel_counts, key):
    gold, right = panel_counts[key, "gold"], panel_counts[key, "right"]
    assert gold > 50 and right / gold >= FLOORS[key], f"{key}: {right} of {gold} cells right"


def test_the_panel_shows_few_cells_the_annotators_did_not_count(panel_counts):
    gold = panel_counts["target", "gold"] + panel_counts["result", "gold"]
    assert panel_counts["extra"] / gold <= EXTRA_MAX, f"{panel_counts['extra']} extra cells of {gold}"
