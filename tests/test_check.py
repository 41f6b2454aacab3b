"""`extractor check`, the CI gate: it passes on this tree and fails loudly on every kind of drift.

The committed goldens in tests/golden/ follow extraction: after changing rules or
interpretation, run `extractor check --update` and commit the goldens with the change.
"""
import io
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

from extractor.devtools.check import coverage, run
from extractor.pipeline import interpret_text
from extractor.reading import expand_paths
from extractor.rulepack import BUILTIN_DIR, BUILTIN_ENV, RulePackError, load_rules

ROOT = Path(__file__).resolve().parents[1]
DATA, GOLDEN = ROOT / "data", ROOT / "tests" / "golden"

BAD_PACK = """
[fragments]
LOOP_A = '{LOOP_B}x'
LOOP_B = '{LOOP_A}y'

[[rule]]
id = "user.bad_regex"
name = "A pattern that does not compile"
pattern = '(?P<value>(\\d+)个'
yields = ["value"]
  [[rule.examples]]
  text = "12个"
  value_text = "12个"
  value = 12

[[rule]]
id = "user.unknown_key"
name = "A rule with a key the schema does not know"
pattern = '(?P<value>\\d+个)'
yields = ["value"]
colour = "red"
  [[rule.examples]]
  text = "12个"
  value_text = "12个"
  value = 12

[[rule]]
id = "user.no_example"
name = "A record rule without a positive example"
pattern = '(?P<value>\\d+只)'
yields = ["value"]

[[rule]]
id = "user.unknown_fragment"
name = "A pattern naming a fragment nobody defined"
pattern = '(?P<value>{NO_SUCH}个)'
yields = ["value"]
  [[rule.examples]]
  text = "12个"
  value_text = "12个"
  value = 12

[[rule]]
id = "user.cycle"
name = "A pattern using a fragment cycle"
pattern = '(?P<value>{LOOP_A})'
yields = ["value"]
  [[rule.examples]]
  text = "x"
  value_text = "x"
  value = 1

[[rule]]
id = "user.yields"
name = "Named groups that are not the yields"
pattern = '(?P<value>(?P<num>\\d+)座)'
yields = ["value", "unit"]
  [[rule.examples]]
  text = "12座"
  value_text = "12座"
  value = 12

[[rule]]
id = "user.skip_without_negative"
name = "A skip rule without a negative"
action = "skip"
pattern = '(?P<value>\\d+层)'
yields = ["value"]

[[rule]]
id = "user.yields"
name = "The same id twice"
pattern = '(?P<value>\\d+台)'
yields = ["value"]
  [[rule.examples]]
  text = "12台"
  value_text = "12台"
  value = 12
"""


def gate(golden: Path, rules=(), data: Path = DATA, **options) -> tuple[int, str]:
    out = io.StringIO()
    code = run(tuple(rules), golden, data, out, **options)
    return code, out.getvalue()


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", "check", *args],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT)


@pytest.fixture
def fresh_golden(tmp_path) -> Path:
    """Goldens of the current extraction, so a test sees only the drift it makes itself."""
    golden = tmp_path / "golden"
    code, out = gate(golden, update=True)
    assert code == 0, out
    return golden


def test_gate_passes_on_this_tree():
    """This project's CI runs the gate; a failure here after an extraction change means:
    read the diff, then `extractor check --update` if the change is intended."""
    r = cli("--golden", str(GOLDEN), "--data", str(DATA))
    assert r.returncode == 0, r.stdout + r.stderr
    records = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in GOLDEN.glob("*.jsonl"))
    documents = len(list(GOLDEN.glob("*.jsonl")))  # one golden file a document of data/
    assert f"documents: {documents}, records: {records}, uncovered numbers: " in r.stdout
    assert "rules: " in r.stdout and "examples: " in r.stdout
    assert r.stdout.rstrip().endswith("check passed")


def test_update_is_byte_stable(fresh_golden):
    before = {p.name: p.read_bytes() for p in fresh_golden.iterdir()}
    assert set(before) == {f"{p.stem}.jsonl" for p in expand_paths([str(DATA)])}
    code, out = gate(fresh_golden, update=True)
    assert code == 0 and "updated" not in out
    assert {p.name: p.read_bytes() for p in fresh_golden.iterdir()} == before
    for text in before.values():
        assert all(json.loads(line)["doc"] for line in text.decode("utf-8").splitlines())


