"""Turn a hit's text into a quantity: value, range, unit and magnitude (pure functions)."""
from dataclasses import dataclass

from .matching import Hit
from .numerals import magnitude_of, parse_number


@dataclass(frozen=True)
class Quantity:
    value: float
    value_max: float | None
    unit: str
    magnitude: float


def resolve(hit: Hit) -> Quantity:
    """Value, range and unit of a hit from the groups of the rule contract; ValueError
    if the number is not one. A unit-only hit (超万亿元) is one of its unit."""
    value = parse_number(hit.group("num")) if hit.group("num") else 1.0
    value_max = parse_number(hit.group("num_max")) if hit.group("num_max") else None
    unit = hit.rule.unit or (hit.group("mag") + hit.group("unit")).replace(" ", "")
    if value_max is not None and value_max < value:
        value_max = None
    return Quantity(value, value_max, unit, magnitude_of(value, unit))
