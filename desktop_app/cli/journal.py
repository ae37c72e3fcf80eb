"""The journal's commands: `export`, `import`, `backups`, `restore` and `check`.

All of them open the journal the one way `cli.common.open_journal` does and report a
problem the one way `cli.common.run` does: one message naming the files involved and a
non-zero exit status. Commands that write (import, restore, check --repair) hold the
single-writer lock and refuse while the window has the journal open. Heavy imports wait
inside the handlers: the window's start builds this parser too.
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
    data_dir_option(export)
    export.set_defaults(func=export_command)

    importer = subparsers.add_parser("import", help="add the entries of a CSV or JSON file")
    importer.add_argument("file", type=Path)
    importer.add_argument("--format", choices=("csv", "json"), help="default: from the suffix")
    data_dir_option(importer)
    importer.set_defaults(func=import_command)

    listing = subparsers.add_parser(
        "backups", help="list the journal's backups, newest first, with their entries")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead")
    data_dir_option(listing)
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
    data_dir_option(restore)
    restore.set_defaults(func=restore_command)

    check = subparsers.add_parser(
        "check", help="look the journal over; exit status 1 if something is wrong",
        description="Check the journal without changing it: its schema, its integrity, "
                    "rows that cannot be read, rows kept aside, and its backups.")
    check.add_argument("--repair", action="store_true",
                       help="keep unreadable rows aside (as text, in their own table) so the "
                            "rest of the journal is whole; nothing is deleted")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    data_dir_option(check)
    check.set_defaults(func=check_command)


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
        print(f"No backups yet in {service.data_dir / 'backups'}. A copy is made every day "
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
            raise CommandFailed(f"There is no good backup in {service.data_dir / 'backups'}.")
        backup = newest.path
    else:
        backup = service.find_backup(args.backup)
    outcome = service.restore(backup)
    print(f"Restored {backup.name} ({outcome.entries} entries) into {service.db_path}.")
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
