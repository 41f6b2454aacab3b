"""Lists of values in one sentence: runs joined by 、/和/及, the names they distribute
over (A、B分别增长x%、y%) and the comparator their last value carries for all."""
from ..rulepack import ONE_THREAD
from . import phrases
from .context import Extent, Sentence, comparator_list
from .metrics import metric_of


def list_groups(sentence: Sentence) -> list[tuple[int, int]]:
    """Runs of values joined by a list joiner (800亿斤、60亿斤、160亿斤), as first and last index."""
    text, hits, ext = sentence.doc.text, sentence.hits, sentence.extents
    joiner = sentence.doc.pack.pattern("LIST_JOINER")
    groups, i = [], 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and joiner.fullmatch(text[ext[j].end:hits[j + 1].start].strip(), None, None, ONE_THREAD):
            j += 1
        if j > i:
            groups.append((i, j))
        i = j + 1
    return groups


def distributed(sentence: Sentence) -> dict[int, str]:
    """Indicators for a list of values, by position: A、B分别增长x%、y%; 分别压减A、B产能x、y; A、B产量
    达到x、y, then 分别增长… (or 比2007年增长x%和y%, naming nothing) for the same A、B in the next clause;
    A、B均增长6%，分别达到x、y: the names the one value of the clause before was said of (_names_each_said_of)."""
    from .context import clause_start

    doc, pack = sentence.doc, sentence.doc.pack
    text, hits, ext = doc.text, sentence.hits, sentence.extents
    out: dict[int, str] = {}
    previous: list[str] = []
    each = pack.words_re("DISTRIBUTOR")
    for i, j in sentence.list_groups:
        start, end = _names_span(sentence, i, clause_start(text, sentence.start, hits[i].start, 0, pack))
        left = _spelled_ordinals(pack.pattern("ITEM_MARK").sub("", text[start:end], count=1), pack)
        marks = list(each.finditer(left))
        k = marks[-1].start() if marks else -1
        if k < 0 and end < ext[i].start and each.search(text, end, ext[i].start):
            k = len(left)  # 城乡居民人均收入达到28400元和9400元、分别增长…: 分别 after the values before
        count = j - i + 1
        own = left[:k] if k >= 0 else left
        names = _names_of(own, count, pack)
        own_name = phrases.indicator_of(own, "", True, pack)
        if not names and marks and not own_name:
            names = _named_after_distributor(left[marks[-1].end():], count, pack)
        elif names and marks and k < len(left):
            said = left[marks[-1].end():]
            percent = pack.pattern("PERCENT_UNIT").search(_written(sentence, i)) is not None
            names = _measured_against(_owning_metric_after(names, said, pack), said, percent, pack)
        unnamed = not names and not own_name
        if unnamed and start > sentence.start and (k >= 0 or len(previous) != count):
            before = clause_start(text, sentence.start, start - 1, 0, pack)
            inside = [h for h in hits if before <= h.start < start]
            if before < start and not inside:  # A、B显著提高，(分别)达到x、y: the names of the clause before,
                said = _spelled_ordinals(text[before:start - 1], pack)  # past a time opening it (到2020年A、B，
                time = pack.pattern("TIME_PREFIX").match(said)  # 分别比2015年下降x、y)
                names = _names_of(phrases.right_noun(said[time.end():] if time else said, pack, True), count, pack)
            elif k >= 0 and len(inside) == 1 and not previous:
                names = _names_each_said_of(text[before:inside[0].start], _written(sentence, i), count, pack)
        if not names and len(previous) == count and (k >= 0 or unnamed):
            names = _own_metric_of(previous, own_name, pack) if k >= 0 and own_name else previous
            # 分别增长…, or 比2007年增长x%和y% with no name of its own
        out.update((i + n, name) for n, name in enumerate(names))
        previous = names or previous
    return out


def _names_each_said_of(said: str, written: str, count: int, pack) -> list[str]:
    """The names a list's one value in the clause before was said of, when it holds for each of them (A、B均增长6%，
    分别达到x、y; 标准提高100元，分别达到x、y: EACH_OR_MOVED), not a total of them (新建、改扩建学校36所，分别为…) nor a
    ratio or share of them that the list's values in other units are not (城乡居民收入比缩小到2.2，分别达到4.2万元…)."""
    said = _spelled_ordinals(said, pack)
    if not pack.pattern("EACH_OR_MOVED").search(said):
        return []
    name = phrases.indicator_of(said, "", True, pack)
    if pack.pattern("RATIO_OR_SHARE_END").search(name) and not pack.pattern("PERCENT_UNIT").search(written):
        return []
    return _names_of(name, count, pack)


