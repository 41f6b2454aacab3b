"""Numbers as written: Arabic, Chinese with 万/亿 sections, and digit by digit."""
import pytest

from extractor.core.numerals import magnitude_of, parse_number, split_magnitude


@pytest.mark.parametrize("text,value", [
    ("1800", 1800), ("1,800", 1800), ("4.3", 4.3), ("0.9", 0.9),
    ("五十四", 54), ("一百一十四", 114), ("六十四点七", 64.7), ("两千", 2000),
    ("十", 10), ("千", 1000), ("百", 100), ("十二", 12), ("半", 0.5),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value", [
    ("二万六千七百", 26700), ("十三亿九千万", 1.39e9), ("八十二万七千亿", 8.27e13), ("一万七千亿", 1.7e12),
    ("一点三万亿", 1.3e12), ("一百零五", 105), ("七万零一", 70001), ("五〇〇万", 5e6),
    ("七六六·四", 766.4), ("一、六〇〇", 1600), ("二〇三五", 2035), ("二0一一", 2011), ("1.3", 1.3),
])
def test_chinese_sections_and_digit_by_digit(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_agrees_with_cn2an_on_every_integer_it_renders():
    import random

    import cn2an

    rng = random.Random(7)
    for _ in range(5000):
        n = rng.choice([rng.randint(0, 99_999), rng.randint(0, 10**9), rng.randint(0, 10**13)])
        assert parse_number(cn2an.an2cn(n, "low")) == n


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
