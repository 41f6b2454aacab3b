"""Read a document file into text: the encoding is detected from the bytes.

Line ends become '\n' exactly as Python's text mode reads a file, so offsets
agree with `open(path, encoding=...).read()`.
"""
import codecs
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExtractorError
from ..reading.formats import DOCX, HTML, PDF, docx_text, html_text, pdf_text

TEXT_SUFFIXES = {".txt", ".text", ".md"}
SUFFIXES = TEXT_SUFFIXES | DOCX | PDF | HTML


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    text: str
    encoding: str


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding of a plain-text file's bytes; ExtractorError if it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _control_share(text) > 0.01:
            raise ExtractorError(f"{name}: binary data, not a text document")
        return text.replace("\r\n", "\n").replace("\r", "\n"), enc
    if b"\x00" in data[:4096]:
        raise ExtractorError(f"{name}: binary data, not a text document")
    raise ExtractorError(f"{name}: cannot decode as UTF-8, UTF-16 or GB18030")


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample)


def read_document(path: str | Path) -> Document:
    """Read one file as a Document; ExtractorError with a one-line reason if it cannot be."""
    path = Path(path)
    if not path.exists():
        raise ExtractorError(f"{path}: no such file")
    if path.is_dir():
        raise ExtractorError(f"{path}: is a directory")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractorError(f"{path}: cannot read: {exc.strerror}") from exc
    if not data:
        raise ExtractorError(f"{path}: empty file")
    text, enc = to_text(data, path)
    if not text.strip():
        raise ExtractorError(f"{path}: empty document")
    return Document(path.stem, str(path), text, enc)


def dump_text(document: Document, directory: Path) -> None:
    """Write the text a document's offsets index, so any record can be checked against it."""
    (Path(directory) / f"{document.id}.txt").write_text(document.text, encoding="utf-8", newline="")


def to_text(data: bytes, path: Path) -> tuple[str, str]:
    """Plain text by file type (unknown suffixes are read as text) and the encoding or format."""
    suffix = path.suffix.lower()
    if suffix in DOCX:
        text, enc = docx_text(data, str(path)), "docx"
    elif suffix in PDF:
        text, enc = pdf_text(data, str(path)), "pdf"
    elif suffix in HTML:
        text, enc = html_text(data, str(path))
    else:
        return decode(data, str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def expand_paths(paths: list[str]) -> list[Path]:
    """Files named, directories searched (recursively) and globs expanded for known document types."""
    import glob

    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUFFIXES))
        elif not p.exists() and any(c in raw for c in "*?["):
            out.extend(sorted(q for q in map(Path, glob.glob(raw, recursive=True))
                              if q.is_file() and q.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out