def _own_metric_of(previous: list[str], metric: str, pack) -> list[str]:
    """The names of the list before, each with the metric a later 分别 clause names of its own in place of what
    they share (城市和行政村光纤宽带网络覆盖率分别达到…，4G覆盖率分别达到… -> 城市4G覆盖率, 行政村4G覆盖率); the
    names before as they are when the clause names no metric or they share little to replace; a share said with 占
    is of what each names (…增加值分别增长…，占规模以上工业比重分别提高到… -> …增加值占规模以上工业比重)."""
    if metric in previous[0] or not pack.words_re("METRIC_HEAD", "end").search(metric):
        return previous
    if pack.words_re("SHARE_VERB").match(metric):
        return [name if name.endswith(metric) else name + metric for name in previous]  # 占规模以上工业比重: of each
    shared = 0
    while shared < min(map(len, previous)) and len({name[-1 - shared] for name in previous}) == 1:
        shared += 1
    kind = pack.pattern("ITEM_KIND_HEAD").match(previous[0], len(previous[0]) - shared) if shared else None
    if kind and shared - (kind.end() - kind.start()) >= 3:
        shared -= kind.end() - kind.start()  # 第一、二、三产业增加值…: 产业 is each item's
    opening = previous[0].find(metric[:2], len(previous[0]) - shared) if shared else -1
    if opening > len(previous[0]) - shared:
        shared = len(previous[0]) - opening  # 城乡居民人均可支配收入…，人均消费支出: 居民 stays each item's
    if shared < 3 or any(len(name) <= shared for name in previous):
        return previous
    return [name[:-shared] + metric for name in previous]


def _names_of(left: str, count: int, pack) -> list[str]:
    """The names of a list of `count` values in the text before them: its items, each with the
    head only the last spells out (苹果、食用菌、中药材产量), or a pair word's parts (城乡低保标准),
    the pair word spelled apart by a list mark too (金融机构存、贷款余额)."""
    apart = _pair_spelled_apart(left, count, pack)
    if apart:
        return apart
    for splitter in pack.word_list("LIST_SPLITTERS"):  # 及 only last: 普及率
        items = [x for x in pack.pattern(splitter).split(left) if x.strip()]
        if len(items) == count:
            periods = _periods_of(items, pack)
            if periods:
                return periods
            items = _kind_after_last(items, pack)
            plain = [phrases.indicator_of(item, "", True, pack) for item in items]
            words = [name or _one_word(item, pack) for name, item in zip(plain, items)]
            names = share_head(words, pack)
            if any(len(w) == 1 and n[1:] != m[1:] for w, n, m in zip(words, names, names[1:])):
                names = share_head(plain, pack)  # 存、贷款余额: 存 is no parallel of 贷 alone
            return _per_unit_shared(names, pack)
    return _paired(left, count, pack)  # 城乡低保标准(分别)达到487元和412元


def _per_unit_shared(names: list[str], pack) -> list[str]:
    """The unit a list's first name is measured per is every item's (单位耕地面积化肥、农药使用量 -> 单位耕地面积
    农药使用量), but an item's that says a unit of its own, is a ratio of its own (碳排放强度) or a total (能源消费总量)."""
    per, own = pack.pattern("PER_UNIT_BASIS"), pack.pattern("OWN_BASIS_END")
    basis = per.match(names[0]) if names and names[0] else None
    if basis is None:
        return names
    return names[:1] + [name if not name or per.match(name) or own.search(name) else basis.group() + name
                        for name in names[1:]]


def _named_after_distributor(said: str, count: int, pack) -> list[str]:
    """Names said after 分别 and the verb of doing it, right before the values (分别压减钢铁、水泥产能
    120万吨、300万吨); none after a word that compares (分别高于东部、中部) or before 的 (分别为国家和省
    下达任务的1.6倍和108%: the values are of them)."""
    after = phrases.strip(said, pack, "LEAD_WORD", None)
    if after == said or after.endswith(tuple(pack.word_list("OWNER_MARK"))):
        return []
    return _names_of(after, count, pack)


def _owning_metric_after(names: list[str], said: str, pack) -> list[str]:
    """Items that own the metric said after 分别 and the verb of doing it (交通、水利分别完成投资x、y ->
    交通投资; 贵州银行、贵阳银行分别新增县级支行…): each named as if the metric followed it. Not when
    an item is a metric itself (城镇、农村低保平均补助水平分别达到…), nor when no metric stands right
    before the values: a comparison (分别比上年增长, 分别高出), an act with no metric named (分别发展到,
    分别拆除; what a verb alone is said of leaves it whole, unless it ends with a metric's head), what the
    values are of (的) or the task they are shares of done (分别完成年计划126%、116%). A metric may stand before
    the verb of its rise or fall (分别实现地区生产总值增长x%、y%: RISE_VERB, FALL_VERB)."""
    metric = phrases.indicator_of(said, "", True, pack)
    whole = pack.pattern("WHOLE_MEASURE")
    bare = metric == said and not pack.words_re("METRIC_HEAD", "end").search(metric) \
        and not phrases.generic_core(metric, pack)  # 分别覆盖, 分别拆除; not 分别投入, a bare metric
    moved = pack.words_re("RISE_VERB", "end").search(said) or pack.words_re("FALL_VERB", "end").search(said)
    said = said[:moved.start()] if moved and moved.start() > 0 else said
    if not metric or bare or not said.endswith(metric) \
            or pack.pattern("SHARE_DONE").search(said) or any(whole.search(name) for name in names):
        return names
    return [phrases.indicator_of(name + said, "", True, pack) or name for name in names]


