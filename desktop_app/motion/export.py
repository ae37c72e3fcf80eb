"""The pose export: frames of a step or part as plain JSON-ready data."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from desktop_app.motion.timeline import Part3Leader, Timeline, timeline

if TYPE_CHECKING:
    from desktop_app.choreography import Exercise
    from desktop_app.motion.body import Arms

AXES = {
    "x": "across the floor, positive = the person's left at the start",
    "y": "along the body, positive = towards the head",
    "z": "up from the floor",
}


def poses_document(
    exercise: Exercise,
    step_or_part_id: str,
    *,
    fps: float = 30.0,
    part3_leader: Part3Leader = "head",
    duration_s: float | None = None,
    arms: Arms | None = None,
    digits: int = 5,
) -> dict[str, Any]:
    """Frames at `fps` from t=0 to the end (the last frame is exactly at the end)."""
    if not (0.5 <= fps <= 240.0):
        raise ValueError(f"fps must be between 0.5 and 240, not {fps}")
    tl = timeline(
        exercise, step_or_part_id, part3_leader=part3_leader, duration_s=duration_s, arms=arms
    )
    return frames_document(exercise, tl, fps=fps, digits=digits)


def frames_document(
    exercise: Exercise, tl: Timeline, *, fps: float = 30.0, digits: int = 5
) -> dict[str, Any]:
    """The export of a timeline already made (the tests use it on an unsettled body)."""
    count = math.floor(tl.duration_s * fps + 1e-9)
    times = [i / fps for i in range(count + 1)]
    if tl.duration_s - times[-1] > 1e-9:
        times.append(tl.duration_s)
    frames = []
    for t in times:
        pose = tl.pose_at(t)
        frames.append(
            {
                "t": round(t, digits),
                "step": pose.step_id,
                "leading": pose.leading,
                "rotation_deg": {k: round(v, digits) for k, v in pose.rotation_deg.items()},
                "lateral_m": round(pose.lateral_m, digits),
                "status": pose.status,
                "joints": {name: [round(c, digits) for c in p] for name, p in pose.joints.items()},
            }
        )
    return {
        "exercise": exercise.id,
        "arms": tl.arms,
        "step": tl.target_id,
        "duration_s": round(tl.duration_s, digits),
        "direction": tl.direction,
        "part3_leader": tl.part3_leader if any(s.leader_choices for s in tl.steps) else None,
        "steps": [
            {
                "id": sid,
                "start_s": round(t0, digits),
                "end_s": round(t1, digits),
                "direction": exercise.step(sid).direction,
                "leader": list(exercise.step(sid).leader),
            }
            for sid, t0, t1 in tl.step_spans()
        ],
        "fps": fps,
        "axes": AXES,
        # The capsules the figure is made of, between joints of `joints`: lengths, floor contact
        # and collisions can be recomputed from the frames alone.
        "bones": [bone.as_json() for bone in tl.body.bones],
        "frames": frames,
    }
