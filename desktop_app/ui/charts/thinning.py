"""Years of sessions drawn fast: series thinned or averaged down to about what the pixels
can show, with the same picture."""

from __future__ import annotations

import math

import numpy as np

# Above this many points a series is thinned to one point per value and ~pixel column:
# the ratings are whole numbers, so the picture is the same and setData stays fast.
MAX_POINTS = 2500
THIN_COLUMNS = 500
LINE_COLUMNS = 1000  # the daily rolling means are averaged down to about this many points


def block_mean(
    x: np.ndarray, y: np.ndarray, columns: int = LINE_COLUMNS
) -> tuple[np.ndarray, np.ndarray]:
    """`x`, `y` with runs of k consecutive values averaged, so that at most about
    `columns` points remain (a run with no value stays a gap)."""
    k = math.ceil(x.size / columns) if x.size > columns else 1
    if k == 1:
        return x, y
    n = x.size // k * k
    xs = x[:n].reshape(-1, k).mean(axis=1)
    block = y[:n].reshape(-1, k)
    known = ~np.isnan(block)
    counts = known.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        ys = np.where(counts > 0, np.where(known, block, 0.0).sum(axis=1) / counts, np.nan)
    if n < x.size:  # the last, shorter run
        xs = np.append(xs, x[n:].mean())
        rest = y[n:]
        ys = np.append(ys, np.nanmean(rest) if (~np.isnan(rest)).any() else np.nan)
    return xs, ys


def thin_points(
    t: np.ndarray, values: np.ndarray, span: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """At most one point per rating value in each of THIN_COLUMNS time columns of `span`,
    when there are more than MAX_POINTS; returns x, y and how many sessions each point
    stands for (None when nothing was thinned). Each point keeps its first session's time.
    """
    if t.size <= MAX_POINTS:
        return t, values, None
    width = max((span[1] - span[0]) / THIN_COLUMNS, 1.0)
    column = np.floor((t - span[0]) / width).astype(np.int64)
    key = column * 16 + values.astype(np.int64)
    _, first, counts = np.unique(key, return_index=True, return_counts=True)
    return t[first], values[first], counts
