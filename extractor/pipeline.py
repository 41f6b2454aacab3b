"""One document in, validated records out: the library entry point.

The pipeline only orchestrates: read -> normalise -> segment -> match -> resolve
-> interpret -> validate. What a value means is decided by the interpretation
rules of the pack (extractor/rules/*.toml, run by interpret.engine).
"""
import bisect
from typing import NamedTuple

from .core.identity import document_government, document_kind
from .core.matching import Hit, find_hits, timeout_message
from .core.normalise import View, as_ideographs, in_its_width, kept_as_written, normalise
from .core.segment import document_year, paragraphs, sentences, title_lines, title_period
from .core.tables import find_tables
from .interpret.context import Doc, Sentence, Value
from .interpret.metrics import metric_of
from .interpret.phrases import BRACKETS
from .interpret.tables import table_values
from .models import INTERPRETED, UNKNOWN_INDICATOR, Record
from .plain import Frozen
from .reading import Document
from .rulepack import ONE_THREAD, RuleSet, load_rules


class Outcome(Frozen):
    """What became of one number a span rule found: a record, or the rule that dropped it.
    (A plain class, see plain.py; not a named tuple: the tools tell an outcome from a (start,
    end) pair by isinstance.)"""

    __slots__ = ("hit", "start", "end", "sentence", "record", "dropped_by", "chains")

    def __init__(self, hit: Hit, start: int, end: int, sentence: tuple[int, int], record: Record | None,
                 dropped_by: str | None, chains: dict[str, tuple[str, ...]] | None = None):
        set_ = object.__setattr__
        set_(self, "hit", hit)
        set_(self, "start", start)            # original offsets of the number
        set_(self, "end", end)
        set_(self, "sentence", sentence)      # original offsets of its sentence
        set_(self, "record", record)
        set_(self, "dropped_by", dropped_by)
        set_(self, "chains", {} if chains is None else chains)


class DocResult(NamedTuple):
    """One document's records, its text, and what the sources sheet says of it."""

    doc: str
    path: str
    chars: int
    year: int | None
    year_source: str
    encoding: str
    records: list[Record]
    text: str = ""
    government: str | None = None
    government_source: str = ""
    problems: tuple[str, ...] = ()   # why records may be missing (a rule ran out of time)
    kind: str | None = None          # of document: work_report, party_congress, plan, communique, speech


def document_context(view: View, doc_id: str, year: int | None, pack: RuleSet) -> tuple[int | None, bool, str, bool, bool]:
    """The document's year (with where it came from), whether it holds an annual plan, whether it
    reviews its own year up to its end (a party congress report, a plan proposal: its coming years
    start after it), and whether it is dated late in its year (a speech, a report on the year's
    plan carried out: what it reports done is of its own year too)."""
    if year:
        source = "--doc-year"
    else:
        year, source = document_year(view.text, doc_id, pack)
    titles = title_lines(view.text, pack)
    work_report = any(pack.pattern("ANNUAL_DOCUMENT").search(t) for t in titles)
    markers = [m.group() for m in pack.pattern("ANNUAL_PLAN").finditer(view.text)]
    # a party congress or five-year plan speaks of 今后五年; it is annual only with an annual plan heading,
    # but a government's work report sets its year's targets even when it opens a new term
    annual = len(markers) >= 2 and (not pack.pattern("FIVE_YEAR_SPAN").search(view.text)
                                    or any(len(m) > 2 for m in markers) or work_report)
    # a work report reviews the year before, whatever plan proposal its opening cites or whenever it is given
    own = not work_report and any(pack.pattern("DOC_REVIEWS_OWN_YEAR").search(t) for t in titles)
    plan = any(pack.pattern("TITLE_PERIOD").search(t) for t in titles)  # a plan's date is when it was adopted
    late = not work_report and not plan and any(pack.pattern("TITLE_LATE_DATE").search(t) for t in titles)
    return year, annual, source, own, late


