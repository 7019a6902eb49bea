"""The composition root: config, core, database and handlers assembled into one Application."""

from __future__ import annotations

import functools
import gc

from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.clock import TZ, Clock
from bot.config import Config
from bot.ratelimit import TelegramLimits
from bot.reminder_jobs import deliver_owed, start_reminders
from bot.updates import ChatOrder
from handlers.context import CONTEXT_TYPES
from handlers.errors import on_error
from handlers.registry import COMMANDS, PRE_HANDLERS, handlers
from knowledge.reader.ask import Assistant
from usecases.desk import Desk
from usecases.startup import warm

EMULATOR_TOKEN = "123456:EMULATOR"


def build_services(
    config: Config, clock: Clock | None = None, assistant: Assistant | None = None
) -> Desk:
    """The desk the handlers, the jobs and the command line work at (usecases/desk.py)."""
    return Desk.open(config, clock or Clock(), assistant)


def settle_heap() -> None:
    """After start-up: what start-up built (the catalogue, the matcher's indexes, the
    Application, ~160k objects) lives as long as the process, yet each full collection walked it
    again and stalled the event loop 85-130 ms. Collected once, then frozen out of the
    collector's sight (gc.freeze)."""
    gc.collect()
    gc.freeze()


async def set_commands(app: Application) -> None:
    await app.bot.set_my_commands(
        [BotCommand(name, description) for name, description, _ in COMMANDS]
    )


async def post_init(app: Application) -> None:
    await set_commands(app)
    await start_reminders(app)
    desk: Desk = app.bot_data["services"]
    await desk.run(warm)
    if app.bot_data.get("settle_heap"):
        settle_heap()


def build_application(
    services: Desk,
    request: BaseRequest | None = None,
    limiter: TelegramLimits | None = None,
    settle: bool = False,
) -> Application:
    """`settle`: freeze the start-up heap after start (a long-running bot: `python -m bot run`;
    tests start many bots in one process and leave it off)."""
    builder = (
        ApplicationBuilder()
        .token(getattr(services.config, "token", "") or EMULATOR_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=TZ))
        .context_types(CONTEXT_TYPES)
        .rate_limiter(limiter or TelegramLimits())
        .concurrent_updates(ChatOrder())
        .post_init(post_init)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app = builder.build()
    app.bot_data["services"] = services
    app.bot_data["settle_heap"] = settle
    services.deliver_owed = functools.partial(deliver_owed, app)
    app.add_handlers(PRE_HANDLERS)
    app.add_handlers(handlers())
    app.add_error_handler(on_error)
    return app
