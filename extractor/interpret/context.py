"""What interpretation rules look at: a document, a sentence of it, a value in the sentence.

Work is done where its input lives: the document's year and sections once per
document, list structure and comparator words once per sentence, and per value
only what depends on the value (its clause and the text on each side). Every
piece is computed on first use and kept.
"""
from collections.abc import Sequence
from typing import NamedTuple

from ..core.matching import Hit
from ..core.numerals import magnitude_of, split_magnitude
from ..core.resolve import Quantity, resolve
from ..core.segment import Paragraph
from ..rulepack import ONE_THREAD, RuleSet
from . import phrases


class cached_property:
    """functools.cached_property without its lock (taken on every first read in Python 3.11,
    a tenth of the time of a value's interpretation): a value is read by one thread."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class Doc(NamedTuple):
    """The normalised text of a document and what is known of it as a whole."""

    text: str
    pack: RuleSet
    year: int | None
    annual: bool
    reviews_own_year: bool = False  # a party congress or a plan proposal: its review runs to its own year
    period: int | None = None       # the last year of the five-year plan its title names
    arabic: bool = False            # it writes its numbers in Arabic digits (Chinese numerals are few)
    original: str = ""              # the text as read, and the original index of each character of `text`: the
    origin: Sequence[int] = ()      # layout the view drops (a Word table's tab-separated cells) is read there
    tables: dict | None = None      # the first row of the table each row of `original` is in, found on first use
    dated_late: bool = False        # dated from July on and no work report nor plan: it reports its own year so far


class Extent(NamedTuple):
    """The comparator words around a value: the span they widen it to, and the list each came from."""

    start: int
    end: int
    after: str = ""    # the word list of a comparator word after the value (以上 -> CMP_GE_POST)
    before: str = ""   # the word list of one before it (超过 -> CMP_GE_PRE)


def comparator_extent(text: str, hit: Hit, pack: RuleSet) -> Extent:
    """The comparator words of a value: the longest word after it, and, unless the value
    carries 多/余 or a word that only looks like a comparator ends before it (节约, 最近),
    the longest word before it."""
    per = hit.groups.get("per")
    if per:  # 下降到每立方米35微克: the per-unit before the value is its own
        hit = Hit(hit.rule, per[0], hit.end, hit.groups)
    m = pack.pattern("COMPARATOR_AFTER").match(text, hit.end, None, ONE_THREAD)
    end, after = (m.end(), comparator_list(m.group("cmp"), pack, "COMPARATOR_AFTER_LISTS")) if m and m.end() > hit.end \
        else (hit.end, "")
    window = max(0, hit.start - 8)
    if hit.group("approx") or hit.group("approx2") \
            or pack.words_re("CMP_NOT_PRE", "end").search(text, window, hit.start, ONE_THREAD) \
            or pack.pattern("AT_LEAST_OVER_VERB").search(text, window, hit.start, ONE_THREAD):
        return Extent(hit.start, end, after)
    m = pack.pattern("COMPARATOR_BEFORE").search(text, window, hit.start, ONE_THREAD)
    if m:
        return Extent(m.start(), end, after, comparator_list(m.group("cmp"), pack, "COMPARATOR_BEFORE_LISTS"))
    return Extent(hit.start, end, after)


def comparator_list(word: str, pack: RuleSet, lists: str) -> str:
    """The name of the comparator word list (of the lists `lists` names) that holds `word`."""
    return next(name for name in pack.word_list(lists) if word in pack.word_list(name))


class Sentence:
    """One sentence with the values found in it, and the state of the walk over them."""

    def __init__(self, doc: Doc, start: int, end: int, paragraph: Paragraph, hits: list[Hit],
                 in_paragraph: dict | None = None):
        self.doc, self.start, self.end, self.paragraph, self.hits = doc, start, end, paragraph, hits
        self.in_paragraph = {} if in_paragraph is None else in_paragraph  # what rules found once for the
        # paragraph, shared by its sentences (the pipeline gives each paragraph one dict)
        self.extents = [comparator_extent(doc.text, h, doc.pack) for h in hits]
        self.boundary = 0          # where the next value's clause may start at the earliest
        self.owned_until = -1      # the end of a noun the last record counts (thresholds inside it)
        self.last_indicator = ""   # the indicator of the last record, for words that need a subject
        self.fields: dict = {}     # the record each value gave, by position, for values that share a list
        self.values: dict = {}     # the Value of each position walked so far (its clause and scopes)

    @cached_property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    @cached_property
    def list_groups(self) -> list[tuple[int, int]]:
        return lists.list_groups(self)

    @cached_property
    def distributed(self) -> dict[int, str]:
        return lists.distributed(self)

    @cached_property
    def from_to(self) -> dict[int, tuple[str, int]]:
        return lists.from_to(self)

    @cached_property
    def _list_by_value(self) -> dict[int, tuple[int, int]]:
        return {n: (i, j) for i, j in self.list_groups for n in range(i, j + 1)}  # runs do not overlap

    def list_of(self, n: int) -> tuple[int, int] | None:
        """The run of values (first, last) value n is one of, else None."""
        return self._list_by_value.get(n)

    def list_head(self, n: int) -> int | None:
        """The first value of the list value n continues (n itself excluded), else None."""
        group = self.list_of(n)
        return group[0] if group and group[0] < n else None

    @cached_property
    def shared_after(self) -> dict[int, str]:
        return lists.shared_after(self)

    @cached_property
    def shared_before(self) -> dict[int, str]:
        return lists.shared_before(self)


class Value:
    """One value of a sentence: its quantity, clause and the scopes rules read."""

    in_table = False

    def __init__(self, sentence: Sentence, n: int):
        self.sentence, self.n = sentence, n
        self.doc, self.pack = sentence.doc, sentence.doc.pack
        self.hit = sentence.hits[n]
        self.extent = sentence.extents[n]
        self.decided: dict[str, tuple] = {}
        text, pack = self.doc.text, self.pack
        c_start, c_end = self.extent.start, self.extent.end
        boundary = sentence.boundary
        start = clause_start(text, sentence.start, c_start, boundary, pack)
        self.continues = start == boundary and boundary > sentence.start  # A 3个、B 10个: one clause, one verb
        if self.continues:
            start = phrases.after_last_item(text, start, c_start, pack)
            if pack.pattern("COUNT_JOINED").fullmatch(text, start, c_start, ONE_THREAD):
                start = c_start  # 1个省辖市和6个县级市: a count after 和 opens its item
        separated = c_end < len(text) and pack.pattern("LIST_SEP").match(text, c_end, None, ONE_THREAD)
        sentence.boundary = c_end + 1 if separated else c_end
        self.start, self.end = start, clause_end(text, c_end, sentence.end, pack)
        sentence.values[n] = self

    @cached_property
    def quantity(self) -> Quantity | None:
        """The hit's quantity; the B of 从每立方米61微克下降到39微克 is per what its A is per, and a bare 0 of
        由8.6万人减少到0 in A's unit."""
        try:
            q = resolve(self.hit)
        except ValueError:
            return None
        role = self.sentence.from_to.get(self.n)
        if role and role[0] == "to" and "/" not in q.unit:
            for k, other in self.sentence.from_to.items():
                unit = self.sentence.values[k].unit if other == ("from", role[1]) else ""
                if unit.startswith(q.unit + "/") or unit and not q.unit and q.value == 0:
                    return Quantity(q.value, q.value_max, unit, magnitude_of(q.value, unit))
        return q

    @cached_property
    def unit(self) -> str:
        """Kept: the rules of a value read its unit some twenty times."""
        return self.quantity.unit if self.quantity else ""

    @cached_property
    def percent(self) -> bool:
        """A percentage or percentage points: no noun is counted by it."""
        return self.pack.pattern("PERCENT_UNIT").search(self.unit, None, None, ONE_THREAD) is not None

    @cached_property
    def counted(self) -> bool:
        """A count by a classifier (个, 家, 项): it may count the items of a list or a scope."""
        return self.unit in self.pack.word_list("COUNT_CLASSIFIER")

    # -- scopes: the pieces of text rules read --------------------------------

    def scope(self, name: str) -> str:
        return getattr(self, "scope_" + name)

    @cached_property
    def scope_sentence(self) -> str:
        return self.sentence.text

    @cached_property
    def scope_clause(self) -> str:
        return self.doc.text[self.start:self.end]

    @cached_property
    def scope_before(self) -> str:
        return self.doc.text[self.sentence.start:self.start]

    @cached_property
    def scope_upto(self) -> str:
        return self.doc.text[self.sentence.start:self.end]

    @cached_property
    def scope_left(self) -> str:
        return self.doc.text[self.start:self.extent.start]

    @cached_property
    def left_trimmed(self) -> str:
        """The left scope without its edge punctuation, as a dozen rules read it."""
        return phrases.trim(self.scope_left)

    @cached_property
    def scope_value_before(self) -> str:
        return self.doc.text[self.start:self.hit.start]

    @cached_property
    def scope_value_after(self) -> str:
        return self.doc.text[self.hit.end:self.end]

    @cached_property
    def scope_section(self) -> str:
        return self.sentence.paragraph.section

    @property
    def scope_indicator(self) -> str:
        return self.field("indicator")

    table = None  # a prose value is no table cell
    scope_column = scope_cell = scope_row = scope_caption = ""

    @cached_property
    def _right(self) -> tuple[str, bool]:
        """The text after the value that may name it, and whether the clause runs on into the
        next value without a separator."""
        text, pack = self.doc.text, self.pack
        right_end = list_end(self.sentence, self.n, self.end)
        right = text[self.extent.end:right_end]
        runs_on = (right_end < self.end and not pack.pattern("LIST_SEP").match(text, right_end, None, ONE_THREAD)
                   and not pack.pattern("SEPARATED").search(right))
        return right, runs_on

    @cached_property
    def scope_right(self) -> str:
        right, runs_on = self._right
        if not runs_on:
            return right
        if self.left_is_named and not self._left_only_acts() and not self.things_measured_after:
            return ""  # A 1000家B 2500家: the noun after is the next value's
        second = self.pack.pattern("SECOND_ITEM_VERB").search(right, None, None, ONE_THREAD)
        return right[:second.start()] if second else right

    @property
    def runs_on(self) -> bool:
        return self._right[1]

    @cached_property
    def left_is_named(self) -> bool:
        """Whether the left of a value that runs on or counts names a noun of its own: cut only
        when a rule asks (scope_count, of a count whose right names places)."""
        if not (self.runs_on or self.counted) or self._left_says_which():
            return False
        return bool(phrases.indicator_of(self.scope_left, "", False, self.pack))

    def _left_only_acts(self) -> bool:
        """Whether the left of a count that runs on into the next value is only a lead word or a
        verb (开展40万人次政府补贴性职业技能培训及支持1万名…: VERB_ALONE): it names no noun, and the
        count's is in its right, unless that runs into a size or a class of its things, or opens with a
        joiner (建成12个和在建8个…)."""
        pack, right = self.pack, self._right[0]
        if self.percent or split_magnitude(self.unit)[1] not in pack.word_list("COUNT_UNIT") \
                or pack.pattern("VERB_ALONE").match(phrases.indicator_of(self.scope_left, "", False, pack),
                                                    None, None, ONE_THREAD) is None \
                or pack.pattern("RUNS_INTO_SIZE").search(right, None, None, ONE_THREAD) is not None \
                or pack.pattern("JOINER_START").match(right, None, None, ONE_THREAD) is not None:
            return False
        return pack.pattern("CLASS_OF_THINGS").match(self.doc.text, self.sentence.extents[self.n + 1].end, None,
                                                     ONE_THREAD) is None

    @cached_property
    def things_measured_after(self) -> str:
        """The generic things a count names when it runs on into a value of another measure, not a
        count, a time nor a rate, said of them (国际科技创新枢纽24个工程项目完成投资229亿元 -> 工程项目), else
        '': what the clause said before the count is what they are of, not a name of its own as in A
        1000家B 2500家."""
        pack = self.pack
        things = pack.pattern("GENERIC_COUNTED_THEN_ACT").match(self._right[0], None, None, ONE_THREAD) \
            if self.runs_on and split_magnitude(self.unit)[1] in pack.word_list("COUNT_UNIT") else None
        if things is None:
            return ""
        try:
            after = resolve(self.sentence.hits[self.n + 1])
        except ValueError:
            return ""
        base = split_magnitude(after.unit)[1]
        other = base not in pack.word_list("COUNT_UNIT") and base not in pack.word_list("DURATION_UNIT") \
            and pack.pattern("PERCENT_UNIT").search(after.unit, None, None, ONE_THREAD) is None
        return things.group() if other else ""

    def _left_says_which(self) -> bool:
        """Whether the left ends with 的 before a count with a noun of its own (年初确定的30件民生实事已完成
        29件): it says which things are counted and names none; unless the noun runs, past a joiner,
        into the next count's words (的39户企业和省200户…)."""
        right, pack = self._right[0], self.pack
        return split_magnitude(self.unit)[1] in pack.word_list("COUNT_UNIT") \
            and pack.words_re("OWNER_MARK", "end").search(self.left_trimmed) is not None \
            and pack.pattern("HAN_START").match(right, None, None, ONE_THREAD) is not None \
            and pack.pattern("LIST_SEP").match(right, None, None, ONE_THREAD) is None \
            and pack.pattern("NOUN_RUNS_INTO_NEXT").search(right, None, None, ONE_THREAD) is None

    # -- fields decided by the rules, on first use -----------------------------

    def field(self, name: str):
        if name not in self.decided:
            self.decided[name] = decide(self, name)
        return self.decided[name][0]


