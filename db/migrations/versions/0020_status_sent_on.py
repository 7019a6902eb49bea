"""a status change may carry the day the unit said it sent the document ("đã gửi ngày 9/4"),
earlier than the day it was written: on time or late is counted from that day

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_changes") as batch:
        batch.add_column(sa.Column("sent_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("status_changes") as batch:
        batch.drop_column("sent_on")
