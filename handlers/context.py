"""What every handler receives: python-telegram-bot's context, carrying the desk (the use cases'
entry, usecases/desk.py) and the caller read once for the update.

The composition root (`bot/`) opens the desk and installs `BotContext` through `ContextTypes`;
handlers read `context.services` and never import `bot/` or a repository.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackContext, ContextTypes, ExtBot

from usecases.callers import Caller, open_update
from usecases.desk import Desk

__all__ = ["CONTEXT_TYPES", "BotContext", "Caller", "Desk"]


class BotContext(CallbackContext[ExtBot[None], dict, dict, dict]):
    """One per update (python-telegram-bot builds it once and hands it to each handler group)."""

    _caller: Caller | None = None

    @property
    def services(self) -> Desk:
        desk: Desk = self.application.bot_data["services"]
        return desk

    def remember(self, caller: Caller | None) -> None:
        self._caller = caller

    async def caller(self, update: Update) -> Caller:
        """Who sent the update, read once for it (the first handler group reads it)."""
        if self._caller is None:
            user, chat = update.effective_user, update.effective_chat
            assert user is not None, "a handler that needs a caller got an update without one"
            found = await self.services.run(
                open_update, user.id, chat.id if chat else None, user.full_name
            )
            assert found is not None
            self._caller = found
        return self._caller


CONTEXT_TYPES = ContextTypes(context=BotContext)
