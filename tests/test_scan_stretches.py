"""Rules run only over the stretches of text that can matter (between sentence marks; for a
skip rule, holding a record's value and one of the rule's words; for a record rule, holding
something of each of its needs): what they find there, and so the hits and the skipped
spans, must be exactly what a scan of the whole text gives."""
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.core import matching
from extractor.core.normalise import normalise
from extractor.core.reach import first_reads, needed_reads, needed_words, passable
from extractor.errors import ExtractorError
from extractor.reading import read_document
from extractor.rulepack import load_rules

RULES = load_rules()
ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt")) + sorted((ROOT / "data").glob("*.txt"))
MARKS = RULES.words["SKIP_SCAN_BREAK"]
SKIPS = [(r, not passable(r.regex, MARKS), needed_words(r.regex)) for r in RULES.rules if r.action == "skip"]
SKIP_NEEDS = {r.id: [n.pattern for n in needs] for r, _, _, needs, _ in matching._plan(RULES)[1]}  # what the scan asks of a region
RECORDS = [(r, [source for source, _ in needed_reads(r.regex, MARKS)] if not passable(r.regex, MARKS) else None)
           for r in RULES.rules if r.action == "record"]
SENTENCES = [t.text for r in RULES.rules for t in (*r.examples, *r.negatives)]
WORDS = sorted({w for _, _, words in SKIPS if words for w in words})
PUNCTUATION = [*MARKS, "\n", "！", "？", "，", "、", "“", "”", "（", "）"]


def _marked(sentence: str, marks: list[tuple[int, str]]) -> str:
    for at, mark in marks:
        sentence = sentence[:at] + mark + sentence[at:]
    return sentence


# the rules' own sentences (their matches), whole, cut anywhere or with punctuation put
# anywhere in them, run together; and jumbles of the skip rules' words, numerals and marks
texts = st.lists(st.one_of(st.sampled_from(SENTENCES),
                           st.builds(lambda s, i, head: s[:i] if head else s[i:],
                                     st.sampled_from(SENTENCES), st.integers(0, 40), st.booleans()),
                           st.builds(_marked, st.sampled_from(SENTENCES),
                                     st.lists(st.tuples(st.integers(0, 40), st.sampled_from(PUNCTUATION)), max_size=3)),
                           st.sampled_from(PUNCTUATION)), max_size=8).map("".join)
jumbles = st.lists(st.one_of(st.sampled_from(PUNCTUATION), st.sampled_from(WORDS),
                             st.sampled_from(list("0123456789.一二十百千万亿个项%"))), max_size=40).map("".join)
