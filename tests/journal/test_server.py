"""A journal on a PostgreSQL server: addresses and secrets, migrations that refuse a
foreign or newer database, and what an unreachable server says."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop_app.journal.problems import ProblemKind
from desktop_app.journal.server import mask_text, parse_url
from desktop_app.journal.service import JournalService
from tools.postgres import PASSWORD, free_port


def test_urls_are_parsed_and_passwords_masked() -> None:
    address = parse_url("postgresql://ann:s3cret@db.example:6543/journal?sslmode=require")
    assert (address.user, address.host, address.port, address.database) == \
        ("ann", "db.example", 6543, "journal")
    assert address.sslmode == "require"
    assert "s3cret" not in address.masked() and "ann:***@" in address.masked()
    assert "s3cret" not in address.describe()
    assert parse_url("postgresql://ann@db/j").port == 5432
    assert mask_text("see postgresql://a:pw@h/d now") == "see postgresql://a:***@h/d now"
    for bad in ("mysql://a@h/d", "postgresql://a@h/", "journal.sqlite"):
        with pytest.raises(ValueError, match="database URL"):
            parse_url(bad)
    with pytest.raises(ValueError) as caught:
        parse_url("mysql://ann:s3cret@h/d")
    assert "s3cret" not in str(caught.value)


def test_a_new_database_is_created_by_the_migrations(data_dir: Path, postgres_url) -> None:
    service = JournalService(data_dir, database_url=postgres_url)
    journal = service.open_or_raise()
    with journal.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        columns = {c["name"] for c in sa.inspect(conn).get_columns("entry")}
    from desktop_app.journal.schema import SCHEMA_REVISION

    assert revision == SCHEMA_REVISION and {"uuid", "version"} <= columns
    service.close()


def test_another_programs_database_is_refused_untouched(data_dir, postgres_url) -> None:
    engine = sa.create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id integer primary key)")
    result = JournalService(data_dir, database_url=postgres_url).open()
    assert result.problem is not None and result.problem.kind is ProblemKind.FOREIGN
    assert "invoices" in result.problem.message and "left untouched" in result.problem.message
    with engine.connect() as conn:
        assert set(sa.inspect(conn).get_table_names()) == {"invoices"}
    engine.dispose()


def test_a_newer_revision_is_refused_untouched(data_dir, postgres_url) -> None:
    service = JournalService(data_dir, database_url=postgres_url)
    service.open_or_raise()
    service.close()
    engine = sa.create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    result = JournalService(data_dir, database_url=postgres_url).open()
    assert result.problem is not None and result.problem.kind is ProblemKind.NEWER
    assert "0099_from_the_future" in result.problem.message
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == \
            "0099_from_the_future"
    engine.dispose()


def test_an_older_server_journal_is_upgraded_after_a_snapshot(data_dir, postgres_url) -> None:
    from desktop_app.journal.db import upgrade

    engine = sa.create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    upgrade(engine, "0004_entry_uuid")
    engine.dispose()
    service = JournalService(data_dir, database_url=postgres_url)
    journal = service.open_or_raise()
    from tests.helpers.builders import numbered_session

    journal.add(numbered_session(1))
    assert any(b.reason.startswith("before-0005") for b in service.backups())
    service.close()


def test_unreachable_refused_says_which_server_and_why(data_dir: Path) -> None:
    url = f"postgresql://ann:{PASSWORD}@127.0.0.1:{free_port()}/journal"
    result = JournalService(data_dir, database_url=url).open()
    problem = result.problem
    assert problem is not None and problem.kind is ProblemKind.UNREACHABLE
    assert problem.reason == "refused"
    assert "Cannot reach the journal server ann@127.0.0.1:" in problem.message
    assert "refused" in problem.message and PASSWORD not in problem.message


def test_wrong_password_is_an_authentication_problem(data_dir, postgres_server, caplog) -> None:
    caplog.set_level(logging.INFO)
    name = postgres_server.new_database()
    url = postgres_server.url(name, password="not-the-password")
    result = JournalService(data_dir, database_url=url).open()
    assert result.problem is not None and result.problem.reason == "authentication"
    assert "authentication" in result.problem.message
    assert "not-the-password" not in result.problem.message
    assert "not-the-password" not in caplog.text and "***" in caplog.text


def test_tls_failure_is_named(data_dir, postgres_server) -> None:
    name = postgres_server.new_database()
    url = postgres_server.url(name) + "?sslmode=require"  # the test server has no TLS
    result = JournalService(data_dir, database_url=url).open()
    assert result.problem is not None and result.problem.reason == "tls"
    assert "TLS" in result.problem.message


def test_the_password_can_come_from_the_keyring(data_dir, postgres_server, monkeypatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            self.kept.pop((service, username), None)

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        from desktop_app.journal.server import store_password

        name = postgres_server.new_database()
        url = postgres_server.url(name, password=None)
        assert store_password(parse_url(url), PASSWORD)
        service = JournalService(data_dir, database_url=url)
        assert service.open().journal is not None
        service.close()
    finally:
        keyring.set_keyring(previous)


def test_the_database_url_comes_from_option_environment_or_settings(tmp_path, monkeypatch):
    from desktop_app.journal.location import resolve_database_url

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "settings.ini").write_text(
        '[journal]\ndatabase_url="postgresql://s@h/db?sslmode=require"\n')
    monkeypatch.delenv("ROLLING_JOURNAL_DATABASE_URL", raising=False)
    assert resolve_database_url(None, folder) == "postgresql://s@h/db?sslmode=require"
    monkeypatch.setenv("ROLLING_JOURNAL_DATABASE_URL", "postgresql://e@h/db")
    assert resolve_database_url(None, folder) == "postgresql://e@h/db"
    assert resolve_database_url("postgresql://o@h/db", folder) == "postgresql://o@h/db"
    assert resolve_database_url("", folder) is None  # explicitly the SQLite file
