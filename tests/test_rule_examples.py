"""One test per rule example: adding an example never means editing test code."""
import pytest

from extractor.devtools.examples import cases, failure
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
