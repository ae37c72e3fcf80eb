"""Kill a process in the middle of saving, restoring or pruning backups, again and
again: nothing saved is lost, the journal always opens, the backups stay a true record.
`make test` kills 5 times per test; `-m slow` (make test-package) 50 times.

The processes killed are forked from one server that has imported the journal's code once,
so a kill costs a fork rather than a Python start-up; and each kill waits for the work to
be under way (a number of saves, restores or backups reported) instead of a fixed time, so
it lands inside the work however loaded the machine is."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.journal import backups
from desktop_app.journal.service import JournalService
from tests.helpers import ROOT
from tests.helpers.builders import journal_with

KILL_COUNTS = [5, pytest.param(50, marks=pytest.mark.slow)]

# Reads "job<TAB>output file<TAB>args..." lines; forks a child running the job with its
# stdout in the output file and answers its pid; "reap<TAB>pid" waits for a killed child.
FORK_SERVER = r"""
import ctypes, os, signal, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.journal import backups
from desktop_app.journal.entry import EntryData
from desktop_app.journal.repository import Journal
from desktop_app.journal.service import JournalService


def save(data_dir, offset):
    journal = Journal.open(Path(data_dir))
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=int(offset))
    i = 0
    while True:
        print("saving", flush=True)
        saved = journal.add(EntryData(
            started_at=start + timedelta(seconds=i), duration_s=60 + i % 100,
            parts=frozenset({"part1"}), notes="x" * (i % 500),
        ))
        print(saved.id, flush=True)  # only after add() returned: the save is promised
        i += 1


def restore(data_dir, *copies):
    service = JournalService(Path(data_dir))
    i = 0
    while True:
        service.restore(Path(copies[i % len(copies)]))
        print("restored", copies[i % len(copies)], flush=True)
        i += 1


def prune(data_dir, offset):
    path = Path(data_dir) / "journal.sqlite"
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=400 * int(offset))
    for day in range(10_000):
        made = backups.backup_database(path, "daily", now=start + timedelta(hours=9 * day))
        print(made.name, flush=True)  # only once it is recorded and in place


JOBS = {"save": save, "restore": restore, "prune": prune}
children = set()
print("ready", flush=True)
for line in sys.stdin:
    job, *args = line.rstrip("\n").split("\t")
    if job == "reap":
        os.waitpid(int(args[0]), 0)
        children.discard(int(args[0]))
        print("reaped", flush=True)
        continue
    pid = os.fork()
    if pid == 0:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: never outlive the server
        out = os.open(args[0], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        JOBS[job](*args[1:])
        os._exit(0)
    children.add(pid)
    print(pid, flush=True)
for pid in children:  # the test ended early: nothing keeps running
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
"""


class ForkServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, "-c", FORK_SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self._answer() == "ready"
        self.runs = 0

    def _answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def _ask(self, *words: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write("\t".join(words) + "\n")
        self.process.stdin.flush()
        return self._answer()

    def kill_after(self, lines: int, rng: random.Random, job: str, *args: str) -> list[str]:
        """Run `job` in a child; once it has printed `lines` lines (its work is under way),
        wait a random moment up to a few milliseconds and kill it (SIGKILL). Its lines."""
        self.runs += 1
        out = self.folder / f"{job}-{self.runs}.out"
        pid = int(self._ask(job, str(out), *args))
        try:
            _wait_for_lines(out, lines)
            time.sleep(rng.uniform(0.0, 0.02))
        finally:
            os.kill(pid, signal.SIGKILL)
            assert self._ask("reap", str(pid)) == "reaped"
        return out.read_text().split("\n")[:-1]  # the last line may be cut off by the kill

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


def _wait_for_lines(path: Path, lines: int, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() or path.read_text().count("\n") < lines:
        assert time.monotonic() < deadline, f"{path.name}: fewer than {lines} lines in time"
        time.sleep(0.002)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    forks = ForkServer(tmp_path_factory.mktemp("forks"))
    yield forks
    forks.close()


@pytest.mark.parametrize("kills", KILL_COUNTS)
def test_sigkill_during_saves_never_loses_a_returned_save(tmp_path: Path, server: ForkServer,
                                                          kills: int) -> None:
    data_dir = tmp_path / "data"
    journal_with(data_dir, 0, backup=False)
    rng = random.Random(20261125)
    promised: set[int] = set()
    inside_a_save = 0
    for kill in range(kills):
        # 1 to 3 saves returned, and the next one begun: the kill lands during saves.
        out = server.kill_after(2 * rng.randint(1, 3) + 1, rng, "save", str(data_dir), str(kill))
        promised.update(int(line) for line in out if line != "saving")
        inside_a_save += out[-1] == "saving"
        conn = sqlite3.connect(data_dir / "journal.sqlite")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in conn.execute("SELECT id FROM entry")}
        finally:
            conn.close()
        missing = promised - stored
        assert not missing, f"after kill {kill + 1}: saves {sorted(missing)[:5]} were lost"
    assert len(promised) >= kills
    assert inside_a_save >= 1, "every kill fell between two saves: none tested a save"


@pytest.mark.parametrize("kills", KILL_COUNTS)
def test_sigkill_during_restores_leaves_one_whole_journal(tmp_path: Path, server: ForkServer,
                                                          kills: int) -> None:
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
        server.kill_after(rng.randint(0, 3), rng, "restore", str(data_dir), *copies)
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


@pytest.mark.parametrize("kills", KILL_COUNTS)
def test_sigkill_during_pruning_keeps_the_record_true(tmp_path: Path, server: ForkServer,
                                                      kills: int) -> None:
    data_dir = tmp_path / "data"
    journal_with(data_dir, 30, backup=False)
    rng = random.Random(7)
    for kill in range(kills):
        # Past 10 days' copies (about 27 at 9 hours apart) pruning has begun.
        made = server.kill_after(rng.randint(3, 40), rng, "prune", str(data_dir), str(kill))
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
