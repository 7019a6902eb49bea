"""`python -m bot run`: the same Application against Telegram, long polling or webhook."""

from __future__ import annotations

import logging
import sys

from telegram import Update
from telegram.ext import TypeHandler

from bot.app import build_application, build_services
from bot.config import load_config
from bot.emulator import Emulator, EmulatorRequest


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
    app = build_application(build_services(config), request, settle=True)
    if emulator is not None:
        # Telegram knows every update it delivers: who wrote, which query awaits an answer.
        seen = emulator

        async def observe(update: Update, context) -> None:
            seen.observe(update.to_dict())

        app.add_handler(TypeHandler(Update, observe), group=-99)
    if config.mode == "webhook":
        if not config.webhook_url or not config.webhook_secret:
            print("Chế độ webhook cần webhook_url và webhook_secret.", file=sys.stderr)
            return 2
        app.run_webhook(
            listen=config.listen,
            port=config.port,
            url_path="telegram",
            webhook_url=config.webhook_url,
            secret_token=config.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
