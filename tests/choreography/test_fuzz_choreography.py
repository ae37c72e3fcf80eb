"""Fuzz: a damaged exercise file ends in an exercise or a clear error naming the file,
never a crash. (That one broken file never stops the others: tests/test_choreography.py.)"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.choreography import (
    ChoreographyError,
    Exercise,
    default_animations_dir,
    load_exercise,
)
from tests.helpers.examples import examples

SOURCE = default_animations_dir() / "middle_back_rolling.toml"
LINES = SOURCE.read_text(encoding="utf-8").splitlines()
VALUES = st.sampled_from([
    '"left"', '"right"', '"sideways"', "0", "-3", "7.5", "1e309", "true", "[]", '["head"]',
    '["elbow"]', '"face_up"', '"face_down"', "{}", '""', '"part1.1"', "[1, 2]", "nan",
])


@st.composite
def damaged(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "value", "garbage", "duplicate"]))
        line = lines[index]
        if action == "delete":
            del lines[index]
        elif action == "value" and "=" in line:
            lines[index] = line.split("=", 1)[0] + "= " + draw(VALUES)
        elif action == "garbage":
            lines[index] = draw(st.text(max_size=30))
        else:
            lines.insert(index, line)
        if not lines:
            break
    return "\n".join(lines)


@settings(max_examples=examples(1000), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=damaged())
def test_damaged_files_load_or_fail_clearly(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz_exercise.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        exercise = load_exercise(path)
    except ChoreographyError as error:
        assert str(error).startswith("fuzz_exercise.toml")
        assert error.problem
    else:
        assert isinstance(exercise, Exercise)
        assert exercise.steps

