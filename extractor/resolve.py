"""Turn a hit's text into a quantity: value, range, unit, comparator (pure functions)."""
from dataclasses import dataclass

from .matching import Hit
from .numerals import magnitude_of, parse_number
from .rules import RuleSet


@dataclass(frozen=True)
class Quantity:
    value: float
    value_max: float | None
    unit: str
    comparator: str
    magnitude: float


def _ends_with(text: str, end: int, words: tuple[str, ...]) -> str:
    for w in sorted(words, key=len, reverse=True):
        if w and text.startswith(w, end - len(w)) and end - len(w) >= 0:
            return w
    return ""


def _starts_with(text: str, start: int, words: tuple[str, ...]) -> str:
    for w in sorted(words, key=len, reverse=True):
        if w and text.startswith(w, start):
            return w
    return ""


def comparator(text: str, start: int, end: int, rules: RuleSet, approx: bool) -> tuple[str, int, int]:
    """The comparator of the value at [start, end), and the span of the words that said so."""
    post_table = (("CMP_GE_POST", ">="), ("CMP_LE_POST", "<="), ("CMP_APPROX_POST", "~"))
    best = ("", "")
    for name, sym in post_table:
        w = _starts_with(text, end, rules.word_list(name))
        if len(w) > len(best[0]):
            best = (w, sym)
    if best[0]:
        return best[1], start, end + len(best[0])
    if approx:
        return ">=", start, end
    if _ends_with(text, start, rules.word_list("CMP_NOT_PRE")):
        return "=", start, end
    pre_table = (("CMP_GE_PRE", ">="), ("CMP_LE_PRE", "<="), ("CMP_APPROX_PRE", "~"))
    for name, sym in pre_table:
        w = _ends_with(text, start, rules.word_list(name))
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
