"""Compare the records of two documents: which targets were revised, met, added or dropped.

A pair needs the same metric, the same unit family, and the same change and basis (a
growth rate never pairs with a level, a yearly rate with a total; a span's total may answer a
target that said no basis); a rate of rise pairs with a rate of fall, read as a negative rise
(增长5% answered by 下降2.1%: below). Two indicators name
the same metric when, after dropping scope words (全市) and growth words that
name the same metric (增长, 涨幅), they end in the same head (the last two
characters), one is the other with qualifiers added but none changed (the
shorter is a subsequence of the longer), and the qualifiers added are a small
part of the name (fuzzy ratio >= THRESHOLD). So 港口货物吞吐量 pairs with
货物吞吐量, while 赤字率/赤字规模 (head), 城镇/农村居民人均可支配收入 (changed
qualifier) and 超长期特别国债/特别国债 (qualifier too large a part) do not.
A target B restates for A's own year as it reports how it went (a completion table's task,
完成年度任务（…）) revises nothing: B's target for its own year does; a target of A left without a
result that B restates value for value is answered by the result B gives beside the restatement.
Within each relation pairs are assigned one to one, best score first. Then targets
still without a revision or an outcome pair with what B left without a partner in that
relation (a result a trend took may still answer a target) when both count things and the
shorter name stands whole in the longer (上市公司 / 境内外上市公司): a qualifier of a count
seldom changes what is counted, of an amount or a rate it does.
"""
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

import regex

from pydantic import BaseModel, ConfigDict, Field

from ..models import Record
from ..rulepack import RuleSet
from ..core.numerals import POINTS, magnitude_of, unit_family
from ..interpret.metrics import metric_of

Relation = Literal["revision", "outcome", "baseline", "trend"]
Status = Literal["raised", "lowered", "unchanged", "met", "above", "below", "new", "dropped", "pending"]
RELATIONS: dict[str, tuple[str, str]] = {  # relation -> (kind in A, kind in B)
    "revision": ("target", "target"),
    "outcome": ("target", "achievement"),
    "baseline": ("achievement", "target"),
    "trend": ("achievement", "achievement"),
}
THRESHOLD = 80.0
TOLERANCE = 0.05


class DiffRow(BaseModel):
    """One record of A against one of B, or a record left without a partner."""

    model_config = ConfigDict(extra="forbid")

    relation: Relation = Field(description="revision (target->target), outcome (target->achievement of its year), "
                                           "baseline (achievement->target), trend (achievement->achievement)")
    status: Status = Field(description="raised/lowered/unchanged; met/above/below for outcome; "
                                       "new (B record, no partner), dropped (A target, no partner), "
                                       "pending (A target due after B's year that B does not restate)")
    indicator: str = Field(description="B's indicator, else A's")
    a: Record | None = Field(None, description="The record of the first document")
    b: Record | None = Field(None, description="The record of the second document")
    score: float | None = Field(None, description="Name similarity 0-100 of the pair (rapidfuzz ratio; for a pair "
                                "a restatement ties, the share of the longer name the two hold in common)")
    score_explained: str = Field("", description="Why the two records were paired, or why none was")
    difference: float | None = Field(None, description="B minus A in base units (midpoints of ranges)")
    difference_pct: float | None = Field(None, description="difference as a percentage of A (not for rates)")
    difference_points: float | None = Field(None, description="for rates (%, 个百分点): B minus A in points")
    comparator_change: str | None = Field(None, description="'>= -> ~' when the comparators differ")


