"""What a pattern's matches read, told from its source (not by running it):

- the marks an attempt can read past. A pattern that can never read past a mark finds in
  a stretch of text up to and including that mark (scanned with pos and endpos) exactly
  what it finds there in the whole text: lookbehinds still see before pos, and nothing
  after the mark is read;
- words one of which every match reads: a stretch without any holds no match;
- what the first character a match consumes can be: where the text has none, no match starts.

Syntax this reader does not know reads past every mark and needs no word.
"""
from functools import lru_cache

import regex

_ESCAPE = regex.compile(r"\\(?:[pPN]\{[^}]*\}|[pP][A-Za-z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", regex.S)
_KNOWN_LETTER = "dDsSwWntrfva"  # one-letter escapes read here; any other letter is syntax not read
_CLASS = regex.compile(r"\[\^?\]?(?:\\.|[^\]])*\]", regex.S)
_GROUP = regex.compile(r"\((?:\?(?:P<\w+>|P=\w+\)|<=|<!|[:=!>]))?")
_QUANT = regex.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_BEHIND, _AHEAD = ("(?<=", "(?<!"), ("(?=", "(?!")
_EDGES = ("\\A", "\\Z", "\\z")  # anchors at the text's start or end: read nothing, as ^ and $


@lru_cache(maxsize=256)
def _tokens(source: str) -> tuple[tuple[str, str, int], ...]:
    """(kind, text, depth) tokens: atom, open, close, alt, quant, anchor (^, $ and the text's
    edges \\A, \\Z, \\z), ref (a named backreference). ValueError on syntax not read here (inline
    flags, a conditional, a numbered backreference)."""
    tokens, i, depth = [], 0, 0
    while i < len(source):
        ch, m = source[i], None
        if ch == "\\":
            m = _ESCAPE.match(source, i)
            letter = m.group()[1]
            if m.group() in _EDGES:  # many conditions and name drops end with \Z: their words were not known
                tokens.append(("anchor", m.group(), depth))
            elif letter.isdigit() or letter in "gkGbB" or len(m.group()) == 2 and letter.isalpha() and letter not in _KNOWN_LETTER:
                raise ValueError(f"{m.group()} at {i}")
            else:
                tokens.append(("atom", m.group(), depth))
        elif ch == "[":
            m = _CLASS.match(source, i)
            if not m or "[:" in m.group()[1:]:  # a POSIX class, [[:alpha:]]
                raise ValueError(f"character class at {i}")
            tokens.append(("atom", m.group(), depth))
        elif ch == "(":
            m = _GROUP.match(source, i)
            if m.group() == "(" and source.startswith("(?", i):
                raise ValueError(f"group {source[i:i + 4]} at {i}")
            if m.group().startswith("(?P="):
                tokens.append(("ref", m.group()[4:-1], depth))
            else:
                depth += 1
                tokens.append(("open", m.group(), depth))
        elif ch == ")":
            tokens.append(("close", ")", depth))
            depth -= 1
        elif ch in "*+?{":
            m = _QUANT.match(source, i)
            if not m:
                raise ValueError(f"quantifier at {i}")
            tokens.append(("quant", m.group(), depth))
        elif ch == "|":
            tokens.append(("alt", ch, depth))
        elif ch in "^$":
            tokens.append(("anchor", ch, depth))
        else:
            tokens.append(("atom", ch, depth))
        i = m.end() if m else i + 1
    return tuple(tokens)


def _lookbehind_atoms(tokens) -> set[int]:
    """Indexes of the atoms (and backreferences) whose innermost lookaround is a lookbehind:
    they read only before the position they are tried at."""
    inside, stack = set(), [False]
    for i, (kind, text, _) in enumerate(tokens):
        if kind == "open":
            stack.append(True if text in _BEHIND else False if text in _AHEAD else stack[-1])
        elif kind == "close":
            stack.pop()
        elif kind in ("atom", "ref") and stack[-1]:
            inside.add(i)
    return inside


def _captures_behind(tokens) -> bool:
    """Whether a named group opens inside a lookbehind: its span is read before the position
    the match starts at."""
    stack = [False]
    for kind, text, _ in tokens:
        if kind == "open":
            if text.startswith("(?P<") and stack[-1]:
                return True
            stack.append(True if text in _BEHIND else False if text in _AHEAD else stack[-1])
        elif kind == "close":
            stack.pop()
    return False


