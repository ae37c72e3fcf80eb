"""Opening a journal on a PostgreSQL server: what the database holds (nothing yet, a
journal at a known revision, a newer one, or another program's tables), creating and
upgrading it with the same Alembic revisions as an SQLite file, and restoring a
snapshot into it. A database that is not a Rolling Journal one, or is at a revision
newer than this code, is refused and never altered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desktop_app.journal.health import FileState
from desktop_app.journal.schema import SCHEMA_REVISION, known_revisions, required_tables
from desktop_app.journal.server import ServerAddress, connection_failure, unreachable

if TYPE_CHECKING:
    from desktop_app.journal.repository import Journal


@dataclass(frozen=True)
class ServerInspection:
    state: FileState  # MISSING: no tables at all (a new database); OK, NEWER, FOREIGN
    reason: str = ""
    revision: str | None = None
    entries: int | None = None

    @property
    def usable(self) -> bool:
        return self.state is FileState.OK


def inspect_server(engine: sa.Engine, address: ServerAddress, *, count: bool = False
                   ) -> ServerInspection:
    """What the database holds, read without changing anything; ServerUnreachable when
    it cannot be reached."""
    try:
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if not tables:
                    return ServerInspection(FileState.MISSING)
                shown = ", ".join(sorted(tables)[:5]) + (" ..." if len(tables) > 5 else "")
                return ServerInspection(
                    FileState.FOREIGN, f"it holds tables of another program ({shown}) and no "
                    "Rolling Journal schema revision")
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if revision is None:
                return ServerInspection(FileState.FOREIGN,
                                        "its alembic_version table names no revision")
            if revision not in known_revisions():
                return ServerInspection(
                    FileState.NEWER, f"schema revision {revision}; this app knows up to "
                    f"{SCHEMA_REVISION}", revision)
            inspector = sa.inspect(conn)
            for table, columns in required_tables(revision).items():
                if table not in tables:
                    return ServerInspection(FileState.FOREIGN, f"the table {table} is missing",
                                            revision)
                have = {c["name"] for c in inspector.get_columns(table)}
                if not columns <= have:
                    missing = ", ".join(sorted(columns - have))
                    return ServerInspection(
                        FileState.FOREIGN, f"the table {table} lacks the columns {missing}",
                        revision)
            entries = None
            if count:
                entries = int(conn.exec_driver_sql(
                    "SELECT count(*) FROM entry WHERE deleted_at IS NULL").scalar() or 0)
            return ServerInspection(FileState.OK, "", revision, entries)
    except sa.exc.SQLAlchemyError as exc:
        if connection_failure(exc):
            raise unreachable(address, exc) from None
        raise


def create_or_upgrade(engine: sa.Engine, address: ServerAddress) -> None:
    """Bring the database to SCHEMA_REVISION (from nothing, or from an older revision)
    with the app's Alembic revisions, in one transaction; two computers doing it at
    once take turns (an advisory lock), and the second finds nothing left to do."""
    from desktop_app.journal.db import upgrade

    try:
        upgrade(engine, SCHEMA_REVISION)
    except sa.exc.SQLAlchemyError as exc:
        if connection_failure(exc):
            raise unreachable(address, exc) from None
        raise


def restore_snapshot(journal: Journal, snapshot: Path) -> int:
    """Replace everything in `journal` (either kind) with the snapshot's entries, pauses
    and targets, all or nothing; the number of entries it now holds."""
    from desktop_app.journal.importer import import_path

    import_path(journal.import_target(), snapshot, "json", replace=True,
                server=journal.server)
    return journal.count()


def server_folder(data_dir: Path, address: ServerAddress) -> Path:
    from desktop_app.journal.backups import snapshot_dir

    return snapshot_dir(data_dir, address.key)