def clause_start(text: str, sent_start: int, pos: int, boundary: int, pack: RuleSet) -> int:
    """Start of the clause holding `pos`: after the last break, or after `boundary`."""
    start = max(sent_start, boundary)
    for m in pack.pattern("CLAUSE_BREAK").finditer(text, start, pos, concurrent=ONE_THREAD):
        start = m.end()
    return start


def clause_end(text: str, pos: int, sent_end: int, pack: RuleSet) -> int:
    m = pack.pattern("CLAUSE_BREAK").search(text, pos, sent_end, ONE_THREAD)
    return m.start() if m else sent_end


def list_end(sentence: Sentence, n: int, end: int) -> int:
    """Where the right context of value n stops: before the next value (36个A、45个B) and the joiner
    before it, or before the verb a joiner ends that takes the next value (1854个项目惠及20万人:
    JOINER_IN_WORD), unless that value is a threshold inside the noun (3个营业收入超100亿元的企业)."""
    text, pack = sentence.doc.text, sentence.doc.pack
    for nxt in sentence.hits[n + 1:]:
        if nxt.start >= end:
            break
        if phrases.is_threshold(text, nxt.start, pack):
            continue
        if pack.pattern("JOINER_IN_WORD").match(text, nxt.start - 1, None, ONE_THREAD):
            return nxt.start - 2
        return nxt.start - 1 if pack.pattern("LIST_SEP").match(text, nxt.start - 1, None, ONE_THREAD) else nxt.start
    return end


from . import lists  # noqa: E402 - lists read sentences of this module's kind
from .engine import decide  # noqa: E402 - the engine reads values of this module's kind
