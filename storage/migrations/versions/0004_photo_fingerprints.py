"""photos: kind (problem or fix), perceptual fingerprint and EXIF capture time

Photos already stored keep kind 'fix' (every photo was a fix photo until now) and get no
fingerprint: a schema upgrade does not read the photo folder (it may be large, elsewhere, or
already cleaned up), and a photo without a fingerprint is simply not compared. After the look-back
([photos] lookback_days, 180 by default) the difference is gone.

Revision ID: 0004_photo_fingerprints
Revises: 0003_held_messages
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0004_photo_fingerprints"
down_revision = "0003_held_messages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), server_default="fix", nullable=False)
        )
        batch_op.add_column(sa.Column("fingerprint", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("taken_at", storage.types.AwareDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_column("taken_at")
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("kind")
