"""Turn number text (Arabic, Chinese, mixed) into floats, and units into scales.

Chinese numerals are parsed here, section by section (二万六千七百, 十三亿九千万,
八十二万七千亿, 一点三万亿, 两千), and digit by digit as old plans and dates write
them (一九五七, 七六六·四, 一、六〇〇). No converter library is needed: this is
the numeral system itself, and a parse is a few dictionary look-ups.
"""
from functools import lru_cache

NUMERALS = "〇一二三四五六七八九十百千万亿"  # the digits 0-9, then ten, hundred, thousand, 1e4 and 1e8
TEN, HUNDRED, THOUSAND, WAN, YI = NUMERALS[10:]
DIGITS = {c: i for i, c in enumerate(NUMERALS[:10])} | dict(zip("零○两", (0, 0, 2))) | {"0": 0}
SMALL_UNITS = {TEN: 10, HUNDRED: 100, THOUSAND: 1000}
MAGNITUDES = {WAN + YI: 1e12, YI: 1e8, WAN: 1e4, THOUSAND: 1e3, HUNDRED: 1e2}
UNIT_PREFIXES = (WAN + YI, YI, WAN)  # magnitudes a unit keeps (亿元, 万人)
OWN_MAGNITUDE = WAN + YI  # characters a Chinese numeral may hold its own magnitude with (二万六千七百)
SCALE_BEFORE_MAGNITUDE = THOUSAND + HUNDRED  # after Arabic digits they scale the 万/亿 after them (8千亿元)
POINTS = "个百分点"  # the unit family of percentage points
APPROX_MARKS = "多余"  # after a number: "more than"
DECIMAL_MARKS = "点·．"
GROUP_MARKS = "、，,"  # thousands marks in digit-by-digit numbers (一、六〇〇)
HALF = "半"
MAX_NUMBER = 1e20  # no policy text writes a bigger number; a longer digit run is junk, not a value


def parse_number(text: str) -> float:
    """Parse the number part of a value ('1,800', '4.3', '一百一十四', '千', '半', '七六六·四');
    ValueError for text that is no number or one too large to be a quantity."""
    value = _parse(text)
    if not abs(value) < MAX_NUMBER:
        raise ValueError(f"not a quantity: {text[:40]!r}")
    return value


def forget() -> None:
    """Empty the numbers remembered (a benchmark pass reads its texts afresh)."""
    _parse.cache_clear()


@lru_cache(maxsize=4096)
def _parse(text: str) -> float:
    s = text.strip()
    if not s:
        raise ValueError("empty number")
    if s == HALF:
        return 0.5
    try:
        return float(s.replace(",", "").replace("\u2212", "-").replace("\uff0d", "-"))
    except ValueError:
        pass
    if not any(c in SMALL_UNITS or c in OWN_MAGNITUDE for c in s):
        return parse_digits(s)
    return _parse_chinese(s)


def _parse_chinese(s: str) -> float:
    """十三亿九千万 -> 1.39e9; 一点三万亿 -> 1.3e12: sections below 万, 万 groups below 亿, and a
    decimal part that the magnitudes after it scale."""
    for mark in DECIMAL_MARKS:
        if mark in s:
            whole, frac = s.split(mark, 1)
            digits = ""
            while frac and frac[0] in DIGITS:
                digits, frac = digits + str(DIGITS[frac[0]]), frac[1:]
            if not digits:
                raise ValueError(f"not a number: {s!r}")
            scale = _scale(frac)
            return (_integer(whole) + float("0." + digits)) * scale
    return _integer(s)


def _scale(suffix: str) -> float:
    """The product of magnitude characters after a decimal part (万亿 -> 1e12)."""
    scale = 1.0
    for ch in suffix:
        if ch not in OWN_MAGNITUDE:
            raise ValueError(f"not a magnitude: {suffix!r}")
        scale *= MAGNITUDES[ch]
    return scale


def _integer(s: str) -> float:
    """A whole Chinese numeral: 二万六千七百, 八十二万七千亿, 十五, 一百零五; sections written digit
    by digit (七六六, 五〇〇万) are read so."""
    total = high = 0.0
    section = ""
    for ch in s:
        if ch == WAN:
            high += (_section(section) or 1) * 10_000
            section = ""
        elif ch == YI:
            total = ((total + high + _section(section)) or 1) * 100_000_000
            high, section = 0.0, ""
        else:
            section += ch
    return total + high + _section(section)


def _section(s: str) -> float:
    """A section below 万: 三千二百四十五, 一百零五, 十五; digit by digit: 七六六, 一、六〇〇."""
    if not s:
        return 0.0
    if not any(c in SMALL_UNITS for c in s):
        return parse_digits(s)
    section = number = 0
    for ch in s:
        if ch in DIGITS:
            number = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (number or 1) * SMALL_UNITS[ch]  # 十五: a leading 十 is one ten
            number = 0
        else:
            raise ValueError(f"not a number: {s!r}")
    return float(section + number)


def parse_digits(text: str) -> float:
    """A number written digit by digit (二〇二五 -> 2025, 七六六·四 -> 766.4, 一、六〇〇 -> 1600), as
    old plans and dates write them; ValueError if a character is no digit."""
    out = []
    for ch in text:
        if ch in DIGITS:
            out.append(str(DIGITS[ch]))
        elif ch.isdigit():
            out.append(ch)
        elif ch in DECIMAL_MARKS or ch == ".":
            out.append(".")
        elif ch in GROUP_MARKS:
            continue
        else:
            raise ValueError(f"not a number: {text!r}")
    joined = "".join(out)
    if not joined or joined.count(".") > 1 or joined in (".",):
        raise ValueError(f"not a number: {text!r}")
    return float(joined)


@lru_cache(maxsize=1024)
def split_magnitude(unit: str) -> tuple[float, str]:
    """Split a unit with a magnitude prefix into (scale, base unit): '万亿元' -> (1e12, '元').

    A bare magnitude ('万' in 6600多万纳税人) has base unit ''. Remembered: units are few, and
    the interpretation rules ask for a value's some ten times (50k calls over the corpus).
    """
    for prefix in UNIT_PREFIXES:
        if unit.startswith(prefix):
            return MAGNITUDES[prefix], unit[len(prefix):]
    return 1.0, unit


@lru_cache(maxsize=1024)
def unit_family(unit: str) -> str:
    """What a unit measures once its magnitude is gone: '%', '‰', '个百分点', or the base unit
    ('亿元' -> '元'; a bare magnitude such as '万' -> ''). Remembered: the rules of a value ask
    for it some fourteen times (78k calls over the 34 reports, units are few)."""
    if unit in ("%", "\uff05"):
        return "%"
    if POINTS[1:] in unit:
        return POINTS
    return split_magnitude(unit)[1]


def magnitude_of(value: float, unit: str) -> float:
    """The value in base units: 1.3 with '万亿斤' -> 1.3e12."""
    scale, _ = split_magnitude(unit)
    return round(value * scale, 6)


def in_largest_magnitude(total: float, written: str) -> tuple[float, str]:
    """A Chinese numeral's value in the largest magnitude it was written with, as the unit keeps
    it: 26700 from 二万六千七百 -> (2.67, '万'); 1.39e9 from 十三亿九千万 -> (13.9, '亿');
    1.7e12 from 一万七千亿 -> (1.7, '万亿'); no 万/亿 written -> (total, '')."""
    if YI in written:
        prefix = WAN + YI if total >= 1e12 else YI
    elif WAN in written:
        prefix = WAN
    else:
        return total, ""
    return round(total / MAGNITUDES[prefix], 10), prefix
