"""The single-writer lock of a journal folder, shared by the window and the command line.

An advisory lock (flock on POSIX, a locked byte on Windows) on `journal.lock`: the
operating system drops it when the holder exits, however it exits, so a killed run
never leaves a stale lock behind. The file also says who holds it (process id and
role) so the one refused can be told. Within one process the lock is re-entrant:
the window and the service it uses share it.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LOCK_NAME = "journal.lock"
WINDOW_ROLE = "the Rolling Journal window"
# Windows locks byte ranges; lock one far past the text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockHolder:
    pid: int | None
    role: str

    def describe(self) -> str:
        who = self.role or "another Rolling Journal program"
        return f"{who} (process {self.pid})" if self.pid else who


@dataclass
class _Held:
    fd: int
    count: int


_HELD: dict[Path, _Held] = {}
_GUARD = threading.Lock()


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def _key(data_dir: Path) -> Path:
    return lock_path(data_dir).resolve()


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _host() -> str:
    # (os.uname, not socket.gethostname: the window takes this lock before its first
    # paint, and the socket module costs a few milliseconds to import.)
    uname = getattr(os, "uname", None)
    return uname().nodename if uname else os.environ.get("COMPUTERNAME", "")


def _read_holder(path: Path) -> LockHolder:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else None
    role = lines[1].strip() if len(lines) > 1 else ""
    return LockHolder(pid, role)


class WriterLock:
    """Held while a process may write to the journal in `data_dir`."""

    def __init__(self, data_dir: Path, role: str) -> None:
        self.data_dir = data_dir
        self.role = role
        self._mine = False

    @property
    def held(self) -> bool:
        return self._mine

    def acquire(self, *, reentrant: bool = True) -> LockHolder | None:
        """None when this process now holds the lock; else who holds it.

        `reentrant`: share a hold this process already has (the window's service
        shares the window's); without it, any hold but this one's refuses."""
        if self._mine:
            return None
        key = _key(self.data_dir)
        with _GUARD:
            held = _HELD.get(key)
            if held is not None:
                if not reentrant:
                    return _read_holder(key)
                held.count += 1
                self._mine = True
                return None
            try:
                fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                # No lock file can be made (a read-only folder): opening the journal
                # reports the real problem far better than a lock could.
                self._mine = True
                _HELD[key] = _Held(-1, 1)
                return None
            if not _try_lock(fd):
                os.close(fd)
                return _read_holder(key)
            text = f"{os.getpid()}\n{self.role}\n{_host()}\n".encode()
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, text)
            _HELD[key] = _Held(fd, 1)
            self._mine = True
            return None

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        key = _key(self.data_dir)
        with _GUARD:
            held = _HELD.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _HELD[key]
            if held.fd >= 0:
                # Closing the descriptor drops the lock; the file stays (removing it
                # would let a newcomer lock a different file than a waiter).
                os.close(held.fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def holder_of(data_dir: Path) -> LockHolder | None:
    """Who holds the lock of `data_dir` now (None: nobody else; this process counts as
    nobody). Takes and drops the lock to find out, so it never waits."""
    if not lock_path(data_dir).exists():
        return None
    with _GUARD:
        if _key(data_dir) in _HELD:
            return None
    probe = WriterLock(data_dir, "")
    holder = probe.acquire()
    probe.release()
    return holder


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold a short, blocking lock on `path` (created 0600) across processes: for a
    read-modify-write of a small file such as the backups' manifest."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
