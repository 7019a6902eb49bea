"""What every handler receives: python-telegram-bot's context, carrying the desk (the use cases'
entry, usecases/desk.py) and the caller read once for the update.

The composition root (`bot/`) opens the desk and installs `BotContext` through `ContextTypes`;
handlers read `context.services` and never import `bot/` or a repository.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import CallbackContext, ContextTypes, ExtBot

from usecases.callers import Caller, open_update
from usecases.desk import Desk

__all__ = ["CONTEXT_TYPES", "BotContext", "Caller", "Desk"]


class BotContext(CallbackContext[ExtBot[None], dict, dict, dict]):
    """One per update (python-telegram-bot builds it once and hands it to each handler group)."""

    _caller: Caller | None = None
    # set by the first pre-handler when this update's handler reads the caller together with
    # its use case (`run_as_caller`): what the second pre-handler would have done, done then
    _deferred: Callable[[Update, BotContext], Awaitable[None]] | None = None

    @property
    def services(self) -> Desk:
        desk: Desk = self.application.bot_data["services"]
        return desk

    def remember(self, caller: Caller | None) -> None:
        self._caller = caller

    def defer(self, screen: Callable[[Update, BotContext], Awaitable[None]]) -> None:
        """The caller is read with the handler's use case (`run_as_caller`), and `screen` (a
        waiting prompt ended) runs then, before the handler replies."""
        self._deferred = screen

    @property
    def deferred(self) -> bool:
        return self._deferred is not None

    async def settle(self, update: Update) -> None:
        """Read the caller and screen the update now, if that was deferred and not yet done."""
        screen, self._deferred = self._deferred, None
        if screen is not None:
            await self.caller(update)
            await screen(update, self)

    async def run_as_caller(self, update: Update, fn: Callable[..., Any], *args: Any) -> Any:
        """`fn(desk, caller, *args)` run as the update's caller. When the pre-handlers left the
        caller to this handler (`defer`), the caller is read and the use case run in one unit
        and one trip to a worker thread; a chat that waits for a prompt has it ended (or kept)
        first, as every update does, and the use case runs after."""
        screen = self._deferred
        if screen is None or self._caller is not None:
            return await self.services.run(fn, await self.caller(update), *args)
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None, "deferred only for a private message"
        opening = (user.id, chat.id, user.full_name)
        # when this raises, the update is still unsettled: the last handler group settles it
        caller, ran, result = await self.services.run_opened(opening, fn, *args)
        self._deferred = None
        self._caller = caller
        if ran:
            return result
        await screen(update, self)
        return await self.services.run(fn, await self.caller(update), *args)

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
        if self._deferred is not None:  # the prompt's screening was left to this handler
            await self.settle(update)
            assert self._caller is not None
        return self._caller


CONTEXT_TYPES = ContextTypes(context=BotContext)
