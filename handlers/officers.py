"""Officers in chat: /dangky, approval by admins (buttons, /duyet, /tuchoi), /canbo, /thuhoi,
/nhacnho. The decisions are usecases/officers.py's; here we read, call, tell.
"""

from __future__ import annotations

import re

from telegram import Update

from handlers.buttons import Approve, Decide, PickAgency, Reject, WithdrawRequest
from handlers.common import Buttons, args_text, keyboard, reply, sender_name
from handlers.context import BotContext
from handlers.notices import notify
from knowledge.messages.refusals import OFFICER_STATES
from knowledge.render.answers import esc
from usecases import approval_notices, officers
from usecases.officers import AgencyChoice, OfficerState, Registered
from usecases.results import Refusal


def agency_buttons(agencies: tuple[str, ...]) -> Buttons:
    return [[(name[:60], PickAgency(name))] for name in agencies]


async def dangky(update: Update, context: BotContext) -> None:
    desk = context.services
    chat = update.effective_chat
    if chat is None or chat.type != "private":
        await reply(update, context, "Hãy đăng ký trong tin nhắn riêng với bot.")
        return
    text = args_text(context)
    if not text:
        choice = await desk.run(officers.registration_choices)
        await reply(
            update,
            context,
            "Bạn thuộc cơ quan nào? Chọn bên dưới, hoặc gõ <code>/dangky Sở Xây dựng</code>.",
            agency_buttons(choice.agencies),
        )
        return
    caller = await context.caller(update)
    result = await desk.run(officers.ask_registration, caller, sender_name(update), text)
    await registered(update, context, result)


async def offer_registration(update: Update, context: BotContext, choice: AgencyChoice) -> None:
    """ "dang ky so y te" typed: read surely, the request made with its undo; else /dangky's
    button for that agency (or a group's units)."""
    if choice.group is not None:
        await registered(update, context, choice)
        return
    caller = await context.caller(update)
    made = await context.services.run(officers.register_said, caller, sender_name(update), choice)
    if not isinstance(made, AgencyChoice):
        await registered(update, context, made, undo=True)
        return
    [agency] = choice.agencies
    await reply(
        update,
        context,
        f"Bạn muốn đăng ký làm cán bộ của <b>{esc(agency)}</b>? Bấm nút bên dưới để gửi yêu cầu "
        f"cho quản trị viên, hoặc gõ <code>/dangky {esc(agency)}</code>. Chưa có gì thay đổi.",
        agency_buttons(choice.agencies),
    )


async def pick_agency(update: Update, context: BotContext, button: PickAgency) -> None:
    caller = await context.caller(update)
    result = await context.services.run(
        officers.register_for, caller, sender_name(update), button.agency
    )
    await registered(update, context, result)


async def registered(
    update: Update,
    context: BotContext,
    result: AgencyChoice | Registered | Refusal,
    undo: bool = False,
) -> None:
    """`undo`: the request was made from a typed sentence; its undo is offered with it."""
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    if isinstance(result, AgencyChoice):
        group, choices = result.group or "", result.agencies
        await reply(
            update,
            context,
            f"“{esc(group)}” gồm {len(choices)} đơn vị; mỗi đơn vị báo cáo và được nhắc hạn "
            "riêng. Bạn thuộc đơn vị nào? Chọn bên dưới, hoặc gõ ví dụ "
            f"<code>/dangky {esc(choices[-1])}</code>. Chưa có gì thay đổi.",
            agency_buttons(choices),
        )
        return
    officer = result.registration
    paused = (
        f" Trong lúc chờ, bạn không còn cập nhật được cho {esc(result.paused)}."
        if result.paused
        else ""
    )
    taken_back: Buttons | None = None
    if undo:
        paused += " Nhầm đơn vị? Bấm Rút yêu cầu."
        taken_back = [[("↩️ Rút yêu cầu", WithdrawRequest(officer.agency))]]
    await reply(
        update,
        context,
        f"Đã gửi yêu cầu đăng ký làm cán bộ của <b>{esc(officer.agency)}</b>. "
        f"Bạn sẽ được báo khi quản trị viên duyệt.{paused}",
        taken_back,
    )
    text = (
        f"Yêu cầu đăng ký: <b>{esc(officer.name)}</b> (id <code>{officer.user_id}</code>) — "
        f"{esc(officer.agency)}.\n"
        f"Duyệt bằng nút hoặc <code>/duyet {officer.user_id}</code>, "
        f"<code>/tuchoi {officer.user_id}</code>."
    )
    # The buttons name the agency asked for: pressed after the person asked for another agency,
    # they decide nothing.
    buttons = keyboard(
        [
            [
                ("✅ Duyệt", Approve(officer.user_id, officer.agency)),
                ("❌ Từ chối", Reject(officer.user_id, officer.agency)),
            ]
        ]
    )
    for admin in result.admins:
        # An admin who never opened the bot: the others still get it (and are told once), and
        # /canbo lists it.
        await notify(context.bot, context.services, admin, text, "yêu cầu đăng ký", buttons)


