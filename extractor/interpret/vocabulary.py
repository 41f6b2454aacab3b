"""The vocabulary interpretation rules are written in, by name.

A rule's `when` table holds conditions (all must hold), and the rule gives a
fixed value (`give`) or the result of a mechanism (`use`, with `args`). The
conditions and mechanisms are the engine's: they know how to look (at a
clause, a list, the words after a value) but no word of the language; the
words they look for are the pack's word lists and patterns, named in the rule.

Also here: ENGINE_NEEDS, every word list and pattern the code reads by name, so
that a pack lacking one fails when it loads, not on the first document.
"""
from collections.abc import Callable
from functools import partial
from operator import attrgetter
from typing import NamedTuple

import regex

from ..core.numerals import split_magnitude
from ..rulepack import ONE_THREAD, CompiledInterp, _alternation  # here, not in the functions: an import there
# asks the module for __path__ each call, and rulepack's __getattr__ raised for it (280 rules a start)
from . import phrases

SCOPES = ("sentence", "clause", "before", "upto", "left", "right", "value_before", "value_after", "section",
          "indicator", "column", "cell", "row", "caption")
SCOPE_DOC = {
    "sentence": "the whole sentence", "clause": "the clause holding the value",
    "before": "the sentence before that clause", "upto": "the sentence up to the clause's end",
    "left": "the clause before the value and its comparator words",
    "right": "the text after the value up to the next value or the clause's end",
    "value_before": "the clause before the value", "value_after": "the clause after the value",
    "section": "the heading the sentence sits under", "indicator": "the indicator the indicator rules gave",
    "column": "a table value's column header", "cell": "the words in a table value's cell after its number",
    "row": "a table value's row label, a sub-row's with its parent's",
    "caption": "a table value's caption: the lines just above its table",
}
ENGINE_NEEDS = (
    # reading the document: sections, sentences, its year
    "HEADING", "TOP_HEADING", "SENTENCE_END", "CLAUSE_MARK", "GLOSSARY", "APPENDIX", "PLAN_OPENING_VERB", "THIS_YEAR_SO_FAR",
    "YEAR", "DOC_YEAR_PLAN", "DOC_YEAR_PLAN_HEADING", "DOC_YEAR_REVIEW", "DOC_YEAR_WORK_HEADING", "DOC_YEAR_PERIOD", "DOC_YEAR_DATELINE", "DOC_YEAR_DATED",
    "DOC_YEAR_BEING", "DOC_YEAR_BEING_PAST", "FIVE_YEAR_SPAN", "PERIOD_FIRST_YEAR", "ANNUAL_PLAN", "ANNUAL_DOCUMENT", "REVIEW_CUE", "LOOK_BACK_CUE", "PLAN_CUE", "PLAN_CUE_TOP",
    "PLAN_OPENING", "PERIOD_END_WORD", "REVIEW_WORD", "BEING_WORD", "SENTENCE_STOP",
    "CONTINUATION_MARK", "RUNNING_TITLE_LINE", "DECIMAL_STOP", "LETTER_DIGITS", "STRAIGHT_QUOTES", "RADICAL_FORM", "FOOTNOTE_MARK", "ADDRESS", "LINE_END_MARK", "NUMBER_GOES_ON", "SPACED_LINE_START", "HEADING_FIGURE", "PAGE_NUMBER_LINE", "CLAUSE_INSIDE_LINE", "HEADING_START", "SIBLING_MARK", "TITLE_HEADING", "LIST_ITEM_START", "FIGURES_ROW_END", "LINE_MARKUP", "FRONT_MATTER", "FRONT_TITLE",
    "TITLE_DATE", "TITLE_LATE_DATE", "SO_FAR_HEADING", "LATE_THIS_YEAR", "BOLD_LEAD", "BOLD_LINE", "GOALS_STATED", "TITLE_REVIEW", "TITLE_YEAR", "TITLE_PERIOD", "TITLE_SPAN", "PERIOD", "DOC_REVIEWS_OWN_YEAR",
    # a sentence and its values
    "FROM_MARK", "FROM_GAP", "TO_LINK", "CLAUSE_BREAK", "LIST_SEP", "JOINER_IN_WORD", "COUNT_JOINED", "LIST_JOINER", "SEPARATED", "LIST_SPLITTERS", "LIST_CLASS_LABEL", "ITEM_KIND_HEAD", "DISTRIBUTOR", "EACH_OR_MOVED", "RATIO_OR_SHARE_END", "PER_UNIT_BASIS", "OWN_BASIS_END", "DISTRIBUTED_MARGIN", "DISTRIBUTED_SHARE_OF", "SHARE_VERB", "SHARE_BOUND_BEFORE", "SHARE_OF_UNIT", "PERIOD_OF_YEAR", "PERCENT_UNIT",
    "COUNT_CLASSIFIER", "COUNT_UNIT", "OWNER_MARK", "HAN_START", "NOUN_RUNS_INTO_NEXT", "VERB_ALONE", "RUNS_INTO_SIZE", "GENERIC_COUNTED_THEN_ACT", "DURATION_UNIT", "SECOND_ITEM_VERB", "JOINER_START", "CLASS_OF_THINGS", "COMPARATOR_AFTER", "COMPARATOR_BEFORE", "COMPARATOR_AFTER_LISTS",
    "COMPARATOR_BEFORE_LISTS", "CMP_NOT_PRE", "AT_LEAST_OVER_VERB", "THRESHOLD", "NOT_THRESHOLD", "THRESHOLD_AFTER", "ITEM_SEP", "LIST_ITEMS_BY_AND", "ORDINAL_ITEMS", "ORDINAL_DIGIT", "SHARED_START", "SHARED_CLASS", "CLASS_QUALIFIER", "CLASS_NOUN_END", "ITEM_END_ALIKE", "SHARED_NOT_AFTER", "AVERAGE_NAME", "FLOOR_OPENING", "LATIN_CODE", "SIZE_CLASS_ITEM", "QUOTED_ITEM", "TRADE_FLOW", "TRADE_PARTNER_MARK", "HEAD_BOUND_WORD", "OWNER_NOUN", "PAIR_WORD", "PARALLEL_LEVELS", "PARALLEL_STAGES", "ORDINAL_MARK", "ORDINAL_NOUN", "CHINESE_NUMERAL_START", "ARABIC_ONLY_UNIT",
    # noun phrases
    "TIME_PREFIX", "ITEM_MARK", "BENEFICIARY", "CONJ", "BASELINE_END", "PER_MONTH_END", "BARE_METRIC", "SHARE_DONE", "TASK_LEVEL", "DONE_VERB", "SCOPE_IN_SHARE", "FACTOR_EXCLUDED", "NO_WORD", "QUOTED", "RIGHT_STOP", "RIGHT_STOP_INSIDE", "COUNT_QUALIFIER_LEAD", "MANNER_ADVERB", "HOW_WELL", "NOUN_GOES_ON", "SHARE_ACT", "SHARE_NAME",
    "DIGIT_RUN", "TRAIL_WORD", "DOUBLED_END", "LEAD_WORD", "CMP_APPROX_PRE", "LIST_TAIL", "LIST_TAIL_MARK", "LIST_FILLER", "CUE_LEAD", "OPENING_MARK",
    "CLAUSE_OR_LIST_BREAK", "RESULT_VERB", "SCOPE_WORD", "TIME_WORD", "STREAK", "NAME_DROP", "SPAN_EDGE", "INSTANCES_BEFORE_KIND", "ADDRESSEE", "INNER_COMPLETION", "LIGHT_VERB", "PER_UNIT_TAIL", "FIELD_FILLER", "TIME_ONLY", "NAMELESS", "CUT_CUE", "GENERIC_METRIC", "GENERIC_PERIOD", "OBJECT_CLAUSE_VERB", "VERB_PAIR",
    "METRIC_HEAD", "SHORT_MODIFIER_DE", "WORKS_AFTER_DE", "TRAIL_KEEP", "LEAD_KEEP", "LEAD_STAYS", "LEAD_AS_METRIC", "FIRMS", "COMPLETION_RATE", "NOT_IN_HEAD", "PER_HEAD", "DISPOSAL", "SHARE_IN_WHOLE", "ONE_CHAR_NAME", "COUNTED_BY_CLAUSE", "PURPOSE_CLAUSE", "ASIDE", "SELECTED_VERB", "PASSIVE_MARK", "STAGE_RUN", "STAGE_TIME", "STAGE_ADVERB", "SUBJECT_ACT", "COMPOUND_ACT", "ACT_PARTNER", "ACT_PLACE", "PLACE_ONLY_END", "GOT_VERB", "NEGATION", "SUBJECT_LEAD", "BENEFICIARY_MARK", "PARTNER_MARK", "PARTNER_ACT", "PARTNER_ACT_ALONE", "JOINT_ACT", "PLACE_MARK", "DISPOSAL_MARK", "PLACE_ACT", "TRIAL_RUN", "GIVE_VERB", "GIVE_LIGHT", "GIVE_LIGHT_TO", "CARRIED_ACT", "CARRIED_HOW", "WORKS_DONE", "LISTED_GIFT_KIND", "INNER_KEPT_BEFORE", "PARTICLE_LE", "SOLVE_VERB", "PROBLEM_WORD", "SOLVED_NEED", "DONE_AFTER_ADVERB", "TASK_DONE_ACT", "STATUS_REACHED", "PROGRAM_CARRIED", "PERSON_HEAD", "SOLVED_BEFORE", "SOLVED_AFTER", "TOPIC_TAIL", "TOPIC_HEAD", "PLACED_TOPIC", "METRIC_SCOPE", "METRIC_NOISE", "METRIC_ALIAS", "GOV_NAME_END", "GOV_NATIONAL_NAME", "GOV_PARTY_NATIONAL_NAME", "GOV_TITLE", "GOV_DATELINE", "GOV_PARTY", "GOV_NATIONAL", "GOV_NATIONAL_TITLE", "GOV_PARTY_NATIONAL", "GOV_SIGNATURE", "GOV_FOLDER", "GOV_FILE", "DOC_KIND_COMMUNIQUE", "DOC_KIND_PLAN", "DOC_KIND_PARTY_CONGRESS", "DOC_KIND_SPEECH",
    "DOC_KIND_WORK_REPORT", "TABLE_ROW_MD", "TABLE_RULE_MD", "TABLE_LIST_ITEM", "TABLE_LIST_ROW", "TABLE_LIST_UNIT", "TABLE_WORDS_YEAR", "TABLE_CAPTION_UNIT", "TABLE_UNIT_ALTERNATIVE", "TABLE_CAPTION_ASIDE", "TABLE_CAPTION_RISE", "TABLE_CELL_NOISE", "TABLE_HEADER_YEAR", "TABLE_HEADER_PERIOD",
    "TABLE_HEADER_UNIT", "TABLE_HEADER_PERCENT", "TABLE_SUB_ROW", "TABLE_CURRENCY_ROW", "TABLE_TOTAL_ROW", "TABLE_TOTAL_WORD", "TABLE_ROW_NUMBER", "TABLE_ROW_NUMBER_BRACKETED", "TABLE_WITHIN_ROW", "TABLE_MEASURE_LABEL", "TABLE_COL_SEQ", "TABLE_COL_GROUP", "TABLE_COL_LABEL", "TABLE_COL_UNIT",
    "TABLE_COL_ATTR", "TABLE_COL_NOTE", "TABLE_EMPTY_CELL", "TABLE_LIST_HEADER", "TABLE_PLAIN_ROW", "TABLE_CATEGORY_LINE", "TABLE_FLOW_LABEL", "TABLE_OTHER_MEASURE", "TABLE_TOTAL_OPEN", "TABLE_PARENT_CLASS", "TABLE_GROUP_HEAD", "TABLE_GROUP_LEAD", "TABLE_GROUP_PART", "TABLE_GROUPING_ROW", "TABLE_COL_CHANGE", "TABLE_PLAIN_HEADER", "TABLE_PLAIN_PARENT", "TABLE_FIGURE_SUFFIX", "TABLE_CELL_FIGURE", "TABLE_CELL_WORDS", "TABLE_ROW_SEQ", "TABLE_UNIT_NOTE", "TABLE_YEAR_CELL", "TABLE_METRIC_TAIL", "TABLE_INDEX_TAIL", "TABLE_COL_KINDS", "TABLE_CELL_VERB", "TABLE_CELL_RISE", "TABLE_CELL_FALL", "TABLE_CAPTION_KIND", "TABLE_CAPTION", "TABLE_CAPTION_NO_MEASURE", "TABLE_CAPTION_SUBJECT", "TABLE_GENERIC_MEASURE", "TABLE_MONEY_MEASURE",
    "TABLE_MEASURE_END", "TABLE_COL_RISE", "TABLE_COL_RATE", "TABLE_COL_PER_YEAR", "TABLE_HEADER_WRAP", "TABLE_COL_FALL", "TABLE_COL_TARGET", "BINDING_WORD", "ANTICIPATORY_WORD", "RANK_IN_NAME", "RANK_CLAUSE", "THRESHOLD_ENDS_NOUN", "COUNT_BOUND", "CLASS_OPENING", "NOUN_TAIL", "INNER_DROP",
    # reading web pages: the site's frame
    "BOILERPLATE_LINE", "BOILERPLATE_CLASS",
    # developer tools
    "COVERAGE_SCAN", "AUDIT_FUNCTION_WORD",
    # the diff: words that do not change which metric a name means
    "GROWTH_NAME", "NAME_PUNCT", "UNIT_ALIKE", "NAME_ACT_END", "NAME_MEASURE_END", "NAME_ACT_MOVED", "NAME_HEAD_ALIKE", "NAME_WORD_STAYS", "NAME_POPULATION_PART", "PANEL_PART_OF_YEAR", "PANEL_WIDER_PLACE", "PANEL_WHOLE_YEAR", "GOV_AUTONOMOUS", "NAME_COMMON", "ADDED_BEFORE_NAME", "PROGRAM_LABEL",
)


