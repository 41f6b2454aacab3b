"""A batch with broken files keeps every good record, names each bad file, exits 1 without a traceback."""
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docgen import make_docx, make_pdf

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD_DOCX = ["二、2025年工作安排", "今年地区生产总值增长6%左右，城镇新增就业12万人以上。"]


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=os.environ | {"PYTHONIOENCODING": "utf-8", "COLUMNS": "400"})


def _encrypted_pdf() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf([["增长5%。"]]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.fixture
def batch(tmp_path):
    good = sorted(DATA.glob("*.txt"))[:2]
    (tmp_path / "good.docx").write_bytes(make_docx(GOOD_DOCX))
    docx = make_docx(GOOD_DOCX)
    bad = {
        "corrupt.docx": docx[: len(docx) // 2],
        "encrypted.pdf": _encrypted_pdf(),
        "broken.pdf": make_pdf([["增长5%。"]])[:150],
        "junk.bin": os.urandom(4096) + bytes(range(32)) * 64,
        "empty.txt": b"",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path, [*good, tmp_path / "good.docx"], [tmp_path / n for n in bad]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_files_are_reported_and_good_records_kept(batch, jobs):
    tmp, good, bad = batch
    mixed = [good[0], bad[0], good[1], *bad[1:], good[2]]
    run = _cli("extract", *mixed, "-o", tmp / "all.jsonl", "-j", jobs)
    alone = _cli("extract", *good, "-o", tmp / "good.jsonl", "-j", jobs)
    assert alone.returncode == 0, alone.stderr
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == len(bad)
    reasons = {"corrupt.docx": "not a readable .docx", "encrypted.pdf": "encrypted PDF",
               "broken.pdf": "not a readable PDF", "junk.bin": "binary data", "empty.txt": "empty file"}
    for path in bad:
        (line,) = [ln for ln in lines if str(path) in ln]
        assert reasons[path.name] in line
    records = (tmp / "all.jsonl").read_bytes()
    assert records and records == (tmp / "good.jsonl").read_bytes()
    assert {json.loads(x)["doc"] for x in records.decode().splitlines()} == {p.stem for p in good}


def test_a_directory_with_bad_files(batch):
    tmp, good, bad = batch
    run = _cli("extract", tmp, "-f", "csv", "-o", tmp / "out.csv")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    # a directory holds known document types only: the .bin is not picked up
    assert len(run.stderr.strip().splitlines()) == len(bad) - 1 and "junk.bin" not in run.stderr
    assert "good.docx" not in run.stderr and "good" in (tmp / "out.csv").read_text(encoding="utf-8")


def test_unwritable_output_fails_before_any_work(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    missing = _cli("extract", DATA, "-o", tmp_path / "no" / "such" / "dir" / "out.jsonl")
    assert missing.returncode == 2 and "output directory does not exist" in missing.stderr
    under_file = _cli("build", "--data", DATA, "--out", blocker / "out")
    assert under_file.returncode == 2 and "Not a directory" in under_file.stderr
    dump = _cli("extract", DATA, "--dump-text", blocker / "text", "-o", tmp_path / "x.jsonl")
    assert dump.returncode == 2 and not (tmp_path / "x.jsonl").exists()
    assert "Traceback" not in missing.stderr + under_file.stderr + dump.stderr
