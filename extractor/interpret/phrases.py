"""Noun phrases around a value: the mechanics the indicator rules share.

Every word and pattern comes from the rule pack; these functions only know how
to cut: strip leading verbs and scope words, trailing verbs and comparators,
find the noun after a classifier, keep what a counted noun became.
"""
from ..core.segment import year_of
from ..rulepack import ONE_THREAD, RuleSet

PUNCT_EDGE = "，,、；;：:\"' \u3000*—"  # * : Markdown bold marks; — : a list dash (——农业…)
BRACKETS = {"\uff08": "\uff09", "(": ")"}
QUOTE_MARKS = ("\u201c", "\u201d")
PAIRS = {QUOTE_MARKS[0]: QUOTE_MARKS[1], **BRACKETS, "\u300a": "\u300b"}
EDGE_MARKS = frozenset(PUNCT_EDGE) | PAIRS.keys() | set(PAIRS.values())  # what `trim` may take off an edge


def trim(s: str) -> str:
    """Strip edge punctuation; a bracket or quote goes only when its partner is missing. A string
    with neither edge a mark is returned at once (most are: 60k trims over the 34 reports)."""
    if s[:1] not in EDGE_MARKS and s[-1:] not in EDGE_MARKS:
        return s
    while True:
        t = s.strip(PUNCT_EDGE)
        if t[:1] in PAIRS and PAIRS[t[0]] not in t:
            t = t[1:]
        if t[-1:] in PAIRS.values() and next(o for o, c in PAIRS.items() if c == t[-1]) not in t:
            t = t[:-1]
        if t == s:
            return t
        s = t


STRIP_CACHE = 50_000  # phrases remembered per pack: the rules of one value ask for the same cut again and again


REMEMBERED = ("strip", "clean", "generic_core", "years", "left_name", "left_with_verbs", "after_classifier",
              "count_role", "indicator_of", "metric", "government")  # the caches `remembered` keeps


def forget(pack: RuleSet) -> None:
    """Empty the phrases remembered for `pack` (a benchmark pass reads its texts afresh)."""
    for cache in REMEMBERED:
        pack._compiled.pop(cache, None)


def remembered(pack: RuleSet, name: str, key, make, *args):
    """`make(*args)` once per pack and key, kept in the pack's cache `name` (emptied when full);
    a hit is one look-up (no closure made, no setdefault: 84k calls over the corpus)."""
    cache = pack._compiled.get(name)
    if cache is None:
        cache = pack._compiled[name] = {}
    found = cache.get(key, _MISSING)
    if found is _MISSING:
        if len(cache) > STRIP_CACHE:
            cache.clear()
        found = cache[key] = make(*args)
    return found


_MISSING = object()


def strip(s: str, pack: RuleSet, lead: str | None, trail: str | None) -> str:
    """Drop a leading item mark ((1), ①), leading verbs, time and scope words (list `lead`),
    and trailing verbs and comparators (list `trail`), until nothing more goes."""
    return remembered(pack, "strip", (s, lead, trail), _strip, s, pack, lead, trail)


def _strip_patterns(pack: RuleSet) -> tuple:
    """The patterns `_strip` cuts with, looked up once per pack (14k cuts over the corpus asked
    for seven each)."""
    found = pack._compiled.get("strip patterns")
    if found is None:
        found = pack._compiled["strip patterns"] = (
            pack.pattern("TIME_PREFIX"), pack.needs_search("TIME_PREFIX"), pack.pattern("BENEFICIARY"), pack.pattern("CONJ"),
            pack.pattern("ITEM_MARK"), pack.pattern("BASELINE_END", from_end=True), pack.pattern("VERB_PAIR"),
            pack.pattern("PER_MONTH_END"))
    return found


def _strip(s: str, pack: RuleSet, lead: str | None, trail: str | None) -> str:
    lead_re = pack.words_re(lead) if lead else None
    trail_re = pack.words_re(trail, "end") if trail else None
    time_prefix, time_words, beneficiary, conj, item, baseline_end, verb_pair, per_month = _strip_patterns(pack)
    while s:
        s2 = trim(s)
        m = item.match(s2, None, None, ONE_THREAD)
        if m and m.end():
            s2 = s2[m.end():]
        m = time_prefix.match(s2, None, None, ONE_THREAD) if time_words is None or time_words.search(s2, None, None, ONE_THREAD) else None
        while m and m.end():  # all at once: one pass of the loop for each of 2025年2025年… was slow
            s2 = s2[m.end():]
            m = time_prefix.match(s2, None, None, ONE_THREAD)
        m = beneficiary.match(s2, None, None, ONE_THREAD) if lead_re else None
        if m and len(s2) > m.end():  # 为困难群众提供法律咨询服务 -> 法律咨询服务
            s2 = s2[m.end():]
        m = lead_re.match(s2, None, None, ONE_THREAD) if lead_re and not verb_pair.match(s2, None, None, ONE_THREAD) else None
        if m and _keeps_lead(s2, m.end(), pack):
            m = None
        if m:  # verbs paired before a noun stay (新建、改扩建幼儿园): they say what was counted
            rest = s2[m.end():]
            if conj.match(rest, None, None, ONE_THREAD) and lead_re.match(rest, 1, None, ONE_THREAD):  # 建设和改造高标准农田
                s2 = rest[1:]
            elif not conj.match(rest, None, None, ONE_THREAD):  # 新增和优化公交线路: a pair with a verb of no list stays
                s2 = rest
        m = trail_re.search(s2, None, None, ONE_THREAD) if trail_re else None
        if m and not _keeps_trail(s2, m.start(), pack):
            s2 = s2[:m.start()]
        m = baseline_end.search(s2, None, None, ONE_THREAD) or per_month.search(s2, None, None, ONE_THREAD)
        if m:
            s2 = s2[:m.start()]
        if s2 == s:
            break
        s = s2
    return trim(s)


def _drop_word(name: str, word: str, pack: RuleSet) -> str:
    """`name` without `word`, except where a numeral ends before it (离校2年内, 五年内 keep 年内) or it says how
    the things of a relative clause moved (同比上涨的城市个数: INNER_KEPT_BEFORE)."""
    numeral, moved = pack.pattern("CHINESE_NUMERAL_START"), pack.pattern("INNER_KEPT_BEFORE")
    parts = name.split(word)
    out = parts[0]
    for part in parts[1:]:
        kept = out and (out[-1].isdigit() or numeral.match(out[-1])) or moved.match(part)
        out += (word if kept else "") + part
    return out


def _keeps_trail(s: str, start: int, pack: RuleSet) -> bool:
    """Whether the trailing word at `start` ends a longer word that is no trail (下达 is no 达)."""
    keep = pack.words_re("TRAIL_KEEP", "end").search(s, None, None, ONE_THREAD)
    return keep is not None and keep.start() < start


