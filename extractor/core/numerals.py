"""Turn number text (Arabic, Chinese, mixed) into floats, and units into scales.

Chinese numerals go through cn2an, a maintained converter; it rejects a bare
leading 十/百/千 (千万吨, 百亿), 半, and Arabic-with-magnitude (1.3万亿), so those
cases are handled here before it is called.
"""
from functools import lru_cache

MAGNITUDES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
UNIT_PREFIXES = tuple(k for k, v in MAGNITUDES.items() if v >= 1e4)  # a unit keeps these: 亿元, 万人
POINTS = "个百分点"  # the unit family of percentage points
APPROX_MARKS = "多余"  # 多/余 after a number: "more than"
MAX_NUMBER = 1e20  # no policy text writes a bigger number; a longer digit run is junk, not a value


def parse_number(text: str) -> float:
    """Parse the number part of a value ('1,800', '4.3', '一百一十四', '千', '半');
    ValueError for text that is no number or one too large to be a quantity."""
    value = _parse(text)
    if not abs(value) < MAX_NUMBER:
        raise ValueError(f"not a quantity: {text[:40]!r}")
    return value


@lru_cache(maxsize=4096)
def _parse(text: str) -> float:
    s = text.replace(",", "").replace("，", "").strip()
    if not s:
        raise ValueError("empty number")
    if s == "半":
        return 0.5
    try:
        return float(s)
    except ValueError:
        pass
    if s[0] in "十百千":
        s = "一" + s
    import cn2an  # imported here: only documents with Chinese numerals pay for it

    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, OverflowError) as exc:
        raise ValueError(f"not a number: {text!r}") from exc


DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "两": "2"}


def parse_digits(text: str) -> float:
    """A number written digit by digit (二〇二五 -> 2025, 七六六·四 -> 766.4), as old plans
    and dates write them; ValueError if a character is no digit."""
    out = "".join(DIGITS.get(c, "." if c in "·点." else c) for c in text)
    if not out.replace(".", "", 1).isdigit():
        raise ValueError(f"not a digit string: {text!r}")
    return float(out)


def split_magnitude(unit: str) -> tuple[float, str]:
    """Split a unit with a magnitude prefix into (scale, base unit): '万亿元' -> (1e12, '元').

    A bare magnitude ('万' in 6600多万纳税人) has base unit ''.
    """
    for prefix in UNIT_PREFIXES:
        if unit.startswith(prefix):
            return MAGNITUDES[prefix], unit[len(prefix):]
    return 1.0, unit


def unit_family(unit: str) -> str:
    """What a unit measures once its magnitude is gone: '%', '‰', '个百分点', or the base unit
    ('亿元' -> '元'; a bare magnitude such as '万' -> '')."""
    if unit in ("%", "\uff05"):
        return "%"
    if POINTS[1:] in unit:
        return POINTS
    return split_magnitude(unit)[1]


def magnitude_of(value: float, unit: str) -> float:
    """The value in base units: 1.3 with '万亿斤' -> 1.3e12."""
    scale, _ = split_magnitude(unit)
    return round(value * scale, 6)
