"""Run a field's interpretation rules over a value.

The rules of a field run in the pack's order. A plain rule runs while the field
has no value and decides it when its conditions hold and it gives something; a
rule marked `replace` runs once the field has a value and may rewrite it (a
bare 规模 takes its subject). The last rule that gave the value is the one the
record's trace names; the chain of all that applied is kept for `explain`.
For `drop`, the first rule that applies drops the value.
"""
from .vocabulary import NONE


def decide(v, field: str) -> tuple:
    """(value, id of the deciding rule, chain of rules that applied) for one field of value `v`."""
    value, by, chain = None, None, []
    for rule_id, replace, tests, produce in _plan(v.pack, field, v.in_table):
        if replace == (by is None):
            continue
        for test in tests:
            if not test(v):
                break
        else:
            got = produce(v, value)
            if got is None or got == "" or got is False:
                continue
            value, by = (None if got is NONE else got), rule_id
            chain.append(rule_id)
            if field == "drop":
                break
    return value, by, tuple(chain)


def _plan(pack, field: str, table: bool) -> tuple:
    """A field's rules as plain tuples (id, replace, condition tests, produce), made once per
    pack: the loop above runs some hundred times a value, and attribute lookups added up."""
    key = ("plan", field, table)
    plan = pack._compiled.get(key)
    if plan is None:
        plan = pack._compiled[key] = tuple((r.id, r.replace, tuple(t for _, t in r.tests), r.produce)
                                           for r in pack.interp_for(field, table))
    return plan
