"""Which records a run keeps: the filters of extract and build (--kind, --year, --indicator).

Each filter is one field of Selection and one test in `keeps`; a filter on canonical
metrics, when those exist, is one more of each.
"""
from typing import NamedTuple

import regex

from .models import Record
from .pipeline import DocResult


class Selection(NamedTuple):
    kinds: tuple[str, ...] = ()          # any of these kinds; none given: all
    years: tuple[int, ...] = ()          # any of these years; none given: all
    indicator: regex.Pattern | None = None  # searched in the indicator

    def keeps(self, record: Record) -> bool:
        return ((not self.kinds or record.kind in self.kinds)
                and (not self.years or record.year in self.years)
                and (self.indicator is None or self.indicator.search(record.indicator) is not None))

    def apply(self, result: DocResult) -> DocResult:
        """The document's result with only the records kept (ids stay as extracted)."""
        if self == Selection():
            return result
        return result._replace(records=[r for r in result.records if self.keeps(r)])
