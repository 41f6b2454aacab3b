"""Run the compiled rules over a normalised text: raw hits, exclusions applied."""
import bisect
import itertools
import time
from typing import NamedTuple

import regex

from ..errors import ExtractorError
from ..rulepack import ONE_THREAD, CompiledRule, RuleSet, match_timeout


class Hit(NamedTuple):
    """A value span found by a record rule, with its named groups (view offsets)."""

    rule: CompiledRule
    start: int
    end: int
    groups: dict[str, tuple[int, int, str]]

    def group(self, name: str) -> str:
        g = self.groups.get(name)
        return g[2] if g else ""


def _scan(rule: CompiledRule, scanner: regex.Pattern, text: str, timed_out: list[str] | None,
          stretches: list[tuple[int, int]] | None = None):
    """A rule's matches by its scanner (_scanner), in the whole text or those starting in each
    [start, end) stretch; one that runs past its time limit (over all stretches) stops there,
    and says so."""
    deadline = time.monotonic() + match_timeout(len(text))
    try:
        for start, end in ((0, len(text)),) if stretches is None else stretches:
            for m in scanner.finditer(text, start, end, concurrent=ONE_THREAD,
                                         timeout=max(deadline - time.monotonic(), 0)):
                if m.start() >= end:  # an empty match at the stretch's end: the next stretch's
                    break
                yield m
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
    found: list[tuple[int, int, int, Hit]] = []
    records, skip_rules, marks = _plan(rules)
    stretches = marks and _Stretches(text, marks[0])
    for order, (rule, needs, scanner) in enumerate(records):
        names = tuple(rule.regex.groupindex.items())  # once per rule: the lookups per match were a hot spot
        value = rule.regex.groupindex["value"]
        for m in _scan(rule, scanner, text, timed_out, stretches.holding(needs) if needs else None):
            spans = m.regs
            s, e = spans[value]
            if e > s:
                groups = {name: (a, b, text[a:b]) for name, i in names for a, b in (spans[i],) if a >= 0}
                found.append((s, -(e - s), order, Hit(rule, s, e, groups)))
    found.sort(key=lambda t: t[:3])
    skips = _skip_spans(text, found, skip_rules, marks, timed_out)
    skips.sort()
    reach_ends = list(itertools.accumulate((e for _, e, _ in skips), max))
    hits: list[Hit] = []
    last_end = -1
    for s, _, _, hit in found:
        if s < last_end:
            continue
        why = _overlaps(skips, reach_ends, hit.start, hit.end)
        if why:
            if skipped is not None and (not skipped or skipped[-1][0].start != hit.start):
                skipped.append((hit, why))
            continue
        hits.append(hit)
        last_end = hit.end
    return hits


def _skip_spans(text: str, found, skip_rules, marks, timed_out) -> list[tuple[int, int, str]]:
    """(start, end, rule id) of each skip rule's value, sorted. A skip span matters only
    where it overlaps a found value, so a rule that cannot read past the marks runs only
    over the stretches between them that hold a found value, one of its words and one of
    each of its needs: there it finds what it finds in the whole text, and no span it finds
    elsewhere overlaps a value (the needs leave two thirds of the text unscanned). One that can
    is scanned in the whole text, unless it lacks all of its words (贫困, 扶贫: 26 of the 34 reports)."""
    regions = marks and _regions(text, found, marks)
    pieces = _Pieces(text, regions) if regions else None
    skips = []
    for rule, stretched, words, needs, scanner in skip_rules:
        if not stretched:
            stretches = None if words is None or any(w in text for w in words) else []
        else:
            held = (pieces.holding(words) if words else regions) if pieces else []
            stretches = _joined([(a, b) for a, b in held if _holds_all(needs, text, a, b)])
        value = rule.regex.groupindex["value"]
        for m in _scan(rule, scanner, text, timed_out, stretches):
            s, e = m.regs[value]
            if e > s:
                skips.append((s, e, rule.id))
    skips.sort()
    return skips


