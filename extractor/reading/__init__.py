"""Read a document file into text: the format from the bytes, the encoding detected.

Line ends become '\n' exactly as Python's text mode reads a file, so offsets
agree with `open(path, encoding=...).read()`.
"""
import codecs
import os
import re
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from ..errors import ExtractorError

# The suffixes of formats.py's readers, kept here: formats.py (and its regexes) is imported
# only when a file of its kind is read, not on a run over plain text.
DOCX, PDF = {".docx"}, {".pdf"}
HTML = {".html", ".htm", ".shtml", ".xhtml", ".aspx", ".asp", ".php", ".jsp"}  # saved pages of government sites
MB = 1_000_000

TEXT_SUFFIXES = {".txt", ".text", ".md"}
SUFFIXES = TEXT_SUFFIXES | DOCX | PDF | HTML
INPUT_FORMATS = ("auto", "text", "html", "docx", "pdf")
# Largest file read, by format: past it a file is reported, not read into memory.
SIZE_LIMIT = {"text": 512 * MB, "html": 64 * MB, "docx": 256 * MB, "pdf": 256 * MB}


class Document(NamedTuple):
    id: str
    path: str    # as shown: see `shown`
    text: str
    encoding: str


def shown(path: str | Path) -> str:
    """A file name as text that any output can hold. A name that is not UTF-8 (what unzip
    leaves of an archive made on Chinese Windows) is read as GB18030 when it is that, else
    its odd bytes are written as \\xNN; either way the name is kept whole."""
    raw = os.fsencode(path)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "backslashreplace")


# Characters that Chinese text decoded with the wrong codec is full of (Big5 read as GB18030
# gives kana, Greek, box drawing and private-use characters); right, it has almost none.
# A string, compiled by `re` (and kept in its cache) when first used: a UTF-8 text never is,
# and compiling these ranges was a hundredth of a cold run.
_UNLIKELY = ("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u04ff\u2500-\u257f\u3040-\u30ff"
             "\u3100-\u312f\u3400-\u4dbf\ue000-\uf8ff\ufffd]")


def _unlikely_share(text: str) -> float:
    sample = text[:50000]
    wide = sum(1 for ch in sample if ord(ch) > 127)
    return len(re.findall(_UNLIKELY, sample)) / wide if wide else 0.0


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when the zero bytes fall on one side of the 2-byte units, as the
    ASCII characters (digits, line ends) of a UTF-16 text without a byte-order mark put them."""
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(data) % 2 or even + odd < len(sample) // 100:
        return None
    if odd > 20 * even:
        return "utf-16-le"
    if even > 20 * odd:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding of a plain-text file's bytes; ExtractorError if it is not text.

    UTF-8 and UTF-16 by their byte-order marks, UTF-16 without one by where its zero
    bytes fall; else UTF-8, GB18030 or Big5, whichever reads as Chinese text."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif utf16 := _bomless_utf16(data):
        candidates = [utf16]
    else:
        candidates = ["utf-8", "gb18030", "big5hkscs"]
    tried = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            tried.append(enc)
            continue
        if "\x00" in text or _control_share(text) > 0.01:
            if enc.startswith("utf-16-"):
                raise ExtractorError(f"{name}: binary data, not a text document "
                                     "(laid out like UTF-16 without a byte-order mark, but it does not read as text)")
            raise ExtractorError(f"{name}: binary data, not a text document")
        if enc in ("gb18030", "big5hkscs") and _unlikely_share(text) > 0.02:
            tried.append(enc)
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), enc
    if candidates[0].startswith("utf-16-"):
        raise ExtractorError(f"{name}: binary data, not a text document "
                             f"(laid out like UTF-16 without a byte-order mark, but it does not decode as {candidates[0]})")
    if b"\x00" in data[:4096]:
        raise ExtractorError(f"{name}: binary data, not a text document")
    raise ExtractorError(f"{name}: cannot tell the encoding: not UTF-8, UTF-16, GB18030 or Big5 text "
                         "(save it as UTF-8)")


# Control characters but for \t \n \f \r: found by `re`, as a loop over every character of
# the sample took nearly all of the time a document took to read.
_CONTROL = "[\x00-\x08\x0b\x0e-\x1f]"


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(re.findall(_CONTROL, sample)) / len(sample)


_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|"
                         rb"script|style|div|table|p|h[1-6])[\s>/]", re.I | re.S)


def sniff(data: bytes) -> str:
    """The format of a file by its bytes, whatever it is called: 'pdf', 'docx', 'html' or 'text'."""
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = head[2:].decode(codec, "ignore").encode("utf-8")
    head = head.removeprefix(codecs.BOM_UTF8)
    if _HTML_START.match(head) or re.search(rb"<html[\s>]", head, re.I) and re.search(rb"<body[\s>]", data, re.I):
        return "html"
    return "text"


def read_document(path: str | Path, doc_id: str | None = None, input_format: str = "auto",
                  rules=None) -> Document:
    """Read one file as a Document; ExtractorError with a one-line reason if it cannot be.

    The format is sniffed from the bytes unless `input_format` names one; `rules` give the
    words that mark a web page's frame (the built-in pack when None)."""
    name = shown(path)
    path = Path(path)
    if not path.exists():
        raise ExtractorError(f"{name}: no such file")
    if path.is_dir():
        raise ExtractorError(f"{name}: is a directory")
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            fmt = sniff(head) if input_format == "auto" else input_format
            size = os.fstat(fh.fileno()).st_size
            if size > SIZE_LIMIT[fmt]:
                raise ExtractorError(f"{name}: {size / MB:,.0f} MB, over the {SIZE_LIMIT[fmt] / MB:,.0f} MB "
                                     f"limit for {fmt} files")
            data = head + fh.read()
    except OSError as exc:
        raise ExtractorError(f"{name}: cannot read: {exc.strerror}") from exc
    if not data:
        raise ExtractorError(f"{name}: empty file")
    text, enc = to_text(data, name, fmt, rules)
    if not text.strip():
        raise ExtractorError(f"{name}: empty document")
    return Document(doc_id or shown(path.stem), name, text, enc)