def _keeps_lead(s: str, end: int, pack: RuleSet) -> bool:
    """Whether the leading word ending at `end` starts a longer word that is no lead (从业 keeps 从),
    or a rate or amount of what it says (开工率, 完成率: LEAD_AS_METRIC), or a measure of the noun after
    it (平均通勤时间: LEAD_STAYS)."""
    keep = pack.words_re("LEAD_KEEP").match(s, None, None, ONE_THREAD) or pack.pattern("LEAD_STAYS").match(s, None, None, ONE_THREAD)
    return keep is not None and keep.end() > end or pack.pattern("LEAD_AS_METRIC").match(s, end, None, ONE_THREAD) is not None


def _no_word(s: str, pack: RuleSet) -> bool:
    """Empty, or only punctuation, spaces and digits."""
    return bool(pack.pattern("NO_WORD").fullmatch(s, None, None, ONE_THREAD))


def is_threshold(text: str, pos: int, pack: RuleSet) -> bool:
    """Whether the value at `pos` sits inside a noun as its threshold: after a threshold word
    (超, 高于), or as a class before 的 (10蒸吨及以下的锅炉)."""
    if pack.words_re("NOT_THRESHOLD", "end").search(text, max(0, pos - 4), pos, ONE_THREAD):
        return False
    return pack.words_re("THRESHOLD", "end").search(text, max(0, pos - 3), pos, ONE_THREAD) is not None \
        or pack.pattern("THRESHOLD_AFTER").match(text, pos, None, ONE_THREAD) is not None


def right_noun(right: str, pack: RuleSet, items: bool = False, object_: bool = False) -> str:
    """The noun phrase after a value's classifier, cut before the verb that follows it; with
    `items`, a list of nouns whole (A、B和C在…基础上翻番: the last item is no next clause); with
    `object_`, the count is a verb's object, so what follows its classifier is a noun even where
    it opens with a word that elsewhere stops one (实施12个转型升级项目)."""
    quoted = pack.pattern("QUOTED").sub(lambda m: "\0" * len(m.group()), right)  # no cut inside quotes
    cut = _first_stop(quoted, pack) or (_past_opening_stops(quoted, pack) if object_ else 0)
    rank = pack.pattern("RANK_IN_NAME")
    opening = pack.pattern("CLASS_OPENING").match(right)
    for m in pack.pattern("DIGIT_RUN").finditer(quoted, opening.end() if opening else 0, cut):  # “15分钟生活圈” stays
        if not is_threshold(right, m.start(), pack) and not rank.match(right, m.start()):
            cut = m.start()  # a noun holds no quantity but a threshold, a rank or the class it opens with
            break
        word = pack.words_re("THRESHOLD", "end").search(right, max(0, m.start() - 3), m.start(), ONE_THREAD)
        if word and (pack.words_re("RATE_HEAD", "end").search(right, 0, word.start())
                     or pack.pattern("COUNT_BOUND").match(right, m.start())) \
                and pack.pattern("THRESHOLD_ENDS_NOUN").match(right, m.start(), cut):
            cut = word.start()  # 52个断面水质优良比率超过96%, 10个园区集聚企业超150家: what they reached together
            break
    open_quote, close_quote = "\u201c", "\u201d"
    close = right.find(close_quote, 0, cut)
    if close >= 0 and open_quote not in right[:close]:
        cut = close  # the value sat inside a quotation that ends here
    noun = trim(right[:cut])
    at = right.find(noun)  # the last item is sought outside quotes (“跨省通办、省内通办”高频事项 is one)
    k = -1 if items else after_last_item(quoted, at, at + len(noun), pack) - at - 1
    if k > 0 and (pack.words_re("TRAIL_WORD", "end").search(noun, k + 1) or pack.words_re("LEAD_WORD").match(noun, k + 1)
                  or pack.pattern("RANK_CLAUSE").match(noun, k + 1) or pack.pattern("DIGIT_RUN").search(noun, k + 1)):
        noun = noun[:k]  # 3个产业集群、总数达13个, 1.6万毫升、居全国第一: what follows 、 is a clause of its own
    # else the items share the list's head (577个生猪、奶牛标准化养殖场 is one count)
    return strip(noun, pack, None, "NOUN_TAIL") if noun else noun


def _first_stop(quoted: str, pack: RuleSet) -> int:
    """Where the first word of RIGHT_STOP starts that is no part of a word of RIGHT_STOP_INSIDE
    holding it (等 in 高等院校 is no stop), else the end: the list's alternation finds each place
    a word starts, where a str.find a word (a hundred a noun) was a third of the cut."""
    starting, inside = _stop_words(pack)
    search = pack.words_re("RIGHT_STOP").search
    m = search(quoted)
    while m:
        i = m.start()
        for w in starting[quoted[i]]:
            if quoted.startswith(w, i) and not any(quoted.startswith(x, i - x.index(w)) for x in inside[w]):
                return i
        m = search(quoted, i + 1)
    return len(quoted)


def _past_opening_stops(quoted: str, pack: RuleSet) -> int:
    """The end of a noun that opens with stop words and runs to the end with no other (转型升级项目,
    支持政策: they are part of it), else 0 (支持…跨越发展的政策措施 is read as a clause before 的)."""
    start, stop = 0, pack.words_re("RIGHT_STOP")
    while m := stop.match(quoted, start, None, ONE_THREAD):
        start = m.end()
        rest = _first_stop(quoted[start:], pack)
        if rest:
            return len(quoted) if start + rest == len(quoted) and not _no_word(quoted[start], pack) else 0
    return 0


def _stop_words(pack: RuleSet) -> tuple[dict, dict]:
    """RIGHT_STOP's words by their first character, and for each the words of RIGHT_STOP_INSIDE
    holding it; made once per pack."""
    found = pack._compiled.get("stop words")
    if found is None:
        stops, inside = pack.word_list("RIGHT_STOP"), pack.word_list("RIGHT_STOP_INSIDE")
        starting: dict[str, list[str]] = {}
        for w in stops:
            starting.setdefault(w[:1], []).append(w)
        found = pack._compiled["stop words"] = (starting, {w: tuple(x for x in inside if w in x) for w in stops})
    return found


def after_last_item(text: str, start: int, end: int, pack: RuleSet) -> int:
    """Where the last item of text[start:end] starts: after its last 、 outside brackets."""
    for m in pack.pattern("ITEM_SEP").finditer(text, start, end, concurrent=ONE_THREAD):
        start = m.end()
    return start


def drop_purpose(name: str, pack: RuleSet) -> str:
    """A clause of purpose up to its 的 goes (支持科技创新和制造业发展的减税降费 -> 减税降费), as does a means
    opening the name up to its verb of doing (面向退役军人开展适应性培训 -> 开展适应性培训: PURPOSE_CLAUSE)."""
    m = pack.pattern("PURPOSE_CLAUSE").search(name, None, None, ONE_THREAD)
    return name[m.end():] if m else name


