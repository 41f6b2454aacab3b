"""File names as inputs come: not UTF-8, with control characters, sharing a stem with another."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from speech import SPEECH_RECORDS

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SPEECH = DATA / "zhoukou-2025-cppcc-speech.txt"
OLDER = DATA / "zhoukou-2021-party-congress-report.txt"


def cli(*args):
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, cwd=REPO,
                          env=os.environ | {"COLUMNS": "400"})


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx", "parquet"])
def test_names_that_are_not_utf8_lose_no_record(tmp_path, fmt):
    """A GBK name (what unzip leaves of an archive made on Chinese Windows) and a name that is
    no text at all: every format is written, with every document's records."""
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    for name in ("报告".encode("gbk") + b".txt", b"bad\xff\xfe.txt", b"good.txt"):
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(SPEECH.read_bytes())
    out = tmp_path / f"r.{fmt}"
    run = cli("extract", str(tmp_path / "in"), "-o", str(out))
    assert run.returncode == 0, run.stderr
    if fmt == "jsonl":
        docs = [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()]
    else:
        import pandas as pd

        if fmt == "xlsx":
            frame = pd.concat(pd.read_excel(out, sheet_name=["targets", "achievements"]).values())
        else:
            frame = {"csv": pd.read_csv, "parquet": pd.read_parquet}[fmt](out)
        docs = list(frame["doc"])
    assert {d: docs.count(d) for d in docs} == {"报告": SPEECH_RECORDS, "bad\\xff\\xfe": SPEECH_RECORDS, "good": SPEECH_RECORDS}


def test_control_characters_in_names_never_reach_stderr_raw(tmp_path):
    name = tmp_path / "a\nb\x1b[31mred\u202e.txt"
    name.write_bytes(b"")
    run = cli("extract", str(name))
    err = run.stderr.decode("utf-8")
    assert run.returncode == 1 and err.count("\n") == 1
    assert "\x1b" not in err and "\u202e" not in err and "a\\nb\\x1b[31mred\\u202e.txt: empty file" in err


def test_documents_sharing_a_name_get_distinct_ids(tmp_path):
    for folder, source in (("2021", OLDER), ("2025", SPEECH)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_bytes(source.read_bytes())
    (tmp_path / "2025" / "notes.txt").write_bytes(SPEECH.read_bytes())
    run = cli("extract", str(tmp_path))
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]
    assert len({r["id"] for r in records}) == len(records)
    assert {r["doc"] for r in records} == {"2021/report", "2025/report", "2025/notes"}  # paths from the folder given


def test_review_page_diff_links_point_into_their_own_document(tmp_path):
    """Two inputs named report.txt: each side of a diff row links to a record of its own document."""
    for folder, source in (("a", OLDER), ("b", SPEECH)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_bytes(source.read_bytes())
    page = tmp_path / "page.html"
    run = cli("report", str(tmp_path / "a" / "report.txt"), str(tmp_path / "b" / "report.txt"), "-o", str(page))
    assert run.returncode == 0, run.stderr
    html = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
                      .group(1).replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&"))
    records = data["records"]
    diff = html[html.index('id="diff"'):]
    sides = re.findall(r"<tr><td class=\"status\">.*?</tr>", diff, re.S)
    linked = 0
    for row in sides:
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        for side, cell in zip((0, 1), cells[1:3]):  # after the relation: A (the 2021 report, tab 0), B
            for i in re.findall(r'data-i="(\d+)"', cell):
                assert records[int(i)]["d"] == side
                linked += 1
    assert linked > 20
