"""Messages the bot starts itself (notices to admins, the answer to a registration, reminders):
Telegram refuses them with 403 to a user who never opened the bot, blocked it, or a group that
removed it. Such a chat is logged, marked unreachable and reported to the other admins once; the
bot does not write there again until the chat writes to it (usecases/callers.open_update).
"""

from __future__ import annotations

import logging

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import Forbidden, TelegramError

from usecases import groups
from usecases.desk import Desk

log = logging.getLogger(__name__)


def reason(error: Forbidden) -> str:
    """Why Telegram refused, in the admins' words."""
    text = str(error.message).lower()
    if "initiate conversation" in text:
        return "người này chưa từng mở bot (cần nhắn /start cho bot trước)"
    if "blocked" in text:
        return "bot đã bị chặn"
    return "bot đã bị xóa khỏi nhóm"


async def notify(
    bot: Bot,
    desk: Desk,
    chat_id: int,
    text: str,
    what: str = "thông báo",
    reply_markup: InlineKeyboardMarkup | None = None,
) -> bool:
    """Send a message the bot starts; False when it did not go (unreachable chats are skipped)."""
    if not await desk.run(groups.reachable, [chat_id]):
        return False
    try:
        await bot.send_message(chat_id, text, reply_markup=reply_markup)
    except Forbidden as exc:
        await unreachable(bot, desk, chat_id, exc, what)
        return False
    except TelegramError as exc:
        log.warning("%s to %s not sent: %s", what, chat_id, exc)
        return False
    return True


async def unreachable(bot: Bot, desk: Desk, chat_id: int, error: Forbidden, what: str) -> None:
    """Telegram refused with 403: log it, mark the chat, tell the other admins (once: a chat
    already marked was reported when it was marked).
    """
    log.warning("%s to %s refused: %s", what, chat_id, error)
    admins = await desk.run(groups.mark_unreachable, chat_id)
    text = (
        f"⚠️ Không gửi được {what} tới chat <code>{chat_id}</code>: {reason(error)}. "
        "Bot ngừng gửi tới chat này cho tới khi chat nhắn lại cho bot."
    )
    for admin in admins:
        try:
            await bot.send_message(admin, text)
        except Forbidden as exc:
            # Not reported in turn: it would be the same news to the same admins.
            log.warning("admin %s not told: %s", admin, exc)
            await desk.run(groups.mark_admin_unreachable, admin)
        except TelegramError as exc:
            log.warning("admin %s not told: %s", admin, exc)
