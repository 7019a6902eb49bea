"""a group follows several agencies; a waiting prompt knows when it was asked

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_agencies",
        sa.Column("chat_id", sa.BigInteger, primary_key=True),
        sa.Column("agency", sa.String(200), primary_key=True),
    )
    # Each group bound to one agency keeps it, now as its first followed agency.
    op.execute(
        "INSERT INTO chat_agencies (chat_id, agency) "
        "SELECT chat_id, agency FROM chats WHERE agency IS NOT NULL"
    )
    with op.batch_alter_table("chats") as batch:
        batch.drop_column("agency")
    with op.batch_alter_table("pending_inputs") as batch:
        batch.add_column(sa.Column("since", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pending_inputs") as batch:
        batch.drop_column("since")
    with op.batch_alter_table("chats") as batch:
        batch.add_column(sa.Column("agency", sa.String(200), nullable=True))
    # A group back to one agency: the first it followed (by name, as there is no order kept).
    op.execute(
        "UPDATE chats SET agency = (SELECT MIN(agency) FROM chat_agencies "
        "WHERE chat_agencies.chat_id = chats.chat_id)"
    )
    op.drop_table("chat_agencies")
