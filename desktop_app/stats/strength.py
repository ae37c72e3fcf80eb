"""Practice strength: a forgiving 0-100 % score of keeping to the target.

The habit score of Loop Habit Tracker (uhabits, `Score.compute`): each day the score
moves a step towards that day's completion,

    score = score * m + completion * (1 - m),   m = 0.5 ** (sqrt(frequency) / 13),

with frequency 1 (a daily habit), so a day's weight halves in 13 days. The completion
of a day is min(1, sessions / that day's target), like Loop's numerical habits. Paused
days are skipped (the score carries over unchanged), as Loop skips a SKIP day; so is
today until it has a session, since the day is not over. A few missed days after a long
run lower the score a little (3 missed days from 100 %: 85 %); a long gap lowers it a
lot (30 days: 20 %). The score starts at 0 on the day of the first session.
"""

from __future__ import annotations

import math

import numpy as np

MULTIPLIER = 0.5 ** (math.sqrt(1.0) / 13.0)


def daily_strength(sessions: np.ndarray, targets: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The score (0..1) at the end of each day.

    `sessions`: sessions per day; `targets`: that day's target; `counts`: whether the
    day counts (False for a paused day, or today before its first session).
    """
    score = 0.0
    keep = MULTIPLIER
    step = 1.0 - MULTIPLIER
    out = np.empty(sessions.size, dtype=np.float64)
    done = sessions.astype(np.float64).tolist()
    aims = targets.astype(np.float64).tolist()
    for day, counted in enumerate(counts.tolist()):
        if counted and aims[day] > 0:
            score = score * keep + min(1.0, done[day] / aims[day]) * step
        out[day] = score
    return out
