"""The composition root: config, core, database and handlers assembled into one Application."""

from __future__ import annotations

import functools

from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.clock import TZ, Clock
from bot.config import Config, ConfigError
from bot.ratelimit import TelegramLimits
from bot.reminder_jobs import deliver_owed, instance_id, start_reminders
from db.import_repo import ImportRepo
from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from db.session import make_sessions, open_database
from db.submission_repo import SubmissionRepo
from handlers.context import CONTEXT_TYPES, Services
from handlers.errors import on_error
from handlers.registry import COMMANDS, PRE_HANDLERS, handlers
from knowledge.reader.ask import Assistant

EMULATOR_TOKEN = "123456:EMULATOR"


def build_services(
    config: Config, clock: Clock | None = None, assistant: Assistant | None = None
) -> Services:
    engine = open_database(config.database)
    sessions = make_sessions(engine)
    base = assistant or Assistant()
    tables = ImportRepo(sessions)
    number, catalogue = tables.in_force(base.catalogue, config.province)
    if config.province not in catalogue.provinces:
        engine.dispose()
        known = ", ".join(catalogue.provinces)
        raise ConfigError(
            f'{config.province_key} = "{config.province}": không có tỉnh này (có: {known}; một '
            "tỉnh mới được tạo bằng python -m bot import BẢNG --province MÃ --name TÊN --apply)."
        )
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


async def post_init(app: Application) -> None:
    await set_commands(app)
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
    app.bot_data["instance"] = instance_id()  # the owner of this instance's reminder claims
    services.deliver_owed = functools.partial(deliver_owed, app)
    app.add_handlers(PRE_HANDLERS)
    app.add_handlers(handlers())
    app.add_error_handler(on_error)
    return app