class Interpreted(NamedTuple):
    """A text's records and what was read of the document as a whole, with the evidence."""

    records: list[Record]
    year: int | None
    year_source: str
    government: str | None
    government_source: str


def extract_text(text: str, doc_id: str = "doc", year: int | None = None,
                 rules: RuleSet | None = None) -> list[Record]:
    """Every target and achievement in `text`, offsets into `text` exactly as given."""
    return interpret_text(text, doc_id, year, rules).records


def interpret_text(text: str, doc_id: str = "doc", year: int | None = None, rules: RuleSet | None = None,
                   outcomes: list[Outcome] | None = None, path: str = "",
                   government: str | None = None, timed_out: list[str] | None = None) -> Interpreted:
    """Records, the document's year and government and where they were read from; with
    `outcomes`, also what became of every number found (records and drops, with the rules'
    chains). `path` (its folders may name the government) and `government` (given, e.g. by a
    manifest) help say who speaks. A rule that runs out of time raises ExtractorError, or
    with `timed_out` is listed there."""
    pack = rules or load_rules()
    view = normalise(text, pack)
    doc_year, annual, source, own, late = document_context(view, doc_id, year, pack)
    gov, gov_source = (government, "given") if government else document_government(view.text, path, pack)
    common = {"doc": doc_id, "doc_year": doc_year, "government": gov}
    skipped: list[tuple[Hit, str]] | None = [] if outcomes is not None else None
    found = find_hits(view.text, pack, skipped, timed_out)
    arabic = _writes_arabic(found, pack)
    found = _figures_of_its_numerals(found, arabic, pack, skipped)
    doc = Doc(view.text, pack, doc_year, annual, own, title_period(view.text, pack), arabic, text, view.origin, {}, late)
    paras = paragraphs(view.text, doc_year, pack, late)
    cells = [v for t in find_tables(as_ideographs(text, pack), pack) for v in table_values(doc, t, _paragraph_at(paras, view, t.start))]
    starts = [c.start for c in cells]  # in document order: tables in turn, their cells row by row
    labels = _label_cells(cells)
    hits = [h for h in found if not _in_table(view.span(h.start, h.end), cells, starts, labels)]
    records: list[Record] = []
    h = 0
    for para in paras:
        if h == len(hits):
            break
        if hits[h].start >= para.end:  # no value in it: its sentences are not cut
            continue
        in_paragraph: dict = {}
        for s_start, s_end in sentences(view.text, para.start, para.end, pack):
            group = []
            while h < len(hits) and hits[h].start < s_end:
                if hits[h].start >= s_start:
                    group.append(hits[h])
                h += 1
            if group:
                sentence = Sentence(doc, s_start, s_end, para, group, in_paragraph)
                _walk(sentence, view, text, common, records, outcomes)
    if cells:
        records = _merged(records, [_cell_record(v, text, common) for v in cells], doc_id)
    if outcomes is not None:
        for hit, rule_id in skipped:
            a, b = view.span(hit.start, hit.end)
            outcomes.append(Outcome(hit, a, b, (a, b), None, rule_id))
        outcomes += [Outcome(None, r.start, r.end, (r.start, r.end), r, None) for r in records if r.source == "table"]
        outcomes.sort(key=lambda o: o.start)
    return Interpreted(records, doc_year, source, gov, gov_source)


def _paragraph_at(paras, view: View, start: int):
    """The paragraph holding an original offset (the section a table sits in)."""
    last = paras[0] if paras else None
    for p in paras:
        if view.span(p.start, p.end)[0] > start:
            break
        last = p
    return last


