"""Groups that follow agencies: /theodoi adds an agency whose reminders the group receives,
/botheodoi stops one (a button per followed agency when the command names none).
"""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError

from handlers.common import args_text, reply
from handlers.context import BotContext
from knowledge.catalogue import units
from knowledge.language.text import ascii_number
from knowledge.render.answers import esc

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


def _names(agencies: list[str]) -> str:
    return ", ".join(f"<b>{esc(a)}</b>" for a in agencies)


async def theodoi(update: Update, context: BotContext) -> None:
    """/theodoi <agency>: the group follows that agency too; bare, it says what it follows."""
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
    followed = svc.reminders.followed(chat.id)
    if not arg:
        now = f"Nhóm đang theo dõi {_names(followed)}. " if followed else ""
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
    members = units.choose_unit(svc.province, agency)
    if members:  # "UBND huyện": each district is a unit of its own, reminded on its own
        await reply(
            update,
            context,
            f"{esc(agency)} gồm {len(members)} đơn vị, mỗi đơn vị được nhắc riêng: "
            + "; ".join(f"<code>/theodoi {esc(m)}</code>" for m in members)
            + ". Không có gì thay đổi.",
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
    if not svc.reminders.follow(chat.id, agency):
        await reply(
            update,
            context,
            f"Nhóm đã theo dõi <b>{esc(agency)}</b> rồi. Đang theo dõi: {_names(followed)}.",
        )
        return
    followed = svc.reminders.followed(chat.id)
    also = (
        f" Nhóm đang theo dõi {len(followed)} cơ quan: {_names(followed)}."
        if len(followed) > 1
        else ""
    )
    await reply(
        update,
        context,
        f"Nhóm sẽ nhận nhắc hạn của <b>{esc(agency)}</b> vào các ngày làm việc.{also} "
        "Gõ <code>/botheodoi &lt;cơ quan&gt;</code> để thôi.",
    )


async def botheodoi(update: Update, context: BotContext) -> None:
    """/botheodoi <agency> stops one; bare, the only one, or a button per followed agency."""
    svc = context.services
    chat = update.effective_chat
    if chat.type not in GROUP_TYPES:
        await reply(
            update,
            context,
            "Lệnh này dùng trong nhóm. Tắt nhắc hạn cá nhân: <code>/nhacnho tat</code>.",
        )
        return
    followed = svc.reminders.followed(chat.id)
    if not followed:
        await reply(update, context, "Nhóm này chưa theo dõi cơ quan nào.")
        return
    arg = args_text(context)
    agency = svc.assistant.agencies.resolve(arg) if arg else None
    if arg and agency not in followed:
        what = f"<b>{esc(agency)}</b>" if agency else f"“{esc(arg[:80])}”"
        await reply(
            update,
            context,
            f"Nhóm không theo dõi {what}. Đang theo dõi: {_names(followed)}. "
            "Không có gì thay đổi.",
        )
        return
    if agency is None and len(followed) > 1:
        ids = {name: i for i, name in enumerate(svc.assistant.catalogue.agencies)}
        buttons = [[(f"Bỏ {name}"[:60], f"bt:{ids[name]}")] for name in followed if name in ids]
        await reply(
            update,
            context,
            f"Nhóm đang theo dõi {_names(followed)}. Chọn cơ quan thôi theo dõi, hoặc gõ "
            "<code>/botheodoi &lt;cơ quan&gt;</code>.",
            buttons,
        )
        return
    await stop_following(update, context, agency or followed[0])


async def stop_button(update: Update, context: BotContext) -> None:
    """bt:<agency position>: one followed agency stopped."""
    svc = context.services
    await update.callback_query.answer()
    raw = update.callback_query.data.partition(":")[2]
    names = list(svc.assistant.catalogue.agencies)
    index = ascii_number(raw)
    agency = names[index] if index is not None and index < len(names) else None
    if agency is None or agency not in svc.reminders.followed(update.effective_chat.id):
        await reply(update, context, "Nút này không còn hợp lệ. Không có gì thay đổi.")
        return
    await stop_following(update, context, agency)


async def stop_following(update: Update, context: BotContext, agency: str) -> None:
    svc = context.services
    chat = update.effective_chat
    if not await may_manage_group(update, context):
        await reply(
            update,
            context,
            "Chỉ quản trị viên của nhóm hoặc của bot mới bỏ được việc theo dõi. "
            "Không có gì thay đổi.",
        )
        return
    svc.reminders.unfollow(chat.id, agency)
    left = svc.reminders.followed(chat.id)
    tail = f" Vẫn theo dõi: {_names(left)}." if left else ""
    await reply(update, context, f"Nhóm thôi nhận nhắc hạn của <b>{esc(agency)}</b>.{tail}")


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
