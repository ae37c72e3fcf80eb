"""A big import: the journal's own against plain `csv` + `sqlite3.executemany`.

    import_child.py make FILE N      write an export-format CSV of N sessions
    import_child.py baseline FILE    plain: csv.reader rows straight into a new table
    import_child.py journal FILE     the app: a new journal, then JournalService.import_file

Each run is a fresh process; it prints one JSON line with its time and peak memory.
"""

from __future__ import annotations

import csv
import json
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# One session in 30 practised in friend mode: a friend's check of each of its rolls.
FRIEND_ROLLS = [{"step": f"part{p}.{r}", "led": "right" if (p + r) % 3 else "shoulders"}
                for p in (1, 2) for r in range(1, 5)]


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make(path: Path, count: int) -> None:
    """Sessions as the app exports them (every column, a UUID each), one every 12
    minutes from 2001 on (a million end in 2023), with the mix of ratings, remarks,
    two-line notes and friend's checks a journal has."""
    from desktop_app.journal.export import EXPORT_FIELDS, csv_cell
    from desktop_app.journal.ids import new_uuid

    start = datetime(2001, 1, 1, 7, 30, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_FIELDS)
        for i in range(count):
            record = {
                "started_at": (start + timedelta(minutes=12 * i, seconds=i % 60)).isoformat(),
                "duration_s": 300 + i % 900,
                "parts": ("part1;part2", "part3", "part1;part2;part3", "part2")[i % 4],
                "pain_before": (5 + i) % 11,
                "pain_after": None if i % 7 == 0 else (3 + i) % 11,
                "stopped_hurt": i % 53 == 0,
                "smoothness": 1 + i % 5,
                "right_part_led": ("yes", "partly", "no", None)[i % 4],
                "friend_checked": i % 3 == 0,
                "friend_remark": "head led nicely" if i % 3 == 0 else "",
                "notes": f"session {i}\nfelt looser, a bit stiff on the left" if i % 2 else "",
                "friend_rolls": FRIEND_ROLLS if i % 30 == 0 else [],
                "uuid": new_uuid(),
            }
            writer.writerow([csv_cell(record[name]) for name in EXPORT_FIELDS])


def baseline(path: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        conn = sqlite3.connect(Path(folder) / "plain.sqlite")
        with path.open(newline="", encoding="utf-8") as handle:
            rows = csv.reader(handle)
            header = next(rows)
            conn.execute(f"CREATE TABLE plain ({', '.join(header)})")
            conn.executemany(f"INSERT INTO plain VALUES ({', '.join('?' * len(header))})", rows)
        conn.commit()
        conn.close()
        seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_mib": _peak_mib()}


def journal(path: Path) -> dict[str, float]:
    from desktop_app.journal.service import JournalService

    with tempfile.TemporaryDirectory() as folder:
        service = JournalService(Path(folder))
        service.open_or_raise()
        t0 = time.perf_counter()
        result = service.import_file(path)
        seconds = time.perf_counter() - t0
        service.close()
    return {"seconds": seconds, "peak_mib": _peak_mib(), "added": result.added}


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "make":
        make(path, int(sys.argv[3]))
        print(json.dumps({"made": int(sys.argv[3])}))
    elif mode == "baseline":
        print(json.dumps(baseline(path)))
    else:
        print(json.dumps(journal(path)))


if __name__ == "__main__":
    main()