@dataclass(frozen=True)
class Naming:
    """The words that do not change which metric an indicator names, from a rule pack."""

    scope: tuple[str, ...]    # 全市, 全省 (longest first)
    growth: tuple[str, ...]   # 增长, 增速, 涨幅: a growth rate of the metric named before them
    punct: str
    verbs: regex.Pattern      # 新建和改造提升: building verbs before what was built
    acts: tuple[str, ...]     # 整治, 治理: an act ending a name, the thing acted on its metric; 面积, a measure its unit says
    moved: tuple[str, ...]    # 开行, 完工: acts said first in one name and last in the other (longest first)
    alike: tuple[frozenset, ...]  # units that count or measure the same thing (个 and 家)
    metric: Callable[[str], str | None]  # the known metric an indicator names (居民消费价格指数涨幅: cpi)
    owner: str                # 的, which a name said in the other order adds (纳入…的项目)
    counted: frozenset        # units of counted things (个, 家, 间): their names pair more loosely
    heads: tuple[tuple[regex.Pattern, str], ...]  # (公司, 企业): a word said another way, and the one compared by
    label: regex.Pattern      # “千项万亿”: a programme's quoted name leading what it counts
    common: regex.Pattern     # words many names hold (项目, 企业, 建设), which tie none of them
    added: tuple[str, ...]    # 新增, 净增: said before a name, the count is of things added, as 净增 after it says
    totals: tuple[str, ...]   # 总数, 总量: ending a name, the whole stock, no count of things added
    ceilings: frozenset       # metrics held under a line (cpi): a result below a target about them meets it
    population: regex.Pattern  # 农村居民: a part of the people, which a name of all residents does not say

    @classmethod
    def of(cls, rules: RuleSet | None = None) -> "Naming":
        from ..rulepack import load_rules

        pack = rules or load_rules()
        return cls(tuple(sorted(pack.word_list("SCOPE_WORD"), key=len, reverse=True)),
                   pack.word_list("GROWTH_NAME"), "".join(pack.word_list("NAME_PUNCT")), pack.pattern("VERB_PAIR"),
                   tuple(sorted(pack.word_list("NAME_ACT_END") + pack.word_list("NAME_MEASURE_END"), key=len, reverse=True)),
                   tuple(sorted(pack.word_list("NAME_ACT_MOVED"), key=len, reverse=True)),
                   tuple(frozenset(group.split("=")) for group in pack.word_list("UNIT_ALIKE")),
                   lambda indicator: metric_of(indicator, pack), pack.word_list("OWNER_MARK")[0],
                   frozenset(pack.word_list("COUNT_UNIT")),
                   tuple((pack._regex(regex.escape(other) + f"(?!{pack.pattern('NAME_WORD_STAYS').pattern})"), first)
                         for first, *others in (g.split("=") for g in pack.word_list("NAME_HEAD_ALIKE"))
                         for other in others), pack.pattern("PROGRAM_LABEL"), pack.words_re("NAME_COMMON"),
                   tuple(pack.word_list("ADDED_BEFORE_NAME")), tuple(pack.word_list("TOTAL_WORD")),
                   frozenset(m.id for m in pack.metrics.values() if m.ceiling), pack.pattern("NAME_POPULATION_PART"))


@lru_cache(maxsize=4096)
def metric_name(indicator: str, naming: Naming) -> str:
    """The indicator without scope words, punctuation, building verbs and growth words naming the
    same metric (新建改造高标准农田 and 高标准农田 are one), its words said one way (上市公司: 上市企业), and
    without a programme's quoted name leading a name of its own (“千项万亿”重大项目: 重大项目; a programme
    is renamed from year to year, what it counts stays)."""
    label = naming.label.match(indicator)
    if label and len(indicator) - label.end() >= LABELLED_CORE:
        indicator = indicator[label.end():]
    name = "".join(ch for ch in indicator if ch not in naming.punct)
    for other, first in naming.heads:  # wherever it stands (企业上市 is said of 上市公司), not in a name of its own
        if len(name) > HEAD_ALONE or other.fullmatch(name) is None:    # (公司债券, NAME_WORD_STAYS)
            name = other.sub(first, name)
    verbs = naming.verbs.match(name)
    name = name[verbs.end():] if verbs else name
    for scope in naming.scope:
        if name.startswith(scope) and len(name) > len(scope) + 1:
            name = name[len(scope):]
            break
    for word in naming.growth:
        if name.endswith(word) and len(name) >= len(word) + 2:
            return name[:-len(word)]
    for act in naming.acts:
        if name.endswith(act) and len(name) >= len(act) + ACTED_ON:
            return name[:-len(act)]
    return name


HEAD_ALONE = 2  # characters of a head word said alone (企业, 公司), which names nothing to compare; 停车泊位 does
LABELLED_CORE = 4  # characters a name must keep without its programme's label (“十大工程”投资 stays whole)
ACTED_ON = 3  # characters of the thing an act ending a name is cut from (污水治理 stays whole)


