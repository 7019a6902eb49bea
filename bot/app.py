"""The composition root: config, core, database and handlers assembled into one Application."""

from __future__ import annotations

import functools
import gc
import logging

from telegram import BotCommand, MenuButtonWebApp, WebAppInfo
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.clock import TZ, Clock
from bot.config import Config, ConfigError
from bot.cores import keep_to_one_core
from bot.ratelimit import TelegramLimits
from bot.reminder_jobs import deliver_owed, instance_id, start_reminders
from bot.updates import ChatOrder
from handlers.context import CONTEXT_TYPES
from handlers.errors import on_error
from handlers.registry import COMMANDS, PRE_HANDLERS, handlers
from knowledge.reader.ask import Assistant
from usecases.desk import Desk
from usecases.startup import warm

EMULATOR_TOKEN = "123456:EMULATOR"
DESK_MENU = "Bảng theo dõi"


def build_services(
    config: Config, clock: Clock | None = None, assistant: Assistant | None = None
) -> Desk:
    """The desk the handlers, the jobs and the command line work at (usecases/desk.py): the
    database opened (every failure one line, db.session.DatabaseUnavailable) and a province
    that exists in it or in the data files (else one line, ConfigError)."""
    desk = Desk.open(config, clock or Clock(), assistant)
    catalogue = desk.catalogue
    if config.province not in catalogue.provinces:
        desk.close()
        known = ", ".join(catalogue.provinces)
        raise ConfigError(
            f'{config.province_key} = "{config.province}": không có tỉnh này (có: {known}; một '
            "tỉnh mới được tạo bằng python -m bot import BẢNG --province MÃ --name TÊN --apply)."
        )
    return desk


# Allocations (less deallocations) between two collections of the youngest generation; Python's
# default is 700. Under load each update's objects (the update, its context, its rows and reply)
# live until its reply is sent, while a hundred other updates are in flight: with 700, a young
# collection ran every few updates and found nothing to free, promoting those objects to be
# walked again by the older collections (3-4% of the CPU a message at saturation, 0.034 ms;
# 0.009 ms at 7,000: bench/README.md, Load).
YOUNG_COLLECTION = 10_000


def settle_heap() -> None:
    """After start-up: what start-up built (the catalogue, the matcher's indexes, the
    Application, ~160k objects) lives as long as the process, yet each full collection walked it
    again and stalled the event loop 85-130 ms. Collected once, then frozen out of the
    collector's sight (gc.freeze); the young generation collected less often from then on
    (YOUNG_COLLECTION)."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION, middle, old)


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
    desk: Desk = app.bot_data["services"]
    await desk.run(warm)
    if app.bot_data.get("settle_heap"):
        settle_heap()
        if app.bot_data.get("one_core"):
            keep_to_one_core()


async def post_shutdown(app: Application) -> None:
    """After the Application has shut down: the database's connections let go (the engine's pool
    emptied: a SQLite file's WAL folded back, a server's sessions ended), not left to the end of
    the process. Run by run_polling/run_webhook, and by whoever shuts the Application down itself
    (bot/server.py, bot/player.py) after `shutdown()`."""
    desk: Desk = app.bot_data["services"]
    desk.close()


def build_application(
    services: Desk,
    request: BaseRequest | None = None,
    limiter: TelegramLimits | None = None,
    settle: bool = False,
    one_core: bool = True,
) -> Application:
    """`settle`: after start, freeze the start-up heap and (unless `[bot] one_core = false`)
    keep the threads to one core (bot/cores.py): a long-running bot, `python -m bot run`; tests
    start many bots in one process and leave it off."""
    builder = (
        ApplicationBuilder()
        .token(getattr(services.config, "token", "") or EMULATOR_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=TZ))
        .context_types(CONTEXT_TYPES)
        .rate_limiter(limiter or TelegramLimits())
        .concurrent_updates(ChatOrder())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    app = builder.build()
    app.bot_data["services"] = services
    app.bot_data["settle_heap"] = settle
    app.bot_data["one_core"] = one_core  # with settle only (Config.one_core)
    app.bot_data["instance"] = instance_id()  # the owner of this instance's reminder claims
    services.deliver_owed = functools.partial(deliver_owed, app)
    app.add_handlers(PRE_HANDLERS)
    app.add_handlers(handlers())
    app.add_error_handler(on_error)
    return app
