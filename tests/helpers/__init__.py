"""What the tests share: builders of entries and journals, fakes, the seed exercise, running
the command line, finding widgets, and the checks on the body and on the screen.

Test modules import from here (never from each other); nothing outside tests/ imports it.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
# The zone of the `filled_journal` fixture's days (tests/conftest.py).
FILLED_TZ = ZoneInfo("Europe/Berlin")
