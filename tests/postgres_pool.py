"""The PostgreSQL databases of a test process: a migrated template, copies of it handed out one
test at a time and reset when given back (tests/databases.py says how and why; it hands them out).
"""

from __future__ import annotations

import atexit
import time
import uuid
from collections.abc import Callable
from typing import Any

from tests.database_drops import drop_later
from tests.databases import SHARED

# Queries on the PostgreSQL catalogue. "Ours" is every schema but the server's own.
_OURS = (
    "{ns}.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND {ns}.nspname NOT LIKE 'pg\\_toast%' AND {ns}.nspname NOT LIKE 'pg\\_temp\\_%'"
)
# What a test could change besides rows, each as lines of text: relations (tables, indexes,
# sequences, views) with their columns, types, defaults and nullability; constraints; triggers;
# functions; enum labels; extensions; and the state of every sequence.
_SHAPE = f"""
SELECT md5(coalesce(string_agg(line, E'\\n' ORDER BY line), '')) FROM (
  SELECT format('rel %s.%s %s %s %s %s %s', n.nspname, c.relname, c.relkind, a.attnum, a.attname,
                format_type(a.atttypid, a.atttypmod), a.attnotnull)
         || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
   WHERE {_OURS.format(ns="n")}
  UNION ALL
  SELECT format('con %s %s %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
   WHERE {_OURS.format(ns="n")}
  UNION ALL
  SELECT format('index %s', pg_get_indexdef(i.indexrelid))
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE {_OURS.format(ns="n")}
  UNION ALL
  SELECT format('trigger %s %s', t.tgrelid::regclass, t.tgname)
    FROM pg_trigger t WHERE NOT t.tgisinternal
  UNION ALL
  SELECT format('function %s', p.oid::regprocedure)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE {_OURS.format(ns="n")}
  UNION ALL
  SELECT format('enum %s %s %s', e.enumtypid::regtype, e.enumsortorder, e.enumlabel)
    FROM pg_enum e
  UNION ALL
  SELECT format('extension %s %s', extname, extversion) FROM pg_extension
  UNION ALL
  SELECT format('sequence %s.%s %s %s %s %s %s %s', schemaname, sequencename, start_value,
                increment_by, min_value, max_value, cycle, last_value)
    FROM pg_sequences
) lines
"""
# The tables a test may have written to: a table never written has no pages at all.
_WRITTEN = f"""
SELECT format('%I.%I', n.nspname, c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND {_OURS.format(ns="n")} AND pg_relation_size(c.oid) > 0
"""
_TABLES = f"""
SELECT format('%I.%I', n.nspname, c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND {_OURS.format(ns="n")}
"""
# Every sequence back to where a new one starts (pg_sequences shows no last_value before the
# first nextval, also after a RESTART: the state itself is set, not compared).
_RESTART_SEQUENCES = """
SELECT setval(format('%I.%I', schemaname, sequencename), start_value, false) FROM pg_sequences
"""
# Every other session on this database, and whether it is idle: in no transaction and holding no
# lock (not even a session's advisory lock). A bot process the test killed, an engine it leaked:
# ended, and waited for below, so that no lock or open transaction outlives the test; only the
# idle sessions the bot's kept engine parked stay (ParkedSessions). (pg_terminate_backend's own
# wait sleeps 100 ms at once.)
_OTHERS = """
SELECT a.pid, a.state = 'idle' AND NOT EXISTS (SELECT FROM pg_locks l WHERE l.pid = a.pid)
  FROM pg_stat_activity a
 WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
   AND a.backend_type = 'client backend'
"""
# A statement of its own: put in the query above, the planner may end sessions it then filters out.
_END = "SELECT pg_terminate_backend(pid) FROM unnest(CAST(:pids AS integer[])) AS pid"
# The shape query above cost the server ~5-10 ms a reset (it reads the whole catalogue, whose
# caches each TRUNCATE invalidates), and almost no test changes a schema. So the template holds
# event triggers that count every DDL command run on the database, by any session of any
# process (a bot the test started included), rolled back or not (a sequence is not
# transactional): the reset compares the shape only when one ran, or when the watch itself is
# gone or disabled (ALTER or DROP EVENT TRIGGER fire no event trigger). TRUNCATE and setval are
# no DDL: the reset's own statements leave the count alone, and restarting every sequence
# (_RESTART_SEQUENCES) sets it back to "nothing ran".
_WATCH_EVENTS = ("ddl_command_end", "sql_drop", "table_rewrite")
_WATCH = [
    "CREATE SCHEMA pool_watch",
    "CREATE SEQUENCE pool_watch.ddl_seen",
    "CREATE FUNCTION pool_watch.note_ddl() RETURNS event_trigger LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = pg_catalog "
    "AS $$ BEGIN PERFORM nextval('pool_watch.ddl_seen'); END $$",
    *(
        f"CREATE EVENT TRIGGER pool_watch_{event} ON {event} "
        "EXECUTE FUNCTION pool_watch.note_ddl()"
        for event in _WATCH_EVENTS
    ),
]
_DDL_SEEN = f"""
SELECT s.is_called OR (SELECT count(*) FROM pg_event_trigger
                        WHERE evtname LIKE 'pool\\_watch\\_%' AND evtenabled = 'O')
                       <> {len(_WATCH_EVENTS)}
  FROM pool_watch.ddl_seen s
"""
_STILL_THERE = "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:pids)"
_PATIENCE = 10.0  # seconds a session ended may take to go, and a lock to be given up


