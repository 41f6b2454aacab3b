"""Split a normalised text into paragraphs and sentences, find headings, the
document's own year, and whether each paragraph sits in a review or a plan.
"""
from collections import Counter
from dataclasses import dataclass

import regex

HEADING = regex.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节部分篇]"
    r"|[一二三四五六七八九十]+是|\d{1,2}[.、．](?!\d)"
    r"|(?:20\d\d年)?[^。，,；]{0,12}(?:工作回顾|工作安排|安排建议|总体要求|目标任务|主要任务)\s*$)")
TOP_HEADING = regex.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分篇]"
                            r"|(?:20\d\d年)?[^。，,；]{0,12}(?:工作回顾|工作安排|安排建议)\s*$)")
SENTENCE_END = regex.compile(r"[。！？!?]+[”」』]?|\n+")
CLAUSE_MARK = regex.compile(r"[，；,;、\s]")
DATELINE = regex.compile(r"(?m)^\s*[(（]?\s*(20\d\d)年\d{1,2}月\d{1,2}日\s*[)）]?\s*$|[(（](20\d\d)年\d{1,2}月\d{1,2}日[)）]")
GLOSSARY = regex.compile(r"^(?:附件\s*\d*\s*)?(?:名词解释|名词注释|注释)\s*$")
APPENDIX = regex.compile(r"^附件\s*\d*\s*$")
PLAN_OPENING = regex.compile(r"^[一二三四五六七八九十]?要[^求]")
YEAR = regex.compile(r"(?<!\d)(20\d\d|19\d\d)(?=年)")
PLAN_PERIODS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    heading: bool
    top: bool
    mode: str | None       # "review", "plan" or None
    section: str           # the heading this paragraph sits under (or is)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside [start, end) of `text`, end punctuation included."""
    spans, pos = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if m.end() > pos and text[pos:m.start()].strip():
            spans.append((pos, m.end() if m.group()[0] != "\n" else m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        spans.append((pos, end))
    return [piece for span in spans for piece in _cut(text, *span)]


MAX_SENTENCE = 1000  # real sentences stay under 450 chars; a longer run (junk, a flattened table) is cut


def _cut(text: str, start: int, end: int):
    """Pieces of at most MAX_SENTENCE, cut after a clause mark where there is one: the
    interpreter reads the whole sentence for each value, which would be quadratic."""
    while end - start > MAX_SENTENCE:
        m = CLAUSE_MARK.search(text[start + MAX_SENTENCE // 2:start + MAX_SENTENCE][::-1])
        cut = start + MAX_SENTENCE - (m.start() if m else 0)
        yield start, cut
        start = cut
    yield start, end


def period_end(name: str) -> int | None:
    """The last year of a named five-year plan period ('十四五' -> 2025)."""
    base = PLAN_PERIODS.get(name)
    return base + 4 if base else None


def _period_year(name: str, where: str) -> int | None:
    """The year a document speaks for when it calls itself a period's closing or opening year."""
    end = period_end(name)
    return end if end is None or where in ("收官", "最后", "末", "决胜") else end - 4


def document_year(text: str) -> tuple[int | None, str]:
    """The year a document speaks for, and the evidence it was read from."""
    m = regex.search(r"(20\d\d)年(?:工作|政府工作)?(?:安排|任务|总体要求|主要目标|重点工作|目标任务|主要预期目标)", text)
    if m:
        return int(m.group(1)), m.group(0)
    m = regex.search(r"(20\d\d)年(?:工作回顾|工作总结)", text)
    if m:
        return int(m.group(1)) + 1, m.group(0)
    m = regex.search(r"今年是[^。，,]{0,12}?“?(十[一二三四五六]五)”?[^。，,]{0,6}?(收官|开局|起步|最后|决胜)", text)
    if m:
        year = _period_year(m.group(1), m.group(2))
        if year:
            return year, m.group(0)
    m = regex.search(r"(20\d\d)年\d{1,2}月\d{1,2}日在", text) or DATELINE.search(text[:600])
    if m:
        return int(m.group(1) or m.group(2)), m.group(0)
    m = regex.search(r"(20\d\d)年是[^。]{0,20}(?:之年|一年)", text)
    if m and "过去" not in text[max(0, m.start() - 6):m.start()]:
        return int(m.group(1)), m.group(0)
    return None, ""


def fallback_year(text: str, name: str) -> tuple[int | None, str]:
    """Weaker evidence: a year in the file name, else the latest frequently named year."""
    m = regex.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", name)
    if m:
        return int(m.group(1)), f"file name {name}"
    years = Counter(int(y) for y in YEAR.findall(text))
    common = [y for y, n in years.items() if n >= 2]
    if common:
        return max(common), "most recent year named in the text"
    return None, ""


def _mode_of(line: str, year: int | None, cues: dict, heading: bool) -> str | None:
    """Whether a heading, or a paragraph's opening words, start a review or a plan."""
    head = line if heading else line[:16]
    m = YEAR.search(head)
    if m and year and (heading or m.start() < 2):
        named = int(m.group(1))
        if named < year and ("回顾" in head or named == year - 1 and not heading):
            return "review"
        if named == year and not heading and "是" in head[m.end():m.end() + 3]:
            return "plan"
    if any(c in head for c in cues["REVIEW_CUE"]):
        return "review"
    if heading:
        if any(c in head for c in cues["PLAN_CUE"]):
            return "plan"
        return "plan" if m and year and int(m.group(1)) >= year else None
    if PLAN_OPENING.match(line) or any(head.startswith(c) for c in cues["PLAN_OPENING"]):
        return "plan"
    return None


def paragraphs(text: str, year: int | None, cues: dict) -> list[Paragraph]:
    """Paragraphs (lines) with heading flags, their section and review/plan mode."""
    out: list[Paragraph] = []
    mode, section, pos = None, "", 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        stripped = line.strip()
        if GLOSSARY.match(stripped):
            mode, section = "glossary", stripped[:60]
        elif APPENDIX.match(stripped):
            mode, section = "plan", stripped[:60]
        if mode == "glossary" or APPENDIX.match(stripped):
            out.append(Paragraph(start, end, True, True, mode, section))
            continue
        heading = bool(HEADING.match(stripped)) and (len(stripped) <= 40 or not stripped.endswith("。"))
        top = heading and bool(TOP_HEADING.match(stripped))
        if heading and len(stripped) > 40:
            first = regex.split(r"[。！？]", stripped, maxsplit=1)[0]
            found = _mode_of(first, year, cues, True)
        else:
            found = _mode_of(stripped, year, cues, heading)
        if top:
            mode = found
        elif found:
            mode = found
        if heading:
            section = stripped[:60] if top or not section else section.split(" / ")[0] + " / " + stripped[:40]
        out.append(Paragraph(start, end, heading, top, mode, section))
    return _leading_review(out)


def _leading_review(paras: list[Paragraph]) -> list[Paragraph]:
    """Reports open with their review: text before the first plan marker, with no
    marker of its own, is read as review once a plan follows."""
    first = next((i for i, p in enumerate(paras) if p.mode), None)
    if first is None or paras[first].mode != "plan":
        return paras
    return [p if i >= first else Paragraph(p.start, p.end, p.heading, p.top, "review", p.section)
            for i, p in enumerate(paras)]
