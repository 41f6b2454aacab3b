"""Load rule files (TOML) into a compiled, validated rule set.

Every problem in every file is collected and reported together as
`file:rule-id: message`, so one run shows all that is wrong with a pack.
"""
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ExtractorError

BUILTIN_DIR = Path(__file__).parent / "rules"
BUILTIN_ENV = "EXTRACTOR_BUILTIN_RULES"
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
    """A file's top level; its [[rule]] tables are validated one by one."""

    words: dict[str, list[str]] = {}
    fragments: dict[str, str] = {}


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

    _compiled: dict = field(default_factory=dict, compare=False, repr=False)

    def word_list(self, name: str) -> tuple[str, ...]:
        return self.words.get(name, ())

    def words_re(self, name: str, anchor: str = "") -> regex.Pattern:
        """A word list as one alternation, longest first; anchor '' (anywhere, or
        .match at a position) or 'end' (a word ending the text)."""
        key = (name, anchor)
        if key not in self._compiled:
            words = sorted(set(self.word_list(name)), key=lambda w: (-len(w), w))
            alt = "|".join(regex.escape(w) for w in words) or "(?!)"
            self._compiled[key] = regex.compile(f"(?:{alt})" + (r"\Z" if anchor == "end" else ""))
        return self._compiled[key]


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


def load_rules(extra: tuple[Path, ...] = ()) -> RuleSet:
    """Read, validate and compile the built-in rules plus `extra` rule files.

    Problems name built-in files by file name and the user's by the path given. The
    cache is keyed by the files' contents, so an edited file is read again.
    """
    files = [(p.name, p) for p in sorted(builtin_dir().glob("*.toml"))]
    files += [(str(p), p) for p in _user_files(tuple(extra))]
    return _load(tuple((name, _read(path)) for name, path in files))


def _read(path: Path) -> bytes | str:
    """The file's bytes, or why it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        return f"cannot read: {exc}"


def _dotted(loc: tuple) -> str:
    return ".".join(str(x) for x in loc)


def _compile(tag: str, raw: dict, table: dict[str, str], cache: dict[str, str],
             problems: list[str]) -> regex.Pattern | None:
    """Check what pydantic cannot: examples present, fragments, regex, groups == yields.

    Works on the raw table so that a rule with a bad key still has its pattern checked.
    """
    action = raw.get("action", "record")
    if action == "record" and not raw.get("examples"):
        problems.append(f"{tag}: a record rule needs at least one positive example")
    if action == "skip" and not raw.get("negatives"):
        problems.append(f"{tag}: a skip rule needs at least one negative example")
    if not isinstance(raw.get("pattern"), str):
        return None
    try:
        pattern = regex.compile(_REF.sub(lambda m: _expand(m.group(1), table, (), cache), raw["pattern"]))
    except ValueError as exc:
        problems.append(f"{tag}: {exc}")
        return None
    except regex.error as exc:
        problems.append(f"{tag}: pattern does not compile: {exc}")
        return None
    groups = set(pattern.groupindex)
    if "value" not in groups:
        problems.append(f"{tag}: pattern has no (?P<value>...) group")
    yields = raw.get("yields")
    if isinstance(yields, list) and groups != set(yields):
        problems.append(f"{tag}: named groups {sorted(groups)} differ from yields {sorted(map(str, yields))}")
    return pattern


@lru_cache(maxsize=8)
def _load(files: tuple[tuple[str, bytes | str], ...]) -> RuleSet:
    problems: list[str] = []
    parsed: list[tuple[str, RuleFile, list]] = []
    table: dict[str, str] = {}
    owner: dict[str, str] = {}
    for name, content in files:
        if isinstance(content, str):
            problems.append(f"{name}:-: {content}")
            continue
        try:
            data = tomllib.loads(content.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{name}:-: cannot read: {exc}")
            continue
        raw_rules = data.pop("rule", [])
        if not isinstance(raw_rules, list):
            problems.append(f"{name}:-: rule: must be an array of [[rule]] tables")
            raw_rules = []
        try:
            rf = RuleFile.model_validate(data)
        except ValidationError as exc:
            problems += [f"{name}:-: {_dotted(err['loc'])}: {err['msg']}" for err in exc.errors()]
            rf = RuleFile()
        for key, body in [(k, _alternation(w)) for k, w in rf.words.items()] + list(rf.fragments.items()):
            if key in table and owner[key] != name:
                problems.append(f"{name}:-: fragment {key} already defined in {owner[key]}")
            table[key], owner[key] = body, name
        parsed.append((name, rf, raw_rules))

    cache: dict[str, str] = {}
    for key in list(table):
        try:
            _expand(key, table, (), cache)
        except ValueError as exc:
            problems.append(f"{owner[key]}:-: fragment {key}: {exc}")

    compiled: list[CompiledRule] = []
    seen: dict[str, str] = {}
    for name, _, raw_rules in parsed:
        for i, raw in enumerate(raw_rules):
            rid = raw.get("id") if isinstance(raw, dict) else None
            tag = f"{name}:{rid if isinstance(rid, str) else f'rule[{i}]'}"
            if not isinstance(raw, dict):
                problems.append(f"{tag}: a rule must be a [[rule]] table")
                continue
            if isinstance(rid, str):
                if rid in seen:
                    problems.append(f"{tag}: duplicate rule id (also in {seen[rid]})")
                seen[rid] = name
            try:
                rule = Rule.model_validate(raw)
            except ValidationError as exc:
                problems += [f"{tag}: {_dotted(err['loc'])}: {err['msg']}" for err in exc.errors()]
                rule = None
            pattern = _compile(tag, raw, table, cache, problems)
            if rule and pattern:
                compiled.append(CompiledRule(rule.id, rule.name, rule.action, pattern, name,
                                             tuple(rule.examples), tuple(rule.negatives)))
    if problems:
        raise RulePackError(problems)
    words = {k: tuple(v) for _, rf, _ in parsed for k, v in rf.words.items()}
    return RuleSet(tuple(compiled), words)
