"""A normalised view of a document with a map from every view index back to the original.

Rules match on the view (ASCII digits, no stray spaces or layout line breaks,
no continuation markers); records are reported in original offsets.
"""
from array import array
from typing import NamedTuple

from ..errors import ExtractorError
from ..rulepack import RuleSet

# Full-width ASCII forms, except the full-width comma: it breaks clauses, and is a thousands mark
# only between groups of digits (_THOUSANDS_MARK: 粮食总产量35，343万吨 in the reports of the 1980s).
_FULLWIDTH = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if c != 0xFF0C}
_THOUSANDS_MARK = r"(?<=(?<![\d.．])\d{1,3}(?:，\d{3})*)，(?=\d{3}(?!\d))"
_FULLWIDTH[0x3000] = " "
_FULLWIDTH[0x2236] = ":"  # the ratio sign (2.3∶1) reads as the colon a ratio is written with
# Radicals and compatibility ideographs a PDF's fonts put for ideographs (⼯ for 工): read as the ideograph.
_RADICALS = (range(0x2E80, 0x2EF4), range(0x2F00, 0x2FD6), range(0xF900, 0xFADA))
_RADICAL_RANGES = "".join(f"\\u{block[0]:04x}-\\u{block[-1]:04x}" for block in _RADICALS)
# Compiled through the pack's pattern cache: compiling them from source was some 4M instructions a start.
_RADICAL_CHAR = f"[{_RADICAL_RANGES}]"
_MAPPED_CHAR = f"[\\uff01-\\uff0b\\uff0d-\\uff5e\\u3000\\u2236{_RADICAL_RANGES}]"  # the keys of _FULLWIDTH, _RADICALS
_SPACES = r"[ \u00a0\f]+"  # not a tab: it parts a table's cells (CLAUSE_BREAK)
_YEAR_AFTER = r"(?:19|20)\d\d年"
_AS_DIGITS = str.maketrans("lIO", "110")  # the digits a scan's letters stand for in a number (LETTER_DIGITS)


class View(NamedTuple):
    """The normalised text and, for each of its characters, the original index."""

    text: str
    origin: array  # 8 bytes an index; a list of ints took 36 and made large documents slow
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span [start, end) to the original text."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def as_ideographs(text: str, pack: RuleSet) -> str:
    """`text` with its radicals read as ideographs (_char_map) and nothing else changed, index for
    index: for what reads the lines the view joins (tables)."""
    return _read_chars(text, pack, _RADICAL_CHAR)


def as_view_reads(text: str, pack: RuleSet) -> str:
    """`text` with full-width forms and radicals read as the view reads them, index for index
    (a table's header: 比上年增长（％） is in %)."""
    return _read_chars(text, pack, _MAPPED_CHAR)


def _read_chars(text: str, pack: RuleSet, chars: str) -> str:
    chars_read = _char_map(pack)
    return pack._regex(chars).sub(lambda m: chars_read.get(m.group(), m.group()), text)


def kept_as_written(view: View, original: str, start: int, end: int) -> str:
    """The original characters view[start:end] was read from (（PM2.5） stays full-width), but a
    radical as the ideograph the view reads it as (⼯业 -> 工业): a name to paste as a header."""
    written, read = "".join(original[k] for k in view.origin[start:end]), view.text[start:end]
    if written == read:  # most names: no full-width form, no radical
        return written
    return "".join(r if any(ord(w) in block for block in _RADICALS) else w for r, w in zip(read, written))


_NARROWED = {ascii_form: chr(c) for c, ascii_form in _FULLWIDTH.items() if 0xFF01 <= c <= 0xFF5E}


def in_its_width(name: str, written: str) -> str:
    """A name composed from the view in the width `written` uses: an ASCII form the view made
    of a full-width one is full-width again when `written` has only that (（沥青）, not (沥青))."""
    return "".join(_NARROWED[c] if c in _NARROWED and _NARROWED[c] in written and c not in written else c
                   for c in name)


def _char_map(pack: RuleSet) -> dict[str, str]:
    """What the view reads a character of _MAPPED_CHAR as: the full-width forms' ASCII, and the
    ideograph of a radical (NFKC, else the pack's RADICAL_FORM); each one character for one, so
    the view's indices map back. Made once per pack."""
    found = pack._compiled.get("char_map")
    if found is None:
        import unicodedata

        found = {chr(c): ascii_form for c, ascii_form in _FULLWIDTH.items()}
        for c in (c for block in _RADICALS for c in block):
            ideograph = unicodedata.normalize("NFKC", chr(c))
            if len(ideograph) == 1 and ideograph != chr(c):
                found[chr(c)] = ideograph
        for pair in pack.word_pairs("RADICAL_FORM"):
            if len(pair) != 2 or len(pair[0]) != 1 or len(pair[1]) != 1:
                raise ExtractorError(f"RADICAL_FORM: {'='.join(pair)!r} is not one character = one character")
            found[pair[0]] = pair[1]
        pack._compiled["char_map"] = found
    return found


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _space_spans(text: str, pack: RuleSet) -> list[tuple[int, int]]:
    """Spaces to drop, unless they separate two Latin words ('VR AR') or an item number from
    a year ('表1. 2002年': dropped, it would read 1.2002 years; '10. 95%' is one number)."""
    out = []
    year_after = pack._regex(_YEAR_AFTER)
    for m in pack._regex(_SPACES).finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if not (_is_word(before) and _is_word(after)) and not (before == "." and year_after.match(text, m.end())):
            out.append(m.span())
    return out


