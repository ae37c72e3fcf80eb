"""One writer per journal: a lock file in the data dir, and a local (Unix-domain)
socket through which a second start asks the first window to come forward."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "journal.lock"


def _server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"rolling-journal-{digest}"


class SingleInstance(QObject):
    """Holds the data dir's lock while the app runs; emits raiseRequested for newcomers."""

    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # A lock whose process is gone is stale at once (QLockFile checks the PID).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the journal. False: another copy has it."""
        if not self._lock.tryLock(200):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                self._ask_owner_to_raise()
                return False
            # Permission or unknown errors: the journal code reports them better.
            return True
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
        self._lock.unlock()

    def owner_pid(self) -> int | None:
        # PySide returns (pid, hostname, appname), or an empty tuple without a lock file.
        info = self._lock.getLockInfo()
        return int(info[0]) if info and info[0] else None

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
