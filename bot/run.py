"""`python -m bot run`: the same Application against Telegram, long polling or webhook, with the
web desk served by the same process (bot/server.py)."""

from __future__ import annotations

import asyncio
import logging
import sys

from telegram import Update
from telegram.ext import TypeHandler

from bot.app import build_application, build_services
from bot.config import load_config
from bot.emulator import Emulator, EmulatorRequest
from bot.server import serve


def main(args) -> int:
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
    )
    config = load_config(args.config)
    request, emulator = None, None
    if args.emulator:
        # The Bot API emulator instead of Telegram: the webhook server is real, Telegram is not
        # (tests, rehearsals).
        emulator = Emulator(journal=args.emulator)
        # The admins set the bot up and opened it (as bot.player has it).
        emulator.started.update(config.admins)
        request = EmulatorRequest(emulator)
    elif not config.token:
        print(
            "Thiếu token: đặt TELEGRAM_BOT_TOKEN hoặc [telegram] token trong config.toml "
            "(lấy từ @BotFather). Chạy thử không cần token: make demo",
            file=sys.stderr,
        )
        return 2
    app = build_application(build_services(config), request, settle=True, one_core=config.one_core)
    if emulator is not None:
        # Telegram knows every update it delivers: who wrote, which query awaits an answer.
        seen = emulator

        async def observe(update: Update, context) -> None:
            seen.observe(update.to_dict())

        app.add_handler(TypeHandler(Update, observe), group=-99)
    if config.mode == "webhook" and (not config.webhook_url or not config.webhook_secret):
        print("Chế độ webhook cần webhook_url và webhook_secret.", file=sys.stderr)
        return 2
    try:
        asyncio.run(serve(app, config))
    except OSError as err:  # the port is taken, or the address is not ours
        print(f"Không mở được cổng {config.listen}:{config.port}: {err}", file=sys.stderr)
        return 2
    return 0