class PatternName(str):
    """A mechanism argument that names a pattern of the pack (checked when the pack loads)."""


class Mechanism(NamedTuple):
    """A named piece of the engine a rule can `use`: what it does, its arguments, what it reads."""

    field: str
    name: str
    fn: Callable
    args: dict[str, type]
    needs: tuple[str, ...]
    doc: str
    current: bool  # it has a `current` parameter


MECHANISMS: dict[tuple[str, str], Mechanism] = {}


def mechanism(for_field: str, /, needs: tuple[str, ...] = (), **args: type):
    """Register a mechanism; one with a `current` parameter also sees the field's value so far."""
    def register(fn):
        code = fn.__code__  # read here, not by inspect.signature at each load of the pack (75 calls)
        params = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
        current = "current" in params
        if current and not (code.co_argcount >= 2 and params[1] == "current"):  # a replace rule calls (v, current)
            raise TypeError(f"mechanism {fn.__name__}: `current` must be the parameter after the value")
        MECHANISMS[(for_field, fn.__name__)] = Mechanism(for_field, fn.__name__, fn, args, needs,
                                                        (fn.__doc__ or "").strip(), current)
        return fn
    return register


# -- conditions ---------------------------------------------------------------

def _word_list(arg, pack) -> list[str] | tuple[str, ...]:
    """A word list by name, or an inline list of words."""
    if isinstance(arg, str):
        if arg not in pack.words:
            raise ValueError(f"no word list {arg}")
        return pack.words[arg]
    if isinstance(arg, list) and all(isinstance(w, str) for w in arg):
        return arg
    raise ValueError("needs a word list name or a list of words")


