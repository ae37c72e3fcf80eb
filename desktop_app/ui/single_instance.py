"""One writer per journal: the journal's single-writer lock (journal/lock.py, shared
with the command line), and a local (Unix-domain) socket through which a second start
asks the first window to come forward."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_app.journal.lock import LOCK_NAME, WINDOW_ROLE, LockHolder, WriterLock

__all__ = ["LOCK_NAME", "SingleInstance"]


def _server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"rolling-journal-{digest}"


class SingleInstance(QObject):
    """Holds the data dir's lock while the app runs; emits raiseRequested for newcomers."""

    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        # The operating system drops the lock when its process ends: never stale.
        self._lock = WriterLock(data_dir, WINDOW_ROLE)
        self.holder: LockHolder | None = None
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the journal. False: another process has it
        (a window is asked to come forward; `holder` says who it is)."""
        self.holder = self._lock.acquire(reentrant=False)
        if self.holder is not None:
            if self.holder.role in ("", WINDOW_ROLE) or "Rolling Journal" in self.holder.role:
                self._ask_owner_to_raise()
            return False
        name = _server_name(self.data_dir)
        QLocalServer.removeServer(name)  # left behind by a crashed run
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if self._server.listen(name):
            self._server.newConnection.connect(self._on_knock)
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.release()

    def owner_pid(self) -> int | None:
        """The process holding the journal, as far as the lock file says."""
        from desktop_app.journal.lock import holder_of

        if self._lock.held:
            return os.getpid()
        holder = self.holder or holder_of(self.data_dir)
        return holder.pid if holder else None

    def _ask_owner_to_raise(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(_server_name(self.data_dir))
        if socket.waitForConnected(500):
            socket.write(b"raise\n")
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()

    def _on_knock(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
        self.raiseRequested.emit()
