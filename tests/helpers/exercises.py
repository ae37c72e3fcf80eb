"""The seed exercise (animations/), loaded one way for every test, and a variant of it whose
steps have different paces."""

from __future__ import annotations

from functools import cache

from desktop_app.choreography import Exercise, LoadResult, load_exercises
from tests.helpers import ROOT

SEED_ID = "middle_back_rolling"
# The seed's exercise file paces every half roll at 10 s; these paces differ per step so
# that a plan or a panel which ignored a step's own pace would be caught.
UNEVEN_PACES = {"part1.1": 8.5, "part1.3": 8.5, "part3": 7.0}
UNEVEN_DEFAULT_PACE = 8.0


@cache
def seed_exercises() -> LoadResult:
    """Every exercise in animations/ (loaded once: the models are frozen)."""
    result = load_exercises(ROOT / "animations")
    assert result.errors == [], result.errors
    return result


def seed_exercise() -> Exercise:
    """The seed's exercise, the rolling exercise."""
    return seed_exercises().exercises[SEED_ID]


def uneven_pace_exercise() -> Exercise:
    """The seed exercise with Part 1's knee-led rolls at 8.5 s, Part 3 at 7 s, the rest at 8 s."""
    seed = seed_exercise()
    parts = tuple(
        part.model_copy(update={"steps": tuple(
            step.model_copy(update={"duration_s": UNEVEN_PACES.get(step.id, UNEVEN_DEFAULT_PACE)})
            for step in part.steps)})
        for part in seed.parts)
    return seed.model_copy(update={"parts": parts})