def _words(arg, pack) -> regex.Pattern:
    """A word list by name, or an inline list of words, as one longest-first alternation."""
    words = _word_list(arg, pack)
    return pack.compiled.compile(_alternation(words) if words else "(?!)")


def _reader(scope: str):
    """What a condition reads of a value: its scope attribute, which prose values and table cells
    both have (a call through `scope` was a good part of a test's cost)."""
    return attrgetter("scope_" + scope)


def _has(scope: str, negate: bool):
    read = _reader(scope)

    def compile_(arg, pack):
        outside = None
        if isinstance(arg, dict):
            unknown = set(arg) - {"words", "outside"}
            if unknown or "words" not in arg:
                raise ValueError("a table here takes `words` and optionally `outside` (a regex)")
            outside = pack.compile(arg["outside"])
            arg = arg["words"]
        search = _words(arg, pack).search
        if outside is None:
            if negate:
                return lambda v: search(read(v), None, None, ONE_THREAD) is None
            return lambda v: search(read(v), None, None, ONE_THREAD) is not None

        # blanking what is outside (a sub of slow patterns) makes no word of NUL-free words where none was
        blanks_no_word = not any("\0" in w for w in _word_list(arg, pack))

        def test(v):
            s = read(v)
            if blanks_no_word and search(s, None, None, ONE_THREAD) is None:
                return negate
            s = outside.sub(lambda m: "\0" * len(m.group()), s)
            return (search(s, None, None, ONE_THREAD) is not None) != negate
        return test
    return compile_


