"""Command line: parse options, call library code, map errors to messages and exit codes.

Exit codes: 0 all good, 1 some input failed (or a check failed), 2 usage error.
"""
import atexit
import copy
import gc
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional


@contextmanager
def _kept():
    """Import with the collector off, then freeze what was made: modules, classes and models
    live as long as the process, and the collector, run every 700 new objects, only walked
    them again and again (a twentieth of a cold run for the library; 22 runs, 9M
    instructions for typer); frozen, it never walks them."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


with _kept():
    import typer

    from .errors import ExtractorError, printable

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Extract quantified targets and achievements from Chinese policy texts.")

RulesOpt = typer.Option(None, "--rules", help="Extra rule file or directory (repeatable).")
JobsOpt = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the number of cores).")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar.")
DocYearOpt = typer.Option(None, "--doc-year", help="The documents' own year, when the text does not say.")
InputFormatOpt = typer.Option("auto", "--input-format",
                              help="Read every input as auto (from its bytes), text, html, docx or pdf.")
KindOpt = typer.Option(None, "--kind", help="Keep only records of this kind: target or achievement (repeatable).")
YearOpt = typer.Option(None, "--year", help="Keep only records for this year (repeatable).")
IndicatorOpt = typer.Option(None, "--indicator", metavar="REGEX", help="Keep only records whose indicator matches.")
ManifestOpt = typer.Option(None, "--manifest", metavar="CSV",
                           help="What you know of each document (path, government, year, kind) over what is inferred; "
                                "a folder given as input may hold one as manifest.csv.")
FORMATS = ("jsonl", "csv", "xlsx", "parquet")


def _batch_options(jobs: Optional[int], quiet: bool) -> dict:
    """Worker count and whether to draw a progress bar (only on a terminal)."""
    import os

    return {"jobs": jobs or os.cpu_count() or 1, "progress": not quiet and sys.stderr.isatty()}


def _settings(rules: Optional[list[Path]], doc_year: Optional[int], input_format: str = "auto", dump=None,
              roots: list[str] = (), manifest: Optional[Path] = None):
    from .batch import Settings
    from .reading import INPUT_FORMATS
    from .reading.manifest import manifests

    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(INPUT_FORMATS)}", param_hint="--input-format")
    return Settings(_rules(rules), doc_year, dump, input_format, manifests(roots, manifest))


def _selection(kinds: Optional[list[str]], years: Optional[list[int]], indicator: Optional[str]):
    import regex

    from .selection import Selection

    for kind in kinds or ():
        if kind not in ("target", "achievement"):
            raise typer.BadParameter("must be target or achievement", param_hint="--kind")
    try:
        pattern = regex.compile(indicator) if indicator is not None else None
    except regex.error as exc:
        raise typer.BadParameter(f"not a regular expression: {exc}", param_hint="--indicator") from None
    return Selection(tuple(kinds or ()), tuple(years or ()), pattern)


def _inputs(paths: list[str]):
    """The input files and the problems met finding them; an empty path is a usage error
    (Path('') is the working directory)."""
    from .batch import inputs

    if any(not p.strip() for p in paths):
        raise typer.BadParameter("an empty path names no file", param_hint="PATHS")
    return inputs(paths)


def _same_file(a, b) -> bool:
    import os

    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _not_an_input(out, files: list[Path], hint: str) -> None:
    """An output that would overwrite one of the inputs is a usage error."""
    if str(out) != "-" and any(_same_file(out, f) for f in files):
        raise typer.BadParameter(f"{out} is one of the inputs", param_hint=hint)


def _not_into_inputs(directory: Path, paths: list[str], files: list[Path], hint: str) -> None:
    """Written files must not land where documents are read from: in (or under) an input
    folder they would be read as inputs next time; beside an input file they may replace it."""
    import os

    target = os.path.realpath(directory)
    folders = [os.path.realpath(p) for p in paths if Path(p).is_dir()]
    inside = next((f for f in folders if target == f or target.startswith(f.rstrip(os.sep) + os.sep)), None)
    beside = next((f for f in files if target == os.path.realpath(f.parent)), None)
    if inside or beside:
        where = f"inside {inside}, which documents are read from" if inside else f"the folder of the input {beside}"
        raise typer.BadParameter(f"{directory} is {where}", param_hint=hint)


def _read_some(results, out: str):
    """Pass results through; when none came (an empty or all-bad input), fail instead of
    replacing a good earlier output with an empty one."""
    n = 0
    for result in results:
        n += 1
        yield result
    if not n and out != "-":
        raise ExtractorError(f"no document was read; {out} is left as it was")


def _rules(extra: Optional[list[Path]]):
    """The rule pack, loaded as the library is imported (_kept): it lives as long as the run, and
    the collections its load set off (it unpickles some 30,000 objects) only walked it."""
    from .rulepack import load_rules

    with _kept():
        return load_rules(tuple(extra or ()))


def _format(fmt: Optional[str], out: str) -> str:
    if fmt:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise typer.BadParameter("must be jsonl, csv, xlsx or parquet", param_hint="--format")
        if fmt in ("xlsx", "parquet") and out == "-":
            raise typer.BadParameter(f"{fmt} cannot go to stdout; give --out FILE", param_hint="--out")
        return fmt
    suffix = Path(out).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "jsonl"


def _writable(path, hint: str, directory: bool = False) -> None:
    """An output that cannot be written is a usage error (exit 2), found before any work is done."""
    import os

    from .outputs.export import check_writable

    try:
        if directory:
            Path(path).mkdir(parents=True, exist_ok=True)
            if not os.access(path, os.W_OK):
                raise ExtractorError(f"{path}: directory is not writable")
            import tempfile

            tempfile.TemporaryFile(dir=path).close()  # os.access says yes to root where no file can be made (/proc)
        else:
            check_writable(path)
    except (ExtractorError, OSError) as exc:
        reason = f"{path}: {exc.strerror}" if isinstance(exc, OSError) else str(exc)
        raise typer.BadParameter(reason, param_hint=hint) from None


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs."),
    out: str = typer.Option("-", "--out", "-o", help="Output file, or - for stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="jsonl, csv, xlsx or parquet (default: from --out, else jsonl)."),
    kind: Optional[list[str]] = KindOpt,
    year: Optional[list[int]] = YearOpt,
    indicator: Optional[str] = IndicatorOpt,
    doc_year: Optional[int] = DocYearOpt,
    input_format: str = InputFormatOpt,
    manifest: Optional[Path] = ManifestOpt,
    rules: Optional[list[Path]] = RulesOpt,
    jobs: Optional[int] = JobsOpt,
    quiet: bool = QuietOpt,
    dump_text: Optional[Path] = typer.Option(None, "--dump-text", metavar="DIR",
                                             help="Also write each input's extracted plain text (what offsets index) to DIR/<doc>.txt."),
):
    """Extract records from documents to JSON Lines, CSV, Excel or Parquet."""
    from .batch import Batch, run
    from .outputs.export import write_stream, write_xlsx

    fmt = _format(fmt, out)
    selection = _selection(kind, year, indicator)
    _writable(out, "--out")
    files, problems = _inputs(paths)
    _not_an_input(out, files, "--out")
    if dump_text:
        _not_into_inputs(dump_text, paths, files, "--dump-text")
        _writable(dump_text, "--dump-text", directory=True)
    settings = _settings(rules, doc_year, input_format, dump_text, paths, manifest)
    batch = Batch()
    for problem in problems:
        batch.fail(problem)
    results = (selection.apply(res) for res in
               _read_some(run(files, batch, settings, **_batch_options(jobs, quiet), roots=paths), out))
    if fmt == "xlsx":
        write_xlsx(list(results), out)
    else:
        write_stream((r for res in results for r in res.records), out, fmt)
    raise typer.Exit(1 if batch.failures else 0)


@app.command()
def build(
    data: Path = typer.Option(Path("data"), "--data", help="Directory of documents."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Output directory."),
    kind: Optional[list[str]] = KindOpt,
    year: Optional[list[int]] = YearOpt,
    indicator: Optional[str] = IndicatorOpt,
    doc_year: Optional[int] = DocYearOpt,
    input_format: str = InputFormatOpt,
    manifest: Optional[Path] = ManifestOpt,
    rules: Optional[list[Path]] = RulesOpt,
    jobs: Optional[int] = JobsOpt,
    quiet: bool = QuietOpt,
):
    """The main job: read data/, write out/commitments.xlsx and out/records.jsonl."""
    from .batch import Batch, run
    from .outputs.export import atomic_output, write_jsonl, write_xlsx

    if not data.is_dir():
        raise ExtractorError(f"{data}: data directory not found")
    selection = _selection(kind, year, indicator)
    _not_into_inputs(out_dir, [str(data)], [], "--out")
    _writable(out_dir, "--out", directory=True)
    files, problems = _inputs([str(data)])
    settings = _settings(rules, doc_year, input_format, roots=[str(data)], manifest=manifest)
    batch = Batch()
    for problem in problems:
        batch.fail(problem)
    results = [selection.apply(res) for res in run(files, batch, settings, **_batch_options(jobs, quiet), roots=[str(data)])]
    if not results:
        raise ExtractorError(f"no document of {data} was read; {out_dir} is left as it was")
    with atomic_output(out_dir / "records.jsonl") as fh:
        n = write_jsonl((r for res in results for r in res.records), fh)
    write_xlsx(results, out_dir / "commitments.xlsx")
    typer.echo(f"{len(results)} documents, {n} records -> {out_dir}/commitments.xlsx, {out_dir}/records.jsonl")
    from .analysis.diff import comparable_pair, diff_documents

    diff = None
    pair = comparable_pair(results)  # the two latest documents of one government in data/
    if pair:
        from .outputs.diff_export import write_diff_xlsx

        diff = (*pair, diff_documents(*pair, rules=settings.rules))
        write_diff_xlsx(diff[2], out_dir / "diff.xlsx")
        typer.echo(f"{len(diff[2])} diff rows ({pair[0].doc} -> {pair[1].doc}) -> {out_dir}/diff.xlsx")
    from .outputs.report import write_report

    for problem in write_report(results, out_dir / "report.html", diff, settings.rules):
        batch.fail(problem)
    typer.echo(f"review page -> {out_dir}/report.html")
    raise typer.Exit(1 if batch.failures else 0)


@app.command()
def report(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs (two documents of one government add a diff tab)."),
    out: Path = typer.Option(Path("out/report.html"), "--out", "-o", help="The HTML file to write."),
    doc_year: Optional[int] = DocYearOpt,
    input_format: str = InputFormatOpt,
    manifest: Optional[Path] = ManifestOpt,
    rules: Optional[list[Path]] = RulesOpt,
    jobs: Optional[int] = JobsOpt,
    quiet: bool = QuietOpt,
):
    """Write a self-contained HTML review page: every record highlighted in its source text."""
    from .batch import Batch, run
    from .outputs.report import write_report

    _writable(out, "--out")
    files, problems = _inputs(paths)
    _not_an_input(out, files, "--out")
    settings = _settings(rules, doc_year, input_format, roots=paths, manifest=manifest)
    batch = Batch()
    for problem in problems:
        batch.fail(problem)
    results = list(run(files, batch, settings, **_batch_options(jobs, quiet), roots=paths))
    if results:
        from .analysis.diff import comparable_pair, diff_documents

        pair = comparable_pair(results)
        diff = (*pair, diff_documents(*pair, rules=settings.rules)) if pair else None
        for problem in write_report(results, out, diff, settings.rules):
            batch.fail(problem)
    raise typer.Exit(1 if batch.failures else 0)


@app.command()
def diff(
    a: Path = typer.Argument(..., help="The earlier document (alone: compared with itself)."),
    b: Optional[Path] = typer.Argument(None, help="The later document."),
    out: str = typer.Option("-", "--out", "-o", help="Output file, or - for stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, csv or xlsx (default: from --out, else jsonl)."),
    manifest: Optional[Path] = ManifestOpt,
    any_government: bool = typer.Option(False, "--any-government",
                                        help="Compare documents of two different governments all the same."),
    rules: Optional[list[Path]] = RulesOpt,
):
    """Compare two documents' targets: revised, met, new, dropped (one document: last year's results vs this year's targets)."""
    from .analysis.diff import diff_documents
    from .outputs.diff_export import write_diff
    from .pipeline import extract_document
    from .reading import document_ids, read_document
    from .reading.manifest import entry_for

    fmt = _format(fmt, out)
    if fmt not in ("jsonl", "csv", "xlsx"):
        raise typer.BadParameter("must be jsonl, csv or xlsx", param_hint="--format")
    _writable(out, "--out")
    paths = [p for p in (a, b) if p is not None]
    settings = _settings(rules, None, roots=[str(p.parent) for p in paths], manifest=manifest)
    results = []
    for p, doc_id in zip(paths, document_ids(paths)):
        said = entry_for(settings.manifest, p)
        results.append(extract_document(read_document(p, doc_id), said.year, settings.rules, said.government, said.kind))
    governments = {r.government for r in results if r.government}
    if len(governments) > 1 and not any_government:
        raise typer.BadParameter(" and ".join(f"{r.path} is {r.government}'s" for r in results)
                                 + ": a diff compares one government's documents (--any-government to compare anyway)",
                                 param_hint="A B")
    write_diff(diff_documents(*results, rules=settings.rules), out, fmt)


