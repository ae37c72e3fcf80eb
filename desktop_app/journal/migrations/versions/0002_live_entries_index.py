"""Index the live (not deleted) entries by start time.

Every history and weekly-chart query filters `deleted_at IS NULL` and orders or
groups by `started_at`; one composite index serves them all.

Revision ID: 0002_live_entries_index
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

revision = "0002_live_entries_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entry_live_started", "entry", ["deleted_at", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_entry_live_started", "entry")
