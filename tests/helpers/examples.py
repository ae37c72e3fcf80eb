"""How many examples a property test draws, scaled by the Hypothesis profile in use.

tests/conftest.py registers `dev` (the default, 50 examples) and `ci` (300, set by .ci/run
through HYPOTHESIS_PROFILE). A test that needs more than most asks for `examples(n)`: n at
Hypothesis' own default of 100, so half of it under `dev` and three times it under `ci`.
"""

from __future__ import annotations

from hypothesis import settings

HYPOTHESIS_DEFAULT = 100


def examples(n: int) -> int:
    return max(1, round(n * settings().max_examples / HYPOTHESIS_DEFAULT))
