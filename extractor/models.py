"""The validated record: one quantity a document states as a target or an achievement."""
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["target", "achievement"]
Comparator = Literal[">=", "<=", "~", "="]
Change = Literal["increase", "decrease"]
Basis = Literal["per_year", "cumulative"]
Binding = Literal["anticipatory", "binding"]
INTERPRETED = ("kind", "year", "indicator", "comparator", "change", "basis", "binding")  # decided by interpretation rules
UNKNOWN_INDICATOR = "?"  # no rule found a name for the value


class Trace(BaseModel):
    """For each interpreted field, the id of the interpretation rule that decided it."""

    model_config = ConfigDict(extra="forbid")

    kind: str | None = None
    year: str | None = None
    indicator: str | None = None
    comparator: str | None = None
    change: str | None = None
    basis: str | None = None
    binding: str | None = None


class Record(BaseModel):
    """A number with its unit, what it measures, and where it stands in the source."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Stable id: '<doc>:<n>' in document order")
    doc: str = Field(description="Document id (its path under the folder given, without extension)")
    government: str | None = Field(None, description="The government the document is of (浙江省, 无锡市, 国务院)")
    doc_year: int | None = Field(None, description="The year the document speaks for (a report of 2025: 2025)")
    kind: Kind
    indicator: str = Field(description="What the number measures, as a column header would name it")
    metric: str | None = Field(None, description="The canonical metric the indicator names (gdp, cpi, ...; "
                               "extractor/rules/metrics.toml), else null")
    value: float
    value_max: float | None = Field(None, description="Upper end of a range (2-3个), else null")
    unit: str = Field(description="Unit as written, spaces removed, magnitude prefix kept (亿元)")
    magnitude: float = Field(description="value in base units (1800 亿元 -> 1.8e11)")
    comparator: Comparator
    change: Change | None = Field(None, description="increase/decrease when the value is the size of a rise "
                                  "or fall of the indicator (增长5%); null for a level, a stock or a count")
    basis: Basis | None = Field(None, description="per_year for a yearly figure of a multi-year span (年均); "
                                "cumulative for a total the sentence names over a span (累计)")
    year: int | None = Field(None, description="Year the target is due or the achievement is reported for")
    binding: Binding | None = Field(None, description="For a target of an indicator table's 属性 column: "
                                    "anticipatory (预期性) or binding (约束性)")
    source: Literal["text", "table"] = Field("text", description="Whether the value was read from prose or a table cell")
    start: int = Field(ge=0, description="Start of `text` in the original document (Python index)")
    end: int = Field(ge=0, description="End (exclusive) of `text` in the original document")
    text: str = Field(description="The original document text[start:end]: the value and its unit")
    sentence: str = Field(description="The sentence around the value, as in the original")
    section: str = Field("", description="The heading the sentence sits under")
    rule: str = Field(description="Id of the span rule that found the value")
    trace: Trace = Field(default_factory=Trace, description="Id of the interpretation rule behind each field")

    @model_validator(mode="after")
    def _span(self) -> "Record":
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if self.end - self.start != len(self.text):
            raise ValueError("text length must equal end - start")
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError("value_max must not be below value")
        return self
