"""Where outputs go: devices and FIFOs written, not replaced; symlinks written through; outputs
that would overwrite or land among the inputs refused; good outputs never emptied by a bad run."""
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SPEECH = DATA / "zhoukou-2025-cppcc-speech.txt"


def cli(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=os.environ | {"COLUMNS": "400"})


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_is_written_not_replaced(tmp_path):
    """--out /dev/null as root used to rename a regular file onto the device node."""
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the same device as /dev/null
    for fmt in ("jsonl", "csv", "xlsx"):
        run = cli("extract", SPEECH, "-o", null, "-f", fmt)
        assert run.returncode == 0, run.stderr
        assert stat.S_ISCHR(null.stat().st_mode) and null.stat().st_rdev == os.makedev(1, 3)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


def test_a_fifo_is_written_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = cli("extract", SPEECH, "-o", fifo)
    reader.join(60)
    if reader.is_alive():  # nothing opened the FIFO: let the reader go
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert run.returncode == 0, run.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].count(b"\n") > 40


def test_dev_stdout_is_written_directly():
    run = cli("extract", SPEECH, "-o", "/dev/stdout")
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("\n") > 40


def test_a_symlink_is_written_through_to_its_target(tmp_path):
    target = tmp_path / "real" / "records.jsonl"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "records.jsonl"
    link.symlink_to(target)
    run = cli("extract", SPEECH, "-o", link)
    assert run.returncode == 0, run.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").count("\n") > 40


def test_out_that_is_an_input_is_refused(tmp_path):
    doc = tmp_path / "speech.txt"
    doc.write_bytes(SPEECH.read_bytes())
    for args in (("extract", doc, "-o", doc), ("extract", tmp_path, "-o", doc, "-f", "jsonl"),
                 ("report", doc, "-o", doc)):
        run = cli(*args)
        assert run.returncode == 2 and "is one of the inputs" in run.stderr, run.stderr
    assert doc.read_bytes() == SPEECH.read_bytes()


def test_dump_text_into_an_input_folder_is_refused(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_bytes(SPEECH.read_bytes())
    for dump in (folder, folder / "text"):
        run = cli("extract", folder, "--dump-text", dump, "-o", tmp_path / "r.jsonl")
        assert run.returncode == 2 and "which documents are read from" in run.stderr
    # beside a file named alone: its text would replace speech.txt
    (folder / "speech.docx").write_bytes(b"")
    run = cli("extract", folder / "speech.docx", "--dump-text", folder, "-o", tmp_path / "r.jsonl")
    assert run.returncode == 2 and "the folder of the input" in run.stderr
    assert not (tmp_path / "r.jsonl").exists() and not (folder / "text").exists()
    assert (folder / "speech.txt").read_bytes() == SPEECH.read_bytes()


def test_build_out_inside_data_is_refused(tmp_path):
    for out in (DATA, DATA / "out"):
        run = cli("build", "--data", DATA, "--out", out)
        assert run.returncode == 2 and "which documents are read from" in run.stderr
    assert not (DATA / "out").exists() and not (DATA / "records.jsonl").exists()


def test_out_a_directory_is_a_usage_error_before_any_work(tmp_path):
    run = cli("extract", tmp_path / "missing.txt", "-o", tmp_path)
    assert run.returncode == 2 and "is a directory" in run.stderr and "missing.txt" not in run.stderr


def test_an_output_where_no_file_can_be_made_is_a_usage_error_before_any_work(tmp_path):
    """/proc exists and os.access says root may write in it, yet no file can be made there: a run
    as root used to do its work and end in 'unexpected FileNotFoundError'."""
    for args in (("extract", SPEECH, "-o", "/proc/records.jsonl"), ("diff", SPEECH, SPEECH, "-o", "/proc/diff.xlsx"),
                 ("build", "--out", "/proc", "-q")):
        run = cli(*args)
        assert run.returncode == 2 and "--out" in run.stderr and "/proc" in run.stderr, run.stderr
        assert "unexpected" not in run.stderr


def test_an_output_of_a_long_name_is_written(tmp_path):
    """The hidden .part file beside an output keeps some of its name: of a name of 250 characters it was too long."""
    out = tmp_path / ("记" * 60 + "a" * 60 + ".jsonl")  # 246 bytes, within the 255 a name may have
    run = cli("extract", SPEECH, "-o", out)
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8").count("\n") > 40 and [p.name for p in tmp_path.iterdir()] == [out.name]


def test_writing_where_no_file_can_be_made_says_so():
    """The library's writer, called without the command line's check, raises the error a user reads."""
    from extractor.errors import ExtractorError
    from extractor.outputs.export import atomic_output

    with pytest.raises(ExtractorError, match="/proc/records.jsonl: output is not writable"):
        with atomic_output("/proc/records.jsonl") as fh:
            fh.write("never\n")


def test_a_full_disk_is_an_error_that_names_the_output():
    """/dev/full fails every write as a full disk does: it used to end in 'unexpected OSError', and
    an Excel file besides in a traceback as Python exited (the half-written zip closed again)."""
    for fmt in ("jsonl", "csv", "xlsx"):
        run = cli("extract", SPEECH, "-o", "/dev/full", "-f", fmt)
        assert run.returncode == 1, run.stderr
        assert run.stderr == "error: /dev/full: cannot write (No space left on device)\n", run.stderr
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "extractor", "extract", str(SPEECH)], stdout=full,
                             stderr=subprocess.PIPE, text=True, cwd=REPO)
    assert run.returncode == 1 and run.stderr == "error: cannot write the output (No space left on device)\n", run.stderr


def test_an_empty_path_is_a_usage_error_not_the_working_directory(tmp_path):
    (tmp_path / "speech.txt").write_bytes(SPEECH.read_bytes())
    run = cli("extract", "", cwd=tmp_path)
    assert run.returncode == 2 and "empty path" in run.stderr and run.stdout == ""


def test_a_bad_run_leaves_good_outputs_as_they_were(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    (data / "speech.txt").write_bytes(SPEECH.read_bytes())
    assert cli("build", "--data", data, "--out", out, "-q").returncode == 0
    assert cli("extract", data, "-o", tmp_path / "r.csv").returncode == 0
    before = {p.name: p.read_bytes() for p in [*out.iterdir(), tmp_path / "r.csv"]}
    (data / "speech.txt").write_bytes(b"")  # all bad
    for run in (cli("build", "--data", data, "--out", out, "-q"), cli("extract", data, "-o", tmp_path / "r.csv")):
        assert run.returncode == 1 and "left as it was" in run.stderr and "Traceback" not in run.stderr
    (data / "speech.txt").unlink()  # empty
    assert cli("build", "--data", data, "--out", out, "-q").returncode == 1
    after = {p.name: p.read_bytes() for p in [*out.iterdir(), tmp_path / "r.csv"]}
    assert after == before and not [p for p in tmp_path.rglob("*.part")]


def test_jobs_is_capped_at_the_number_of_documents(tmp_path, monkeypatch):
    import concurrent.futures

    from extractor.batch import Batch, Settings, run
    from extractor.rulepack import load_rules

    sizes = []

    class Counting(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers=None, *args, **kwargs):
            sizes.append(max_workers)
            super().__init__(max_workers, *args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Counting)
    files = sorted(DATA.glob("*.txt"))
    assert len(list(run(files, Batch(), Settings(load_rules()), jobs=64))) == len(files)
    assert sizes == [len(files)]