def _measured_against(names: list[str], said: str, percent: bool, pack) -> list[str]:
    """What values said after 分别 are measured against belongs to each name: a rate or level they
    are above or below (A、B增幅分别高于全省平均水平x、y个百分点 -> A增幅高于全省平均水平), or the whole
    percentages are shares of (A、B分别不低于当地居民人均可支配收入的x%、y% -> A占当地居民人均可支配收入比例).
    A name the list left empty stays empty."""
    margin = pack.pattern("DISTRIBUTED_MARGIN").match(said)
    if margin:
        return [name and name + margin.group("than") for name in names]
    share = pack.pattern("DISTRIBUTED_SHARE_OF").match(said) if percent else None
    if share:
        return [name and name + pack.word_list("SHARE_VERB")[0] + share.group("whole") + pack.word_list("SHARE_NAME")[0]
                for name in names]
    return names


def _periods_of(items: list[str], pack) -> list[str]:
    """A metric said once before a list of parts of the year (地区生产总值一季度、上半年、前三季度
    分别增长…): each value is the metric's in its period, said first (一季度地区生产总值); [] else."""
    period, head = pack.pattern("PERIOD_OF_YEAR"), items[0].strip()
    first = next((m for m in period.finditer(head) if m.end() == len(head)), None)
    if first is None or not all(period.fullmatch(x.strip()) for x in items[1:]):
        return []
    metric = phrases.indicator_of(head[:first.start()], "", True, pack)
    return [p + metric for p in [first.group()] + [x.strip() for x in items[1:]]] if len(metric) >= 2 else []


def items_of(name: str, pack) -> list[str]:
    """The names a joint name holds (城镇居民人均可支配收入和农民人均纯收入; 化学需氧量、氨氮排放量 ->
    化学需氧量排放量, 氨氮排放量), each named as a 分别 list's items are; [] when it holds one, or
    an item would be one character (普及率 holds 及)."""
    for splitter in reversed(pack.word_list("LIST_SPLITTERS")):
        items = [x for x in pack.pattern(splitter).split(name) if x.strip()]
        if len(items) > 1:
            names = _names_of(name, len(items), pack) if all(len(x.strip()) > 1 for x in items) else []
            return names if len(names) == len(items) and all(len(n) > 1 for n in names) else []
    return []


def _names_span(sentence: Sentence, i: int, start: int) -> tuple[int, int]:
    """Where the names of the list at value `i` are, in a clause from `start`: before the values
    said before it when only verbs stand between (由200元和1000元分别提高到…; 达到28400元和9400元、
    分别增长…); after them when a name of its own does (…740元/月和485元/月、孤儿补贴标准提高到…);
    values inside names (100亿元园区, 超千亿元、百亿元的企业) count for neither."""
    text, pack, hits, ext = sentence.doc.text, sentence.doc.pack, sentence.hits, sentence.extents
    role, mark = sentence.from_to.get(i, ("", 0))
    if role == "to":
        return start, mark
    sep = pack.pattern("CLAUSE_OR_LIST_BREAK")
    before = [n for n in range(i) if hits[n].start >= start and not phrases.is_threshold(text, hits[n].start, pack)
              and (sep.match(text, ext[n].end) or pack.pattern("LIST_SEP").match(text, ext[n].end))]
    if not before:
        return start, ext[i].start
    if phrases.indicator_of(text[ext[before[-1]].end:ext[i].start], "", True, pack):
        return ext[before[-1]].end, ext[i].start
    return start, hits[before[0]].start


def _one_word(item: str, pack) -> str:
    """肉、蛋、奶产量: an item of one character names a thing (肉) once it shares what follows the
    next item's first character (肉产量); alone it names nothing, and the cleaned name drops it."""
    word = phrases.strip(item, pack, "LEAD_WORD", None)
    return word if len(word) == 1 and not pack.pattern("NO_WORD").fullmatch(word) else ""


def _kind_after_last(items: list[str], pack) -> list[str]:
    """食品、石化、信息等产业增加值: every item takes the kind said after the last one's 等 (食品产业
    增加值…), read before the names are cleaned (a cleaned name drops instances before 等); a
    group named in quotes is no part of it (A、B等外贸“新三样”进出口 -> A进出口)."""
    last = items[-1]
    tail = pack.pattern("LIST_TAIL_MARK").search(last)
    if not (tail and 0 < tail.start() and tail.end() < len(last)):
        return items
    kind = last[tail.end():]
    group = list(pack.pattern("QUOTED").finditer(kind))
    if group and group[-1].end() < len(kind):  # A、B等外贸“新三样”进出口: the items are the group's members,
        kind = kind[group[-1].end():]          # the metric follows its name
    return [item + kind for item in items[:-1]] + [last[:tail.start()] + kind]