def _edge(scope: str, end: bool):
    """Whether a scope starts or ends with a word: str.startswith/endswith over the words, which
    answer as the word list's alternation would (a search for it before \\Z tried every start)."""
    read = _reader(scope)

    def compile_(arg, pack):
        words = tuple(_word_list(arg, pack))
        if end:
            return lambda v: read(v).endswith(words)
        return lambda v: read(v).startswith(words)
    return compile_


def _matches(scope: str, negate: bool):
    """Whether a scope matches the regex; a scope lacking every word one of which its every match
    reads (reach.needed_words) is told so without a search (half the tests, 240k over the 34 reports)."""
    read = _reader(scope)

    def compile_(arg, pack):
        if not isinstance(arg, str):
            raise ValueError("needs a regex")
        pattern = pack.compile(arg)
        search, words = pattern.search, pack.derived("needed_words", pattern)
        if words is None:
            if negate:
                return lambda v: search(read(v), None, None, ONE_THREAD) is None
            return lambda v: search(read(v), None, None, ONE_THREAD) is not None
        words = tuple(words)

        def test(v):
            s = read(v)
            for word in words:
                if word in s:
                    return (search(s, None, None, ONE_THREAD) is not None) != negate
            return negate
        return test
    return compile_


def _flag(get):
    def compile_(arg, pack):
        if not isinstance(arg, bool):
            raise ValueError("needs true or false")
        return lambda v: bool(get(v)) == arg
    return compile_