def left_name(left: str, pack: RuleSet) -> str:
    """The noun phrase left of the verb: [指标][动词][数值] -> 指标 ('' after 等: a list's tail).
    Remembered like `strip`: the rules of a value ask for it again and again (17k calls over
    the corpus, 4.3k texts)."""
    return remembered(pack, "left_name", left, _left_name, left, pack)


def _left_name(left: str, pack: RuleSet) -> str:
    if pack.words_re("LIST_TAIL", "end").search(left, None, None, ONE_THREAD):
        return ""
    name = strip(drop_purpose(left, pack), pack, "LEAD_WORD", "TRAIL_WORD")
    doubled = pack.pattern("DOUBLED_END").search(name)  # 进出口总值翻番达到…: how it did, no part of the name
    return strip(name[:doubled.start()], pack, None, "TRAIL_WORD") if doubled else name


def left_with_verbs(left: str, pack: RuleSet) -> str:
    """The left noun phrase keeping the verbs that say what was counted (新建改扩建学校).
    Remembered like `strip` (1.4k calls, 0.4k texts)."""
    return remembered(pack, "left_with_verbs", left, _left_with_verbs, left, pack)


def _left_with_verbs(left: str, pack: RuleSet) -> str:
    if pack.words_re("LIST_TAIL", "end").search(left):
        return ""
    return strip(left, pack, "CUE_LEAD", "TRAIL_WORD")


def after_classifier(right: str, pack: RuleSet, role: str = "") -> str:
    """[动词][数值][量词][指标]: the noun after the classifier, with what the counted things
    became when that defines the metric (5所医院升级为三级医院). A count that is the subject of
    its clause (role "subject": no verb before it) is of things selected or approved, said after
    the noun, and named as a column header says it: 5个垂直大模型获准开放应用 -> 获准开放应用的
    垂直大模型, and with a short act as one word: 513个贫困村退出 -> 退出贫困村; so is a
    count of things that did or got something (320万名老人领到养老金 -> 领到养老金老人). A
    count after 为/向/对 (role "beneficiary") is of those something was given to:
    为10万名残疾人提供基本康复服务 -> 基本康复服务残疾人 (the light verb 提供 goes: GIVE_LIGHT).
    A count after 解决 (role "solver") is of those whose problem was solved: 解决3万农村人口饮水安全问题 -> 解决饮水安全问题农村人口.
    Things counted or measured as that subject (role "counted_subject") may be named by the stage
    they reached, too (4条高速建成通车 -> 建成通车高速); money not (…亿元资金高效落地).
    Remembered like `strip`: several indicator rules of a value ask for it (3.9k calls, 1.5k
    texts)."""
    return remembered(pack, "after_classifier", (right, role), _after_classifier, right, pack, role)


def _how_done(noun: str, pos: int, pack: RuleSet):
    """The adverb ending `noun` (from `pos`) that says how its things did what follows (集中, 高质量), or None."""
    return pack.words_re("MANNER_ADVERB", "end").search(noun, pos) or pack.words_re("HOW_WELL", "end").search(noun, pos)


