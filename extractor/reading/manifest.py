"""A manifest: what the user knows of each document, over what the extractor would infer.

A CSV file with a header row and the columns `path` (the document, relative to the
manifest's folder or absolute), `government`, `year` (the document's own year) and `kind`
(of document: work_report, party_congress, plan, communique, speech, or any word); an empty
cell leaves that field to inference. A folder given as input may hold one as manifest.csv;
--manifest names one anywhere.
"""
import csv
import os
from pathlib import Path
from typing import NamedTuple

from ..errors import ExtractorError

NAME = "manifest.csv"
COLUMNS = ("path", "government", "year", "kind")


class Entry(NamedTuple):
    government: str | None = None
    year: int | None = None
    kind: str | None = None


def read_manifest(path: str | Path) -> dict[str, Entry]:
    """The manifest's entries by the real path of their document."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractorError(f"{path}: cannot read the manifest ({exc})") from None
    rows = csv.DictReader(text.splitlines())
    unknown = [c for c in rows.fieldnames or [] if c not in COLUMNS]
    if "path" not in (rows.fieldnames or []) or unknown:
        raise ExtractorError(f"{path}: a manifest has the columns {', '.join(COLUMNS)} "
                             f"({'unknown: ' + ', '.join(unknown) if unknown else 'no path'})")
    out = {}
    for n, row in enumerate(rows, 2):
        if not (row.get("path") or "").strip():
            raise ExtractorError(f"{path}:{n}: no path")
        year = (row.get("year") or "").strip()
        if year and not (year.isdigit() and 1949 <= int(year) <= 2100):
            raise ExtractorError(f"{path}:{n}: year {year!r} is not a year")
        doc = Path(row["path"].strip())
        key = os.path.realpath(doc if doc.is_absolute() else path.parent / doc)
        out[key] = Entry((row.get("government") or "").strip() or None, int(year) if year else None,
                         (row.get("kind") or "").strip() or None)
    return out


def manifests(roots: list[str] | tuple, given: Path | None = None) -> dict[str, Entry]:
    """The entries of the manifest given and of each input folder's manifest.csv."""
    out: dict[str, Entry] = {}
    for folder in roots:
        found = Path(folder) / NAME
        if Path(folder).is_dir() and found.is_file():
            out.update(read_manifest(found))
    if given is not None:
        out.update(read_manifest(given))
    return out


def entry_for(entries: dict[str, Entry], path: str | Path) -> Entry:
    return entries.get(os.path.realpath(path), Entry())
