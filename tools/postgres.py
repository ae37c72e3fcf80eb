"""A throwaway PostgreSQL server for the tests and the benchmarks: the Debian
`postgresql` package's own binaries (initdb, pg_ctl) in a temporary folder, listening on
a free loopback port only, stopped and deleted afterwards.

initdb refuses to run as root: as root, the folder is given to the `postgres` user and
the binaries run as that user (runuser). Password authentication (scram-sha-256) on
TCP, so that a wrong password is refused as it would be on a real server.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD = "throwaway-Pw-1"  # only ever on this loopback test server
BIN_ENV = "ROLLING_JOURNAL_PG_BIN"


class NoServer(RuntimeError):
    """The PostgreSQL binaries are missing or the server would not start."""


def find_bin_dir() -> Path | None:
    explicit = os.environ.get(BIN_ENV)
    if explicit:
        return Path(explicit)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@dataclass
class PostgresServer:
    folder: Path
    port: int
    bin_dir: Path
    databases: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", *, password: str | None = PASSWORD,
            user: str = SUPERUSER) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*_as_server_user(), *args], capture_output=True, text=True,
                              timeout=timeout, check=False)

    durable: bool = False  # the benchmarks: commits reach the disk, as on a real server

    def start(self) -> None:
        # The tests need no durability (the folder is thrown away): skip the fsyncs.
        fast = "" if self.durable else \
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        started = self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l",
            str(self.folder / "server.log"), "-w", "-t", "60", "-o",
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 {fast}"
            "-c max_connections=60", "start", timeout=90)
        if started.returncode != 0:
            log = (self.folder / "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise NoServer(f"pg_ctl start failed: {started.stderr or started.stdout}\n{tail}")

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
                  "stop")

    def running(self) -> bool:
        return self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data),
                         "status").returncode == 0

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, prefix: str = "journal") -> str:
        """A new, empty database; its name."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        self.admin(f'CREATE DATABASE "{name}"')
        self.databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server(bin_dir: Path | None = None, *, durable: bool = False) -> PostgresServer:
    bin_dir = bin_dir or find_bin_dir()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        raise NoServer("the PostgreSQL server binaries (Debian package `postgresql`) are not "
                       "installed: no initdb under /usr/lib/postgresql/*/bin")
    folder = Path(tempfile.mkdtemp(prefix="rolling-journal-pg-"))
    folder.chmod(0o700)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres", "postgres")
    server = PostgresServer(folder, free_port(), bin_dir, durable=durable)
    made = server._run(str(bin_dir / "initdb"), "-D", str(server.data), "-U", SUPERUSER,
                       "--pwfile", str(pwfile), "--auth-local=trust",
                       "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                       "--no-sync", timeout=120)
    pwfile.unlink()
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise NoServer(f"initdb failed: {made.stderr or made.stdout}")
    for attempt in range(3):
        try:
            server.start()
            break
        except NoServer:
            if attempt == 2:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            server.port = free_port()  # taken meanwhile by someone else
            time.sleep(0.2)
    return server


def remove_server(server: PostgresServer) -> None:
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


@contextlib.contextmanager
def running_server(*, durable: bool = False) -> Iterator[PostgresServer]:
    server = start_server(durable=durable)
    try:
        yield server
    finally:
        remove_server(server)
