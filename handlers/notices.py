"""Messages the bot starts itself (notices to admins, the answer to a registration, reminders):
Telegram refuses them with 403 to a user who never opened the bot, blocked it, or a group that
removed it. Such a chat is logged, marked unreachable and reported to the other admins once; the
bot does not write there again until the chat writes to it (groups.note_chat).
"""

from __future__ import annotations

import logging

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import Forbidden, TelegramError

from handlers.context import Services

log = logging.getLogger(__name__)


def reason(error: Forbidden) -> str:
    """Why Telegram refused, in the admins' words."""
    text = str(error.message).lower()
    if "initiate conversation" in text:
        return "người này chưa từng mở bot (cần nhắn /start cho bot trước)"
    if "blocked" in text:
        return "bot đã bị chặn"
    return "bot đã bị xóa khỏi nhóm"


def reachable(svc: Services, chat_id: int) -> bool:
    chat = svc.reminders.chat(chat_id)
    return chat is None or chat.active


async def notify(
    bot: Bot,
    svc: Services,
    chat_id: int,
    text: str,
    what: str = "thông báo",
    reply_markup: InlineKeyboardMarkup | None = None,
) -> bool:
    """Send a message the bot starts; False when it did not go (unreachable chats are skipped)."""
    if not reachable(svc, chat_id):
        return False
    try:
        await bot.send_message(chat_id, text, reply_markup=reply_markup)
    except Forbidden as exc:
        await unreachable(bot, svc, chat_id, exc, what)
        return False
    except TelegramError as exc:
        log.warning("%s to %s not sent: %s", what, chat_id, exc)
        return False
    return True


async def unreachable(bot: Bot, svc: Services, chat_id: int, error: Forbidden, what: str) -> None:
    """Telegram refused with 403: log it, mark the chat, tell the other admins (once: a chat
    already marked was reported when it was marked).
    """
    log.warning("%s to %s refused: %s", what, chat_id, error)
    if not reachable(svc, chat_id):
        return
    svc.reminders.set_chat(chat_id, "group" if chat_id < 0 else "private", active=False)
    text = (
        f"⚠️ Không gửi được {what} tới chat <code>{chat_id}</code>: {reason(error)}. "
        "Bot ngừng gửi tới chat này cho tới khi chat nhắn lại cho bot."
    )
    for admin in svc.config.admins:
        if admin == chat_id or not reachable(svc, admin):
            continue
        try:
            await bot.send_message(admin, text)
        except Forbidden as exc:
            # Not reported in turn: it would be the same news to the same admins.
            log.warning("admin %s not told: %s", admin, exc)
            svc.reminders.set_chat(admin, "private", active=False)
        except TelegramError as exc:
            log.warning("admin %s not told: %s", admin, exc)
