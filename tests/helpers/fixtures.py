"""Fixtures for journals of both kinds: a throwaway PostgreSQL server for the whole
run (tools/postgres.py), a fresh database per test, and `journal_url`,
parametrised over SQLite (None) and PostgreSQL, for the tests that must hold on both.

Without the server binaries the PostgreSQL cases are skipped, except in CI (CI=true),
where a missing server is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tools.postgres import NoServer, PostgresServer, remove_server, start_server


def _no_server(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI needs a PostgreSQL server for these tests: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_server()
    except (NoServer, OSError) as exc:
        _no_server(str(exc))
        raise  # (not reached)
    yield server
    remove_server(server)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the test server (password in the URL)."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def journal_url(request: Any, data_dir: Path) -> str | None:
    """None for the data folder's SQLite file, or a fresh server database's URL."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def any_journal(data_dir: Path, journal_url: str | None) -> Iterator[Any]:
    """An open journal of each kind (see journal_url)."""
    from desktop_app.journal.service import JournalService

    service = JournalService(data_dir, database_url=journal_url)
    journal = service.open_or_raise()
    yield journal
    service.close()
