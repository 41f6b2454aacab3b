"""The cache of compiled patterns: used when it is this user's alone, ignored otherwise, never needed."""
import os
import pickle

import regex

from extractor.cache_dir import ENV
from extractor.pattern_cache import PatternCache

FILES = (("a.toml", b"[words]\nX = [\"1\"]\n", True),)


def test_patterns_compiled_once_are_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    first = PatternCache(FILES)
    first.compile(r"\d+万吨")
    first.save()
    assert oct(os.stat(first.path).st_mode & 0o777) == "0o600"
    again = PatternCache(FILES)
    assert (r"\d+万吨", 0) in again.patterns and not again.added
    assert again.compile(r"\d+万吨").search("产量5000万吨").group() == "5000万吨"
    other = PatternCache((("a.toml", b"[words]\nX = [\"2\"]\n", True),))  # another pack: another file
    assert other.patterns == {} and other.path != first.path


def test_a_cache_others_can_write_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path))
    os.chmod(tmp_path, 0o700)
    cache = PatternCache(FILES)
    evil = {(r"\d+", 0): regex.compile("x")}
    cache.path.write_bytes(pickle.dumps(evil))
    os.chmod(cache.path, 0o666)
    assert PatternCache(FILES).patterns == {}
    os.chmod(cache.path, 0o600)
    os.chmod(tmp_path, 0o777)
    assert PatternCache(FILES).patterns == {}
    os.chmod(tmp_path, 0o700)
    assert PatternCache(FILES).patterns.keys() == evil.keys()


def test_a_broken_or_unwritable_cache_is_no_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "c"))
    cache = PatternCache(FILES)
    cache.path.parent.mkdir(mode=0o700)
    cache.path.write_bytes(b"not a pickle")
    os.chmod(cache.path, 0o600)
    assert PatternCache(FILES).patterns == {}
    cache.path.write_bytes(pickle.dumps({"a": 1})[:-5])  # cut short (a full disk)
    assert PatternCache(FILES).patterns == {}
    monkeypatch.setenv(ENV, "/proc/no-such-place")
    blocked = PatternCache(FILES)
    blocked.compile("a")
    blocked.save()  # no error: the next run compiles again
    assert blocked.compile("a").match("a")


def test_parsed_rule_files_are_read_back_and_handed_out_as_copies(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    first = PatternCache(FILES)
    assert first.parse("a.toml", FILES[0][1]) == {"words": {"X": ["1"]}}
    first.save()
    again = PatternCache(FILES)
    data = again.parse("a.toml", FILES[0][1])
    assert data == {"words": {"X": ["1"]}} and not again.files_added
    data.pop("words")
    assert again.parse("a.toml", FILES[0][1]) == {"words": {"X": ["1"]}}


def test_two_files_of_one_name_are_parsed_apart(tmp_path, monkeypatch):
    """A user's kind.toml beside the built-in kind.toml: each file's own tables, run after run."""
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    files = (("kind.toml", b"[words]\nX = [\"1\"]\n", True), ("kind.toml", b"[words]\nY = [\"2\"]\n", False))
    for _ in range(2):
        cache = PatternCache(files)
        assert [cache.parse(name, content) for name, content, _ in files] == [{"words": {"X": ["1"]}}, {"words": {"Y": ["2"]}}]
        cache.save()


def test_what_is_derived_from_a_pattern_is_kept_even_when_it_is_none(tmp_path, monkeypatch):
    """remember() makes a value once per pack and source, across runs: a None is kept too (a rule
    with no needed words), not made again each run."""
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    made = []
    first = PatternCache(FILES)
    assert first.remember(("needed_words", "a|b", 0), lambda: made.append(1)) is None
    assert first.remember(("needed_words", "a|b", 0), lambda: made.append(2)) is None
    first.save()
    again = PatternCache(FILES)
    assert again.remember(("needed_words", "a|b", 0), lambda: made.append(3)) is None
    assert made == [1] and not again.added


def test_an_entry_that_is_no_pattern_is_compiled_again(tmp_path, monkeypatch):
    """What other code kept under a pattern's key (another version's format, a pickled pattern
    as bytes) is no pattern: compiled again, and written back."""
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    first = PatternCache(FILES)
    first.patterns[(r"\d+万吨", 0)] = pickle.dumps(regex.compile(r"\d+万吨"))
    first.added = True
    first.save()
    again = PatternCache(FILES)
    assert again.compile(r"\d+万吨").search("产量5000万吨").group() == "5000万吨" and again.added


def test_only_the_newest_packs_are_kept(tmp_path, monkeypatch):
    """Each version of the rule files leaves its own files; a save keeps the KEPT_PACKS newest."""
    from extractor.pattern_cache import KEPT_PACKS

    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    paths = []
    for n in range(KEPT_PACKS + 3):
        cache = PatternCache(((f"{n}.toml", f"[words]\nX = [\"{n}\"]\n".encode(), True),))
        cache.compile(rf"\d+{n}")
        cache.save()
        os.utime(cache.path, (1_000_000 + n, 1_000_000 + n))  # written one after another
        paths.append(cache.path)
    newest = PatternCache((("new.toml", b"[words]\nX = [\"new\"]\n", True),))
    newest.compile("new")
    newest.save()
    kept = set((tmp_path / "cache").glob("patterns-*.pickle"))
    assert kept == {newest.path, *paths[-(KEPT_PACKS - 1):]}
    assert PatternCache(((f"{KEPT_PACKS + 2}.toml", f"[words]\nX = [\"{KEPT_PACKS + 2}\"]\n".encode(), True),)).patterns
