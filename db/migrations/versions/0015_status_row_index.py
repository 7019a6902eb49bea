"""a row's status changes by id, every agency's: /lichsu reads its latest ones without sorting
the row's whole history

Revision ID: 0015
Revises: 0014
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_status_key", "status_changes", ["province", "key", "id"])


def downgrade() -> None:
    op.drop_index("ix_status_key", table_name="status_changes")
