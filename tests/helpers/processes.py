"""Running the command line in a process of its own, and checking what it left on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from tests.helpers import ROOT


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