def _paired(left: str, count: int, pack) -> list[str]:
    """城乡低保标准分别达到487元和412元: a name holding a pair word names one value per part
    (城镇低保标准, 农村低保标准; 金融机构存贷款余额 -> 金融机构存款余额, 金融机构贷款余额)."""
    name = phrases.indicator_of(left, "", True, pack)
    for word, parts in _pair_words(pack):
        names = [name.replace(word, part, 1) for part in parts]
        if len(names) == count and word in name and (len(name) > len(word) or len(word) > 2):  # 城乡 alone names nothing
            return names
    return []


def _pair_spelled_apart(left: str, count: int, pack) -> list[str]:
    """金融机构存、贷款余额: a pair word with a list mark between its parts' characters names its
    parts, each with all the name around it (金融机构存款余额, 金融机构贷款余额); [] else."""
    for word, parts in _pair_words(pack):
        for i in range(1, len(word)) if len(parts) == count else ():
            spaced = word[:i] + pack.word_list("EACH_JOINER")[0] + word[i:]
            if spaced in left:
                return _paired(left.replace(spaced, word, 1), count, pack)
    return []


def _pair_words(pack) -> list[tuple[str, list[str]]]:
    """The pair words and their parts (城乡=城镇/农村 -> 城乡, [城镇, 农村])."""
    return [(word, parts.split("/")) for word, parts in pack.word_pairs("PAIR_WORD")]


def _spelled_ordinals(left: str, pack) -> str:
    """一、二、三产业增加值, 一二三产业, 一产、二产、三产 -> 第一产业、第二产业、第三产业(增加值): the
    items share a noun (joined by 、, the separator the list splitters read)."""
    mark, noun = pack.word_list("ORDINAL_MARK")[0], pack.word_list("ORDINAL_NOUN")[0]
    digit = pack.pattern("ORDINAL_DIGIT")

    def spell(m) -> str:
        return "、".join(mark + n + noun for n in digit.findall(m.group("nums")))
    return pack.pattern("ORDINAL_ITEMS").sub(spell, left)


def shared_after(sentence: Sentence) -> dict[int, str]:
    """分别稳定在800亿斤、60亿斤、160亿斤以上: the comparator word after the last value of a list
    holds for every value in it that has no comparator word of its own, but the first of two
    written the same (分别增长8%和8%以上: the word tells the last from it); by position, the
    word list that word came from."""
    return _shared(sentence, before=False)


def shared_before(sentence: Sentence) -> dict[int, str]:
    """分别不低于80%、70%和75%, 突破9千亿元、3万亿元: the comparator word before the first value
    of a list holds for every later value in it that has no comparator word of its own; so does a
    floor or ceiling said before what a list of shares is of (分别不低于…的40%、45%: _bound_of_shares)."""
    return _shared(sentence, before=True)


def _shared(sentence: Sentence, before: bool) -> dict[int, str]:
    out: dict[int, str] = {}
    hits, ext = sentence.hits, sentence.extents
    for i, j in sentence.list_groups:
        word, others = (ext[i].before or _bound_of_shares(sentence, i), range(i + 1, j + 1)) if before \
            else (ext[j].after, range(i, j))
        if word:
            out.update((k, word) for k in others if ext[k] == Extent(hits[k].start, hits[k].end)
                       and (before or j > i + 1 or _written(sentence, k) != _written(sentence, j)))
    return out


def _bound_of_shares(sentence: Sentence, i: int) -> str:
    """The list of the floor or ceiling word said before what the shares from value i on are of
    (分别不低于…的40%、45%: CMP_GE_PRE's), or ''."""
    doc = sentence.doc
    if not _written(sentence, i).endswith(doc.pack.word_list("SHARE_OF_UNIT")):
        return ""
    bound = doc.pack.pattern("SHARE_BOUND_BEFORE").search(doc.text, sentence.start, sentence.hits[i].start)
    return comparator_list(bound.group("word"), doc.pack, "COMPARATOR_BEFORE_LISTS") if bound else ""


def _written(sentence: Sentence, k: int) -> str:
    """The k-th value of the sentence as written."""
    return sentence.doc.text[sentence.hits[k].start:sentence.hits[k].end]


def _trade_shared(name: str, last: str, trade, pack):
    """The trade flow the last item of a list ends with, when the item `name` takes it: not one
    with a flow or a metric of its own (实际利用外资和外贸出口: 实际利用外资 stays)."""
    if trade.search(name) or metric_of(name, pack) is not None:
        return None
    return trade.search(last)


