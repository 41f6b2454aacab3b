"""Turn a hit's text into a quantity: value, range, unit, comparator (pure functions)."""
from dataclasses import dataclass

import regex

from ..core.matching import Hit
from ..core.numerals import magnitude_of, parse_number
from ..rulepack import RuleSet


AT_LEAST = regex.compile(r"(?:至少|不少于)\p{Han}{1,3}\Z")


@dataclass(frozen=True)
class Quantity:
    value: float
    value_max: float | None
    unit: str
    comparator: str
    magnitude: float


def _ending_at(text: str, pos: int, rules: RuleSet, name: str) -> str:
    """The longest word of a list that ends at `pos`."""
    m = rules.words_re(name, "end").search(text, max(0, pos - 8), pos)
    return m.group() if m else ""


def comparator(text: str, start: int, end: int, rules: RuleSet, approx: bool) -> tuple[str, int, int]:
    """The comparator of the value at [start, end), and the span of the words that said so."""
    best = ("", "")
    for name, sym in (("CMP_GE_POST", ">="), ("CMP_LE_POST", "<="), ("CMP_APPROX_POST", "~")):
        m = rules.words_re(name).match(text, end)
        if m and len(m.group()) > len(best[0]):
            best = (m.group(), sym)
    if best[0]:
        return best[1], start, end + len(best[0])
    if approx:
        return ">=", start, end
    if _ending_at(text, start, rules, "CMP_NOT_PRE"):
        return "=", start, end
    if AT_LEAST.search(text, max(0, start - 6), start):  # 每个县至少办好1所: 至少 reaches over a verb
        return ">=", start, end
    for name, sym in (("CMP_GE_PRE", ">="), ("CMP_LE_PRE", "<="), ("CMP_APPROX_PRE", "~")):
        w = _ending_at(text, start, rules, name)
        if len(w) > len(best[0]):
            best = (w, sym)
    if best[0]:
        return best[1], start - len(best[0]), end
    return "=", start, end


def resolve(hit: Hit, text: str, rules: RuleSet) -> Quantity:
    """Value, range, unit and comparator of a hit; raises ValueError if the number is not one."""
    value = parse_number(hit.group("num")) if hit.group("num") else 1.0  # 超万亿元: one of the unit
    value_max = parse_number(hit.group("num_max")) if hit.group("num_max") else None
    unit = (hit.group("mag") + hit.group("unit")).replace(" ", "")
    if hit.rule.id.endswith("percent_chinese"):
        unit = "%"
    if value_max is not None and value_max < value:
        value_max = None
    approx = bool(hit.group("approx") or hit.group("approx2"))
    cmp, _, _ = comparator(text, hit.start, hit.end, rules, approx)
    return Quantity(value, value_max, unit, cmp, magnitude_of(value, unit))
