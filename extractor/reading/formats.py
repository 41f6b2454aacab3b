"""Plain text out of Word, PDF and HTML files; records index the text these return.

python-docx, pypdf and lxml are imported only when a file of their kind is read,
so plain-text runs never load them.
"""
import io
import re
from dataclasses import dataclass, field

from ..core.normalise import chrome_key, running_titles
from ..errors import ExtractorError
from . import DOCX, HTML, MB, PDF  # noqa: F401 - the suffixes of the formats read here
from .pdf_tables import has_table, with_tables

DOCX_XML_LIMIT = 128 * MB    # the XML of a Word file, expanded: past it, a zip bomb more likely than a report
DOCX_TOTAL_LIMIT = 512 * MB  # all its parts, images included: python-docx holds them all in memory


# -- Word ---------------------------------------------------------------------

def _expanded_size(data: bytes, name: str) -> None:
    """Refuse a Word file whose parts expand past the limits, before any is expanded. The sizes
    are those the zip declares; zipfile stops reading a part at its declared size."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = z.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ExtractorError(f"{name}: not a readable .docx file ({_reason(exc)})") from None
    xml = sum(p.file_size for p in parts if p.filename.endswith((".xml", ".rels")))
    total = sum(p.file_size for p in parts)
    if xml > DOCX_XML_LIMIT or total > DOCX_TOTAL_LIMIT:
        raise ExtractorError(f"{name}: expands to {total / MB:,.0f} MB ({xml / MB:,.0f} MB of XML), over the limit "
                             f"of {DOCX_TOTAL_LIMIT / MB:,.0f} MB ({DOCX_XML_LIMIT / MB:,.0f} MB of XML)")


def docx_text(data: bytes, name: str) -> str:
    """Body paragraphs and table rows in document order, one a line (cells split by tabs), empty ones dropped."""
    import docx

    _expanded_size(data, name)
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
    """One line per row, a cell for every column of the grid: a merged cell's text stands in
    its first column and first row, the columns and rows it spans get empty cells (so the
    columns stay aligned and no number is read twice); nested tables follow their row."""
    from docx.table import Table

    seen = set()
    for row in table.rows:
        cells, nested = [], []
        for cell in row.cells:
            if cell._tc in seen:  # the element itself: kept alive here, its identity is stable
                cells.append("")
                continue
            seen.add(cell._tc)
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

_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—–－\s]*$|^\d{1,4}\s*/\s*\d{1,4}$")


def pdf_text(data: bytes, name: str, rules=None) -> str:
    """The text layer page by page (a table's rows as tab-separated cells); lines broken
    inside a sentence are joined, a line's end read as the text view reads it (LINE_END_MARK)."""
    import logging
    import warnings

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are noise: our one line says it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ExtractorError(f"{name}: encrypted PDF, needs a password")
            pages = [_page_lines(page) for page in reader.pages]
    except ExtractorError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for broken files
        raise ExtractorError(f"{name}: not a readable PDF ({_reason(exc)})") from None
    from ..rulepack import load_rules

    pack = rules or load_rules()
    bodies = [[ln for ln in (ln.strip(" \u3000") for ln in page) if ln] for page in pages]  # a row keeps its tabs
    chrome = running_titles([[ln for ln in body if not _PAGE_NUMBER.match(ln)] for body in bodies], pack)
    lines = []
    for n, body in enumerate(bodies):
        while body and (_PAGE_NUMBER.match(body[-1]) or chrome_key(body[-1]) in chrome):
            body.pop()
        while body and (_PAGE_NUMBER.match(body[0]) or n and chrome_key(body[0]) in chrome):
            body.pop(0)  # the first page's head is the title the running one repeats: kept
        lines.extend(body)
    if not lines:
        raise ExtractorError(f"{name}: PDF has no text layer (a scan?)")
    return join_lines(lines, pack.pattern("LINE_END_MARK")) + "\n"


def _page_lines(page) -> list[str]:
    """A page's lines of text; the rows of a table as tab-separated cells, read from the
    page laid out (only a page with rows of figures is laid out: it costs time)."""
    plain = page.extract_text() or ""
    if not has_table(plain):
        return plain.splitlines()
    return with_tables(plain, page.extract_text(extraction_mode="layout") or "")


def _width(line: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)


def join_lines(lines: list[str], line_end: "regex.Pattern") -> str:
    """Join a line to the next when it runs to the right margin without ending a sentence.

    The margin is the width most full lines reach (the 90th percentile), so
    headings and the short last lines of paragraphs keep their breaks.
    """
    widths = sorted(_width(ln) for ln in lines if "\t" not in ln) or [0]
    full = widths[int(0.9 * (len(widths) - 1))]
    out = lines[0]
    for prev, line in zip(lines, lines[1:]):
        if line_end.search(prev) or _width(prev) < 0.8 * full or "\t" in prev or "\t" in line:  # table rows stay rows
            out += "\n" + line
        elif prev[-1] == "-" and prev[-2:-1].isalpha() and line[0].islower():
            out = out[:-1] + line
        elif prev[-1].isascii() and prev[-1].isalnum() and line[0].isascii() and line[0].isalpha():
            out += " " + line
        else:
            out += line
    return out


# -- HTML ---------------------------------------------------------------------

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "nav", "aside", "iframe", "object", "select",
         "button", "textarea"}
