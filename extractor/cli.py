"""Command line: parse options, call library code, map errors to messages and exit codes.

Exit codes: 0 all good, 1 some input failed (or a check failed), 2 usage error.
"""
import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import ExtractorError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Extract quantified targets and achievements from Chinese policy texts.")

RulesOpt = typer.Option(None, "--rules", help="Extra rule file or directory (repeatable).")


def _rules(extra: Optional[list[Path]]):
    from .rules import load_rules

    return load_rules(tuple(extra or ()))


def _format(fmt: Optional[str], out: str) -> str:
    if fmt:
        fmt = fmt.lower()
        if fmt not in ("jsonl", "csv", "xlsx"):
            raise typer.BadParameter("must be jsonl, csv or xlsx", param_hint="--format")
        if fmt == "xlsx" and out == "-":
            raise typer.BadParameter("xlsx cannot go to stdout; give --out FILE", param_hint="--out")
        return fmt
    suffix = Path(out).suffix.lower().lstrip(".")
    return suffix if suffix in ("jsonl", "csv", "xlsx") else "jsonl"


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs."),
    out: str = typer.Option("-", "--out", "-o", help="Output file, or - for stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, csv or xlsx (default: from --out, else jsonl)."),
    year: Optional[int] = typer.Option(None, "--year", help="The documents' own year, when the text does not say."),
    rules: Optional[list[Path]] = RulesOpt,
):
    """Extract records from documents to JSON Lines, CSV or Excel."""
    from .batch import Batch, run
    from .export import check_writable, write_stream, write_xlsx

    fmt = _format(fmt, out)
    check_writable(out)
    ruleset = _rules(rules)
    batch = Batch()
    if fmt == "xlsx":
        results = list(run(paths, batch, ruleset, year))
        if results:
            write_xlsx(results, out)
    else:
        records = (r for res in run(paths, batch, ruleset, year) for r in res.records)
        write_stream(records, out, fmt)
    raise typer.Exit(1 if batch.failures else 0)


@app.command()
def build(
    data: Path = typer.Option(Path("data"), "--data", help="Directory of documents."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Output directory."),
    year: Optional[int] = typer.Option(None, "--year"),
    rules: Optional[list[Path]] = RulesOpt,
):
    """The main job: read data/, write out/commitments.xlsx and out/records.jsonl."""
    from .batch import Batch, data_documents, run
    from .export import atomic_output, write_jsonl, write_xlsx

    if not data.is_dir():
        raise ExtractorError(f"{data}: data directory not found")
    out_dir.mkdir(parents=True, exist_ok=True)
    batch = Batch()
    results = list(run(data_documents(data), batch, _rules(rules), year))
    with atomic_output(out_dir / "records.jsonl") as fh:
        n = write_jsonl((r for res in results for r in res.records), fh)
    write_xlsx(results, out_dir / "commitments.xlsx")
    typer.echo(f"{len(results)} documents, {n} records -> {out_dir}/commitments.xlsx, {out_dir}/records.jsonl")
    raise typer.Exit(1 if batch.failures else 0)


@app.command("eval")
def evaluate(
    doc: Path = typer.Argument(..., help="The document."),
    gold: Path = typer.Argument(..., help="Its gold records (JSON Lines, ANNOTATION.md format)."),
    year: Optional[int] = typer.Option(None, "--year"),
    rules: Optional[list[Path]] = RulesOpt,
):
    """Score the extractor on a document against gold: P/R/F1, field accuracies, strict F1."""
    from .pipeline import extract_document
    from .reading import read_document
    from .scoring import load_gold, report, score

    document = read_document(doc)
    result = extract_document(document, year, _rules(rules))
    s = score(document.id, result.records, load_gold(gold, document.text))
    typer.echo(report(s, document.text))


@app.command()
def schemas(directory: Path = typer.Argument(Path("schemas"), help="Where to write the schemas.")):
    """Write the JSON Schema of each output model (record, diff row) to schemas/."""
    from .schema import write_schemas

    for path in write_schemas(directory):
        typer.echo(str(path))


def main() -> None:
    """Console entry point: one line on stderr for any error, never a traceback."""
    try:
        app()
    except ExtractorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