def _one_of(get, allowed: tuple[str, ...] | None = None):
    def compile_(arg, pack):
        values = [arg] if isinstance(arg, str) else arg
        if not isinstance(values, list) or not all(isinstance(x, str) for x in values):
            raise ValueError("needs a string or a list of strings")
        if allowed and set(values) - set(allowed):
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return lambda v: get(v) in values
    return compile_


def _at_most(get):
    def compile_(arg, pack):
        if isinstance(arg, bool) or not isinstance(arg, (int, float)):
            raise ValueError("needs a number")
        return lambda v: (x := get(v)) is not None and x <= arg
    return compile_


def _list_name(get, member: bool = False, negate: bool = False):
    """A condition naming a word list: the value read is that list's name, or (member) one of its words."""
    def compile_(arg, pack):
        if not isinstance(arg, str) or arg not in pack.words:
            raise ValueError(f"needs the name of a word list ({arg!r} is none)")
        if member:
            words = set(pack.words[arg])
            return lambda v: (get(v) in words) != negate
        return lambda v: get(v) == arg
    return compile_


def _years_said(scope: str):
    """'ahead' when the text of `scope` names a year from the document's own on, 'past' when all
    it names are earlier, '' when it names none or the document's year is unknown."""
    read = _reader(scope)

    def said(v) -> str:
        years = phrases.years_named(read(v), v.pack)
        if not years or not v.doc.year:
            return ""
        return "ahead" if max(years) >= v.doc.year else "past"
    return said


def _mode(v) -> str:
    return v.sentence.paragraph.mode or "none"


def _base_unit(v) -> str:
    return split_magnitude(v.unit)[1]


