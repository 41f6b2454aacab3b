"""The command line as a user meets it: extract, build, eval, and one clear line for bad input."""
import json
import subprocess
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "data" / "zhoukou-2025-cppcc-speech.txt"
KEYS = ["id", "doc", "government", "doc_year", "kind", "indicator", "metric", "value", "value_max", "unit", "magnitude", "comparator", "change", "basis", "year",
        "binding", "source", "start", "end", "text", "sentence", "section", "rule", "trace"]


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_extract_jsonl_to_stdout():
    r = run("extract", SPEECH, "--format", "jsonl", "--out", "-", "--quiet")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(list(row) == KEYS for row in rows)
    text = SPEECH.read_text(encoding="utf-8")
    port = [row for row in rows if row["text"] == "5000万吨"]
    assert port and port[0]["kind"] == "achievement" and port[0]["year"] == 2024 and port[0]["comparator"] == ">="
    assert all(text[row["start"]:row["end"]] == row["text"] for row in rows)


def test_year_option_overrides_the_inferred_year():
    r = run("extract", SPEECH, "--doc-year", "2030", "--quiet")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert {row["year"] for row in rows if row["kind"] == "achievement"} == {2029}


def test_build_writes_the_workbook_and_jsonl(tmp_path):
    r = run("build", "--out", tmp_path, "--quiet")
    assert r.returncode == 0, r.stderr
    records = (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    book = openpyxl.load_workbook(tmp_path / "commitments.xlsx")
    assert book.sheetnames[:4] == ["targets", "achievements", "summary", "sources"]
    targets, achievements = book["targets"], book["achievements"]
    assert targets.max_row - 1 + achievements.max_row - 1 == len(records)
    assert targets.freeze_panes == "A2" and targets.auto_filter.ref
    header = [c.value for c in targets[1]]
    value_col = header.index("value") + 1
    assert all(isinstance(targets.cell(row=i, column=value_col).value, (int, float))
               for i in range(2, targets.max_row + 1))
    sources = {row[0].value: row for row in book["sources"].iter_rows(min_row=2)}
    assert set(sources) == {"zhoukou-2021-party-congress-report", "zhoukou-2025-cppcc-speech",
                            "cn-statistical-communique-2002"}
    assert (tmp_path / "diff.xlsx").exists()  # the two documents of 周口市 (data/manifest.csv)


def test_eval_prints_the_score_table():
    gold = ROOT.parent / "shared" / "gold" / "zhoukou-2025-cppcc-speech.jsonl"
    r = run("eval", SPEECH, gold)
    assert r.returncode == 0, r.stderr
    for line in ("precision", "recall", "kind accuracy", "indicator accuracy", "year accuracy",
                 "comparator accuracy", "strict f1"):
        assert line in r.stdout


def test_bad_input_is_one_line_and_non_zero(tmp_path):
    empty, binary = tmp_path / "empty.txt", tmp_path / "junk.txt"
    empty.write_text("", encoding="utf-8")
    binary.write_bytes(bytes(range(256)) * 8)
    for path, reason in ((tmp_path / "missing.txt", "no such file"), (empty, "empty"), (binary, "binary")):
        r = run("extract", path)
        assert r.returncode == 1
        assert reason in r.stderr and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_bad_rule_file_is_one_readable_line(tmp_path):
    """Each problem of the pack, said on the one line an error has: they were joined by newlines,
    which the line shows escaped (\\n) between them."""
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nid = "x"\npattern = "("\n', encoding="utf-8")
    r = run("extract", SPEECH, "--rules", bad.name, cwd=tmp_path)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and "\\n" not in r.stderr, r.stderr
    assert r.stderr.startswith("error: invalid rule pack: bad.toml:x: ")
    assert "; bad.toml:x: pattern does not compile: missing ) at position 1" in r.stderr


def test_bad_option_is_a_usage_error():
    r = run("extract", SPEECH, "--format", "docx")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_filters_keep_only_the_records_asked_for(tmp_path):
    every = [json.loads(line) for line in run("extract", SPEECH).stdout.splitlines()]
    r = run("extract", SPEECH, "--kind", "target", "--year", "2025", "--year", "2026", "--indicator", "工业|企业")
    assert r.returncode == 0, r.stderr
    kept = [json.loads(line) for line in r.stdout.splitlines()]
    expected = [x for x in every if x["kind"] == "target" and x["year"] in (2025, 2026)
                and ("工业" in x["indicator"] or "企业" in x["indicator"])]
    assert kept == expected and 0 < len(kept) < len(every)
    build = run("build", "--out", tmp_path, "--kind", "achievement", "--quiet")
    assert build.returncode == 0, build.stderr
    rows = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows and {x["kind"] for x in rows} == {"achievement"}
    book = openpyxl.load_workbook(tmp_path / "commitments.xlsx")
    assert book["targets"].max_row == 1 and book["achievements"].max_row == len(rows) + 1


def test_bad_filters_are_usage_errors():
    for args in (("--kind", "plan"), ("--indicator", "(unclosed"), ("--year", "next")):
        r = run("extract", SPEECH, *args)
        assert r.returncode == 2 and "Traceback" not in r.stderr and r.stdout == "", args


def test_audit_counts_the_records_of_jsonl_outputs_and_refuses_other_files(tmp_path):
    """audit --records reads extract's JSONL (an output before and after a change, counted by
    today's rules); a file that is no such output is one error line and exit 1."""
    out = tmp_path / "r.jsonl"
    assert run("extract", "data/zhoukou-2025-cppcc-speech.txt", "-o", str(out)).returncode == 0
    got = run("audit", "--records", str(out), "--sample", "0")
    assert got.returncode == 0, got.stderr
    assert f"records: {len(out.read_text(encoding='utf-8').splitlines())}" in got.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"x": 1}\n', encoding="utf-8")
    got = run("audit", "--records", str(bad))
    assert got.returncode == 1 and "no JSONL output of extract" in got.stderr and "Traceback" not in got.stderr
