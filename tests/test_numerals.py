"""Numbers as written: Arabic, Chinese (through cn2an), and the cases cn2an rejects."""
import pytest

from extractor.core.numerals import magnitude_of, parse_number, split_magnitude


@pytest.mark.parametrize("text,value", [
    ("1800", 1800), ("1,800", 1800), ("4.3", 4.3), ("0.9", 0.9),
    ("五十四", 54), ("一百一十四", 114), ("六十四点七", 64.7), ("两千", 2000),
    ("十", 10), ("千", 1000), ("百", 100), ("十二", 12), ("半", 0.5),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_cn2an_gaps_are_covered():
    import cn2an

    # cn2an raises on these; our resolver handles them itself.
    for text in ("1.3万亿", "千", "半"):
        with pytest.raises(ValueError):
            cn2an.cn2an(text, "smart")
    assert parse_number("千") == 1000 and parse_number("半") == 0.5


@pytest.mark.parametrize("text", ["", "abc", "十x"])
def test_not_a_number(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("unit,scale,base", [
    ("万亿元", 1e12, "元"), ("亿元", 1e8, "元"), ("万人", 1e4, "人"), ("万", 1e4, ""), ("个", 1, "个"), ("%", 1, "%"),
])
def test_split_magnitude(unit, scale, base):
    assert split_magnitude(unit) == (scale, base)


def test_magnitude_in_base_units():
    assert magnitude_of(1.3, "万亿斤") == 1.3e12
    assert magnitude_of(1800, "亿元") == 1.8e11
