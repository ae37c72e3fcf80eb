"""The journal's tables. Times are stored as UTC and always come back timezone-aware."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC text (SQLite has no time zones) and hands back aware UTC."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: journal times must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Entry(SQLModel, table=True):
    """One practice session. `deleted_at` marks a soft delete (undo restores it)."""

    __tablename__ = "entry"
    # Mirrors migrations/versions: the migrations, not this model, create the schema.
    __table_args__ = (
        sa.Index("ix_entry_live_started", "deleted_at", "started_at"),
        sa.Index("ux_entry_uuid", "uuid", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Stays with the entry through edits, exports and imports (ids.new_uuid).
    uuid: str = Field(max_length=36)
    started_at: datetime = Field(sa_type=UTCDateTime)
    duration_s: int
    part1: bool = False
    part2: bool = False
    part3: bool = False
    pain_before: int | None = None
    pain_after: int | None = None
    stopped_hurt: bool = False
    smoothness: int | None = None
    right_part_led: str | None = Field(default=None, max_length=8)
    friend_checked: bool = False
    friend_remark: str = ""
    notes: str = ""
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Up by one with every change: an edit names the version it was made on (0005).
    version: int = Field(default=1, sa_column_kwargs={"server_default": sa.text("1")})


class FriendCheck(SQLModel, table=True):
    """A friend's check of one roll of an entry (friend mode): what led it."""

    __tablename__ = "friend_check"
    __table_args__ = (sa.UniqueConstraint("entry_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(sa_column=sa.Column(
        sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), nullable=False, index=True))
    position: int  # 0-based order of the roll within the session
    step_id: str = Field(max_length=64)
    led: str = Field(max_length=16)  # "right", or the part that led instead


class PracticePause(SQLModel, table=True):
    """Days of rest during a flare-up: they leave the target and the strength score."""

    __tablename__ = "practice_pause"

    id: int | None = Field(default=None, primary_key=True)
    first_day: date = Field(sa_column=sa.Column(sa.Date, nullable=False, unique=True))
    last_day: date | None = Field(default=None, sa_column=sa.Column(sa.Date))  # None: until resumed
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class TargetChange(SQLModel, table=True):
    """The daily target from `effective_from` on (until the next change)."""

    __tablename__ = "daily_target"

    id: int | None = Field(default=None, primary_key=True)
    effective_from: date = Field(sa_column=sa.Column(sa.Date, nullable=False, unique=True))
    sessions_per_day: int
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class KeptAside(SQLModel, table=True):
    """A row of `entry` that could not be read, moved here by `check --repair`.

    Kept as text so that nothing in it is lost, and exported with the journal."""

    __tablename__ = "entry_kept_aside"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int
    kept_at: datetime = Field(sa_type=UTCDateTime)
    problem: str
    raw: str
