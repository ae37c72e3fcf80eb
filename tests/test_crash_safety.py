"""Kill a process in the middle of saving, again and again: nothing saved is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.journal.repository import Journal

KILLS = 50
ROOT = Path(__file__).resolve().parents[1]

SAVER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from desktop_app.journal.entry import EntryData
from desktop_app.journal.repository import Journal

journal = Journal.open(Path(sys.argv[1]))
start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=int(sys.argv[2]))
print("ready", flush=True)
i = 0
while True:
    saved = journal.add(EntryData(
        started_at=start + timedelta(seconds=i), duration_s=60 + i % 100,
        parts=frozenset({"part1"}), notes="x" * (i % 500),
    ))
    print(saved.id, flush=True)  # only after add() returned: the save is promised
    i += 1
"""


def test_sigkill_during_saves_never_loses_a_returned_save(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Journal.open(data_dir).close()
    rng = random.Random(20261125)
    promised: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(data_dir), str(kill)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))  # lands anywhere inside a save
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        promised.update(int(line) for line in out.split())
        conn = sqlite3.connect(data_dir / "journal.sqlite")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in conn.execute("SELECT id FROM entry")}
        finally:
            conn.close()
        missing = promised - stored
        assert not missing, f"after kill {kill + 1}: saves {sorted(missing)[:5]} were lost"
    assert len(promised) > KILLS  # the kills really did land among saves
