"""The Python API: the README's example runs as written; files, folders and errors; typed DataFrames."""
import contextlib
import io
import os
import re
from pathlib import Path

import pandas as pd
import pytest

import extractor
from speech import SPEECH_RECORDS

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "data" / "zhoukou-2025-cppcc-speech.txt"


def test_the_readme_example_runs_as_written(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"### From Python\n.*?```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    printed = out.getvalue()
    assert "工业增加值 1800.0 亿元 2025" in printed
    assert "failed: 1 input(s) failed: data/missing.pdf: no such file" in printed
    assert re.search(r"zhoukou-2025-cppcc-speech\s+target\s+19\s+achievement\s+31", printed)


def test_to_dataframe_has_typed_columns():
    frame = extractor.to_dataframe(extractor.extract_file(SPEECH))
    types = frame.dtypes.map(str).to_dict()
    assert types["value"] == types["value_max"] == types["magnitude"] == "float64"
    assert types["year"] == "Int64" and types["start"] == types["end"] == "int64"
    for column in ("kind", "comparator", "doc", "unit", "rule", "trace_kind"):
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
    assert list(frame["kind"].cat.categories) == ["target", "achievement"]
    assert len(frame) == SPEECH_RECORDS and frame["value_max"].isna().any()
    assert len(extractor.to_dataframe([])) == 0


def test_errors_are_one_type(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(extractor.ExtractorError, match="empty file"):
        extractor.extract_file(tmp_path / "empty.txt")
    with pytest.raises(extractor.ExtractorError, match="rule file or directory not found"):
        extractor.extract_text("新增就业12万人。", rules=tmp_path / "none.toml")
    got = []
    with pytest.raises(extractor.ExtractorError, match="empty.txt: empty file"):
        for record in extractor.extract_paths([SPEECH, tmp_path], jobs=1):
            got.append(record)
    assert len(got) == SPEECH_RECORDS


def test_extract_paths_in_processes_gives_the_same_records():
    data = ROOT / "data"
    one = [r.model_dump() for r in extractor.extract_paths(data, jobs=1)]
    two = [r.model_dump() for r in extractor.extract_paths(str(data), jobs=2)]
    assert one == two and len(one) == sum(len(p.read_text(encoding="utf-8").splitlines()) for p in (ROOT / "tests" / "golden").glob("*.jsonl"))
    assert os.path.basename(os.fspath(SPEECH)).startswith(one[-1]["doc"])
