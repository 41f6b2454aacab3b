"""A cold one-document JSONL run: the work it leaves out, each checked in a fresh process (no timings)."""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEECH = REPO / "data" / "zhoukou-2025-cppcc-speech.txt"


def cold_run(before: str = "", after: str = "") -> str:
    """stderr of a fresh `extract SPEECH --format jsonl --out -`, with code run before and after main()."""
    code = (f"import sys\n{before}\n"
            "from extractor.cli import main\n"
            f"sys.argv = ['extractor', 'extract', {str(SPEECH)!r}, '--format', 'jsonl', '--out', '-']\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
            f"{after}\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.count("\n") > 10, done.stderr
    return done.stderr


def test_the_collector_is_frozen_last_at_exit():
    """Handlers run last registered first: one registered before main() sees what main() left."""
    err = cold_run(before="import atexit, gc\n"
                          "atexit.register(lambda: print('FROZEN', gc.get_freeze_count() > 0, file=sys.stderr))")
    assert "FROZEN True" in err
