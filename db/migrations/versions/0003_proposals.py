"""proposals (BIỂU 02)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("by", sa.BigInteger, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("sector", sa.String(200), nullable=False, server_default=""),
        sa.Column("tier", sa.String(10), nullable=False),
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("lead", sa.Text, nullable=False),
        sa.Column("coordinate", sa.Text, nullable=False, server_default=""),
        sa.Column("quarter", sa.String(30), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_proposal_agency", "proposals", ["province", "agency", "state"])


def downgrade() -> None:
    op.drop_index("ix_proposal_agency", "proposals")
    op.drop_table("proposals")
