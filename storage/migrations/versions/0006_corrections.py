"""inbound_messages keep their text; corrections: messages whose reading a person corrected

Revision ID: 0006_corrections
Revises: 0005_accounts
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0006_corrections"
down_revision = "0005_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("message_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("at", storage.types.AwareDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["members.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.create_index("ix_corrections_message", ["platform", "message_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.drop_index("ix_corrections_message")
    op.drop_table("corrections")
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_column("text")