def same_family(u: str, v: str, naming: Naming) -> bool:
    fu, fv = unit_family(u), unit_family(v)
    if fu == fv or any(fu in group and fv in group for group in naming.alike):
        return True
    # a bare magnitude (551万) agrees with any counted unit of that magnitude
    return "" in (fu, fv) and not {fu, fv} & {"%", POINTS, "‰"}


ROTATED = 90.0  # the score of a name said in the other order (below a name the same, above most qualified)


def _turned(x: str, y: str, naming: Naming) -> str:
    """The part `x` says first when it is `y` in the other order, the thing and what it did
    (项目纳入国家用地保障范围 and 纳入国家用地保障范围的项目: counted things are named either way); else ''."""
    x, y = x.replace(naming.owner, ""), y.replace(naming.owner, "")
    if x == y or len(x) != len(y):
        return ""
    return next((x[:k] for k in range(TURN_PART, len(x) - TURN_PART + 1) if x[k:] + x[:k] == y), "")


TURN_PART = 2  # characters of each part of a name said in the other order


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


@lru_cache(maxsize=16384)
def name_match(x: str, y: str, naming: Naming | None = None) -> tuple[float, str] | None:
    """(score, explanation) when two indicators name the same metric, else None: by their names,
    or, worded apart, as two names of one known metric (居民消费价格指数涨幅, 居民消费价格: cpi)."""
    naming = naming or Naming.of()
    named = _names_match(metric_name(x, naming), metric_name(y, naming), naming)
    if named and named[0] == 100:
        return named
    known = naming.metric(x)
    if known and known == naming.metric(y):
        return KNOWN_METRIC, f"both name the metric {known}"
    return named


KNOWN_METRIC = 99.0  # two wordings of one known metric (新增就业, 城镇新增就业): a pair, but one of the very name wins


def _moved(x: str, y: str, naming: Naming) -> str:
    """The act `x` opens with that `y` ends with, or `y` opens with that `x` ends with, when the rest of each
    is a name (开行“义新欧”班列 and “义新欧”中欧班列开行: what was done is said before the thing or after it); else ''."""
    for first, last in ((x, y), (y, x)):
        word = next((w for w in naming.moved if first.startswith(w) and last.endswith(w)
                     and min(len(first), len(last)) - len(w) >= MOVED_REST), "")
        if word:
            return word
    return ""


MOVED_REST = 3  # characters each name keeps without the act


def _names_match(nx: str, ny: str, naming: Naming) -> tuple[float, str] | None:
    turned = _turned(nx, ny, naming)
    if turned:
        return ROTATED, f"'{nx}' is '{ny}' said {turned} first (score {ROTATED:g})"
    moved = _moved(nx, ny, naming)
    if moved:
        rest = lambda name: name[len(moved):] if name.startswith(moved) else name[:-len(moved)]  # noqa: E731
        named = _names_alike(rest(nx), rest(ny), naming)
        if named:
            return min(named[0], ROTATED), f"'{nx}' and '{ny}' say '{moved}' first and last; {named[1]}"
    return _names_alike(nx, ny, naming)


def _names_alike(nx: str, ny: str, naming: Naming) -> tuple[float, str] | None:
    from rapidfuzz import fuzz

    if nx[-2:] != ny[-2:] or {nx, ny} & {"", *naming.growth}:  # a bare 增长 names no metric
        return None
    short, long = sorted((nx, ny), key=len)
    if not _subsequence(short, long) or naming.population.search(long) and not naming.population.search(short):
        return None  # 农村居民人均可支配收入 is no 居民人均可支配收入 qualified
    score = round(fuzz.ratio(nx, ny), 1)
    if score < THRESHOLD:
        return None
    how = "same name" if nx == ny else f"'{long}' qualifies '{short}'"
    return score, f"{how} (ratio {score:g}, both end in '{nx[-2:]}')"


QUALIFIED_CORE = 4  # characters of the shorter name a qualified count must hold whole


