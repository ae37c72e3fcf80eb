"""`rolling-journal copy`: a whole journal from an SQLite file to a server or back, all
or nothing, checked afterwards by counting and by comparing the two exports.

The target must be empty unless merging (`merge`: entries whose UUID is already there
are skipped, as an import does). The copy goes in one transaction; if the check then
finds the two journals differ, the target is put back as it was (emptied, or restored
from the copy taken before a merge) and the copy fails with a message.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.journal.errors import JournalError

if TYPE_CHECKING:
    from desktop_app.journal.repository import Journal
    from desktop_app.journal.service import JournalService


class CopyRefused(JournalError):
    """The copy was not made (a non-empty target, a check that failed); nothing changed."""


@dataclass(frozen=True)
class Contents:
    entries: int
    pauses: int
    targets: int

    def __str__(self) -> str:
        return (f"{self.entries} session(s), {self.pauses} practice pause(s), "
                f"{self.targets} daily target change(s)")


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    added: int
    skipped: int
    source_counts: Contents
    target_counts: Contents
    identical: bool  # the exports (every entry, pause and target) are the same

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "added": self.added,
                "skipped": self.skipped, "source_entries": self.source_counts.entries,
                "target_entries": self.target_counts.entries,
                "source_pauses": self.source_counts.pauses,
                "target_pauses": self.target_counts.pauses,
                "source_targets": self.source_counts.targets,
                "target_targets": self.target_counts.targets,
                "identical": self.identical}


def contents(journal: Journal) -> Contents:
    return Contents(journal.count(), len(journal.pauses()), len(journal.target_changes()))


def export_document(journal: Journal) -> dict[str, Any]:
    """What an export holds, in an order that does not depend on row ids or on when
    it was written: for comparing two journals."""
    entries = sorted(journal.export_records(),
                     key=lambda r: (str(r.get("started_at")), str(r.get("uuid"))))
    return {"entries": entries,
            "pauses": [(p.first_day.isoformat(), p.last_day and p.last_day.isoformat())
                       for p in journal.pauses()],
            "targets": [(t.effective_from.isoformat(), t.per_day)
                        for t in journal.target_changes()]}


def _holds(target: dict[str, Any], source: dict[str, Any]) -> bool:
    """Every entry, pause and target of `source` is in `target` (a merge)."""
    have = {json.dumps(e, sort_keys=True, default=str) for e in target["entries"]}
    return all(json.dumps(e, sort_keys=True, default=str) in have for e in source["entries"]) \
        and {p[0] for p in source["pauses"]} <= {p[0] for p in target["pauses"]} \
        and {t[0] for t in source["targets"]} <= {t[0] for t in target["targets"]}


def copy_journal(source: JournalService, target: JournalService, *, merge: bool = False
                 ) -> CopyResult:
    """Copy every entry, friend's check, pause and target change of `source` into
    `target` (services not opened yet; both are closed afterwards)."""
    from desktop_app.journal import backups
    from desktop_app.journal.export import write_snapshot
    from desktop_app.journal.importer import import_path
    from desktop_app.journal.server_journal import restore_snapshot

    if source.describe() == target.describe():
        raise CopyRefused("The source and the target are the same journal; nothing was copied.")
    src = source.open_or_raise(write=False)
    try:
        dst = target.open_or_raise(write=True)
        try:
            before = contents(dst)
            if not merge and (before.pauses or before.targets or _has_deleted(dst)):
                raise CopyRefused(
                    f"The target journal ({target.describe()}) is not empty: it holds "
                    f"{before}. Nothing was copied; add --merge to merge the two by UUID.")
            kept: Path | None = None
            if merge:
                kept = (backups.backup_snapshot(dst, backups.BEFORE_IMPORT) if dst.is_server
                        else backups.backup_database(dst.path, backups.BEFORE_IMPORT))
            with tempfile.TemporaryDirectory(prefix="rolling-journal-copy-") as folder:
                staged = Path(folder) / "journal.json"
                write_snapshot(src, staged)
                result = import_path(dst.import_target(), staged, "json", server=dst.server)
            wanted = export_document(src)
            got = export_document(dst)
            same = got == wanted if not merge else _holds(got, wanted)
            source_counts, target_counts = contents(src), contents(dst)
            expected = source_counts.entries if not merge else before.entries + result.added
            if not same or target_counts.entries != expected:
                put_back = "The target was put back as it was."
                if kept is None:
                    _empty(dst)
                elif kept.suffix == ".json":
                    restore_snapshot(dst, kept)
                else:
                    put_back = (f"The target as it was before is kept as {kept.name}: "
                                f"`rolling-journal restore {kept.name}` puts it back.")
                raise CopyRefused(
                    f"The copy into {target.describe()} did not check out (source: "
                    f"{source_counts}; target: {target_counts}; the exports "
                    f"{'match' if same else 'differ'}). {put_back}")
            return CopyResult(source.describe(), target.describe(), result.added,
                              result.skipped, source_counts, target_counts, True)
        finally:
            target.close()
    finally:
        source.close()


def _has_deleted(journal: Journal) -> bool:
    """Deleted entries (kept for undo) count as content too: a copy never mixes them."""
    import sqlalchemy as sa

    with journal.engine.connect() as conn:
        return bool(conn.execute(sa.text("SELECT EXISTS (SELECT 1 FROM entry)")).scalar())


def _empty(journal: Journal) -> None:
    import sqlalchemy as sa

    from desktop_app.journal.server_import import REPLACED_TABLES

    with journal.engine.begin() as conn:
        for table in REPLACED_TABLES:
            conn.execute(sa.text(f"DELETE FROM {table}"))
