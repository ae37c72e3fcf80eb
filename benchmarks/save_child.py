"""Median time of saving one entry through the repository (WAL, synchronous=FULL), or
into a journal on a PostgreSQL server (`save_child.py N URL`)."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.journal.entry import EntryData
from desktop_app.journal.service import JournalService


def main() -> None:
    url = sys.argv[2] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as folder:
        service = JournalService(Path(folder), database_url=url)
        journal = service.open_or_raise()
        start = datetime(2026, 1, 1, 8, tzinfo=UTC)
        times = []
        for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 300):
            data = EntryData(
                started_at=start + timedelta(hours=12 * i), duration_s=600,
                parts=frozenset({"part1", "part2"}), pain_before=4, pain_after=2,
                smoothness=4, right_part_led="yes", notes="benchmark entry",
            )
            t0 = time.perf_counter()
            journal.add(data)
            times.append((time.perf_counter() - t0) * 1000)
        service.close()
    print(json.dumps({"save_ms_median": statistics.median(times)}))


if __name__ == "__main__":
    main()
