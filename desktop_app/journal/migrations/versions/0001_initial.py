"""The first journal schema: one table of practice sessions.

Revision ID: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("duration_s", sa.Integer, nullable=False),
        sa.Column("part1", sa.Boolean, nullable=False),
        sa.Column("part2", sa.Boolean, nullable=False),
        sa.Column("part3", sa.Boolean, nullable=False),
        sa.Column("pain_before", sa.Integer),
        sa.Column("pain_after", sa.Integer),
        sa.Column("stopped_hurt", sa.Boolean, nullable=False),
        sa.Column("smoothness", sa.Integer),
        sa.Column("right_part_led", sa.String(8)),
        sa.Column("friend_checked", sa.Boolean, nullable=False),
        sa.Column("friend_remark", sa.String, nullable=False),
        sa.Column("notes", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime),
    )
    op.create_index("ix_entry_started_at", "entry", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_entry_started_at", "entry")
    op.drop_table("entry")
