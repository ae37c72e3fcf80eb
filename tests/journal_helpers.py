"""Small builders shared by the journal tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.journal.entry import EntryData

BASE = datetime(2026, 11, 2, 7, 30, tzinfo=UTC)


def session(i: int = 0, **changes: object) -> EntryData:
    """A valid entry, `i` half-days after BASE."""
    data = EntryData(
        started_at=BASE + timedelta(hours=12 * i, seconds=i),
        duration_s=600 + i,
        parts=frozenset({"part1", "part2"} if i % 2 else {"part3"}),
        pain_before=(5 + i) % 11,
        pain_after=(3 + i) % 11,
        smoothness=1 + i % 5,
        right_part_led=("yes", "partly", "no", None)[i % 4],
        friend_checked=i % 3 == 0,
        friend_remark="head led nicely" if i % 3 == 0 else "",
        notes=f"session {i}\nsecond line, with a comma",
    )
    return data.with_changes(**changes)
