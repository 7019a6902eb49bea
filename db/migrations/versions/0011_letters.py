"""published letters and their versions; submissions numbered per task (an occurrence of a
recurring task, a file for a form without a layout)

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("draft", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("by", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_letter_state", "letters", ["province", "state"])
    op.create_table(
        "letter_tasks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("letters.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("task_id", sa.String(60), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.UniqueConstraint("province", "task_id", name="uq_letter_task_id"),
    )
    op.create_index("ix_letter_task_letter", "letter_tasks", ["letter_id", "position"])
    op.create_table(
        "letter_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("letter_id", sa.Integer, nullable=True),
        sa.Column("letters", sa.Text, nullable=False),
        sa.Column("restores", sa.Integer, nullable=True),
        sa.Column("by", sa.BigInteger, nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("province", "number", name="uq_letter_version_number"),
    )
    # The versions of a submission were numbered per form and unit; a form's task is one task,
    # so numbering them per task, form and unit keeps every number, and lets a recurring task's
    # occurrences and the files of forms without a layout each count from 1.
    with op.batch_alter_table("submissions") as batch:
        batch.drop_constraint("uq_submission_version", type_="unique")
        batch.create_unique_constraint(
            "uq_submission_task_version", ["province", "task", "form", "agency", "version"]
        )


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_constraint("uq_submission_task_version", type_="unique")
        batch.create_unique_constraint(
            "uq_submission_version", ["province", "form", "agency", "version"]
        )
    op.drop_table("letter_versions")
    op.drop_index("ix_letter_task_letter", "letter_tasks")
    op.drop_table("letter_tasks")
    op.drop_index("ix_letter_state", "letters")
    op.drop_table("letters")
