"""versions of imported assignment tables: every import and rollback kept

Revision ID: 0006
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("number", sa.Integer, nullable=True),
        sa.Column("base", sa.Integer, nullable=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("province_name", sa.String(200), nullable=False),
        sa.Column("decision", sa.String(10), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("by", sa.BigInteger, nullable=True),
        sa.Column("restores", sa.Integer, nullable=True),
        sa.Column("embedded", sa.Boolean, nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("province", "number", name="uq_import_version_number"),
    )
    op.create_index("ix_import_version_state", "import_versions", ["province", "state"])
    op.add_column("imported_assignments", sa.Column("version_id", sa.Integer, nullable=True))
    op.add_column(
        "imported_assignments",
        sa.Column("role_text", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_imported_assignments_version_id", "imported_assignments", ["version_id"])
    # A table imported before versions existed becomes version 1 of its province.
    bind = op.get_bind()
    tables = bind.execute(
        sa.text(
            "SELECT province, MIN(province_name), MIN(decision), MIN(source), MIN(imported_at), "
            "COUNT(*) FROM imported_assignments GROUP BY province"
        )
    ).all()
    for province, name, decision, source, at, count in tables:
        bind.execute(
            sa.text(
                "INSERT INTO import_versions (province, number, state, province_name, decision, "
                "source, embedded, rows, created_at, applied_at) VALUES (:p, 1, 'applied', :n, "
                ":d, :s, :e, :c, :at, :at)"
            ),
            {
                "p": province,
                "n": name,
                "d": decision,
                "s": source,
                "e": False,
                "c": count,
                "at": at,
            },
        )
        bind.execute(
            sa.text(
                "UPDATE imported_assignments SET version_id = (SELECT id FROM import_versions "
                "WHERE province = :p AND number = 1) WHERE province = :p"
            ),
            {"p": province},
        )


def downgrade() -> None:
    op.drop_index("ix_imported_assignments_version_id", "imported_assignments")
    op.drop_column("imported_assignments", "role_text")
    op.drop_column("imported_assignments", "version_id")
    op.drop_index("ix_import_version_state", "import_versions")
    op.drop_table("import_versions")
