"""Split a normalised text into paragraphs and sentences, find headings, the
document's own year, and whether each paragraph sits in a review or a plan.

The words of headings, cues and datelines are the rule pack's patterns and
word lists; this module only knows lines, sentences and the order of sections.
"""
from collections import Counter
from dataclasses import dataclass

from ..rulepack import RuleSet
from .numerals import parse_number


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    heading: bool
    top: bool
    mode: str | None       # "review", "plan", "glossary" or None
    section: str           # the heading this paragraph sits under (or is)


def sentences(text: str, start: int, end: int, pack: RuleSet) -> list[tuple[int, int]]:
    """Sentence spans inside [start, end) of `text`, end punctuation included."""
    spans, pos = [], start
    for m in pack.pattern("SENTENCE_END").finditer(text, start, end):
        if m.end() > pos and text[pos:m.start()].strip():
            spans.append((pos, m.end() if m.group()[0] != "\n" else m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        spans.append((pos, end))
    return [piece for span in spans for piece in _cut(text, *span, pack)]


MAX_SENTENCE = 1000  # real sentences stay under 450 chars; a longer run (junk, a flattened table) is cut


def _cut(text: str, start: int, end: int, pack: RuleSet):
    """Pieces of at most MAX_SENTENCE, cut after a clause mark where there is one: the
    interpreter reads the whole sentence for each value, which would be quadratic."""
    mark = pack.pattern("CLAUSE_MARK")
    while end - start > MAX_SENTENCE:
        m = mark.search(text[start + MAX_SENTENCE // 2:start + MAX_SENTENCE][::-1])
        cut = start + MAX_SENTENCE - (m.start() if m else 0)
        yield start, cut
        start = cut
    yield start, end


def period_span(name: str) -> tuple[int, int] | None:
    """First and last year of a five-year plan named by its ordinal ('十四五' -> 2021, 2025).

    The first two plans ran 1953-1962; from the third (1966) on they follow each other."""
    try:
        n = int(parse_number(name[:-1]))
    except ValueError:
        return None
    first = 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)
    return first, first + 4


def period_end(name: str, pack: RuleSet | None = None) -> int | None:
    """The last year of a named five-year plan period ('十四五' -> 2025)."""
    span = period_span(name)
    return span[1] if span else None


def document_year(text: str, pack: RuleSet) -> tuple[int | None, str]:
    """The year a document speaks for, and the evidence it was read from."""
    m = pack.pattern("DOC_YEAR_PLAN").search(text)
    if m:
        return int(m.group(1)), m.group(0)
    m = pack.pattern("DOC_YEAR_REVIEW").search(text)
    if m:
        return int(m.group(1)) + 1, m.group(0)
    m = pack.pattern("DOC_YEAR_PERIOD").search(text)
    if m:
        span = period_span(m.group(1))
        if span:
            closing = pack.words_re("PERIOD_END_WORD").fullmatch(m.group(2))
            return (span[1] if closing else span[0]), m.group(0)
    m = pack.pattern("DOC_YEAR_DATED").search(text) or pack.pattern("DOC_YEAR_DATELINE").search(text[:600])
    if m:
        return int(m.group(1) or m.group(2)), m.group(0)
    m = pack.pattern("DOC_YEAR_BEING").search(text)
    if m and not pack.pattern("DOC_YEAR_BEING_PAST").search(text, max(0, m.start() - 6), m.start()):
        return int(m.group(1)), m.group(0)
    return None, ""


def fallback_year(text: str, name: str, pack: RuleSet) -> tuple[int | None, str]:
    """Weaker evidence: a year in the file name, else the latest frequently named year."""
    import re

    m = re.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", name)
    if m:
        return int(m.group(1)), f"file name {name}"
    years = Counter(int(y) for y in pack.pattern("YEAR").findall(text))
    common = [y for y, n in years.items() if n >= 2]
    if common:
        return max(common), "most recent year named in the text"
    return None, ""


def _mode_of(line: str, year: int | None, pack: RuleSet, heading: bool) -> str | None:
    """Whether a heading, or a paragraph's opening words, start a review or a plan."""
    head = line if heading else line[:16]
    m = pack.pattern("YEAR").search(head)
    if m and year and (heading or m.start() < 2):
        named = int(m.group(1))
        if named < year and (pack.words_re("REVIEW_WORD").search(head) or named == year - 1 and not heading):
            return "review"
        if named == year and not heading and pack.words_re("BEING_WORD").search(head[m.end():m.end() + 3]):
            return "plan"
    if pack.words_re("REVIEW_CUE").search(head):
        return "review"
    if heading:
        if pack.words_re("PLAN_CUE").search(head):
            return "plan"
        return "plan" if m and year and int(m.group(1)) >= year else None
    if pack.pattern("PLAN_OPENING_VERB").match(line) or pack.words_re("PLAN_OPENING").match(head):
        return "plan"
    return None


def paragraphs(text: str, year: int | None, pack: RuleSet) -> list[Paragraph]:
    """Paragraphs (lines) with heading flags, their section and review/plan mode."""
    out: list[Paragraph] = []
    mode, section, pos = None, "", 0
    glossary, appendix = pack.pattern("GLOSSARY"), pack.pattern("APPENDIX")
    heading_re, top_re = pack.pattern("HEADING"), pack.pattern("TOP_HEADING")
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        stripped = line.strip()
        if glossary.match(stripped):
            mode, section = "glossary", stripped[:60]
        elif appendix.match(stripped):
            mode, section = "plan", stripped[:60]
        if mode == "glossary" or appendix.match(stripped):
            out.append(Paragraph(start, end, True, True, mode, section))
            continue
        heading = bool(heading_re.match(stripped)) and (len(stripped) <= 40 or not pack.pattern("SENTENCE_STOP").search(stripped[-1]))
        top = heading and bool(top_re.match(stripped))
        if heading and len(stripped) > 40:
            first = pack.pattern("SENTENCE_STOP").split(stripped, maxsplit=1)[0]
            found = _mode_of(first, year, pack, True)
        else:
            found = _mode_of(stripped, year, pack, heading)
        if top or found:
            mode = found
        if heading:
            section = stripped[:60] if top or not section else section.split(" / ")[0] + " / " + stripped[:40]
        out.append(Paragraph(start, end, heading, top, mode, section))
    return _leading_review(out)


def _leading_review(paras: list[Paragraph]) -> list[Paragraph]:
    """Reports open with their review: text before the first plan marker, with no
    marker of its own, is read as review once a plan follows."""
    first = next((i for i, p in enumerate(paras) if p.mode), None)
    if first is None or paras[first].mode != "plan":
        return paras
    return [p if i >= first else Paragraph(p.start, p.end, p.heading, p.top, "review", p.section)
            for i, p in enumerate(paras)]