def _from_to(v) -> str:
    return v.sentence.from_to.get(v.n, ("",))[0]


# What conditions read of the kind of value a prose value is (its unit, its section, its document),
# not of its text nor of another field: the engine narrows a field's rules by these once per kind
# of value. An attrgetter where it is an attribute: a test runs some eighty times a value.
KIND_OF_VALUE: dict[str, Callable] = {
    "mode": _mode, "doc_year": attrgetter("doc.year"), "annual": attrgetter("doc.annual"),
    "reviews_own_year": attrgetter("doc.reviews_own_year"), "dated_late": attrgetter("doc.dated_late"),
    "percent": attrgetter("percent"),
    "counted": attrgetter("counted"), "unit_in": _base_unit, "unit_not_in": _base_unit,
    "distributed": lambda v: v.n in v.sentence.distributed,
    "approx": lambda v: v.hit.group("approx") or v.hit.group("approx2"),
    "word_after": attrgetter("extent.after"), "word_before": attrgetter("extent.before"),
    "list_word_before": lambda v: v.sentence.shared_before.get(v.n),
    "list_word_after": lambda v: v.sentence.shared_after.get(v.n),
    "arabic_document": attrgetter("doc.arabic"), "span_rule": lambda v: v.hit.rule.id, "from_to": _from_to,
}
CONDITIONS: dict[str, tuple[Callable, str]] = {
    "mode": (_one_of(_mode, ("review", "plan", "glossary", "none")),
             "the section the value is in: review, plan, glossary or none"),
    "kind": (_one_of(lambda v: v.field("kind"), ("target", "achievement")), "the kind the kind rules gave"),
    "comparator": (_one_of(lambda v: v.field("comparator"), ("=", ">=", "<=", "~")),
                   "the comparator the comparator rules gave"),
    "doc_year": (_flag(KIND_OF_VALUE["doc_year"]), "whether the document's year is known"),
    "annual": (_flag(KIND_OF_VALUE["annual"]), "whether the document holds an annual plan"),
    "in_table": (_flag(attrgetter("in_table")), "whether the value is a cell of a table"),
    "rise_of_row": (_flag(lambda v: v.in_table and v.table.rise_of_row),
                    "whether the value is bracketed and the rise or growth of two other figures of its table row (56.1, 60, 〔3.9〕)"),
    "reviews_own_year": (_flag(KIND_OF_VALUE["reviews_own_year"]),
                         "whether the document (a party congress report, a plan proposal) reviews up to its own year"),
    "dated_late": (_flag(KIND_OF_VALUE["dated_late"]),
                   "whether the document is dated from July on and is no work report nor plan (a speech late in its year)"),
    "percent": (_flag(KIND_OF_VALUE["percent"]), "whether the value is a percentage or points"),
    "counted": (_flag(KIND_OF_VALUE["counted"]), "whether the value counts things with a classifier"),
    "unit_in": (_list_name(_base_unit, member=True), "the unit, its magnitude aside, is a word of the list"),
    "unit_not_in": (_list_name(_base_unit, member=True, negate=True), "the unit, its magnitude aside, is no word of the list"),
    "distributed": (_flag(KIND_OF_VALUE["distributed"]),
                    "whether the value takes its name, in order, from a list of as many names"),
    "approx": (_flag(KIND_OF_VALUE["approx"]), "whether a more-than mark (duo, yu) follows the number"),
    "clause_year": (_one_of(_years_said("clause"), ("ahead", "past")),
                    "ahead: the clause names a year from the document's on; past: only earlier years"),
    "sentence_year": (_one_of(_years_said("sentence"), ("ahead", "past")),
                      "ahead: the sentence names a year from the document's on; past: only earlier years"),
    "before_year": (_one_of(_years_said("before"), ("ahead", "past")),
                    "ahead: the sentence before the value's clause names a year from the document's on; past: only earlier years"),
    "word_after": (_list_name(KIND_OF_VALUE["word_after"]), "the list of the comparator word right after the value"),
    "word_before": (_list_name(KIND_OF_VALUE["word_before"]), "the list of the comparator word right before the value"),
    "list_word_before": (_list_name(KIND_OF_VALUE["list_word_before"]),
                         "the list of the comparator word before the first value of this value's list"),
    "list_word_after": (_list_name(KIND_OF_VALUE["list_word_after"]),
                        "the list of the comparator word after the last value of this value's list"),
    "arabic_document": (_flag(KIND_OF_VALUE["arabic_document"]), "whether the document writes its numbers in Arabic digits"),
    "span_rule": (_one_of(lambda v: (v.rule if v.in_table else v.hit.rule).id), "the span rule that found the value (a table cell's: its table rule)"),
    "magnitude_at_most": (_at_most(lambda v: v.quantity.magnitude if v.quantity else None),
                          "the value in base units (十亿 is 1e9) is no more than the number"),
    "from_to": (_one_of(_from_to, ("from", "to")),
                "from: the value is the start level of a from-to (A of 'from A up to B'); to: it is B"),
}
for _scope in SCOPES:
    CONDITIONS[f"{_scope}_has"] = (_has(_scope, False), f"{SCOPE_DOC[_scope]} holds a word of the list")
    CONDITIONS[f"{_scope}_lacks"] = (_has(_scope, True), f"{SCOPE_DOC[_scope]} holds no word of the list")
    CONDITIONS[f"{_scope}_starts_with"] = (_edge(_scope, False), f"{SCOPE_DOC[_scope]} starts with a word of the list")
    CONDITIONS[f"{_scope}_ends_with"] = (_edge(_scope, True), f"{SCOPE_DOC[_scope]} ends with a word of the list")
    CONDITIONS[f"{_scope}_matches"] = (_matches(_scope, False), f"{SCOPE_DOC[_scope]} matches the regex")
    CONDITIONS[f"{_scope}_not_matches"] = (_matches(_scope, True), f"{SCOPE_DOC[_scope]} does not match the regex")
