"""A journal on a PostgreSQL server: its address, its password and why it cannot be
reached, in words. Everything PostgreSQL-specific about connecting lives here (the SQL
that differs between the dialects is in dialect.py).

The address is `postgresql://USER@HOST[:PORT]/DB[?sslmode=...]`, from --database-url,
ROLLING_JOURNAL_DATABASE_URL or the settings. A password is never kept in the settings,
the log or a message: it is in the URL only when the person typed it there, otherwise
libpq reads ~/.pgpass, or it comes from the system keyring (service
KEYRING_SERVICE, user "USER@HOST:PORT/DB"). Logs show `masked()`.

Cheap to import: psycopg, SQLAlchemy and keyring load when a server is used.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from desktop_app.journal.errors import JournalError

if TYPE_CHECKING:
    import sqlalchemy as sa

DATABASE_URL_ENV = "ROLLING_JOURNAL_DATABASE_URL"
KEYRING_SERVICE = "rolling-journal"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# What the tests and scripts use to say "no keyring here" (keyring's own variable).
_NO_KEYRING = "keyring.backends.fail.Keyring"


class ServerUnreachable(JournalError):
    """The journal's server cannot be reached; `reason` is one of REASONS."""

    def __init__(self, message: str, address: ServerAddress, reason: str) -> None:
        super().__init__(message)
        self.address = address
        self.reason = reason


REASONS = ("refused", "authentication", "tls", "timeout", "host", "database", "lost", "other")