def _last_read(tokens, i: int) -> bool:
    """Whether nothing is read after atom i matches once: it ends a lookahead or the pattern,
    at most optional (?), through the ends of enclosing groups and alternatives."""
    j = i + 1
    while j < len(tokens):
        kind, text, depth = tokens[j]
        if kind == "quant":
            if not text.startswith("?"):
                return False
            j += 1
        elif kind == "alt":  # the rest of the alternatives: to the group's end
            j += 1
            while j < len(tokens) and not (tokens[j][0] == "close" and tokens[j][2] == depth):
                j += 1
        elif kind == "close":
            opener = next(t for t in reversed(tokens[:j]) if t[0] == "open" and t[2] == depth)
            if opener[1] in _AHEAD:
                return True
            j += 1
        else:
            return False
    return True


def passable(pattern: regex.Pattern, marks) -> frozenset[str]:
    """The marks a match attempt of `pattern` may read past: an atom that can match the
    mark and is not the last thing its lookahead or the pattern reads."""
    tokens = _read(pattern)
    if tokens is None or _captures_behind(tokens):  # a group read in a lookbehind lies before the
        return frozenset(marks)                       # match's start, maybe in an earlier stretch
    behind = _lookbehind_atoms(tokens)
    marks, flags = frozenset(marks), int(pattern.flags)
    passed: set[str] = set()
    for i, (kind, text, _) in enumerate(tokens):
        if kind in ("atom", "ref") and i not in behind:
            atoms = _group_atoms(tokens, text) if kind == "ref" else (text,)
            matched = frozenset().union(*(_matched(a, marks, flags) for a in atoms)) - passed
            if matched and not _last_read(tokens, i):
                passed |= matched
    return frozenset(passed)


def _read(pattern: regex.Pattern):
    """The pattern's tokens, or None when it is written in syntax not read here."""
    if pattern.flags & (regex.VERBOSE | regex.V1):
        return None
    try:
        return _tokens(pattern.pattern)
    except ValueError:
        return None


def _group_atoms(tokens, name: str) -> list[str]:
    """The atoms of the group a backreference repeats: what it reads, it reads again."""
    start = next(i for i, t in enumerate(tokens) if t[:2] == ("open", f"(?P<{name}>"))
    depth, atoms = tokens[start][2], []
    for kind, text, d in tokens[start + 1:]:
        if kind == "close" and d == depth:
            break
        if kind == "atom":
            atoms.append(text)
    return atoms


@lru_cache(maxsize=None)
def _matched(atom: str, marks: frozenset[str], flags: int) -> frozenset[str]:
    """The marks an atom matches: the same few atoms recur in every rule, and compiling
    each anew took a third of a second a pack."""
    if len(atom) == 1 and atom != "." and not flags & regex.IGNORECASE:
        return marks & {atom}
    return frozenset(c for c in marks if regex.fullmatch(atom, c, flags))


def _tree(tokens, i: int = 0):
    """The alternatives of the group opened before token i, each a list of (item, quantifier);
    an item is ("atom"|"anchor", text) or (opener, alternatives). Also the index of the close."""
    branches, seq = [], []
    while i < len(tokens) and tokens[i][0] != "close":
        kind, text, _ = tokens[i]
        if kind == "alt":
            branches.append(seq)
            seq = []
            i += 1
            continue
        if kind == "open":
            inner, i = _tree(tokens, i + 1)
            item = (text, inner)
        else:
            item = (kind, text)
        i += 1
        quant = tokens[i][1] if i < len(tokens) and tokens[i][0] == "quant" else ""
        i += bool(quant)
        seq.append((item, quant))
    branches.append(seq)
    return branches, i


def _at_least(quant: str) -> int:
    """How many times a quantifier makes its item match, at least."""
    if quant[:1] in ("?", "*"):
        return 0
    if quant.startswith("{"):
        low = quant[1:].split(",")[0].rstrip("}?+")
        return int(low or 0)
    return 1


