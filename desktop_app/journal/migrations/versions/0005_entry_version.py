"""Count the changes of each entry, so that an edit made on one computer never silently
overwrites one made on another (a journal on a PostgreSQL server, shared).

`version` starts at 1 and goes up by one with every edit, delete and undo; an UPDATE
names the version the person saw (`WHERE id = ? AND version = ?`), and changes nothing
when another computer got there first.

Adding a NOT NULL column with a default is a plain ALTER TABLE in SQLite too: the table
is not rebuilt, so a friend's checks (ON DELETE CASCADE) are untouched.

Revision ID: 0005_entry_version
Revises: 0004_entry_uuid
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_entry_version"
down_revision = "0004_entry_uuid"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entry", sa.Column("version", sa.Integer, nullable=False,
                                     server_default=sa.text("1")))


def downgrade() -> None:
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("version")
