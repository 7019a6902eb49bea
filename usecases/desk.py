"""The desk every front end works at: the repositories, the clock, the configuration and the
catalogue with the assignment table and the published letters in force, and the way to run a
use case on them.

The composition root (`bot/`) opens one (`Desk.open`); the chat's handlers reach it as
`context.services`, the command line and the web page hold their own. Use cases receive it as
their first argument and call the repositories on it: inside `Desk.run` / `Desk.call` every
repository call joins the use case's unit of work.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Awaitable, Callable, Coroutine, Hashable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, overload

from db.blank_form_repo import BlankFormRepo
from db.import_repo import ImportRepo
from db.letter_repo import LetterRepo
from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from db.session import make_sessions, open_database, release
from db.submission_repo import SubmissionRepo
from db.unit import Sessions
from knowledge.catalogue.model import Catalogue, Province
from knowledge.deliverables.digest import Cadence
from knowledge.letters.publish import with_letters
from knowledge.reader.ask import Assistant, default_assistant
from knowledge.rules import officers
from knowledge.rules.reminders import Policy
from knowledge.rules.standing import Mark, marks_of
from knowledge.rules.statuses import Change
from usecases import readers, runner

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

TABLE_CHECK_EVERY = timedelta(seconds=1)  # between two looks for a new table version
REMEMBERED = 4096  # entries of one `remembered` cache (a question's reading: a few hundred bytes)


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class Settings(Protocol):
    """The part of the configuration the use cases and jobs read."""

    province: str
    admins: list[int]
    policy: Policy
    digest: Cadence
    reminder_time: time

    @property
    def database(self) -> str | None: ...

    @property
    def desk_url(self) -> str:
        """The web desk's HTTPS address ("" when there is none)."""
        ...


@dataclass
class Statuses:
    """Every current status, as of the newest change `version`; and what was built from them
    (`view`), kept until another change comes in (here or in another process)."""

    version: int
    current: dict[tuple[str, str], Change]
    views: dict[tuple, Any] = field(default_factory=dict)
    counted: int | None = None  # the province's changes with id <= version, where it was counted
    # the officers' names by user id (who set a status), read only when the marks are built
    names: Callable[[], dict[int, str]] | None = field(default=None, repr=False)

    @functools.cached_property
    def marks(self) -> dict[tuple[str, str], Mark]:
        return marks_of(self.current, self.names() if self.names is not None else None)

    def view(self, key: tuple, build: Callable[[], T]) -> T:
        if key not in self.views:
            self.views[key] = build()
        value: T = self.views[key]
        return value


def in_force_of(
    tables: ImportRepo, letters: LetterRepo | None, base: Assistant, province: str
) -> tuple[int, int, Catalogue]:
    """(table version, letters version, the catalogue built from them): each version's number
    read once, with what it holds."""
    number, catalogue = tables.in_force(base.catalogue, province)
    if letters is None:
        return number, 0, catalogue
    state = letters.state()
    # the titles the coordinator gave published tasks (usecases/task_renames.py)
    titles = {task_id: title for task_id, (title, _) in state.renamed.items()}
    catalogue = with_letters(
        catalogue, province, state.published, state.ended, state.moved, titles
    )
    return number, state.number, catalogue


def _paired(catalogue: Catalogue, base: Assistant) -> tuple[Catalogue, Assistant | None]:
    """`in_force`: the catalogue with its reader when one is built already (the shipped one's,
    or one built for an equal catalogue: usecases/readers.py), else None (built at first use)."""
    if catalogue is base.catalogue:
        return catalogue, base
    return readers.known(catalogue)