async def withdraw_pressed(update: Update, context: BotContext, button: WithdrawRequest) -> None:
    """ "↩️ Rút yêu cầu": the request taken back, said to the person and to the admins told."""
    caller = await context.caller(update)
    result = await context.services.run(officers.withdraw_request, caller, button.agency)
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    officer = result.registration
    await reply(
        update,
        context,
        f"↩️ Đã rút yêu cầu đăng ký làm cán bộ của <b>{esc(officer.agency)}</b>. Đăng ký đơn vị "
        "khác: <code>/dangky &lt;tên đơn vị&gt;</code>.",
    )
    text = (
        f"↩️ {esc(officer.name)} (id <code>{officer.user_id}</code>) đã rút yêu cầu đăng ký — "
        f"{esc(officer.agency)}. Không cần duyệt."
    )
    for admin in result.admins:
        await notify(context.bot, context.services, admin, text, "rút yêu cầu đăng ký")


async def decide(
    update: Update, context: BotContext, user_text: str, approve: bool, seen: str | None = None
) -> None:
    """/duyet, /tuchoi and their buttons."""
    caller = await context.caller(update)
    result = await context.services.run(
        officers.decide_registration, caller, user_text, approve, seen
    )
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    officer = result.registration
    await reply(
        update,
        context,
        f"Đã {'duyệt' if approve else 'từ chối'} {esc(officer.name)} — {esc(officer.agency)}.",
    )
    message = (
        f"✅ Bạn đã được duyệt là cán bộ của <b>{esc(officer.agency)}</b>. Gõ /tiendo để xem việc "
        "của cơ quan."
        if result.state == OfficerState.APPROVED
        else f"Yêu cầu đăng ký cán bộ của {esc(officer.agency)} chưa được chấp nhận."
    )
    if not await notify(context.bot, context.services, officer.user_id, message, "kết quả duyệt"):
        await reply(update, context, "(Không gửi được thông báo cho người đăng ký.)")
    elif result.state == OfficerState.APPROVED:
        # then the letters in force with the unit's work, recorded with the approval (ux34 #7)
        await context.services.run(approval_notices.tell_approved)


MAX_IDS = 20  # one command for the morning's requests, not a flood of replies


def _user_texts(text: str) -> list[str]:
    """`/duyet 1001 1002` or `/duyet 1001, 1002`: each id in turn (it answered "Cần id người
    dùng" to the ids given); anything else is one argument, read (or refused) as such."""
    parts = [part for part in re.split(r"[\s,;]+", text.strip()) if part]
    several = len(parts) > 1 and all(p.isascii() and p.isdigit() for p in parts)
    return parts[:MAX_IDS] if several else [text]


async def duyet(update: Update, context: BotContext) -> None:
    for user_text in _user_texts(args_text(context)):
        await decide(update, context, user_text, approve=True)


async def tuchoi(update: Update, context: BotContext) -> None:
    for user_text in _user_texts(args_text(context)):
        await decide(update, context, user_text, approve=False)


async def decision_button(update: Update, context: BotContext, button: Decide) -> None:
    await decide(update, context, str(button.user), button.approve, button.agency)


async def canbo(update: Update, context: BotContext) -> None:
    caller = await context.caller(update)
    every = await context.services.run(officers.list_officers, caller)
    if isinstance(every, Refusal):
        await reply(update, context, every.reason)
        return
    if not every:
        await reply(update, context, "Chưa có ai đăng ký.")
        return
    lines = ["<b>Cán bộ</b>"] + [
        f"• <code>{o.user_id}</code> {esc(o.name)} — {esc(o.agency)} ({OFFICER_STATES[o.state]})"
        for o in every
    ]
    await reply(update, context, "\n".join(lines))


async def thuhoi(update: Update, context: BotContext) -> None:
    caller = await context.caller(update)
    result = await context.services.run(officers.revoke, caller, args_text(context))
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    officer = result.registration
    await reply(
        update,
        context,
        f"Đã thu hồi quyền cán bộ của {esc(officer.name)} — {esc(officer.agency)}.",
    )
    # told once, now: the unit's notices and reminders no longer reach them (ux28 #7)
    message = (
        f"⛔ Quyền cán bộ của <b>{esc(officer.agency)}</b> của bạn đã được quản trị viên thu "
        "hồi. Bot không còn gửi nhắc hạn, thông báo của đơn vị này cho bạn. Nếu cần, đăng ký "
        "lại: /dangky &lt;cơ quan&gt;."
    )
    if not await notify(context.bot, context.services, officer.user_id, message, "thu hồi"):
        await reply(update, context, "(Không gửi được thông báo cho người bị thu hồi quyền.)")


async def nhacnho(update: Update, context: BotContext) -> None:
    arg = args_text(context).lower()
    caller = await context.caller(update)
    if arg not in ("bat", "bật", "tat", "tắt"):
        state = await context.services.run(officers.reminders_state, caller)
        if isinstance(state, Refusal):
            await reply(update, context, state.reason)
            return
        said = (
            "Nhắc hạn đang bật. Tắt: <code>/nhacnho tat</code>."
            if state
            else "Nhắc hạn đang tắt. Bật lại: <code>/nhacnho bat</code>."
        )
        unknown = f"Không hiểu “{esc(arg)}”. " if arg else ""
        await reply(update, context, unknown + said)
        return
    result = await context.services.run(officers.set_reminders, caller, arg in ("bat", "bật"))
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    await reply(update, context, "Đã bật nhắc hạn." if result else "Đã tắt nhắc hạn.")
