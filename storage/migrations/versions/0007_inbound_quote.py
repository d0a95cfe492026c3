"""inbound_messages: the hash of what a message quoted, so that one word said twice quoting two messages
is not taken for a redelivery, while the text's own hash still finds a message by its text

Revision ID: 0007_inbound_quote
Revises: 0006_corrections
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007_inbound_quote"
down_revision = "0006_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quote_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_column("quote_hash")
