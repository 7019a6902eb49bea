"""What every handler receives: python-telegram-bot's context, carrying the bot's services.

The composition root (`bot/`) builds the services and installs `BotContext` through
`ContextTypes`; handlers read `context.services` and never import `bot/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Protocol

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from knowledge import officers
from knowledge.ask import Assistant
from knowledge.model import Province
from knowledge.officers import Actor
from knowledge.reminders import Policy


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class Settings(Protocol):
    """The part of the configuration handlers and jobs read."""

    province: str
    admins: list[int]
    policy: Policy
    reminder_time: time
    single_instance: bool


@dataclass
class Services:
    assistant: Assistant
    repo: Repo
    clock: Clock
    config: Settings
    reminders: ReminderRepo
    proposals: ProposalRepo

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