@app.command("eval")
def evaluate(
    doc: Path = typer.Argument(..., help="The document."),
    gold: Path = typer.Argument(..., help="Its gold records (JSON Lines, ANNOTATION.md format)."),
    doc_year: Optional[int] = DocYearOpt,
    rules: Optional[list[Path]] = RulesOpt,
):
    """Score the extractor on a document against gold: P/R/F1, field accuracies, strict F1."""
    from .pipeline import extract_document
    from .reading import read_document
    from .devtools.scoring import load_gold, report, score

    document = read_document(doc)
    result = extract_document(document, doc_year, _rules(rules))
    s = score(document.id, result.records, load_gold(gold, document.text))
    typer.echo(report(s, document.text))


@app.command()
def check(
    golden: Path = typer.Option(Path("tests/golden"), "--golden", help="Directory of golden files, <doc>.jsonl."),
    data: Path = typer.Option(Path("data"), "--data", help="Directory of documents."),
    update: bool = typer.Option(False, "--update", help="Rewrite the golden files from the current output."),
    coverage: bool = typer.Option(False, "--coverage", help="List every number with a unit that gave no record."),
    rules: Optional[list[Path]] = RulesOpt,
):
    """CI gate: the rule pack loads, every example holds, the output on --data equals the goldens."""
    from .devtools.check import run

    raise typer.Exit(run(tuple(rules or ()), golden, data, sys.stdout, update=update, show_coverage=coverage))


