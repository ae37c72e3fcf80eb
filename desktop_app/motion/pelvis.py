"""Where the pelvis is as it rolls: on its own capsule, without slipping."""

from __future__ import annotations

import math

import numpy as np

# The back is soft: where the pelvis capsule's flat side meets the floor its support is rounded
# over this many radians of roll, instead of tipping from one edge to the other (which would
# jolt the body each time it passes face up or face down).
ROUNDING_RAD = 0.03
TABLE_STEPS = 4096


class PelvisPath:
    """The pelvis's centre and orientation for a roll angle theta.

    The centre's height is h(theta) = r + L |sin theta| for a capsule of radius r and half-length
    L, rounded as above. Rolling without slipping moves it sideways by dx = h dtheta, so x is
    the integral of h; a half roll travels pi r + 2 L.
    """

    def __init__(self, radius: float, half_length: float) -> None:
        self.radius, self.half_length = radius, half_length
        self._period = np.linspace(0.0, 2.0 * math.pi, TABLE_STEPS + 1)
        heights = self.height(self._period)
        steps = (heights[1:] + heights[:-1]) / 2.0 * np.diff(self._period)
        self._x_period = np.concatenate([[0.0], np.cumsum(steps)])
        self.per_turn = float(self._x_period[-1])

    def height(self, theta: np.ndarray) -> np.ndarray:
        s = np.sin(theta)
        return self.radius + self.half_length * np.sqrt(s * s + ROUNDING_RAD**2)

    def x(self, theta: np.ndarray) -> np.ndarray:
        turns = np.floor(theta / (2.0 * math.pi))
        rest = theta - turns * 2.0 * math.pi
        return turns * self.per_turn + np.interp(rest, self._period, self._x_period)

    def pose(self, theta_deg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Positions (n x 3) and MuJoCo quaternions (n x 4) of the pelvis for roll angles."""
        theta = np.radians(np.asarray(theta_deg, dtype=float))
        pos = np.zeros((theta.size, 3))
        pos[:, 0] = self.x(theta)
        pos[:, 2] = self.height(theta)
        quat = np.zeros((theta.size, 4))
        # Turning left is a rotation about +y (the body's long axis, towards the head).
        quat[:, 0] = np.cos(theta / 2.0)
        quat[:, 2] = np.sin(theta / 2.0)
        return pos, quat
