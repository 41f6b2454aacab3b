"""Where sentences end: a typed ASCII full stop between words ends one, a decimal point never."""
from extractor.core.segment import sentences
from extractor.rulepack import load_rules

PACK = load_rules()


def _cut(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text), PACK)]


def test_ascii_full_stop_between_words_ends_a_sentence():
    parts = _cut("人均生产总值增长8%.来源于本地的财政总收入达1366亿元。")
    assert len(parts) == 2
    assert parts[1].startswith("来源于")


def test_decimal_point_and_latin_stop_end_nothing():
    assert len(_cut("增长8.5%，达到3.2万亿元。")) == 1
    assert len(_cut("建成No.1工程和5G.A网络。")) == 1
