"""Simulated motions kept in memory and on disk, so a step is simulated once per machine.

The key covers everything a motion depends on: the body model and its poses, the exercise as
loaded (without its texts), the step or part, who leads Part 3, the arms and this code's
version. A damaged or foreign cache file is simply simulated again and replaced; the cache
never holds anything that cannot be recomputed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.motion.simulate import Motion, simulate

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.choreography import Exercise
    from desktop_app.motion.body import Arms, BodyModel
    from desktop_app.motion.plan import Plan

# Bump when the simulation or the plan change in a way the key cannot see; the source of the
# modules below is part of the key too, so editing them never reuses an old motion.
MOTION_VERSION = "1"
KEYED_MODULES = ("plan.py", "simulate.py", "resting.py", "pelvis.py", "body.py", "profile.py")
CACHE_ENV = "ROLLING_JOURNAL_CACHE"
MEMORY_ITEMS = 24

log = logging.getLogger(__name__)
_memory: OrderedDict[str, Motion] = OrderedDict()
_lock = threading.Lock()


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return platformdirs.user_cache_path("rolling-journal", appauthor=False) / "motion"


@functools.cache
def _code_digest() -> str:
    digest = hashlib.sha256(MOTION_VERSION.encode("ascii"))
    folder = Path(__file__).resolve().parent
    for name in KEYED_MODULES:
        try:
            digest.update((folder / name).read_bytes())
        except OSError:
            # A frozen bundle keeps no sources: its version stands for them.
            from desktop_app import __version__

            digest.update(__version__.encode("ascii"))
    return digest.hexdigest()


# What people read, in any language, moves nothing: an exercise differing only in these is
# the same motion (a German caption must not simulate the body again).
TEXT_FIELDS = frozenset({"title", "intro", "caption", "note", "canvas_note", "guidance",
                         "translations"})


def _movement(value: object) -> object:
    """The exercise as loaded, without the texts: only what the body's movement depends on."""
    if isinstance(value, dict):
        return {k: _movement(v) for k, v in value.items() if k not in TEXT_FIELDS}
    if isinstance(value, list | tuple):
        return [_movement(v) for v in value]
    return value


def motion_key(body: BodyModel, exercise: Exercise, plan: Plan, arms: Arms, settle: bool) -> str:
    digest = hashlib.sha256()
    for part in (
        _code_digest(),
        body.fingerprint,
        json.dumps(_movement(exercise.model_dump(mode="json")), sort_keys=True),
        plan.target_id,
        plan.part3_leader,
        arms,
        "settled" if settle else "puppet",
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:24]


def cached_motion(key: str) -> Motion | None:
    """The motion for `key` if it is already in memory or on disk, without simulating."""
    with _lock:
        found = _memory.get(key)
        if found is not None:
            _memory.move_to_end(key)
            return found
    found = _read(_path(key))
    if found is not None:
        _remember(key, found)
    return found


def _path(key: str) -> Path:
    """Where the motion for `key` is kept on disk."""
    return cache_dir() / f"{key}.npz"


def is_kept(key: str) -> bool:
    """True when the motion for `key` is in memory or on disk (without reading it)."""
    with _lock:
        if key in _memory:
            return True
    return _path(key).is_file()


def motion_for(
    body: BodyModel,
    exercise: Exercise,
    plan: Plan,
    arms: Arms,
    *,
    settle: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> Motion:
    key = motion_key(body, exercise, plan, arms, settle)
    found = cached_motion(key)
    if found is not None:
        return found
    with _key_lock(key):
        found = cached_motion(key)
        if found is not None:
            return found
        motion = simulate(body, plan, arms=arms, settle=settle, cancelled=cancelled)
        _remember(key, motion)
        _write(_path(key), motion)
        return motion


@functools.lru_cache(maxsize=64)
def _key_lock(key: str) -> threading.Lock:
    # Two threads asking for the same motion wait for one simulation, not two.
    return threading.Lock()


def _remember(key: str, motion: Motion) -> None:
    with _lock:
        _memory[key] = motion
        _memory.move_to_end(key)
        while len(_memory) > MEMORY_ITEMS:
            _memory.popitem(last=False)


def _read(path: Path) -> Motion | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            qpos = np.asarray(data["qpos"], dtype=float)
            sample_dt = float(data["sample_dt"])
            settled = bool(data["settled"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError) as exc:
        log.info("motion cache %s unreadable (%s): simulating again", path, exc)
        return None
    if qpos.ndim != 2 or not np.isfinite(qpos).all() or sample_dt <= 0.0:
        return None
    return Motion(sample_dt, qpos, settled)


def _write(path: Path, motion: Motion) -> None:
    """Atomically, and quietly: a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".motion-", suffix=".npz")
        try:
            with os.fdopen(fd, "wb") as handle:
                np.savez(
                    handle,
                    qpos=motion.qpos,
                    sample_dt=np.float64(motion.sample_dt),
                    settled=np.bool_(motion.settled),
                )
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.info("motion cache not written to %s: %s", path, exc)