def _literal(text: str) -> frozenset[str] | None:
    """The characters an atom matches, when it is a literal or a plain class."""
    if len(text) == 1 and text != ".":
        return frozenset(text)
    if len(text) == 2 and text[0] == "\\" and not text[1].isalnum():
        return frozenset(text[1])
    if text.startswith("[") and not text.startswith("[^") and "\\" not in text and "-" not in text[2:-2]:
        return frozenset(text[1:-1])
    return None


def _needs_alternatives(branches) -> frozenset[str] | None:
    found = [_needs_sequence(seq) for seq in branches]
    return None if None in found else frozenset().union(*found)


def _read_once(seq):
    """A sequence's parts read at least once, in order: (word, None) for a run of literals
    read once, else (None, item); a part that may be absent is none. The end is a last item."""
    run = ""
    for item, quant in seq + [(("end", ""), "")]:
        chars = _literal(item[1]) if item[0] == "atom" else None
        if chars and len(chars) == 1 and not quant:
            run += next(iter(chars))
            continue
        if run:
            yield run, None
            run = ""
        if _at_least(quant) >= 1:
            yield None, item


def _needs_sequence(seq) -> frozenset[str] | None:
    """The best of the word sets a sequence must read one of (its runs of literals read once
    are words)."""
    options = [frozenset([word]) if word else _literal(item[1]) if item[0] == "atom" else _needs_item(item)
               for word, item in _read_once(seq)]
    options = [o for o in options if o]
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _needs_item(item) -> frozenset[str] | None:
    opener, inner = item
    if opener in ("anchor", "end", "ref") or opener in _BEHIND or opener == "(?!":
        return None  # reads nothing, or what it reads need not be there, or no fixed words
    return _needs_alternatives(inner)


def needed_words(pattern: regex.Pattern) -> frozenset[str] | None:
    """Words one of which every match reads (consumes, or sees in a lookahead), None if
    the source shows none: a stretch holding none of them holds no match."""
    tokens = _read(pattern)
    if tokens is None or pattern.flags & regex.IGNORECASE:
        return None
    return _needs_alternatives(_tree(tokens)[0])


def first_reads(pattern: regex.Pattern) -> tuple[str, ...] | None:
    """The atoms, as written, one of which matches the first character every match consumes, for a
    pattern each of whose alternatives opens with a lookbehind; None for any other, or one that may
    match empty. The engine tries such a pattern's lookbehinds at every position, and a match
    starts only where one of these atoms matches."""
    tokens = _read(pattern)
    if tokens is None or pattern.flags & (regex.REVERSE | regex.POSIX):
        return None
    branches = _tree(tokens)[0]
    if not all(seq and seq[0][0][0] in _BEHIND for seq in branches):
        return None
    found = _firsts_alternatives(branches)
    return tuple(found[0]) if found and not found[1] else None


def _firsts_alternatives(branches) -> tuple[list[str], bool] | None:
    """The atoms that may consume the first character of a match of any alternative, and whether one
    may match empty; None when a backreference may read it."""
    atoms, empty = [], False
    for seq in branches:
        found = _firsts_sequence(seq)
        if found is None:
            return None
        atoms += [a for a in found[0] if a not in atoms]
        empty = empty or found[1]
    return atoms, empty


def _firsts_sequence(seq) -> tuple[list[str], bool] | None:
    """The atoms of the items up to the first that always consumes (lookarounds and anchors consume
    nothing), and whether none does."""
    atoms: list[str] = []
    for (kind, inner), quant in seq:
        if kind == "anchor" or kind in _BEHIND or kind in _AHEAD:
            continue
        if kind == "ref":
            return None
        found = ([inner], False) if kind == "atom" else _firsts_alternatives(inner)
        if found is None:
            return None
        atoms += [a for a in found[0] if a not in atoms]
        if not found[1] and _at_least(quant) >= 1:
            return atoms, False
    return atoms, True


NEEDS_KEPT = 8  # clauses kept of an alternation's: any of them is still needed, fewer are cheaper to test
OFTEN_MAX = 50  # a need guessed to be met more often is met in nearly every stretch: testing it costs more than it saves


