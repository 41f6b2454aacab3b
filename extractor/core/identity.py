"""Who speaks in a document: the government (浙江省, 无锡市, 国务院) a report is of, and what
kind of document it is.

Read, in order, from what the document says of itself (its title lines: 浙江省政府工作报告),
the dateline of the congress it was given at (在浙江省第十四届人民代表大会), the speaker's
signature (浙江省省长), then the folders it sits in (…/浙江省/2024.md) and its file name (安徽省_2016.txt). The words and
patterns are document.toml's GOV_* entries.
"""
from pathlib import PurePath

from ..rulepack import RuleSet
from .normalise import as_ideographs
from .segment import title_lines

HEAD = 3000  # characters of the body a dateline or signature is looked for in


def document_government(text: str, path: str, pack: RuleSet) -> tuple[str | None, str]:
    """The government a document is of, and the evidence it was read from."""
    for line in title_lines(text, pack):
        m = pack.pattern("GOV_TITLE").search(line)
        if m:
            return m.group("gov"), m.group(0)
        m = pack.pattern("GOV_NATIONAL_TITLE").search(line)
        if m:
            return pack.word_list("GOV_NATIONAL_NAME")[0], line
    head = text[:HEAD]
    for key, name in (("GOV_DATELINE", None), ("GOV_PARTY", None), ("GOV_NATIONAL", "GOV_NATIONAL_NAME"),
                      ("GOV_PARTY_NATIONAL", "GOV_PARTY_NATIONAL_NAME"), ("GOV_SIGNATURE", None)):
        m = pack.pattern(key).search(head)
        if m:
            return (pack.word_list(name)[0] if name else m.group("gov")), " ".join(m.group(0).split())
    for part in reversed(PurePath(path).parts[:-1]):
        if pack.pattern("GOV_FOLDER").fullmatch(part):
            return part, f"folder {part}"
    m = pack.pattern("GOV_FILE").match(PurePath(path).stem)
    if m:
        return m.group("gov"), f"file name {PurePath(path).name}"
    return None, ""


# The kinds of document, each with the pattern a title line of it matches, tried in this order.
KINDS = {"communique": "DOC_KIND_COMMUNIQUE", "work_report": "DOC_KIND_WORK_REPORT",
         "party_congress": "DOC_KIND_PARTY_CONGRESS", "plan": "DOC_KIND_PLAN", "speech": "DOC_KIND_SPEECH"}


def document_kind(text: str, pack: RuleSet) -> str | None:
    """What the document is, from its first title line that says, else None."""
    for line in title_lines(text, pack):
        line = as_ideographs(line, pack)  # a title taken from a PDF: 政府⼯作报告
        for kind, name in KINDS.items():
            if pack.pattern(name).search(line):
                return kind
    return None
