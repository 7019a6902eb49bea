"""What every handler receives: python-telegram-bot's context, carrying the bot's services.

The composition root (`bot/`) builds the services and installs `BotContext` through
`ContextTypes`; handlers read `context.services` and never import `bot/`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from db.import_repo import ImportRepo
from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from db.submission_repo import SubmissionRepo
from knowledge.catalogue.model import Province
from knowledge.deliverables.digest import Cadence
from knowledge.reader.ask import Assistant
from knowledge.rules import officers
from knowledge.rules.officers import Actor
from knowledge.rules.reminders import Policy


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class Settings(Protocol):
    """The part of the configuration handlers and jobs read."""

    province: str
    admins: list[int]
    policy: Policy
    digest: Cadence
    reminder_time: time
    single_instance: bool

    @property
    def desk_url(self) -> str: ...


TABLE_CHECK_EVERY = timedelta(seconds=1)  # between two looks for a new table version


@dataclass
class Services:
    assistant: Assistant
    repo: Repo
    clock: Clock
    config: Settings
    reminders: ReminderRepo
    proposals: ProposalRepo
    submissions: SubmissionRepo
    tables: ImportRepo | None = None
    table_number: int = 0  # the assignment table version `assistant` was built on
    base: Assistant | None = field(default=None, repr=False)  # on the data files' tables
    table_checked: datetime | None = field(default=None, repr=False)  # the last look
    # set by the composition root: deliver what the reminder log owes now (a round of reminders
    # the coordinator asked for) without waiting for the daily tick
    deliver_owed: Callable[[], Awaitable[object]] | None = None

    def sync_table(self, force: bool = False) -> None:
        """Everything reads `assistant`: rebuilt when another version of the assignment table
        came into force (applied in chat, from the command line, or by another instance).
        Updates look at most once a second (a query on every message cost a fifth of a busy
        bot's time); an apply here, and each reminder tick, look at once (`force`)."""
        if self.tables is None:
            return
        moment = self.clock.now()
        last = self.table_checked
        if not force and last is not None and timedelta(0) <= moment - last < TABLE_CHECK_EVERY:
            return
        self.table_checked = moment
        number = self.tables.in_force_number(self.config.province)
        if number == self.table_number:
            return
        base = self.base or self.assistant
        _, catalogue = self.tables.in_force(base.catalogue, self.config.province)
        self.assistant = base if catalogue is base.catalogue else Assistant(catalogue)
        self.table_number = number

    @property
    def province(self) -> Province:
        return self.assistant.catalogue.province(self.config.province)

    def is_admin(self, user_id: int | None) -> bool:
        return officers.is_admin(user_id, self.config.admins)

    def agency_of(self, user_id: int) -> str | None:
        return officers.acting_agency(self.repo.officer(user_id))

    def not_officer(self, user_id: int) -> str:
        """Why this person may not act yet, with where their registration stands."""
        return officers.standing(self.repo.officer(user_id))

    def actor(self, user_id: int) -> Actor:
        """Who is acting, read once: the rules in knowledge/ decide from this."""
        return officers.actor(user_id, self.repo.officer(user_id), self.config.admins)


class BotContext(CallbackContext[ExtBot[None], dict, dict, dict]):
    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]


CONTEXT_TYPES = ContextTypes(context=BotContext)
