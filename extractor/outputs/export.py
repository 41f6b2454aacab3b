"""Write records to JSON Lines, CSV and Excel; every file is written atomically.

pandas and openpyxl are imported only inside the Excel writer, so the JSONL
path starts fast.
"""
import csv
import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from typing import get_args
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExtractorError
from ..models import Record, Trace
from ..core.numerals import POINTS, unit_family
from ..pipeline import DocResult

from ..models import INTERPRETED

COLUMNS = ["doc", "government", "doc_year", "id", "kind", "metric", "indicator", "value", "value_max", "unit", "magnitude", "comparator", "change", "basis",
           "year", "binding", "source", "text", "start", "end", "sentence", "section", "rule"] + [f"trace_{f}" for f in INTERPRETED]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Columns whose values are this program's words (">=", "target", "raised"), never a document's:
# the formula guard would turn the comparator "=" into "'=".
FIXED_VALUES = {"kind", "comparator", "relation", "status", "comparator_change"}
try:  # json's C encoder alone: `import json` also imports its decoder, which compiles its
    from _json import encode_basestring, make_encoder  # regexes (5M instructions of a cold run)
except ImportError:
    make_encoder = None


def _unserializable(o):
    """What JSONEncoder.default does."""
    raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")


# JSONEncoder.encode makes its C encoder anew at every call and checks for cycles a record
# cannot hold: the same encoder made once, which writes the same bytes.
_ENCODE = (make_encoder(None, _unserializable, encode_basestring, None, ": ", ", ", False, False, True)
           if make_encoder else None)


@lru_cache(maxsize=1)
def _json():
    """What json.dumps(..., ensure_ascii=False) makes anew for every call, made once."""
    import json

    return json.JSONEncoder(ensure_ascii=False)


def check_writable(path: str | Path) -> None:
    """Fail before any work when an output path cannot be written."""
    if str(path) == "-":
        return
    if Path(path).is_dir():
        raise ExtractorError(f"{path}: is a directory, not an output file")
    if _special(path):
        if not os.access(path, os.W_OK):
            raise ExtractorError(f"{path}: output is not writable")
        return
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise ExtractorError(f"{path}: output directory does not exist")
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise ExtractorError(f"{path}: output is not writable")
    fd, probe = _part_file(path, target)  # os.access says yes to root, even where no file can be made (/proc)
    os.close(fd)
    os.unlink(probe)


@contextmanager
def atomic_output(path: str | Path, mode: str = "w"):
    """A file object that replaces `path` only once it is completely written.

    A symlink is written through: its target is replaced. Anything that is not a
    regular file (/dev/null, /dev/stdout, a FIFO) is written directly, since a rename
    onto it would put a plain file in place of the device. A full disk (or another
    failure of the writes themselves) is an error that names the output.
    """
    try:
        with _replacing(path, mode) as fh:
            yield fh
    except OSError as exc:
        if exc.errno not in WRITE_FAILED:
            raise
        raise ExtractorError(f"{path}: cannot write ({exc.strerror})") from None


WRITE_FAILED = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS})  # errors of writing, not of the data


@contextmanager
def _replacing(path: str | Path, mode: str):
    text = {} if "b" in mode else {"encoding": "utf-8", "newline": ""}
    if _special(path):
        with open(path, mode, **text) as fh:
            yield fh
        return
    target = Path(os.path.realpath(path))
    fd, tmp = _part_file(path, target)
    try:
        with os.fdopen(fd, mode, **text) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(target))  # mkstemp makes 0600; the output keeps the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _part_file(path: str | Path, target: Path) -> tuple[int, str]:
    """A new file beside `target` to write it in (fd, name), or the error that says `path` cannot be written."""
    try:
        return tempfile.mkstemp(prefix=f".{target.name[:PART_NAME]}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExtractorError(f"{path}: output is not writable ({exc.strerror or exc})") from None


PART_NAME = 64  # characters of the output's name its .part file keeps: a name of 250 would make one too long


def _special(path: str | Path) -> bool:
    """Whether the path (through any symlinks) is something other than a regular file."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _file_mode(path: Path) -> int:
    """The mode an existing output has, else what a plain open() would give under the umask."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def json_line(record: Record) -> str:
    return _json().encode(record.model_dump()) + "\n"


def safe_text(value):
    """Neutralise text that a spreadsheet would read as a formula (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_cell(column: str, value):
    """A CSV cell: empty for null; text from a document or a file name guarded against formulas."""
    if value is None:
        return ""
    return value if column.removeprefix("a_").removeprefix("b_") in FIXED_VALUES else safe_text(value)


def record_line(record: Record) -> str:
    """json_line of a Record, without model_dump: a validated record's fields (and its trace's)
    are its __dict__, in the order model_dump gives them (extra fields are forbidden); about half
    the instructions of json_line."""
    if _ENCODE is None or type(record) is not Record or type(record.trace) is not Trace:
        return json_line(record)
    row = record.__dict__.copy()
    row["trace"] = record.trace.__dict__
    return "".join(_ENCODE(row, 0)) + "\n"


def write_jsonl(records: Iterable[Record], out) -> int:
    n = 0
    for r in records:
        out.write(record_line(r))
        n += 1
    return n


def flat(record: Record) -> dict:
    """A record as one flat row: the trace becomes a trace_<field> column per field."""
    row = record.model_dump()
    for f, rule in row.pop("trace").items():
        row[f"trace_{f}"] = rule
    return row


def write_csv(records: Iterable[Record], out) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for r in records:
        row = flat(r)
        writer.writerow([csv_cell(c, row[c]) for c in COLUMNS])
        n += 1
    return n


def write_stream(records: Iterable[Record], path: str, fmt: str) -> int:
    """JSONL or CSV to a path ('-' for stdout), or Parquet to a path."""
    if fmt == "parquet":
        return write_parquet(records, path)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if path == "-":
        buf = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
        n = writer(records, buf)
        buf.flush()
        buf.detach()
        return n
    with atomic_output(path) as fh:
        return writer(records, fh)


PARQUET_ROWS = 10_000


def _parquet_schema(pa):
    kinds = {"value": pa.float64(), "value_max": pa.float64(), "magnitude": pa.float64(),
             "year": pa.int32(), "doc_year": pa.int32(), "start": pa.int64(), "end": pa.int64(),
             "trace": pa.struct([pa.field(f, pa.string()) for f in INTERPRETED])}
    return pa.schema([pa.field(name, kinds.get(name, pa.string()), nullable=type(None) in get_args(f.annotation))
                      for name, f in Record.model_fields.items()])


def write_parquet(records: Iterable[Record], path: str | Path) -> int:
    """A typed Parquet table (Record field order), written in row groups so memory stays flat."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExtractorError("--format parquet needs pyarrow: pip install pyarrow (the same as the extra: "
                             "pip install 'target-extractor[parquet]', or in a checkout pip install -e '.[parquet]')"
                             ) from exc
    schema = _parquet_schema(pa)
    n, rows = 0, []
    with atomic_output(path, "wb") as fh:
        with pq.ParquetWriter(fh, schema) as writer:
            for r in records:
                rows.append(r.model_dump())
                if len(rows) == PARQUET_ROWS:
                    writer.write_table(pa.Table.from_pylist(rows, schema))
                    n, rows = n + len(rows), []
            writer.write_table(pa.Table.from_pylist(rows, schema))
    return n + len(rows)