_servers: dict[str, PostgresPool] = {}


def pool_on(base: str) -> PostgresPool:
    if base not in _servers:
        _servers[base] = PostgresPool(base)
        atexit.register(_servers[base].close)
    return _servers[base]


class PostgresPool:
    """Databases on one PostgreSQL server for this test process: a migrated template, copies of
    it handed out one test at a time, reset when given back (tests/databases.py's docstring)."""

    def __init__(self, base: str):
        from sqlalchemy import create_engine, text

        self.base = base
        self.admin = create_engine(base, isolation_level="AUTOCOMMIT")
        self.template = self._create(f"tmpl_{uuid.uuid4().hex[:12]}", template=None)
        engine = self._engine(self.template)
        try:
            from db.session import migrate

            migrate(engine)
            with engine.connect() as connection:
                for statement in _WATCH:
                    connection.execute(text(statement))
                connection.execute(text(_RESTART_SEQUENCES))
                self.expected = self._state(connection)
        finally:
            engine.dispose()  # a template may have no open connection while it is copied
        self.free: list[str] = []
        self.engines: dict[str, Any] = {}
        self.replaced = 0  # databases a reset could not bring back, dropped and copied anew
        self.shapes_compared = 0  # resets that compared the schema (a DDL command ran)

    def take(self) -> tuple[str, Callable[[], None]]:
        database = self.free.pop() if self.free else self._create(self._name(), self.template)
        url = self._url(database)
        SHARED.reusable.add(url)
        given: list[bool] = []

        def give_back() -> None:
            if not given:  # a second call must not put it in the pool twice
                given.append(True)
                # the bot's engine: its connections closed, its sessions parked
                self._give_back(database, SHARED.give_back(url))

        return url, give_back

    def empty(self) -> tuple[str, Callable[[], None]]:
        """A database no migration has touched (the server's template1), not reused."""
        database = self._create(self._name(), template=None)
        return self._url(database), lambda: self._drop(database)

    def reset(self, database: str, parked: frozenset[int] = frozenset()) -> bool:
        """Bring a database back to the template's state, every session on it ended but the
        `parked` ones that are idle; False if it could not be."""
        from sqlalchemy import text

        engine = self.engines.get(database)
        if engine is None:
            engine = self.engines[database] = self._engine(database, pre_ping=True)
        with engine.connect() as connection:
            others = connection.execute(text(_OTHERS)).all()
            kept = frozenset(pid for pid, idle in others if idle and pid in parked)
            ended = [pid for pid, _ in others if pid not in kept]
            SHARED.settle(self._url(database), kept)
            if ended:
                connection.execute(text(_END), {"pids": ended})
            waited = time.monotonic() + _PATIENCE
            while ended and connection.execute(text(_STILL_THERE), {"pids": ended}).scalar():
                if time.monotonic() > waited:
                    return False
                time.sleep(0.002)
            changed = connection.execute(text(_DDL_SEEN)).scalar()
            written = [
                table
                for (table,) in connection.execute(text(_WRITTEN))
                if table not in self.expected["rows"]
            ]
            if written:
                # TRUNCATE, not DELETE: the tables get new empty files, so rows land in the
                # order they are written, as in a fresh copy (no reused slots of dead rows).
                connection.execute(text(f"TRUNCATE {', '.join(written)} CASCADE"))
            connection.execute(text(_RESTART_SEQUENCES))
            if not changed:
                # Every table but the template's non-empty ones is empty by now: it has no page
                # (never written) or was just truncated. So only those are digested again, not
                # all of them (a UNION over every table, planned anew at each reset: ~1 ms of
                # the server's CPU a test, bench/README.md, Round 30: the PostgreSQL half).
                return self._kept_rows(connection) == self.expected["rows"]
            self.shapes_compared += 1
            return self._state(connection) == self.expected

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()
        self.engines.clear()
        left = [*self.free, self.template]
        for database in left:
            SHARED.forget(self._url(database))
        self.free.clear()
        self.admin.dispose()
        drop_later(self.base, left)  # each drop waits for a checkpoint (tests/database_drops.py)

    def _give_back(self, database: str, parked: frozenset[int] = frozenset()) -> None:
        try:
            clean = self.reset(database, parked)
        except Exception:  # a reset that fails for any reason: the database is not reused
            clean = False
        if clean:
            self.free.append(database)
            return
        self.replaced += 1
        engine = self.engines.pop(database, None)
        if engine is not None:
            engine.dispose()
        self._drop(database)

    def _state(self, connection) -> dict[str, Any]:
        """What a test must find in a database it is given, compared after each reset: the
        shape (only after a DDL command, _DDL_SEEN), and a digest of the rows of every table
        that has any (alembic_version only)."""
        from sqlalchemy import text

        return {"shape": connection.execute(text(_SHAPE)).scalar(), "rows": self._rows(connection)}

    def _rows(self, connection) -> dict[str, str]:
        from sqlalchemy import text

        if not hasattr(self, "_contents"):
            tables = [table for (table,) in connection.execute(text(_TABLES))]
            self._contents = text(_digest(tables))
        found = connection.execute(self._contents)
        return {table: digest for table, count, digest in found if count}

    def _kept_rows(self, connection) -> dict[str, str]:
        """The digest of the rows of the tables the template holds rows in (_rows on those)."""
        from sqlalchemy import text

        if not self.expected["rows"]:
            return {}
        if not hasattr(self, "_kept_contents"):
            self._kept_contents = text(_digest(sorted(self.expected["rows"])))
        found = connection.execute(self._kept_contents)
        return {table: digest for table, count, digest in found if count}

    def _name(self) -> str:
        return f"t_{uuid.uuid4().hex[:16]}"

    def _url(self, database: str) -> str:
        from sqlalchemy import make_url

        return make_url(self.base).set(database=database).render_as_string(hide_password=False)

    def _engine(self, database: str, pre_ping: bool = False):
        from sqlalchemy import create_engine

        return create_engine(
            self._url(database),
            isolation_level="AUTOCOMMIT",
            pool_size=1,
            pool_pre_ping=pre_ping,  # a test may have ended this very session
            # a lock nobody gives up fails the reset (and the database is dropped), never hangs
            connect_args={"options": f"-c lock_timeout={int(_PATIENCE * 1000)}"},
        )

    def _create(self, database: str, template: str | None) -> str:
        from sqlalchemy import text

        copied = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{database}"{copied}'))
        return database

    def _drop(self, database: str) -> None:
        from sqlalchemy import text

        SHARED.forget(self._url(database))

        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))


def _digest(tables: list[str]) -> str:
    """A query giving each table's name, row count and a digest of its rows."""
    return " UNION ALL ".join(
        f"SELECT '{table}', count(*), "
        f"md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM {table} t"
        for table in tables
    )
