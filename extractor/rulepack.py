"""Load rule files (TOML) into one validated, compiled rule pack.

A pack holds the knowledge of the language; the code holds none of it:
- `[words]` word lists (each also a fragment: an alternation, longest first);
  `[extend_words]` adds words to a list defined elsewhere (a user pack's way in);
- `[fragments]` named regex pieces, `[patterns]` named regexes the engine reads;
- `[[rule]]` span rules: a pattern whose `value` group is a record's text, with
  examples and negatives;
- `[[interpret]]` interpretation rules: one field's decision (drop, kind, year,
  indicator, comparator, ...) made when their conditions hold, with examples.

Every problem in every file is collected and reported together as
`file:rule-id: message`, so one run shows all that is wrong with a pack.

A pack loaded without problems leaves a snapshot in the pattern cache (its word lists, patterns,
span rules, validated [[interpret]] tables and metrics, keyed by its files, this module's code
and rule_schema's, and the versions of Python, regex and pydantic): the next run reads that
back and only makes the interpretation rules' tests, which are code, without parsing or
validating a file or building the files' pydantic models (rule_schema). The snapshot names its
named patterns and word lists' alternations by their keys in the cache, not as patterns: each is
built when a run first asks for it (a run over one speech asks for some half of them).
"""
import atexit
import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import regex

from .errors import ExtractorError
from .pattern_cache import PatternCache
from .plain import Frozen

BUILTIN_DIR = Path(__file__).parent / "rules"
BUILTIN_ENV = "EXTRACTOR_BUILTIN_RULES"
# Read only when a pack is built (regex compiles them on first use): a start from the pack's
# snapshot compiled both from source, some 2M instructions.
_REF = r"(?<!\\[pPN])\{([A-Z][A-Z0-9_]*(?:\+[A-Z][A-Z0-9_]*)*)\}"  # not \p{P}, a Unicode property
_UNION = r"\{([A-Z][A-Z0-9_]*(?:\+[A-Z][A-Z0-9_]*)+)\}"  # {A+B}: the words of lists A and B, longest first


def match_timeout(length: int) -> float:
    """Seconds one rule may take over a text of `length` characters: a last guard against a
    pattern that backtracks. Linear patterns take well under a second a million characters;
    a limit that did not grow with the text would fire on a large document."""
    return 5.0 + 5.0 * length / 1_000_000
# The named groups resolving reads from a span rule's match: the rule contract.
SPAN_GROUPS = {
    "value": "the record's text (required)",
    "num": "the number", "num_max": "the upper end of a range",
    "mag": "a magnitude (ten thousand, hundred million) before the unit", "unit": "the unit",
    "approx": "a more-than mark before the magnitude", "approx2": "a more-than mark after it",
    "mag2": "a larger magnitude after that mark, read with the first (1万多亿元: 1 万亿元 and more)",
    "per": "what the value is per, said before it with its mark (每立方米39微克: 39 微克/立方米)",
    "den": "the denominator of a fraction the number is the numerator of (三分之一: 0.333333)",
    "sign": "a minus sign after a verb, before the number (自然增长率为-0.60‰: -0.6)",
    "low_unit": "the unit said after a range's lower end too, matched to the upper's and read from it (3000元到30000元)",
}
ONE_THREAD = False  # `concurrent` for a regex call made many times a text, given after pos and endpos (as a
# keyword it is parsed slowly): by default a match in a str lets go of the GIL and takes it back (and again
# for each block of memory it takes), some 900 instructions a call, more than a short search itself; a text
# is read by one thread
FIELDS = ("drop", "kind", "year", "indicator", "comparator", "change", "basis", "binding")


