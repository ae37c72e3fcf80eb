"""The form's unsaved entry, kept beside the journal so a crash or a close loses nothing.

Written atomically (temp file + rename) on every change, a second or so after typing stops.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.journal.entry import EntryData, from_record, to_record

DRAFT_FILENAME = "draft.json"


@dataclass(frozen=True)
class Draft:
    data: EntryData
    editing_id: int | None


def _path(data_dir: Path) -> Path:
    return data_dir / DRAFT_FILENAME


def save_draft(data_dir: Path, data: EntryData, editing_id: int | None) -> None:
    target = _path(data_dir)
    tmp = target.with_name(f".{target.name}.tmp")
    payload = {"editing_id": editing_id, "entry": to_record(data)}
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.chmod(0o600)
    tmp.replace(target)


def load_draft(data_dir: Path) -> Draft | None:
    """The saved draft, or None when there is none or it cannot be read back."""
    try:
        payload = json.loads(_path(data_dir).read_text(encoding="utf-8"))
        data = from_record(payload["entry"], strict=False)
        editing_id = payload.get("editing_id")
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Draft(data, editing_id if isinstance(editing_id, int) else None)


def clear_draft(data_dir: Path) -> None:
    _path(data_dir).unlink(missing_ok=True)
