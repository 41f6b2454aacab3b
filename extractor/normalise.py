"""A normalised view of a document with a map from every view index back to the original.

Rules match on the view (ASCII digits, no stray spaces or layout line breaks,
no continuation markers); records are reported in original offsets.
"""
from dataclasses import dataclass

import regex

# Full-width ASCII forms, except the full-width comma: mapping it to ',' would let
# '3，500' read as a thousands-separated number.
_FULLWIDTH = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if c != 0xFF0C}
_FULLWIDTH[0x3000] = " "
_MARKER = regex.compile(r"[(（]\s*(?:上接|下转|接上|转下|紧接|续)第?[一二三四五六七八九十\d]+版\s*[)）]")
_SPACES = regex.compile(r"[ \t\u00a0]+")
_HEADING = regex.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节部分篇])")
_TERMINAL = "。！？；：”」』)）!?;:"


@dataclass(frozen=True)
class View:
    """The normalised text and, for each of its characters, the original index."""

    text: str
    origin: list[int]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span [start, end) to the original text."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _drop_spaces(text: str, keep: list[bool]) -> None:
    """Mark spaces for removal unless they separate two Latin words ('VR AR')."""
    for m in _SPACES.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if not (_is_word(before) and _is_word(after)):
            for i in range(m.start(), m.end()):
                keep[i] = False


def _join_broken_lines(text: str, keep: list[bool]) -> None:
    """Drop a single line break inside a sentence (newspaper columns).

    A break is kept after terminal punctuation, after a heading, after a short
    line (titles), and before an empty line (paragraph end).
    """
    line_start = 0
    for i, ch in enumerate(text):
        if ch != "\n":
            continue
        line = text[line_start:i].strip()
        line_start = i + 1
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        if (not line or line[-1] in _TERMINAL or nxt in "\r\n" or nxt.isspace()
                or len(line) < 12 or _HEADING.match(line)):
            continue
        keep[i] = False
        if i and text[i - 1] == "\r":
            keep[i - 1] = False


def normalise(text: str) -> View:
    """Build the normalised view of `text`."""
    mapped = text.translate(_FULLWIDTH)
    keep = [True] * len(mapped)
    for m in _MARKER.finditer(mapped):
        for i in range(m.start(), m.end()):
            keep[i] = False
    _drop_spaces(mapped, keep)
    _join_broken_lines(mapped, keep)
    chars, origin = [], []
    for i, ch in enumerate(mapped):
        if keep[i]:
            chars.append(ch)
            origin.append(i)
    return View("".join(chars), origin, len(text))
