"""The rule files' schema: what a [[rule]], an [[interpret]] table, their examples and a metric
may hold, checked by pydantic.

Imported only when a pack is validated: a pack already validated is read back from its cache
(rulepack's snapshot) without building these models, a tenth of a cold start.
"""
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

RULE_ID = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Example(_Strict):
    """A sentence and the record a span rule must give for it; `also` names the other
    value texts its sentence gives records for (any other record is an error)."""

    text: str
    value_text: str
    value: float | int
    value_max: float | int | None = None
    unit: str | None = None
    comparator: Literal[">=", "<=", "~", "="] | None = None
    kind: Literal["target", "achievement"] | None = None
    indicator: str | None = None
    year: int | None = None
    change: Literal["increase", "decrease", "none"] | None = None
    basis: Literal["per_year", "cumulative", "none"] | None = None
    also: list[str] = []


class Negative(_Strict):
    """A sentence that must give no record at all."""

    text: str


class Rule(_Strict):
    id: str = Field(pattern=RULE_ID)
    name: str
    action: Literal["record", "skip", "table"] = "record"
    pattern: str
    yields: list[str]
    unit: str | None = None  # a fixed unit for a pattern with no unit group (百分之… -> %)
    examples: list[Example] = []
    negatives: list[Negative] = []


class InterpExample(_Strict):
    """A sentence, the value in it, and what interpretation must make of that value.

    The rule the example sits under must be the one that decided its field
    (for a drop rule: the one that dropped the value)."""

    text: str
    value_text: str
    doc_year: int | None = None
    section: str | None = None  # a heading placed on the line before the text
    kind: Literal["target", "achievement"] | None = None
    year: int | Literal["none"] | None = None
    indicator: str | None = None
    comparator: Literal[">=", "<=", "~", "="] | None = None
    change: Literal["increase", "decrease", "none"] | None = None
    basis: Literal["per_year", "cumulative", "none"] | None = None
    binding: Literal["anticipatory", "binding", "none"] | None = None


class InterpRule(_Strict):
    id: str = Field(pattern=RULE_ID)
    field: Literal["drop", "kind", "year", "indicator", "comparator", "change", "basis", "binding"]
    doc: str
    when: dict[str, Any] = {}
    give: str | int | None = None
    use: str | None = None
    args: dict[str, Any] = {}
    replace: bool = False
    before: str | None = None
    after: str | None = None
    examples: list[InterpExample] = []


class Metric(_Strict):
    """A headline metric: a stable id, its labels, and the indicator wordings that mean it.
    A file may add wordings to a metric another file defines by naming its id alone."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str | None = None       # the Chinese label (地区生产总值)
    en: str | None = None          # the English label
    panel: Literal["growth", "fall", "level"] = "level"  # the measure `extractor panel` tabulates
    ceiling: bool = False          # a figure held under a line: a target said about it (≈3) is met by any below
    names: list[str] = []          # indicator wordings, compared after the scope word and growth word are cut
    examples: list[str] = []       # indicators as records name them, which must mean this metric
    negatives: list[str] = []      # indicators that must not


class RuleFile(_Strict):
    """A file's top level; its [[rule]] and [[interpret]] tables are validated one by one."""

    words: dict[str, list[str]] = {}
    extend_words: dict[str, list[str]] = {}
    fragments: dict[str, str] = {}
    patterns: dict[str, str] = {}
    metric: list[Metric] = []
