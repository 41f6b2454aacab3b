"""Turn a hit's text into a quantity: value, range, unit and magnitude (pure functions)."""
from typing import NamedTuple

from .matching import Hit
from .numerals import MAGNITUDES, OWN_MAGNITUDE, SCALE_BEFORE_MAGNITUDE, in_largest_magnitude, magnitude_of, parse_number


class Quantity(NamedTuple):
    value: float
    value_max: float | None
    unit: str
    magnitude: float


FRACTION_DECIMALS = 6


def _scaled(value: float, scale: float) -> float:
    return round(value * scale, 10)


def resolve(hit: Hit) -> Quantity:
    """Value, range and unit of a hit from the groups of the rule contract; ValueError
    if the number is not one. A unit-only hit (超万亿元) is one of its unit. A Chinese
    numeral that holds its own 万/亿 (十三亿九千万人) is put in the largest magnitude
    written, which the unit keeps (13.9 亿人), as for Arabic digits (1.3万亿元)."""
    num, num_max = hit.group("num"), hit.group("num_max")
    mag, unit = hit.group("mag") + hit.group("mag2"), (hit.rule.unit or hit.group("unit")).replace(" ", "")
    if num_max and not any(c in OWN_MAGNITUDE for c in num) and num_max[-1] in OWN_MAGNITUDE:
        num += num_max[len(num_max.rstrip(OWN_MAGNITUDE)):]  # 三到五万: the magnitude is both ends'
    value = parse_number(num) if num else 1.0
    value_max = parse_number(num_max) if num_max else None
    if hit.group("den"):  # 三分之一: six decimals, as a fraction is written out by hand
        value = round(value / parse_number(hit.group("den")), FRACTION_DECIMALS)
    if any(c in OWN_MAGNITUDE for c in num):
        total = parse_number(num + mag) if mag else value  # 两亿五千多万: the 万 closes the last section only
        value, prefix = in_largest_magnitude(total, num + mag)
        if value_max is not None:
            value_max = round(parse_number(num_max + mag) / MAGNITUDES.get(prefix, 1.0), 10)
        unit = prefix + unit
    else:
        unit = mag + unit
        if len(unit) > 1 and unit[0] in SCALE_BEFORE_MAGNITUDE and unit[1] in OWN_MAGNITUDE:  # 8千亿元: 8000 亿元, the unit keeps 亿
            scale, unit = MAGNITUDES[unit[0]], unit[1:]
            value = _scaled(value, scale)
            value_max = _scaled(value_max, scale) if value_max is not None else None
    if value_max is not None and value_max < value:
        value_max = None
    if hit.group("sign"):  # 为-0.60‰: a value below zero
        value = -value
    per = hit.group("per")[1:]  # 每立方米 before the number: its mark, then the unit it is per
    if per and "/" not in unit:
        unit = f"{unit}/{per}"
    return Quantity(value, value_max, unit, magnitude_of(value, unit))
