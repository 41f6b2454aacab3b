"""Give a quantity its meaning from context: kind, year and indicator.

Sections decide kind first, cue words in the sentence refine it; the year
follows the kind; the indicator is the noun phrase that owns the number.
"""
from dataclasses import dataclass

import regex

from ..rulepack import RuleSet
from ..core.segment import Paragraph, period_end

CLAUSE_BREAK = regex.compile(r"[，,；;：:。！？!?]")
EXPLICIT_YEAR = regex.compile(r"(?<![\d比较])(?:到|至|在|于|截至)?(20\d\d)年(?!以来|比|度?的?同期|[-—至])")
PERIOD = regex.compile(r"“?(十[一二三四五六]五)”?(?:规划)?(末|期末|期间|时期|收官)?")
TIME_PREFIX = regex.compile(
    r"^(?:(?:到|至|截至|在|于)?(?:20\d\d|19\d\d)年(?:底|末|前|年底|以来)?|“?十[一二三四五六]五”?(?:期间|时期|末|期末)?"
    r"|上半年|下半年|前三季度|一季度|年底前?|年末|当年|今后五年|未来五年|五年来|一年来|过去一年|过去五年"
    r"|[一二三四五六七八九十]+是)")
QUOTED = regex.compile(r"“[^“”]{0,20}”")
COMPARISON = regex.compile(r"(?:比|较|高于|低于|大于|小于|多于|少于|快于|慢于|同)(?:去年|上年|上一年)(?:同期)?")
STREAK = regex.compile(r"连续\d+年|近\d+年|(?:19|20)\d\d年(?:以来)?")
PUNCT_EDGE = "，,、；;：:\"' "
BASELINE_BEFORE = regex.compile(r"(?:比|较|高于|低于|超过|好于)“?\Z")
BASELINE_END = regex.compile(r"(?:比|较)(?:上年|去年|上一年|20\d\d年)(?:同期)?(?:末)?$")
DIGIT_RUN = regex.compile(r"\d+")
THRESHOLD = ("超", "超过", "高于", "不低于", "不少于", "乃至", "过")  # words that put a value inside a noun
BENEFICIARY = regex.compile(r"^(?:为|向|对|给)[^，,、]{1,24}?(?:提供|发放|减免|办理|兑现|拨付|减轻|降低|节约)")
CONJ = regex.compile(r"^[和及并与、]")
PAIRS = {"“": "”", "（": "）", "(": ")", "《": "》"}


def trim(s: str) -> str:
    """Strip edge punctuation; a bracket or quote goes only when its partner is missing."""
    while True:
        t = s.strip(PUNCT_EDGE)
        if t[:1] in PAIRS and PAIRS[t[0]] not in t:
            t = t[1:]
        if t[-1:] in PAIRS.values() and next(o for o, c in PAIRS.items() if c == t[-1]) not in t:
            t = t[:-1]
        if t == s:
            return t
        s = t


@dataclass(frozen=True)
class Context:
    """What the interpreter knows about one value's surroundings (view offsets)."""

    text: str
    sentence: tuple[int, int]
    paragraph: Paragraph
    doc_year: int | None
    annual: bool


def _has_any(s: str, words) -> bool:
    return any(w in s for w in words)


def mentions(s: str, rules: RuleSet, name: str) -> bool:
    return rules.words_re(name).search(s) is not None


def clause_start(text: str, sent_start: int, pos: int, boundary: int) -> int:
    """Start of the clause holding `pos`: after the last break, or after `boundary`."""
    start = max(sent_start, boundary)
    for m in CLAUSE_BREAK.finditer(text, start, pos):
        start = m.end()
    return start


def clause_end(text: str, pos: int, sent_end: int) -> int:
    m = CLAUSE_BREAK.search(text, pos, sent_end)
    return m.start() if m else sent_end


