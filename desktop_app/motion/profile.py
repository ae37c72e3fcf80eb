"""Time profiles: a trapezoidal velocity (constant speed mid-roll, smooth start and stop)."""

from __future__ import annotations

RAMP = 0.15


def trapezoid(s: float, r: float = RAMP) -> float:
    """Progress 0..1 at normalised time s; velocity ramps linearly over the first/last r."""
    if s <= 0.0:
        return 0.0
    if s >= 1.0:
        return 1.0
    norm = 2.0 * r * (1.0 - r)
    if s < r:
        return s * s / norm
    if s > 1.0 - r:
        rest = 1.0 - s
        return 1.0 - rest * rest / norm
    return (s - r / 2.0) / (1.0 - r)


def smoothstep(x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    return x * x * (3.0 - 2.0 * x)


def minimum_jerk(x: float) -> float:
    """0..1 with zero velocity and acceleration at both ends: how a calm reach moves."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    return x * x * x * (10.0 + x * (6.0 * x - 15.0))
