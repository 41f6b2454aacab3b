"""Plain text out of Word, PDF and HTML files; records index the text these return.

python-docx and pypdf come with the `formats` extra and are imported only when
a file of their kind is read, so plain-text runs never load them.
"""
import io
import re
from collections import Counter
from html.parser import HTMLParser

from ..errors import ExtractorError

DOCX, PDF, HTML = {".docx"}, {".pdf"}, {".html", ".htm"}
EXTRA = "pip install 'target-extractor[formats]'"


def _library(module: str, package: str, suffix: str, name: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ExtractorError(f"{name}: reading {suffix} files needs {package}: {EXTRA}") from None


# -- Word ---------------------------------------------------------------------

def docx_text(data: bytes, name: str) -> str:
    """Body paragraphs and table rows in document order, one a line (cells split by tabs), empty ones dropped."""
    docx = _library("docx", "python-docx", ".docx", name)
    try:
        document = docx.Document(io.BytesIO(data))
        return "".join(line + "\n" for line in _block_lines(document) if line)
    except Exception as exc:  # noqa: BLE001 - zip, XML and package errors all mean the same to a user
        raise ExtractorError(f"{name}: not a readable .docx file ({_reason(exc)})") from None


def _block_lines(container):
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block)
        else:
            yield block.text.strip()  # indents typed as spaces are layout, not text


def _table_lines(table):
    """One line per row; a merged cell counts once; nested tables follow their row."""
    from docx.table import Table

    for row in table.rows:
        cells, nested, seen = [], [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            parts = []
            for block in cell.iter_inner_content():
                if isinstance(block, Table):
                    nested.extend(_table_lines(block))
                elif block.text.strip():
                    parts.append(block.text.strip())
            cells.append(" ".join(parts))
        yield "\t".join(cells)
        yield from nested


# -- PDF ----------------------------------------------------------------------

_TERMINAL = "。！？；：…”」』!?;:"
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—–－\s]*$|^\d{1,4}\s*/\s*\d{1,4}$")


def pdf_text(data: bytes, name: str) -> str:
    """The text layer page by page; lines broken inside a sentence are joined."""
    import logging
    import warnings

    pypdf = _library("pypdf", "pypdf", ".pdf", name)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are noise: our one line says it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ExtractorError(f"{name}: encrypted PDF, needs a password")
            pages = [page.extract_text() or "" for page in reader.pages]
    except ExtractorError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for broken files
        raise ExtractorError(f"{name}: not a readable PDF ({_reason(exc)})") from None
    lines = []
    for page in pages:
        body = [ln.strip() for ln in page.splitlines()]
        body = [ln for ln in body if ln]
        while body and _PAGE_NUMBER.match(body[-1]):
            body.pop()
        while body and _PAGE_NUMBER.match(body[0]):
            body.pop(0)
        lines.extend(body)
    if not lines:
        raise ExtractorError(f"{name}: PDF has no text layer (a scan?)")
    return join_lines(lines) + "\n"


def _width(line: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)


def join_lines(lines: list[str]) -> str:
    """Join a line to the next when it runs to the right margin without ending a sentence.

    The margin is the width most full lines reach (the 90th percentile), so
    headings and the short last lines of paragraphs keep their breaks.
    """
    widths = sorted(_width(ln) for ln in lines)
    full = widths[int(0.9 * (len(widths) - 1))]
    out = lines[0]
    for prev, line in zip(lines, lines[1:]):
        if prev[-1] in _TERMINAL or _width(prev) < 0.8 * full:
            out += "\n" + line
        elif prev[-1] == "-" and prev[-2:-1].isalpha() and line[0].islower():
            out = out[:-1] + line
        elif prev[-1].isascii() and prev[-1].isalnum() and line[0].isascii() and line[0].isalpha():
            out += " " + line
        else:
            out += line
    return out


# -- HTML ---------------------------------------------------------------------

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "nav", "aside", "iframe", "object"}
_CHROME = {"header", "footer"}  # page chrome, unless inside the article itself
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "title", "body", "form", "figure",
          "figcaption", "caption", "address", "center"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source",
         "track", "wbr"}
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_WS = re.compile(r"\s+")
_LINE, _CELL = "\ue000", "\ue001"  # block and cell breaks, kept apart from the page's own whitespace
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)


class _Visible(HTMLParser):
    """Collects the text a reader sees: skipped subtrees are counted, not kept."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, opens a skipped subtree)
        self.open: Counter = Counter()  # open tags by name: no walk up the stack for deep pages
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if tag in ("br", "hr") and not self.skipping:
                self.parts.append(_LINE)
            return
        attrs = dict(attrs)
        in_article = self.open["article"] or self.open["main"]
        skip = (tag in _SKIP or (tag in _CHROME and not in_article) or "hidden" in attrs
                or (attrs.get("role") or "") in _CHROME_ROLES or attrs.get("aria-hidden") == "true")
        self.stack.append((tag, skip))
        self.open[tag] += 1
        self.skipping += skip
        if tag in _BLOCK or tag in ("td", "th"):
            self.parts.append(_LINE if tag not in ("td", "th") else _CELL)

    def handle_endtag(self, tag):
        if tag in _VOID or not self.open[tag]:
            return
        while self.stack:  # close unclosed children too (<p> without </p>)
            t, skip = self.stack.pop()
            self.open[t] -= 1
            self.skipping -= skip
            if t == tag:
                break
        if tag in _BLOCK:
            self.parts.append(_LINE)

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(data: bytes, name: str) -> tuple[str, str]:
    """Visible text of a page, one block a line, and the charset it was decoded with."""
    from ..reading import decode

    text, enc = None, ""
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = m.group(1).decode("ascii").lower()
        enc = "gb18030" if enc in ("gb2312", "gbk") else enc
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text, enc = decode(data, name)
    parser = _Visible()
    parser.feed(text)
    parser.close()
    raw = _WS.sub(_collapse, "".join(parser.parts)).replace(_CELL, "\t")
    lines = (re.sub(r" *\t[ \t]*", "\t", ln).strip() for ln in raw.split(_LINE))
    return "\n".join(ln for ln in lines if ln), enc


def _collapse(m: re.Match) -> str:
    """Whitespace shows as one space, but a source line break between CJK characters as none."""
    s, text = m.string, m.group()
    if "\n" in text and m.start() and m.end() < len(s) and _CJK.match(s[m.start() - 1]) and _CJK.match(s[m.end()]):
        return ""
    return " "


def _reason(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__
