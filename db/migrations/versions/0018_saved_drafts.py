"""what an officer typed into a prompt another command ended (a form's lines, a status's note),
kept as a draft to take up again, apart from the one prompt a chat waits for

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_drafts",
        sa.Column("chat_id", sa.BigInteger, primary_key=True),
        sa.Column("user_id", sa.BigInteger, primary_key=True),
        sa.Column("slot", sa.String(30), primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("saved_drafts")
