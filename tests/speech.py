"""The speech of data/ most tests read, and how many records its checked golden file holds."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "data" / "zhoukou-2025-cppcc-speech.txt"
SPEECH_RECORDS = len((ROOT / "tests" / "golden" / "zhoukou-2025-cppcc-speech.jsonl").read_text(encoding="utf-8").splitlines())
