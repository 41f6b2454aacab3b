"""Batches at scale: parallel output identical to serial, streaming, light JSONL path, Parquet, progress."""
import concurrent.futures
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from extractor import batch as batch_module
from extractor.batch import Batch, Settings, inputs, run
from extractor.rulepack import load_rules
from extractor.reading import expand_paths

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
CORPUS = REPO.parent / "shared" / "corpus"
SPEECH = DATA / "zhoukou-2025-cppcc-speech.txt"


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], cwd=REPO, capture_output=True, **kw)


def test_jobs_1_and_2_give_byte_identical_jsonl():
    inputs = [str(DATA)] + sorted(str(p) for p in CORPUS.glob("*.txt"))
    assert len(inputs) > 10, "the development corpus is missing"
    one = cli("extract", *inputs, "--jobs", "1")
    two = cli("extract", *inputs, "--jobs", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout.count(b"\n") > 1000
    assert one.stdout == two.stdout


def test_jsonl_on_one_speech_imports_no_spreadsheet_library():
    code = (
        "import sys\n"
        "from extractor.cli import main\n"
        f"sys.argv = ['extractor', 'extract', {str(SPEECH)!r}, '--format', 'jsonl', '--out', '-']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "heavy = sorted(m for m in ('pandas', 'openpyxl', 'pyarrow', 'jinja2') if m in sys.modules)\n"
        "print('HEAVY', heavy, 'EXIT', code, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert "HEAVY [] EXIT 0" in done.stderr, done.stderr
    assert json.loads(done.stdout.splitlines()[0])["doc"] == SPEECH.stem


def test_serial_run_reads_documents_only_as_results_are_consumed(tmp_path, monkeypatch):
    for i in range(5):
        (tmp_path / f"doc{i}.txt").write_text(SPEECH.read_text(encoding="utf-8"), encoding="utf-8")
    reads = []
    real = batch_module.read_document
    monkeypatch.setattr(batch_module, "read_document", lambda p, *args: reads.append(p) or real(p, *args))
    results = run(inputs([str(tmp_path)])[0], Batch(), Settings(load_rules()), jobs=1)
    assert reads == []
    first = next(results)
    assert first.doc == "doc0" and len(reads) == 1
    assert [r.doc for r in results] == ["doc1", "doc2", "doc3", "doc4"]


def test_parallel_run_keeps_only_a_few_documents_in_flight(tmp_path, monkeypatch):
    paths = []
    for i in range(40):
        path = tmp_path / f"doc{i:02d}.txt"
        path.write_text(f"2024年全市新增企业{i + 1}家。\n", encoding="utf-8")
        paths.append(str(path))
    submitted = []

    class Counting(concurrent.futures.ProcessPoolExecutor):
        def submit(self, fn, *args, **kwargs):
            submitted.append(args)
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Counting)
    results = run([Path(p) for p in paths], Batch(), Settings(load_rules()), jobs=2)
    first = next(results)
    assert first.doc == "doc00"
    assert len(submitted) <= 8  # a window of 4 per worker, not the whole list
    rest = list(results)
    assert [r.doc for r in rest] == [f"doc{i:02d}" for i in range(1, 40)]
    assert [r.records[0].value for r in [first] + rest] == [float(i + 1) for i in range(40)]


def test_parallel_run_reports_failures_in_input_order(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SPEECH.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    batch = Batch()
    results = list(run([tmp_path / "missing.txt", tmp_path / "empty.txt", good], batch, Settings(load_rules()), jobs=2))
    assert [r.doc for r in results] == ["good"]
    assert len(batch.failures) == 2
    assert "missing.txt" in batch.failures[0] and "empty.txt" in batch.failures[1]


def test_parquet_is_a_typed_table_with_the_jsonl_records(tmp_path):
    import pyarrow.parquet as pq
    out = tmp_path / "records.parquet"
    done = cli("extract", str(DATA), "--format", "parquet", "--out", str(out), "--jobs", "1")
    assert done.returncode == 0, done.stderr
    table = pq.read_table(out)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["value"] == "double" and types["year"] == "int32" and types["start"] == "int64"
    assert types["indicator"] == "string"
    jsonl = [json.loads(line) for line in cli("extract", str(DATA), "--jobs", "1").stdout.splitlines()]
    assert table.to_pylist() == jsonl


def test_parquet_without_pyarrow_says_how_to_install_it(tmp_path):
    code = ("import sys; sys.modules['pyarrow'] = None\n"
            "from extractor.cli import main\n"
            f"sys.argv = ['extractor', 'extract', {str(SPEECH)!r}, '-f', 'parquet', '-o', {str(tmp_path / 'r.parquet')!r}]\n"
            "main()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1
    assert "pip install pyarrow" in done.stderr and "pip install -e '.[parquet]'" in done.stderr
    assert not list(tmp_path.iterdir())


def test_parquet_to_stdout_is_a_usage_error():
    done = cli("extract", str(SPEECH), "--format", "parquet")
    assert done.returncode == 2
    assert b"--out" in done.stderr


def _stderr_on_a_terminal(*args: str) -> str:
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", *args], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed: the process is gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal_and_not_with_quiet(tmp_path):
    args = ("extract", str(DATA), "--out", str(tmp_path / "r.jsonl"))
    shown = _stderr_on_a_terminal(*args)
    n = len(expand_paths([str(DATA)]))
    assert f"{n}/{n}" in shown and "records" in shown and "chars/s" in shown
    assert _stderr_on_a_terminal(*args, "--quiet") == ""
    piped = cli(*args)
    assert piped.returncode == 0 and piped.stderr == b""


def test_bench_times_the_cold_start_of_the_document_asked(tmp_path):
    tiny = tmp_path / "tiny-speech.txt"
    tiny.write_text("全市生产总值增长5%。", encoding="utf-8")
    done = cli("bench", str(SPEECH), "--passes", "1", "--records", "", "--cold", str(tiny), text=True)
    assert done.returncode == 0, done.stderr
    assert "| cold `extract tiny-speech.txt --format jsonl --out -` |" in done.stdout
    missing = cli("bench", str(SPEECH), "--cold", str(tmp_path / "none.txt"), text=True)
    assert missing.returncode == 1 and "no such file (--cold)" in missing.stderr and "Traceback" not in missing.stderr


def test_bench_prints_every_section(tmp_path):
    done = cli("bench", str(SPEECH), "--passes", "1", "--records", "50", "--synthetic-mb", "0.1",
               "--hostile-mb", "0.01", "--large-mb", "0.08", "--jobs", "1", text=True)
    assert done.returncode == 0, done.stderr
    for heading in ("extraction / bare scan", "cold extract / cold import", "| normalise |",
                    "| jsonl |", "| xlsx |", "| text, 0.01 MB as one document |", "| 新增×400 before a value |",
                    "| web page: <a repeated (read only) |", "| one document of |", "| 0.08 MB |",
                    "streamed JSONL run", "peak memory"):
        assert heading in done.stdout
    # a real speech after junk keeps all its records
    kept = re.search(r"\((\d+) of the document's (\d+) records\)", done.stdout)
    assert kept and kept.group(1) == kept.group(2) != "0"
