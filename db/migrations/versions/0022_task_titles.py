"""the titles the coordinator gave published tasks ("sửa tên nv 1 thành …"), carried by every
version of the letters as the moved deadlines are

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL in the versions from before: no published task was renamed then.
    with op.batch_alter_table("letter_versions") as batch:
        batch.add_column(sa.Column("renamed", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letter_versions") as batch:
        batch.drop_column("renamed")
