"""Run every rule's examples: the rule pack's own spec.

Span rules: a positive example must give its record, and its sentence no record
the examples of that sentence do not name; a negative must give nothing.
Interpretation rules: an example's value must come out with the fields it
states, decided by the rule the example sits under, or by it and then rewritten
by a `replace` rule after it (for a drop rule: dropped by it). Metrics: an
example indicator must mean its metric, a negative must not.
"""
from collections import defaultdict
from dataclasses import dataclass

from ..interpret.metrics import metric_of
from ..pipeline import Outcome, interpret_text
from ..rulepack import CompiledInterp, CompiledRule, Example, InterpExample, RuleSet

CHECKED = ("value", "value_max", "unit", "comparator", "kind", "indicator", "year", "change", "basis")


@dataclass(frozen=True)
class Case:
    """One example of one rule, named `rule-id::n` (positives) or `rule-id::neg-n`."""

    rule: CompiledRule | CompiledInterp
    name: str
    example: Example | InterpExample | None
    text: str

    @property
    def source(self) -> str:
        return self.rule.source


def cases(rules: RuleSet) -> list[Case]:
    out = []
    for rule in rules.rules:
        out += [Case(rule, f"{rule.id}::{i}", ex, ex.text) for i, ex in enumerate(rule.examples, 1)]
        out += [Case(rule, f"{rule.id}::neg-{i}", None, ng.text) for i, ng in enumerate(rule.negatives, 1)]
    for field_rules in rules.interp.values():
        for rule in field_rules:
            out += [Case(rule, f"{rule.id}::{i}", ex, ex.text) for i, ex in enumerate(rule.examples, 1)]
    return out


def _named_spans(rules: RuleSet) -> dict[str, set[str]]:
    """For each span-example sentence, every value text its examples name."""
    named: dict[str, set[str]] = defaultdict(set)
    for rule in rules.rules:
        for ex in rule.examples:
            named[ex.text] |= {ex.value_text, *ex.also}
    return named


def failure(case: Case, rules: RuleSet) -> str | None:
    """None if the case holds, else what was expected and what came out."""
    if isinstance(case.example, InterpExample):
        return _interp_failure(case, rules)
    records = interpret_text(case.text, "example", rules=rules)[0]
    if case.example is None:
        if not records:
            return None
        got = ", ".join(f"{r.text!r} ({r.rule})" for r in records)
        return f"{case.name}: {case.text!r}\n    expected no record, got {got}"
    ex = case.example
    start = case.text.find(ex.value_text)
    if start < 0:
        return f"{case.name}: value_text {ex.value_text!r} is not in the example text"
    end = start + len(ex.value_text)
    same_span = [r for r in records if (r.start, r.end) == (start, end)]
    if not same_span:
        got = ", ".join(f"{r.text!r}@{r.start} ({r.rule})" for r in records) or "nothing"
        return f"{case.name}: {case.text!r}\n    expected a record for {ex.value_text!r}@{start}, got {got}"
    r = same_span[0]
    wrong = [f"rule: expected {case.rule.id}, got {r.rule}"] if r.rule != case.rule.id else []
    wrong += _wrong_fields(ex, r)
    named = _named_spans(rules)[case.text]
    extra = [rec.text for rec in records if rec.text not in named]
    if extra:
        wrong.append(f"records no example of this sentence names (list them in `also`): {extra}")
    if wrong:
        return f"{case.name}: {case.text!r}\n    " + "\n    ".join(wrong)
    return None


def _wrong_fields(ex, r) -> list[str]:
    wrong = []
    for name in CHECKED:
        if name not in type(ex).model_fields:
            continue
        want = getattr(ex, name)
        if want is None and (name != "value_max" or "value_max" not in ex.model_fields_set):
            continue
        want = None if want == "none" else want
        got = getattr(r, name)
        if isinstance(want, (int, float)) and isinstance(got, (int, float)) and abs(float(want) - float(got)) < 1e-9:
            continue
        if want != got:
            wrong.append(f"{name}: expected {want!r}, got {got!r}")
    return wrong


def _interp_failure(case: Case, rules: RuleSet) -> str | None:
    ex: InterpExample = case.example
    rule: CompiledInterp = case.rule
    text = f"{ex.section}\n{ex.text}" if ex.section else ex.text
    where = text.find(ex.value_text, len(ex.section) + 1 if ex.section else 0)
    if where < 0:
        return f"{case.name}: value_text {ex.value_text!r} is not in the example text"
    outcomes: list[Outcome] = []
    interpret_text(text, "example", ex.doc_year, rules, outcomes)
    found = next((o for o in outcomes if o.start == where and o.end == where + len(ex.value_text)), None)
    shown = f"{case.name}: {ex.text!r}" + (f" (under {ex.section!r})" if ex.section else "")
    if found is None:
        return f"{shown}\n    no rule found the number {ex.value_text!r}@{where}"
    if rule.field == "drop":
        if found.dropped_by == rule.id:
            return None
        got = f"dropped by {found.dropped_by}" if found.dropped_by else "a record"
        return f"{shown}\n    expected {ex.value_text!r} dropped by {rule.id}, got {got}"
    if found.record is None:
        return f"{shown}\n    expected a record for {ex.value_text!r}, got dropped by {found.dropped_by}"
    r = found.record
    wrong = _wrong_fields(ex, r)
    decided_by, chain = getattr(r.trace, rule.field), found.chains.get(rule.field, ())
    if decided_by != rule.id and rule.id not in chain:  # a replace rule after it may rewrite what it gave
        wrong.append(f"{rule.field} decided by {decided_by}, not by this rule (chain: "
                     f"{' > '.join(chain) or '-'})")
    if wrong:
        return f"{shown}\n    " + "\n    ".join(wrong)
    return None


def metric_failures(rules: RuleSet) -> tuple[int, list[str]]:
    """How many metric examples and negatives there are, and what each broken one got."""
    n, out = 0, []
    for m in rules.metrics.values():
        for text, want in [(e, True) for e in m.examples] + [(e, False) for e in m.negatives]:
            n += 1
            got = metric_of(text, rules)
            if (got == m.id) != want:
                out.append(f"metrics.toml:metric {m.id}: {text!r} " + (f"means {got}, not {m.id}" if want else
                                                                       f"must not mean {m.id}"))
    return n, out
