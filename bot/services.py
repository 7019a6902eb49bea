"""What the handlers reach through context.bot_data: the core, the repository, the clock, the config."""
from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Config
from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from knowledge.ask import Assistant
from knowledge.model import Province


@dataclass
class Services:
    assistant: Assistant
    repo: Repo
    clock: Clock
    config: Config
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