FAMILY_LABEL = {"%": "percent", POINTS: "percentage points", "": "count (bare magnitude)"}


def _family_label(unit: str) -> str:
    family = unit_family(unit)
    return FAMILY_LABEL.get(family, family)


def write_xlsx(results: list[DocResult], path: str | Path) -> None:
    """The commitments workbook: targets, achievements, summary, sources."""
    import pandas as pd

    rows = [flat(r) for res in results for r in res.records]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    summary = []
    for res in results:
        for by, key in (("kind", lambda r: r.kind), ("year", lambda r: str(r.year or "")),
                        ("unit family", lambda r: _family_label(r.unit)),
                        ("change", lambda r: r.change or "level"), ("basis", lambda r: r.basis or "-")):
            counts: dict[str, int] = {}
            for r in res.records:
                counts[key(r)] = counts.get(key(r), 0) + 1
            summary += [{"doc": res.doc, "by": by, "group": k, "records": v} for k, v in sorted(counts.items())]
    sources = pd.DataFrame([{"doc": r.doc, "path": r.path, "kind": r.kind, "government": r.government,
                             "government from": r.government_source, "chars": r.chars, "year": r.year,
                             "year from": r.year_source, "encoding": r.encoding, "records": len(r.records)}
                            for r in results])
    sheets = {
        "targets": frame[frame["kind"] == "target"],
        "achievements": frame[frame["kind"] == "achievement"],
        "summary": pd.DataFrame(summary, columns=["doc", "by", "group", "records"]),
        "sources": sources,
    }
    write_workbook(sheets, path, wrap=("sentence",))


def _cell_safe(frame):
    """Control characters a worksheet refuses (a form feed from a PDF) become U+FFFD, one for one,
    instead of failing the whole workbook."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from pandas.api.types import is_numeric_dtype

    def clean(v):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v

    return frame.assign(**{c: frame[c].map(clean) for c in frame.columns if not is_numeric_dtype(frame[c])})


@contextmanager
def excel_writer(path: str | Path):
    """A pandas ExcelWriter whose workbook replaces `path` once complete. The workbook is zipped in
    memory (openpyxl holds all of it until then anyway) and written in one piece: zipped straight
    into the file, a full disk left a half-closed zip that complained again as Python exited."""
    import pandas as pd

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as xl:
        yield xl
    with atomic_output(path, "wb") as fh:
        fh.write(buffer.getbuffer())


def write_workbook(sheets: dict, path: str | Path, wrap: tuple[str, ...] = (), styles=None) -> None:
    """DataFrames to sheets with frozen header, autofilter, widths; text never becomes a formula."""
    from openpyxl.styles import Alignment, Font

    with excel_writer(path) as xl:
        for name, frame in sheets.items():
            frame = _cell_safe(frame)
            frame.to_excel(xl, sheet_name=name, index=False)
            ws = xl.sheets[name]
            for row in ws.iter_rows(min_row=2):
                for cell in row:
                    if cell.data_type == "f":  # text that looked like a formula stays text
                        cell.data_type = "s"
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for i, col in enumerate(frame.columns, 1):
                letter = ws.cell(row=1, column=i).column_letter
                values = [str(col)] + [str(v) for v in frame[col].head(200).tolist()]
                width = min(60, max(len(v) * (2 if any(ord(c) > 255 for c in v) else 1) for v in values) + 2)
                ws.column_dimensions[letter].width = 50 if col in wrap else max(8, width)
                if col in wrap:
                    for cell in ws[letter][1:]:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
            if styles:
                styles(name, ws, frame)
