"""Run the compiled rules over a normalised text: raw hits, exclusions applied."""
import bisect
from dataclasses import dataclass

import regex

from ..errors import ExtractorError
from ..rulepack import CompiledRule, RuleSet, match_timeout


@dataclass(frozen=True)
class Hit:
    """A value span found by a record rule, with its named groups (view offsets)."""

    rule: CompiledRule
    start: int
    end: int
    groups: dict[str, tuple[int, int, str]]

    def group(self, name: str) -> str:
        g = self.groups.get(name)
        return g[2] if g else ""


def _scan(rule: CompiledRule, text: str, timed_out: list[str] | None):
    """A rule's matches; one that runs past its time limit stops there, and says so."""
    try:
        yield from rule.regex.finditer(text, timeout=match_timeout(len(text)))
    except TimeoutError:
        if timed_out is None:
            raise ExtractorError(timeout_message("text", [rule.id])) from None
        timed_out.append(rule.id)


def timeout_message(name: str, rule_ids: list[str]) -> str:
    return (f"{name}: rule {', '.join(rule_ids)} stopped at its time limit (a pattern that backtracks?); "
            "records it would have found further on are missing")


def find_hits(text: str, rules: RuleSet, skipped: list | None = None, timed_out: list[str] | None = None) -> list[Hit]:
    """Non-overlapping record hits, left to right; longest wins, then rule order. With
    `skipped`, each span a skip rule took out is added to it with that rule's id. A rule
    that runs out of time raises ExtractorError, or with `timed_out` is added to it while
    the hits found are kept."""
    skips: list[tuple[int, int, str]] = []
    found: list[tuple[int, int, int, Hit]] = []
    for order, rule in enumerate(r for r in rules.rules if r.action != "table"):
        names = tuple(rule.regex.groupindex.items())  # once per rule: the lookups per match were a hot spot
        value = rule.regex.groupindex["value"]
        for m in _scan(rule, text, timed_out):
            spans = m.regs
            s, e = spans[value]
            if e <= s:
                continue
            if rule.action == "skip":
                skips.append((s, e, rule.id))
                continue
            groups = {name: (a, b, text[a:b]) for name, i in names for a, b in (spans[i],) if a >= 0}
            found.append((s, -(e - s), order, Hit(rule, s, e, groups)))
    found.sort(key=lambda t: t[:3])
    skips.sort()
    hits: list[Hit] = []
    last_end = -1
    for s, _, _, hit in found:
        if s < last_end:
            continue
        why = _overlaps(skips, hit.start, hit.end)
        if why:
            if skipped is not None and (not skipped or skipped[-1][0].start != hit.start):
                skipped.append((hit, why))
            continue
        hits.append(hit)
        last_end = hit.end
    return hits


def _overlaps(spans: list[tuple[int, int, str]], start: int, end: int) -> str:
    """The id of a skip rule whose span overlaps [start, end), else ''."""
    # spans are sorted by start; any span starting before `end` may overlap. Walked by
    # index: a slice would copy every earlier span for each hit.
    for i in range(bisect.bisect_left(spans, (end, end, "")) - 1, -1, -1):
        s, e, rule_id = spans[i]
        if e > start:
            return rule_id
        if s < start - 64:  # exclusion spans are short: stop looking far back
            break
    return ""
