"""Give every entry a UUID that stays with it through edits, exports and imports, and
add the table where `check --repair` keeps rows that cannot be read.

The UUID is what import matches entries by (a unique index, so two imports running at
once cannot add one entry twice). Existing entries get a random one here.

The index on `started_at` alone goes: every query asks for live entries
(`deleted_at IS NULL`), which ix_entry_live_started serves, and each index costs a
bulk import a fifth of its time.

Making the column NOT NULL rebuilds `entry` (SQLite cannot alter a column), and
dropping the old table deletes what refers to it when foreign keys are on: a friend's
checks of each roll (friend_check, ON DELETE CASCADE). They are read first and put
back after the rebuild.

Revision ID: 0004_entry_uuid
Revises: 0003_practice_safety
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004_entry_uuid"
down_revision = "0003_practice_safety"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entry", sa.Column("uuid", sa.String(36), nullable=True))
    connection = op.get_bind()
    ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM entry")]
    if ids:
        connection.execute(
            sa.text("UPDATE entry SET uuid = :uuid WHERE id = :id"),
            [{"uuid": str(uuid.uuid4()), "id": entry_id} for entry_id in ids],
        )
    checks = connection.exec_driver_sql(
        "SELECT id, entry_id, position, step_id, led FROM friend_check").fetchall()
    with op.batch_alter_table("entry") as batch:
        batch.alter_column("uuid", existing_type=sa.String(36), nullable=False)
    if checks:
        connection.exec_driver_sql("DELETE FROM friend_check")  # (none left with keys on)
        connection.execute(
            sa.text("INSERT INTO friend_check (id, entry_id, position, step_id, led) "
                    "VALUES (:id, :entry_id, :position, :step_id, :led)"),
            [dict(row._mapping) for row in checks])
    op.create_index("ux_entry_uuid", "entry", ["uuid"], unique=True)
    op.drop_index("ix_entry_started_at", "entry")
    op.create_table(
        "entry_kept_aside",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, nullable=False),  # its id in `entry`
        sa.Column("kept_at", sa.DateTime, nullable=False),
        sa.Column("problem", sa.String, nullable=False),  # the fields that could not be read
        sa.Column("raw", sa.String, nullable=False),  # JSON: every column's stored value as text
    )


def downgrade() -> None:
    op.create_index("ix_entry_started_at", "entry", ["started_at"])
    op.drop_table("entry_kept_aside")
    op.drop_index("ux_entry_uuid", "entry")
    connection = op.get_bind()
    checks = connection.exec_driver_sql(
        "SELECT id, entry_id, position, step_id, led FROM friend_check").fetchall()
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("uuid")
    if checks:
        connection.exec_driver_sql("DELETE FROM friend_check")
        connection.execute(
            sa.text("INSERT INTO friend_check (id, entry_id, position, step_id, led) "
                    "VALUES (:id, :entry_id, :position, :step_id, :led)"),
            [dict(row._mapping) for row in checks])
