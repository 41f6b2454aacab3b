"""The committed JSON Schemas must match the models; regenerate with `extractor schemas`."""
from pathlib import Path

import pytest

from extractor.outputs.schema import MODELS, schema_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_is_current(name):
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(MODELS[name]), f"schemas/{name}.schema.json drifted: run `extractor schemas`"
