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
    for rule_id, tests, produce, replacing in _plan(v.pack, field, v.in_table):
        for test in tests:
            if not test(v):
                break
        else:
            got = produce(v)
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
            got = produce(v, value)
            if got is None or got == "" or got is False:
                continue
            value, by = (None if got is NONE else got), rule_id
            chain.append(rule_id)
    return value, by, tuple(chain)


def _plan(pack, field: str, table: bool) -> tuple:
    """A field's plain rules as tuples (id, condition tests, produce, the replace rules after it),
    made once per pack: the loop above runs some hundred times a value, and attribute lookups
    added up; a replace rule runs only after the plain rule that gave the value, and a plain rule
    only while none has, so neither loop steps over the other's rules."""
    key = ("plan", field, table)
    plan = pack._compiled.get(key)
    if plan is None:
        rules = pack.interp_for(field, table)
        plan = pack._compiled[key] = tuple(
            (r.id, tuple(t for _, t in r.tests), r.produce,
             tuple((a.id, tuple(t for _, t in a.tests), a.produce) for a in rules[i + 1:] if a.replace))
            for i, r in enumerate(rules) if not r.replace)
    return plan
