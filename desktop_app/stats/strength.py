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


BLOCK = 256  # days per block of the vectorised recurrence (m ** -BLOCK stays small)


def daily_strength(sessions: np.ndarray, targets: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The score (0..1) at the end of each day.

    `sessions`: sessions per day; `targets`: that day's target; `counts`: whether the
    day counts (False for a paused day, or today before its first session).

    The recurrence s[k] = m s[k-1] + (1 - m) v[k] over the counted days is summed in
    numpy, a block at a time: within a block, s = m^k (carry + (1 - m) cumsum(v m^-j)).
    Days that do not count keep the score of the day before.
    """
    aims = targets.astype(np.float64)
    counted = counts.astype(bool) & (aims > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.minimum(1.0, sessions.astype(np.float64) / np.where(counted, aims, 1.0))
    values = values[counted]
    scores = np.empty(values.size, dtype=np.float64)
    carry = 0.0
    for start in range(0, values.size, BLOCK):
        block = values[start:start + BLOCK]
        powers = MULTIPLIER ** np.arange(1, block.size + 1, dtype=np.float64)
        scores[start:start + block.size] = powers * (
            carry + (1.0 - MULTIPLIER) * np.cumsum(block / powers))
        carry = float(scores[start + block.size - 1])
    # Each day shows the score after the last counted day up to it (0 before any).
    index = np.cumsum(counted) - 1
    return np.where(index >= 0, scores[np.maximum(index, 0)] if scores.size else 0.0, 0.0)