def _after_classifier(right: str, pack: RuleSet, role: str) -> str:
    lead = pack.pattern("COUNT_QUALIFIER_LEAD").match(right)
    if lead and lead.end() < len(right):
        right = right[lead.end():]
    body = right.lstrip("".join(pack.word_list("OPENING_MARK")))
    if not body or _no_word(body[:1], pack) and not pack.pattern("RANK_IN_NAME").match(body) \
            and not pack.pattern("CLASS_OPENING").match(body) \
            and not is_threshold(body, 0, pack) and not pack.pattern("QUOTED").match(right):  # “863”计划项目
        return ""
    noun = right_noun(right, pack, object_=role == "object")
    if not noun or not strip(noun, pack, "LEAD_WORD", "TRAIL_WORD"):
        # 11个列入国家规划的重大水利项目, 100家具有自主知识产权的企业: the things counted, named by a clause before 的
        said = pack.pattern("COUNTED_BY_CLAUSE").match(right)
        head = right_noun(right[said.end():], pack) if said else ""
        return right[:said.end()] + head if head and not pack.words_re("LEAD_WORD").fullmatch(head) else ""
    adverb = _how_done(noun, 2, pack)
    verb = pack.words_re("RIGHT_STOP").match(right, len(noun)) if adverb else None
    if verb and not pack.pattern("NOUN_GOES_ON").match(right, verb.end()):  # 项目集中开工: read as 项目开工
        right, noun = noun[:adverb.start()] + right[len(noun):], noun[:adverb.start()]
    negation = pack.words_re("NEGATION", "end").search(noun)
    if negation and negation.start() >= 1:  # 60个城市未达到…: 未 goes with the verb after the noun
        noun = noun[:negation.start()]
    # `noun` stays the text as written (what follows it is right[len(noun):]); names drop a short 的
    if role == "beneficiary":
        carried = _carried_act(noun, right, pack)
        if carried:
            return carried
        head, act = _head_and_act(noun, right, "GIVE_VERB", pack)
        act = pack.words_re("PARTICLE_LE").sub("", act)
        given = pack.words_re("GIVE_VERB").match(act)
        if given and len(act) <= 16 and not pack.pattern("DIGIT_RUN").search(act) and not _act_listed(right, head, pack):
            light = pack.words_re("GIVE_LIGHT").match(act)
            if light and len(act) - light.end() > 2 and pack.words_re("GIVE_LIGHT_TO", "end").search(head):
                act = act[light.end():]  # 提供托养服务残疾人 -> 托养服务残疾人
            return act + _without_short_de(head, pack)
        gift = _listed_gift(right, head, pack) if given else ""
        if gift or (given and pack.words_re("GIVE_VERB").fullmatch(noun, len(head))):
            # a gift said as a list is named by its kind (…等产前筛查), else, with the noun cut after its verb
            # (孕妇免费|提供…、…), by none
            return gift + _without_short_de(head, pack)
    solved = pack.pattern("SOLVED_AFTER").search(noun)
    if solved and pack.words_re("PERSON_HEAD").search(noun, 0, solved.start()):
        noun, role = noun[:solved.start()], "solver"
    if role == "solver" and (pack.words_re("PROBLEM_WORD", "end").search(noun)
                             or pack.words_re("SOLVED_NEED", "end").search(noun, 2)):
        heads = list(pack.words_re("PERSON_HEAD").finditer(noun))  # the last: 进城务工人员随迁子女
        head = noun[:heads[-1].end()] if heads else ""
        problem = pack.words_re("PARTICLE").sub("", noun[len(head):])
        return pack.word_list("SOLVE_VERB")[0] + problem + head
    done = _done_with_partners(noun, right, pack) if role == "partner" \
        else _done_at_places(noun, right, pack) if role == "place" else ""
    if done:
        return done
    if role in ("subject", "counted_subject"):
        head, rest = _head_and_act(noun, right, "SELECTED_VERB", pack)
        verb = pack.words_re("NEGATION").sub("", rest, count=1) if pack.words_re("NEGATION").match(rest) else rest
        said = pack.words_re("SELECTED_VERB").match(verb) or pack.pattern("PASSIVE_MARK").match(verb)
        if said and (said.end() > 1 or said.end() < len(verb)) and len(rest) <= 24:  # 获, 被: with an object
            adverb = _how_done(head, 0, pack)  # 2款创新药集中获批上市: 集中 is how they did
            if adverb and adverb.start() != 1:  # it, and 2000万人直接受益 names no things
                head = head[:adverb.start()]
            return act_first(rest, head, pack)  # 退出贫困村, 纳入低保贫困人口, 获准开放应用的垂直大模型
        stage = _stage_reached(noun, right, pack) if role == "counted_subject" else ""  # 4条高速建成通车 -> 建成通车高速
        if stage:
            return stage
        place = pack.pattern("PLACE_NOUN").match(noun)  # 30个县开展试点: a place of one character did it
        head, rest = _head_and_act(noun, right, "SUBJECT_ACT", pack, 1 if place is not None and place.end() == 1 else 2)
        rest = pack.words_re("PARTICLE_LE").sub("", rest)
        act = pack.words_re("SUBJECT_ACT").match(rest)
        if act and 2 < len(rest) <= 20 and not pack.words_re("OWNER_MARK").match(rest, act.end()) \
                and not pack.pattern("DIGIT_RUN").search(head + rest) \
                and not pack.words_re("NEGATION", "end").search(head):  # 不稳定 is no act of 稳定
            head = pack.words_re("NOT_IN_HEAD", "end").sub("", head)  # 8个街道都开展了…: not 试点街道都
            partner = pack.pattern("ACT_PARTNER").search(head, 2)  # 7个国家在川设立… -> 在川设立…的国家
            if partner:
                head, rest = head[:partner.start()], head[partner.start():] + rest
            return act_first(rest, head, pack)
        got = _what_people_got(noun, right, pack)  # 420万困难群众基本生活得到保障
        if got:
            return got
        done = pack.pattern("DONE_VERB").search(noun, 1)  # 2489个县实施了新型农村合作医疗制度
        if done and pack.words_re("PERSON_HEAD", "end").search(noun, 0, done.start() + 1):
            done = None  # 困难群众圆了安居梦: a verb of one character, not 众圆 cut out of 群众
        if done and len(noun) - done.start() <= 20 and not pack.pattern("DIGIT_RUN").search(noun) \
                and not pack.words_re("NOT_IN_HEAD").search(noun, 1, done.start()):
            act = pack.words_re("PARTICLE_LE").sub("", noun[done.start():])
            return act + pack.word_list("OWNER_MARK")[0] + _without_short_de(noun[:done.start()], pack)
        placed = _act_at_place(noun, right, pack)
        if placed:
            return placed
    name = _without_short_de(noun, pack)
    rest = result_phrase(right[len(noun):], len(pack.pattern("BRACKET_ASIDE").sub("", name)), pack)  # 县（市、区） is 县
    if rest and role in ("subject", "counted_subject"):
        things = pack.words_re("NOT_IN_HEAD", "end").sub("", name)  # 村都完成…: 都 is no part of the things
        adverb = pack.words_re("NOT_IN_HEAD").match(rest)  # 全部建成…: how many did it is no part of the act
        act = rest[adverb.end():] if adverb else rest
        did = pack.words_re("SHARE_ACT").match(act)  # 12个县（市、区）建成污水处理设施, 5个项目建成投产: named by
        if did and did.end() < len(act) and not pack.words_re("NEGATION").match(things):  # what they did, first
            # (建成…的县（市、区）); a bare verb (…基本完成) names none, nor does a count of none (12种没有完成计划)
            return act_first(pack.words_re("PARTICLE_LE").sub("", act), things, pack)
    name += rest
    done = pack.pattern("DONE_AFTER_ADVERB").fullmatch(name) if role in ("subject", "counted_subject") else None
    if done is None and not rest and role in ("subject", "counted_subject"):  # 83家…机构全部改制为…: any length, but
        done = pack.pattern("DONE_AFTER_ADVERB").fullmatch(name + trim(clause_rest(right[len(noun):], pack)))
        if done and (done.group("things") != name or pack.pattern("TASK_DONE_ACT").fullmatch(done.group("act"))):
            done = None  # a task done (民生实事全部完成) keeps its name, as do things with more said of them
            # before the adverb (污水处理厂基本建成并陆续投入运营, 设区市有望全部纳入…)
    if done:  # 提案全部办结, 贫困县即将摘帽: named by what they did, as a column header says them
        return act_first(pack.words_re("PARTICLE_LE").sub("", done.group("act")), done.group("things"), pack)
    status = pack.pattern("STATUS_REACHED").fullmatch(name) if role in ("", "subject", "counted_subject", "object") else None
    if status:  # 10家企业上市 -> 上市企业
        return act_first(status.group("act"), status.group("things"), pack)
    given = pack.pattern("PROGRAM_CARRIED").fullmatch(name)  # 农村困难家庭实行医疗救助 -> 医疗救助农村困难家庭
    return given.group("program") + given.group("things") if given else name


def _carried_act(noun: str, right: str, pack: RuleSet) -> str:
    """Those counted after 对 (为, 向) and the act 进行 or 实施 carries to them: named by the act first, as a
    column header says them (对1.4万名城乡残疾人进行职业培训 -> 职业培训城乡残疾人), as what is given them
    is; works done on things by the things first (对13个大型灌区进行节水改造 -> 大型灌区节水改造:
    WORKS_DONE); by the things alone when the act is said after 的 (进行了全面的清理); '' when no such
    act follows the counted noun."""
    carrier = pack.pattern("CARRIED_ACT").search(right, 1, None, ONE_THREAD)
    if carrier is None or carrier.start() >= len(noun):
        return ""
    head, act = noun[:carrier.start()], carrier.group("act")
    if pack.words_re("OWNER_MARK").match(right, carrier.end()):  # 进行了全面的清理: the things alone
        return _without_short_de(head, pack)
    if not 2 <= len(act) <= CARRIED_ACT_MAX or _act_listed(right, head, pack):
        return ""
    how = pack.words_re("CARRIED_HOW", "end").search(head)  # 免费进行“两癌”检查: how goes with the act
    if how and how.start() > 0:
        head, act = head[:how.start()], how.group() + act
    head = _without_short_de(head, pack)
    return head + act if pack.words_re("WORKS_DONE", "end").search(act) else act + head