def to_text(data: bytes, name: str, fmt: str, rules=None) -> tuple[str, str]:
    """Plain text of a file's bytes in format `fmt`, and the encoding or format it was read as."""
    if fmt not in ("docx", "pdf", "html"):
        return decode(data, name)
    from . import formats

    if fmt == "docx":
        text, enc = formats.docx_text(data, name), "docx"
    elif fmt == "pdf":
        text, enc = formats.pdf_text(data, name, rules), "pdf"
    else:
        text, enc = formats.html_text(data, name, rules)
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def dump_text(document: Document, directory: Path) -> None:
    """Write the text a document's offsets index, so any record can be checked against it."""
    target = Path(directory) / f"{document.id}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)  # an id made unique by its folder (2024/report)
    target.write_text(document.text, encoding="utf-8", newline="")


def expand_paths(paths: list[str], problems: list[str] | None = None) -> list[Path]:
    """Files named, directories searched (recursively) and globs expanded for known document
    types, each file once. A folder that cannot be read is added to `problems`."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for folder, subdirs, names in os.walk(p, onerror=lambda e: problems is not None and problems.append(
                    f"{shown(e.filename)}: cannot read folder: {e.strerror}")):
                subdirs.sort()
                found += [Path(folder) / n for n in names if Path(n).suffix.lower() in SUFFIXES]
            out.extend(sorted(found))
        elif not p.exists() and any(c in raw for c in "*?["):
            import glob  # only for a glob: some 1.4M instructions of a start

            out.extend(sorted(q for q in map(Path, glob.glob(raw, recursive=True))
                              if q.is_file() and q.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    seen, unique = set(), []
    for p in out:
        key = os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def document_ids(files: list[Path], roots: list[str] | tuple = ()) -> list[str]:
    """Each file's document id: for a file found in a folder named as an input, its path from
    that folder without the extension (政府工作报告-省自治区/浙江省/2024), else its name without
    the extension; where two inputs would share one, the path from their common folder
    (2024/report, 2025/report), so record ids are unique in a run."""
    folders = [os.path.realpath(r) for r in roots if Path(r).is_dir()]

    def own(p: Path) -> str:
        real = os.path.realpath(p)
        base = next((f for f in folders if real.startswith(f.rstrip(os.sep) + os.sep)), None)
        return shown(Path(os.path.relpath(real, base)).with_suffix("").as_posix() if base else p.stem)

    by_id = defaultdict(list)
    for p in files:
        by_id[own(p)].append(p)
    ids = []
    for p in files:
        group = by_id[own(p)]
        if len(group) == 1:
            ids.append(own(p))
            continue
        full = [Path(os.path.realpath(q)) for q in group]
        base = Path(os.path.commonpath([q.parent for q in full]))
        relative = [q.relative_to(base) for q in full]
        bare = [r.with_suffix("").as_posix() for r in relative]
        mine = relative[group.index(p)]
        ids.append(shown(mine.with_suffix("").as_posix() if len(set(bare)) == len(bare) else mine.as_posix()))
    return ids