def _holds_all(needs: tuple, text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds a match of each need (a for-else, not all() of a generator: 52k
    regions over the 34 reports)."""
    for need in needs:
        if need.search(text, a, b, ONE_THREAD) is None:
            return False
    return True


def _plan(rules: RuleSet):
    """The record rules, each with searches for what its every match reads, the rarest first
    (None: it scans whole texts); the skip rules, each with whether it can be scanned in
    stretches (it cannot read past any of the marks, SKIP_SCAN_BREAK), the words one of
    which its every match reads (None: none known) and searches for other words its every
    match reads (none when it is not scanned in stretches); and searches for the marks (None: a pack
    without them scans whole texts). A rule passing no mark finds, in a stretch, what it finds
    there in the whole text: a record rule finds nothing in a stretch lacking what it needs; a
    span of a skip rule found elsewhere overlaps no value (_overlaps looks back as far as any
    span reaches)."""
    key = ("scan_plan",)
    if key not in rules._compiled:
        marks = rules.words.get("SKIP_SCAN_BREAK", ())  # one character each: the pack checks at load
        skips = []
        for r in rules.rules:
            if r.action == "skip":
                stretched = bool(marks) and not rules.derived("passable", r.regex, marks)
                words = rules.derived("needed_words", r.regex)
                needs = rules.derived("needed_reads", r.regex, marks) if stretched else ()
                # the needs that are words, and other words than its own: a class (a digit, a numeral)
                # is met in nearly every region, as each holds a value
                skips.append((r, stretched, words, tuple(rules._regex(source) for source, own in needs
                                                         if own and frozenset(own) != words), _scanner(rules, r.regex)))
        records = [r for r in rules.rules if r.action == "record"]
        needs = [rules.derived("needed_reads", r.regex, marks)
                 if marks and not rules.derived("passable", r.regex, marks) else () for r in records]
        listed = regex.escape("".join(sorted(marks)))
        mark = f"[{listed}]"
        # the first need's words are searched with str.find, else its search reads on to the
        # end of its stretch: the next match is in another
        finders = [own and (own[0][1] or rules._regex(f"(?:{own[0][0]})(?:(?<={mark})|[^{listed}]*{mark}?)"),
                            *(rules._regex(source) for source, _ in own[1:])) for own in needs]
        rules._compiled[key] = (tuple((r, f or None, _scanner(rules, r.regex)) for r, f in zip(records, finders)),
                                tuple(skips), marks and (rules._regex(mark), rules._regex(mark, regex.REVERSE)))
    return rules._compiled[key]


FIRST_ATOMS_MAX = 4  # atoms a scanner's lookahead tries at each position: more cost more than the lookbehinds they spare


def _scanner(rules: RuleSet, pattern: regex.Pattern) -> regex.Pattern:
    """The pattern, led by a lookahead for the characters its matches start with when it opens with
    lookbehinds and they are few (reach.first_reads): the engine tried every lookbehind at every
    position, a rule's scan took ten times as long (quantity.ratio, a tenth of a pass). The same
    matches, groups and spans: the lookahead holds wherever a match starts, and captures nothing."""
    atoms = rules.derived("first_reads", pattern)
    if not atoms or len(atoms) > FIRST_ATOMS_MAX:
        return pattern
    return rules._regex(f"(?={'|'.join(atoms)})(?:{pattern.pattern})", pattern.flags)


class _Stretches:
    """The text cut after each mark, and the stretches holding a match of each of a rule's
    needs: those of its first (rarest) by one search of the text, kept for the rules sharing
    it; the rest looked for in those stretches alone, as a common need is met in most."""

    def __init__(self, text: str, mark: regex.Pattern):
        ends = [m.end() for m in mark.finditer(text)]
        if not ends or ends[-1] < len(text):
            ends.append(len(text))
        self.text, self.ends, self.first = text, ends, {}

    def holding(self, needs: tuple) -> list[tuple[int, int]]:
        """The [start, end) stretches holding a match of each need, those that meet made one.
        The first need is its words, or a search that reads on to the end of the stretch it
        is met in (a search from each such stretch to the next, in Python, cost more)."""
        first, *rest = needs
        if first not in self.first:
            ends = self.ends
            found = self._holding_words(first) if isinstance(first, tuple) else \
                [bisect.bisect_right(ends, m.start()) for m in first.finditer(self.text)]
            self.first[first] = [(ends[k - 1] if k else 0, ends[k]) for k in found]
        out: list[tuple[int, int]] = []
        text = self.text
        for a, b in self.first[first]:
            for need in rest:  # a for-else, not all() of a generator: 86k stretches over the 34 reports
                if need.search(text, a, b, ONE_THREAD) is None:
                    break
            else:
                if out and out[-1][1] >= a:
                    out[-1] = (out[-1][0], b)
                else:
                    out.append((a, b))
        return out

    def _holding_words(self, words: tuple[str, ...]) -> list[int]:
        """The indexes of the stretches holding one of `words`, by str.find from each that
        does to the next (a regex search for their alternation scans a text many times slower:
        this took a tenth off find_hits over the 34 reports)."""
        held, text, ends = set(), self.text, self.ends
        for word in words:
            at = text.find(word)
            while at >= 0:
                k = bisect.bisect_right(ends, at)
                held.add(k)
                at = text.find(word, ends[k])
        return sorted(held)


def _regions(text: str, found, marks: tuple[regex.Pattern, regex.Pattern]) -> list[tuple[int, int]]:
    """The [start, end) stretches between marks (each ending with its mark) that hold a
    found value, in order. `found` is sorted by start."""
    after, before = marks
    out: list[tuple[int, int]] = []
    for s, _, _, hit in found:
        if out and hit.end <= out[-1][1]:
            continue  # in the stretch of the value before
        a, b = before.search(text, 0, s), after.search(text, hit.end - 1)
        out.append((a.end() if a else 0, b.end() if b else len(text)))
    return out


class _Pieces:
    """The texts of the regions, joined by a character no word has: which regions hold one
    of a rule's words is then a search from each region that does on, not one per region (a
    search per region and skip rule was a tenth of the scan)."""

    SEPARATOR = "\0"

    def __init__(self, text: str, regions: list[tuple[int, int]]):
        self.regions = regions
        self.pieces = [text[a:b] for a, b in regions]
        self.joined = self.SEPARATOR.join(self.pieces)
        self.starts = list(itertools.accumulate((len(p) + 1 for p in self.pieces[:-1]), initial=0))

    def holding(self, words: frozenset[str]) -> list[tuple[int, int]]:
        """The regions whose text holds one of `words`, by str.find from each region that does
        to the next (as fast as a stdlib search of their alternation over the 34 reports, and
        compiling one per skip rule was 38M instructions of each start). A word lies in one
        piece, unless it has the separator."""
        if any(self.SEPARATOR in w for w in words):
            return [r for r, piece in zip(self.regions, self.pieces) if any(w in piece for w in words)]
        held, joined, starts = set(), self.joined, self.starts
        for word in words:
            at = joined.find(word)
            while at >= 0:
                k = bisect.bisect_right(starts, at) - 1
                held.add(k)
                at = joined.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
        return [self.regions[k] for k in sorted(held)]


def _joined(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Regions that meet or overlap made one: fewer scans."""
    out: list[tuple[int, int]] = []
    for a, b in regions:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps(spans: list[tuple[int, int, str]], reach_ends: list[int], start: int, end: int) -> str:
    """The id of a skip rule whose span overlaps [start, end), else ''. `spans` are sorted by
    start, and reach_ends[i] is the furthest end of spans[:i + 1]: walking back from the last
    span starting before `end` stops where no earlier span reaches `start` (exact, however
    long a span, and short: skip spans are)."""
    for i in range(bisect.bisect_left(spans, (end, end, "")) - 1, -1, -1):
        if reach_ends[i] <= start:
            break
        if spans[i][1] > start:
            return spans[i][2]
    return ""
