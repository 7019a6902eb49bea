"""a status change that undoes another names it: /hoantac typed twice says the undo is done and
asks before writing the status back (it used to undo the undo in silence)

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_changes") as batch:
        batch.add_column(sa.Column("undoes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("status_changes") as batch:
        batch.drop_column("undoes")