PROPERTY = settings(max_examples=500, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _normalised(path: Path) -> str:
    return normalise(read_document(path).text, RULES).text



@pytest.mark.parametrize("pattern, mark, passes", [
    (r"\d[^，]{0,5}x", "。", True),        # a negated class reads on past the mark
    (r"\d(?=[，。])", "。", False),          # the mark ends the lookahead: nothing after it is read
    (r"\d(?:个|。)", "。", False),           # ... or the match
    (r"\d[。]+", "。", True),                # a repeat reads on after it
    (r"\d(?:。|个)?元", "。", True),
    (r"\d(?=。年)", "。", True),
    (r"(?<=。)\d", "。", False),             # a lookbehind reads only before the position tried
    (r"(?<=\d(?=。x))y", "。", True),        # ... but a lookahead inside it reads forward
    (r"\d。(?<=1。)", "。", True),
    (r"(?P<u>个)\d(?P=u)", "。", False),     # a backreference reads what its group read
    (r"(?P<u>[^个])\d(?P=u)", "。", True),
    (r"(?P<u>个)\d(?P=u)(?=。)", "。", False),
    (r"(?P<u>。)\d(?P=u)", "。", True),
    (r"(?x)\d 。", "。", True),               # syntax not read here: every mark passes
    (r".年", "。", True),
    (r".年", "\n", False),
    (r"\d+万人\PN{1,3}万", "。", True),       # \PN is one class, not \P and N: it passes 。
    (r"\d\pP年", "。", True),                # \pP reads 。 and 年 is read after it
    (r"\d\m年", "。", True),                 # an escape letter not read here: every mark passes
    (r"(?<=(?P<value>\d+万人)。)下", "。", True),  # a value read in a lookbehind lies before the start
])
def test_the_marks_a_pattern_can_read_past(pattern, mark, passes):
    assert (mark in passable(regex.compile(pattern), [mark])) == passes


@pytest.mark.parametrize("pattern, words", [
    (r"(?P<value>\d+)(?=方面)|以下(?P<value>\d+)", {"方面", "以下"}),
    (r"第\d+(?:位|名)", {"第"}),                   # the fewest of the shortest
    (r"(?:ab)+c", {"ab"}),                         # the longest
    (r"\d+(?:个|项)?", None),                      # an optional part needs nothing
    (r"[^第]+", None),                             # nor a class of all but some
    (r"[个项]\d", {"个", "项"}),
    (r"(?<=第)\d+", None),                         # a lookbehind may see before the stretch
    (r"(?!第)\d+年|\d+元", {"年", "元"}),
    (r"(?!第)\d+年|\d+", None),                    # one alternative without a word: none
    (r"(?i)第\d+", None),
    (r"(?P<u>个)\d+(?P=u)", {"个"}),
    (r"\d+万人\PN{1,3}万", {"万人"}),          # not an N the class reads
])
def test_the_words_every_match_reads(pattern, words):
    assert needed_words(regex.compile(pattern)) == (words and frozenset(words))


@pytest.mark.parametrize("pattern, needs", [
    (r"\d+%", {"%", r"\d"}),
    (r"\d+(?:个|项)?", {r"\d"}),                     # an optional part needs nothing
    (r"[^第]+|第", set()),                          # nor a class of all but some
    (r"\d+元|[一二]+元", {"元", r"[一二]|\d"}),       # one of each alternative's
    (r"(?<=第)\d+", {"第", r"\d"}),                  # a lookbehind that reads no mark
    (r"(?<=[第。])\d+", {r"\d"}),                    # ... one that may see the stretch before
    (r"(?<=\d(?=x))y", {"y"}),                      # ... or read forward
    (r"(?!第)\d+(?<!x)", {r"\d"}),                  # what is not read need not be there
    (r"(?=\d+%)", {"%", r"\d"}),                     # a lookahead reads
    (r"\p{Han}\s\d", {r"\d"}),                      # a class of nearly all is no need
    (r"(?i)第\d+", set()),
    (r"(?x)第 \d+", set()),
])
def test_what_every_match_reads(pattern, needs):
    assert {source for source, _ in needed_reads(regex.compile(pattern), ["。"])} == needs


def test_the_stretches_holding_each_need():
    """Stretches end after each mark (and at the text's end); those holding a match of every
    need are given, those that meet made one."""
    text = "增长5%。一二。3个；4；x5%"
    need = (regex.compile(r"\d"), regex.compile("%|个"))  # a first need met twice in a stretch gives it once
    assert matching._Stretches(text, regex.compile("[。；]")).holding(need) == [(0, 5), (8, 11), (13, 16)]
    assert matching._Stretches(text, regex.compile("[。；]")).holding(need[::-1]) == [(0, 5), (8, 11), (13, 16)]
    assert matching._Stretches(text + "。", regex.compile("[。；]")).holding(need[:1]) == [(0, 5), (8, 17)]
    assert matching._Stretches("", regex.compile("[。；]")).holding(need[:1]) == []
    assert matching._Stretches(text, regex.compile("[。；]")).holding((("%", "个"), need[0])) == [(0, 5), (8, 11), (13, 16)]


def test_needs_come_rarest_first_with_their_words():
    """A need without a class is also given as its words, searched for with str.find."""
    assert needed_reads(regex.compile(r"\d+(?:%|个百分点)"), ["。"]) == (("%|个百分点", ("%", "个百分点")), (r"\d", None))
    assert needed_reads(regex.compile(r"[一二]\.5倍"), ["。"]) == ((r"\.5倍", (".5倍",)), ("[一二]", None))


def test_nearly_every_record_rule_is_scanned_over_stretches():
    assert sum(bool(needs) for _, needs in RECORDS) >= len(RECORDS) - 1


def _stretch_scans_agree(text: str) -> None:
    """Scanned stretch by stretch (each ending with a mark it cannot read past), each rule
    finds what it finds in the whole text, and each match's stretch holds a word of it (of
    each need, for a record rule)."""
    ends = [0, *(m.end() for m in regex.finditer("[" + regex.escape("".join(MARKS)) + "]", text)), len(text)]
    for rule, stretched, words in SKIPS:
        _stretch_scan_agrees(rule, ends if stretched else [0, len(text)], words, text, SKIP_NEEDS[rule.id])
    for rule, needs in RECORDS:
        _stretch_scan_agrees(rule, ends if needs is not None else [0, len(text)], None, text, needs)


def _stretch_scan_agrees(rule, ends: list[int], words, text: str, needs=()) -> None:
    stretched = []
    for a, b in zip(ends, ends[1:]):
        found = [m.regs for m in rule.regex.finditer(text, a, b) if m.start() < b]
        assert not found or words is None or any(w in text[a:b] for w in words), (rule.id, text[a:b])
        assert not found or all(regex.search(n, text[a:b]) for n in needs or ()), (rule.id, text[a:b])
        stretched += found
    assert stretched == [m.regs for m in rule.regex.finditer(text)], rule.id


def _hits(text: str) -> tuple:
    skipped = []
    hits = matching.find_hits(text, RULES, skipped)
    return [(h.rule.id, h.start, h.end, h.groups) for h in hits], [(h.start, h.end, why) for h, why in skipped]


def _whole_text_hits(text: str) -> tuple:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(matching, "_regions", lambda text, found, marks: [(0, len(text))])
        m.setattr(matching._Pieces, "holding", lambda self, words: self.regions)
        m.setattr(matching._Stretches, "holding", lambda self, needs: [(0, len(self.text))])
        return _hits(text)


def test_the_documents_are_there():
    assert len(DOCUMENTS) > 30, "needs ../shared/corpus beside the repo"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_stretches_of_a_document_give_what_the_whole_document_gives(path):
    text = _normalised(path)
    _stretch_scans_agree(text)
    assert _hits(text) == _whole_text_hits(text)


@PROPERTY
@given(st.one_of(texts, jumbles))
def test_stretches_of_any_text_give_what_the_whole_text_gives(text):
    text = normalise(text, RULES).text
    _stretch_scans_agree(text)
    assert _hits(text) == _whole_text_hits(text)


@pytest.mark.parametrize("rule, stretched, words", SKIPS, ids=[r.id for r, _, _ in SKIPS])
def test_a_mark_anywhere_in_a_skip_rules_own_sentences(rule, stretched, words):
    """Each sentence a skip rule exists for holds its match: a mark put at any place in it
    must not let the rule, scanned in stretches, find other than in the whole text."""
    for sentence in (n.text for n in rule.negatives):
        for at in range(len(sentence) + 1):
            for mark in MARKS:
                text = sentence[:at] + mark + sentence[at:]
                ends = [0, *(i + 1 for i, c in enumerate(text) if c in MARKS), len(text)]
                _stretch_scan_agrees(rule, ends if stretched else [0, len(text)], words, text, SKIP_NEEDS[rule.id])


@pytest.mark.parametrize("rule, needs", RECORDS, ids=[r.id for r, _ in RECORDS])
def test_a_mark_anywhere_in_a_record_rules_own_sentences(rule, needs):
    """The same for a record rule and the sentences of its examples."""
    for sentence in (t.text for t in (*rule.examples, *rule.negatives)):
        for at in range(len(sentence) + 1):
            for mark in MARKS:
                text = sentence[:at] + mark + sentence[at:]
                ends = [0, *(i + 1 for i, c in enumerate(text) if c in MARKS), len(text)]
                _stretch_scan_agrees(rule, ends if needs is not None else [0, len(text)], None, text, needs)


def test_nearly_every_skip_rule_is_scanned_over_stretches():
    assert sum(stretched and words is not None for _, stretched, words in SKIPS) >= len(SKIPS) - 3


def test_a_skip_rule_out_of_time_over_stretches_raises(tmp_path, monkeypatch):
    rule = tmp_path / "slow.toml"
    rule.write_text("""
[[rule]]
id = "mine.slow_skip"
name = "A skip rule that backtracks exponentially on a run of ones"
action = "skip"
pattern = '(?P<value>(?:1|11|111)+x)'
yields = ["value"]

  [[rule.negatives]]
  text = "111x"
""", encoding="utf-8")
    monkeypatch.setattr(matching, "match_timeout", lambda length: 0.2)
    with pytest.raises(ExtractorError, match="mine.slow_skip"):
        matching.find_hits("新增12万人，" + "1" * 40 + "y，x。", load_rules((rule,)))


def test_a_scan_mark_of_more_than_one_character_fails_at_load(tmp_path):
    from extractor.rulepack import RulePackError, load_rules

    bad = tmp_path / "marks.toml"
    bad.write_text('[words]\nSKIP_SCAN_BREAK = ["。", "；；"]\n', encoding="utf-8")
    with pytest.raises(RulePackError, match="SKIP_SCAN_BREAK"):
        load_rules((bad,))


@pytest.mark.parametrize("words, held", [
    ({"发展"}, [0, 2]), ({"高质量发展", "质量"}, [0, 3]), ({"无"}, []), ({"量", "展"}, [0, 2, 3]),
    ({"展\0高"}, []), ({"展。", "\0"}, [0, 2]),  # a word with the separator: looked for piece by piece
])
def test_the_regions_holding_a_rules_words(words, held):
    """Each region whose text holds one of the words, once, in order: what a search of the
    region alone says."""
    text = "高质量发展。其他。发展。质量。"
    regions = [(0, 6), (6, 9), (9, 12), (12, 15)]
    assert matching._Pieces(text, regions).holding(frozenset(words)) == [regions[k] for k in held]


@pytest.mark.parametrize("pattern, atoms", [
    (r"(?<=比)(?P<value>\d+|[一二])", (r"\d", "[一二]")),
    (r"(?<=由)(?=\d)x?(?:(?<!y)\d|两)个", ("x", r"\d", "两")),  # lookarounds consume nothing: an optional atom goes on
    (r"(?<=由)(?P<value>\d*)", None),          # it may match empty
    (r"(?<=由)\d|万", None),                   # an alternative opens with no lookbehind: the engine finds its start
    (r"(?<=由)(?P<n>\d)(?P=n)", (r"\d",)),
    (r"(?<=由)(?P<n>\d)?(?P=n)", None),        # a backreference may read first
])
def test_the_atoms_a_match_starts_with(pattern, atoms):
    assert first_reads(regex.compile(pattern)) == atoms


SCANNED = [(r, scanner) for r, _, scanner in matching._plan(RULES)[0]] + \
    [(r, scanner) for r, *_, scanner in matching._plan(RULES)[1]]


def test_a_few_rules_are_scanned_with_a_lookahead_for_their_start():
    assert 1 <= sum(scanner is not r.regex for r, scanner in SCANNED) < len(SCANNED) // 2


@pytest.mark.parametrize("path", DOCUMENTS[:8], ids=lambda p: p.stem)
def test_a_rules_scanner_finds_what_its_pattern_finds(path):
    text = _normalised(path)
    for rule, scanner in SCANNED:
        if scanner is not rule.regex:
            assert [m.regs for m in scanner.finditer(text)] == [m.regs for m in rule.regex.finditer(text)], rule.id
            assert scanner.groupindex == rule.regex.groupindex