def qualified_count(ra: Record, rb: Record, naming: Naming) -> tuple[float, str] | None:
    """(score, explanation) when two counts of things left without a partner name the same things,
    one with a qualifier the threshold keeps apart (母婴室示范点 / 公共场所母婴室示范点, 上市公司 /
    境内外上市公司, 灾损农房 / 灾损农房新建任务): the shorter whole inside the longer. Counts only: a
    qualifier of an amount or a rate changes the metric (工业增加值 / 规模以上工业增加值)."""
    if unit_family(ra.unit) not in naming.counted or unit_family(rb.unit) not in naming.counted:
        return None
    short, long = sorted((metric_name(ra.indicator, naming), metric_name(rb.indicator, naming)), key=len)
    if len(short) < QUALIFIED_CORE or short not in long:
        return None
    from rapidfuzz import fuzz

    score = round(fuzz.ratio(short, long), 1)
    return score, f"'{long}' qualifies the count '{short}' (ratio {score:g}; paired once nothing closer was)"


SHARED_CORE = 3  # characters two names of one value must share; of a count, or half the shorter name (名镇 / 镇名镇名村建设)


def same_value(ra: Record, rb: Record, naming: Naming) -> tuple[float, str] | None:
    """(score, explanation) when two counts, or two shares said as levels, left without a partner give
    the same value and their names share a stretch (易涝点 / 内涝点整治 67个, 农村承包地流转面积 / 实现有序流转的
    农村承包地比例 48%): a report names again what it met in other words, and the value says which target it
    answers. Not amounts nor rates of change: a qualifier changes their metric, whatever the value."""
    families = {unit_family(ra.unit), unit_family(rb.unit)}
    share = families == {"%"} and ra.change is None
    if not (share or families <= naming.counted | {""}):
        return None
    pa, pb = point(ra), point(rb)
    if abs(pb - pa) > 1e-9 * max(abs(pa), abs(pb), 1):
        return None
    x, y = metric_name(ra.indicator, naming), metric_name(rb.indicator, naming)
    shared = _longest_shared(x, y)
    if len(shared) < SHARED_CORE and (share or len(shared) < 2 or 2 * len(shared) < min(len(x), len(y))
                                      or _set_apart(x, y, shared)):
        return None  # 中心, 示范, 人才: a word many names hold ties nothing
    score = round(100 * len(shared) / max(len(x), len(y)), 1)
    return score, f"the same value, the names share '{shared}' (score {score:g}; paired once nothing closer was)"


def _set_apart(x: str, y: str, shared: str) -> bool:
    """Whether two names sharing a short stretch each say two characters or more of their own, none alike,
    on one side of it: two things of one head or one place (养老床位 / 医疗床位, 农村户用厕所 / 农村危房), not one
    said two ways (易涝点 / 内涝点, 重点项目 / 市重点建设项目)."""
    i, j = x.find(shared), y.find(shared)
    sides = ((x[:i], y[:j]), (x[i + len(shared):], y[j + len(shared):]))
    return any(min(len(p), len(q)) >= 2 and not set(p) & set(q) for p, q in sides)


def _longest_shared(x: str, y: str) -> str:
    m = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return x[m.a:m.a + m.size]


def point(r: Record) -> float:
    """The value in base units; the midpoint of a range."""
    if r.value_max is None:
        return r.magnitude
    return (r.magnitude + magnitude_of(r.value_max, r.unit)) / 2


def _years_fit(relation: str, ra: Record, rb: Record, a_year: int | None, b_year: int | None,
               restated: bool = False) -> int | None:
    """None when the years rule the pair out, else a penalty (0 best) for tie-breaking. A target B
    restates for A's own year as it reports how it went (a completion table's task, 完成年度任务（…）)
    revises nothing while B's target for its own year may: it pairs only in the pass for them (`restated`)."""
    ya, yb = ra.year, rb.year
    if relation == "outcome":
        return 0 if ya is not None and ya == yb else None
    if ya is None or yb is None:
        return None if restated else 5
    if relation == "revision":
        again = ya == yb and _of_a_past_year(yb, a_year, b_year)
        if restated or again:
            return 0 if restated and again else None
        if ya == yb:
            return 0
        if a_year is None or b_year is None:
            return abs(yb - ya)
        return 0 if (ya, yb) == (a_year, b_year) else None
    return yb - ya if yb > ya else None  # baseline and trend look forward in time


