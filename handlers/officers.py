"""Officers: /dangky, approval by admins (buttons, /duyet, /tuchoi), /canbo, /thuhoi, /nhacnho."""

from __future__ import annotations

import contextlib

from telegram import Update
from telegram.error import TelegramError

from handlers.common import args_text, keyboard, reply, sender_name
from handlers.context import BotContext
from knowledge.answers import esc

STATE_LABELS = {
    "pending": "chờ duyệt",
    "approved": "đã duyệt",
    "rejected": "bị từ chối",
    "revoked": "đã thu hồi",
}


def agency_buttons(svc) -> list[list[tuple[str, str]]]:
    names = [
        a.name
        for a in svc.assistant.catalogue.agencies.values()
        if a.kind in ("so", "nganh", "ubnd")
    ]
    return [[(name[:60], f"ag:{i}")] for i, name in enumerate(names)]


async def dangky(update: Update, context: BotContext) -> None:
    svc = context.services
    if update.effective_chat.type != "private":
        await reply(update, context, "Hãy đăng ký trong tin nhắn riêng với bot.")
        return
    text = args_text(context)
    if not text:
        await reply(
            update,
            context,
            "Bạn thuộc cơ quan nào? Chọn bên dưới, hoặc gõ <code>/dangky Sở Xây dựng</code>.",
            agency_buttons(svc),
        )
        return
    agency = svc.assistant.agencies.resolve(text)
    if agency is None:
        await reply(
            update,
            context,
            f"Không nhận ra cơ quan “{esc(text[:80])}”. Gõ lại, ví dụ "
            "<code>/dangky Sở TT&amp;TT</code>, hoặc gõ /dangky để chọn từ danh sách.",
        )
        return
    await register(update, context, agency)


async def pick_agency(update: Update, context: BotContext) -> None:
    svc = context.services
    await update.callback_query.answer()
    names = [
        a.name
        for a in svc.assistant.catalogue.agencies.values()
        if a.kind in ("so", "nganh", "ubnd")
    ]
    try:
        agency = names[int(update.callback_query.data.split(":", 1)[1])]
    except (ValueError, IndexError):
        await reply(update, context, "Nút này không còn hợp lệ. Gõ /dangky để chọn lại.")
        return
    await register(update, context, agency)


async def register(update: Update, context: BotContext, agency: str) -> None:
    svc = context.services
    user = update.effective_user
    current = svc.repo.officer(user.id)
    if current and current.state == "approved" and current.agency == agency:
        await reply(update, context, f"Bạn đã là cán bộ của {esc(agency)}.")
        return
    officer = svc.repo.request_registration(user.id, sender_name(update), agency, svc.clock.now())
    await reply(
        update,
        context,
        f"Đã gửi yêu cầu đăng ký làm cán bộ của <b>{esc(agency)}</b>. "
        "Bạn sẽ được báo khi quản trị viên duyệt.",
    )
    text = (
        f"Yêu cầu đăng ký: <b>{esc(officer.name)}</b> (id <code>{user.id}</code>) — "
        f"{esc(agency)}.\n"
        f"Duyệt bằng nút hoặc <code>/duyet {user.id}</code>, <code>/tuchoi {user.id}</code>."
    )
    buttons = keyboard([[("✅ Duyệt", f"ok:{user.id}"), ("❌ Từ chối", f"no:{user.id}")]])
    for admin in svc.config.admins:
        # An admin who never opened the bot: the others still get it, and /canbo lists it.
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(admin, text, reply_markup=buttons)


