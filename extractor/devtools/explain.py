"""`extractor explain`: why each number of a sentence became the record it is, or none.

For every number in the sentence: the span rule that found it, then for a record
each field with its value and the interpretation rule that decided it (the chain
when rules rewrote it), for a dropped number the rule that dropped it, and for a
number with a unit that no span rule found, that no rule matched.
"""
from ..models import INTERPRETED
from ..pipeline import Outcome, interpret_text
from ..rulepack import RuleSet
from .check import coverage


def explain(text: str, rules: RuleSet, doc_id: str = "text", year: int | None = None,
            at: int | None = None) -> list[str]:
    """Lines explaining the sentence of `text` holding offset `at` (every number when `at` is None)."""
    outcomes: list[Outcome] = []
    got = interpret_text(text, doc_id, year, rules, outcomes)
    doc_year, source = got.year, got.year_source
    span = (0, len(text)) if at is None else _sentence_at(text, outcomes, at)
    docs = {o.dropped_by: _doc(rules, o.dropped_by) for o in outcomes if o.dropped_by}
    lines = [f"document year: {doc_year if doc_year else 'unknown'}" + (f" (from {source!r})" if source else "")]
    if at is not None:
        lines.append(f"sentence @{span[0]}-{span[1]}: {' '.join(text[span[0]:span[1]].split())}")
    found = [o for o in outcomes if span[0] <= o.start < span[1]]
    missed = [(s, e, why) for s, e, why in coverage(text, outcomes, rules)
              if span[0] <= s < span[1] and why.startswith("no rule")
              and not any(o.start < e and s < o.end for o in outcomes)]
    items = sorted([(o.start, o) for o in found] + [(s, (s, e)) for s, e, _ in missed], key=lambda x: x[0])
    for _, item in items:
        if isinstance(item, tuple):
            s, e = item
            lines.append(f"\n{text[s:e]!r} @{s}-{e}: no span rule matched it")
            continue
        o = item
        mark = " <- the offset asked about" if at is not None and o.start <= at < o.end else ""
        lines.append(f"\n{text[o.start:o.end]!r} @{o.start}-{o.end}: found by {o.hit.rule.id if o.hit else o.record.rule}{mark}")
        if o.record is None:
            lines.append(f"  no record: dropped by {o.dropped_by} ({docs[o.dropped_by]})")
            continue
        r = o.record
        value = f"{r.value:g}" + (f"-{r.value_max:g}" if r.value_max is not None else "")
        lines.append(f"  record: {r.kind} {r.indicator} {r.comparator} {value} {r.unit}, year {r.year}"
                     + (f", section {r.section!r}" if r.section else "") + (" (a table cell)" if r.source == "table" else ""))
        for f in INTERPRETED:
            chain = o.chains.get(f, ())
            rule = getattr(r.trace, f)
            lines.append(f"  {f:<11} {str(getattr(r, f)):<14} <- {' > '.join(chain) or rule}  ({_doc(rules, rule)})")
        lines.append(f"  {'metric':<11} {str(r.metric):<14} <- " + (f"metrics.toml: {r.metric} ({rules.metrics[r.metric].label})"
                                                                  if r.metric else "no metric names this indicator"))
    if not items:
        lines.append("no number with a unit here")
    return lines


def _doc(rules: RuleSet, rule_id: str | None) -> str:
    """A rule's one-line description, whatever kind of rule it is."""
    for r in rules.rules:
        if r.id == rule_id:
            return r.name
    for field_rules in rules.interp.values():
        for r in field_rules:
            if r.id == rule_id:
                return r.doc
    return "-"


def _sentence_at(text: str, outcomes: list[Outcome], at: int) -> tuple[int, int]:
    """The sentence holding `at`: one the pipeline cut, else the line around it."""
    for o in outcomes:
        if o.sentence[0] <= at < o.sentence[1] and o.sentence[1] - o.sentence[0] > o.end - o.start:
            return o.sentence
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end
