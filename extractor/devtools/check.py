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

from ..errors import ExtractorError
from .examples import cases, failure, metric_failures
from ..outputs.export import atomic_output
from ..core.normalise import normalise
from ..models import INTERPRETED, Record
from ..pipeline import Outcome, interpret_text
from ..reading import expand_paths, read_document
from ..reading.manifest import entry_for, manifests
from ..rulepack import RulePackError, RuleSet, load_rules, match_timeout

GOLDEN_SUFFIX = ".jsonl"
SKIP_FIELDS = {"id"}  # ids renumber after any insertion: records are matched by span instead
NO_RULE = "no rule matched"
END_PUNCT = "\u3002\uff1b;\uff01!\uff1f?"  # a negative's closing punctuation is not part of its text


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


def coverage(text: str, outcomes: list[Outcome], rules: RuleSet) -> list[tuple[int, int, str]]:
    """Numbers with a unit (the pack's broad COVERAGE_SCAN, original offsets) that gave no
    record, each with why: 'dropped by <rule>' (a skip or drop rule), 'negative example of
    <rule>' (its text is one, verbatim), or 'no rule matched'."""
    view = normalise(text, rules)
    known = [(o.start, o.end, f"dropped by {o.dropped_by}" if o.record is None else "") for o in outcomes]
    known += [(*view.span(*m.span("value")), f"dropped by {rule.id}") for rule in rules.rules
              if rule.action == "skip" for m in rule.regex.finditer(view.text, timeout=match_timeout(len(view.text)))]
    for rule in rules.rules:
        for n in rule.negatives:
            needle = normalise(n.text, rules).text.strip().rstrip(END_PUNCT)
            known += [(*view.span(m.start(), m.end()), f"negative example of {rule.id}")
                      for m in regex.finditer(regex.escape(needle), view.text)] if needle else []
    out = []
    for m in rules.pattern("COVERAGE_SCAN").finditer(view.text):
        s, e = view.span(m.start(), m.end())
        reasons = [why for a, b, why in known if a < e and s < b]
        if "" not in reasons:
            out.append((s, e, reasons[0] if reasons else NO_RULE))
    return out


def untraced(records: list[Record], rules: RuleSet) -> list[str]:
    """Records whose trace lacks an interpreted field or names a rule the pack does not have."""
    ids = rules.interp_ids()
    out = []
    for r in records:
        trace = r.trace.model_dump()
        bad = [f"{f}: {trace.get(f)!r}" for f in INTERPRETED if trace.get(f) not in ids]
        if bad:
            out.append(f"{r.id} {r.text!r}: trace {', '.join(bad)}")
    return out


@dataclass
class Tally:
    """What the summary line counts, and why the check failed."""

    rules: int = 0
    interp: int = 0
    examples: int = 0
    documents: int = 0
    records: int = 0
    uncovered: int = 0
    failures: list[str] = field(default_factory=list)


def run(extra_rules: tuple[Path, ...], golden: Path, data: Path, out: TextIO,
        update: bool = False, show_coverage: bool = False) -> int:
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
    tally.interp = len(rules.interp_ids())

    all_cases = cases(rules)
    tally.examples = len(all_cases)
    broken = [(c, msg) for c in all_cases if (msg := failure(c, rules))]
    n_metric, metric_broken = metric_failures(rules)
    tally.examples += n_metric
    if broken or metric_broken:
        say(f"examples: {len(broken) + len(metric_broken)} of {tally.examples} failed")
        for case, msg in broken:
            say(f"  {case.rule.source}:{msg}")
        for msg in metric_broken:
            say(f"  {msg}")
        tally.failures.append(f"{len(broken) + len(metric_broken)} example(s) failed")

    if not data.is_dir():
        raise ExtractorError(f"{data}: data directory not found")
    if update:
        golden.mkdir(parents=True, exist_ok=True)
    listed: list[str] = []
    seen: set[str] = set()
    problems: list[str] = []
    files = expand_paths([str(data)], problems)
    manifest = manifests([str(data)])
    for problem in problems:
        say(f"document: {problem}")
        tally.failures.append(problem)
    for path in files:
        try:
            doc = read_document(path)
        except ExtractorError as exc:
            say(f"document: {exc}")
            tally.failures.append(f"{path} unreadable")
            continue
        outcomes: list[Outcome] = []
        said = entry_for(manifest, path)  # as the main job reads data/: its manifest.csv says who speaks
        records = interpret_text(doc.text, doc.id, said.year, rules, outcomes, path=doc.path,
                                 government=said.government).records
        tally.documents += 1
        tally.records += len(records)
        seen.add(doc.id)
        _compare(doc.id, records, golden / f"{doc.id}{GOLDEN_SUFFIX}", update, say, tally)
        for problem in untraced(records, rules):
            say(f"trace: {doc.id}: {problem}")
            tally.failures.append(f"{doc.id}: a record's trace names no rule of the pack")
        for s, e, why in coverage(doc.text, outcomes, rules):
            tally.uncovered += why == NO_RULE
            line = doc.text.count("\n", 0, s) + 1
            around = " ".join(doc.text[max(0, s - 20):e + 20].split())
            listed.append((why != NO_RULE, f"  {doc.id}:{line} @{s}-{e} {doc.text[s:e]!r} {why}  …{around}…"))
    for stale in sorted(golden.glob(f"*{GOLDEN_SUFFIX}")) if golden.is_dir() else []:
        if stale.stem not in seen:
            if update:
                stale.unlink()
                say(f"removed {stale} (no document {stale.stem} in {data})")
            else:
                say(f"golden {stale}: no document {stale.stem} in {data}")
                tally.failures.append(f"golden {stale.name} has no document")

    if show_coverage:
        say(f"uncovered numbers with a unit: {tally.uncovered}")
        say("\n".join(line for dropped, line in listed if not dropped) or "  (none)")
        say(f"numbers with a unit that a rule dropped: {sum(d for d, _ in listed)}")
        say("\n".join(line for dropped, line in listed if dropped) or "  (none)")
    say(f"rules: {tally.rules} span, {tally.interp} interpretation, examples: {tally.examples}, documents: {tally.documents}, "
        f"records: {tally.records}, uncovered numbers: {tally.uncovered}"
        + ("" if show_coverage else " (list them with --coverage)"))
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