def _listed_gift(right: str, head: str, pack: RuleSet) -> str:
    """The verbs of a gift said as a list after the counted `head` and the kind the list closes with
    (免费提供地中海贫血、唐氏综合征的产前筛查 -> 免费提供产前筛查); '' when the list names no kind (法律援助、
    心理疏导服务), none is listed or no gift verb opens it."""
    clause = pack.pattern("CLAUSE_BREAK").split(trim(right[len(head):]), 1, ONE_THREAD)[0]
    verbs, end = pack.words_re("GIVE_VERB"), 0
    while (more := verbs.match(clause, end)) is not None:  # 免费提供: every gift verb in a row
        end = more.end()
    kind = pack.pattern("LISTED_GIFT_KIND").search(clause, end) if end else None
    return clause[:end] + kind.group("kind") if kind else ""


def _act_listed(right: str, head: str, pack: RuleSet) -> bool:
    """Whether what follows the counted `head` in its clause is cut by a list (开展增品种、提品质…):
    then it is one of several and names the things alone no more than the others."""
    cut = pack.pattern("CLAUSE_OR_LIST_BREAK").search(right, len(head))
    return bool(cut and pack.pattern("ITEM_SEP").match(right, cut.start()))


def _done_with_partners(noun: str, right: str, pack: RuleSet) -> str:
    """Partners counted after 与 named by what was done with them (与16个国家开展产能合作 -> 开展产能合作的
    国家; 与200多个港口通航 -> 通航港口); '' when that act is cut short (与30个国家建立73对…: 建立 without
    its object) or is part of a noun (经贸洽谈活动)."""
    head, rest = _head_and_act(noun, right, "PARTNER_ACT", pack)
    rest = pack.words_re("PARTICLE_LE").sub("", rest)
    act = pack.words_re("PARTNER_ACT").match(rest)
    alone = pack.words_re("PARTNER_ACT_ALONE")
    whole = act and (alone.fullmatch(rest) if alone.fullmatch(act.group()) else act.end() < len(rest))
    if whole and len(rest) <= PARTNER_ACT_MAX and len(head) >= 2 and not pack.pattern("DIGIT_RUN").search(rest):
        return act_first(rest, head, pack)
    return ""


def _done_at_places(noun: str, right: str, pack: RuleSet) -> str:
    """Places counted after 在 named by what was done there (在30个县开展电商扶贫 -> 开展电商扶贫的县), a
    trial run by the trial (在8个县开展了…试点 -> …试点县); '' when no act with its object follows, or a
    list of acts does (开展增品种、提品质…行动: none alone)."""
    head, rest = _head_and_act(noun, right, "PLACE_ACT", pack, 1)  # 在404个村启动…: a place of one character
    rest = pack.words_re("PARTICLE_LE").sub("", rest)
    act = pack.words_re("PLACE_ACT").match(rest)
    if not act or act.end() == len(rest) or len(rest) > PLACE_ACT_MAX or not head or _act_listed(right, head, pack) \
            or pack.pattern("DIGIT_RUN").search(rest):
        return ""
    trial = pack.pattern("TRIAL_RUN").fullmatch(rest)
    return trial.group("trial") + head if trial else act_first(rest, head, pack)


def _act_at_place(noun: str, right: str, pack: RuleSet) -> str:
    """Counted things that did something somewhere, said to the clause's end, are named by that act
    first (85项经验在全国、全省复制推广 -> 在全国、全省复制推广的经验, 9家联社向农村商业银行转型 ->
    向农村商业银行转型的联社), and so are those that did with a partner an act two parties do
    (200家社区卫生服务中心与大医院组建医联体 -> 与大医院组建医联体的社区卫生服务中心: JOINT_ACT; else
    与 joins two nouns: 8个国家与地区参展); '' when no place or partner opens an act after the noun,
    or the place ends it."""
    place = pack.pattern("ACT_PLACE").search(noun, 2)
    partner = None if place else pack.words_re("PARTNER_MARK").search(noun, 2)
    opening = place or partner
    if not opening:
        return ""
    head = noun[:opening.start()]
    end = pack.pattern("CLAUSE_BREAK").search(right, opening.start())
    act = trim(right[opening.start():end.start() if end else len(right)])
    if not PLACE_ACT_MIN <= len(act) <= ACT_OF_SHARE or pack.pattern("DIGIT_RUN").search(act) \
            or pack.pattern("PLACE_ONLY_END").search(clause_rest(act, pack)) \
            or pack.words_re("SELECTED_VERB", "end").search(act) \
            or partner and not pack.words_re("JOINT_ACT").search(act):
        return ""  # 在国际电影节上获20次奖: the object of 获 is a value; 8个国家与地区参展: no partner
    return act_first(act, head, pack)


def _what_people_got(noun: str, right: str, pack: RuleSet) -> str:
    """People (or places) counted, then what of theirs got something (困难群众基本生活得到有效保障,
    城市居民得到最低生活保障): named by it first, as a column header says them (基本生活得到有效保障的
    困难群众); '' when no head of people ends the noun before 得到."""
    got = pack.words_re("GOT_VERB").search(noun, 2)
    if got is None:
        return ""
    heads = list(pack.words_re("PERSON_HEAD").finditer(noun, 0, got.start()))
    person = heads[-1] if heads else None  # the last head before 得到: what follows it is theirs
    if person is None or person.start() < 1 or pack.pattern("DIGIT_RUN").search(noun) \
            or pack.words_re("OWNER_MARK").search(noun, person.end(), got.start()):  # 群众反应强烈的问题: 问题 counted
        return ""
    act = pack.words_re("PARTICLE_LE").sub("", noun[person.end():got.start()] + trim(clause_rest(right[got.start():], pack)))
    if len(act) > ACT_OF_SHARE or len(act) <= len(got.group()):
        return ""
    return act_first(act, noun[:person.end()], pack)


def act_first(act: str, things: str, pack: RuleSet) -> str:
    """Counted things named by what they did or got, said first: one word when short or a light
    act (稳定脱贫贫困人口, 实现跨省通办政务服务事项), else a clause before 的 (开设体重管理门诊的二级以上医院)."""
    compound = len(act) < CLAUSE_ACT or pack.words_re("COMPOUND_ACT").match(act)
    return act + ("" if compound else pack.word_list("OWNER_MARK")[0]) + _without_short_de(things, pack)


