"""a status change or a submission recorded for a unit by someone else ("ghi thay")

Revision ID: 0012
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows from before this revision stay NULL: written by the unit's own officer as far as
    # the history can tell (an admin's earlier /capnhat or desk write for a unit is not told
    # apart here; the views, the web desk's included, read only this column).
    with op.batch_alter_table("status_changes") as batch:
        batch.add_column(sa.Column("behalf", sa.String(200), nullable=True))
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("behalf", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("behalf")
    with op.batch_alter_table("status_changes") as batch:
        batch.drop_column("behalf")
