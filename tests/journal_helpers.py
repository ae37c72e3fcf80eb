"""Small builders shared by the journal tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

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


# --- running the command line and checking files ------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def journal_with(data_dir: Path, count: int, *, backup: bool = True) -> Path:
    """A journal of `count` sessions in `data_dir` (and one daily backup of it)."""
    from desktop_app.journal import backups
    from desktop_app.journal.repository import Journal

    journal = Journal.open(data_dir)
    early = datetime(2020, 1, 1, 7, 30, tzinfo=UTC)  # room for many before today
    journal.import_entries([session(i, started_at=early + timedelta(hours=12 * i, seconds=i))
                            for i in range(count)])
    if backup:
        backups.backup_database(journal.path, "daily")
    journal.close()
    return data_dir / "journal.sqlite"


def cli(
    *args: str, data_dir: Path | None = None, prefix: Sequence[str] = (),
    env: dict[str, str] | None = None, timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`rolling-journal ARGS` in a process of its own (its own locks, its own umask)."""
    command = [*prefix, sys.executable, "-m", "desktop_app", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: to show that nothing was touched."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "journal.lock"}


def without_file_privileges() -> list[str]:
    """A command prefix under which permissions bind this user too: nothing as an
    ordinary user; as root (CI containers), setpriv drops the capabilities that let
    root read and write any file. pytest.skip when that is not possible."""
    import pytest

    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]
