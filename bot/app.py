"""The composition root: config, core, database and handlers assembled into one Application."""

from __future__ import annotations

import functools
import logging

from telegram import BotCommand, MenuButtonWebApp, WebAppInfo
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.clock import TZ, Clock
from bot.config import Config
from bot.ratelimit import TelegramLimits
from bot.reminder_jobs import deliver_owed, start_reminders
from db.import_repo import ImportRepo
from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from db.session import make_engine, make_sessions, migrate
from db.submission_repo import SubmissionRepo
from handlers.context import CONTEXT_TYPES, Services
from handlers.errors import on_error
from handlers.registry import COMMANDS, PRE_HANDLERS, handlers
from knowledge.reader.ask import Assistant

EMULATOR_TOKEN = "123456:EMULATOR"
DESK_MENU = "Bảng theo dõi"


def build_services(
    config: Config, clock: Clock | None = None, assistant: Assistant | None = None
) -> Services:
    engine = make_engine(config.database)
    migrate(engine)
    sessions = make_sessions(engine)
    base = assistant or Assistant()
    tables = ImportRepo(sessions)
    number, catalogue = tables.in_force(base.catalogue, config.province)
    # The version in force replaces the embedded table (or creates the province); Services
    # follows later versions (Services.sync_table).
    assistant = base if catalogue is base.catalogue else Assistant(catalogue)
    return Services(
        assistant,
        Repo(sessions, config.province),
        clock or Clock(),
        config,
        ReminderRepo(sessions, config.province),
        ProposalRepo(sessions, config.province),
        SubmissionRepo(sessions, config.province),
        tables,
        number,
        base,
    )


async def set_commands(app: Application) -> None:
    await app.bot.set_my_commands(
        [BotCommand(name, description) for name, description, _ in COMMANDS]
    )


async def set_menu_button(app: Application) -> None:
    """The menu button opens the desk in every private chat, when it has an HTTPS address."""
    url = app.bot_data["services"].config.desk_url
    if not url:
        return
    try:
        await app.bot.set_chat_menu_button(
            menu_button=MenuButtonWebApp(DESK_MENU, WebAppInfo(url))
        )
    except TelegramError as err:  # the bot answers without it; say why in the log
        logging.getLogger(__name__).warning("setChatMenuButton refused: %s", err)


async def post_init(app: Application) -> None:
    await set_commands(app)
    await set_menu_button(app)
    await start_reminders(app)


def build_application(
    services: Services, request: BaseRequest | None = None, limiter: TelegramLimits | None = None
) -> Application:
    builder = (
        ApplicationBuilder()
        .token(services.config.token or EMULATOR_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=TZ))
        .context_types(CONTEXT_TYPES)
        .rate_limiter(limiter or TelegramLimits())
        .post_init(post_init)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app = builder.build()
    app.bot_data["services"] = services
    services.deliver_owed = functools.partial(deliver_owed, app)
    app.add_handlers(PRE_HANDLERS)
    app.add_handlers(handlers())
    app.add_error_handler(on_error)
    return app
