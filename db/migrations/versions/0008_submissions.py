"""submissions of the forms (BIỂU 02, Phụ lục I–IV)

Revision ID: 0008
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("task", sa.String(100), nullable=False),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("by", sa.BigInteger, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.UniqueConstraint("province", "form", "agency", "version", name="uq_submission_version"),
    )
    op.create_index("ix_submission_task", "submissions", ["province", "task", "agency"])


def downgrade() -> None:
    op.drop_index("ix_submission_task", "submissions")
    op.drop_table("submissions")
