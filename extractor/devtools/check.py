"""`extractor check`: the CI gate over a rule pack and the output it gives on data/.

Four checks, every problem reported in one run, in words a reviewer reads in a CI log:
the rule pack loads; every rule example holds; the records of each document equal its
golden file byte for byte (else a diff: added, removed, changed field by field); and a
broad scan lists numbers with a unit that no rule turned into a record (coverage).
"""
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import regex

from ..batch import data_documents
from ..errors import ExtractorError
from ..devtools.examples import cases, failure
from ..outputs.export import atomic_output
from ..models import Record
from ..core.normalise import normalise
from ..pipeline import extract_document
from ..reading import read_document
from ..rulepack import MATCH_TIMEOUT, RulePackError, RuleSet, load_rules

# The coverage scan, deliberately broader than the rules: an Arabic number (or a run of two
# or more Chinese numerals, or one before 万/亿), then optionally 多/余 and 万/亿/万亿, then a
# unit: a % sign, a measure word or counter from UNITS, or, for an Arabic number, a bare
# magnitude. Dates (年/月/日), ordinals (第…位) and names (5G) have no unit here, so they
# are not listed.
UNITS = ("个百分点|百分点|平方公里|平方千米|平方米|立方米|千瓦时|千瓦|千米|千克|公里|公顷|公斤|"
         "个月|小时|分钟|工作日|人次|标箱|[%‰个家所条件项座处户人名次台套辆艘架张本部种批类只头"
         "株棵笔份间栋幢根组场篇门口眼块枚颗支元吨斤克米亩瓦度箱升天秒岁倍方]")
_CN = "零〇一二两三四五六七八九十百千"
SCAN = regex.compile(
    rf"(?<![\d.A-Za-z])(?:\d+(?:[.,]\d+)*(?:多|余)?(?:(?:万亿|亿|万)(?:多|余)?(?:{UNITS})?|{UNITS})"
    rf"|(?<![{_CN}])(?:[{_CN}]{{2,}}|[{_CN}](?=万|亿))(?:多|余)?(?:万亿|亿|万)?(?:多|余)?(?:{UNITS})"
    rf"|百分之[{_CN}点]+)")
GOLDEN_SUFFIX = ".jsonl"
SKIP_FIELDS = {"id"}  # ids renumber after any insertion: records are matched by span instead


def golden_text(records: list[Record]) -> str:
    """A golden file: one record a line, fields in Record's order, UTF-8 as is, '\\n' line ends."""
    return "".join(json.dumps(r.model_dump(), ensure_ascii=False) + "\n" for r in records)


def _context(rec: dict, width: int = 60) -> str:
    """The record's sentence, cut to a window around its value text."""
    sentence, text = " ".join(str(rec.get("sentence")).split()), str(rec.get("text"))
    at = max(sentence.find(" ".join(text.split())), 0)
    start, end = max(0, at - width), min(len(sentence), at + len(text) + width)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def _describe(rec: dict) -> str:
    return (f"{rec.get('text')!r} @{rec.get('start')}-{rec.get('end')} {rec.get('kind')} "
            f"{rec.get('indicator')!r} {rec.get('comparator')} {rec.get('value')} {rec.get('unit')} "
            f"year {rec.get('year')} ({rec.get('rule')})")


def read_golden(text: str, name: str) -> dict[tuple, dict]:
    """Golden records by (start, end); ExtractorError naming the line that is no record."""
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        try:
            rec = json.loads(line)
            out[(rec["start"], rec["end"])] = rec
        except (ValueError, KeyError, TypeError) as exc:
            raise ExtractorError(f"{name}:{n}: not a golden record line: {exc}") from None
    return out


def drift(old: dict[tuple, dict], records: list[Record]) -> list[str]:
    """Records added, removed and changed (field by field, golden -> now), in span order."""
    new = {(r.start, r.end): r.model_dump(mode="json") for r in records}
    lines = []
    for span in sorted(old.keys() | new.keys()):
        a, b = old.get(span), new.get(span)
        if a is None:
            lines += [f"+ added   {_describe(b)}", f"    sentence: {_context(b)}"]
        elif b is None:
            lines += [f"- removed {_describe(a)}", f"    sentence: {_context(a)}"]
        else:
            names = list(b) + sorted(a.keys() - b.keys())
            changed = [k for k in names if k not in SKIP_FIELDS and a.get(k) != b.get(k)]
            if changed:
                lines.append(f"~ changed {b['id']} {b['text']!r} @{span[0]}-{span[1]}")
                lines += [f"    {k}: golden {a.get(k)!r} -> now {b.get(k)!r}" for k in changed]
                lines.append(f"    sentence: {_context(b)}")
    return lines