def _of_a_past_year(year: int | None, a_year: int | None, b_year: int | None) -> bool:
    """Whether a target of B is due A's own year, past for B: a restatement as B reports how it went."""
    return a_year is not None and b_year is not None and year == a_year < b_year


def _points(relation: str, ra: Record, rb: Record) -> tuple[float, float]:
    """The two values as compared. A rise and a fall: for an outcome, B in the target's direction (增长5%,
    then 下降2.1%: -2.1 against 5); otherwise each as a rise, a fall negative (下降0.8%, then 增长7%: raised)."""
    if not _opposed(ra.change, rb.change):
        return point(ra), point(rb)
    if relation == "outcome":
        return point(ra), -point(rb)
    return _signed(ra), _signed(rb)


def _signed(r: Record) -> float:
    return -point(r) if r.change == "decrease" else point(r)


def _changes_pair(ra: Record, rb: Record, naming: Naming) -> bool:
    """Whether two records' changes may pair: the same, but for a count of things added and the whole stock
    (新增高新技术企业1000家 / 高新技术企业总数突破5500家); a rise and a fall; or a count of things added said
    before their name and a rise said after it (新增高新技术企业1000家 / 高新技术企业净增1100家)."""
    if ra.change == rb.change:
        return not (_added(ra, naming) and _stock(rb, naming) or _added(rb, naming) and _stock(ra, naming))
    if _opposed(ra.change, rb.change):
        return True
    return {ra.change, rb.change} == {None, "increase"} and _added(ra if ra.change is None else rb, naming)


def _stock(r: Record, naming: Naming) -> bool:
    """A level named as the whole stock (高新技术企业总数, 专精特新企业总量)."""
    return r.change is None and r.indicator.endswith(naming.totals)


def _added(r: Record, naming: Naming) -> bool:
    """A count or amount whose name a word of adding opens in its sentence (新增城区面积1.5平方公里)."""
    if unit_family(r.unit) in ("%", POINTS, "‰"):
        return False
    at = r.sentence.find(r.indicator)
    return at > 0 and any(r.sentence.endswith(word, 0, at) for word in naming.added)


def _opposed(a: str | None, b: str | None) -> bool:
    """Whether two changes are a rise and a fall."""
    return {a, b} == {"increase", "decrease"}


def compare(relation: str, ra: Record, rb: Record, ceiling: bool = False) -> str:
    """The status of a pair: raised/lowered/unchanged, or met/above/below for an outcome. A figure
    held under a line (`ceiling`: prices, unemployment) meets a target said about it from below too."""
    status = _compared(relation, ra, rb)
    return "met" if status == "below" and ceiling and ra.comparator in ("~", "=") else status


def _compared(relation: str, ra: Record, rb: Record) -> str:
    pa, pb = _points(relation, ra, rb)
    if relation != "outcome":
        if abs(pb - pa) <= 1e-9 * max(abs(pa), abs(pb), 1):
            return "unchanged"
        return "raised" if pb > pa else "lowered"
    actual = pb
    low = ra.magnitude
    high = magnitude_of(ra.value_max, ra.unit) if ra.value_max is not None else low
    if ra.comparator == ">=":
        return "met" if actual >= low else "below"
    if ra.comparator == "<=":
        return "met" if actual <= high else "above"
    if actual > high + TOLERANCE * abs(high):
        return "above"
    if actual < low - (TOLERANCE * abs(low) if ra.comparator == "~" else 0):
        return "below"
    return "met"


def _paired(relation: str, ra: Record, rb: Record, score: float, why: str, naming: Naming) -> DiffRow:
    pa, pb = _points(relation, ra, rb)
    difference = round(pb - pa, 6)
    rate = unit_family(ra.unit) in ("%", POINTS)  # a rate's difference is in points, not a percent of a percent
    status = compare(relation, ra, rb, (ra.metric or naming.metric(ra.indicator)) in naming.ceilings)
    return DiffRow(relation=relation, status=status, indicator=rb.indicator, a=ra, b=rb,
                   score=score, score_explained=why, difference=difference,
                   difference_pct=round(100 * difference / pa, 2) if pa and not rate else None,
                   difference_points=difference if rate else None,
                   comparator_change=f"{ra.comparator} -> {rb.comparator}" if ra.comparator != rb.comparator else None)