def share_head(names: list[str], pack) -> list[str]:
    """Items of a 分别 list share what only one of them spells out: 苹果、食用菌、中药材产量 ->
    苹果产量…; 生产安全事故起数、死亡人数 -> 生产安全事故死亡人数, and so with no 起数 (a whole that owns
    the metric: OWNER_NOUN). The shared part is cut at a metric head word (产量, 起数, 人均可支配收入) where
    one is found."""
    labelled = _without_class_label(names, pack)
    if labelled:
        return labelled
    first, last = names[0], names[-1]
    heads, punct = pack.words_re("METRIC_HEAD", "end"), pack.words_re("NAME_PUNCT")
    trade = pack.words_re("TRADE_FLOW", "end")  # 汽车、电子出口: a head of the list's only
    codes, size, quoted = pack.pattern("LATIN_CODE"), pack.pattern("SIZE_CLASS_ITEM"), pack.pattern("QUOTED_ITEM")
    said = codes.match(last) if last else None
    sized = size.match(last) if last else None
    named = quoted.match(last) if last else None
    out = []
    for i, name in enumerate(names):
        if not name or not first or not last:
            pass
        elif i < len(names) - 1 and said and said.end() < len(last) and _code_at_end(name, codes):
            name += last[said.end():]  # 城市PM10、PM2.5平均浓度: PM10 takes what follows PM2.5
        elif i < len(names) - 1 and len(name) == 1 and len(last) == 2 and last[0] != name and not punct.search(last):
            name += last[1:]  # 牛、羊肉: 牛肉 (one character each and the one they share; not 钢和钢材; with a head after it,
            # 肉、奶、禽蛋产量, the second character may be the last's own)
        elif i < len(names) - 1 and sized and sized.end() < len(last) and size.fullmatch(name):
            name += last[sized.end():]  # 千亿、五百亿、百亿园区: 千亿 takes what follows 百亿
        elif i < len(names) - 1 and named and named.end() < len(last) and (quoted.fullmatch(name) or len(name) <= 2):
            shared = last[named.end():]  # “国千”“省千”人才: “国千” takes what follows “省千”, not its 的; so
            # does a word of one or two characters (刑事、“两抢”警情: 刑事警情)
            name += shared.removeprefix(pack.word_list("OWNER_MARK")[0])
        elif i < len(names) - 1 and (other := _part_of_pair(name, last, pack)):
            name += last[len(other):]  # 城镇、农村低保对象…补差: 城镇 takes all that follows 农村
        elif i < len(names) - 1 and (head := heads.search(last) or _trade_shared(name, last, trade, pack)) \
                and head.start() > 0 and not heads.search(name):
            share = _share_said(last, head.start(), pack)
            same_end = last.rfind(name[-2:], 1, head.start()) if share is None and (
                len(name) > 2 or last.endswith(name, 0, head.start())) else -1  # 汽车、新能源汽车产量: 汽车产量
            if same_end > 0 and not punct.match(last, same_end + 2):  # 绿色建筑、装配式建筑新开工面积占比:
                # the last item ends as the first does, and what follows is what they share
                share = same_end + 2
            if share is None:
                guess = _after_owner(last, head.start(), pack)
                if _same_length_items(names, head.start(), punct, pack):  # 养老、失业、工伤保险参保人数
                    guess = len(name)
                share = _shared_start(last, guess, pack, head.start())
                share = _class_start(name, last, share, pack)
            name = name + last[share:]
        elif i < len(names) - 1 and (end := _ends_as_own_part(name, last, heads, punct, pack)):
            name += last[end:]  # 高中阶段教育和高等教育毛入学率: the last's own part ends as this item does
        elif i < len(names) - 1 and _spelled_out_in_last(names, name, trade, pack) \
                and not punct.search(last, 0, len(name) + 1) \
                and (i == 0 or len(first) <= len(last)):  # 万元GDP用水量、能耗、二氧化碳排放: names whole, and
            # the first spells out what they share before them
            tail = _share_tail(name, last, pack)  # 先进制造业增加值、高技术制造业增加值占…比重
            whole_first = tail is None and i == 0 and heads.search(name)  # 信访总量、进京非正常上访人次: a whole
            if not whole_first:  # metric first takes no other item's words
                tail = _after_shared_end(name, last) if tail is None else tail
                if tail is None:
                    tail = last[_end_alike(names, last, pack)
                                or _class_start(name, last, _shared_start(last, _own_length(name, last, pack), pack), pack):]
                name += tail
        elif i > 0 and heads.fullmatch(name) and not heads.search(first) \
                and pack.words_re("OWNER_NOUN", "end").search(first):  # 安全生产事故、死亡人数: the accidents' deaths
            name = first + name
        elif i > 0 and len(name) <= 4 and (len(first) >= len(name) + 4 or _heads_alike(first, name, heads, pack)):
            head = heads.search(first)
            # 金融机构存款余额、贷款余额: parallel items, 贷款 for 存款; 生产安全事故起数、死亡人数: the head gives
            # way. With no head word, a later item takes the place of as much of the first only when it is a
            # word of three or fewer (省政府工作机构和人员, 发明专利申请量、授权量) or the two end alike, and
            # never cuts into brackets (not 国家级科技企业孵化器和众创空间, 城市（县城）、乡镇)
            cut = len(name) if head is None or name.endswith(head.group()) else len(head.group())
            if head or first[-1] == name[-1] or (cut <= 3 and not punct.search(first, len(first) - cut)):
                shared = first[:-cut]
                k = shared.rfind(name[0], len(shared) - 2)  # 总人次、总收入: 旅游总收入; 绿化覆盖率、绿地率: 城区绿地率
                shared = shared[:k] if k >= 2 else shared
                name = _without_head_bound(shared, first, name, pack) + name  # 旅游接待人次和收入: 旅游收入
        out.append(name)
    partner = first[:1] if first and first.startswith(tuple(pack.word_list("TRADE_PARTNER_MARK"))) else ""
    if partner:  # 对欧洲、北美洲的出口: trade with each of the partners the first opens with 对
        out = [name if not name or name.startswith(partner) or not trade.search(name) else partner + name for name in out]
    return out


