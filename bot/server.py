"""One process, one ASGI app (python-telegram-bot's custom-webhook pattern, Starlette under
uvicorn): the web desk under /app/ in both modes, and in webhook mode the webhook at /telegram,
whose updates go to the Application's update queue. In polling mode the Application fetches its
updates itself while the same server serves the desk.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
import socket

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application

from bot.app import EMULATOR_TOKEN, post_init, post_shutdown
from bot.config import Config
from web.app import WebDesk, site

MAX_UPDATE = 1 << 20  # bytes: an update is a few kilobytes; a document comes as a file id
log = logging.getLogger(__name__)


def desk_for(app: Application, config: Config) -> WebDesk:
    """The desk on the Application's services; initData is signed with the bot's token."""
    return WebDesk(app.bot_data["services"], config.token or EMULATOR_TOKEN, config.web_max_age)


def webhook_route(app: Application, secret: str) -> Route:
    async def telegram(request: Request) -> Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return Response(status_code=403)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_UPDATE:
                return Response(status_code=413)
        try:
            update = Update.de_json(json.loads(body), app.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        await app.update_queue.put(update)
        return Response()

    return Route("/telegram", telegram, methods=["POST"])


class Server(uvicorn.Server):
    """uvicorn without its own signal handling: the bot's handlers stop the server, then the
    Application stops cleanly (uvicorn would re-raise the signal and end the process first)."""

    @contextlib.contextmanager
    def capture_signals(self):
        yield


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free one; the caller reads which)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def server_for(asgi: Starlette) -> Server:
    return Server(uvicorn.Config(asgi, log_level="warning", lifespan="off", access_log=False))


async def serve(app: Application, config: Config) -> None:
    """Run the Application and the web server together until SIGINT or SIGTERM."""
    webhook = config.mode == "webhook"
    routes = [webhook_route(app, config.webhook_secret)] if webhook else []
    server = server_for(site(desk_for(app, config), routes))
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: setattr(server, "should_exit", True))
    sock = bind(config.listen, config.port)
    async with app:
        await app.start()
        await post_init(app)
        if webhook:
            await app.bot.set_webhook(
                config.webhook_url,
                secret_token=config.webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            assert app.updater is not None
            await app.bot.delete_webhook()
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        where = config.desk_url or f"http://{config.listen}:{config.port}/app/"
        log.info("the desk is served at %s", where)
        try:
            await server.serve(sockets=[sock])
        finally:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            await app.stop()
    await post_shutdown(app)  # `async with app` has shut it down
