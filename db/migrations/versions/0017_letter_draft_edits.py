"""each correction to a letter's draft kept with the draft it replaced: a correction is undone
("Hoàn tác") by writing the earlier draft back, and none is lost (the draft itself changed in
place)

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_draft_edits",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("said", sa.Text, nullable=False),
        sa.Column("by", sa.BigInteger, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("letter_id", "revision", name="uq_letter_draft_edit"),
    )


def downgrade() -> None:
    op.drop_table("letter_draft_edits")
