"""No input makes the extractor fail or hang: property tests, and checks that the work done
per value does not grow with the text around it (`extractor bench` times hostile texts)."""
import json
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


def test_the_skip_check_looks_only_at_nearby_skips():
    """Each hit is checked against the skip spans just before it: a copy of all earlier
    spans per hit made one large document quadratic."""
    from extractor.core.matching import _overlaps

    class Counting(list):
        touched = 0

        def __getitem__(self, key):
            item = super().__getitem__(key)
            Counting.touched += len(item) if isinstance(key, slice) else 1
            return item

    spans = Counting((i * 10, i * 10 + 3, "skip.x") for i in range(20000))
    ends = [e for _, e, _ in spans]
    assert _overlaps(spans, ends, 100001, 100005) == "skip.x"
    assert _overlaps(spans, ends, 100004, 100006) == ""
    assert Counting.touched < 60  # two binary searches and a step or two back; a copy is 10,000


def test_a_long_skip_span_far_back_still_covers_a_value():
    """The walk back stops only where no earlier span reaches the value: a span opened 100
    characters before it and still open skips it, past shorter spans in between."""
    from extractor.core.matching import _overlaps

    spans = [(0, 200, "skip.long"), (50, 53, "skip.short"), (90, 93, "skip.short")]
    ends = [200, 200, 200]
    assert _overlaps(spans, ends, 150, 155) == "skip.long"
    assert _overlaps(spans, ends, 200, 205) == ""


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="增长达到新增亿元以上左右比上年末同期较去年甲乙", max_size=30), st.integers(0, 5))
def test_words_ending_a_text_are_searched_from_its_end(text, cut):
    """A word list or pattern anchored at the end of the text runs backwards from it (a
    forward search tries every start: 新增 x 400 before a value took 60 times ordinary text),
    and finds exactly what the forward search finds."""
    import regex

    from extractor.rulepack import _alternation

    for name in ("TRAIL_WORD", "LIST_TAIL", "CMP_NOT_PRE", "THRESHOLD"):
        backwards = RULES.words_re(name, "end")
        assert backwards.flags & regex.REVERSE
        forwards = regex.compile(_alternation(RULES.word_list(name)) + r"\Z")
        for args in ((text,), (text, cut, max(cut, len(text) - cut))):
            a, b = forwards.search(*args), backwards.search(*args)
            assert (a and a.span()) == (b and b.span())
    backwards = RULES.pattern("BASELINE_END", from_end=True)
    assert backwards.flags & regex.REVERSE
    a, b = RULES.pattern("BASELINE_END").search(text), backwards.search(text)
    assert (a and a.span()) == (b and b.span())


# The runs of ones it is tried on have 亿 after them: a record rule is scanned only over
# the stretches between marks that hold what its every match reads.
BACKTRACKING_RULE = """
[[rule]]
id = "mine.backtracking"
name = "A user rule that backtracks exponentially on a run of ones"
pattern = '(?P<value>(?P<num>(?:1|11|111)+)(?P<unit>亿))'
yields = ["value", "num", "unit"]

  [[rule.examples]]
  text = "力争今年新增111亿。"
  value_text = "111亿"
  value = 111
  unit = "亿"
"""


def test_a_rule_out_of_time_is_reported_and_the_other_records_kept(tmp_path, monkeypatch, capsys):
    """A time limit that fires loses records: it names the document and the rule, and the
    run exits 1, keeping every record found (it used to drop the rest silently with exit 0)."""
    from extractor import cli
    from extractor.core import matching

    rule = tmp_path / "slow.toml"
    rule.write_text(BACKTRACKING_RULE, encoding="utf-8")
    speech = DATA / "zhoukou-2025-cppcc-speech.txt"
    doc = tmp_path / "doc.txt"
    doc.write_text(speech.read_text(encoding="utf-8") + "\n" + "1" * 40 + "x亿\n", encoding="utf-8")
    monkeypatch.setattr(matching, "match_timeout", lambda length: 0.2)
    monkeypatch.setattr("sys.argv", ["extractor", "extract", str(doc), str(speech), "--rules", str(rule),
                                     "-o", str(tmp_path / "out.jsonl"), "-j", "1"])
    try:
        cli.main()
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and str(doc) in err and "mine.backtracking" in err and "time limit" in err
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    alone = extract_text(speech.read_text(encoding="utf-8"), "x", rules=RULES)
    assert len([r for r in records if r["doc"] == "doc"]) == len(alone) == \
        len([r for r in records if r["doc"] == speech.stem]) > 40


def test_extract_text_raises_when_a_rule_runs_out_of_time(tmp_path, monkeypatch):
    import pytest

    from extractor.core import matching
    from extractor.errors import ExtractorError

    rule = tmp_path / "slow.toml"
    rule.write_text(BACKTRACKING_RULE, encoding="utf-8")
    monkeypatch.setattr(matching, "match_timeout", lambda length: 0.2)
    with pytest.raises(ExtractorError, match="mine.backtracking"):
        extract_text("新增12万人。" + "1" * 40 + "x亿", rules=load_rules((rule,)))
