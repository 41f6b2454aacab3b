"""The normalised view maps every index back to the original text."""
from extractor import extract_text
from extractor.core.normalise import normalise
from extractor.rulepack import load_rules

PACK = load_rules()


def _check_map(text):
    view = normalise(text, PACK)
    for i, ch in enumerate(view.text):
        orig = text[view.origin[i]]
        assert orig == ch or ord(orig) - 0xFEE0 == ord(ch) or (orig == "\u3000" and ch == " ")
    return view


def test_fullwidth_digits_and_spaces():
    text = "力争２０２５年工业增加值达到 １８００ 亿元。"
    view = _check_map(text)
    assert "2025年工业增加值达到1800亿元" in view.text
    (r,) = extract_text(text, "t")
    assert text[r.start:r.end] == r.text == "１８００ 亿元" and r.value == 1800


def test_line_break_inside_sentence_is_joined():
    text = "今年全市规模以上工业企业数量达\n到 2000 家，其中高新技术企业达到3\n00家。\n"
    view = _check_map(text)
    assert "达到2000家" in view.text and "300家" in view.text
    recs = extract_text(text, "t")
    assert [r.value for r in recs] == [2000, 300]
    assert all(text[r.start:r.end] == r.text for r in recs)
    assert recs[1].text == "3\n00家"


def test_heading_line_break_is_kept():
    view = _check_map("二、2025年工作安排\n今年要新建学校10所。")
    assert "工作安排\n今年" in view.text


def test_continuation_marker_removed():
    text = "(上接第一版)354个乡村幸福家园综合体建成投用。"
    view = _check_map(text)
    assert view.text.startswith("354个")
    (r,) = extract_text(text, "t")
    assert (r.start, r.end) == (7, 11) and text[7:11] == "354个"


def test_document_year_from_headings_and_datelines():
    from extractor.core.segment import document_year

    assert document_year("一、2024年工作回顾\n过去一年", PACK)[0] == 2025
    assert document_year("二、2025年工作安排\n", PACK)[0] == 2025
    assert document_year("今年是“十四五”规划收官之年。", PACK)[0] == 2025
    assert document_year("报告\n——在第七次代表大会上的报告（2021年9月28日）\n", PACK)[0] == 2021
    assert document_year("报告\n2021年9月28日\n过去五年", PACK)[0] == 2021
    assert document_year("没有年份的文字。", PACK)[0] is None
