"""Run the extractor over many inputs: bad files are reported, good ones kept."""
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ExtractorError
from .pipeline import DocResult, extract_document
from .reading import dump_text, expand_paths, read_document
from .rulepack import RuleSet


@dataclass
class Batch:
    """The outcome of a run: failed inputs with their reasons."""

    failures: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"error: {message}", file=sys.stderr)


def run(paths: list[str], batch: Batch, rules: RuleSet, year: int | None = None,
        jobs: int = 1, progress: bool = False, dump: Path | None = None) -> Iterator[DocResult]:
    """Yield each readable document's result in input order; record each failure.

    With jobs > 1 the documents are extracted in worker processes; the results
    still come back in input order, so the output does not depend on `jobs`.
    With `dump`, each document's extracted text is written there as <id>.txt.
    """
    files = expand_paths(paths)
    if not files:
        batch.fail("no input documents found in " + ", ".join(paths))
    if jobs > 1 and len(files) > 1:
        outcomes = _parallel(files, rules, year, jobs, dump)
    else:
        outcomes = (_extract(path, rules, year, dump) for path in files)
    if progress:
        outcomes = _progress(outcomes, len(files))
    for outcome in outcomes:
        if isinstance(outcome, str):
            batch.fail(outcome)
        else:
            for problem in outcome.problems:  # the records found are kept, and the run fails
                batch.fail(problem)
            yield outcome


def _extract(path: Path, rules: RuleSet, year: int | None, dump: Path | None = None) -> DocResult | str:
    """One document's result, or the one-line reason it failed."""
    try:
        document = read_document(path)
        if dump:
            dump_text(document, dump)
        return extract_document(document, year, rules)
    except ExtractorError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug met on one document must not lose the others
        return f"{path}: internal error ({type(exc).__name__}: {(str(exc) or '-').splitlines()[0]})"


_WORKER: dict = {}


def _init_worker(rules: RuleSet, year: int | None, dump: Path | None = None) -> None:
    _WORKER.update(rules=rules, year=year, dump=dump)


def _work(path: Path) -> DocResult | str:
    return _extract(path, _WORKER["rules"], _WORKER["year"], _WORKER["dump"])


def _parallel(files: list[Path], rules: RuleSet, year: int | None, jobs: int,
              dump: Path | None = None) -> Iterator[DocResult | str]:
    """Outcomes in input order from `jobs` processes.

    Only a few documents per worker are in flight at once (executor.map would
    submit them all), so memory stays flat however long the list of files.
    """
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    window = 4 * jobs
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(rules, year, dump)) as pool:
        pending: deque = deque()
        for path in files:
            pending.append(pool.submit(_work, path))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _progress(outcomes: Iterator[DocResult | str], total: int) -> Iterator[DocResult | str]:
    """Pass outcomes through while a progress bar on stderr shows documents, records, speed, ETA."""
    import time

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (BarColumn(), MofNCompleteColumn(), TextColumn("docs  {task.fields[records]} records  {task.fields[rate]}"),
               TimeRemainingColumn())
    # no refresh thread (auto_refresh): worker processes are forked while the bar is up
    with Progress(*columns, console=Console(stderr=True), auto_refresh=False, redirect_stdout=False) as bar:
        task = bar.add_task("extract", total=total, records=0, rate="")
        start, chars, records = time.perf_counter(), 0, 0
        for outcome in outcomes:
            if not isinstance(outcome, str):
                chars += outcome.chars
                records += len(outcome.records)
            rate = chars / max(time.perf_counter() - start, 1e-6)
            bar.update(task, advance=1, records=records, rate=f"{rate / 1e6:.2f}M chars/s", refresh=True)
            yield outcome


def data_documents(data_dir: Path) -> list[str]:
    return [str(p) for p in expand_paths([str(data_dir)])]
