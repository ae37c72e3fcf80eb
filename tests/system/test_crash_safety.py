"""Kill a process in the middle of saving, restoring or pruning backups, again and
again: nothing saved is lost, the journal always opens, the backups stay a true record.
`make test` kills 5 times per test; `-m slow` (make test-package) 50 times."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.journal import backups
from desktop_app.journal.repository import Journal
from desktop_app.journal.service import JournalService
from tests.helpers import ROOT
from tests.helpers.builders import journal_with

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
KILL_COUNTS = [5, pytest.param(50, marks=pytest.mark.slow)]

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


@pytest.mark.parametrize("kills", KILL_COUNTS)
def test_sigkill_during_saves_never_loses_a_returned_save(tmp_path: Path, kills: int) -> None:
    data_dir = tmp_path / "data"
    Journal.open(data_dir).close()
    rng = random.Random(20261125)
    promised: set[int] = set()
    env = ENV
    for kill in range(kills):
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
    assert len(promised) > kills  # the kills really did land among saves


RESTORER = """
import sys
from pathlib import Path
from desktop_app.journal.service import JournalService
service = JournalService(Path(sys.argv[1]))
copies = sys.argv[2:]
print("ready", flush=True)
i = 0
while True:
    service.restore(Path(copies[i % len(copies)]))
    print("restored", copies[i % len(copies)], flush=True)
    i += 1
"""


def _killed_midway(script: str, args: list[str], rng: random.Random, low: float,
                   high: float) -> str:
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             text=True, env=ENV)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(low, high))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return out


@pytest.mark.parametrize("kills", KILL_COUNTS)
def test_sigkill_during_restores_leaves_one_whole_journal(tmp_path: Path, kills: int) -> None:
    data_dir = tmp_path / "data"
    sizes = {}
    copies = []
    for count in (3, 40):  # two copies to swap between: either may be there after a kill
        made = journal_with(tmp_path / f"copy{count}", count, backup=False)
        copies.append(str(made))
        sizes[count] = count
    journal_with(data_dir, 3)
    rng = random.Random(42)
    for kill in range(kills):
        _killed_midway(RESTORER, [str(data_dir), *copies], rng, 0.2, 1.2)
        result = JournalService(data_dir).open()
        assert result.journal is not None, f"after kill {kill + 1}: {result.problem}"
        assert result.journal.count() in sizes, f"after kill {kill + 1}"
        assert not result.journal.unreadable
        result.journal.close()
        assert not list(data_dir.glob(".journal.sqlite.restoring*")), f"after kill {kill + 1}"
        assert not list((data_dir / "backups").glob("*.partial*"))
        for info in backups.list_backups(data_dir):
            assert info.entries in sizes, f"after kill {kill + 1}: {info.path.name}"


def _order(name: str) -> int:
    return int(name.split("-n")[1].split("-")[0])


PRUNER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from desktop_app.journal import backups
path = Path(sys.argv[1]) / "journal.sqlite"
start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=400 * int(sys.argv[2]))
print("ready", flush=True)
for day in range(10_000):
    made = backups.backup_database(path, "daily", now=start + timedelta(hours=9 * day))
    print(made.name, flush=True)  # only once it is recorded and in place
"""


@pytest.mark.parametrize("kills", KILL_COUNTS)
def test_sigkill_during_pruning_keeps_the_record_true(tmp_path: Path, kills: int) -> None:
    data_dir = tmp_path / "data"
    journal_with(data_dir, 30, backup=False)
    rng = random.Random(7)
    for kill in range(kills):
        out = _killed_midway(PRUNER, [str(data_dir), str(kill)], rng, 0.3, 1.5)
        made = out.split()
        # The next start tidies up: no partial copy, a manifest that matches the files.
        backups.reconcile(data_dir)
        listed = backups.list_backups(data_dir)
        names = [info.path.name for info in listed]
        assert not list((data_dir / "backups").glob("*.partial*"))
        assert all(info.entries == 30 for info in listed), f"after kill {kill + 1}"
        assert all(backups.is_intact(info.path) for info in listed)
        if made:  # the newest copy reported made is there, or one made after it
            assert listed[0].order >= _order(made[-1]), f"after kill {kill + 1}"
            assert made[-1] in names or listed[0].path.name not in made
        on_disk = sorted(p.name for p in (data_dir / "backups").glob("journal-*.sqlite"))
        assert on_disk == sorted(names)
        backups.prune_backups(data_dir)
        assert len(backups.list_backups(data_dir)) <= backups.KEEP_DAILY + backups.KEEP_WEEKLY
