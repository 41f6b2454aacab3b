"""JSON Schemas of the output models, committed under schemas/ so drift is visible."""
import json
from pathlib import Path

from ..analysis.diff import DiffRow
from ..models import Record

MODELS = {"record": Record, "diff_row": DiffRow}


def schema_text(model) -> str:
    return json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, model in MODELS.items():
        path = directory / f"{name}.schema.json"
        path.write_text(schema_text(model), encoding="utf-8")
        paths.append(path)
    return paths