@dataclass
class Desk:
    # the catalogue in force (the assignment table and the published letters applied) and its
    # reader once built (`assistant`): a publish, a table applied, a deadline moved swap in
    # their catalogue at once, and the reader is built by the first use that reads with it
    # (the reminders, the notices and the digest read only the catalogue)
    in_force: tuple[Catalogue, Assistant | None]
    repo: Repo
    clock: Clock
    config: Settings
    reminders: ReminderRepo
    proposals: ProposalRepo
    submissions: SubmissionRepo
    tables: ImportRepo | None = None
    table_number: int = 0  # the assignment table version `in_force` holds
    base: Assistant | None = field(default=None, repr=False)  # on the data files' tables
    table_checked: datetime | None = field(default=None, repr=False)  # the last look
    # set by the composition root: deliver what the reminder log owes now (a round of reminders
    # the coordinator asked for) without waiting for the daily tick
    deliver_owed: Callable[[], Awaitable[object]] | None = None
    # what only changes with the table in force (row references, the agencies one may register
    # for): built once per version, dropped when another comes into force
    _per_table: tuple[Catalogue | None, dict[str, Any]] = field(default=(None, {}), repr=False)
    _rebuilding: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _building: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _statuses: Statuses | None = field(default=None, repr=False)
    # what this process keeps of a chat between updates, by its use cases' names (a row named
    # and left unwritten: usecases/named_rows.py); never a write, lost on a restart
    memory: dict[str, Any] = field(default_factory=dict, repr=False)
    # the published letters (db/letter_repo.py), and the version of them `in_force` holds
    letters: LetterRepo | None = None
    letters_number: int = 0
    # the tasks' blank forms the coordinator attached (usecases/letter_forms.py)
    blank_forms: BlankFormRepo | None = None

    @classmethod
    def open(
        cls,
        config: Settings,
        clock: Clock,
        assistant: Assistant | None = None,
        writable: bool = True,
    ) -> Desk:
        """The database migrated, the repositories on it, the table in force applied. A database
        that cannot be used is one line (db.session.DatabaseUnavailable); `writable`: check at
        once that it takes a write (a read-only file fails here, not at the first status)."""
        engine = open_database(config.database, writable=writable)
        sessions = make_sessions(engine)
        base = assistant or default_assistant()
        tables = ImportRepo(sessions)
        letters = LetterRepo(sessions, config.province)
        # one connection and one snapshot for the reads (each was its own session: a fifth of
        # a start's CPU, bench/README.md round 28), so the table and the letters agree
        with sessions.unit(writes=False):
            number, published, catalogue = in_force_of(tables, letters, base, config.province)
        # The version in force replaces the embedded table (or creates the province), the
        # letters in force add their tasks; the desk follows later versions (sync_table).
        return cls(
            _paired(catalogue, base),
            Repo(sessions, config.province),
            clock,
            config,
            ReminderRepo(sessions, config.province),
            ProposalRepo(sessions, config.province),
            SubmissionRepo(sessions, config.province),
            tables,
            number,
            base,
            letters=letters,
            letters_number=published,
            blank_forms=BlankFormRepo(sessions, config.province),
        )

    def close(self) -> None:
        """Let go of the database's connections (a desk that will not be used): db.session's
        `release` (a memory database keeps its one connection, which is its data)."""
        release(self.sessions.kw["bind"])

    @property
    def sessions(self) -> Sessions:
        sessions = self.repo.sessions
        assert isinstance(sessions, Sessions)
        return sessions

    # -- running use cases -------------------------------------------------------------------
    @overload
    async def run(
        self,
        fn: Callable[Concatenate[Desk, P], Coroutine[Any, Any, R]],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R: ...

    @overload
    async def run(
        self, fn: Callable[Concatenate[Desk, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R: ...

    async def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a use case from async code: in a worker thread inside its unit of work, so the
        event loop never waits on the database; run again after a busy database. A front
        (runner.py) is awaited on the loop and runs its own use cases."""
        return await runner.run_async(self.sessions, fn, lambda: fn(self, *args, **kwargs))

    async def run_opened(
        self, opening: tuple[int, int, str], fn: Callable[..., Any], *args: Any
    ) -> tuple[Any, bool, Any]:
        """The caller of an update read and the use case `fn(desk, caller, *args)` run in one unit
        and one trip to a worker thread (usecases/callers.py, `opened_then`): each trip wakes a
        thread, which costs more than the read it carries (bench/README.md, Load)."""
        from usecases.callers import opened_then  # callers imports this module

        return await runner.run_async(
            self.sessions, fn, lambda: opened_then(self, opening, fn, args)
        )

    @overload
    def call(
        self,
        fn: Callable[Concatenate[Desk, P], Coroutine[Any, Any, R]],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R: ...

    @overload
    def call(
        self, fn: Callable[Concatenate[Desk, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R: ...

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a use case from synchronous code (the command line, a test, another use case,
        whose unit it then joins); a front in an event loop of its own."""
        return runner.run_sync(self.sessions, fn, lambda: fn(self, *args, **kwargs))

    # -- the table in force -------------------------------------------------------------------
    def sync_table(self, force: bool = False) -> None:
        """Everything reads `in_force`: swapped when another version of the assignment table
        came into force, or another version of the published letters (applied or published in
        chat, from the command line, or by another instance). Updates look at most once a
        second (a query on every message cost a fifth of a busy bot's time); an apply or a
        publish here, and each reminder tick, look at once (`force`). Runs inside a use case (a
        worker thread): one rebuild at a time."""
        if self.tables is None:
            return
        moment = self.clock.now()
        last = self.table_checked
        if not force and last is not None and timedelta(0) <= moment - last < TABLE_CHECK_EVERY:
            return
        self.table_checked = moment
        wanted = self._numbers()
        if wanted == (self.table_number, self.letters_number):
            return
        with self._rebuilding:
            if wanted == (self.table_number, self.letters_number):
                return  # another thread rebuilt it meanwhile
            base = self.base or self.assistant
            slug = self.config.province
            table, letters, catalogue = in_force_of(self.tables, self.letters, base, slug)
            with self._building:
                self.in_force = _paired(catalogue, base)
            # the numbers the catalogue was built at (read with it, in the same unit)
            self.table_number, self.letters_number = table, letters

    def _numbers(self) -> tuple[int, int]:
        """(table version, letters version) in force in the database."""
        assert self.tables is not None
        table = self.tables.in_force_number(self.config.province)
        return table, self.letters.in_force_number() if self.letters is not None else 0

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue in force, without building its reader."""
        return self.in_force[0]

    @property
    def assistant(self) -> Assistant:
        """The reader of the catalogue in force, built at its first use."""
        catalogue, built = self.in_force
        return built if built is not None else self._reader(catalogue)

    def _reader(self, catalogue: Catalogue) -> Assistant:
        """The reader of `catalogue`, built once: the first caller builds it, the others wait
        for it. Kept only while `catalogue` is still the one in force."""
        with self._building:
            now, built = self.in_force
            if built is not None and now is catalogue:
                return built
            reader = readers.built(catalogue)
            if now is catalogue:
                self.in_force = (catalogue, reader)
            return reader

    def per_table(self, name: str, build: Callable[[Assistant], T]) -> T:
        """`build(assistant)` once per table version: what depends only on the table in force
        (kept beside the catalogue it was built from, so another version drops it)."""
        catalogue, built = self.in_force
        cache = self._table_cache(catalogue)
        if name not in cache:
            cache[name] = build(built if built is not None else self._reader(catalogue))
        value: T = cache[name]
        return value

    def per_catalogue(self, name: str, build: Callable[[], T]) -> T:
        """`build()` once per table version, as `per_table`, for what needs no reader (which
        is then not built for it)."""
        cache = self._table_cache(self.catalogue)
        if name not in cache:
            cache[name] = build()
        value: T = cache[name]
        return value

    def _table_cache(self, catalogue: Catalogue) -> dict[str, Any]:
        owner, cache = self._per_table
        if owner is not catalogue:
            cache = {}
            self._per_table = (catalogue, cache)
        return cache

    def remembered(self, name: str, key: Hashable, build: Callable[[], T]) -> T:
        """`build()` once per `key` and table version, in the table's `name` cache (at most
        REMEMBERED entries, then started again): what depends only on its key and the table in
        force, never changed once built."""
        kept: dict[Hashable, T] = self._table_cache(self.catalogue).setdefault(name, {})
        if key in kept:
            return kept[key]
        if len(kept) >= REMEMBERED:
            kept.clear()
        value = kept[key] = build()
        return value

    def statuses(self) -> Statuses:
        """Inside a use case: the current statuses, read again only when a change came in since
        (one cheap read to know). What is built from them (a progress view, the marks) is kept
        with them, keyed by what it depends on besides."""
        version = self.repo.last_change_id()
        found = self._statuses
        if found is None or found.version != version:
            found = self._newer(found, version)
            self._statuses = found
        return found

    def _newer(self, known: Statuses | None, version: int) -> Statuses:
        """The statuses as of `version`: the changes after the known ones applied to them (the
        status history is append-only, and the newest change of a cell is its status), else all
        read again. Reading them all again grouped the whole history by cell: milliseconds once
        it holds thousands of changes, after every status written.

        Where a change may become visible after one with a greater id (PostgreSQL: two writers
        commit in either order), the known changes are counted again: one that came in late
        among them makes the count grow, and everything is read again."""
        repo = self.repo
        ordered = repo.commits_in_id_order()
        if (
            known is not None
            and known.version < version
            and (ordered or known.counted == repo.count_up_to(known.version))
        ):
            newer = repo.changes_between(known.version, version)
            current = dict(known.current)
            for change in newer:  # oldest first: a cell's newest change is the last set
                current[(change.key, change.agency)] = change
            counted = None if known.counted is None else known.counted + len(newer)
            return Statuses(version, current, counted=counted, names=self._names)
        current = repo.current_all(upto=version)
        counted = None if ordered else repo.count_up_to(version)
        return Statuses(version, current, counted=counted, names=self._names)

    def _names(self) -> dict[int, str]:
        """The officers' registered names (who set a status, said beside what is done)."""
        return {r.user_id: r.name for r in self.repo.officers()}

    @property
    def province(self) -> Province:
        return self.catalogue.province(self.config.province)

    def is_admin(self, user_id: int | None) -> bool:
        return officers.is_admin(user_id, self.config.admins)