@app.command()
def explain(
    target: str = typer.Argument(..., help="A sentence or paragraph, or a document file."),
    at: Optional[int] = typer.Option(None, "--at", min=0, help="Explain only the sentence holding this offset "
                                     "(a Python string index into the document as read)."),
    doc_year: Optional[int] = typer.Option(None, "--doc-year", help="The document's own year."),
    section: Optional[str] = typer.Option(None, "--section", help="A heading the text sits under (二、2025年工作安排)."),
    rules: Optional[list[Path]] = RulesOpt,
):
    """Why each number became the record it is: the rule behind every field, or the rule that dropped it."""
    from .devtools.explain import explain as explain_lines
    from .reading import read_document

    try:
        is_file = Path(target).is_file()
    except OSError:  # a sentence longer than a file name may be (ENAMETOOLONG) is text
        is_file = False
    if is_file:
        document = read_document(Path(target))
        text, doc_id = document.text, document.id
    else:
        text, doc_id = (f"{section}\n{target}" if section else target), "text"
    if at is not None and at >= len(text):
        raise typer.BadParameter(f"the text has {len(text)} characters", param_hint="--at")
    for line in explain_lines(text, _rules(rules), doc_id, doc_year, at):
        typer.echo(line)


@app.command()
def audit(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs (with --records: JSONL outputs)."),
    sample: int = typer.Option(8, "--sample", min=0, help="Records shown per class."),
    records: bool = typer.Option(False, "--records", help="Read records from JSONL outputs of extract (before and after a change, counted by today's rules)."),
    rules: Optional[list[Path]] = RulesOpt,
    jobs: Optional[int] = JobsOpt,
):
    """Count indicators an analyst would not paste as a column header, and records inside quotes."""
    from .devtools.audit import audit as audit_lines
    from .devtools.audit import read_records

    settings = _settings(rules, None)
    if records:
        for path in paths:
            typer.echo(f"== {path}")
            try:
                found = read_records(Path(path))
            except (OSError, ValueError) as exc:
                raise ExtractorError(f"{path}: no JSONL output of extract ({str(exc).splitlines()[0]})") from exc
            for line in audit_lines(found, settings.rules, sample):
                typer.echo(line)
        raise typer.Exit(0)
    results, batch = _run(paths, settings, jobs, True)
    for line in audit_lines((r for res in results for r in res.records), settings.rules, sample):
        typer.echo(line)
    raise typer.Exit(1 if batch.failures else 0)


