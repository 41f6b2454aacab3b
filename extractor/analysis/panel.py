"""A panel of many documents: for each government, metric and year, the target set for the
year and the result reported for it, and whether it was met.

A metric's panel measure (metrics.toml `panel`) says which records are its headline:
`growth` (a rise in %: 地区生产总值增长6%), `fall` (a fall in %: 能耗降低3%) or `level`
(the figure itself: 粮食产量1.3万亿斤). Records with a basis (年均, 累计) are not yearly
figures and stay out of the cells; a rate said of two metrics at once (城镇居民人均可支配收入和
农民人均纯收入均增长10%: one record, as the annotators keep it) is a figure of each. The
target of year Y is the one the report of Y sets (the first it states), else the one a later report restates (超过年初
确定的6%以上的预期目标); the result of Y is the
one the report of Y+1 reviews, else a later report's, else the report of Y's own estimate.
The long table holds the cells' figures, one row a target or a result, with where each was read.
"""
from collections import defaultdict
from dataclasses import dataclass

from ..core.numerals import unit_family
from ..interpret.lists import items_of
from ..interpret.metrics import metric_of
from ..models import Record
from ..rulepack import RuleSet
from .diff import compare


def _rate_of_change(r: Record) -> bool:
    return r.change in ("increase", "decrease") and r.unit == "%"


# Which records are figures of each measure: a growth and a fall both take a rate of change either way, a change
# against the measure's direction (下降0.6% of prices: AGAINST) a figure below zero.
MEASURES = {"growth": _rate_of_change, "fall": _rate_of_change, "level": lambda r: r.change is None}
AGAINST = {"growth": "decrease", "fall": "increase"}


@dataclass
class Cell:
    """One government's metric in one year."""

    government: str
    metric: str
    year: int
    target: Record | None = None
    result: Record | None = None
    measure: str = "level"
    ceiling: bool = False

    @property
    def status(self) -> str | None:
        """met / above / below when both are there (the diff's outcome rule, a ceiling metric's
        too), else None."""
        if self.target is None or self.result is None:
            return None
        if unit_family(self.target.unit) != unit_family(self.result.unit):
            return None
        return compare("outcome", self.target, self.result, self.ceiling)

    def figure(self, r: Record | None) -> float | None:
        """A target's or result's figure in the measure's direction: 下降0.6% of a growth is -0.6."""
        if r is None:
            return None
        against = AGAINST.get(self.measure)  # a level's has none: its figure is its value
        return -r.value if against is not None and r.change == against else r.value


def measure_of(metric: str, pack: RuleSet) -> str:
    return pack.metrics[metric].panel


def metrics_of(r: Record, pack: RuleSet) -> list[str]:
    """The metrics a record is a yearly figure of, in each one's panel measure: its own; or, for a
    rate said of two metrics at once (城镇居民人均可支配收入和农民人均纯收入均增长10%), each of theirs
    (a rate of each; a count said of two is their sum, of neither)."""
    if r.year is None or r.basis is not None or r.government is None:
        return []
    if r.metric is not None:
        return [r.metric] if MEASURES[measure_of(r.metric, pack)](r) else []
    if r.unit != "%":
        return []
    named = [metric_of(name, pack, r.government) for name in items_of(r.indicator, pack)]
    if len(named) < 2 or None in named or len(set(named)) < len(named):
        return []
    return [m for m in named if MEASURES[measure_of(m, pack)](r)]


def _aside(r: Record, pack: RuleSet) -> bool:
    """Whether the clause before the figure says it is of a part of the year (一季度…增长1.8%，全年增长3.6%), or the
    sentence opens on one and the clause names no whole year (一季度要确保“开门红”，力争…增长6.5%), or the clause is of a
    wider place than the report's government (全国居民消费价格上涨0.2%，我市上涨0.5% in a city's report): a figure
    the cell takes only when its report says none plainly."""
    at = r.sentence.find(r.text)
    clauses = pack.pattern("CLAUSE_MARK").split(r.sentence[:at if at >= 0 else 0])
    said, part = clauses[-1], pack.pattern("PANEL_PART_OF_YEAR")
    if part.search(said) or len(clauses) > 1 and part.search(clauses[0]) \
            and not pack.pattern("PANEL_WHOLE_YEAR").search(said):
        return True
    wider = pack.pattern("PANEL_WIDER_PLACE").search(said)
    if wider is None or not r.government:
        return False
    level = wider.group("level")  # 全省 in a province's own report is its own figure
    return not (r.government.endswith(level) or r.government in pack.word_list("GOV_NATIONAL_NAME") and level == "国")


def _result_rank(r: Record, pack: RuleSet) -> tuple:
    """Which report's word on a year's result counts: the next year's review, then later
    reviews (the nearest first), then the year's own report (an estimate); within one report a
    figure said plainly before one of a part of the year or a wider place (_aside), and the figure
    itself before a bound it passed (突破5万元、达到5.28万元: 5.28)."""
    gap = (r.doc_year or 0) - r.year
    return ((0, gap) if gap >= 1 else (1, -gap)) + (_aside(r, pack), r.comparator != "=")


def build(records: list[Record], pack: RuleSet, metrics: list[str] | None = None) -> list[Cell]:
    """The panel's cells, by metric, government and year, from records in document order."""
    wanted = set(metrics) if metrics else None
    targets: dict[tuple, Record] = {}
    restated: dict[tuple, Record] = {}
    results: dict[tuple, Record] = {}
    for r in records:
        for metric in metrics_of(r, pack):
            if wanted is not None and metric not in wanted:
                continue
            key = (metric, pack.pattern("GOV_AUTONOMOUS").sub("", r.government), r.year)  # 黔岭布依族苗族自治州: 黔岭州
            if r.kind == "target" and r.doc_year == r.year:
                if key not in targets or _aside(targets[key], pack) and not _aside(r, pack):
                    targets[key] = r  # the first the report states, but one of a quarter's (一季度…力争增长6.5%)
            elif r.kind == "target" and r.doc_year is not None and r.doc_year > r.year:
                restated.setdefault(key, r)  # 超过年初确定的6%以上的预期目标: when the year's own report is not there
            elif r.kind == "achievement" and (key not in results or _result_rank(r, pack) < _result_rank(results[key], pack)):
                results[key] = r
    targets = {**restated, **targets}
    return [Cell(g, m, y, targets.get((m, g, y)), results.get((m, g, y)), measure_of(m, pack), pack.metrics[m].ceiling)
            for m, g, y in sorted(set(targets) | set(results))]


def by_metric(cells: list[Cell]) -> dict[str, list[Cell]]:
    out: dict[str, list[Cell]] = defaultdict(list)
    for c in cells:
        out[c.metric].append(c)
    return dict(out)
