"""the append-only log of proposal changes (create, edit, withdraw, restore, undo)

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Proposals from before this revision have no entries: their log starts at their next change.
    op.create_table(
        "proposal_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("proposal_id", sa.Integer, sa.ForeignKey("proposals.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("after", sa.Text, nullable=False),
        sa.Column("undoes", sa.Integer, nullable=True),
        sa.Column("by", sa.BigInteger, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_proposal_change", "proposal_changes", ["province", "proposal_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_proposal_change", "proposal_changes")
    op.drop_table("proposal_changes")
