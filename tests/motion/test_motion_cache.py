"""The motion cache's key: what moves the body is in it, what people read is not."""

from __future__ import annotations

from desktop_app.choreography import load_exercises
from desktop_app.motion.body import load_body
from desktop_app.motion.cache import motion_key
from desktop_app.motion.plan import plan


def _with_first_step(exercise, **changes):
    part = exercise.parts[0]
    step = part.steps[0].model_copy(update=changes)
    parts = (part.model_copy(update={"steps": (step, *part.steps[1:])}), *exercise.parts[1:])
    return exercise.model_copy(update={"parts": parts})


def test_texts_in_any_language_share_one_motion_but_a_pace_does_not() -> None:
    seed = load_exercises().exercises["middle_back_rolling"]
    body = load_body()

    def key(exercise) -> str:
        return motion_key(body, exercise, plan(exercise, "part1.1"), "overhead", True)

    reworded = _with_first_step(seed, caption="Another caption", note="A note",
                                canvas_note="Short")
    retitled = seed.model_copy(update={"title": "Another title", "translations": {}})
    slower = _with_first_step(seed, duration_s=seed.parts[0].steps[0].duration_s + 2.0)
    assert key(reworded) == key(seed) == key(retitled)
    assert key(slower) != key(seed)
    assert motion_key(body, seed, plan(seed, "part1.1"), "along_body", True) != key(seed)


def test_a_kept_motion_is_known_without_reading_it(tmp_path, monkeypatch) -> None:
    """The warm-up skips what is on disk already: `is_kept` looks, it does not read."""
    from desktop_app.motion import cache

    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    key = "0123456789abcdef01234567"
    assert not cache.is_kept(key)
    (tmp_path / f"{key}.npz").write_bytes(b"not read: only its being there counts")
    assert cache.is_kept(key)
    assert key not in cache._memory  # looked at, not loaded