def _heads_alike(first: str, name: str, heads, pack) -> bool:
    """A later item that is a metric head word after a short first item ending in one of its length and last
    character, said of the thing before it (生猪存栏、出栏 -> 生猪出栏; 口岸货运量、客运量 -> 口岸客运量); not of
    another length or end (原煤产量、发电量; 销售收入和利税), nor after a sector or kind (工业用电量、发电量: the
    sector's use, not its output: KIND_NAME)."""
    head = heads.search(first)
    return bool(heads.fullmatch(name)) and head is not None and head.start() >= 2 \
        and len(head.group()) == len(name) and head.group()[-1] == name[-1] \
        and not pack.pattern("KIND_NAME").search(first, 0, head.start())


def _ends_as_own_part(name: str, last: str, heads, punct, pack) -> int:
    """Where what a list's items share starts in its last item, when that item, with no metric head word, has
    the last two characters of `name` after its first character as a whole word, and two characters or more
    follow them (集体建设用地使用权、宅基地使用权确权登记发证率 -> 确权登记发证率); 0 when it does not, when `name` has
    a head word of its own (…园区投资、…园区投资和总产值), when the last opens with `name`'s own word (省级专业镇和
    专业镇技术创新中心: its own noun follows), or when what follows is no shared part (SHARED_NOT_AFTER: 实际利用外资、
    省外资金规模; FLOOR_OPENING after AVERAGE_NAME)."""
    if len(name) < 3 or heads.search(name) or heads.search(last):
        return 0
    end = last.find(name[-2:], 1) + 2
    if not 2 < end <= len(last) - 2 or punct.search(last, end) or name.endswith(last[:end]):
        return 0
    tail = last[end:]
    if pack.pattern("SHARED_NOT_AFTER").search(tail) \
            or pack.pattern("FLOOR_OPENING").match(tail) and pack.pattern("AVERAGE_NAME").search(name):
        return 0
    return end


def _without_head_bound(shared: str, first: str, name: str, pack) -> str:
    """The part a later item takes from the first, less a word at its end that belongs to the first's head
    (接待 of 接待人次, HEAD_BOUND_WORD), unless the later item says that word itself (接待收入)."""
    for word, head in pack.word_pairs("HEAD_BOUND_WORD"):
        if len(shared) > len(word) + 1 and shared.endswith(word) and first[len(shared):].endswith(head) \
                and not name.startswith(word):
            return shared[:-len(word)]
    return shared


def _without_class_label(names: list[str], pack) -> list[str]:
    """When a label classes all of a list's items between its last item and the head they share
    (电子信息、石油化工三大主导产业产值; 化学需氧量、二氧化硫主要污染物排放: LIST_CLASS_LABEL), each
    item with that head and without the label, which names the list, no item (电子信息产业产值,
    石油化工产业产值; 化学需氧量排放, 二氧化硫排放); else none."""
    last = names[-1] if names else ""
    label = pack.pattern("LIST_CLASS_LABEL").search(last, 2) if last else None
    kind = pack.pattern("KIND_NAME")
    if label is None or not all(names) or any(kind.search(name) for name in names[:-1]):
        return []  # 六大优势产业、高技术制造业、绿色低碳优势产业增加值: items named as kinds, the label the last's own
    shared = last[label.end():]
    return [name if name.endswith(shared) else name + shared for name in names[:-1]] + [last[:label.start()] + shared]


def _own_length(name: str, last: str, pack) -> int:
    """How much of a list's last item is its own, guessed by the length of the item `name`, or by
    the level it opens with when both are levels (国家级、部级创新平台: 部级, not 部级创)."""
    opening = pack.pattern("LEVEL_OPENING")
    lead = opening.match(last) if opening.fullmatch(name) else None
    return lead.end() if lead else len(name)


