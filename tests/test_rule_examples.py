"""One test per rule example: adding an example never means editing test code."""
import pytest

from extractor.devtools.examples import Case, cases, failure
from extractor.rulepack import load_rules

RULES = load_rules()


@pytest.mark.parametrize("case", cases(RULES), ids=lambda c: c.name)
def test_example(case):
    problem = failure(case, RULES)
    assert problem is None, problem


def test_every_record_rule_has_examples():
    for rule in RULES.rules:
        assert rule.examples or rule.action == "skip", rule.id
        assert rule.negatives or rule.action == "record", rule.id


def test_an_example_must_reach_its_rule_though_a_replace_rule_may_rewrite_what_it_gave():
    """An interpretation example holds when its rule gave the field, also when a `replace` rule after
    it rewrote the value (share_reached's name gets 比重 from share_of_whole_named); the same example
    under a rule that never applied to it fails, naming the rule that did."""
    by_name = {c.name: c for c in cases(RULES)}
    reached = by_name["indicator.share_reached::1"]
    assert failure(reached, RULES) is None
    unknown = next(r for r in RULES.interp["indicator"] if r.id == "indicator.unknown")
    moved = Case(unknown, "indicator.unknown::moved", reached.example, reached.text)
    problem = failure(moved, RULES)
    assert problem is not None and "not by this rule" in problem and "indicator.share_reached" in problem
