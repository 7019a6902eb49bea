"""the tasks whose tracking the coordinator ended, carried by every version of the letters

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL in the versions from before: no task was ended then.
    with op.batch_alter_table("letter_versions") as batch:
        batch.add_column(sa.Column("ended", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letter_versions") as batch:
        batch.drop_column("ended")