_CHROME = {"header", "footer"}  # page chrome, unless inside the article itself
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "title", "body", "form", "figure",
          "figcaption", "caption", "address", "center", "header", "footer"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_WS = re.compile(r"\s+")
_CELL = "\ue001"  # a cell break, kept apart from the page's own whitespace
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)""", re.I)
_SENTENCE_MARK = re.compile("[\u3002\uff1b\uff01\uff1f.;!?]")
MENU_ITEM = 8  # a line this short, without a sentence mark or digit, may be a menu item
MENU_RUN = 4   # and so many of them in a row are a menu


@dataclass
class _Line:
    pieces: list = field(default_factory=list)   # (text, inside a link)
    heading: bool = False


def html_text(data: bytes, name: str, rules=None) -> tuple[str, str]:
    """Visible text of a page, one block a line, without the site's frame (menus, breadcrumbs,
    share bars, footers: the words of `reading.toml`), and the charset it was decoded with.

    Parsed with lxml (libxml2, linear: Python's html.parser took seconds on 100 KB of
    unclosed tags), walked without recursion, so deep pages are no problem."""
    from lxml import etree, html

    from ..reading import decode
    from ..rulepack import load_rules

    pack = rules or load_rules()
    text, enc = None, ""
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = (m.group(1) or m.group(2)).decode("ascii").lower()
        enc = "gb18030" if enc in ("gb2312", "gbk") else enc
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text, enc = decode(data, name)
    text = text.replace(_CELL, "")
    try:
        parser = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
        root = html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):  # no element at all: an empty page
        return "", enc
    lines = _visible_lines(root, pack.words_re("BOILERPLATE_CLASS"))
    return "\n".join(_without_frame(lines, pack.words_re("BOILERPLATE_LINE"))), enc


def _skipped(el, in_article: bool, frame) -> bool:
    tag = el.tag
    get = el.get
    return (tag in _SKIP or (tag in _CHROME and not in_article) or get("hidden") is not None
            or (get("role") or "") in _CHROME_ROLES or get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(get("style") or ""))
            or bool(frame.search(((get("class") or "") + " " + (get("id") or "")).lower())))


@dataclass
class _Grid:
    """Where a table's walk is: the column of the next cell, and the columns that cells of
    rows above still fill (rowspan), so each row has a cell for every column of the grid."""

    col: int = 0
    below: dict = field(default_factory=dict)  # column -> rows it is still filled for

    def fill(self, add, until=None) -> None:
        """Empty cells for the columns a cell above fills, from here (up to `until`)."""
        while self.col in self.below and (until is None or self.col < until):
            self.below[self.col] -= 1
            if not self.below[self.col]:
                del self.below[self.col]
            add(_CELL)
            self.col += 1

    def close(self, el, add) -> None:
        """After a cell: empty cells for the rest of its colspan; its rowspan marks the rows below."""
        span, down = _span(el.get("colspan")), _span(el.get("rowspan"))
        for k in range(span):
            if k:
                add(_CELL)
            if down > 1:
                self.below[self.col + k] = down - 1
        self.col += span


LAYOUT_CELL = 300  # a cell with this much text holds a page's text: its table lays out the page


def _data_table(table) -> bool:
    """A table of data, not one that lays out a page: no table inside it, rows of two cells
    or more, no cell holding a page's worth of text."""
    if table.find(".//table") is not None:
        return False
    rows = table.findall(".//tr")
    if sum(1 for r in rows if len(r.findall("td") + r.findall("th")) >= 2) < 2:
        return False
    return all(len(c.text_content()) < LAYOUT_CELL for c in table.iter("td", "th"))


