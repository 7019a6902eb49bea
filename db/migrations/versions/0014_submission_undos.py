"""a submission undone ("Hoàn tác"), and the status change a submission made when it completed
its task

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL in the submissions from before: whether one of them completed its task is not told
    # apart; they are past their undo's window anyway.
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("marked", sa.Integer(), nullable=True))
    op.create_table(
        "submission_undos",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id"), nullable=False),
        sa.Column("by", sa.BigInteger, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("behalf", sa.String(200), nullable=True),
        sa.Column("restored", sa.Integer, nullable=True),
        sa.UniqueConstraint("submission_id", name="uq_submission_undo"),
    )


def downgrade() -> None:
    op.drop_table("submission_undos")
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("marked")
