"""One document in, validated records out: the library entry point.

The pipeline only orchestrates: read -> normalise -> segment -> match -> resolve
-> interpret -> validate. What a value means is decided by the interpretation
rules of the pack (extractor/rules/*.toml, run by interpret.engine).
"""
from dataclasses import dataclass, field

from .core.matching import Hit, find_hits, timeout_message
from .core.normalise import View, normalise
from .core.segment import document_year, fallback_year, paragraphs, sentences
from .interpret.context import Doc, Sentence, Value
from .models import INTERPRETED, UNKNOWN_INDICATOR, Record, Trace
from .reading import Document
from .rulepack import RuleSet, load_rules


@dataclass(frozen=True)
class Outcome:
    """What became of one number a span rule found: a record, or the rule that dropped it."""

    hit: Hit
    start: int                       # original offsets of the number
    end: int
    sentence: tuple[int, int]        # original offsets of its sentence
    record: Record | None
    dropped_by: str | None
    chains: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class DocResult:
    """One document's records, its text, and what the sources sheet says of it."""

    doc: str
    path: str
    chars: int
    year: int | None
    year_source: str
    encoding: str
    records: list[Record]
    text: str = ""
    problems: tuple[str, ...] = ()   # why records may be missing (a rule ran out of time)


def document_context(view: View, doc_id: str, year: int | None, pack: RuleSet) -> tuple[int | None, bool, str]:
    """The document's year (with where it came from) and whether it holds an annual plan."""
    if year:
        source = "--doc-year"
    else:
        year, source = document_year(view.text, pack)
        if not year:
            year, source = fallback_year(view.text, doc_id, pack)
    markers = [m.group() for m in pack.pattern("ANNUAL_PLAN").finditer(view.text)]
    # a party congress or five-year plan speaks of 今后五年; it is annual only with an annual plan heading
    annual = len(markers) >= 2 and (not pack.pattern("FIVE_YEAR_SPAN").search(view.text)
                                    or any(len(m) > 2 for m in markers))
    return year, annual, source


def extract_text(text: str, doc_id: str = "doc", year: int | None = None,
                 rules: RuleSet | None = None) -> list[Record]:
    """Every target and achievement in `text`, offsets into `text` exactly as given."""
    return interpret_text(text, doc_id, year, rules)[0]


def interpret_text(text: str, doc_id: str = "doc", year: int | None = None, rules: RuleSet | None = None,
                   outcomes: list[Outcome] | None = None,
                   timed_out: list[str] | None = None) -> tuple[list[Record], int | None, str]:
    """Records, the document's year and where that year was read from; with `outcomes`,
    also what became of every number found (records and drops, with the rules' chains).
    A rule that runs out of time raises ExtractorError, or with `timed_out` is listed there."""
    pack = rules or load_rules()
    view = normalise(text, pack)
    doc_year, annual, source = document_context(view, doc_id, year, pack)
    doc = Doc(view.text, pack, doc_year, annual)
    skipped: list[tuple[Hit, str]] | None = [] if outcomes is not None else None
    hits = find_hits(view.text, pack, skipped, timed_out)
    records: list[Record] = []
    h = 0
    for para in paragraphs(view.text, doc_year, pack):
        for s_start, s_end in sentences(view.text, para.start, para.end, pack):
            group = []
            while h < len(hits) and hits[h].start < s_end:
                if hits[h].start >= s_start:
                    group.append(hits[h])
                h += 1
            if group:
                sentence = Sentence(doc, s_start, s_end, para, group)
                _walk(sentence, view, text, doc_id, records, outcomes)
    if outcomes is not None:
        for hit, rule_id in skipped:
            a, b = view.span(hit.start, hit.end)
            outcomes.append(Outcome(hit, a, b, (a, b), None, rule_id))
        outcomes.sort(key=lambda o: o.start)
    return records, doc_year, source


def _walk(sentence: Sentence, view: View, original: str, doc_id: str, records: list[Record],
          outcomes: list[Outcome] | None) -> None:
    """Interpret the values of one sentence in order; each may lean on the one before."""
    o_start, o_end = view.span(sentence.start, sentence.end)
    text = original[o_start:o_end]
    for n, hit in enumerate(sentence.hits):
        v = Value(sentence, n)
        a, b = view.span(hit.start, hit.end)
        if v.field("drop"):
            if outcomes is not None:
                outcomes.append(Outcome(hit, a, b, (o_start, o_end), None, v.decided["drop"][1],
                                        {"drop": v.decided["drop"][2]}))
            continue
        indicator = v.field("indicator")
        _note_owned(v, indicator)
        if indicator != UNKNOWN_INDICATOR:
            sentence.last_indicator = indicator
        q = v.quantity
        record = Record(
            id=f"{doc_id}:{len(records) + 1}", doc=doc_id, kind=v.field("kind"),
            indicator=_as_written(indicator, view, original, sentence),
            value=q.value, value_max=q.value_max, unit=q.unit, magnitude=q.magnitude,
            comparator=v.field("comparator"), year=v.field("year"),
            start=a, end=b, text=original[a:b], sentence=text, section=sentence.paragraph.section,
            rule=hit.rule.id, trace=Trace(**{f: v.decided[f][1] for f in INTERPRETED}))
        records.append(record)
        if outcomes is not None:
            outcomes.append(Outcome(hit, a, b, (o_start, o_end), record, None,
                                    {f: v.decided[f][2] for f in INTERPRETED}))


def _note_owned(v: Value, indicator: str) -> None:
    """A noun after a count (3个营业收入超100亿元的企业) owns the values inside it: they are no records."""
    right = v.scope_right
    head = v.pack.words_re("THRESHOLD").split(indicator, maxsplit=1)[0][:2]
    if indicator and right.startswith(head) and indicator in right:
        v.sentence.owned_until = v.extent.end + right.index(indicator) + len(indicator)


def _as_written(name: str, view: View, original: str, sentence: Sentence) -> str:
    """The indicator in the document's own characters (（PM2.5） stays full-width) when it
    is a piece of the sentence; composed names stay as built."""
    i = view.text.find(name, sentence.start, sentence.end) if name else -1
    if i < 0:
        return name
    a, b = view.span(i, i + len(name))
    return "".join(original[a:b].split())


def extract_document(doc: Document, year: int | None = None, rules: RuleSet | None = None) -> DocResult:
    """Records of a read document, with its inferred year and where the year came from."""
    timed_out: list[str] = []
    records, doc_year, source = interpret_text(doc.text, doc.id, year, rules, timed_out=timed_out)
    problems = (timeout_message(doc.path, timed_out),) if timed_out else ()
    return DocResult(doc.id, doc.path, len(doc.text), doc_year, source, doc.encoding, records, doc.text, problems)
