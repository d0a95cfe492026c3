"""held_messages: accepted messages whose handling failed, kept to be retried and reported

Revision ID: 0003_held_messages
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0003_held_messages"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("platform_message_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("group_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("received_at", storage.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("retry_at", storage.types.AwareDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Boolean(), nullable=False),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "platform_message_id"),
    )
    with op.batch_alter_table("held_messages", schema=None) as batch_op:
        batch_op.create_index("ix_held_due", ["failed", "retry_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("held_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_held_due")
    op.drop_table("held_messages")