def kind_of(ctx: Context, clause: str, before: str, rules: RuleSet) -> str:
    """Target or achievement: the section first, then cues in the clause and sentence."""
    mode = ctx.paragraph.mode
    years = [int(y) for y in EXPLICIT_YEAR.findall(clause)]
    if ctx.doc_year and years:
        if max(years) >= ctx.doc_year and _has_any(before + clause, ("到", "力争", "确保", "争取", "目标")):
            return "target"
        if max(years) < ctx.doc_year and not _has_any(clause, ("到", "力争", "确保")):
            return "achievement"
    if mode == "review":
        if _has_any(clause, ("力争", "今年", "明年")):
            return "target"
        return "achievement"
    if mode == "plan":
        plain = COMPARISON.sub("", clause)  # 高于去年, 比上年: a comparison, not a past fact
        if mentions(plain, rules, "PAST_CUE") and not _has_any(plain, ("力争", "确保", "今年")):
            return "achievement"
        return "target"
    sentence = ctx.text[ctx.sentence[0]:ctx.sentence[1]]
    if mentions(clause, rules, "TARGET_CUE"):
        return "target"
    if mentions(clause, rules, "ACHIEVEMENT_CUE"):
        return "achievement"
    if mentions(sentence, rules, "TARGET_CUE"):
        return "target"
    if mentions(sentence, rules, "ACHIEVEMENT_CUE"):
        return "achievement"
    return "target"


def year_of(ctx: Context, kind: str, clause: str, before: str) -> int | None:
    """The year a target is due or an achievement is reported for."""
    for scope in (clause, before):
        found = _named_year(scope, ctx.doc_year, kind)
        if found:
            return found
    if not ctx.doc_year:
        return None
    if kind == "achievement":
        return ctx.doc_year - 1
    heading = ctx.paragraph.section
    found = _named_year(heading, ctx.doc_year, kind) if heading else None
    if found:
        return found
    # an annual plan's targets are due this year; a longer plan's at the end of its five-year period
    return ctx.doc_year if ctx.annual else _period_end_of(ctx.doc_year)


def _period_end_of(year: int) -> int:
    """The last year of the five-year plan period holding `year` (2021 -> 2025, 2026 -> 2030)."""
    return year + (2025 - year) % 5


def _named_year(s: str, doc_year: int | None, kind: str) -> int | None:
    """The last year a piece of text names for a value of this kind."""
    found = None
    for m in EXPLICIT_YEAR.finditer(s):
        year = int(m.group(1))
        if kind == "target" and doc_year and year < doc_year:
            continue
        if kind == "achievement" and doc_year and year >= doc_year:
            continue
        found = year
    if found:
        return found
    for m in PERIOD.finditer(s):
        if BASELINE_BEFORE.search(s, max(0, m.start() - 3), m.start()):
            continue  # a baseline: 比“十三五”时期提高, 高于“十三五”时期实际
        end = period_end(m.group(1))
        if end and kind == "target" and (m.group(2) or "力争" in s or "到" in s):
            found = end
    if found:
        return found
    if doc_year:
        if kind == "target" and _has_any(s, ("今年", "全年", "年内", "本年", "年底前")):
            return doc_year
        if kind == "target" and "明年" in s:
            return doc_year + 1
        if kind == "achievement" and _has_any(s, ("去年", "上年", "过去一年", "一年来")):
            return doc_year - 1
    return None


def _strip(s: str, rules: RuleSet, lead: str | None, trail: str | None) -> str:
    """Drop leading verbs, time and scope words (list `lead`), and trailing verbs and
    comparators (list `trail`), until nothing more goes."""
    lead_re = rules.words_re(lead) if lead else None
    trail_re = rules.words_re(trail, "end") if trail else None
    while s:
        s2 = trim(s)
        m = TIME_PREFIX.match(s2)
        if m and m.end():
            s2 = s2[m.end():]
        m = BENEFICIARY.match(s2) if lead_re else None
        if m and len(s2) > m.end():  # 为困难群众提供法律咨询服务 -> 法律咨询服务
            s2 = s2[m.end():]
        m = lead_re.match(s2) if lead_re else None
        if m:
            s2 = s2[m.end():]
            if CONJ.match(s2) and lead_re.match(s2, 1):  # 新建和改造高标准农田
                s2 = s2[1:]
        m = trail_re.search(s2) if trail_re else None
        if m:
            s2 = s2[:m.start()]
        s2 = BASELINE_END.sub("", s2)
        if s2 == s:
            break
        s = s2
    return trim(s)


def _no_word(s: str) -> bool:
    """Empty, or only punctuation, spaces and digits."""
    return bool(regex.fullmatch(r"[\p{P}\s\d]*", s))


