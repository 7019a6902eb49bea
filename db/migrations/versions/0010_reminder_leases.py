"""reminder claims carry a lease; a failed send waits for its retry time within the day

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Claims from before this revision have no lease: they fall back to claimed_at (stale after
    # ten minutes), and retries without a time are due at once.
    with op.batch_alter_table("reminder_log") as batch:
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("next_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reminder_log") as batch:
        batch.drop_column("next_at")
        batch.drop_column("lease_until")
