"""a task's blank form attached by the coordinator (a letter's "Mẫu số 01 kèm theo"), and its
undo, each a row of its own

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blank_forms",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("task", sa.String(100), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("by", sa.BigInteger, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undoes", sa.Integer, nullable=True),
    )
    op.create_index("ix_blank_forms_task", "blank_forms", ["province", "task"])


def downgrade() -> None:
    op.drop_index("ix_blank_forms_task", "blank_forms")
    op.drop_table("blank_forms")
