"""No input makes the extractor fail or hang: property tests and a linear-time check."""
import itertools
import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract_text
from extractor.rulepack import load_rules

RULES = load_rules()
DATA = Path(__file__).resolve().parents[1] / "data"
PIECES = ["1", "9", "0", "万", "亿", "万亿", "千", "百", "十", "两", "零", "一", "五", " ", "\u3000", "1 ", "、",
          "1、", "个、", "“", "”", '"', "《", "（", "）", "(", "增长", "达到", "突破", "力争", "%", "‰", "元", "亿元",
          "万人", "家", "个", "百分点", "\n", "\n\n", "。", "，", "；", "-", "~", "至", "以上", "左右", "约", ".",
          ",", "第", "年", "2025年", "十四五", "\t", "\r\n", "Ωж", "٣", "５", "😀", "ñ", "VR AR", "(上接第一版)"]
RANDOM_CHARS = "".join(PIECES) + "abcxyz我们的工作取得新进展达到地区生产总值城镇新增就业粮食产量"

adversarial = st.lists(st.builds(lambda piece, n: piece * n, st.sampled_from(PIECES), st.integers(1, 200)),
                       max_size=40).map("".join)
FAST = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    records = extract_text(text, "doc", rules=RULES)
    for r in records:
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == r.text
        json.dumps(r.model_dump(), allow_nan=False)  # strict JSON: no Infinity from a run of digits
    assert len({r.id for r in records}) == len(records)


@FAST
@given(st.text(alphabet=RANDOM_CHARS, max_size=400))
def test_random_text(text):
    _check(text)


@FAST
@given(st.text(max_size=300))
def test_any_unicode(text):
    _check(text)


@FAST
@given(adversarial)
def test_adversarial_runs(text):
    _check(text)


@FAST
@given(adversarial, st.sampled_from([p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]),
       st.integers(0, 20000))
def test_adversarial_text_inside_a_real_document(junk, document, at):
    _check(document[:at] + junk + document[at:])


def _fill(pieces: list[str], size: int) -> str:
    """Pieces repeated in turn up to `size` bytes of UTF-8."""
    out, n = [], 0
    for piece in itertools.cycle(pieces):
        out.append(piece)
        n += len(piece.encode())
        if n >= size:
            return "".join(out)


def _seconds(text: str) -> float:
    start = time.perf_counter()
    extract_text(text, "doc", rules=RULES)
    return time.perf_counter() - start


MB = 1_000_000


def test_adversarial_megabyte_within_a_small_multiple_of_an_ordinary_one():
    ordinary = _fill([p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))], MB)
    adversarial = _fill([
        "1" * 1000 + "。", "万" * 2000, "增长" + "1 " * 40 + " 亿 元，", "甲、" * 1000, "“十四五" * 500,
        "Ωж中ñ😀 ٣ab" * 300 + "1٣５万亿", "一二三四五六七八九十百千万亿" * 100, "1、" * 1000, "（" * 1000,
        "1.2.3.4." * 500 + "\n", "达到" * 1000, " \t" * 1000, "\n" * 1000,
        "，".join(["工作稳步推进新增就业12万人"] + ["各项工作稳步推进"] * 40) * 20 + "。", ordinary[:5000],
    ], MB)
    _seconds(ordinary[:50000])  # warm the caches both runs share
    t_ordinary = min(_seconds(ordinary) for _ in range(3))
    t_adversarial = min(_seconds(adversarial) for _ in range(3))
    assert t_adversarial < 5 * t_ordinary, (t_adversarial, t_ordinary)


def test_time_grows_linearly_on_record_dense_text():
    """One endless sentence full of values: each value's context must not be the whole text."""
    unit = "新增就业12万人，某某工作稳步推进，"
    small, large = unit * 800, unit * 3200
    t_small = min(_seconds(small) for _ in range(2))
    t_large = _seconds(large)
    assert t_large < 8 * t_small, (t_large, t_small)  # linear is 4x; quadratic would be 16x
