"""Thinning the pain points of long ranges keeps every distinct rating visible."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.ui.charts.thinning import MAX_POINTS, THIN_COLUMNS, block_mean, thin_points
from tests.helpers.examples import examples


@settings(max_examples=examples(30), deadline=None)
@given(
    n=st.integers(1, 3 * MAX_POINTS),
    seed=st.integers(0, 2**31),
    span_days=st.integers(7, 4000),
)
def test_thin_points_keeps_one_point_per_value_and_column(n: int, seed: int,
                                                          span_days: int) -> None:
    rng = np.random.default_rng(seed)
    start = 1.7e9
    span = (start, start + span_days * 86400.0)
    t = np.sort(rng.uniform(span[0], span[1], n))
    values = rng.integers(0, 11, n).astype(np.float64)

    x, y, counts = thin_points(t, values, span)

    if n <= MAX_POINTS:
        assert counts is None and x is t and y is values
        return
    width = (span[1] - span[0]) / THIN_COLUMNS
    def keys(times: np.ndarray, vals: np.ndarray) -> list[tuple[int, int]]:
        return list(zip(np.floor((times - span[0]) / width).astype(int).tolist(),
                        vals.astype(int).tolist(), strict=True))

    assert sorted(keys(x, y)) == sorted(set(keys(t, values)))
    assert int(counts.sum()) == n
    assert set(zip(x.tolist(), y.tolist(), strict=True)) <= set(
        zip(t.tolist(), values.tolist(), strict=True))


@settings(max_examples=examples(30), deadline=None)
@given(n=st.integers(0, 5000), seed=st.integers(0, 2**31), gaps=st.floats(0, 0.9))
def test_block_mean_keeps_short_lines_and_averages_long_ones(n: int, seed: int,
                                                             gaps: float) -> None:
    rng = np.random.default_rng(seed)
    x = np.arange(n, dtype=np.float64) * 86400.0
    y = rng.uniform(0, 10, n)
    y[rng.uniform(0, 1, n) < gaps] = np.nan

    xs, ys = block_mean(x, y, columns=1000)

    if n <= 1000:
        assert xs is x and ys is y
        return
    k = -(-n // 1000)
    assert xs.size == -(-n // k) <= 1001
    for i in (0, xs.size // 2, xs.size - 1):
        chunk = y[i * k:(i + 1) * k]
        assert xs[i] == np.mean(x[i * k:(i + 1) * k])
        if np.isnan(chunk).all():
            assert np.isnan(ys[i])
        else:
            assert ys[i] == pytest.approx(np.nanmean(chunk))
