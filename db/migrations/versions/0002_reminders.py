"""reminder log (exactly-once delivery) and the last tick per province

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uniq", sa.String(500), nullable=False, unique=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("offset", sa.Integer, nullable=False),
        sa.Column("keys", sa.Text, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_reminder_state_chat", "reminder_log", ["province", "state", "chat_id"])
    op.create_table(
        "tick_state",
        sa.Column("province", sa.String(50), primary_key=True),
        sa.Column("last_day", sa.Date, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tick_state")
    op.drop_index("ix_reminder_state_chat", "reminder_log")
    op.drop_table("reminder_log")