def _passed_bounds(records: list[Record]) -> set[int]:
    """The records that are a bound a figure the document gives for that year passed (突破900亿元，达到938亿元:
    900; 总量跨上1万亿元台阶 and 经济总量…增加到10309.8亿元)."""
    figures = {(r.kind, r.year, r.indicator) for r in records if r.comparator == "="}
    return {i for i, r in enumerate(records) if r.comparator == ">=" and (r.kind, r.year, r.indicator) in figures}


def _bound_apart(relation: str, bound_a: bool, bound_b: bool) -> bool:
    """Whether a pair ties a figure to a bound a figure passed: a figure pairs with a figure and a bound
    with a bound first, and an outcome with the figure reached."""
    return bound_b if relation == "outcome" else bound_a != bound_b


def _same_basis(relation: str, a: str | None, b: str | None) -> bool:
    """A yearly rate never pairs with a total; a plan's target with no basis said is met or missed by
    the total over its span a later report gives (城镇新增就业60万人 in a 十四五 table, then 五年来，城镇新增
    就业65万人)."""
    return a == b or (relation == "outcome" and a is None and b == "cumulative")


def _assign(relation: str, a: list[Record], b: list[Record], a_year, b_year, naming: Naming,
            taken_a: set[int] = frozenset(), taken_b: set[int] = frozenset(),
            loose: Callable | None = None, restated: bool = False) -> list[tuple[int, int, DiffRow]]:
    """One-to-one pairs for a relation, best score first, then nearest years, then figures with figures
    (_bound_apart), then document order; `loose`: among records the first passes left (`taken_*` the
    others), a looser test of a pair;
    `restated`: only targets B restates for A's year (_years_fit)."""
    kind_a, kind_b = RELATIONS[relation]
    bounds_a, bounds_b = _passed_bounds(a), _passed_bounds(b)
    candidates = []
    for i, ra in enumerate(a):
        if ra.kind != kind_a or i in taken_a:
            continue
        for j, rb in enumerate(b):
            if rb.kind != kind_b or j in taken_b or ra is rb or not same_family(ra.unit, rb.unit, naming) \
                    or not _changes_pair(ra, rb, naming) or not _same_basis(relation, ra.basis, rb.basis):
                continue  # a growth rate never pairs with a level
            penalty = _years_fit(relation, ra, rb, a_year, b_year, restated)
            if penalty is None:
                continue
            match = loose(ra, rb, naming) if loose else name_match(ra.indicator, rb.indicator, naming)
            if match:  # a rise and a fall pair only when neither has a partner of its own direction
                apart = _bound_apart(relation, i in bounds_a, j in bounds_b)
                candidates.append((_opposed(ra.change, rb.change), -match[0], penalty, apart, i, j, match))
    candidates.sort(key=lambda c: c[:6])
    used_a: set[int] = set()
    used_b: set[int] = set()
    rows = []
    for *_, i, j, (score, why) in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        why += f"; unit {a[i].unit} ~ {b[j].unit}; years {a[i].year} -> {b[j].year}"
        rows.append((i, j, _paired(relation, a[i], b[j], score, why, naming)))
    return rows