# Conditions that decide another field of the value when tested: a rule is narrowed by the tests
# before its first such (when a field is decided may change what it is).
DECIDING = frozenset({"kind"} | {name for name in CONDITIONS if name.startswith("indicator_")})


# -- giving a value ------------------------------------------------------------

GIVE_CHECK = {
    "kind": lambda g: g in ("target", "achievement"),
    "comparator": lambda g: g in (">=", "<=", "~", "="),
    "year": lambda g: g == "none" or (isinstance(g, int) and 1900 <= g <= 2100),
    "change": lambda g: g in ("increase", "decrease", "none"),
    "basis": lambda g: g in ("per_year", "cumulative", "none"),
    "binding": lambda g: g in ("anticipatory", "binding", "none"),
    "indicator": lambda g: isinstance(g, str) and g != "",
}


def compile_interp(rule, pack, source: str, problem: Callable[[str], None]):
    """A CompiledInterp for a validated InterpRule, or None after reporting what is wrong."""
    ok = True
    tests = []
    for name, arg in rule.when.items():
        if name not in CONDITIONS:
            problem(f"when.{name}: unknown condition (known: {', '.join(sorted(CONDITIONS))})")
            ok = False
            continue
        try:
            tests.append((name, CONDITIONS[name][0](arg, pack)))
        except (ValueError, regex.error) as exc:
            problem(f"when.{name}: {exc}")
            ok = False
    if rule.field == "drop":
        if rule.give is not None:
            problem("a drop rule gives nothing: leave out `give`")
            ok = False
        if not rule.when and not rule.use:
            problem("a drop rule needs `when` conditions or a `use`")
            ok = False
    elif (rule.give is None) == (rule.use is None):
        problem("needs exactly one of `give` (a fixed value) or `use` (a mechanism)")
        ok = False
    elif rule.give is not None and not GIVE_CHECK[rule.field](rule.give):
        problem(f"give: {rule.give!r} is no {rule.field}")
        ok = False
    produce = None
    if rule.use is not None:
        mech = MECHANISMS.get((rule.field, rule.use))
        if mech is None:
            known = sorted(n for f, n in MECHANISMS if f == rule.field)
            problem(f"use: no mechanism {rule.use!r} for {rule.field} (known: {', '.join(known) or 'none'})")
            return None
        for key, value in rule.args.items():
            if key not in mech.args:
                problem(f"args.{key}: {rule.use} takes {', '.join(mech.args) or 'no arguments'}")
                ok = False
            elif not isinstance(value, mech.args[key] if mech.args[key] is not PatternName else str):
                problem(f"args.{key}: must be {mech.args[key].__name__}")
                ok = False
            elif mech.args[key] is PatternName and value not in pack.patterns:
                problem(f"args.{key}: no pattern {value}")
                ok = False
        missing = [k for k in mech.args if k not in rule.args]
        if missing:
            problem(f"args: {rule.use} needs {', '.join(missing)}")
            ok = False
        if rule.args.get("scope") is not None and rule.args["scope"] not in SCOPES:
            problem(f"args.scope: one of {', '.join(SCOPES)}")
            ok = False
        produce = _bound(mech.fn, dict(rule.args), mech.current, rule.replace)
    else:
        given = True if rule.field == "drop" else NONE if rule.give == "none" else rule.give
        produce = (lambda v, value: given) if rule.replace else (lambda v: given)  # noqa: E731
    if not ok:
        return None
    table = rule.when.get("in_table")
    return CompiledInterp(rule.id, rule.field, rule.doc, tuple(t for t in tests if t[0] != "in_table"), produce,
                          rule.replace, source, tuple(rule.examples), table if isinstance(table, bool) else None)