def _in_table(span: tuple[int, int], cells, starts: list[int], labels: list[tuple[int, int]]) -> bool:
    """Whether a prose hit overlaps a numeric cell (the cell is its record, not the prose's) or lies
    inside the cell a row of values is named by (其中：90平方米及以下: its number qualifies the name)."""
    i = bisect.bisect_left(starts, span[1])  # the last cell starting before the hit ends: cells do
    if i > 0 and span[0] < cells[i - 1].end:  # not overlap, so an earlier one ends before it
        return True
    i = bisect.bisect_right(labels, (span[0], float("inf")))
    return i > 0 and span[1] <= labels[i - 1][1]


def _label_cells(cells) -> list[tuple[int, int]]:
    """The spans of the cells the rows of a table's values are named by."""
    return sorted({(c.start, c.end) for v in cells if (c := v.table.label_cell) is not None and c.end > c.start})


def _cell_record(v, text: str, common: dict) -> Record:
    """A table value's record: the row is its sentence."""
    q = v.quantity
    row_start = text.rfind("\n", 0, v.start) + 1
    row_end = text.find("\n", v.end)
    indicator = v.field("indicator")
    return Record(
        id="", **common, kind=v.field("kind"), indicator=indicator, metric=metric_of(indicator, v.pack, common["government"]), value=q.value,
        value_max=q.value_max, unit=q.unit, magnitude=q.magnitude, comparator=v.field("comparator"),
        change=v.field("change"), basis=v.field("basis"), year=v.field("year"), binding=v.field("binding"),
        start=v.start, end=v.end, text=text[v.start:v.end], sentence=text[row_start:row_end if row_end >= 0 else len(text)],
        section=v.table.paragraph.section if v.table.paragraph else "", rule=v.rule.id, source="table",
        trace={f: v.decided[f][1] for f in INTERPRETED})


def _merged(prose: list[Record], table: list[Record], doc_id: str) -> list[Record]:
    """Prose and table records in document order, numbered anew."""
    both = sorted(prose + table, key=lambda r: r.start)
    return [r.model_copy(update={"id": f"{doc_id}:{n}"}) for n, r in enumerate(both, 1)]


def _walk(sentence: Sentence, view: View, original: str, common: dict, records: list[Record],
          outcomes: list[Outcome] | None) -> None:
    """Interpret the values of one sentence in order; each may lean on the one before."""
    o_start, o_end = view.span(sentence.start, sentence.end)
    text = original[o_start:o_end]
    outer = ""  # the last name given outside brackets: an aside's (（包括…1492万辆）) ends with it
    depth, at = 0, sentence.start  # brackets open at `at`: hits run left to right, each scan goes on from the last
    for n, hit in enumerate(sentence.hits):
        depth, at = _bracket_depth(view.text, at, hit.start, depth), hit.start
        aside = depth > 0
        if not aside:
            sentence.last_indicator = outer
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
            outer = outer if aside else indicator
        q = v.quantity
        written = _as_written(indicator, view, original, sentence, text)
        record = Record(
            id=f"{common['doc']}:{len(records) + 1}", **common, kind=v.field("kind"),
            indicator=written, metric=metric_of(written, v.pack, common["government"]),
            value=q.value, value_max=q.value_max, unit=q.unit, magnitude=q.magnitude,
            comparator=v.field("comparator"), change=v.field("change"), basis=v.field("basis"), year=v.field("year"),
            binding=v.field("binding"),
            start=a, end=b, text=original[a:b], sentence=text, section=sentence.paragraph.section,
            rule=hit.rule.id, trace={f: v.decided[f][1] for f in INTERPRETED})
        records.append(record)
        # the names later values of the sentence read, as the view reads them (（按可比口径计算）: (…))
        sentence.fields[n] = record if written == indicator else record.model_copy(update={"indicator": indicator})
        if outcomes is not None:
            outcomes.append(Outcome(hit, a, b, (o_start, o_end), record, None,
                                    {f: v.decided[f][2] for f in INTERPRETED}))


def _bracket_depth(text: str, start: int, at: int, depth: int) -> int:
    """How many brackets are open at `at`, `depth` of them at `start`: a value inside one is in an aside."""
    for c in text[start:at]:
        if c in BRACKETS:
            depth += 1
        elif depth and c in BRACKETS.values():
            depth -= 1
    return depth


