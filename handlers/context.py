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
from knowledge.ask import Assistant
from knowledge.model import Province
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
        return user_id is not None and user_id in self.config.admins

    def agency_of(self, user_id: int) -> str | None:
        officer = self.repo.officer(user_id)
        return officer.agency if officer and officer.state == "approved" else None


class BotContext(CallbackContext[ExtBot[None], dict, dict, dict]):
    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]


CONTEXT_TYPES = ContextTypes(context=BotContext)
