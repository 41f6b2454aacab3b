"""`extractor audit`: the shape of the indicators a corpus gets, to read before and after a change.

No gold is needed: it counts what an analyst would not paste as a column header (a name of
one or two characters, one that starts or ends with a function word or a verb, a "?"),
and records whose value sits inside quotation marks (a name or a slogan, usually), and
lists a sample of each.
"""
import random
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..models import UNKNOWN_INDICATOR, Record
from ..rulepack import RuleSet

QUOTES = re.compile(r"[“\"]([^“”\"]{0,30})[”\"]")


def classes(r: Record, rules: RuleSet) -> list[str]:
    """The audit classes a record falls in (none for a healthy one)."""
    out = []
    name = r.indicator
    if name == UNKNOWN_INDICATOR:
        out.append("no name (?)")
    elif len(name) <= 2:
        out.append("one or two characters")
    if name != UNKNOWN_INDICATOR:
        if (rules.words_re("AUDIT_FUNCTION_WORD").match(name) or rules.words_re("LEAD_WORD").match(name)) \
                and not rules.words_re("LEAD_KEEP").match(name) and not _said_after_count(r, rules) \
                and not rules.pattern("VERB_PAIR").match(name):  # 从业人员 is a word; 新建、改扩建X
            out.append("starts with a function word or verb")
        if (rules.words_re("AUDIT_FUNCTION_WORD", "end").search(name) or rules.words_re("TRAIL_WORD", "end").search(name)) \
                and not rules.words_re("TRAIL_KEEP", "end").search(name) \
                and not rules.pattern("TOPIC_GROWTH_END").fullmatch(name):  # 项目签约 ends with a word, no stray 约;
            out.append("ends with a function word or verb")  # 经济增长 is how the spec names a topic's growth
    at = r.sentence.find(r.text)
    if at >= 0 and any(m.start() < at and at + len(r.text) <= m.end() for m in QUOTES.finditer(r.sentence)):
        out.append("inside quotation marks")
    return out


def _said_after_count(r: Record, rules: RuleSet) -> bool:
    """A name that says first what its things did, were selected for or given, said after the count
    in the sentence (4个产业集群入选国家先进制造业集群 -> 入选…的产业集群, 为10万名残疾人提供康复服务 ->
    提供康复服务残疾人, 21万贫困人口稳定脱贫 -> 稳定脱贫贫困人口): the indicator rules name counts so;
    a verb said before the value is none."""
    verbs = (rules.words_re(words).match(r.indicator) for words in ("SELECTED_VERB", "GIVE_VERB", "SUBJECT_ACT"))
    verb = next(filter(None, verbs), None)
    said = verb.group() if verb else r.indicator[:2] if rules.pattern("DONE_VERB").search(r.sentence) else ""
    if not said:
        return False
    at = r.sentence.find(r.text)
    return at >= 0 and r.sentence.find(said, at + len(r.text)) >= 0


def read_records(path: Path) -> list[Record]:
    """The records of a JSONL output of extract (ValueError on a line that is no record)."""
    with path.open(encoding="utf-8") as fh:
        return [Record.model_validate_json(line) for line in fh if line.strip()]


def audit(records: Iterable[Record], rules: RuleSet, sample: int = 8, seed: int = 0) -> list[str]:
    """The report: records, then per class its count, share and a sample."""
    total, counts, examples = 0, Counter(), {}
    for r in records:
        total += 1
        for c in classes(r, rules):
            counts[c] += 1
            examples.setdefault(c, []).append(r)
    lines = [f"records: {total}"]
    rng = random.Random(seed)
    for c, n in counts.most_common():
        lines.append(f"{c}: {n} ({100 * n / max(total, 1):.2f}%)")
        for r in rng.sample(examples[c], min(sample, len(examples[c]))):
            at = max(r.sentence.find(r.text), 0)
            lines.append(f"    {r.text!r} [{r.indicator}] …{r.sentence[max(0, at - 25):at + len(r.text) + 10]}")
    return lines