RUNNING_PAGES = 3  # pages a line must head or foot, at least half of them, to be the document's running title
RUNNING_LINE = 40  # characters of a running title at most
PAGE_NUMBER_MAX = 16  # characters of a line holding a page's number alone at most (第 123 页, — 12 —, 3/45)


def running_titles(pages: list[list[str]], pack: RuleSet) -> set[str]:
    """Of each page's lines (page numbers left out), the ones that head or foot most pages alike
    (a running title: 2025年政府工作报告; 第3页 共45页, its figures masked), as `chrome_key` gives
    them: page chrome, which would otherwise join the sentence a page break cuts. A table's header
    row, repeated on each page it runs over, is none (its cells are tab-separated), nor is a line
    holding a sentence's end (SENTENCE_STOP)."""
    stop = pack.pattern("SENTENCE_STOP")
    counts: dict[str, int] = {}
    for lines in pages:
        ends = {chrome_key(ln) for ln in lines[:2] + lines[-2:]
                if len(ln) <= RUNNING_LINE and "\t" not in ln and not stop.search(ln)}
        for key in ends:
            counts[key] = counts.get(key, 0) + 1
    least = max(RUNNING_PAGES, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= least}


def chrome_key(line: str) -> str:
    return "".join("#" if c.isdigit() else c for c in "".join(line.split()))


def _running_spans(text: str, pack: RuleSet) -> dict[int, int]:
    """Where a running title or footer of a text dumped from a PDF starts, and where its line ends;
    the first page's head (the title the running one repeats) is kept. Pages end at form feeds, or,
    in a text that has none, at the lines holding a page's number alone."""
    page_number = pack.pattern("PAGE_NUMBER_LINE")
    fed = text.count("\f") >= RUNNING_PAGES - 1
    pages, pos = [], 0
    for chunk in text.split("\f") if fed else [text]:
        lines, at = [], pos
        for raw in chunk.split("\n"):
            end, line = at + len(raw) + 1, raw.strip()
            if len(line) <= PAGE_NUMBER_MAX and page_number.match(text, at, min(end, len(text))):
                if line and not fed:  # a page's number ends a page of a text with no form feeds
                    pages.append(lines)
                    lines = []
            elif line:
                lines.append((at, end, line))
            at = end
        pages.append(lines)
        pos += len(chunk) + 1
    if len(pages) < RUNNING_PAGES:
        return {}
    chrome = running_titles([[ln for _, _, ln in lines] for lines in pages], pack)
    spans = {}
    for n, lines in enumerate(pages):
        for at, end, line in lines[:2] * (n > 0) + lines[-2:]:
            if chrome_key(line) in chrome:
                spans[at] = min(end, len(text))
                if at and text[at - 1] == "\f":  # the page's own break goes with it
                    spans[at - 1] = spans[at]
    return spans


