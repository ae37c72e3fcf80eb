"""The journal's commands: `export`, `import`, `backups`, `restore`, `check` and `copy`.

All of them but `copy` (which opens two) open the journal the one way
`cli.common.open_journal` does, and every one reports a problem the one way
`cli.common.run` does: one message naming the files involved and a non-zero exit
status. Commands that write (import, restore, check --repair) hold the single-writer
lock and refuse while the window has the journal open. Heavy imports wait inside the
handlers: the window's start builds this parser too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop_app.cli.common import (
    PROG,
    CommandFailed,
    data_dir_option,
    journal_options,
    open_journal,
    run,
    service_for,
)

REASONS = {
    "daily": "daily copy",
    "before-import": "before an import",
    "before-restore": "before a restore",
}


def add_commands(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="write the whole journal to a CSV or JSON file")
    export.add_argument("--format", choices=("csv", "json"), help="default: from --out's suffix")
    export.add_argument("--out", type=Path, required=True, help="file to write")
    journal_options(export)
    export.set_defaults(func=export_command)

    importer = subparsers.add_parser("import", help="add the entries of a CSV or JSON file")
    importer.add_argument("file", type=Path)
    importer.add_argument("--format", choices=("csv", "json"), help="default: from the suffix")
    journal_options(importer)
    importer.set_defaults(func=import_command)

    listing = subparsers.add_parser(
        "backups", help="list the journal's backups, newest first, with their entries")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead")
    journal_options(listing)
    listing.set_defaults(func=backups_command)

    restore = subparsers.add_parser(
        "restore", help="replace the journal with a backup (the journal is backed up first)",
        description="Replace the journal with a backup, once the backup has been checked "
                    "the way the app opens a journal. The journal it replaces is kept as a "
                    "backup first.")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", help="a backup file, its name, or its number in "
                                                 "`rolling-journal backups`")
    which.add_argument("--newest", action="store_true", help="the newest good backup")
    journal_options(restore)
    restore.set_defaults(func=restore_command)

    check = subparsers.add_parser(
        "check", help="look the journal over; exit status 1 if something is wrong",
        description="Check the journal without changing it: its schema, its integrity, "
                    "rows that cannot be read, rows kept aside, and its backups.")
    check.add_argument("--repair", action="store_true",
                       help="keep unreadable rows aside (as text, in their own table) so the "
                            "rest of the journal is whole; nothing is deleted")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    journal_options(check)
    check.set_defaults(func=check_command)

    copy = subparsers.add_parser(
        "copy", help="copy the whole journal to a PostgreSQL server, or from one",
        description="Copy the whole journal between the SQLite file in the data folder and "
                    "a PostgreSQL server, all or nothing. The target must be empty unless "
                    "--merge; the copy is checked by counting and by comparing the exports "
                    "of both, and both counts are printed.")
    way = copy.add_mutually_exclusive_group(required=True)
    way.add_argument("--to", metavar="URL", dest="to_url",
                     help="from the data folder's SQLite file to this server")
    way.add_argument("--from", metavar="URL", dest="from_url",
                     help="from this server into the data folder's SQLite file")
    copy.add_argument("--merge", action="store_true",
                      help="copy into a journal that already has entries: those whose UUID "
                           "is already there are skipped")
    copy.add_argument("--json", action="store_true", help="print the result as JSON")
    data_dir_option(copy)
    copy.set_defaults(func=copy_command)


# --- the commands --------------------------------------------------------------------------

def export_command(args: argparse.Namespace) -> int:
    return run(_export, args)


def _export(args: argparse.Namespace) -> int:
    from desktop_app.journal.importer import format_for

    fmt = format_for(args.out, args.format)
    with open_journal(args, "export", write=False) as service:
        result = service.export(args.out, fmt)
    line = f"Exported {result.count} session(s) to {args.out}"
    if result.pauses or result.targets:
        line += (f" with {result.pauses} practice pause(s) and {result.targets} daily "
                 "target change(s)")
    if result.kept_aside:
        where = result.kept_aside_file or f"{args.out} (under \"kept_aside\")"
        line += f"; {result.kept_aside} unreadable row(s) as raw text to {where}"
    print(line)
    return 0


def import_command(args: argparse.Namespace) -> int:
    return run(_import, args)


def _import(args: argparse.Namespace) -> int:
    from desktop_app.journal.importer import format_for

    fmt = format_for(args.file, args.format)
    with open_journal(args, "import", write=True) as service:
        result = service.import_file(args.file, fmt)
    print(f"Imported {result.added} session(s) from {args.file}; "
          f"skipped {result.skipped} already in the journal")
    if result.pauses_added or result.targets_added:
        print(f"Added {result.pauses_added} practice pause(s) and {result.targets_added} "
              "daily target change(s).")
    if result.kept_aside_in_file:
        print(f"({result.kept_aside_in_file} row(s) the export kept aside as raw text were "
              "not imported.)")
    return 0


def backups_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    service = service_for(args, "backups")
    listed = service.backups()
    if getattr(args, "json", False):
        json.dump([
            {"number": number, "file": info.path.name, "path": str(info.path),
             "created": info.created.isoformat(), "reason": info.reason,
             "entries": info.entries}
            for number, info in enumerate(listed, start=1)
        ], out, indent=2)
        out.write("\n")
        return 0
    if not listed:
        print(f"No backups yet in {service.backup_folder()}. A copy is made every day "
              "the journal is opened, and before every import, restore or update.", file=out)
        return 0
    rows = [("#", "made (local time)", "entries", "why", "file")]
    for number, info in enumerate(listed, start=1):
        rows.append((
            str(number), f"{info.created.astimezone():%a %d %b %Y %H:%M}",
            "unreadable" if info.entries is None else str(info.entries),
            _reason(info.reason), info.path.name,
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [row[0].rjust(widths[0]), row[1].ljust(widths[1]), row[2].rjust(widths[2]),
                 row[3].ljust(widths[3]), row[4]]
        print("  ".join(cells).rstrip(), file=out)
    return 0


def _reason(reason: str) -> str:
    if reason in REASONS:
        return REASONS[reason]
    return "before an update" if reason.startswith("before-0") else reason


def restore_command(args: argparse.Namespace) -> int:
    return run(_restore, args)


def _restore(args: argparse.Namespace) -> int:
    service = service_for(args, "restore")
    if args.newest:
        newest = service.newest_good_backup()
        if newest is None:
            raise CommandFailed(f"There is no good backup in {service.backup_folder()}.")
        backup = newest.path
    else:
        backup = service.find_backup(args.backup)
    outcome = service.restore(backup)
    print(f"Restored {backup.name} ({outcome.entries} entries) into {service.describe()}.")
    if outcome.before_restore is not None:
        print(f"The journal it replaced is kept as {outcome.before_restore.name} in "
              f"{outcome.before_restore.parent}.")
    if outcome.set_aside_as is not None:
        print(f"The journal it replaced could not be copied and was kept as "
              f"{outcome.set_aside_as.name}.")
    return 0


def check_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    return run(lambda a: _check(a, out or sys.stdout), args)


def _check(args: argparse.Namespace, out: TextIO) -> int:
    service = service_for(args, "check")
    report = service.repair() if args.repair else service.check()
    if getattr(args, "json", False):
        json.dump({
            "journal": str(report.journal), "healthy": report.healthy, "state": report.state,
            "reason": report.reason, "revision": report.revision, "entries": report.entries,
            "unreadable": [{"entry_id": row.entry_id, "fields": list(row.fields),
                            "raw": row.raw} for row in report.unreadable],
            "kept_aside": report.kept_aside, "repaired": report.repaired,
            "backups": len(report.backups), "set_aside": [str(p) for p in report.set_aside],
        }, out, indent=2)
        out.write("\n")
        return 0 if report.healthy else 1
    print(f"Journal:     {report.journal}", file=out)
    state = "ok" if report.state == "ok" else f"{report.state} ({report.reason})"
    print(f"State:       {state}", file=out)
    if report.revision:
        print(f"Schema:      {report.revision}", file=out)
    if report.entries is not None:
        print(f"Entries:     {report.entries}", file=out)
    if report.repaired:
        print(f"Repaired:    kept {report.repaired} unreadable row(s) aside in the table "
              "entry_kept_aside; `export` writes them out as text", file=out)
    print(f"Unreadable:  {len(report.unreadable)} row(s)", file=out)
    for row in report.unreadable[:50]:
        print(f"  {row}", file=out)
    if len(report.unreadable) > 50:
        print(f"  ... and {len(report.unreadable) - 50} more", file=out)
    print(f"Kept aside:  {report.kept_aside} row(s)", file=out)
    if report.backups:
        newest = report.backups[0]
        count = "unreadable" if newest.entries is None else f"{newest.entries} entries"
        print(f"Backups:     {len(report.backups)}, newest "
              f"{newest.created.astimezone():%a %d %b %Y %H:%M} ({count})", file=out)
    else:
        print("Backups:     none yet", file=out)
    for aside in report.set_aside:
        print(f"Set aside:   {aside.name} (a damaged journal, kept)", file=out)
    if not report.healthy and report.unreadable:
        print(f"Run `{PROG} check --repair` to keep the unreadable rows aside.", file=out)
    return 0 if report.healthy else 1


def copy_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    return run(lambda a: _copy(a, out or sys.stdout), args)


def _copy(args: argparse.Namespace, out: TextIO) -> int:
    from desktop_app.journal.copying import copy_journal
    from desktop_app.journal.service import JournalService
    from desktop_app.paths import resolve_data_dir

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    role = f"{PROG} copy (command line)"
    here = JournalService(data_dir, role=role)
    there = JournalService(data_dir, role=role, database_url=args.to_url or args.from_url)
    source, target = (here, there) if args.to_url else (there, here)
    result = copy_journal(source, target, merge=args.merge)
    if getattr(args, "json", False):
        json.dump(result.as_json(), out, indent=2)
        out.write("\n")
        return 0
    print(f"Copied {result.added} session(s) from {result.source} to {result.target}"
          + (f" ({result.skipped} already there)" if result.skipped else "") + ".", file=out)
    print(f"Source: {result.source_counts}", file=out)
    print(f"Target: {result.target_counts}", file=out)
    print("Checked: the counts agree and the two exports are identical." if not args.merge
          else "Checked: every entry of the source is in the target.", file=out)
    return 0