def _spelled_out_in_last(names: list[str], name: str, trade, pack) -> bool:
    """Whether the last item of a list is long enough to spell out what `name`, no trade flow of its own
    (出口、实际利用外资), shares with it: more than twice as long, or twice as long when the items before
    it are all of one length, three characters or more (two in a pair: 刑事、治安案件), and no metric
    (学前三年、高中阶段毛入学率: 学前三年毛入学率; not 增加值、税收、吸纳就业人数, 参保率、社会化发放率, nor
    钢材、水泥、平板玻璃, where whole names of two characters are the rule); never a rate (赤字率、…债券规模)."""
    k, last = len(name), names[-1]
    if trade.search(name) or 2 * k > len(last) or pack.words_re("RATE_END", "end").search(name):
        return False  # 赤字率、地方政府专项债券规模: a rate is a whole name
    return 2 * k < len(last) or (k > 2 or k == 2 and len(names) == 2) and all(len(n) == k for n in names[:-1]) \
        and not pack.words_re("METRIC_HEAD", "end").search(name)


def _end_alike(names: list[str], last: str, pack) -> int:
    """Where what a list's items share starts in its last item, when an item before it ends with a character
    that ends nouns of places or people (ITEM_END_ALIKE) and the last item has it at its third character or
    later, read as the end of its own part (城镇职工、居民和农牧民医疗费用… -> 医疗费用…; 棚户区、老旧小区改造 -> 改造);
    0 when none does."""
    alike = pack.words_re("ITEM_END_ALIKE")
    for name in names[:-1]:
        end = last.find(name[-1:], 2) if name and alike.fullmatch(name[-1]) else -1
        if 0 < end < len(last) - 2:  # an own part of three characters or more (农牧民, 老旧小区; not 农民工's 民)
            return end + 1
    return 0


def _same_length_items(names: list[str], head: int, punct, pack) -> bool:
    """Whether a list's items before its last are short words of one length and the last spells
    out three characters or more between a word of that length and its head word at `head`: the
    last then opens with its own word of that length, and the rest is shared (养老、失业、工伤保险
    参保人数 -> 养老保险参保人数; not 天然气产量, 平板玻璃产能, nor a last item that joins words of
    its own: 制造业、科学研究和技术服务业企业投资)."""
    k, last = len(names[0]), names[-1]
    return 2 <= k <= 3 and k + 3 <= head and all(len(n) == k for n in names[:-1]) \
        and not punct.search(last, 0, k + 1) and not pack.pattern("LIST_ITEMS_BY_AND").search(last, k, head)


def _code_at_end(name: str, codes) -> bool:
    """Whether `name` ends with a whole Latin code (城市PM10, not a code inside a word)."""
    return any(m.end() == len(name) for m in codes.finditer(name))


def _part_of_pair(name: str, last: str, pack) -> str:
    """The part of a pair word (城镇/农村 of 城乡) or of a set of parallel levels (中央/省级) `last`
    starts with, when `name` is another part, or a stage of schooling after a short qualifier (农村小学和初中公用
    经费: 初中 for 小学)."""
    groups = [parts for _, parts in _pair_words(pack)] + [g.split("/") for g in pack.word_list("PARALLEL_LEVELS")]
    stages = [g.split("/") for g in pack.word_list("PARALLEL_STAGES")]
    for parts in groups + stages:
        own = name if name in parts else next((p for p in parts if name.endswith(p)
                                                and len(name) - len(p) <= LEVEL_QUALIFIER_MAX), "") if parts in stages else ""
        if own:  # 农村小学、初中: 小学
            return next((p for p in parts if p != own and last.startswith(p) and len(last) > len(p)), "")
    return ""


LEVEL_QUALIFIER_MAX = 2  # characters before the stage of schooling an item ends with (农村小学; not 省属重点高校)


def _share_said(last: str, head: int, pack) -> int | None:
    """Where a share said with 占 starts in a list's last item, before its head word at `head`,
    with the metric it is a share of when one is named right before 占 (建筑业增加值占GDP比重 ->
    增加值占GDP比重; 制造业占地区生产总值比重 -> 占地区生产总值比重): what the items share."""
    share = _share_verb_at(last, head, pack)
    if share < 1:
        return None
    metric = pack.words_re("METRIC_HEAD", "end").search(last, 0, share)
    return metric.start() if metric and metric.start() > 0 else share


def _share_tail(name: str, last: str, pack) -> str | None:
    """The share said with 占 in a list's last item, when an item's name says its own metric
    (制造业增加值、数字经济、绿色经济占地区生产总值比重 -> 制造业增加值占地区生产总值比重)."""
    if not pack.words_re("METRIC_HEAD", "end").search(name):
        return None
    share = _share_verb_at(last, len(last), pack)
    return last[share:] if share > 0 else None


def _share_verb_at(last: str, end: int, pack) -> int:
    """Where the last 占 of a list's last item before `end` is (not at its start), else -1."""
    return max((last.rfind(w, 1, end) for w in pack.word_list("SHARE_VERB")), default=-1)


def _after_owner(last: str, head: int, pack) -> int:
    """Where the metric the last item owns with 的 starts, before its head word at `head`
    (重点镇的公共供水普及率 -> 公共供水普及率: what the list's items share); else the head word."""
    owner = last.rfind(pack.word_list("OWNER_MARK")[0], 0, head)
    return owner + 1 if 0 < owner < head - 1 else head


