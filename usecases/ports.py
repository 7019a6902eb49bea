"""What the desk's use cases need of the bot's services (handlers.context.Services has it all;
a protocol, so this layer does not reach up to the handlers)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Protocol

from db.import_repo import ImportRepo
from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from db.submission_repo import SubmissionRepo
from knowledge.catalogue.model import Province
from knowledge.reader.ask import Assistant
from knowledge.rules.officers import Actor


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class Settings(Protocol):
    @property
    def province(self) -> str: ...

    @property
    def admins(self) -> list[int]: ...


class Services(Protocol):
    assistant: Assistant
    repo: Repo
    clock: Clock
    reminders: ReminderRepo
    proposals: ProposalRepo
    submissions: SubmissionRepo
    tables: ImportRepo | None
    table_number: int
    deliver_owed: Callable[[], Awaitable[object]] | None

    @property
    def config(self) -> Settings: ...

    @property
    def province(self) -> Province: ...

    def sync_table(self, force: bool = False) -> None: ...

    def actor(self, user_id: int) -> Actor: ...

    def not_officer(self, user_id: int) -> str: ...
