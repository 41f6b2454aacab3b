"""Run a field's interpretation rules over a value.

The rules of a field run in the pack's order. A plain rule runs while the field
has no value and decides it when its conditions hold and it gives something; a
rule marked `replace` runs once the field has a value and may rewrite it (a
bare 规模 takes its subject). The last rule that gave the value is the one the
record's trace names; the chain of all that applied is kept for `explain`.
For `drop`, the first rule that applies drops the value.
"""
from typing import NamedTuple

from ..errors import ExtractorError
from .vocabulary import DECIDING, KIND_OF_VALUE, NONE


def decide(v, field: str) -> tuple:
    """(value, id of the deciding rule, chain of rules that applied) for one field of value `v`."""
    for rule_id, tests, produce, replacing in _rules_for(v, field):
        for test in tests:
            if not test(v):
                break
        else:
            try:
                got = produce(v)
            except AttributeError as exc:
                raise _not_for_tables(v, rule_id, exc) from None
            if got is None or got == "" or got is False:
                continue
            value, by, chain = (None if got is NONE else got), rule_id, [rule_id]
            break
    else:
        return None, None, ()
    if field == "drop":
        return value, by, tuple(chain)
    for rule_id, tests, produce in replacing:
        for test in tests:
            if not test(v):
                break
        else:
            try:
                got = produce(v, value)
            except AttributeError as exc:
                raise _not_for_tables(v, rule_id, exc) from None
            if got is None or got == "" or got is False:
                continue
            value, by = (None if got is NONE else got), rule_id
            chain.append(rule_id)
    return value, by, tuple(chain)


def _not_for_tables(v, rule_id: str, exc: AttributeError) -> Exception:
    """A rule whose mechanism reads a sentence, run on a table cell (a user rule that left out
    `in_table = false`), stops with an error that says so; any other AttributeError is a fault."""
    if not v.in_table:
        return exc
    return ExtractorError(f"rule {rule_id} reads a sentence ({exc.name or exc}), which a table cell has not: "
                          "give it when = { in_table = false }")


class _Plan(NamedTuple):
    """A field's rules, and what a prose value's rules are narrowed by: the conditions on the kind
    of value (vocabulary.KIND_OF_VALUE) its plain rules test first, and the rules left for each answer."""

    rules: tuple      # (id, condition tests, produce, the replace rules after it), none narrowed
    plain: tuple      # (tests on the kind of value, the rule as in `rules` without them) of each plain rule
    reads: tuple      # what the narrowing conditions read of a value
    narrowed: dict    # what they read -> the rules left


def _rules_for(v, field: str) -> tuple:
    """The rules of `field` that may apply to `v`. A prose value's plain rules are narrowed once per
    kind of value: those whose first tests fail on its kind (its unit, section, comparator words)
    go, the tests that hold go from the rest (482k test calls over the 34 reports, 221k left)."""
    plan = _plan(v.pack, field, v.in_table)
    if not plan.reads:
        return plan.rules
    key = tuple([read(v) for read in plan.reads])
    rules = plan.narrowed.get(key)
    if rules is None:
        if len(plan.narrowed) > NARROWED_KINDS:
            plan.narrowed.clear()
        rules = plan.narrowed[key] = _narrowed(plan.plain, v)
    return rules


NARROWED_KINDS = 4096  # kinds of value whose rules a field keeps (some 230 over the 34 reports)


def _narrowed(plain: tuple, v) -> tuple:
    """The rules whose tests on the kind of value hold for v (a for-else: no generator a rule)."""
    kept = []
    for kind_tests, rule in plain:
        for test in kind_tests:
            if not test(v):
                break
        else:
            kept.append(rule)
    return tuple(kept)


def _split(tests: tuple) -> tuple[tuple, tuple, tuple]:
    """A rule's conditions on the kind of value before any that decides a field (their names, their
    tests) and its other tests, in their order. When one of the first fails the rule goes: the tests
    before it only read, so skipping them changes nothing."""
    first = next((i for i, (name, _) in enumerate(tests) if name in DECIDING), len(tests))
    kind = [(name, test) for name, test in tests[:first] if name in KIND_OF_VALUE]
    rest = [test for name, test in tests[:first] if name not in KIND_OF_VALUE] + [test for _, test in tests[first:]]
    return tuple(name for name, _ in kind), tuple(test for _, test in kind), tuple(rest)


def _plan(pack, field: str, table: bool) -> _Plan:
    """A field's plain rules as tuples (id, condition tests, produce, the replace rules after it),
    made once per pack: the loop above runs some hundred times a value, and attribute lookups
    added up; a replace rule runs only after the plain rule that gave the value, and a plain rule
    only while none has, so neither loop steps over the other's rules. A table cell's rules are
    not narrowed (a cell has no sentence, no hit: what the conditions read of a prose value), nor
    are replace rules (few test the kind of value first)."""
    key = ("plan", field, table)
    plan = pack._compiled.get(key)
    if plan is None:
        rules = pack.interp_for(field, table)
        plain = [(r, tuple((a.id, tuple(t for _, t in a.tests), a.produce) for a in rules[i + 1:] if a.replace))
                 for i, r in enumerate(rules) if not r.replace]
        split = [(r, replacing, *_split(r.tests)) for r, replacing in plain]
        reads = {} if table else {KIND_OF_VALUE[name]: None for _, _, names, _, _ in split for name in names}
        plan = pack._compiled[key] = _Plan(
            tuple((r.id, tuple(t for _, t in r.tests), r.produce, replacing) for r, replacing in plain),
            tuple((kind, (r.id, rest, r.produce, replacing)) for r, replacing, _, kind, rest in split),
            tuple(reads), {})
    return plan