def _broken_lines(text: str, pack: RuleSet) -> list[tuple[int, int]]:
    """Single line breaks inside a sentence (newspaper columns), to drop.

    A break is kept after terminal punctuation, after a heading (not a paragraph opening with
    a heading's mark and going on past a sentence's end: (二)加强…提高。把…), after a short
    line (titles) unless a clause ends inside it and a number opens the next (过去一年，全市新建学校 / 12所), before an
    indented line (a paragraph's first) but one a space opens before characters spaced out (实现地 / 区 生 产 总 值), before an
    empty line (paragraph end), before a list item and before a heading
    (a long title right above it, 2025年10件惠民实事, is no part of it);
    but an empty line between the words of a sentence and the number it goes on
    with (完成投资\n\n348亿元) is no paragraph end. A page's number on a line of its own
    (- 3 -, a text dumped from a PDF) goes, and the lines around it join as if it were not there.
    """
    out = []
    line_start = 0
    # LINE_END_MARK reads a line's end: searched from there, not tried at each of its characters (0.04 s over the 34 reports)
    terminal = pack.pattern("LINE_END_MARK", from_end=True)
    heading, item = pack.pattern("HEADING_START"), pack.pattern("LIST_ITEM_START")
    figures, stop, number = pack.pattern("FIGURES_ROW_END"), pack.pattern("SENTENCE_STOP"), pack.pattern("NUMBER_GOES_ON")
    page, clause, spaced = pack.pattern("PAGE_NUMBER_LINE"), pack.pattern("CLAUSE_INSIDE_LINE"), pack.pattern("SPACED_LINE_START")
    prose = pack.pattern("HEADING_FIGURE")
    chrome = _running_spans(text, pack)
    i = text.find("\n")
    while i >= 0:
        raw = text[line_start:i]
        line = raw.strip()
        bare = "".join(line.split())  # as the view reads it: 一 、 2 0 2 4 年 is a heading too
        line_start = i + 1
        furniture = line_start
        while (numbered := page.match(text, at := _past_blank_lines(text, furniture))) or at in chrome:
            # a page's number or running title between two lines, blank lines around it too: gone, and
            # the line goes on after it
            furniture = numbered.end() if numbered else chrome[at]
        if furniture > line_start:
            furniture = _past_blank_lines(text, furniture)
            out.append((line_start, furniture))
            line_start = furniture
        nxt = text[line_start] if line_start < len(text) else "\n"
        following_end = text.find("\n", line_start)
        following = text[line_start:following_end if following_end >= 0 else len(text)].strip()
        spaced_out = "".join(following.split())
        if heading.match(following) or spaced_out != following and heading.match(spaced_out) \
                and not prose.search(spaced_out):
            i = following_end  # a heading (spaced out too: 第 二 部 分, unless it holds a figure: prose) starts
            # anew: a title above it, or a page's break before it, ended a paragraph
            continue
        gap = number.match(text, line_start) if nxt in "\r\n" and len(bare) >= 12 and not terminal.search(bare) \
            and (not heading.match(bare) or stop.search(bare)) and not item.match(line) and not bare[-1].isdigit() \
            and "\t" not in raw and "|" not in line else None  # no title, list item or row of figures
        if gap:  # 水利工程建设完成投资\n\n348亿元
            out.append((i - 1 if i and text[i - 1] == "\r" else i, gap.end()))
            i = text.find("\n", gap.end())
            line_start = gap.end()
            continue
        if not (not line or terminal.search(bare) or nxt in "\r\n" or nxt.isspace() and not spaced.match(text, line_start)
                or len(bare) < 12 and not (clause.search(bare) and nxt.isdigit())  # a title (稳工业，强实体), unless a
                # clause ends inside it and the next line opens with the number it goes on with (过去一年，全市新建学校\n12所)
                or heading.match(bare) and not stop.search(bare)  # (二)加强…提高。把…: a paragraph
                or "\t" in raw  # a row of cells ends where it ends
                or raw != raw.rstrip() and figures.search(line)  # so does a row of figures padded with spaces
                or item.match(text, line_start)):
            out.append((i - 1 if i and text[i - 1] == "\r" else i, i + 1))
        i = following_end
    return out


def _past_blank_lines(text: str, pos: int) -> int:
    """Where the first line at or after `pos` holding more than spaces starts."""
    end = text.find("\n", pos)
    while end >= 0 and not text[pos:end].strip():
        pos, end = end + 1, text.find("\n", end + 1)
    return pos


def normalise(text: str, pack: RuleSet) -> View:
    """Build the normalised view of `text`.

    The dropped spans are collected first and the kept runs copied as slices:
    a per-character loop made this the slowest stage on large corpora.
    """
    # a regex finds the few full-width characters faster than str.translate visits every one
    mapped = as_view_reads(text, pack)
    if "，" in mapped:
        mapped = pack._regex(_THOUSANDS_MARK).sub(",", mapped)
    if "。" in mapped:  # 回落7。2个百分点: a decimal point read from a scan (DECIMAL_STOP)
        mapped = pack.pattern("DECIMAL_STOP").sub(".", mapped)
    letters = pack.needs_search("LETTER_DIGITS")  # most texts have none of the letters one of which each match reads
    if letters is None or letters.search(mapped):
        mapped = pack.pattern("LETTER_DIGITS").sub(lambda m: m.group().translate(_AS_DIGITS), mapped)  # 增长l3%
    if '"' in mapped:
        mapped = pack.pattern("STRAIGHT_QUOTES").sub(lambda m: "\u201c" + m.group(1) + "\u201d", mapped)
    markers = [m.span() for m in pack.pattern("CONTINUATION_MARK").finditer(mapped)]
    drops = sorted(markers + _space_spans(mapped, pack) + _broken_lines(mapped, pack))
    chars: list[str] = []
    origin = array("q")
    pos = 0
    for start, end in drops:
        if start > pos:
            chars.append(mapped[pos:start])
            origin.extend(range(pos, start))
        pos = max(pos, end)
    chars.append(mapped[pos:])
    origin.extend(range(pos, len(mapped)))
    return View("".join(chars), origin, len(text))