def _shared_start(last: str, guess: int, pack, head: int | None = None) -> int:
    """Where the part a list's items share starts in its last item: at a word that opens a
    shared metric (人均, 政策范围内, 通车: 高速铁路、高速公路通车里程) and not after its head
    word, else at `guess`."""
    m = pack.words_re("SHARED_START").search(last, 1)
    return m.start() if m and (head is None or m.start() <= head) else guess


def _class_start(name: str, last: str, share: int, pack) -> int:
    """Where the shared part starts once the class the last item names its kind by, right before
    it, is shared too (钢铁、建材行业增加值: 行业增加值), or after a last item that runs past the guess
    (电子信息、有色金属、装备制造业产业规模: 产业规模, not 业产业规模; 钢铁、有色金属行业: 行业, not 金属行业) with
    no kind's name its items share (新兴工业: 工业 is the items'), nor a word that qualifies the class
    (茶叶、水果特色产业: 特色产业 is shared: CLASS_QUALIFIER), unless `name` is named as a kind already
    (装备制造业, 农产品: KIND_NAME) and the class lies before the guess."""
    kind_name = pack.pattern("KIND_NAME")
    named_kind = kind_name.search(name) is not None
    after = pack.words_re("SHARED_CLASS").search(last, share + 1)
    between = last[share:after.start()] if after is not None else ""
    shared_kind = not named_kind and len(between) > 1 and kind_name.search(between)  # 传统、新兴工业: 工业 shared
    if between and len(between) <= LONGER_ITEM and not shared_kind \
            and not pack.words_re("SHARED_START").match(last, share) \
            and not _qualifier_in_run(last, share, after.start(), pack):  # 全产业链, 特色产业: shared
        # a kind's name takes no class of its own kind right before the metric (制造业、战略性新兴产业贷款:
        # 制造业贷款, not 制造业产业), another it does (工业、服务业领域投资: 工业领域投资), and so does a class that
        # opens a longer noun (农业、文化旅游产业链产值: 农业产业链产值: CLASS_NOUN_END) or follows the last item's own
        # kind's name (制造业、信息服务业产业规模: 制造业产业规模)
        own = named_kind and after.group().endswith(name[-1]) and not kind_name.search(last, 0, after.start()) \
            and not pack.words_re("CLASS_NOUN_END").match(last, after.end())
        return after.end() if own else after.start()
    before = pack.words_re("SHARED_CLASS", "end").search(last, 1, share)
    return share if before is None or named_kind else before.start()


def _qualifier_in_run(last: str, share: int, end: int, pack) -> bool:
    """Whether the word before a list's class in its last item qualifies the class and lies wholly in
    the run past the others' length (茶叶、水果特色产业: 特色), not in the item's own name (制造业、
    战略性新兴产业: 战略性新兴 starts before the run)."""
    word = pack.words_re("CLASS_QUALIFIER", "end").search(last, 0, end)
    return word is not None and word.start() >= share


LONGER_ITEM = 8  # characters of its own a list's last item may hold past the others' length before its class word
# (汽车、新一代信息技术产业: 汽车产业, not 汽车代信息技术产业), none of them a kind's name of two or more its items
# share (新兴工业领域: 传统工业领域, not 传统领域)


def _after_shared_end(name: str, last: str) -> str | None:
    """What follows, in the list's last item, the longest end of `name` it also holds (of two
    characters or more): 先进制造业增加值 and 高技术制造业增加值占工业比重 -> 占工业比重."""
    for k in range(len(name), 1, -1):
        i = last.find(name[-k:])
        if i >= 0:
            return last[i + k:]
    return None


def from_to(sentence: Sentence) -> dict[int, tuple[str, int]]:
    """从A提高到B, 由A下降至B: by position, ('from', mark) for the values of A and ('to', mark)
    for those of B, where `mark` is the offset of the 从/由 the metric they share ends at."""
    text, pack, hits, ext = sentence.doc.text, sentence.doc.pack, sentence.hits, sentence.extents
    mark_re, gap, link = pack.pattern("FROM_MARK"), pack.pattern("FROM_GAP"), pack.pattern("TO_LINK")
    ends = {i: j for i, j in sentence.list_groups}
    out: dict[int, tuple[str, int]] = {}
    n = 0
    while n < len(hits):
        last, window = ends.get(n, n), max(sentence.start, ext[n].start - 16)
        marks = [m for m in mark_re.finditer(text, window, ext[n].start, concurrent=ONE_THREAD)
                 if gap.fullmatch(text, m.end(), ext[n].start, ONE_THREAD)]
        nxt = last + 1
        if not marks or nxt >= len(hits) or not link.fullmatch(text, ext[last].end, ext[nxt].start, ONE_THREAD):
            n += 1
            continue
        mark = marks[-1].start()
        out.update((k, ("from", mark)) for k in range(n, last + 1))
        out.update((k, ("to", mark)) for k in range(nxt, ends.get(nxt, nxt) + 1))
        n = ends.get(nxt, nxt) + 1
    return out