class RulePackError(ExtractorError):
    """All problems found in a rule pack."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid rule pack: " + "; ".join(problems))  # one line, as every error is said


_SCHEMA = ("Example", "Negative", "Rule", "InterpExample", "InterpRule", "Metric", "RuleFile")


def __getattr__(name: str):
    """The rule files' pydantic models (rule_schema), built only when asked for."""
    if name in _SCHEMA:
        from . import rule_schema

        return getattr(rule_schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _validated(model: str, data: tuple) -> tuple:
    """Examples as their models: a rule keeps the tables as written (already validated with
    it), and only the tools that run examples read them as models."""
    from . import rule_schema

    cls = getattr(rule_schema, model)
    return tuple(x if isinstance(x, cls) else cls.model_validate(x) for x in data)


class CompiledRule(NamedTuple):
    id: str
    name: str
    action: str
    regex: regex.Pattern
    source: str
    example_data: tuple  # the [[rule.examples]] tables as written; `examples` validates them
    negative_data: tuple
    unit: str | None = None

    @property
    def examples(self) -> tuple:
        return _validated("Example", self.example_data)

    @property
    def negatives(self) -> tuple:
        return _validated("Negative", self.negative_data)


class CompiledInterp(NamedTuple):
    """An interpretation rule ready to run: its conditions and what it gives."""

    id: str
    field: str
    doc: str
    tests: tuple  # (name, callable(value) -> bool) pairs, all must hold
    produce: Any  # callable(value) -> the field's value, or None when the rule does not apply; a replace
                  # rule's callable(value, current) also sees the value so far
    replace: bool
    source: str
    example_data: tuple  # the examples' tables as written; `examples` validates them
    table: bool | None = None  # its `in_table` condition: only table cells, only prose, or both (None)

    @property
    def examples(self) -> tuple:
        return _validated("InterpExample", self.example_data)


class InterpSpec(NamedTuple):
    """A validated [[interpret]] table, what compile_interp reads (kept in the pack's cache)."""

    id: str
    field: str
    doc: str
    when: dict
    give: Any
    use: str | None
    args: dict
    replace: bool
    before: str | None
    after: str | None
    examples: tuple  # the tables as written


class MetricDef(NamedTuple):
    """A headline metric: a stable id, its labels, and the indicator wordings that mean it."""

    id: str
    label: str | None
    en: str | None
    panel: str
    ceiling: bool
    names: list
    examples: list
    negatives: list


class RuleSet(Frozen):
    """A loaded pack; not changed once made (a plain class: see plain.py)."""

    __slots__ = ("rules", "words", "_patterns", "interp", "metrics", "_compiled")
    _FIELDS = ("rules", "words", "patterns", "interp", "metrics")  # what equality compares

    def __init__(self, rules: tuple[CompiledRule, ...], words: dict[str, tuple[str, ...]] | None = None,
                 patterns: dict[str, regex.Pattern] | None = None,
                 interp: dict[str, tuple[CompiledInterp, ...]] | None = None,
                 metrics: dict[str, MetricDef] | None = None, _compiled: dict | None = None):
        for name, value in zip(self.__slots__, (rules, words, patterns, interp, metrics, _compiled)):
            object.__setattr__(self, name, {} if value is None else value)

    @property
    def patterns(self) -> dict[str, regex.Pattern]:
        """The named patterns, all compiled (`pattern` compiles one of a pack read back from its
        snapshot when first asked for)."""
        for name in self._patterns:
            self.pattern(name)
        return self._patterns

    def word_list(self, name: str) -> tuple[str, ...]:
        try:
            return self.words[name]
        except KeyError:
            raise ExtractorError(f"the rule pack has no word list {name}") from None

    def word_pairs(self, name: str) -> tuple[tuple[str, ...], ...]:
        """A word list of `said=name` pairs, each split at its `=` once per pack (the rules of a
        value read some five such lists)."""
        key = (name, "pairs")
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = tuple(tuple(pair.split("=")) for pair in self.word_list(name))
        return found

    def pattern(self, name: str, from_end: bool = False) -> regex.Pattern:
        """A named pattern; `from_end` for one anchored at the end of the text, which a
        forward search would try at every start (quadratic when called in a loop)."""
        try:
            compiled = self._patterns[name]
        except KeyError:
            raise ExtractorError(f"the rule pack has no pattern {name}") from None
        if compiled.__class__ is tuple:  # its key in the pattern cache: not asked for yet
            compiled = self._patterns[name] = self._regex(*compiled)
        if not from_end:
            return compiled
        key = (name, "from_end")
        if key not in self._compiled:
            self._compiled[key] = self._regex(compiled.pattern, compiled.flags | regex.REVERSE)
        return self._compiled[key]

    def _regex(self, source: str, flags: int = 0) -> regex.Pattern:
        cache = self._compiled.get("patterns")
        return cache.compile(source, flags) if cache else regex.compile(source, flags)

    def words_re(self, name: str, anchor: str = "") -> regex.Pattern:
        """A word list as one alternation, longest first; anchor '' (anywhere, or
        .match at a position) or 'end' (a word ending the text)."""
        key = (name, anchor)
        found = self._compiled.get(key)  # one look-up: 240k calls over the 34 reports
        if found is None:
            alt = _alternation(self.word_list(name)) if self.word_list(name) else "(?!)"
            # a word ending the text is searched from the end: forward, every start is tried
            found = self._compiled[key] = self._regex(alt + r"\Z", regex.REVERSE) if anchor == "end" else self._regex(alt)
        return found

    def derived(self, kind: str, pattern: regex.Pattern, *args):
        """reach.<kind> of a pattern, kept across runs (_derived)."""
        return _derived(self._compiled.get("patterns"), kind, pattern, *args)

    def needed_words(self, name: str) -> frozenset[str] | None:
        """Words one of which every match of the named pattern reads; None when not known."""
        key = (name, "needed words")
        if key not in self._compiled:
            self._compiled[key] = self.derived("needed_words", self.pattern(name))
        return self._compiled[key]

    def needs_search(self, name: str) -> regex.Pattern | None:
        """A search for the needed words of the named pattern (None when not known): a text it finds nothing in
        holds no match, told by one search of a few words, not by trying a long pattern (TIME_PREFIX: 1 text
        in 20 holds one of its words)."""
        key = (name, "needs search")
        if key not in self._compiled:
            words = self.needed_words(name)
            self._compiled[key] = None if words is None else self._regex(_alternation(words))
        return self._compiled[key]

    def interp_for(self, field: str, table: bool) -> tuple[CompiledInterp, ...]:
        """A field's rules that can apply to a table cell (table) or to prose: a value skips
        the rules of the other kind without testing them."""
        key = ("interp", field, table)
        if key not in self._compiled:
            self._compiled[key] = tuple(r for r in self.interp.get(field, ()) if r.table in (None, table))
        return self._compiled[key]

    def interp_ids(self) -> set[str]:
        return {r.id for rules in self.interp.values() for r in rules}


def _derived(cache: PatternCache | None, kind: str, pattern: regex.Pattern, *args):
    """reach.<kind> of a pattern (the marks it can read past, the words its every match reads),
    kept with the pack's compiled patterns across runs: reach is imported only when they lack
    it (importing it was ~8M instructions a start)."""
    def make():
        from .core import reach

        return getattr(reach, kind)(pattern, *args)
    key = (kind, pattern.pattern, pattern.flags, *args, _reach_digest())
    return cache.remember(key, make) if cache else make()


@lru_cache(maxsize=1)
def _reach_digest() -> str:
    """What `derived` keeps is keyed by the code that derived it: a fix to reach is no stale value."""
    return hashlib.sha256((Path(__file__).parent / "core" / "reach.py").read_bytes()).hexdigest()[:16]


def builtin_dir() -> Path:
    """extractor/rules/, or the directory $EXTRACTOR_BUILTIN_RULES names (a pack under test)."""
    directory = Path(os.environ.get(BUILTIN_ENV) or BUILTIN_DIR)
    if not directory.is_dir():
        raise ExtractorError(f"{directory}: built-in rule directory not found")
    return directory


def _user_files(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(p.glob("*.toml")))
        elif p.is_file():
            files.append(p)
        else:
            raise ExtractorError(f"{p}: rule file or directory not found")
    return files


_ALTERNATIONS: dict[tuple[str, ...], str] = {}  # words -> their alternation, kept with a pack's snapshot


def _alternation(words) -> str:
    """Kept: a load makes each word list's alternation twice (the fragment table, then
    `words_re`), and a snapshot of the pack brings back those it made. A word of letters and
    digits alone is its own escape: regex.escape, a Python loop a character, changes none of
    them (most words are Chinese)."""
    key = tuple(words)
    found = _ALTERNATIONS.get(key)
    if found is None:
        if len(_ALTERNATIONS) > 4096:
            _ALTERNATIONS.clear()
        found = _ALTERNATIONS[key] = "(?:" + "|".join(w if w.isalnum() else regex.escape(w)
                                                      for w in sorted(set(key), key=lambda w: (-len(w), w))) + ")"
    return found


def _expand(name: str, table: dict[str, str], stack: tuple[str, ...], cache: dict[str, str]) -> str:
    if name in cache:
        return cache[name]
    if name in stack:
        raise ValueError("fragment cycle: " + " -> ".join(stack + (name,)))
    if name not in table:
        raise ValueError(f"unknown fragment {{{name}}}")
    body = regex.sub(_REF, lambda m: _expand(m.group(1), table, stack + (name,), cache), table[name])
    cache[name] = body
    return body


def load_rules(extra: tuple[Path, ...] = ()) -> RuleSet:
    """Read, validate and compile the built-in rules plus `extra` rule files.

    Problems name built-in files by file name and the user's by the path given. The
    cache is keyed by the files' contents, so an edited file is read again.
    """
    files = [(p.name, _read(p), True) for p in sorted(builtin_dir().glob("*.toml"))]
    files += [(str(p), _read(p), False) for p in _user_files(tuple(extra))]
    return _load(tuple(files))


def _read(path: Path) -> bytes | str:
    """The file's bytes, or why it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        return f"cannot read: {exc}"


def _dotted(loc: tuple) -> str:
    return ".".join(str(x) for x in loc)


class _Stale(Exception):
    """A snapshot lacks what the code asks of it (the code changed): the pack is built again."""


class _Pack:
    """What rules are compiled against: fragments, word lists and named patterns (by name: the
    pattern, or from a snapshot its key in the cache). Built from a snapshot it has no fragment
    table: a pattern the snapshot does not hold is _Stale."""

    def __init__(self, table: dict[str, str] | None, words: dict[str, tuple[str, ...]], patterns: PatternCache,
                 raw: dict | None = None):
        self.table, self.words, self.cache, self.compiled = table, words, {}, patterns
        self.patterns: dict[str, regex.Pattern | tuple[str, int]] = {}
        self.raw: dict[tuple[str, int], tuple[str, int]] = {} if raw is None else raw  # cache keys by the source as written

    def key(self, source: str, flags: int = 0) -> tuple[str, int]:
        """The pattern cache's key of a regex as written: {FRAGMENT} references expanded;
        ValueError if a reference is bad."""
        key = (source, flags)
        found = self.raw.get(key)
        if found is None:
            if self.table is None:
                raise _Stale(source)
            found = self.raw[key] = (regex.sub(_REF, lambda m: _expand(m.group(1), self.table, (), self.cache), source),
                                     flags)
        return found

    def compile(self, source: str, flags: int = 0) -> regex.Pattern:
        """A regex with {FRAGMENT} references expanded; ValueError or regex.error if bad."""
        return self.compiled.compile(*self.key(source, flags))

    def derived(self, kind: str, pattern: regex.Pattern, *args):
        """reach.<kind> of a pattern, kept across runs (_derived): a rule's condition is compiled with it."""
        return _derived(self.compiled, kind, pattern, *args)


def _compile_span(tag: str, raw: dict, pack: _Pack, problems: list[str]) -> regex.Pattern | None:
    """Check what pydantic cannot: examples present, fragments, regex, groups == yields,
    and the groups the rule contract knows. Works on the raw table so that a rule with a
    bad key still has its pattern checked."""
    action = raw.get("action", "record")
    if action in ("record", "table") and not raw.get("examples"):
        problems.append(f"{tag}: a record rule needs at least one positive example")
    if action == "skip" and not raw.get("negatives"):
        problems.append(f"{tag}: a skip rule needs at least one negative example")
    if not isinstance(raw.get("pattern"), str):
        return None
    try:
        pattern = pack.compile(raw["pattern"])
    except ValueError as exc:
        problems.append(f"{tag}: {exc}")
        return None
    except regex.error as exc:
        problems.append(f"{tag}: pattern does not compile: {exc}")
        return None
    groups = set(pattern.groupindex)
    if "value" not in groups:
        problems.append(f"{tag}: pattern has no (?P<value>...) group")
    unknown = sorted(groups - SPAN_GROUPS.keys())
    if unknown and action != "skip":
        known = ", ".join(f"{k} ({v})" for k, v in SPAN_GROUPS.items())
        problems.append(f"{tag}: named group(s) {unknown} are not read by resolving; known groups: {known}")
    if action != "skip" and not groups & {"num", "unit"} and not raw.get("unit"):
        problems.append(f"{tag}: a record rule needs a (?P<num>...) or (?P<unit>...) group, or a fixed unit")
    yields = raw.get("yields")
    if isinstance(yields, list) and groups != set(yields):
        problems.append(f"{tag}: named groups {sorted(groups)} differ from yields {sorted(map(str, yields))}")
    return pattern


def _parse_files(files, problems, cache: PatternCache, RuleFile, ValidationError):
    """Parse every file: (name, RuleFile, its raw [[rule]] and [[interpret]] tables by key, builtin)."""
    parsed = []
    for name, content, builtin in files:
        if isinstance(content, str):
            problems.append(f"{name}:-: {content}")
            continue
        try:
            data = cache.parse(name, content)
        except ValueError as exc:  # tomllib.TOMLDecodeError or UnicodeDecodeError (tomllib is imported on a cache miss)
            problems.append(f"{name}:-: cannot read: {exc}")
            continue
        raws = {}
        for key in ("rule", "interpret"):
            raws[key] = data.pop(key, [])
            if not isinstance(raws[key], list):
                problems.append(f"{name}:-: {key}: must be an array of [[{key}]] tables")
                raws[key] = []
        try:
            rf = RuleFile.model_validate(data)
        except ValidationError as exc:
            problems += [f"{name}:-: {_dotted(err['loc'])}: {err['msg']}" for err in exc.errors()]
            rf = RuleFile()
        parsed.append((name, rf, raws, builtin))
    return parsed


def _merge_words(parsed, problems) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Word lists (one definition each, extended by any file) and the file defining each name."""
    words: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for name, rf, *_ in parsed:
        for key, body in list(rf.words.items()) + [(k, None) for k in rf.fragments] + [(k, None) for k in rf.patterns]:
            if key in owner and owner[key] != name:
                problems.append(f"{name}:-: {key} already defined in {owner[key]}")
            owner[key] = name
            if body is not None:
                words[key] = list(body)
    for name, rf, *_ in parsed:
        for key, more in rf.extend_words.items():
            if key not in words:
                problems.append(f"{name}:-: extend_words.{key}: no word list {key} to extend")
            else:
                words[key] += [w for w in more if w not in words[key]]
    return {k: tuple(v) for k, v in words.items()}, owner


# What a pack's snapshot depends on besides its files (the pack cache's name holds those and the
# versions of Python and regex): this module's code, which validates and merges the files, and
# the schema's; pydantic's version, which validates them.
_CODE = (Path(__file__), Path(__file__).with_name("rule_schema.py"))


def _snapshot_key(files) -> tuple | None:
    digest = hashlib.sha256(repr([(name, builtin) for name, _, builtin in files]).encode("utf-8", "surrogateescape"))
    try:
        for path in _CODE:
            digest.update(path.read_bytes())
    except OSError:
        return None
    from pydantic import VERSION

    digest.update(VERSION.encode())
    return "pack snapshot", digest.hexdigest()


_SNAPSHOT = {"words": dict, "patterns": dict, "raw": dict, "rules": tuple, "interp": list, "metrics": dict,
             "alternations": dict}  # what a snapshot holds


@lru_cache(maxsize=8)
def _load(files: tuple[tuple[str, bytes | str, bool], ...]) -> RuleSet:
    """The pack from its snapshot in the cache when there is one (the files were read, validated
    and merged by a run before: what is left is making the interpretation rules' tests, which
    are code), else read, validated and compiled, and its snapshot kept."""
    cache = PatternCache(files)
    key = _snapshot_key(files)
    snapshot = cache.kept(key) if key else None
    if isinstance(snapshot, dict):
        try:
            return _from_snapshot(snapshot, cache)
        except (_Stale, KeyError, TypeError, ValueError, AttributeError):
            pass  # a snapshot the code cannot use (or a broken one): built again, as if there were none
    return _build(files, cache, key)


def _from_snapshot(snapshot: dict, cache: PatternCache) -> RuleSet:
    """Make the interpretation rules' tests (code) from the validated tables a run before kept;
    anything they would find wrong means building the pack again, which says all that is."""
    from .interpret.vocabulary import compile_interp, check_needs

    if any(not isinstance(snapshot[k], kind) for k, kind in _SNAPSHOT.items()):
        raise _Stale("snapshot")
    problems: list[str] = []
    pack = _Pack(None, snapshot["words"], cache, dict(snapshot["raw"]))
    pack.patterns = snapshot["patterns"]
    _ALTERNATIONS.update(snapshot["alternations"])
    interp = _interp_rules(snapshot["interp"], pack, compile_interp, problems)
    check_needs(pack.words, pack.patterns, problems)
    if problems:
        raise _Stale(problems)
    ruleset = RuleSet(snapshot["rules"], pack.words, dict(pack.patterns), interp, snapshot["metrics"],
                      {"patterns": cache})
    cache.save()
    atexit.register(cache.save)  # patterns first compiled while extracting (a list read from the end)
    return ruleset


def _build(files, cache: PatternCache, key) -> RuleSet:
    from pydantic import ValidationError

    from .interpret.vocabulary import compile_interp, check_needs
    from .rule_schema import InterpRule, Rule, RuleFile

    problems: list[str] = []
    parsed = _parse_files(files, problems, cache, RuleFile, ValidationError)
    words, owner = _merge_words(parsed, problems)
    table = {k: _alternation(v) if v else "(?!)" for k, v in words.items()}
    for _, rf, *_ in parsed:
        table.update(rf.fragments)
        table.update(rf.patterns)  # a pattern can be referenced like a fragment: '{COMPARISON}'
        for source in (*rf.fragments.values(), *rf.patterns.values()):
            for m in regex.finditer(_UNION, source):  # {COUNT_UNIT+MEASURE_UNIT}: one alternation, so 亩次 wins over 亩
                parts = m.group(1).split("+")
                if all(p in words for p in parts):
                    table[m.group(1)] = _alternation([w for p in parts for w in words[p]])
    pack = _Pack(table, words, cache)
    for key_ in [k for _, rf, *_ in parsed for k in rf.fragments]:
        try:
            _expand(key_, table, (), pack.cache)
        except ValueError as exc:
            problems.append(f"{owner[key_]}:-: fragment {key_}: {exc}")
    named: dict[str, tuple[str, int]] = {}  # the named patterns' keys in the cache, for the snapshot
    for name, rf, *_ in parsed:
        for key_, source in rf.patterns.items():
            try:
                named[key_] = pack.key(source)
                pack.patterns[key_] = cache.compile(*named[key_])
            except (ValueError, regex.error) as exc:
                problems.append(f"{name}:-: pattern {key_}: {exc}")

    compiled: list[CompiledRule] = []
    seen: dict[str, str] = {}

    def tag_of(name, raw, i, kind):
        rid = raw.get("id") if isinstance(raw, dict) else None
        tag = f"{name}:{rid if isinstance(rid, str) else f'{kind}[{i}]'}"
        if isinstance(rid, str):
            if rid in seen:
                problems.append(f"{tag}: duplicate rule id (also in {seen[rid]})")
            seen[rid] = name
        return tag

    for name, _, tag, raw, rule in _tables(parsed, "rule", Rule, tag_of, problems, ValidationError):
        pattern = _compile_span(tag, raw, pack, problems)  # checked even when the table is invalid
        if rule and pattern:
            compiled.append(CompiledRule(rule.id, rule.name, rule.action, pattern, name,
                                         tuple(raw.get("examples", ())), tuple(raw.get("negatives", ())), rule.unit))

    specs = []

    def interp_tables():
        """The [[interpret]] tables as InterpSpecs, made as _interp_rules reads them (so each
        table's problems come in their place), and kept for the snapshot."""
        for name, builtin, tag, raw, rule in _tables(parsed, "interpret", InterpRule, tag_of, problems, ValidationError):
            spec = None if rule is None else InterpSpec(
                rule.id, rule.field, rule.doc, rule.when, rule.give, rule.use, rule.args, rule.replace,
                rule.before, rule.after, tuple(raw.get("examples", ())))
            specs.append((name, builtin, tag, spec))
            yield name, builtin, tag, spec

    interp = _interp_rules(interp_tables(), pack, compile_interp, problems)
    check_needs(words, pack.patterns, problems)
    metrics = _merge_metrics(parsed, problems)
    if problems:
        raise RulePackError(problems)
    ruleset = RuleSet(tuple(compiled), words, dict(pack.patterns), interp, metrics, {"patterns": cache})
    for name in words:  # the word lists rules read are compiled now, so the cache holds them too
        ruleset.words_re(name)
    if key:
        cache.keep(key, {"words": words, "patterns": named, "raw": pack.raw, "rules": ruleset.rules,
                         "interp": specs, "metrics": metrics, "alternations": dict(_ALTERNATIONS)})
    cache.save()
    atexit.register(cache.save)  # patterns first compiled while extracting (a list read from the end)
    return ruleset


def _merge_metrics(parsed, problems) -> dict[str, MetricDef]:
    """Metrics by id: a later file naming a known id adds its names and examples."""
    out: dict[str, MetricDef] = {}
    for name, rf, *_ in parsed:
        for m in rf.metric:
            if m.id not in out:
                if not m.label or not m.en:
                    problems.append(f"{name}:metric {m.id}: a new metric needs a label and an en label")
                out[m.id] = MetricDef(m.id, m.label, m.en, m.panel, m.ceiling, m.names, m.examples, m.negatives)
            else:
                old = out[m.id]
                out[m.id] = old._replace(names=old.names + m.names, examples=old.examples + m.examples,
                                         negatives=old.negatives + m.negatives)
    return out


def _tables(parsed, key: str, model, tag_of, problems, ValidationError):
    """Each [[key]] table of each file, validated as `model`: (file, builtin, tag, raw table,
    the model or None when invalid); what is wrong goes to `problems`."""
    for name, _, raws, builtin in parsed:
        for i, raw in enumerate(raws[key]):
            tag = tag_of(name, raw, i, key)
            if not isinstance(raw, dict):
                problems.append(f"{tag}: must be a [[{key}]] table")
                continue
            try:
                yield name, builtin, tag, raw, model.model_validate(raw)
            except ValidationError as exc:
                problems += [f"{tag}: {_dotted(err['loc'])}: {err['msg']}" for err in exc.errors()]
                yield name, builtin, tag, raw, None


def _interp_rules(tables, pack: _Pack, compile_interp, problems) -> dict[str, tuple[CompiledInterp, ...]]:
    """Interpretation rules by field, in their order: built-in files in file order; a user
    rule where its `before`/`after` puts it, else ahead of the built-in rules of its field."""
    order: dict[str, list[CompiledInterp]] = {f: [] for f in FIELDS}
    placed: list[tuple[str, InterpSpec, CompiledInterp]] = []
    for name, builtin, tag, rule in tables:
        if rule is None:
            continue
        if not rule.examples:
            problems.append(f"{tag}: an interpretation rule needs at least one example")
        if rule.id.split(".")[0] != rule.field and builtin:
            problems.append(f"{tag}: a built-in rule's id starts with its field ({rule.field}.)")
        done = compile_interp(rule, pack, name, lambda msg, t=tag: problems.append(f"{t}: {msg}"))
        if done is None:
            continue
        if builtin and not (rule.before or rule.after):
            order[rule.field].append(done)
        else:
            placed.append((tag, rule, done))
    for tag, rule, done in placed:
        rules = order[rule.field]
        anchor = rule.before or rule.after
        ids = [r.id for r in rules]
        if anchor is None:
            rules.insert(0, done)
        elif anchor not in ids:
            problems.append(f"{tag}: {'before' if rule.before else 'after'}: no {rule.field} rule {anchor}")
        else:
            rules.insert(ids.index(anchor) + (1 if rule.after else 0), done)
    return {f: tuple(rules) for f, rules in order.items()}
