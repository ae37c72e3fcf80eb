"""Create a journal of N generated sessions (tools/sample_journal.py) in a data dir."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from desktop_app.journal.repository import Journal
from tools.sample_journal import generate_journal


def main() -> None:
    folder, wanted = Path(sys.argv[1]), int(sys.argv[2])
    # Twice a day, going back at most ~25 years; beyond that, more sessions a day.
    days = min(wanted // 2 + 30, 9000)
    per_day = max(2.0, wanted / days * 1.2)
    local_zone = datetime.now().astimezone().tzinfo
    assert local_zone is not None
    entries = generate_journal(days, seed=wanted, end=date.today(), tz=local_zone,
                               per_day=per_day)[-wanted:]
    journal = Journal.open(folder)
    journal.import_entries(entries)
    journal.close()
    print(f"{len(entries)} entries in {folder}", file=sys.stderr)


if __name__ == "__main__":
    main()