def _right_noun(right: str, rules: RuleSet) -> str:
    """The noun phrase after a value's classifier, cut before the verb that follows it."""
    quoted = QUOTED.sub(lambda m: "\0" * len(m.group()), right)  # no cut inside “…”
    cut = len(right)
    inside = rules.word_list("RIGHT_STOP_INSIDE")
    for w in rules.word_list("RIGHT_STOP"):
        i = quoted.find(w)
        while 0 <= i < cut and any(quoted.startswith(x, i - x.index(w)) for x in inside if w in x):
            i = quoted.find(w, i + 1)  # 等 in 高等院校 is no stop
        if 0 <= i < cut:
            cut = i
    for m in DIGIT_RUN.finditer(right, 0, cut):  # a noun holds no quantity but a threshold
        if not right[max(0, m.start() - 2):m.start()].endswith(THRESHOLD):
            cut = m.start()
            break
    close = right.find("”", 0, cut)
    if close >= 0 and "“" not in right[:close]:
        cut = close  # the value sat inside a quotation that ends here
    noun = trim(right[:cut])
    k = noun.rfind("、")
    if k > 0 and (rules.words_re("TRAIL_WORD", "end").search(noun, k + 1)
                  or rules.words_re("LEAD_WORD").search(noun, k + 1)):
        noun = noun[:k]  # 3个产业集群、总数达13个: what follows 、 is the next value's clause
    return _strip(noun, rules, None, "CMP_APPROX_PRE") if noun else noun


def indicator_of(left: str, right: str, unit: str, rules: RuleSet) -> str:
    """The noun phrase that owns the value: left of the verb in [指标][动词][数值], the noun
    after the classifier in [动词][数值][量词][指标], or [指标][数值]的[对象] for 总投资X亿元的项目.
    """
    if left.endswith("等"):
        left = ""
    name = _strip(left, rules, "LEAD_WORD", "TRAIL_WORD")
    if len(name) <= 2:  # 新建改扩建学校: a bare noun keeps the verbs that say what was counted
        name = _strip(left, rules, "CUE_LEAD", "TRAIL_WORD") or name
    counted = "%" not in unit and "百分点" not in unit
    if not counted and not name and right.startswith("的"):  # 80%以上的项目由企业牵头
        noun = _right_noun(right[1:], rules)
        name = noun + regex.split(r"[、，,；;]", right[1 + len(noun):], maxsplit=1)[0][:12] if noun else ""
    elif counted and right.startswith("的") and name and len(name) <= 4:
        owner = _right_noun(right[1:], rules)
        if owner:
            name = owner + name
    elif counted and right.lstrip("“\"《") and not _no_word(right.lstrip("“\"《")[:1]):
        noun = _right_noun(right, rules)
        if noun and _strip(noun, rules, "LEAD_WORD", "TRAIL_WORD"):
            name = noun + _result_phrase(right[len(noun):], len(noun), rules)
    if not name:
        name = _strip(TIME_PREFIX.sub("", trim(left)), rules, "CUE_LEAD", "TRAIL_WORD")
        name = name if 1 < len(name) <= 4 else ""
    for w in rules.word_list("SCOPE_WORD"):
        if name.startswith(w) and len(name) > len(w):
            name = name[len(w):]
    for w in rules.word_list("TIME_WORD"):
        if w in name and len(name) > len(w):
            name = name.replace(w, "")
    name = STREAK.sub("", name)  # 连续4年保持20%以上: a streak names no metric
    cue = rules.words_re("CUT_CUE")
    last = None
    for last in cue.finditer(name):
        pass
    if last and last.end() < len(name):  # 打响新品牌、力争旅居人数 -> 旅居人数
        name = name[last.end():]
    return name.replace(" ", "")


def _result_phrase(rest: str, noun_length: int, rules: RuleSet) -> str:
    """What happened to the counted things, when it defines the metric: 5所医院升级为三级医院,
    23个敬老院转型为养老服务点, or any verb phrase after a bare noun (24件提案由市领导督办)."""
    rest = trim(regex.split(r"[、，,；;]", rest, maxsplit=1)[0])
    if rest.startswith(rules.word_list("RESULT_VERB")) or (noun_length <= 2 and 0 < len(rest) <= 16):
        return rest
    return ""


def generic_core(indicator: str, rules: RuleSet) -> str:
    """The bare metric word (规模, 投资, 资金) an indicator comes down to once its verbs go,
    which needs its subject from earlier in the sentence; '' when it names more."""
    core = _strip(indicator, rules, "LEAD_WORD", "TRAIL_WORD") or indicator
    return core if core in rules.word_list("GENERIC_METRIC") else ""
