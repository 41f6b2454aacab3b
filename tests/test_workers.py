"""Worker processes: one killed costs only its document; none outlives the run; Ctrl-C is one line."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor import batch as batch_module
from extractor.batch import Batch, Settings, run
from extractor.rulepack import load_rules
from speech import SPEECH_RECORDS

REPO = Path(__file__).resolve().parents[1]
SPEECH = REPO / "data" / "zhoukou-2025-cppcc-speech.txt"


def test_a_worker_killed_costs_only_its_document(tmp_path, monkeypatch):
    """The OOM killer taking one worker (a Word zip bomb) used to lose the whole batch."""
    files = []
    for i in range(8):
        path = tmp_path / ("die.txt" if i == 3 else f"doc{i}.txt")
        path.write_bytes(SPEECH.read_bytes())
        files.append(path)
    real = batch_module._extract

    def extract(task, *args):  # forked workers see this
        if "die" in str(task[0] if isinstance(task, tuple) else task):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(task, *args)

    monkeypatch.setattr(batch_module, "_extract", extract)
    batch = Batch()
    results = list(run(files, batch, Settings(load_rules()), jobs=2))
    assert [r.doc for r in results] == [f"doc{i}" for i in range(8) if i != 3]
    assert all(len(r.records) == SPEECH_RECORDS for r in results)
    assert len(batch.failures) == 1 and "die.txt" in batch.failures[0] and "killed" in batch.failures[0]


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def busy_run(tmp_path):
    """A run of two large documents on two workers, started in its own session, once both
    workers are at work."""
    text = SPEECH.read_text(encoding="utf-8") * 400  # about 5 MB each: seconds of work
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", str(tmp_path / "a.txt"),
                             str(tmp_path / "b.txt"), "-j", "2", "-o", str(out / "r.jsonl")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, text=True)
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert len(workers) >= 2 and proc.poll() is None
    time.sleep(0.5)
    yield proc, workers, out
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    for pid in workers:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def _gone(pids: list[int], seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(_alive(p) for p in pids)


def test_ctrl_c_prints_one_line_and_leaves_nothing_behind(busy_run):
    proc, workers, out = busy_run
    os.killpg(proc.pid, signal.SIGINT)  # a terminal sends it to the whole group
    _, err = proc.communicate(timeout=60)
    assert err == "error: interrupted\n" and proc.returncode == 130
    assert _gone(workers) and list(out.iterdir()) == []


def test_sigterm_stops_the_run_and_its_workers(busy_run):
    proc, workers, out = busy_run
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert err == "error: terminated\n" and proc.returncode == 143
    assert _gone(workers) and list(out.iterdir()) == []


def test_workers_die_with_their_parent(busy_run):
    """SIGKILL of the main process: no worker is left holding a pipe open."""
    proc, workers, _ = busy_run
    proc.kill()
    proc.wait(timeout=60)
    assert _gone(workers)