@app.command()
def bench(
    paths: Optional[list[str]] = typer.Argument(None, help="Corpus: files, directories or globs (default: data/)."),
    passes: int = typer.Option(5, "--passes", min=1, help="Timed passes per measure (the best counts)."),
    records: str = typer.Option("10000", "--records", help="Record counts for the writer timings (comma list; '' skips)."),
    synthetic_mb: float = typer.Option(0, "--synthetic-mb", min=0, help="Size of a synthetic corpus for a long memory run (0 skips)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="A real corpus run to JSONL with one worker and with two."),
    hostile_mb: float = typer.Option(0, "--hostile-mb", min=0, help="Size of each hostile text timed against ordinary text (0 skips)."),
    large_mb: float = typer.Option(0, "--large-mb", min=0, help="Size of the largest single document timed (with 1/8, 1/4, 1/2 of it; 0 skips)."),
    cold: Optional[Path] = typer.Option(None, "--cold", help="The document of the cold start (default: the corpus's median in size)."),
    jobs: Optional[int] = JobsOpt,
    rules: Optional[list[Path]] = RulesOpt,
):
    """Measure speed and memory; print the README's performance table (Markdown)."""
    from .devtools.bench import report

    try:
        sizes = tuple(int(n) for n in records.split(",") if n.strip())
    except ValueError:
        raise typer.BadParameter("a comma list of integers", param_hint="--records") from None
    if cold is not None and not cold.is_file():
        raise ExtractorError(f"{cold}: no such file (--cold)")
    for line in report(paths or ["data"], _rules(rules), passes, sizes, synthetic_mb, jobs, hostile_mb, large_mb, corpus,
                       cold):
        typer.echo(line)


@app.command()
def schemas(directory: Path = typer.Argument(Path("schemas"), help="Where to write the schemas.")):
    """Write the JSON Schema of each output model (record, diff row) to schemas/."""
    from .outputs.schema import write_schemas

    for path in write_schemas(directory):
        typer.echo(str(path))


class _Stopped(BaseException):
    """Ctrl-C or SIGTERM, raised in place of KeyboardInterrupt: it unwinds like one (partial
    outputs are removed, workers killed) but passes through click, which would print lines of its own."""


def _stop(signum, frame):
    raise _Stopped(signum)


def _run(paths: list[str], settings, jobs, quiet):
    """The results of a run over `paths` as each document is done, and its batch (the failures)."""
    from .batch import Batch, run

    files, problems = _inputs(paths)
    batch = Batch()
    for problem in problems:
        batch.fail(problem)
    return run(files, batch, settings, **_batch_options(jobs, quiet), roots=paths), batch


@app.command()
def panel(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs: the reports of many governments and years."),
    metric: Optional[list[str]] = typer.Option(None, "--metric", help="A metric id (gdp, cpi, ...; repeatable; default: all)."),
    government: Optional[list[str]] = typer.Option(None, "--government", help="A government the charts draw (repeatable)."),
    out: Path = typer.Option(Path("out/panel.xlsx"), "--out", "-o", help="The workbook: a sheet per metric and a long table."),
    long: Optional[Path] = typer.Option(None, "--long", metavar="CSV", help="Also write the long table as CSV."),
    png: Optional[Path] = typer.Option(None, "--png", metavar="DIR", help="Also draw a PNG chart per metric in DIR (needs matplotlib)."),
    font: Optional[Path] = typer.Option(None, "--font", help="A font file with Chinese glyphs for the PNG charts."),
    manifest: Optional[Path] = ManifestOpt,
    rules: Optional[list[Path]] = RulesOpt,
    jobs: Optional[int] = JobsOpt,
    quiet: bool = QuietOpt,
):
    """A panel of many documents: for each metric, government and year, the target and the result, and whether it was met."""
    from .analysis.panel import build
    from .outputs.panel_export import long_rows, write_long_csv, write_panel_xlsx, write_pngs

    _writable(out, "--out")
    if long:
        _writable(long, "--long")
    if png:
        _writable(png, "--png", directory=True)
    settings = _settings(rules, None, roots=paths, manifest=manifest)
    unknown = [m for m in metric or () if m not in settings.rules.metrics]
    if unknown:
        raise typer.BadParameter(f"no metric {', '.join(unknown)} (known: {', '.join(settings.rules.metrics)})",
                                 param_hint="--metric")
    results, batch = _run(paths, settings, jobs, quiet)
    results = list(results)
    for res in results:
        if res.government is None and res.records:
            typer.echo(f"note: {res.path}: no government found (title, dateline, signature, file or folder name): "
                       "left out of the panel; name it in a --manifest", err=True)
    cells = build([r for res in results for r in res.records], settings.rules, metric)
    write_panel_xlsx(cells, settings.rules, out, government)
    typer.echo(f"{len(results)} documents, {len(cells)} government-years -> {out}")
    if long:
        write_long_csv(long_rows(cells, settings.rules), long)
    if png:
        paths, chinese = write_pngs(cells, settings.rules, png, government, str(font) if font else None)
        for path in paths:
            typer.echo(f"chart -> {path}")
        if not chinese:
            typer.echo("note: no font with Chinese glyphs found: names show as boxes (give one with --font)", err=True)
    raise typer.Exit(1 if batch.failures else 0)


@app.command()
def metrics(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs."),
    top: int = typer.Option(30, "--top", min=1, help="Indicators without a metric to list."),
    manifest: Optional[Path] = ManifestOpt,
    rules: Optional[list[Path]] = RulesOpt,
    jobs: Optional[int] = JobsOpt,
    quiet: bool = QuietOpt,
):
    """How many records each metric of the table names, and the commonest indicators no metric names (to extend it)."""
    from collections import Counter

    settings = _settings(rules, None, roots=paths, manifest=manifest)
    results, batch = _run(paths, settings, jobs, quiet)
    records = [r for res in results for r in res.records]
    named = Counter(r.metric for r in records if r.metric)
    typer.echo(f"{len(records)} records, {sum(named.values())} with a metric")
    for m in settings.rules.metrics.values():
        typer.echo(f"  {named[m.id]:>7}  {m.id:<24} {m.label}")
    typer.echo("commonest indicators without a metric (add them as names of a [[metric]] in a --rules file):")
    for name, n in Counter(r.indicator for r in records if not r.metric).most_common(top):
        typer.echo(f"  {n:>7}  {name}")
    raise typer.Exit(1 if batch.failures else 0)


def _import_library() -> None:
    """The library, imported as typer is (_kept); `import extractor` alone leaves it out."""
    with _kept():
        from . import api  # noqa: F401 - pydantic, regex, the pipeline and its models


def _command_line(argv: list[str]) -> typer.Typer:
    """The app with only the command `argv` names: typer builds every command's options from
    its signature on each start (about 12 ms of a cold run for twelve), and a run uses one.
    No command, an option or an unknown name gets the whole app, its help and its messages."""
    from typer.main import get_command_name

    asked = argv[1] if len(argv) > 1 else None
    chosen = [c for c in app.registered_commands if (c.name or get_command_name(c.callback.__name__)) == asked]
    if not chosen:
        return app
    one = copy.copy(app)
    one.registered_commands = chosen
    one.callback()(lambda: None)  # still a group (a lone command would take no name): parsed as app parses it
    return one


def main() -> None:
    """Console entry point: one line on stderr for any error, never a traceback."""
    _import_library()
    # Last at exit: the collection Python runs as it tears the process down walks and frees
    # everything imported and loaded (~50 ms of a 0.37 s cold run); frozen, it is left to the OS.
    atexit.register(gc.freeze)
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    try:
        _command_line(sys.argv)()
    except _Stopped as stop:
        print("error: interrupted" if stop.args[0] == signal.SIGINT else "error: terminated", file=sys.stderr)
        sys.exit(128 + stop.args[0])
    except ExtractorError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        print(f"error: {_failure(exc)}", file=sys.stderr)
        sys.exit(1)


def _failure(exc: Exception) -> str:
    """What went wrong, for an error no part of the tool expected: a write that failed (a full disk
    under stdout) is said as such, anything else as unexpected, with its type."""
    from .outputs.export import WRITE_FAILED

    if isinstance(exc, OSError) and exc.errno in WRITE_FAILED:
        return f"cannot write the output ({exc.strerror})"
    return f"unexpected {type(exc).__name__}: {printable(str(exc))}"
