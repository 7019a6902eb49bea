"""the deadlines the coordinator moved (a task's, or one occurrence's of a recurring task),
carried by every version of the letters as the ended tasks are

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL in the versions from before: no deadline was moved then.
    with op.batch_alter_table("letter_versions") as batch:
        batch.add_column(sa.Column("moved", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letter_versions") as batch:
        batch.drop_column("moved")
