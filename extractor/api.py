"""The Python API: files or text in, records out, and records as a typed pandas DataFrame.

Every problem the command line reports (an unreadable file, a rule that ran out of
time, a bad rule file) is raised as ExtractorError, the one exception type.
"""
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .batch import Batch, Settings, inputs, run
from .errors import ExtractorError
from .models import INTERPRETED, Record
from .pipeline import extract_document
from .pipeline import extract_text as _extract_text
from .reading import read_document
from .rulepack import RuleSet, load_rules

Rules = RuleSet | str | Path | Iterable[str | Path] | None


def _pack(rules: Rules) -> RuleSet:
    """The built-in rules, plus rule files or folders given by path; a RuleSet as it is."""
    if isinstance(rules, RuleSet):
        return rules
    if rules is None:
        return load_rules()
    return load_rules(tuple(Path(p) for p in ([rules] if isinstance(rules, (str, Path)) else rules)))


def extract_text(text: str, doc_id: str = "doc", year: int | None = None, rules: Rules = None) -> list[Record]:
    """Every target and achievement in `text`; offsets index `text` exactly as given.
    `year` is the document's own year when the text does not say."""
    return _extract_text(text, doc_id, year, _pack(rules))


def extract_file(path: str | Path, *, year: int | None = None, rules: Rules = None,
                 input_format: str = "auto") -> list[Record]:
    """The records of one file (text, Word, PDF or web page, told by its bytes)."""
    pack = _pack(rules)
    result = extract_document(read_document(path, None, input_format, pack), year, pack)
    if result.problems:
        raise ExtractorError(result.problems[0])
    return result.records


def extract_paths(paths: str | Path | Iterable[str | Path], *, year: int | None = None, rules: Rules = None,
                  jobs: int | None = None, input_format: str = "auto") -> Iterator[Record]:
    """Records of files, folders (searched recursively) and globs, in input order, as each
    document is done; with `jobs` > 1 in that many processes. Inputs that fail do not stop
    the others: once every good record is yielded, ExtractorError names each failure."""
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files, problems = inputs([str(p) for p in paths])
    batch = Batch(echo=False)
    batch.failures += problems
    settings = Settings(_pack(rules), year, None, input_format)
    for result in run(files, batch, settings, jobs or os.cpu_count() or 1, roots=[str(p) for p in paths]):
        yield from result.records
    if batch.failures:
        raise ExtractorError(f"{len(batch.failures)} input(s) failed: " + "; ".join(batch.failures))


def to_dataframe(records: Iterable[Record]):
    """Records as a pandas DataFrame, one row each, columns as in the CSV output: numbers as
    float64, `year` as nullable Int64, offsets as int64, fixed vocabularies as categoricals."""
    import pandas as pd

    from .outputs.export import COLUMNS, flat

    frame = pd.DataFrame([flat(r) for r in records], columns=COLUMNS)
    types = {"value": "float64", "value_max": "float64", "magnitude": "float64", "year": "Int64",
             "start": "int64", "end": "int64",
             "kind": pd.CategoricalDtype(["target", "achievement"]),
             "comparator": pd.CategoricalDtype([">=", "<=", "~", "="]),
             "doc": "category", "unit": "category", "rule": "category"}
    types.update({f"trace_{f}": "category" for f in INTERPRETED})
    return frame.astype(types)
