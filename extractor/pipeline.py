"""One document in, validated records out: the library entry point."""
from dataclasses import dataclass

import regex

from .interpret.indicator import (THRESHOLD, Context, clause_end, clause_start, generic_core, indicator_of, kind_of,
                        mentions, year_of)
from .core.matching import Hit, find_hits
from .models import Record
from .core.normalise import View, normalise
from .reading import Document
from .core.resolve import comparator, resolve
from .rulepack import RuleSet, load_rules
from .core.segment import document_year, fallback_year, paragraphs, sentences

LIST_SEP = "、和及与"
DIGIT = regex.compile(r"\d")
PLACES = regex.compile(r"[^，,。；;]{0,8}?(?:县|市|区|州|镇|乡|村|开发区|园区|产业园|工业园|断面|城市|盟|旗|指标)(?:（[^）]{0,6}）)?(?!\p{Han}*(?:项目|企业))")
OWN_NOUN = regex.compile(r"(?![以左余多上])\p{Han}")
SEPARATED = regex.compile(r"[、，,；;]")
SPENT_ON = regex.compile(r"(?:实施了?|推进|完成了?|用于|建设)([^，,。；;、等\d]{2,20}?)(?:建设|等|[，,。；;、]|$)")
MARGIN = regex.compile(r"^(?:高于|快于|低于|慢于)(?:全国|全省|全市|全区)(?:平均水平|平均)?$")
COUNT_CLASSIFIERS = {"个", "项", "家", "所", "条", "类", "种", "批", "座", "部"}
FIVE_YEAR = regex.compile(r"今后五年|未来五年|今后5年|未来5年")
ANNUAL = regex.compile(r"今年|全年|20\d\d年(?:工作安排|主要预期目标|发展主要预期目标|主要目标任务)|主要预期目标")


def document_context(view: View, doc_id: str, year: int | None) -> tuple[int | None, bool, str]:
    """The document's year (with where it came from) and whether it holds an annual plan."""
    if year:
        source = "--year"
    else:
        year, source = document_year(view.text)
        if not year:
            year, source = fallback_year(view.text, doc_id)
    markers = ANNUAL.findall(view.text)
    # a party congress or five-year plan speaks of 今后五年; it is annual only with an annual plan heading
    annual = len(markers) >= 2 and (not FIVE_YEAR.search(view.text) or any(len(m) > 2 for m in markers))
    return year, annual, source


def extract_text(text: str, doc_id: str = "doc", year: int | None = None,
                 rules: RuleSet | None = None) -> list[Record]:
    """Every target and achievement in `text`, offsets into `text` exactly as given."""
    return _extract(text, doc_id, year, rules)[0]


def _extract(text: str, doc_id: str, year: int | None, rules: RuleSet | None) -> tuple[list[Record], int | None, str]:
    """Records, the document's year and where that year was read from."""
    rules = rules or load_rules()
    view = normalise(text)
    doc_year, annual, source = document_context(view, doc_id, year)
    cues = {name: rules.word_list(name) for name in ("REVIEW_CUE", "PLAN_CUE", "PLAN_OPENING")}
    paras = paragraphs(view.text, doc_year, cues)
    hits = find_hits(view.text, rules)
    records: list[Record] = []
    h = 0
    for para in paras:
        if para.mode == "glossary":  # 名词解释 explains code words; its numbers are no records
            continue
        for s_start, s_end in sentences(view.text, para.start, para.end):
            group = []
            while h < len(hits) and hits[h].start < s_end:
                if hits[h].start >= s_start:
                    group.append(hits[h])
                h += 1
            if group:
                ctx = Context(view.text, (s_start, s_end), para, doc_year, annual)
                records.extend(_sentence_records(ctx, group, view, text, doc_id, rules, len(records) + 1))
    return records, doc_year, source


