"""Run the extractor over many inputs: bad files are reported, good ones kept."""
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ExtractorError
from .pipeline import DocResult, extract_document
from .reading import expand_paths, read_document
from .rules import RuleSet


@dataclass
class Batch:
    """The outcome of a run: failed inputs with their reasons."""

    failures: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"error: {message}", file=sys.stderr)


def run(paths: list[str], batch: Batch, rules: RuleSet, year: int | None = None) -> Iterator[DocResult]:
    """Yield each readable document's result in input order; record each failure."""
    files = expand_paths(paths)
    if not files:
        batch.fail("no input documents found in " + ", ".join(paths))
    for path in files:
        try:
            yield extract_document(read_document(path), year, rules)
        except ExtractorError as exc:
            batch.fail(str(exc))


def data_documents(data_dir: Path) -> list[str]:
    return [str(p) for p in sorted(Path(data_dir).glob("*.txt"))]