def test_one_character_changed_in_a_pattern_names_the_rule_and_the_example(tmp_path, monkeypatch, fresh_golden):
    pack = tmp_path / "pack"
    shutil.copytree(BUILTIN_DIR, pack)
    path = pack / "quantities.toml"
    text = path.read_text(encoding="utf-8")
    rule = next(r for r in tomllib.loads(text)["rule"] if r["id"] == "quantity.percent")
    pattern = rule["pattern"]
    assert pattern in text and "%" in pattern
    cut = pattern.rindex("%")  # the percent sign of the unit
    path.write_text(text.replace(pattern, pattern[:cut] + "#" + pattern[cut + 1:], 1), encoding="utf-8")
    monkeypatch.setenv(BUILTIN_ENV, str(pack))
    code, out = gate(fresh_golden)
    assert code == 1
    assert "quantities.toml:quantity.percent::1: " in out
    assert repr(rule["examples"][0]["text"]) in out
    assert f"expected a record for {rule['examples'][0]['value_text']!r}" in out
    assert "check FAILED" in out


def test_golden_record_deleted_or_changed_gives_a_diff_naming_document_record_field(fresh_golden):
    path = max(fresh_golden.glob("*.jsonl"), key=lambda p: p.stat().st_size)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) >= 3
    deleted, changed, kept = (json.loads(x) for x in lines[:3])
    changed["value"] += 1
    ghost = dict(kept, start=10**9, end=10**9 + len(kept["text"]))  # in golden, no longer extracted
    edited = [json.dumps(r, ensure_ascii=False) + "\n" for r in (changed, ghost)] + lines[2:]
    path.write_text("".join(edited), encoding="utf-8")
    code, out = gate(fresh_golden)
    assert code == 1
    assert f"golden drift in {path.stem} ({path}): 1 added, 1 removed, 1 changed" in out
    assert f"+ added   {deleted['text']!r} @{deleted['start']}-{deleted['end']}" in out
    assert f"- removed {kept['text']!r} @{10**9}-" in out
    assert f"~ changed {changed['id']} {changed['text']!r} @{changed['start']}-{changed['end']}" in out
    assert f"value: golden {changed['value']!r} -> now {changed['value'] - 1!r}" in out
    assert out.count("sentence: ") == 3
    assert f"check FAILED: {path.stem} drifted" in out


def test_missing_and_stale_goldens_fail(fresh_golden):
    first = sorted(fresh_golden.glob("*.jsonl"))[0]
    first.rename(fresh_golden / "no-such-document.jsonl")
    code, out = gate(fresh_golden)
    assert code == 1
    assert f"no golden file {first}" in out
    assert "no-such-document.jsonl: no document no-such-document" in out
    code, out = gate(fresh_golden, update=True)
    assert code == 0 and not (fresh_golden / "no-such-document.jsonl").exists()
    assert gate(fresh_golden)[0] == 0


def test_malformed_rule_file_reports_every_problem_without_traceback(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_PACK, encoding="utf-8")
    r = cli("--rules", str(bad), "--golden", str(tmp_path / "golden"), "--data", str(DATA))
    assert r.returncode == 1
    assert "Traceback" not in r.stdout + r.stderr
    lines = [x.strip() for x in r.stdout.splitlines()]
    for rule_id, words in [("user.bad_regex", "pattern does not compile"),
                           ("user.unknown_key", "colour: Extra inputs are not permitted"),
                           ("user.no_example", "needs at least one positive example"),
                           ("user.unknown_fragment", "unknown fragment {NO_SUCH}")]:
        assert any(x.startswith(f"{bad}:{rule_id}: ") and words in x for x in lines), (rule_id, r.stdout)