def _list_groups(text: str, hits: list[Hit], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of values joined by 、/和/及 (800亿斤、60亿斤、160亿斤), as first and last index."""
    groups, i = [], 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and text[spans[j][1]:hits[j + 1].start].strip() in ("、", "和", "及"):
            j += 1
        if j > i:
            groups.append((i, j))
        i = j + 1
    return groups


def _distributed(ctx: Context, hits: list[Hit], spans: list[tuple[int, int]], rules: RuleSet) -> dict[int, str]:
    """Indicators for a list of values, by position: A、B分别增长x%、y%; A、B产量达到x、y, then
    分别增长… for the same A、B in the next clause."""
    out: dict[int, str] = {}
    previous: list[str] = []
    for i, j in _list_groups(ctx.text, hits, spans):
        start = clause_start(ctx.text, ctx.sentence[0], hits[i].start, 0)
        left = ctx.text[start:spans[i][0]]
        k = left.rfind("分别")
        names = []
        for sep in (r"[、，,]", r"[、，,和与]", r"[、，,和与及]"):  # 及 only last: 普及率
            items = [x for x in regex.split(sep, left[:k] if k >= 0 else left) if x.strip()]
            if len(items) == j - i + 1:
                names = _share_head([indicator_of(item, "", "", rules) for item in items], rules)
                break
        if not names and k >= 0 and len(previous) == j - i + 1:
            names = previous
        out.update((i + n, name) for n, name in enumerate(names))
        previous = names or previous
    return out


def _list_comparators(text: str, hits: list[Hit], spans: list[tuple[int, int]], rules: RuleSet) -> dict[int, str]:
    """分别稳定在800亿斤、60亿斤、160亿斤以上: the words after the last value of a list hold
    for every value in it."""
    out: dict[int, str] = {}
    for i, j in _list_groups(text, hits, spans):
        if spans[j][1] > hits[j].end:  # the last value has a comparator word after it
            cmp = comparator(text, hits[j].start, hits[j].end, rules, False)[0]
            out.update((k, cmp) for k in range(i, j) if spans[k] == (hits[k].start, hits[k].end))
    return out


def _share_head(names: list[str], rules: RuleSet) -> list[str]:
    """Items of a 分别 list share what only one of them spells out: 苹果、食用菌、中药材产量 ->
    苹果产量…; 生产安全事故起数、死亡人数 -> 生产安全事故死亡人数. The shared part is cut at
    a metric head word (产量, 起数, 人均可支配收入) where one is found."""
    first, last = names[0], names[-1]
    heads = rules.words_re("METRIC_HEAD", "end")
    out = []
    for i, name in enumerate(names):
        if not name or not first or not last:
            pass
        elif i < len(names) - 1 and (head := heads.search(last)) and not heads.search(name):
            name = name + head.group()
        elif i < len(names) - 1 and 2 * len(name) < len(last):
            name = name + last[len(name):]
        elif i > 0 and len(name) <= 4 and len(first) >= len(name) + 4:
            head = heads.search(first)
            cut = len(head.group()) if head else (2 if first[-1] == name[-1] else len(name))
            name = first[:-cut] + name
        out.append(name)
    return out


def _as_written(name: str, view: View, original: str, ctx: Context) -> str:
    """The indicator in the document's own characters (（PM2.5） stays full-width) when it
    is a piece of the sentence; composed names stay as built."""
    i = ctx.text.find(name, ctx.sentence[0], ctx.sentence[1]) if name else -1
    if i < 0:
        return name
    a, b = view.span(i, i + len(name))
    return "".join(original[a:b].split())


def _spent_on(text: str, clause_end_: int, s_end: int) -> str:
    """What the next clause says the money went to (投资6.6亿元,实施景区的基础设施建设)."""
    m = SPENT_ON.match(text, clause_end_ + 1, s_end)
    return m.group(1).replace("的", "") if m else ""


def _counts_its_list(left: str, qty) -> bool:
    """钢铁、有色、化工、建材4个重点行业: a count of the items just listed is no record."""
    items = left.split("、")
    return (len(items) >= 2 and qty.value == len(items) and qty.value_max is None
            and qty.unit in COUNT_CLASSIFIERS and all(0 < len(i.strip()) <= 24 for i in items[1:]))


def _hidden_value(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """A value after `start` in the clause that an exclusion rule dropped (占全省比重78%)."""
    return bool(rules.words_re("SHARE_WORD").search(text, start, end)) and bool(DIGIT.search(text, start, end))


def _right_of(text: str, hits: list[Hit], n: int, c_end: int, end: int, left: str, qty,
              rules: RuleSet) -> str | None:
    """The text after value n that may name it; None when the value is a count that only
    says where another value was measured (89个开发区…占比达78%)."""
    right_end = _list_end(text, hits, n, end)
    right = text[c_end:right_end]
    runs_on = right_end < end and text[right_end] not in LIST_SEP and not SEPARATED.search(right)
    counted = qty.unit in COUNT_CLASSIFIERS
    left_name = indicator_of(left, "", qty.unit, rules) if runs_on or counted else ""
    if runs_on and left_name:
        return ""  # A 1000家B 2500家: the noun after the value is the next value's own
    if counted and not left_name and PLACES.match(right) and (
            runs_on and not _names_its_own(text, hits, n, end) or _hidden_value(text, c_end, end, rules)):
        return None
    return right


def _names_its_own(text: str, hits: list[Hit], n: int, end: int) -> bool:
    """Whether the value after hit n is a count followed by its own noun (770家企业融入6条产业链):
    then hit n is a record too, not the scope of a metric (89个开发区…占比达78%)."""
    nxt = hits[n + 1] if n + 1 < len(hits) and hits[n + 1].start < end else None
    return bool(nxt) and OWN_NOUN.match(text, nxt.end) is not None


def _list_end(text: str, hits: list[Hit], n: int, end: int) -> int:
    """Where the right context of hit n stops: before the next value (36个A、45个B), unless
    that value is a threshold inside the noun (3个营业收入超100亿元的企业)."""
    for nxt in hits[n + 1:]:
        if nxt.start >= end:
            break
        if text[max(0, nxt.start - 2):nxt.start].endswith(THRESHOLD):
            continue
        return nxt.start - 1 if text[nxt.start - 1] in LIST_SEP else nxt.start
    return end


def _sentence_records(ctx: Context, hits: list[Hit], view: View, original: str, doc_id: str,
                      rules: RuleSet, next_id: int) -> list[Record]:
    text = ctx.text
    s_start, s_end = ctx.sentence
    o_start, o_end = view.span(s_start, s_end)
    sentence = original[o_start:o_end]
    spans = []
    for hit in hits:
        approx = bool(hit.group("approx") or hit.group("approx2"))
        _, c_start, c_end = comparator(text, hit.start, hit.end, rules, approx)
        spans.append((c_start, c_end))
    shared = _distributed(ctx, hits, spans, rules)
    listed = _list_comparators(text, hits, spans, rules)
    out: list[Record] = []
    boundary = 0
    owned_until = -1
    last_indicator = ""
    for n, hit in enumerate(hits):
        c_start, c_end = spans[n]
        if hit.start < owned_until:
            continue  # a threshold inside the noun another value counts (3个营业收入超100亿的企业)
        try:
            qty = resolve(hit, text, rules)
        except ValueError:
            continue
        start = clause_start(text, s_start, c_start, boundary)
        if start == boundary and boundary > s_start:  # same clause as the previous value: A 3个、B 10个
            start += text[start:c_start].rfind("、") + 1
        boundary = c_end + 1 if c_end < len(text) and text[c_end] in LIST_SEP else c_end
        end = clause_end(text, c_end, s_end)
        clause, before = text[start:end], text[s_start:start]
        left = text[start:c_start]
        right = _right_of(text, hits, n, c_end, end, left, qty, rules)
        if right is None or _counts_its_list(left, qty) and kind_of(ctx, clause, before, rules) == "target" \
                and not mentions(clause, rules, "NEW_THINGS_CUE") \
                or ctx.paragraph.mode == "plan" and left.endswith(("有", "还有", "拥有", "现有")):
            continue  # a scope count, a count of the list before it, a standing fact in a plan
        indicator = shared.get(n) or indicator_of(left, right, qty.unit, rules)
        if indicator and right.startswith(indicator.split("超")[0][:2]) and indicator in right:
            owned_until = c_end + right.index(indicator) + len(indicator)
        core = generic_core(indicator, rules)
        if core and last_indicator and not generic_core(last_indicator, rules):
            indicator = last_indicator + core  # 办好21项民生实事，落实资金129亿元 -> 民生实事资金
        elif core and not last_indicator and (spent_on := _spent_on(text, end, s_end)):
            indicator = spent_on + core  # 投资2.5亿元,实施俄罗斯风情精品街项目 -> …项目投资
        elif MARGIN.match(indicator) and last_indicator:  # 增长20.4%、高于全国12.4个百分点
            indicator = last_indicator + "增速" + indicator
        elif last_indicator and rules.words_re("LEAD_WORD").fullmatch(indicator):
            indicator = last_indicator + indicator  # 改造老旧小区5.6万个，惠及310万人 -> …惠及
        if not indicator:
            before_end = max(s_start, start - 1)
            indicator = last_indicator or indicator_of(
                text[clause_start(text, s_start, before_end, 0):before_end], "", "", rules)
        last_indicator = indicator or last_indicator
        kind = kind_of(ctx, clause, before, rules)
        a, b = view.span(hit.start, hit.end)
        out.append(Record(
            id=f"{doc_id}:{next_id + len(out)}", doc=doc_id, kind=kind, indicator=_as_written(indicator, view, original, ctx) or "?",
            value=qty.value, value_max=qty.value_max, unit=qty.unit, magnitude=qty.magnitude,
            comparator=listed.get(n, qty.comparator), year=year_of(ctx, kind, clause, before),
            start=a, end=b, text=original[a:b], sentence=sentence, section=ctx.paragraph.section,
            rule=hit.rule.id))
    return out


@dataclass(frozen=True)
class DocResult:
    """One document's records and what the sources sheet says of it."""

    doc: str
    path: str
    chars: int
    year: int | None
    year_source: str
    encoding: str
    records: list[Record]


def extract_document(doc: Document, year: int | None = None, rules: RuleSet | None = None) -> DocResult:
    """Records of a read document, with its inferred year and where the year came from."""
    records, doc_year, source = _extract(doc.text, doc.id, year, rules)
    return DocResult(doc.id, doc.path, len(doc.text), doc_year, source, doc.encoding, records)
