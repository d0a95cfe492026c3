"""tickets: the group/status index also covers category and building

A new report asks whether the same problem is already open in its group; with only (group_id,
status) indexed that read every open ticket of the group, and the cost grew with the backlog.
The longer index answers it directly and still serves every (group_id, status) query.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_group_status_problem", ["group_id", "status", "category", "building"], unique=False
        )
        batch_op.drop_index("ix_tickets_group_status")


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_group_status", ["group_id", "status"], unique=False)
        batch_op.drop_index("ix_tickets_group_status_problem")
