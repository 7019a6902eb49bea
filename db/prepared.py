"""A Core select run straight on the DBAPI cursor, for the one statement every update runs (the
caller of an update, db/repo.py): around a two-row read by primary key, SQLAlchemy's execution
(an execution context, a cursor result, a row) cost five times the statement itself, 47-58 us
against 7-10 us, the largest part of what a question costs beyond the echo baseline's work
(bench/README.md, Load).

SQLAlchemy still compiles the statement (once per dialect) and its own processors convert the
parameters and the columns (`TypeEngine.dialect_impl`), so a row reads the same as through
`Connection.execute` (tests/db/test_prepared.py, on SQLite and PostgreSQL). What it skips is the
engine's statement events: bench/bench_statements.py counts these reads itself.
"""

from __future__ import annotations

import weakref
from collections import namedtuple
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql import Select


class _Form:
    """The statement as one dialect runs it."""

    def __init__(self, statement: Select[Any], dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql = compiled.string
        # positional drivers (SQLite's qmark) take the values in the order the SQL names them
        self.order: list[str] | None = (
            list(compiled.positiontup or ()) if compiled.positional else None
        )
        self.binds: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self.binds[name] = process
        columns = list(statement.selected_columns)
        self.columns = [
            c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
        ]
        # a row read by column name, as SQLAlchemy's rows are
        self.row: Callable[..., Any] = namedtuple("Row", [c.key for c in columns])  # type: ignore[misc]

    def parameters(self, values: Mapping[str, Any]) -> Any:
        if self.binds:
            values = {k: self.binds[k](v) if k in self.binds else v for k, v in values.items()}
        if self.order is None:
            return values
        return tuple([values[name] for name in self.order])

    def convert(self, raw: tuple[Any, ...]) -> Any:
        return self.row(
            *(
                value if process is None or value is None else process(value)
                for process, value in zip(self.columns, raw, strict=True)
            )
        )


class Prepared:
    def __init__(self, statement: Select[Any]) -> None:
        self.statement = statement
        self._forms: weakref.WeakKeyDictionary[Dialect, _Form] = weakref.WeakKeyDictionary()

    def first(self, connection: Connection, values: Mapping[str, Any]) -> Any | None:
        """The first row the statement gives on this connection (inside its transaction), as a
        named tuple of its columns; None when there is none."""
        dialect = connection.dialect
        form = self._forms.get(dialect)
        if form is None:
            form = self._forms[dialect] = _Form(self.statement, dialect)
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(form.sql, form.parameters(values))
            raw = cursor.fetchone()
        finally:
            cursor.close()
        return None if raw is None else form.convert(raw)
