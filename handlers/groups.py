"""Groups that follow an agency: /theodoi binds a group to an agency's reminders, /botheodoi
unbinds it.
"""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError

from handlers.common import args_text, reply
from handlers.context import BotContext
from knowledge.answers import esc

GROUP_TYPES = ("group", "supergroup")


async def may_manage_group(update: Update, context: BotContext) -> bool:
    """A bot admin from the config, or an administrator of this group."""
    svc = context.services
    user = update.effective_user
    if svc.is_admin(user.id):
        return True
    try:
        member = await context.bot.get_chat_member(update.effective_chat.id, user.id)
    except TelegramError:
        return False
    return member.status in ("administrator", "creator")


async def theodoi(update: Update, context: BotContext) -> None:
    svc = context.services
    chat = update.effective_chat
    if chat.type not in GROUP_TYPES:
        await reply(
            update,
            context,
            "Lệnh này dùng trong nhóm: thêm bot vào nhóm của cơ quan rồi gõ "
            "<code>/theodoi Sở Xây dựng</code>. Nhắc hạn cá nhân: <code>/nhacnho bat</code>.",
        )
        return
    arg = args_text(context)
    if not arg:
        bound = svc.reminders.chat(chat.id)
        now = f"Nhóm đang theo dõi {esc(bound.agency)}. " if bound and bound.agency else ""
        await reply(
            update,
            context,
            now + "Gõ <code>/theodoi &lt;cơ quan&gt;</code>, ví dụ "
            "<code>/theodoi Sở Xây dựng</code>.",
        )
        return
    agency = svc.assistant.agencies.resolve(arg)
    if agency is None:
        await reply(
            update, context, f"Không nhận ra cơ quan “{esc(arg[:80])}”. Không có gì thay đổi."
        )
        return
    if not await may_manage_group(update, context):
        await reply(
            update,
            context,
            "Chỉ quản trị viên của nhóm hoặc của bot mới đặt được việc theo dõi. "
            "Không có gì thay đổi.",
        )
        return
    svc.reminders.set_chat(chat.id, "group", active=True, agency=agency)
    await reply(
        update,
        context,
        f"Nhóm sẽ nhận nhắc hạn của <b>{esc(agency)}</b> vào các ngày làm việc. "
        "Gõ /botheodoi để thôi.",
    )


async def botheodoi(update: Update, context: BotContext) -> None:
    svc = context.services
    chat = update.effective_chat
    if chat.type not in GROUP_TYPES:
        await reply(
            update,
            context,
            "Lệnh này dùng trong nhóm. Tắt nhắc hạn cá nhân: <code>/nhacnho tat</code>.",
        )
        return
    bound = svc.reminders.chat(chat.id)
    if bound is None or bound.agency is None:
        await reply(update, context, "Nhóm này chưa theo dõi cơ quan nào.")
        return
    if not await may_manage_group(update, context):
        await reply(
            update,
            context,
            "Chỉ quản trị viên của nhóm hoặc của bot mới bỏ được việc theo dõi. "
            "Không có gì thay đổi.",
        )
        return
    svc.reminders.set_chat(chat.id, "group", active=True, agency=None)
    await reply(update, context, f"Nhóm thôi nhận nhắc hạn của {esc(bound.agency)}.")


async def note_chat(update: Update, context: BotContext) -> None:
    """Any update from a chat marked unreachable (403) shows it is reachable again."""
    chat = update.effective_chat
    if chat is not None:
        context.services.reminders.reactivate(chat.id)


async def membership(update: Update, context: BotContext) -> None:
    """The bot added to or removed from a group (or blocked in a private chat): reminders follow at
    once, rather than after a refused send.
    """
    change = update.my_chat_member
    if change is None:
        return
    chat = change.chat
    present = change.new_chat_member.status in ("member", "administrator", "creator", "restricted")
    kind = "private" if chat.type == "private" else "group"
    context.services.reminders.set_chat(chat.id, kind, active=present)