def _stage_reached(noun: str, right: str, pack: RuleSet) -> str:
    """Counted things that open their clause and reached a stage that ends it (4条高速建成通车,
    3个粮库提前建成) are named as a column header says them, the stage first: 建成通车高速,
    提前建成粮库."""
    head, rest = _head_and_act(noun, right, "STAGE_VERB", pack)
    rest = pack.words_re("PARTICLE_LE").sub("", pack.pattern("STAGE_ADVERB").sub("", rest, count=1))
    timed = pack.pattern("STAGE_TIME").match(rest)
    stage = pack.pattern("STAGE_RUN").fullmatch(rest, timed.end() if timed else 0)
    if not stage or len(head) < 2 or pack.pattern("DIGIT_RUN").search(head):
        return ""
    return rest + _without_short_de(head, pack)


def _head_and_act(noun: str, right: str, verbs: str, pack: RuleSet, shortest: int = 2) -> tuple[str, str]:
    """The counted noun cut before a verb of list `verbs` inside it (a head of `shortest` characters
    or more), and the rest of its clause from there (what the counted things were given, selected for)."""
    m = pack.words_re(verbs).search(noun, shortest)
    head = noun[:m.start()] if m else noun
    return head, trim(clause_rest(right[len(head):], pack))


def clause_rest(text: str, pack: RuleSet) -> str:
    """`text` up to the next clause or list break."""
    return pack.pattern("CLAUSE_OR_LIST_BREAK").split(text, 1, ONE_THREAD)[0]  # maxsplit 1


def _without_short_de(noun: str, pack: RuleSet) -> str:
    """5700公里的边境线, 4座现代化的垃圾中转站: the 的 after a value or a short modifier goes, and
    the one between things and the works done on them (小型病险水库的除险加固: WORKS_AFTER_DE)."""
    owner = pack.pattern("SHORT_MODIFIER_DE").match(noun) or pack.pattern("WORKS_AFTER_DE").match(noun)
    return noun[:owner.start(1)] + noun[owner.end(1):] if owner else noun


def count_role(left: str, pack: RuleSet) -> str:
    """What a count is to its clause, from the text before it: "beneficiary" after 为/向/对 (a scope
    word between: 为全市…), "solver" after 解决, "partner" after 与 (those something was done with),
    "place" after 在 (where it was done), "subject" when it opens the clause or a verb after its noun
    acts on it (将/把), else "". Remembered like `strip` (3.9k calls, 2.8k texts)."""
    return remembered(pack, "count_role", left, _count_role, left, pack)


def _count_role(left: str, pack: RuleSet) -> str:
    left = trim(left)
    scope = pack.words_re("SCOPE_WORD", "end").search(left, None, None, ONE_THREAD)  # 为全市3.7万名孕妇
    said = left[:scope.start()] if scope else left
    if pack.words_re("BENEFICIARY_MARK", "end").search(said, None, None, ONE_THREAD):
        return "beneficiary"
    if pack.pattern("SOLVED_BEFORE").search(said, None, None, ONE_THREAD):  # 基本解决全省43.9万户…
        return "solver"
    if pack.words_re("PARTNER_MARK", "end").search(said, None, None, ONE_THREAD):  # 与16个国家开展…
        return "partner"
    if pack.words_re("PLACE_MARK", "end").search(said, None, None, ONE_THREAD):  # 在30个县开展…
        return "place"
    if pack.words_re("DISPOSAL_MARK", "end").search(said, None, None, ONE_THREAD) or is_subject_position(left, pack):
        return "subject"  # opening the clause, or after 将/把: 将1000个贫困村纳入…
    return ""


def is_subject_position(left: str, pack: RuleSet) -> bool:
    """Whether a count opens its clause as its subject: nothing but scope and time words,
    or a list of names ending in 等, before it (河钢等5个垂直大模型获准…)."""
    left = trim(left)
    return not left or bool(pack.words_re("LIST_TAIL", "end").search(left, None, None, ONE_THREAD)) \
        or not strip(left, pack, "SUBJECT_LEAD", None)


def result_phrase(rest: str, noun_length: int, pack: RuleSet) -> str:
    """What happened to the counted things, when it defines the metric: 5所医院升级为三级医院,
    23个敬老院转型为养老服务点, or any verb phrase after a bare noun (24件提案由市领导督办)."""
    rest = trim(clause_rest(rest, pack))
    if rest.startswith(pack.word_list("RESULT_VERB")) or (noun_length <= 2 and 0 < len(rest) <= 24):
        return rest
    return ""


PLACE_ACT_MAX = 24  # characters of what was done at counted places that still names them
CARRIED_ACT_MAX = 16  # characters of an act 进行 carries to counted things that still names them
PARTNER_ACT_MAX = 16  # characters of what was done with counted partners that still names them
CLAUSE_ACT = 5  # characters from which what counted things did is a clause before 的 (开设体重管理门诊的医院)
SAID_OF_SHARE = 12  # characters of what is said of a share's things kept in its name
ACT_OF_SHARE = 26   # characters of the act they did, when it leads the name
PLACE_ACT_MIN = 4  # characters of an act with its place (在闽投资), less is a place alone (在京)
TOPIC_MAX = 20      # characters of a topic a bare metric word takes (北京大兴国际机场临空经济区廊坊片区建设, 12 lost it)


def noun_after_de(right: str, pack: RuleSet) -> str:
    """80%以上的项目由企业牵头: a share names the noun after 的 and what is said of it, as the
    share of the things that did it (由企业牵头的项目比例) when the act can be told from the noun."""
    noun = right_noun(right[1:], pack)
    if not noun:
        return ""
    rest = clause_rest(right[1 + len(noun):], pack)
    said = noun + rest
    act = pack.words_re("SHARE_ACT").search(said, min(2, len(noun)))  # 70%的村建成…: a noun of one character
    if act is None or act.end() == len(said):  # 同步建成: a verb that ends the clause leads nothing
        return noun + rest[:SAID_OF_SHARE]
    head = act.start()
    while (adverb := pack.words_re("NOT_IN_HEAD", "end").search(said, 1, head, ONE_THREAD)) is not None:
        head = adverb.start()  # 乡镇都建成了…, 林改村基本完成…: how many or how far is no part of the things
    done = pack.words_re("PARTICLE_LE").sub("", said[act.start():act.start() + ACT_OF_SHARE])
    return done + pack.word_list("OWNER_MARK")[0] + said[:head] + pack.word_list("SHARE_NAME")[0]


def share_as_said(right: str, pack: RuleSet) -> str:
    """90%行政村通硬化路: a share written right before its things and what they did names both as
    said (行政村通硬化路比例); '' when no act follows the things."""
    said = trim(clause_rest(right, pack))
    act = pack.words_re("SHARE_ACT").search(said, 2) or pack.words_re("SHARE_REACHED").search(said, 2)
    if not said or len(said) > ACT_OF_SHARE or _no_word(said[:1], pack) or act is None or act.end() == len(said):
        return ""
    return said + pack.word_list("SHARE_NAME")[0]