def diff_records(a: list[Record], b: list[Record], a_year: int | None = None,
                 b_year: int | None = None, rules: RuleSet | None = None) -> list[DiffRow]:
    """Every pair of A and B records in each relation, then B records without any partner
    (new) and A targets without a revised target (dropped), but a longer plan's target B reports
    how it went: it fell due, it was not dropped.

    `a_year`/`b_year` are the documents' own years: a target for a_year may be
    revised by one for b_year (this year's GDP target against last year's);
    otherwise a revision needs the same due year.
    """
    naming = Naming.of(rules)
    a, b = _said_once(a, naming), _said_once(b, naming)
    rows: list[DiffRow] = []
    revised_a: set[int] = set()
    met_a: set[int] = set()
    by_relation: dict[str, set[int]] = {relation: set() for relation in RELATIONS}  # B records paired, by relation
    for relation in RELATIONS:
        for i, j, row in _assign(relation, a, b, a_year, b_year, naming):
            rows.append(row)
            by_relation[relation].add(j)
            if relation == "revision":
                revised_a.add(i)
            elif relation == "outcome":
                met_a.add(i)
    for loose in (qualified_count, same_value):
        for relation, taken_a in (("revision", revised_a), ("outcome", met_a)):
            for i, j, row in _assign(relation, a, b, a_year, b_year, naming, taken_a, by_relation[relation], loose=loose):
                rows.append(row)
                by_relation[relation].add(j)
                taken_a.add(i)
    for i, j, row in _answered_restatements(a, b, met_a, by_relation["outcome"], naming):
        rows.append(row)
        met_a.add(i)
        by_relation["outcome"].add(j)
    for i, j, row in _assign("revision", a, b, a_year, b_year, naming, revised_a, by_relation["revision"], _restating,
                             restated=True):
        rows.append(row)  # a target B restates, A's target left unrevised: unchanged, or changed as B tells it
        by_relation["revision"].add(j)
        revised_a.add(i)
    a_targets = any(r.kind == "target" for r in a)
    a_achievements = any(r.kind == "achievement" for r in a)
    paired_b = set().union(*by_relation.values())
    for j, rb in enumerate(b):
        past = rb.kind == "target" and _of_a_past_year(rb.year, a_year, b_year)
        if j in paired_b or past and any(a[i].year == rb.year and _restates_value(a[i], rb, naming)
                                         and name_match(a[i].indicator, rb.indicator, naming) for i in revised_a):
            continue  # paired, or A's target as A set it, restated while B's own year revises it: no new row
        if rb.kind == "target":
            relation = "revision" if a_targets or not a_achievements else "baseline"
        else:
            relation = "trend" if a_achievements or not a_targets else "outcome"
        rows.append(DiffRow(relation=relation, status="new", indicator=rb.indicator, b=rb, score_explained=(
            f"a target for A's year {a_year} B states, which no target of A left unrevised names" if past
            else "no record of A names the same metric in the same unit family")))
    for i, ra in enumerate(a):
        if ra.kind == "target" and i not in revised_a and not (i in met_a and ra.year != a_year):
            later = ra.year is not None and b_year is not None and ra.year > b_year
            rows.append(DiffRow(relation="revision", status="pending" if later else "dropped", indicator=ra.indicator,
                                a=ra, score_explained=f"due {ra.year}, after B's year {b_year}: not yet reported"
                                if later else "no target of B names the same metric in the same unit family"))
    order = list(RELATIONS)
    return sorted(rows, key=lambda r: (order.index(r.relation), r.b is None, (r.b or r.a).start))


def _answered_restatements(a: list[Record], b: list[Record], met_a: set[int], taken_b: set[int], naming: Naming):
    """(i, j, row) for each target of A no result answered yet that B restates as a target of the same
    year, value for value (抽检28340批次，已超额完成年度任务（全年任务为26000批次）, a completion table's task and
    its progress): a result B gives in the restatement's sentence whose name touches the target's
    (_names_touch: 抽检 / 抽样检验) answers it, the nearest before the restatement, else after it; each
    restatement answers one target."""
    used: set[int] = set()
    for i, ra in enumerate(a):
        if ra.kind != "target" or i in met_a or ra.year is None:
            continue
        for k, rk in enumerate(b):
            if k in used or rk.kind != "target" or rk.year != ra.year or not _restates_value(ra, rk, naming):
                continue
            near = {j: touch for j, rb in enumerate(b) if j not in taken_b and rb.kind == "achievement"
                    and rb.year == ra.year and rb.sentence == rk.sentence and abs(rb.start - rk.start) < len(rk.sentence)
                    and same_family(ra.unit, rb.unit, naming) and rb.change == ra.change
                    and _same_basis("outcome", ra.basis, rb.basis)
                    and (touch := _names_touch(ra.indicator, rb.indicator, naming)) is not None}
            before = [j for j in near if b[j].start < rk.start]
            j = max(before, key=lambda j: b[j].start) if before else min(near, key=lambda j: b[j].start, default=None)
            if j is None:
                continue
            used.add(k)
            taken_b.add(j)
            score = near[j]
            why = f"B restates the target ({rk.text}) beside this result, the names touch (score {score:g}); years {ra.year} -> {b[j].year}"
            yield i, j, _paired("outcome", ra, b[j], score, why, naming)
            break