async def decide(update: Update, context: BotContext, user_id_text: str, approve: bool) -> None:
    svc = context.services
    if not svc.is_admin(update.effective_user.id):
        await reply(update, context, "Chỉ quản trị viên mới duyệt được đăng ký.")
        return
    try:
        user_id = int(user_id_text)
    except ValueError:
        await reply(
            update,
            context,
            f"Cần id người dùng, ví dụ <code>/{'duyet' if approve else 'tuchoi'} 1001</code>.",
        )
        return
    current = svc.repo.officer(user_id)
    if current is None:
        await reply(update, context, f"Không có yêu cầu đăng ký nào của id {user_id}.")
        return
    state = "approved" if approve else "rejected"
    if current.state == state:
        await reply(update, context, f"{esc(current.name)} đã ở trạng thái {STATE_LABELS[state]}.")
        return
    officer = svc.repo.decide(user_id, state, update.effective_user.id, svc.clock.now())
    await reply(
        update,
        context,
        f"Đã {'duyệt' if approve else 'từ chối'} {esc(officer.name)} — {esc(officer.agency)}.",
    )
    message = (
        f"✅ Bạn đã được duyệt là cán bộ của <b>{esc(officer.agency)}</b>. Gõ /tiendo để xem việc "
        "của cơ quan."
        if approve
        else f"Yêu cầu đăng ký cán bộ của {esc(officer.agency)} chưa được chấp nhận."
    )
    try:
        await context.bot.send_message(user_id, message)
    except TelegramError:
        await reply(update, context, "(Không gửi được thông báo cho người đăng ký.)")


async def duyet(update: Update, context: BotContext) -> None:
    await decide(update, context, args_text(context), approve=True)


async def tuchoi(update: Update, context: BotContext) -> None:
    await decide(update, context, args_text(context), approve=False)


async def decision_button(update: Update, context: BotContext) -> None:
    await update.callback_query.answer()
    action, _, user_id = update.callback_query.data.partition(":")
    await decide(update, context, user_id, approve=action == "ok")


async def canbo(update: Update, context: BotContext) -> None:
    svc = context.services
    if not svc.is_admin(update.effective_user.id):
        await reply(update, context, "Chỉ quản trị viên xem được danh sách cán bộ.")
        return
    officers = svc.repo.officers()
    if not officers:
        await reply(update, context, "Chưa có ai đăng ký.")
        return
    lines = ["<b>Cán bộ</b>"] + [
        f"• <code>{o.user_id}</code> {esc(o.name)} — {esc(o.agency)} ({STATE_LABELS[o.state]})"
        for o in officers
    ]
    await reply(update, context, "\n".join(lines))


async def thuhoi(update: Update, context: BotContext) -> None:
    svc = context.services
    if not svc.is_admin(update.effective_user.id):
        await reply(update, context, "Chỉ quản trị viên mới thu hồi được quyền cán bộ.")
        return
    try:
        user_id = int(args_text(context))
    except ValueError:
        await reply(update, context, "Cần id người dùng, ví dụ <code>/thuhoi 1001</code>.")
        return
    officer = svc.repo.decide(user_id, "revoked", update.effective_user.id, svc.clock.now())
    if officer is None:
        await reply(update, context, f"Không có cán bộ nào có id {user_id}.")
        return
    await reply(
        update,
        context,
        f"Đã thu hồi quyền cán bộ của {esc(officer.name)} — {esc(officer.agency)}.",
    )


async def nhacnho(update: Update, context: BotContext) -> None:
    svc = context.services
    arg = args_text(context).lower()
    if arg not in ("bat", "bật", "tat", "tắt"):
        await reply(
            update, context, "Gõ <code>/nhacnho bat</code> hoặc <code>/nhacnho tat</code>."
        )
        return
    on = arg in ("bat", "bật")
    if svc.agency_of(update.effective_user.id) is None:
        await reply(
            update,
            context,
            "Nhắc hạn dành cho cán bộ đã được duyệt. Gõ <code>/dangky &lt;cơ quan&gt;</code> "
            "để đăng ký. Không có gì thay đổi.",
        )
        return
    svc.repo.set_reminders(update.effective_user.id, on)
    await reply(update, context, "Đã bật nhắc hạn." if on else "Đã tắt nhắc hạn.")