def clean(name: str, pack: RuleSet) -> str:
    """Scope words, time words, streaks, asides and everything before a cue go from an
    indicator; 对X进行改造 names X改造, X在Y中的比重 X占Y比重. Remembered like `strip`: the indicator rules of a value
    clean the same left noun again and again (10.6k calls over the corpus, 4.2k names)."""
    return remembered(pack, "clean", name, _clean, name, pack)


def _clean(name: str, pack: RuleSet) -> str:
    m = pack.pattern("DISPOSAL").match(name, None, None, ONE_THREAD)
    if m:
        name = m.group("object") + m.group("act")
    m = pack.pattern("SHARE_IN_WHOLE").match(name, None, None, ONE_THREAD)
    if m:  # 非公有制经济在全省生产总值中的比重 -> 非公有制经济占全省生产总值比重 (the scope goes below)
        name = m.group("part") + pack.word_list("SHARE_VERB")[0] + m.group("whole") + m.group("share")
    # 在去年明显下降的基础上: an aside names nothing; 连续4年保持20%以上: a streak names no metric
    for cut, words in _clean_cuts(pack):
        if words is None or words.search(name, None, None, ONE_THREAD):
            name = cut.sub("", name, 0, None, None, ONE_THREAD)
    drops, by_first, unknown = _name_drops(pack)
    maybe = set(unknown)
    for c in set(name):  # a drop none of whose words starts with a character of the name has none of them
        maybe.update(by_first.get(c, ()))
    for i in sorted(maybe):
        drop, words = drops[i]
        if words is not None:
            for word in words:
                if word in name:
                    break
            else:
                continue  # none of the words its every match reads: nothing to drop, no search
        name = drop.sub("", name, 0, None, None, ONE_THREAD) or name
    if pack.pattern("NAMELESS").fullmatch(name, None, None, ONE_THREAD):
        return ""
    kept = pack.words_re("LEAD_KEEP").match(name, None, None, ONE_THREAD)  # 全省性会议 is no 全省 and 性会议
    scope_words = pack.word_list("SCOPE_WORD")
    if not kept and name.startswith(scope_words):  # most names open with none: no loop
        for w in scope_words:
            if name.startswith(w) and len(name) > len(w):
                name = name[len(w):]
    for w in pack.word_list("TIME_WORD") + pack.word_list("INNER_DROP"):
        if w in name and len(name) > len(w):
            name = _drop_word(name, w, pack)
    last = None
    for last in pack.words_re("CUT_CUE").finditer(name, concurrent=ONE_THREAD):
        pass
    if last and last.end() < len(name):  # 打响新品牌、力争旅居人数 -> 旅居人数
        rest = name[last.end():]  # but 保障性安居工程力争开工: a bare stage verb keeps its subject
        name = name[:last.start()] + rest if pack.words_re("STAGE_VERB").fullmatch(rest) and last.start() >= 2 else rest
    name = strip(name, pack, None, "TRAIL_WORD") or name  # 交易额是2010年的 -> 交易额是 -> 交易额
    name = _unclosed_cut(name, pack)
    if len(name) > 1 or name in pack.word_list("ONE_CHAR_NAME"):
        return name.replace(" ", "")
    return ""  # one character names nothing (向, 占, 区) but a product (糖, 布)


def _clean_cuts(pack: RuleSet) -> tuple:
    """ASIDE and STREAK, each with the search for its needed words (RuleSet.needs_search), made once per pack."""
    found = pack._compiled.get("clean cuts")
    if found is None:
        found = pack._compiled["clean cuts"] = tuple((pack.pattern(name), pack.needs_search(name)) for name in ("ASIDE", "STREAK"))
    return found


def _name_drops(pack: RuleSet) -> tuple:
    """The patterns NAME_DROP names, in its order, each with the words one of which its every match
    reads (None: not known), looked up once per pack (some twenty a name): a name lacking them all is
    no search (the 52 subs were most of a clean, and a name holds the words of few). With them, the
    drops by the first character of each of their words, and those whose words are not known: a name
    is tried only against the drops its characters may start a word of (300 words, 1 in 20 met)."""
    found = pack._compiled.get("name drops")
    if found is None:
        drops = tuple((pack.pattern(name), None if (words := pack.needed_words(name)) is None else tuple(words))
                      for name in pack.word_list("NAME_DROP"))
        by_first: dict[str, list[int]] = {}
        unknown = []
        for i, (_, words) in enumerate(drops):
            if words is None or "" in words:
                unknown.append(i)
                continue
            for first in {w[0] for w in words}:
                by_first.setdefault(first, []).append(i)
        found = pack._compiled["name drops"] = (drops, {c: tuple(ids) for c, ids in by_first.items()}, tuple(unknown))
    return found


def _unclosed_cut(name: str, pack: RuleSet) -> str:
    """A name cut inside brackets loses the open part (城中村（金平区、龙湖区 -> 城中村), and one that
    opens inside them what the brackets close (…未达标的262个城市）年平均浓度 -> 年平均浓度); a quote cuts
    nothing (瞄准“经济总量 keeps 瞄准), but a quote mark whose pair the name lost goes."""
    for opening, closing in BRACKETS.items():
        i = name.rfind(opening)
        if i >= 2 and closing not in name[i:]:
            name = name[:i]
        j = name.find(closing)
        if 0 < j < len(name) - 2 and opening not in name[:j]:
            name = trim(name[j + 1:])  # 街区）的住宅楼… -> 住宅楼…
            owner = pack.words_re("OWNER_MARK").match(name)
            name = name[owner.end():] if owner else name
    return _unpaired_quotes_dropped(name)


def _unpaired_quotes_dropped(name: str) -> str:
    """A quote mark whose pair the name lost goes, the words it marked stay (国家级专精特新“小巨人企业 ->
    国家级专精特新小巨人企业, 100项高频事项“跨省通办、省内通办” cut at 、 -> 高频事项跨省通办)."""
    opening, closing = QUOTE_MARKS
    if opening not in name and closing not in name:
        return name
    unpaired, open_at = set(), []
    for i, c in enumerate(name):
        if c == opening:
            open_at.append(i)
        elif c == closing:
            if open_at:
                open_at.pop()
            else:
                unpaired.add(i)
    unpaired.update(open_at)
    return "".join(c for i, c in enumerate(name) if i not in unpaired)


HOW_IT_DID = ("SLOGAN_END", "HARVEST_END", "MOVE_END", "PROGRESS_END", "RECORD_END", "GROWTH_END", "DOUBLED_END")  # all but how it was made better
HOW_IT_WENT = HOW_IT_DID + ("UPGRADE_END",)
HOW_THEY_GREW = ("MOVE_END", "PROGRESS_DONE", "GROWTH_END")  # of things counted: a slogan after them may be what they do (事项“跨省通办”)


