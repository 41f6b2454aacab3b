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
    for rule in v.pack.interp_for(field, v.in_table):
        if rule.replace == (by is None):
            continue
        for _, test in rule.tests:
            if not test(v):
                break
        else:
            got = rule.produce(v, value)
            if got is None or got == "" or got is False:
                continue
            value, by = (None if got is NONE else got), rule.id
            chain.append(rule.id)
            if field == "drop":
                break
    return value, by, tuple(chain)
