"""The exercise file format as JSON Schema, for editors (Taplo reads `#:schema` headers).

Regenerate after changing the models:
    .venv/bin/python -m desktop_app.choreography.schema
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.choreography.loader import default_animations_dir
from desktop_app.choreography.models import Exercise

SCHEMA_NAME = "exercise.schema.json"


def exercise_json_schema() -> dict[str, Any]:
    schema = Exercise.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Rolling Journal exercise"
    schema["description"] = (
        "One exercise: guidance texts and parts made of steps (rolls). Directions are the "
        "person's own left/right, naming the way the head, face and chest turn."
    )
    return schema


def schema_text() -> str:
    return json.dumps(exercise_json_schema(), indent=2, sort_keys=True) + "\n"


def write_schema(folder: Path | None = None) -> Path:
    folder = (default_animations_dir() if folder is None else folder) / "schema"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SCHEMA_NAME
    path.write_text(schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_schema())
