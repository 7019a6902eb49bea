"""The SQLAlchemy models and the migrations describe the same schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.models import Base
from db.session import make_engine, migrate


def test_models_match_the_migrations(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        # a model changed without a migration (or the reverse) shows here as add/remove/modify
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
