"""Practising safely: a friend's check of each roll, pauses, and the daily target's history.

- friend_check: one row per roll a friend checked in friend mode (what led it).
- practice_pause: days of rest (first_day .. last_day, NULL = until resumed).
- daily_target: the daily target from effective_from on, so past weeks keep theirs.

Revision ID: 0003_practice_safety
Revises: 0002_live_entries_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_practice_safety"
down_revision = "0002_live_entries_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "friend_check",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("led", sa.String(16), nullable=False),
        sa.UniqueConstraint("entry_id", "position"),
    )
    op.create_index("ix_friend_check_entry_id", "friend_check", ["entry_id"])
    op.create_table(
        "practice_pause",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("first_day", sa.Date, nullable=False, unique=True),
        sa.Column("last_day", sa.Date),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "daily_target",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("effective_from", sa.Date, nullable=False, unique=True),
        sa.Column("sessions_per_day", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("daily_target")
    op.drop_table("practice_pause")
    op.drop_index("ix_friend_check_entry_id", "friend_check")
    op.drop_table("friend_check")