def _bound(fn: Callable, kwargs: dict, current: bool, replace: bool) -> Callable:
    """The mechanism as a rule calls it: (v), or (v, value so far) for a replace rule, which a
    mechanism with a `current` parameter is given (a plain rule's is None), with the rule's
    arguments in their places. Positional: a partial or a call given keywords merges them into a
    new dict at every call (some 100k calls a pass, a fiftieth of its instructions)."""
    code = fn.__code__
    names = code.co_varnames[1 + current:code.co_argcount][:len(kwargs)]
    if set(names) != set(kwargs):  # an argument only by keyword
        if replace:
            return partial(fn, **kwargs) if current else lambda v, value: fn(v, **kwargs)
        return partial(fn, current=None, **kwargs) if current else partial(fn, **kwargs)
    args = tuple(kwargs[name] for name in names)
    if replace and current:
        return fn if not args else (lambda v, value: fn(v, value, *args))
    if replace:
        return lambda v, value: fn(v, *args)
    args = (None,) * current + args
    if len(args) == 1:  # spelled out, not *args: 0.7% of a pass's instructions (callgrind, every third report)
        first, = args
        return lambda v: fn(v, first)
    if len(args) == 2:
        first, second = args
        return lambda v: fn(v, first, second)
    return (lambda v: fn(v, *args)) if args else fn


class _NoneGiven:
    """A rule that gives null on purpose (year none): it decides, unlike a rule that does not apply."""

    def __repr__(self):
        return "none"


NONE = _NoneGiven()


# Word lists whose words name patterns, applied in their order.
PATTERN_LISTS = ("LIST_SPLITTERS", "NAME_DROP")


def check_needs(words: dict, patterns: dict, problems: list[str]) -> None:
    """Every name the engine and its mechanisms read must be in the pack, and every pattern a
    pattern list names."""
    have = set(words) | set(patterns)
    needed = set(ENGINE_NEEDS) | {n for m in MECHANISMS.values() for n in m.needs}
    for name in sorted(needed - have):
        problems.append(f"-:-: the engine reads {name}, which no rule file defines")
    for name in PATTERN_LISTS:
        for word in words.get(name, ()):
            if word not in patterns:
                problems.append(f"-:-: {name} names {word}, which is no pattern")
    if any(len(mark) != 1 for mark in words.get("SKIP_SCAN_BREAK", ())):
        problems.append("-:-: SKIP_SCAN_BREAK: each mark must be one character (the skip rules' stretches end at one)")


# -- mechanisms ----------------------------------------------------------------
# Imported for their registrations; each module names what it reads.
from . import mechanisms, tables  # noqa: E402,F401