def _restating(ra: Record, rb: Record, naming: Naming) -> tuple[float, str] | None:
    """(score, explanation) when B's target restates A's: named alike, or of A's value with names that touch
    (主要消费食品品种抽样检验 / 抽检 26000批次)."""
    named = name_match(ra.indicator, rb.indicator, naming)
    if named or not _restates_value(ra, rb, naming):
        return named
    touch = _names_touch(ra.indicator, rb.indicator, naming)
    return (touch, f"B restates A's value, the names touch (score {touch:g})") if touch is not None else None


def _said_once(records: list[Record], naming: Naming) -> list[Record]:
    """The records without a target said again: one of the same year, value and name as a target before it
    (需要说明的是，地区生产总值增长6%左右的预期目标，…) is the same target, not a second one to pair, drop or add."""
    kept: list[Record] = []
    for r in records:
        if r.kind != "target" or not any(k.kind == "target" and k.year == r.year and _restates_value(k, r, naming)
                                         and name_match(k.indicator, r.indicator, naming) for k in kept):
            kept.append(r)
    return kept


def _restates_value(ra: Record, rb: Record, naming: Naming) -> bool:
    """Two records of one value, range and kind of change: a target and its restatement."""
    ends = (ra.magnitude, ra.value_max and magnitude_of(ra.value_max, ra.unit))
    return same_family(ra.unit, rb.unit, naming) and (ra.change, ra.basis) == (rb.change, rb.basis) \
        and all(abs((x or 0) - (y or 0)) <= 1e-9 * max(abs(x or 0), 1)
                for x, y in zip(ends, (rb.magnitude, rb.value_max and magnitude_of(rb.value_max, rb.unit))))


def _names_touch(x: str, y: str, naming: Naming) -> float | None:
    """A score when two names of one thing said apart touch: the shorter said within the longer, in order
    (抽检 / 抽样检验, 资助 / 资助…使用平安通), or a stretch shared (快检批次数 / 主要农产品快检); of two
    characters or more past the words many names hold (NAME_COMMON: not 重点项目 / 停车场建设项目); else None."""
    nx, ny = metric_name(x, naming), metric_name(y, naming)
    short, long = sorted((nx, ny), key=len)
    inside = _subsequence(short, long)
    tie = short if inside else _longest_shared(nx, ny)
    if len(naming.common.sub("", tie)) < TOUCH_CORE:
        return None
    return round(100 * len(tie) / len(long), 1)


TOUCH_CORE = 2  # characters two names must share past the common words to touch


def within_document(records: list[Record], year: int | None) -> tuple[list[Record], list[Record]]:
    """One document against itself: last year's achievements (A) and this year's targets (B)."""
    if year is None:
        return ([r for r in records if r.kind == "achievement"], [r for r in records if r.kind == "target"])
    return ([r for r in records if r.kind == "achievement" and r.year == year - 1],
            [r for r in records if r.kind == "target" and r.year == year])


def diff_documents(first, second=None, rules: RuleSet | None = None) -> list[DiffRow]:
    """Rows for two extracted documents (anything with .records and .year), older first;
    for one document alone, its last year's achievements against this year's targets."""
    if second is None:
        a, b = within_document(first.records, first.year)
        return diff_records(a, b, first.year and first.year - 1, first.year, rules)
    return diff_records(first.records, second.records, first.year, second.year, rules)


def comparable_pair(results: list) -> tuple | None:
    """The two documents a run over many compares, older first: the two latest of one
    government (of the government whose latest document is the latest), else the only two."""
    by_government: dict[str, list] = {}
    for r in results:
        if r.government:
            by_government.setdefault(r.government, []).append(r)
    groups = [sorted(g, key=lambda r: (r.year or 0, r.doc)) for g in by_government.values() if len(g) >= 2]
    if groups:
        latest = max(groups, key=lambda g: (g[-1].year or 0, g[-1].doc))
        return latest[-2], latest[-1]
    if len(results) == 2:
        return tuple(sorted(results, key=lambda r: (r.year or 0, r.doc)))
    return None
