"""The pack's snapshot: a pack validated and merged once is read back from the pattern cache,
the same pack as one built from its files, without the rule files' pydantic models; a snapshot
the code cannot use is built again, a pack with problems keeps none."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import rulepack
from extractor.cache_dir import ENV
from extractor.pattern_cache import PatternCache
from extractor.rulepack import RulePackError, _load, builtin_dir

REPO = Path(__file__).resolve().parent.parent


def _files(extra: tuple = ()) -> tuple:
    files = [(p.name, p.read_bytes(), True) for p in sorted(builtin_dir().glob("*.toml"))]
    return tuple(files + [(str(p), p.read_bytes(), False) for p in extra])


def _shape(pack) -> tuple:
    """What a pack is, as values (patterns by source, rules' tests by name, word lists as the
    alternations `words_re` gives, which a pack read back compiles when first asked for)."""
    return ([(r.id, r.name, r.action, r.regex.pattern, r.regex.flags, r.source, r.examples, r.negatives, r.unit)
             for r in pack.rules],
            pack.words, {k: (p.pattern, p.flags) for k, p in pack.patterns.items()},
            {f: [(r.id, r.doc, [t[0] for t in r.tests], r.replace, r.source, r.examples, r.table) for r in rules]
             for f, rules in pack.interp.items()},
            pack.metrics,
            {(name, anchor): (pack.words_re(name, anchor).pattern, pack.words_re(name, anchor).flags)
             for name in pack.words for anchor in ("", "end")})


def test_a_pack_read_back_from_its_snapshot_is_the_pack_built(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    built = _load.__wrapped__(_files())
    assert PatternCache(_files()).kept(rulepack._snapshot_key(_files())) is not None
    again = _load.__wrapped__(_files())
    assert again is not built and _shape(again) == _shape(built)
    probe = [ex.value_text for ex in again.interp["kind"][0].examples]
    assert probe and probe == [ex.value_text for ex in built.interp["kind"][0].examples]


def test_a_run_with_the_pack_cached_builds_no_rule_file_model(tmp_path):
    """The models that validate rule files (rule_schema) are built on the first run only."""
    env = {**os.environ, ENV: str(tmp_path / "cache")}
    probe = ("import sys\nfrom extractor.rulepack import load_rules\nload_rules()\n"
             "print('SCHEMA', 'extractor.rule_schema' in sys.modules)")
    seen = [subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True)
            for _ in range(2)]
    assert [s.stdout.strip() for s in seen] == ["SCHEMA True", "SCHEMA False"], seen[-1].stderr


def test_a_snapshot_the_code_cannot_use_is_built_again(tmp_path, monkeypatch):
    """A snapshot lacking a pattern the rules compile (the code asks for something new) or
    broken is no snapshot: the pack is built from its files, silently, and kept anew."""
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    built = _load.__wrapped__(_files())
    key = rulepack._snapshot_key(_files())
    for spoil in (lambda s: s["raw"].clear(), lambda s: s.pop("interp"), lambda s: s.update(rules=None)):
        cache = PatternCache(_files())
        snapshot = cache.kept(key)
        spoil(snapshot)
        cache.added = True
        cache.save()
        assert _shape(_load.__wrapped__(_files())) == _shape(built)
        assert PatternCache(_files()).kept(key)["raw"]  # kept again whole


def test_a_snapshot_is_of_its_files_and_of_the_code(tmp_path, monkeypatch):
    """An added rule file is another pack (another cache file); the same files under code
    that validates them otherwise (another rulepack or rule_schema) are another snapshot."""
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    extra = tmp_path / "mine.toml"
    extra.write_text('[words]\nMY_WORDS = ["甲", "乙"]\n', encoding="utf-8")
    _load.__wrapped__(_files())
    assert "MY_WORDS" in _load.__wrapped__(_files((extra,))).words
    key = rulepack._snapshot_key(_files())
    schema = tmp_path / "rule_schema.py"
    schema.write_bytes(Path(rulepack.__file__).with_name("rule_schema.py").read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(rulepack, "_CODE", (Path(rulepack.__file__), schema))
    assert rulepack._snapshot_key(_files()) != key
    assert PatternCache(_files()).kept(rulepack._snapshot_key(_files())) is None
    _load.__wrapped__(_files())
    assert PatternCache(_files()).kept(rulepack._snapshot_key(_files())) is not None


def test_a_pack_with_problems_keeps_no_snapshot_and_says_them_each_time(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    bad = tmp_path / "bad.toml"
    bad.write_text('[[interpret]]\nid = "kind.mine"\nfield = "kind"\ndoc = "x"\ngive = "target"\n'
                   'when = { no_such_condition = true }\n', encoding="utf-8")
    said = []
    for _ in range(2):
        with pytest.raises(RulePackError) as err:
            _load.__wrapped__(_files((bad,)))
        said.append(err.value.problems)
    assert said[0] == said[1] and any("no_such_condition" in p for p in said[0])
    assert PatternCache(_files((bad,))).kept(rulepack._snapshot_key(_files((bad,)))) is None


def test_a_snapshot_others_can_write_is_not_read(tmp_path, monkeypatch):
    """The snapshot is in the pattern cache's file: one another user can write is no cache."""
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    _load.__wrapped__(_files())
    cache = PatternCache(_files())
    os.chmod(cache.path, 0o666)
    assert PatternCache(_files()).kept(rulepack._snapshot_key(_files())) is None
    assert _load.__wrapped__(_files()).rules  # built from the files (and written anew, this user's alone)


def test_a_read_only_cache_loads_the_pack_each_time(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, "/proc/no-such-place")
    first, second = _load.__wrapped__(_files()), _load.__wrapped__(_files())
    assert _shape(first) == _shape(second)