def _span(value) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def _visible_lines(root, frame) -> list[tuple[str, float, bool]]:
    """(text, share of it inside links, is a heading) for each block of visible text; a table
    row is one line of tab-separated cells, a cell spanning columns or rows leaving empty
    cells where it spans, so the columns stay aligned."""
    from lxml import etree

    lines = [_Line()]
    links, articles, cells = 0, 0, 0
    grids: list[_Grid] = []
    data = {t for t in root.iter("table") if _data_table(t)}
    walk = etree.iterwalk(root, events=("start", "end"))
    skipped = set()

    def add(text):
        if text:
            lines[-1].pieces.append((text, links > 0))

    def new_line():
        if lines[-1].pieces:
            lines.append(_Line())

    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if _skipped(el, articles > 0, frame):
                skipped.add(el)
                walk.skip_subtree()
                continue
            in_data = bool(grids) and grids[-1] is not None
            if tag == "table":
                grids.append(_Grid() if el in data else None)
            elif tag == "tr" and in_data:
                grids[-1].col = 0
            if tag in ("td", "th") and not in_data:  # a layout table's cell is a block of the page
                new_line()
            elif tag in ("td", "th"):
                grids[-1].fill(add)
                add(_CELL)
                cells += 1
            elif tag in _BLOCK and not cells:  # a paragraph inside a cell stays in its row
                new_line()
                lines[-1].heading = tag in _HEADINGS
            elif tag in _BLOCK:
                add(" ")
            links += tag == "a"
            articles += tag in ("article", "main")
            add(el.text)
        else:
            if el in skipped:
                skipped.discard(el)
            else:
                links -= tag == "a"
                articles -= tag in ("article", "main")
                in_data = bool(grids) and grids[-1] is not None
                if tag in ("td", "th") and in_data:
                    cells -= 1
                    grids[-1].close(el, add)
                elif tag in ("td", "th"):
                    new_line()
                elif tag == "tr" and in_data:
                    grids[-1].fill(add, until=max(grids[-1].below, default=-1) + 1)
                if tag == "table" and grids:
                    grids.pop()
                if tag in _BLOCK and not cells:
                    new_line()
            add(el.tail)
    out = []
    for line in lines:
        raw = "".join(t for t, _ in line.pieces)
        text = re.sub(r" *\t *", "\t", _WS.sub(_collapse, raw).strip(" ").removeprefix(_CELL).replace(_CELL, "\t"))
        text = text.strip(" ")
        if text.strip():
            linked = sum(len("".join(t.split())) for t, inside in line.pieces if inside)
            out.append((text, linked / max(1, len("".join(text.split()))), line.heading))
    return out


def _without_frame(lines: list[tuple[str, float, bool]], frame_words) -> list[str]:
    """The lines that are the document: not a line of the frame's words, not a line of
    links (a menu, related links) unless a heading, not a run of menu items."""
    kept = [text for text, linked, heading in lines
            if not (len(text) < 200 and frame_words.search(text) and "\t" not in text)
            and (heading or linked < 0.5 or _SENTENCE_MARK.search(text))]
    out, run = [], []
    for text in kept:
        if len(text) <= MENU_ITEM and not _SENTENCE_MARK.search(text) and not re.search(r"[\d\t]", text):
            run.append(text)
            continue
        out += run if len(run) < MENU_RUN else []
        run = []
        out.append(text)
    return out + (run if len(run) < MENU_RUN else [])


def _collapse(m: re.Match) -> str:
    """Whitespace shows as one space, but a source line break between CJK characters as none."""
    s, text = m.string, m.group()
    if "\n" in text and m.start() and m.end() < len(s) and _CJK.match(s[m.start() - 1]) and _CJK.match(s[m.end()]):
        return ""
    return " "


def _reason(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__
