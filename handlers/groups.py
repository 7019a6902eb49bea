"""Groups that follow agencies: /theodoi adds an agency whose reminders the group receives,
/botheodoi stops one (a button per followed agency when the command names none). What is
followed is usecases/groups.py's; whether the person manages the group, Telegram's.
"""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError

from handlers.buttons import Unfollow
from handlers.common import Buttons, args_text, reply
from handlers.context import BotContext
from knowledge.render.answers import esc
from usecases import groups
from usecases.groups import Followed, Several, UnitsOf
from usecases.results import Refusal

GROUP_TYPES = ("group", "supergroup")


async def may_manage_group(update: Update, context: BotContext) -> bool:
    """A bot admin from the config, or an administrator of this group."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    if context.services.is_admin(user.id):
        return True
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError:
        return False
    return member.status in ("administrator", "creator")


def _names(agencies: tuple[str, ...]) -> str:
    return ", ".join(f"<b>{esc(a)}</b>" for a in agencies)


async def theodoi(update: Update, context: BotContext) -> None:
    """/theodoi <agency>: the group follows that agency too; bare, it says what it follows."""
    chat = update.effective_chat
    assert chat is not None
    if chat.type not in GROUP_TYPES:
        await reply(
            update,
            context,
            "Lệnh này dùng trong nhóm: thêm bot vào nhóm của cơ quan rồi gõ "
            "<code>/theodoi Sở Xây dựng</code>. Nhắc hạn cá nhân: <code>/nhacnho bat</code>.",
        )
        return
    desk = context.services
    target = await desk.run(groups.follow_target, chat.id, args_text(context))
    if isinstance(target, Refusal):
        await reply(update, context, target.reason)
        return
    if isinstance(target, Followed):
        now = f"Nhóm đang theo dõi {_names(target.agencies)}. " if target.agencies else ""
        await reply(
            update,
            context,
            now + "Gõ <code>/theodoi &lt;cơ quan&gt;</code>, ví dụ "
            "<code>/theodoi Sở Xây dựng</code>.",
        )
        return
    if isinstance(target, UnitsOf):  # "UBND huyện": each district is a unit of its own
        await reply(
            update,
            context,
            f"{esc(target.agency)} gồm {len(target.units)} đơn vị, mỗi đơn vị được nhắc riêng: "
            + "; ".join(f"<code>/theodoi {esc(m)}</code>" for m in target.units)
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
    if isinstance(target, Several):
        changes = await desk.run(groups.follow_several, chat.id, target.agencies)
        new = tuple(c.agency for c in changes if c.changed)
        old = tuple(c.agency for c in changes if not c.changed)
        said = f"Nhóm sẽ nhận nhắc hạn của {_names(new)} vào các ngày làm việc. " if new else ""
        had = f"Nhóm đã theo dõi {_names(old)} rồi. " if old else ""
        await reply(
            update,
            context,
            f"{said}{had}Nhóm đang theo dõi {len(changes[0].followed)} cơ quan: "
            f"{_names(changes[0].followed)}. Gõ <code>/botheodoi &lt;cơ quan&gt;</code> để thôi.",
        )
        return
    done = await desk.run(groups.follow, chat.id, target.agency)
    if not done.changed:
        await reply(
            update,
            context,
            f"Nhóm đã theo dõi <b>{esc(done.agency)}</b> rồi. "
            f"Đang theo dõi: {_names(done.followed)}.",
        )
        return
    also = (
        f" Nhóm đang theo dõi {len(done.followed)} cơ quan: {_names(done.followed)}."
        if len(done.followed) > 1
        else ""
    )
    await reply(
        update,
        context,
        f"Nhóm sẽ nhận nhắc hạn của <b>{esc(done.agency)}</b> vào các ngày làm việc.{also} "
        "Gõ <code>/botheodoi &lt;cơ quan&gt;</code> để thôi.",
    )


async def botheodoi(update: Update, context: BotContext) -> None:
    """/botheodoi <agency> stops one; bare, the only one, or a button per followed agency."""
    chat = update.effective_chat
    assert chat is not None
    if chat.type not in GROUP_TYPES:
        await reply(
            update,
            context,
            "Lệnh này dùng trong nhóm. Tắt nhắc hạn cá nhân: <code>/nhacnho tat</code>.",
        )
        return
    target = await context.services.run(groups.unfollow_target, chat.id, args_text(context))
    if isinstance(target, Refusal):
        await reply(update, context, target.reason)
        return
    if isinstance(target, Followed):
        buttons: Buttons = [[(f"Bỏ {name}"[:60], Unfollow(name))] for name in target.agencies]
        await reply(
            update,
            context,
            f"Nhóm đang theo dõi {_names(target.agencies)}. Chọn cơ quan thôi theo dõi, hoặc gõ "
            "<code>/botheodoi &lt;cơ quan&gt;</code>.",
            buttons,
        )
        return
    await stop_following(update, context, target.agency)


async def stop_button(update: Update, context: BotContext, button: Unfollow) -> None:
    """One followed agency stopped, by its button."""
    chat = update.effective_chat
    assert chat is not None
    target = await context.services.run(groups.unfollow_pressed, chat.id, button.agency)
    if isinstance(target, Refusal):
        await reply(update, context, target.reason)
        return
    await stop_following(update, context, target.agency)


async def stop_following(update: Update, context: BotContext, agency: str) -> None:
    chat = update.effective_chat
    assert chat is not None
    if not await may_manage_group(update, context):
        await reply(
            update,
            context,
            "Chỉ quản trị viên của nhóm hoặc của bot mới bỏ được việc theo dõi. "
            "Không có gì thay đổi.",
        )
        return
    done = await context.services.run(groups.unfollow, chat.id, agency)
    tail = f" Vẫn theo dõi: {_names(done.followed)}." if done.followed else ""
    await reply(update, context, f"Nhóm thôi nhận nhắc hạn của <b>{esc(agency)}</b>.{tail}")


async def membership(update: Update, context: BotContext) -> None:
    """The bot added to or removed from a group (or blocked in a private chat): reminders follow at
    once, rather than after a refused send.
    """
    change = update.my_chat_member
    if change is None:
        return
    chat = change.chat
    present = change.new_chat_member.status in ("member", "administrator", "creator", "restricted")
    await context.services.run(groups.membership, chat.id, chat.type == "private", present)
