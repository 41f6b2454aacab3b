"""Run the extractor over many inputs: bad files are reported, good ones kept.

Worker processes are expendable: one killed (the OOM killer on a huge file) costs
only the document it held, and they die with the parent, so no worker outlives an
interrupted run holding a pipe open.
"""
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from .errors import ExtractorError, printable
from .pipeline import DocResult, extract_document
from .plain import Frozen, Plain
from .reading import SUFFIXES, document_ids, dump_text, expand_paths, read_document, shown
from .reading.manifest import entry_for
from .rulepack import RuleSet


class Batch(Plain):
    """The outcome of a run: failed inputs with their reasons."""

    __slots__ = ("failures", "echo")

    def __init__(self, failures: list[str] | None = None, echo: bool = True):
        self.failures: list[str] = [] if failures is None else failures
        self.echo = echo  # print each failure on stderr as it happens (the API raises them instead)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        if self.echo:
            print(f"error: {printable(message)}", file=sys.stderr)


class Settings(Frozen):
    """What every document of a run is read and extracted with; not changed once made."""

    __slots__ = ("rules", "year", "dump", "input_format", "manifest")

    def __init__(self, rules: RuleSet, year: int | None = None, dump: Path | None = None,
                 input_format: str = "auto", manifest: dict | None = None):
        # manifest: real path -> manifest Entry, what the user says of a document
        for name, value in zip(self.__slots__, (rules, year, dump, input_format, {} if manifest is None else manifest)):
            object.__setattr__(self, name, value)


def inputs(paths: list[str]) -> tuple[list[Path], list[str]]:
    """The document files `paths` name, and the problems met: a folder that cannot be read,
    or no document at all (the message lists the extensions looked for)."""
    problems: list[str] = []
    files = expand_paths(paths, problems)
    if not files:
        problems.append(f"no input documents found in {', '.join(map(shown, paths))} "
                        f"(looked for {' '.join(sorted(SUFFIXES))})")
    return files, problems


def run(files: list[Path], batch: Batch, settings: Settings, jobs: int = 1,
        progress: bool = False, roots: list[str] | tuple = ()) -> Iterator[DocResult]:
    """Yield each readable document's result in input order; record each failure.

    With jobs > 1 the documents are extracted in worker processes (never more than
    there are documents); the results still come back in input order, so the output
    does not depend on `jobs`. A file found in one of the folders `roots` is named by its
    path from there.
    """
    tasks = list(zip(files, document_ids(files, roots)))
    jobs = min(jobs, len(tasks))
    if jobs > 1:
        outcomes = _parallel(tasks, settings, jobs)
    else:
        outcomes = (_extract(task, settings) for task in tasks)
    if progress:
        outcomes = _progress(outcomes, len(tasks))
    for outcome in outcomes:
        if isinstance(outcome, str):
            batch.fail(outcome)
        else:
            for problem in outcome.problems:  # the records found are kept, and the run fails
                batch.fail(problem)
            yield outcome


def _extract(task: tuple[Path, str], settings: Settings) -> DocResult | str:
    """One document's result, or the one-line reason it failed."""
    path, doc_id = task
    try:
        document = read_document(path, doc_id, settings.input_format, settings.rules)
        if settings.dump:
            dump_text(document, settings.dump)
        said = entry_for(settings.manifest, path)
        return extract_document(document, said.year or settings.year, settings.rules, said.government, said.kind)
    except ExtractorError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug met on one document must not lose the others
        return f"{shown(path)}: internal error ({type(exc).__name__}: {(str(exc) or '-').splitlines()[0]})"


_WORKER: dict = {}


def _init_worker(settings: Settings, parent: int) -> None:
    """A worker ignores Ctrl-C (the parent handles it: one line, not a traceback per worker),
    takes the default SIGTERM, and is killed when its parent dies, however it dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    _WORKER["settings"] = settings


def _work(task: tuple[Path, str]) -> DocResult | str:
    return _extract(task, _WORKER["settings"])


def _pool(jobs: int, settings: Settings):
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings, os.getpid()))


def _stop(pool, now: bool) -> None:
    """Shut a pool down; `now` kills its workers first instead of letting them finish."""
    if now:
        for process in list(pool._processes.values()):  # the executor has no public way to kill
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _parallel(tasks: list[tuple[Path, str]], settings: Settings, jobs: int) -> Iterator[DocResult | str]:
    """Outcomes in input order from `jobs` processes.

    Only a few documents per worker are in flight at once (executor.map would submit
    them all), so memory stays flat however long the list of files. When a worker
    dies, the documents then in flight are run again one at a time, so only the one
    that kills its worker is lost, and reported.
    """
    from concurrent.futures.process import BrokenProcessPool

    window = 4 * jobs
    todo = iter(tasks)
    pending: deque = deque()
    pool = _pool(jobs, settings)
    try:
        while True:
            while len(pending) < window and (task := next(todo, None)) is not None:
                pending.append((task, pool.submit(_work, task)))
            if not pending:
                break
            task, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                _stop(pool, now=True)
                in_flight = [(task, future)] + list(pending)
                pending.clear()
                for t, f in in_flight:
                    done = f.done() and not f.cancelled() and f.exception() is None
                    yield f.result() if done else _alone(t, settings)
                pool = _pool(jobs, settings)
    except BaseException:
        _stop(pool, now=True)
        raise
    _stop(pool, now=False)


def _alone(task: tuple[Path, str], settings: Settings) -> DocResult | str:
    """A document in a worker of its own: its outcome, or that the worker died on it."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1, settings)
    try:
        return pool.submit(_work, task).result()
    except BrokenProcessPool:
        return f"{shown(task[0])}: the worker reading it was killed (out of memory?); its records are missing"
    finally:
        _stop(pool, now=True)


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
