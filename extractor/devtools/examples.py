"""Run every rule's examples: positives must give their record, negatives nothing."""
from dataclasses import dataclass

from ..pipeline import extract_text
from ..rulepack import CompiledRule, Example, RuleSet

CHECKED = ("value", "value_max", "unit", "comparator", "kind", "indicator", "year")


@dataclass(frozen=True)
class Case:
    """One example of one rule, named `rule-id::n` (positives) or `rule-id::neg-n`."""

    rule: CompiledRule
    name: str
    example: Example | None
    text: str


def cases(rules: RuleSet) -> list[Case]:
    out = []
    for rule in rules.rules:
        out += [Case(rule, f"{rule.id}::{i}", ex, ex.text) for i, ex in enumerate(rule.examples, 1)]
        out += [Case(rule, f"{rule.id}::neg-{i}", None, ng.text) for i, ng in enumerate(rule.negatives, 1)]
    return out


def failure(case: Case, rules: RuleSet) -> str | None:
    """None if the case holds, else what was expected and what came out."""
    records = extract_text(case.text, "example", rules=rules)
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
        return (f"{case.name}: {case.text!r}\n    expected a record for {ex.value_text!r}@{start}, got {got}")
    r = same_span[0]
    wrong = []
    if r.rule != case.rule.id:
        wrong.append(f"rule: expected {case.rule.id}, got {r.rule}")
    for name in CHECKED:
        want = getattr(ex, name)
        if want is None and name != "value_max":
            continue
        got = getattr(r, name)
        if name == "value_max" and want is None and "value_max" not in ex.model_fields_set:
            continue
        if isinstance(want, (int, float)) and isinstance(got, (int, float)) and abs(float(want) - float(got)) < 1e-9:
            continue
        if want != got:
            wrong.append(f"{name}: expected {want!r}, got {got!r}")
    if wrong:
        return f"{case.name}: {case.text!r}\n    " + "\n    ".join(wrong)
    return None
