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


# The models gather `caption_de` and `[guidance.de]` into `translations`; the file
# spells them out, so the schema does too (each from its `*Texts` model).
_SUFFIXED = {"Exercise": "ExerciseTexts", "Part": "PartTexts", "Step": "StepTexts"}


def _as_written(schema: dict[str, Any]) -> None:
    definitions = schema["$defs"]
    for name, texts_name in _SUFFIXED.items():
        owner = schema if name == "Exercise" else definitions[name]
        owner["properties"].pop("translations", None)
        texts = definitions.pop(texts_name)
        patterns = owner.setdefault("patternProperties", {})
        for field, field_schema in texts["properties"].items():
            described = {key: value for key, value in field_schema.items() if key != "default"}
            described["description"] = (f"The {field.replace('_', ' ')} in another language "
                                        f"({field}_de: German).")
            patterns[f"^{field}_[a-z]{{2}}$"] = described
    guidance = definitions["Guidance"]
    guidance["properties"].pop("translations", None)
    guidance["patternProperties"] = {"^[a-z]{2}$": {
        "$ref": "#/$defs/GuidanceTexts",
        "description": "The guidance in another language ([guidance.de]: German).",
    }}


def exercise_json_schema() -> dict[str, Any]:
    schema = Exercise.model_json_schema()
    _as_written(schema)
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