def test_rule_pack_validation_collects_every_kind_of_problem(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_PACK, encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rules((bad,))
    problems = "\n".join(err.value.problems)
    assert f"{bad}:user.cycle: fragment cycle: LOOP_A -> LOOP_B -> LOOP_A" in problems
    assert f"{bad}:-: fragment LOOP_A: fragment cycle" in problems
    assert f"{bad}:user.yields: named groups ['num', 'value'] differ from yields ['unit', 'value']" in problems
    assert f"{bad}:user.yields: duplicate rule id (also in {bad})" in problems
    assert f"{bad}:user.skip_without_negative: a skip rule needs at least one negative example" in problems


USER_PACK = """
[[rule]]
id = "user.shang"
name = "Land in 垧, a unit the built-in rules do not know"
pattern = '{NOT_AFTER_DIGIT}(?P<value>(?P<num>{ARABIC})(?P<unit>垧))'
yields = ["value", "num", "unit"]
  [[rule.examples]]
  text = "力争今年新开垦耕地30垧。"
  value_text = "30垧"
  value = 30
  unit = "垧"
  kind = "target"
  [[rule.negatives]]
  text = "“30垧”工程全面启动。"
"""


def test_user_rule_pack_is_checked_with_the_built_in_one(tmp_path, fresh_golden):
    pack = tmp_path / "mine.toml"
    pack.write_text(USER_PACK, encoding="utf-8")
    base = gate(fresh_golden)[1].splitlines()[-2]
    n_rules, n_examples = (int(base.split(f"{k}: ")[1].split(" ")[0].rstrip(",")) for k in ("rules", "examples"))
    code, out = gate(fresh_golden, rules=(pack,))
    assert code == 0, out
    assert out.splitlines()[-2].startswith(f"rules: {n_rules + 1} span, ")
    assert f", examples: {n_examples + 2}, " in out.splitlines()[-2]
    pack.write_text(USER_PACK.replace("value = 30", "value = 31"), encoding="utf-8")
    code, out = gate(fresh_golden, rules=(pack,))
    assert code == 1 and f"{pack}:user.shang::1: " in out and "value: expected 31, got 30.0" in out


COVERAGE_PACK = """
[[rule]]
id = "test.volunteers"
name = "Volunteers recruited are no target here"
action = "skip"
pattern = '(?P<value>\\d+名)(?=志愿者)'
yields = ["value"]
  [[rule.negatives]]
  text = "招募80名志愿者。"

[[rule]]
id = "test.bridges"
name = "Bridges"
pattern = '(?P<value>(?P<num>\\d+)(?P<unit>座))(?=桥)'
yields = ["value", "num", "unit"]
  [[rule.examples]]
  text = "建成3座桥。"
  value_text = "3座"
  value = 3
  [[rule.negatives]]
  text = "传说中的7箱金"
"""


def test_coverage_tells_dropped_numbers_from_numbers_no_rule_matched(tmp_path):
    pack = tmp_path / "coverage.toml"
    pack.write_text(COVERAGE_PACK, encoding="utf-8")
    rules = load_rules((pack,))
    text = "新建高标准农田50万亩。本次招募300名志愿者。传说中的7箱金。建成5座桥。2025年6月底第2位“十四五”。89个开发区规上工业总产值占全省的78%。"
    outcomes = []
    interpret_text(text, "t", None, rules, outcomes)
    found = {text[s:e]: why for s, e, why in coverage(text, outcomes, rules)}
    # 50万亩 and 5座 are records; dates, ranks and names have no unit
    assert found == {"300名": "dropped by test.volunteers", "7箱": "negative example of test.bridges",
                     "89个": "dropped by drop.scope_count", "78%": "dropped by skip.share_of_whole"}
    outcomes = []
    interpret_text(text, "t", None, load_rules(), outcomes)
    assert coverage(text, outcomes, load_rules())[0][2] == "no rule matched"  # 300名 without the user's pack


def test_coverage_option_lists_what_the_count_counts(fresh_golden):
    code, out = gate(fresh_golden, show_coverage=True)
    assert code == 0, out
    n = int(out.split("uncovered numbers with a unit: ")[1].split("\n")[0])
    listed = [x for x in out.splitlines() if x.startswith("  ") and " @" in x]
    assert len([x for x in listed if " no rule matched " in x]) == n
    assert all(" dropped by " in x or " negative example of " in x for x in listed if " no rule matched " not in x)
    assert out.splitlines()[-2].endswith(f"uncovered numbers: {n}")


def _readme_rule_file(name: str, folder) -> Path:
    """The README's example rule file `my-rules/<name>`, written to `folder`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pack = folder / name
    pack.write_text(readme.split(f"```toml\n# my-rules/{name}\n")[1].split("```")[0], encoding="utf-8")
    return pack


def test_readme_rule_file_example_passes_the_gate(tmp_path, fresh_golden):
    code, out = gate(fresh_golden, rules=(_readme_rule_file("land.toml", tmp_path),))
    assert code == 0, out


def test_readme_interpretation_rule_example_passes_the_gate(tmp_path, fresh_golden):
    pack = _readme_rule_file("budget.toml", tmp_path)
    code, out = gate(fresh_golden, rules=(pack,))
    assert code == 0, out
    assert "interpretation, examples" in out
    pack.write_text(pack.read_text(encoding="utf-8").replace('kind = "target"', 'kind = "achievement"'),
                    encoding="utf-8")
    code, out = gate(fresh_golden, rules=(pack,))
    assert code == 1 and "kind.budget_draft::1" in out and "kind: expected 'achievement', got 'target'" in out
