"""What a journal file must hold, revision by revision, and which revisions exist.

Read without Alembic (a normal start never imports it): the revisions are the file
names in migrations/versions, in order.
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration in migrations/versions; tests/journal/test_migrations.py keeps them in step.
SCHEMA_REVISION = "0005_entry_version"
# From this revision on, a friend's checks of each roll, practice pauses and the daily
# target's history have tables of their own.
SCHEDULE_REVISION = "0003_practice_safety"
# From this revision on, entries carry a UUID and rows can be kept aside.
UUID_REVISION = "0004_entry_uuid"
# From this revision on, entries count their changes (edits from two computers).
VERSION_REVISION = "0005_entry_version"

DB_FILENAME = "journal.sqlite"
ENTRY_TABLE = "entry"
KEPT_ASIDE_TABLE = "entry_kept_aside"
FIRST_ENTRY_COLUMNS = frozenset({
    "id", "started_at", "duration_s", "part1", "part2", "part3", "pain_before",
    "pain_after", "stopped_hurt", "smoothness", "right_part_led", "friend_checked",
    "friend_remark", "notes", "created_at", "updated_at", "deleted_at",
})
KEPT_ASIDE_COLUMNS = frozenset({"id", "entry_id", "kept_at", "problem", "raw"})
SCHEDULE_TABLES: dict[str, frozenset[str]] = {
    "friend_check": frozenset({"id", "entry_id", "position", "step_id", "led"}),
    "practice_pause": frozenset({"id", "first_day", "last_day", "created_at", "updated_at"}),
    "daily_target": frozenset({"id", "effective_from", "sessions_per_day", "created_at"}),
}


def known_revisions() -> list[str]:
    """Revision ids shipped with this code, oldest first, read from the file names."""
    return sorted(p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def _at_least(revision: str, first: str) -> bool:
    revisions = known_revisions()
    return revisions.index(revision) >= revisions.index(first)


def has_uuids(revision: str) -> bool:
    return _at_least(revision, UUID_REVISION)


def has_versions(revision: str) -> bool:
    return _at_least(revision, VERSION_REVISION)


def has_schedule(revision: str) -> bool:
    return _at_least(revision, SCHEDULE_REVISION)


def required_tables(revision: str) -> dict[str, frozenset[str]]:
    """Table -> the columns it must have at `revision` (more are tolerated: a later
    migration in a branch not merged yet may add some)."""
    tables = {ENTRY_TABLE: FIRST_ENTRY_COLUMNS}
    if has_schedule(revision):
        tables.update(SCHEDULE_TABLES)
    if has_uuids(revision):
        tables[ENTRY_TABLE] = FIRST_ENTRY_COLUMNS | {"uuid"}
        tables[KEPT_ASIDE_TABLE] = KEPT_ASIDE_COLUMNS
    if has_versions(revision):
        tables[ENTRY_TABLE] = tables[ENTRY_TABLE] | {"version"}
    return tables
