"""Exercises as data: TOML files in animations/, validated, with no Qt."""

from __future__ import annotations

from desktop_app.choreography.loader import (
    ChoreographyError,
    LoadResult,
    default_animations_dir,
    load_exercise,
    load_exercises,
)
from desktop_app.choreography.models import (
    LEADER_PARTS,
    Direction,
    Exercise,
    Guidance,
    LeaderChoice,
    LeaderPart,
    Orientation,
    Part,
    Step,
)

__all__ = [
    "LEADER_PARTS",
    "ChoreographyError",
    "Direction",
    "Exercise",
    "Guidance",
    "LeaderChoice",
    "LeaderPart",
    "LoadResult",
    "Orientation",
    "Part",
    "Step",
    "default_animations_dir",
    "load_exercise",
    "load_exercises",
]
