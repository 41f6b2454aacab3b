"""Load rule files (TOML) into a compiled, validated rule set.

Every problem in every file is collected and reported together as
`file:rule-id: message`, so one run shows all that is wrong with a pack.
"""
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ExtractorError

BUILTIN_DIR = Path(__file__).parent / "rules"
_REF = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
MATCH_TIMEOUT = 5.0  # seconds per rule and text: a last guard, patterns are atomic


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Example(_Strict):
    """A sentence and the record a rule must give for it."""

    text: str
    value_text: str
    value: float | int
    value_max: float | int | None = None
    unit: str | None = None
    comparator: Literal[">=", "<=", "~", "="] | None = None
    kind: Literal["target", "achievement"] | None = None
    indicator: str | None = None
    year: int | None = None


class Negative(_Strict):
    """A sentence that must give no record at all."""

    text: str


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
    name: str
    action: Literal["record", "skip"] = "record"
    pattern: str
    yields: list[str]
    examples: list[Example] = []
    negatives: list[Negative] = []


class RuleFile(_Strict):
    words: dict[str, list[str]] = {}
    fragments: dict[str, str] = {}
    rule: list[Rule] = []


class RulePackError(ExtractorError):
    """All problems found in a rule pack."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid rule pack:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class CompiledRule:
    id: str
    name: str
    action: str
    regex: regex.Pattern
    source: str
    examples: tuple[Example, ...]
    negatives: tuple[Negative, ...]


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[CompiledRule, ...]
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def word_list(self, name: str) -> tuple[str, ...]:
        return self.words.get(name, ())


def rule_files(paths: tuple[Path, ...] = ()) -> list[Path]:
    """The built-in rule files, then the user's (files or directories of *.toml)."""
    files = sorted(BUILTIN_DIR.glob("*.toml"))
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(p.glob("*.toml")))
        elif p.is_file():
            files.append(p)
        else:
            raise ExtractorError(f"{p}: rule file or directory not found")
    return files


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _expand(name: str, table: dict[str, str], stack: tuple[str, ...], cache: dict[str, str]) -> str:
    if name in cache:
        return cache[name]
    if name in stack:
        raise ValueError("fragment cycle: " + " -> ".join(stack + (name,)))
    if name not in table:
        raise ValueError(f"unknown fragment {{{name}}}")
    body = _REF.sub(lambda m: _expand(m.group(1), table, stack + (name,), cache), table[name])
    cache[name] = body
    return body


def _location(exc: ValidationError, data: dict) -> str:
    """Name the rule a pydantic error is about, when it is inside one."""
    loc = exc.errors()[0]["loc"]
    if len(loc) >= 2 and loc[0] == "rule" and isinstance(loc[1], int):
        rules = data.get("rule", [])
        if loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            return str(rules[loc[1]].get("id", f"rule[{loc[1]}]"))
    return "-"


def load_rules(extra: tuple[Path, ...] = ()) -> RuleSet:
    """Read, validate and compile the built-in rules plus `extra` rule files."""
    return _load(tuple(str(p) for p in rule_files(tuple(extra))))


@lru_cache(maxsize=8)
def _load(files: tuple[str, ...]) -> RuleSet:
    problems: list[str] = []
    parsed: list[tuple[str, RuleFile]] = []
    table: dict[str, str] = {}
    owner: dict[str, str] = {}
    for path in files:
        name = Path(path).name
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            problems.append(f"{name}:-: cannot read: {exc}")
            continue
        try:
            rf = RuleFile.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                where = _location(ValidationError.from_exception_data(exc.title, [err]), data)
                loc = ".".join(str(x) for x in err["loc"])
                problems.append(f"{name}:{where}: {loc}: {err['msg']}")
            continue
        for key, words in rf.words.items():
            body = _alternation(words)
            if key in table and owner[key] != name:
                problems.append(f"{name}:-: fragment {key} already defined in {owner[key]}")
            table[key], owner[key] = body, name
        for key, body in rf.fragments.items():
            if key in table and owner[key] != name:
                problems.append(f"{name}:-: fragment {key} already defined in {owner[key]}")
            table[key], owner[key] = body, name
        parsed.append((name, rf))

    cache: dict[str, str] = {}
    for key in list(table):
        try:
            _expand(key, table, (), cache)
        except ValueError as exc:
            problems.append(f"{owner[key]}:-: fragment {key}: {exc}")

    compiled: list[CompiledRule] = []
    seen: dict[str, str] = {}
    for name, rf in parsed:
        for rule in rf.rule:
            tag = f"{name}:{rule.id}"
            if rule.id in seen:
                problems.append(f"{tag}: duplicate rule id (also in {seen[rule.id]})")
            seen[rule.id] = name
            if rule.action == "record" and not rule.examples:
                problems.append(f"{tag}: a record rule needs at least one positive example")
            if rule.action == "skip" and not rule.negatives:
                problems.append(f"{tag}: a skip rule needs at least one negative example")
            try:
                source = _REF.sub(lambda m: _expand(m.group(1), table, (), cache), rule.pattern)
                pattern = regex.compile(source)
            except ValueError as exc:
                problems.append(f"{tag}: {exc}")
                continue
            except regex.error as exc:
                problems.append(f"{tag}: pattern does not compile: {exc}")
                continue
            groups = set(pattern.groupindex)
            if "value" not in groups:
                problems.append(f"{tag}: pattern has no (?P<value>...) group")
            if groups != set(rule.yields):
                problems.append(
                    f"{tag}: named groups {sorted(groups)} differ from yields {sorted(rule.yields)}")
            compiled.append(CompiledRule(rule.id, rule.name, rule.action, pattern, name,
                                         tuple(rule.examples), tuple(rule.negatives)))
    if problems:
        raise RulePackError(problems)
    words = {k: tuple(v) for _, rf in parsed for k, v in rf.words.items()}
    return RuleSet(tuple(compiled), words)
