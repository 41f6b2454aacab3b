"""A record's JSONL line, written from its fields without model_dump, is json_line's byte for byte,
and json_line's (the C encoder made once) is json.dumps's."""
import json
from pathlib import Path

from extractor.api import extract_text
from extractor.models import Record
from extractor.outputs.export import json_line, record_line

SPEECH = Path(__file__).resolve().parent.parent / "data" / "zhoukou-2025-cppcc-speech.txt"


def test_the_lines_of_a_speech_are_json_lines():
    records = extract_text(SPEECH.read_text(encoding="utf-8"), "speech")
    assert len(records) > 10
    assert [record_line(r) for r in records] == [json_line(r) for r in records]
    assert [json_line(r) for r in records] == [json.dumps(r.model_dump(), ensure_ascii=False) + "\n" for r in records]


def test_odd_values_are_written_as_json_dumps_writes_them():
    record = extract_text("2025年全区生产总值增长5.8%。", "one")[0]
    odd = [{"value": float("nan"), "value_max": float("inf")}, {"magnitude": -0.0, "value": 1e16},
           {"text": 'a"\\\n\t\u2028\x00\x7fé', "start": 0, "end": 10, "section": "\ud800"},
           {"doc_year": None, "year": 2025}]
    for update in odd:
        changed = record.model_copy(update=update)
        assert record_line(changed) == json_line(changed), update
        assert json_line(changed) == json.dumps(changed.model_dump(), ensure_ascii=False) + "\n", update


def test_a_subclass_or_a_record_built_otherwise_is_written_by_json_line():
    class Mine(Record):
        pass

    record = extract_text("2025年全区生产总值增长5.8%。", "one")[0]
    mine = Mine.model_validate(record.model_dump())
    assert record_line(mine) == json_line(mine)
    built = Record.model_construct(**{k: record.__dict__[k] for k in reversed(list(record.__dict__))})
    assert record_line(built) == json_line(built)