def _writes_arabic(hits: list[Hit], pack: RuleSet) -> bool:
    """Whether a document writes its numbers in Arabic digits: fewer than half of its values are
    in Chinese numerals (a work report of today, not a party congress report of 2007)."""
    chinese = sum(1 for h in hits if _in_chinese_numerals(h, pack))
    return chinese * 2 < len(hits)


def _in_chinese_numerals(hit: Hit, pack: RuleSet) -> bool:
    """Whether a value is written in Chinese numerals (两亿五千多万, 一番): what a document's style is counted by."""
    said = hit.group("num") or hit.group("value")
    return pack.pattern("CHINESE_NUMERAL_START").match(said, None, None, ONE_THREAD) is not None


def _figures_of_its_numerals(hits: list[Hit], arabic: bool, pack: RuleSet, skipped: list | None) -> list[Hit]:
    """The hits that are values in a document of this numeral style: in one of Arabic digits, a Chinese
    numeral with a unit only a figure in digits takes (翻两番: ARABIC_ONLY_UNIT) is a slogan of a goal,
    no value, and cuts no sentence's scopes as one would; in one of Chinese numerals it is the figure."""
    if not arabic:
        return hits
    units, kept = pack.word_list("ARABIC_ONLY_UNIT"), []
    for h in hits:
        if h.group("unit") in units and _in_chinese_numerals(h, pack):
            if skipped is not None:
                skipped.append((h, "ARABIC_ONLY_UNIT"))
            continue
        kept.append(h)
    return kept


def _note_owned(v: Value, indicator: str) -> None:
    """A noun after a count (3个营业收入超100亿元的企业) owns the values inside it: they are no records."""
    right = v.scope_right
    before_bound = v.pack.words_re("THRESHOLD").split(indicator, 1, ONE_THREAD)[0]  # maxsplit 1
    tail = indicator[-3:]
    # 97%的村年收入超过10万元: a share of things owns its threshold
    owner = v.pack.words_re("OWNER_MARK").match(right, None, None, ONE_THREAD)
    if owner and not v.pack.words_re("THRESHOLD").search(right):
        return
    start = owner.end() if owner else 0
    head = right[start:start + 2]  # the name may start with a verb said before the count (扶持2个总投资超…的项目)
    if indicator and len(head) == 2 and (head in before_bound or indicator.startswith(head)) and tail in right:  # the noun may have lost a 的 on the way
        v.sentence.owned_until = v.extent.end + right.index(tail) + len(tail)


def _as_written(name: str, view: View, original: str, sentence: Sentence, said: str) -> str:
    """The indicator in the document's own characters (（PM2.5） stays full-width): as the
    sentence (`said`, as written) writes it when it is a piece of it, else in its widths; what
    the view leaves out (a footnote mark: 农民工[3]总量) stays out."""
    i = view.text.find(name, sentence.start, sentence.end) if name else -1
    if i < 0:
        return in_its_width(name, said)
    written = kept_as_written(view, original, i, i + len(name))
    return "".join(written.split())  # 农民工[3]总量, a page's number (- 3 -) between its lines


def extract_document(doc: Document, year: int | None = None, rules: RuleSet | None = None,
                     government: str | None = None, kind: str | None = None) -> DocResult:
    """Records of a read document, with its year, government and kind (given, else inferred)
    and where each came from."""
    pack = rules or load_rules()
    timed_out: list[str] = []
    got = interpret_text(doc.text, doc.id, year, pack, path=doc.path, government=government, timed_out=timed_out)
    problems = (timeout_message(doc.path, timed_out),) if timed_out else ()
    return DocResult(doc.id, doc.path, len(doc.text), got.year, got.year_source, doc.encoding, got.records, doc.text,
                     got.government, got.government_source, problems, kind or document_kind(doc.text, pack))
