"""Any number, written in Chinese numerals or Arabic digits inside a sentence, gives exactly one
record with that value: one span for one number, never two records from one numeral."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract_text
from extractor.core.numerals import parse_number

DIGITS = "零一二三四五六七八九"


def to_chinese(n: int, two: bool = False) -> str:
    """An integer in Chinese numerals by cn2an, an independent converter (十三亿九千万, 二万零五),
    with 两 for a 2 before 千 or 百 when `two`."""
    import cn2an

    text = cn2an.an2cn(n, "low")
    return text.replace("二千", "两千").replace("二百", "两百") if two else text


@given(st.integers(min_value=2, max_value=10**13), st.booleans())
@settings(max_examples=400, deadline=None)
def test_a_chinese_numeral_is_one_record_with_its_value(n, two):
    cn = to_chinese(n, two)
    assert parse_number(cn) == n, cn
    records = extract_text(f"全年完成投资{cn}元，比上年增长。", "t")
    assert len(records) == 1, (cn, [r.text for r in records])
    assert records[0].text == cn + "元" and records[0].magnitude == pytest.approx(n), (cn, records[0])


@given(st.integers(min_value=2, max_value=10**6), st.integers(min_value=1, max_value=99))
@settings(max_examples=200, deadline=None)
def test_a_chinese_decimal_is_one_record_with_its_value(whole, cents):
    cn = f"{to_chinese(whole)}点{''.join(DIGITS[int(d)] for d in str(cents).rstrip('0') or '0')}"
    value = float(f"{whole}.{str(cents).rstrip('0') or '0'}")
    records = extract_text(f"人均预期寿命达到{cn}岁。城镇化率提高{cn}个百分点。", "t")
    assert [r.text for r in records] == [cn + "岁", cn + "个百分点"]
    assert all(r.magnitude == pytest.approx(value) for r in records)


@given(st.integers(min_value=2, max_value=10**12), st.booleans())
@settings(max_examples=300, deadline=None)
def test_an_arabic_number_with_or_without_separators_is_one_record(n, separated):
    written = f"{n:,}" if separated else str(n)
    records = extract_text(f"全年完成投资{written}元。", "t")
    assert len(records) == 1 and records[0].text == written + "元" and records[0].value == n


@pytest.mark.parametrize("text,value,unit", [
    ("二万六千七百元", 2.67, "万元"), ("十三亿九千万人", 13.9, "亿人"), ("八十二万七千亿元", 82.7, "万亿元"),
    ("一万七千亿元", 1.7, "万亿元"), ("两千公里", 2000, "公里"), ("三千二百四十五个", 3245, "个"),
    ("一点三万亿元", 1.3, "万亿元"), ("七十六点五岁", 76.5, "岁"),
])
def test_the_numerals_of_the_issue(text, value, unit):
    (r,) = extract_text(f"全年达到{text}。", "t")
    assert (r.text, r.value, r.unit) == (text, pytest.approx(value), unit)


def test_a_date_written_digit_by_digit_fills_the_year_and_is_no_record():
    (r,) = extract_text("到二〇三五年，人均国内生产总值达到中等发达国家水平，城镇化率达到百分之七十五。", "t", 2022)
    assert (r.text, r.year, r.kind) == ("百分之七十五", 2035, "target")