def uncovered(text: str, records: list[Record], rules: RuleSet) -> list[tuple[int, int]]:
    """Spans (original offsets) of scanned numbers with a unit that nothing accounts for.

    Accounted for: overlapping a record, a skip rule's match, or a negative example's
    text found verbatim in the document.
    """
    view = normalise(text)
    known = [view.span(*m.span("value")) for rule in rules.rules if rule.action == "skip"
             for m in rule.regex.finditer(view.text, timeout=MATCH_TIMEOUT)]
    needles = {normalise(n.text).text.strip().rstrip("。；;！!？?") for r in rules.rules for n in r.negatives}
    for needle in sorted(needles - {""}):
        known += [view.span(m.start(), m.end()) for m in regex.finditer(regex.escape(needle), view.text)]
    known += [(r.start, r.end) for r in records]
    out = []
    for m in SCAN.finditer(view.text):
        s, e = view.span(m.start(), m.end())
        if not any(a < e and s < b for a, b in known):
            out.append((s, e))
    return out


@dataclass
class Tally:
    """What the summary line counts, and why the check failed."""

    rules: int = 0
    examples: int = 0
    documents: int = 0
    records: int = 0
    uncovered: int = 0
    failures: list[str] = field(default_factory=list)


def run(extra_rules: tuple[Path, ...], golden: Path, data: Path, out: TextIO,
        update: bool = False, coverage: bool = False) -> int:
    """Run the gate, write the report to `out`; 0 if everything holds, else 1."""
    def say(line: str) -> None:
        print(line, file=out)

    tally = Tally()
    try:
        rules = load_rules(tuple(extra_rules))
    except RulePackError as exc:
        say(f"rule pack: {len(exc.problems)} problem(s)")
        for p in exc.problems:
            say(f"  {p}")
        say("check FAILED: the rule pack does not load")
        return 1
    tally.rules = len(rules.rules)

    all_cases = cases(rules)
    tally.examples = len(all_cases)
    broken = [(c, msg) for c in all_cases if (msg := failure(c, rules))]
    if broken:
        say(f"examples: {len(broken)} of {len(all_cases)} failed")
        for case, msg in broken:
            say(f"  {case.rule.source}:{msg}")
        tally.failures.append(f"{len(broken)} example(s) failed")

    if not data.is_dir():
        raise ExtractorError(f"{data}: data directory not found")
    if update:
        golden.mkdir(parents=True, exist_ok=True)
    listed: list[str] = []
    seen: set[str] = set()
    for path in data_documents(data):
        try:
            doc = read_document(path)
        except ExtractorError as exc:
            say(f"document: {exc}")
            tally.failures.append(f"{path} unreadable")
            continue
        result = extract_document(doc, None, rules)
        tally.documents += 1
        tally.records += len(result.records)
        seen.add(doc.id)
        _compare(doc.id, result.records, golden / f"{doc.id}{GOLDEN_SUFFIX}", update, say, tally)
        for s, e in uncovered(doc.text, result.records, rules):
            tally.uncovered += 1
            line = doc.text.count("\n", 0, s) + 1
            around = " ".join(doc.text[max(0, s - 20):e + 20].split())
            listed.append(f"  {doc.id}:{line} @{s}-{e} {doc.text[s:e]!r}  …{around}…")
    for stale in sorted(golden.glob(f"*{GOLDEN_SUFFIX}")) if golden.is_dir() else []:
        if stale.stem not in seen:
            if update:
                stale.unlink()
                say(f"removed {stale} (no document {stale.stem} in {data})")
            else:
                say(f"golden {stale}: no document {stale.stem} in {data}")
                tally.failures.append(f"golden {stale.name} has no document")

    if coverage:
        say(f"uncovered numbers with a unit: {tally.uncovered}")
        for line in listed:
            say(line)
    say(f"rules: {tally.rules}, examples: {tally.examples}, documents: {tally.documents}, "
        f"records: {tally.records}, uncovered numbers: {tally.uncovered}"
        + ("" if coverage else " (list them with --coverage)"))
    if tally.failures:
        say("check FAILED: " + "; ".join(tally.failures))
        return 1
    say("check passed")
    return 0


def _compare(doc_id: str, records: list[Record], path: Path, update: bool, say, tally: Tally) -> None:
    """Compare one document's records with its golden file, or rewrite the file."""
    now = golden_text(records).encode("utf-8")
    before = path.read_bytes() if path.is_file() else None
    if update:
        if now != before:
            with atomic_output(path, "wb") as fh:
                fh.write(now)
            say(f"updated {path} ({len(records)} records)")
        return
    if now == before:
        return
    tally.failures.append(f"{doc_id} drifted")
    if before is None:
        say(f"golden drift in {doc_id}: no golden file {path} ({len(records)} records now); "
            "run `extractor check --update`")
        return
    try:
        lines = drift(read_golden(before.decode("utf-8", errors="replace"), str(path)), records)
    except ExtractorError as exc:
        say(f"golden drift in {doc_id}: {exc}")
        return
    if not lines:
        lines = ["the records are equal but the file's bytes differ (ids, formatting or line ends)"]
    say(f"golden drift in {doc_id} ({path}): "
        + ", ".join(f"{sum(x.startswith(c) for x in lines)} {w}" for c, w in
                    (("+", "added"), ("-", "removed"), ("~", "changed")))
        + " (golden -> now)")
    for line in lines:
        say(f"  {line}")