@dataclass(frozen=True)
class ServerAddress:
    """Where a server journal is. `password` only when typed into the URL."""

    user: str
    host: str
    port: int
    database: str
    query: tuple[tuple[str, str], ...] = ()
    password: str | None = None

    @property
    def key(self) -> str:
        """The keyring's user name for this journal, and its name in messages."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        return self.key

    def url(self, *, with_password: bool = False, driver: str = "postgresql") -> str:
        secret = f":{quote(self.password, safe='')}" if with_password and self.password else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?{urlencode(self.query)}" if self.query else ""
        return (f"{driver}://{quote(self.user, safe='')}{secret}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}{query}")

    def masked(self) -> str:
        """The URL for a log: the password, if any, as ***."""
        text = self.url()
        if self.password:
            text = text.replace(f"{quote(self.user, safe='')}@",
                                f"{quote(self.user, safe='')}:***@", 1)
        return text

    def without_password(self) -> ServerAddress:
        return ServerAddress(self.user, self.host, self.port, self.database, self.query)

    @property
    def sslmode(self) -> str | None:
        return dict(self.query).get("sslmode")


def is_server_url(text: str | None) -> bool:
    return bool(text) and str(text).split("://", 1)[0].lower() in SCHEMES


def parse_url(text: str) -> ServerAddress:
    """The address of `text`, or ValueError saying what is wrong (never echoing a
    password)."""
    raw = text.strip()
    scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
    if scheme not in SCHEMES:
        raise ValueError(
            "The database URL must look like postgresql://USER@HOST[:PORT]/DB"
            f"[?sslmode=...], not {mask_text(raw)!r}.")
    try:
        parts = urlsplit(raw)
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise ValueError(f"The database URL {mask_text(raw)!r} is not valid: {exc}.") from None
    database = unquote(parts.path.lstrip("/"))
    if not parts.hostname:
        raise ValueError(f"The database URL {mask_text(raw)!r} names no server (HOST).")
    if not database or "/" in database:
        raise ValueError(f"The database URL {mask_text(raw)!r} names no database (/DB).")
    user = unquote(parts.username) if parts.username else os.environ.get("PGUSER") or _login()
    password = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(user, parts.hostname, port, database,
                         tuple(parse_qsl(parts.query)), password)


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "postgres"


_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*):[^@\s]*@")


def mask_text(text: str) -> str:
    """`text` with any URL password in it replaced by ***."""
    return _PASSWORD_IN_URL.sub(r"\1:***@", text)


# --- the password ------------------------------------------------------------------------

def keyring_password(address: ServerAddress) -> str | None:
    """The password kept in the system keyring for `address`; None when there is none
    or no keyring can be used (then libpq tries ~/.pgpass)."""
    if os.environ.get("PYTHON_KEYRING_BACKEND") == _NO_KEYRING:
        return None
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, address.key)
        except (KeyringError, RuntimeError, OSError, ValueError):
            return None
    except ImportError:
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep `password` in the system keyring; False when there is no usable keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, address.key, password)
        return True
    except (ImportError, KeyringError, RuntimeError, OSError, ValueError):
        return False


def password_for(address: ServerAddress) -> str | None:
    return address.password if address.password is not None else keyring_password(address)


# --- connecting ------------------------------------------------------------------------------

def connect_args(address: ServerAddress) -> dict[str, object]:
    args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S,
                               "application_name": "rolling-journal"}
    password = password_for(address)
    if password is not None:
        args["password"] = password  # never part of the URL the engine shows
    return args


def create_server_engine(address: ServerAddress) -> sa.Engine:
    import sqlalchemy as sa

    from desktop_app.journal.dialect import watch_writes

    engine = sa.create_engine(
        address.without_password().url(driver="postgresql+psycopg"),
        connect_args=connect_args(address), pool_pre_ping=True, pool_size=2,
        max_overflow=4, hide_parameters=True)
    watch_writes(engine)
    return engine


def connect_raw(address: ServerAddress, *, autocommit: bool = False) -> object:
    """A psycopg connection of its own (the change listener's), or ServerUnreachable."""
    import psycopg

    try:
        return psycopg.connect(address.without_password().url(), autocommit=autocommit,
                               **connect_args(address))  # type: ignore[arg-type]
    except psycopg.Error as exc:
        raise unreachable(address, exc) from None


def connection_failure(exc: BaseException) -> bool:
    """True when `exc` (psycopg's or SQLAlchemy's wrapping) means the server could not
    be reached or the connection was lost, rather than a problem with a statement."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    orig = getattr(exc, "orig", None) or exc
    if getattr(exc, "connection_invalidated", False):
        return True
    if isinstance(orig, psycopg.OperationalError):
        state = getattr(getattr(orig, "diag", None), "sqlstate", None)
        # 57P01..03: the server shut down or restarted; 08xxx: connection exceptions;
        # 28xxx: authentication; None: libpq could not connect at all.
        return state is None or state.startswith(("08", "28", "57P"))
    return isinstance(orig, psycopg.InterfaceError)


def reason_of(exc: BaseException) -> tuple[str, str]:
    """(reason code, the reason in words) for a connection failure."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    low = text.lower()
    state = getattr(getattr(orig, "diag", None), "sqlstate", None) or ""
    if "connection refused" in low:
        return "refused", ("the connection was refused (is the server running, and "
                           "listening on that host and port?)")
    if state.startswith("28") or "password authentication failed" in low \
            or "no password supplied" in low or "authentication" in low \
            or ("role" in low and "does not exist" in low):
        return "authentication", ("the server refused the user name or password "
                                  "(authentication failed; the password comes from the URL, "
                                  "~/.pgpass or the system keyring)")
    if "ssl" in low or "tls" in low or "certificate" in low:
        detail = _first_line(text, ("ssl", "tls", "certificate"))
        return "tls", f"the secure (TLS) connection failed: {detail}"
    if "timeout" in low or "timed out" in low:
        return "timeout", f"it did not answer within {CONNECT_TIMEOUT_S} s (timed out)"
    if "could not translate host name" in low or "name or service not known" in low:
        return "host", "there is no server by that name (the host name is not known)"
    if "database" in low and "does not exist" in low:
        return "database", "the server has no database by that name"
    if state.startswith("57P") or "terminat" in low or "closed the connection" in low \
            or "server closed" in low or "connection is lost" in low or "bad state" in low:
        return "lost", "the connection to it was lost (the server stopped or restarted)"
    return "other", _first_line(text, ()) or type(orig).__name__


def _first_line(text: str, wanted: tuple[str, ...]) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if not wanted or any(word in line.lower() for word in wanted):
            # libpq's 'connection to server at "h" (addr), port p failed: why' -> why
            return mask_text(line.split(" failed: ", 1)[-1])
    return mask_text(lines[0]) if lines else ""


def unreachable(address: ServerAddress, exc: BaseException) -> ServerUnreachable:
    reason, why = reason_of(exc)
    message = f"Cannot reach the journal server {address.describe()}: {why}."
    if address.password:
        message = message.replace(address.password, "***")
    return ServerUnreachable(message, address, reason)