def how_it_went(name: str, pack: RuleSet, ends: tuple = HOW_IT_WENT):
    """The match of what a clause or name ends with that says how its subject did (粮食生产再获丰收,
    重点园区建设如火如荼, 旅游收入创新高), or None: no part of a noun a value is named by."""
    for said in ends:
        m = pack.pattern(said).search(name)
        if m:
            return m
    return None


def topic(clause: str, pack: RuleSet, ends: tuple = HOW_IT_WENT) -> str:
    """The noun a clause opens with, before its first verb, when it is a name (石化产业持续“减油增化”
    -> 石化产业); without a bare metric word at its end (教育基础设施投入 -> 教育基础设施). A list
    names no topic, but the noun its 等 heads does (加强道路、管网等基础设施建设 -> 基础设施建设). A
    time or an ordinal opening the clause goes first (二是实施一批重大项目 -> 重大项目)."""
    clause = trim(pack.pattern("ITEM_MARK").sub("", trim(clause), count=1))
    said = how_it_went(clause, pack, ends)
    clause = clause[:said.start()] if said else clause  # 粮食生产“十五连丰”, 粮食生产再获丰收: how it did
    setting = pack.pattern("SETTING_AFTER").search(clause) if said else None
    clause = clause[:setting.start()] if setting else clause  # 粮食生产在大灾之年(再获丰收): where it did
    time = pack.pattern("TIME_PREFIX").match(clause)
    clause = trim(clause[time.end():]) if time else clause
    placed = pack.pattern("PLACED_TOPIC").search(clause)  # 把农村受灾群众住房放在…首要位置: what is placed
    clause = strip(placed.group("topic"), pack, "LEAD_WORD", None) if placed else clause
    if not clause:
        return ""
    if placed:
        noun = right_noun(clause, pack)
    elif pack.pattern("ITEM_SEP").search(clause):  # 尽力而为、量力而行: pairs and lists name no topic
        head = clause.rsplit(pack.word_list("LIST_TAIL")[0], 1)
        noun = right_noun(head[1], pack) if len(head) == 2 and not pack.pattern("ITEM_SEP").search(head[1]) else ""
        if len(noun) <= 2 or noun.startswith(tuple(pack.word_list("LIST_FILLER"))):  # 等方面: no head
            return ""
    elif pack.words_re("LEAD_WORD").match(clause):  # 增加…开放的社会体育场馆，数量…: what the verb acts on,
        noun = left_name(clause, pack).rsplit(pack.word_list("OWNER_MARK")[0], 1)[-1]  # its head after 的,
        verb = pack.words_re("OBJECT_CLAUSE_VERB").search(noun, 2)
        noun = noun[:verb.start()] if verb else noun  # up to a verb of its own (推动文化产业取得…)
    else:
        noun = right_noun(clause, pack)
        if len(noun) == len(clause) and not said and not pack.words_re("TOPIC_HEAD", "end").search(noun):
            return ""  # no verb ends it, nor is it a heading's noun (民生工程，力争投入…): no subject of a clause
    noun = pack.words_re("GENERIC_METRIC", "end").sub("", noun) if len(noun) > 4 else noun
    noun = pack.words_re("TOPIC_TAIL", "end").sub("", noun)
    noun = clean(noun, pack)
    if pack.words_re("GENERIC_METRIC").fullmatch(noun):
        return ""  # a bare metric word is no topic
    return noun if 2 <= len(noun) <= TOPIC_MAX and not _no_word(noun, pack) else ""


def title_name(clause: str, pack: RuleSet) -> str:
    """A clause that is a name alone, as a list item's title is (（1）社保惠民工程): that name,
    else '' (推进健康云南建设 has a verb; 民生工程进展顺利 says how it went)."""
    bare = trim(pack.pattern("ITEM_MARK").sub("", trim(clause), count=1))
    named = bare and not pack.words_re("LEAD_WORD").match(bare) and right_noun(bare, pack) == bare
    return topic(clause, pack) if named else ""


def generic_core(indicator: str, pack: RuleSet) -> str:
    """The bare metric word (规模, 投资, 资金) an indicator comes down to once its verbs go,
    which needs its subject from earlier in the sentence; '' when it names more. Remembered
    like `strip`: the replace rules of a value ask it of the same name (16.9k calls, 3.9k names)."""
    return remembered(pack, "generic_core", indicator, _generic_core, indicator, pack)


def _generic_core(indicator: str, pack: RuleSet) -> str:
    generic = pack.word_list("GENERIC_METRIC")
    for core in (indicator, strip(indicator, pack, "LEAD_WORD", "TRAIL_WORD")):  # 增加值 is no verb 增加 and 值
        period = pack.words_re("GENERIC_PERIOD").match(core, None, None, ONE_THREAD)  # 年产量: a bare metric said by the year
        if core in generic or period and core[period.end():] in generic:
            return core
    return ""


def indicator_of(left: str, right: str, unit_percent: bool, pack: RuleSet) -> str:
    """The noun phrase of a list item or a left context alone (no sentence around it).
    Remembered like `strip` (2.3k calls, 1.6k texts)."""
    return remembered(pack, "indicator_of", (left, right, unit_percent), _indicator_of, left, right, unit_percent,
                       pack)


def _indicator_of(left: str, right: str, unit_percent: bool, pack: RuleSet) -> str:
    name = left_name(left, pack)
    if len(name) <= 2:
        name = left_with_verbs(left, pack) or name
    if not unit_percent and right:
        name = after_classifier(right, pack) or name
    return clean(name, pack)


def years_named(text: str, pack: RuleSet) -> list[int]:
    """The years EXPLICIT_YEAR finds in `text`, in order. Remembered like `strip`: the kind
    rules' clause_year and the year rules read the same clause, and the values of a section
    its heading (24k scans over the corpus, 10k texts)."""
    return remembered(pack, "years", text, _years_named, text, pack)


def may_name_year(text: str, pack: RuleSet) -> bool:
    """Whether `text`, or a text made of it by cutting pieces out, can name a year: every match
    of EXPLICIT_YEAR reads one of its needed words, and cutting makes no word of one character
    (most clauses hold none)."""
    needed = pack.needed_words("EXPLICIT_YEAR")
    if needed is None:
        return True
    for w in needed:  # a loop, not any() of a generator: 10k calls over the 34 reports
        if len(w) > 1 or w in text:
            return True
    return False


def _years_named(text: str, pack: RuleSet) -> list[int]:
    if not may_name_year(text, pack):  # no scan of a text lacking the words every year reads (half the texts)
        return []
    return [year_of(m.group(1)) for m in pack.pattern("EXPLICIT_YEAR").finditer(text, concurrent=ONE_THREAD)]
