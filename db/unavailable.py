"""The one error a command line catches from the database layer, apart from SQLAlchemy: the
command line imports it for every command, and a command that uses no database (reading a
letter) should not pay for importing SQLAlchemy and Alembic to catch it."""


class DatabaseUnavailable(RuntimeError):
    """The database cannot be used at start: one line saying which and why."""