def needed_reads(pattern: regex.Pattern, marks) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """Regexes, as sources, each finding a word or character that every match reads (consumes,
    or sees in a lookaround), each with its words when it has no class: for a pattern passing
    none of `marks`, a stretch between them lacking a match of any holds no match. A
    lookbehind counts only when it can read no mark, so that what it sees lies after the mark
    before the match. The one guessed to be met least often comes first; those guessed to be
    met nearly anywhere are left out."""
    tokens = _read(pattern)
    if tokens is None or pattern.flags & regex.IGNORECASE:
        return ()
    clauses = _clauses_alternatives(_tree(tokens)[0], frozenset(marks), int(pattern.flags))
    needs = sorted((sum(map(_often, c)), sorted(c)) for c in clauses)
    return tuple(("|".join(c), _words(c)) for often, c in needs if often <= OFTEN_MAX)


def _words(needles: list[str]) -> tuple[str, ...] | None:
    """The needles as words, None if one is a class (or an escape not read as a literal)."""
    words = []
    for needle in needles:
        chars = [_literal(text) for kind, text, _ in _tokens(needle)]
        if needle.startswith("[") or not all(c and len(c) == 1 for c in chars):
            return None
        words.append("".join(next(iter(c)) for c in chars))
    return tuple(words)


def _often(needle: str) -> float:
    """A guess at how often a needle is met: each character a class matches counts one, and
    each character more of a word makes it a quarter as often."""
    if needle.startswith("[") or needle == r"\d":
        chars = _literal(needle)
        return len(chars) if chars else 10
    return 4.0 ** (1 - len(_tokens(needle)))


def _clauses_alternatives(branches, marks, flags) -> set[frozenset[str]]:
    """What every alternative needs: one clause of each, joined, for each choice of them."""
    clauses = None
    for seq in branches:
        own = _clauses_sequence(seq, marks, flags)
        clauses = own if clauses is None else _fewest({a | b for a in clauses for b in own})
        if not clauses:
            return set()
    return clauses


def _fewest(clauses: set[frozenset[str]]) -> set[frozenset[str]]:
    """The NEEDS_KEPT clauses guessed to be met least often (_often, then fewest needles), none
    holding another (a clause holding another is met whenever that one is). By the count of
    needles alone, a rule's rare words (quantity.ratio: 系数, 指数, 收入比…) lost to clauses of a
    few common characters (., 点, 1), met in nearly every stretch."""
    kept: list[frozenset[str]] = []
    for c in sorted(clauses, key=lambda c: (sum(map(_often, c)), len(c), sorted(c))):
        if not any(k <= c for k in kept):
            kept.append(c)
    return set(kept[:NEEDS_KEPT])


def _clauses_sequence(seq, marks, flags) -> set[frozenset[str]]:
    """The clauses of each part read at least once; runs of literals read once become words."""
    clauses = set()
    for word, item in _read_once(seq):
        clauses |= {frozenset([regex.escape(word)])} if word else _clauses_item(item, marks, flags)
    return clauses


def _clauses_item(item, marks, flags) -> set[frozenset[str]]:
    kind, inner = item
    if kind == "atom":
        needle = _needle(inner)
        return {frozenset([needle])} if needle else set()
    if kind in ("anchor", "end", "ref", "(?!", "(?<!"):
        return set()  # reads nothing, or what it reads need not be there
    if kind == "(?<=" and not _reads_no_mark(inner, marks, flags):
        return set()
    return _clauses_alternatives(inner, marks, flags)


def _needle(atom: str) -> str | None:
    """The atom as a needle: a literal, \\d or a class of some characters (not a class of
    nearly all, as [^…], . or \\p{…}, which every stretch holds)."""
    if _literal(atom) or atom == r"\d" or atom[:1] == "\\" and atom[1:2] in "xuU":
        return atom
    if atom.startswith("[") and not atom.startswith("[^") and not regex.search(r"\\[^dxuU\W]", atom):
        return atom
    return None


def _reads_no_mark(branches, marks, flags) -> bool:
    """Whether a lookbehind's alternatives read no mark and hold no lookaround or backreference
    (which may read elsewhere)."""
    for seq in branches:
        for (kind, inner), _ in seq:
            if kind == "atom":
                if _matched(inner, marks, flags):
                    return False
            elif kind == "ref" or kind in _BEHIND or kind in _AHEAD:
                return False
            elif kind != "anchor" and not _reads_no_mark(inner, marks, flags):
                return False
    return True
