"""Officers: /dangky, approval by admins (buttons, /duyet, /tuchoi), /canbo, /thuhoi, /nhacnho.

Which request is allowed and who decides is knowledge/rules/officers.py; here we parse, persist,
tell.
"""

from __future__ import annotations

from telegram import Update

from handlers.common import args_text, keyboard, reply, sender_name
from handlers.context import BotContext
from handlers.notices import notify
from knowledge.catalogue import units
from knowledge.language.text import ascii_number
from knowledge.render.answers import esc
from knowledge.rules import officers
from knowledge.rules.decisions import UNCHANGED, Refusal


def registrable(svc) -> list[str]:
    """What the picker offers, by position: each district unit, never "UBND huyện" as one."""
    return units.registrable(svc.assistant.catalogue.agencies, svc.province)


def agency_buttons(svc, only: tuple[str, ...] = ()) -> list[list[tuple[str, str]]]:
    names = registrable(svc)
    return [[(name[:60], f"ag:{i}")] for i, name in enumerate(names) if not only or name in only]


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
    choices = units.choose_unit(svc.province, agency)
    if choices:
        await reply(
            update,
            context,
            f"“{esc(agency)}” gồm {len(choices)} đơn vị; mỗi đơn vị báo cáo và được nhắc hạn "
            "riêng. Bạn thuộc đơn vị nào? Chọn bên dưới, hoặc gõ ví dụ "
            f"<code>/dangky {esc(choices[-1])}</code>. Chưa có gì thay đổi.",
            agency_buttons(svc, only=choices),
        )
        return
    await register(update, context, agency)


async def pick_agency(update: Update, context: BotContext) -> None:
    svc = context.services
    await update.callback_query.answer()
    names = registrable(svc)
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
    decision = officers.register(current, agency)
    if isinstance(decision, Refusal):
        await reply(update, context, decision.reason)
        return
    officer = svc.repo.request_registration(user.id, sender_name(update), agency, svc.clock.now())
    paused = (
        f" Trong lúc chờ, bạn không còn cập nhật được cho {esc(current.agency)}."
        if current is not None and officers.acting_agency(current) is not None
        else ""
    )
    await reply(
        update,
        context,
        f"Đã gửi yêu cầu đăng ký làm cán bộ của <b>{esc(agency)}</b>. "
        f"Bạn sẽ được báo khi quản trị viên duyệt.{paused}",
    )
    text = (
        f"Yêu cầu đăng ký: <b>{esc(officer.name)}</b> (id <code>{user.id}</code>) — "
        f"{esc(agency)}.\n"
        f"Duyệt bằng nút hoặc <code>/duyet {user.id}</code>, <code>/tuchoi {user.id}</code>."
    )
    # The buttons name the agency asked for: pressed after the person asked for another agency,
    # they decide nothing.
    seen = agency_ids(svc).get(agency)
    tag = f":{seen}" if seen is not None else ""
    buttons = keyboard(
        [[("✅ Duyệt", f"ok:{user.id}{tag}"), ("❌ Từ chối", f"no:{user.id}{tag}")]]
    )
    for admin in svc.config.admins:
        # An admin who never opened the bot: the others still get it (and are told once), and
        # /canbo lists it.
        await notify(context.bot, svc, admin, text, "yêu cầu đăng ký", buttons)


def agency_ids(svc) -> dict[str, int]:
    """Every agency's position in the catalogue: what a button carries instead of the name."""
    return {name: i for i, name in enumerate(svc.assistant.catalogue.agencies)}


def parse_user_id(text: str) -> int | None:
    return ascii_number(text, 19)


async def decide(
    update: Update, context: BotContext, user_id_text: str, approve: bool, seen: str = ""
) -> None:
    """/duyet, /tuchoi and their buttons; `seen` is the agency position a button carries."""
    svc = context.services
    who = svc.actor(update.effective_user.id)
    refusal = officers.may_decide(who)
    if refusal:
        await reply(update, context, refusal.reason)
        return
    user_id = parse_user_id(user_id_text)
    if user_id is None:
        await reply(
            update,
            context,
            f"Cần id người dùng, ví dụ <code>/{'duyet' if approve else 'tuchoi'} 1001</code>.",
        )
        return
    names = list(svc.assistant.catalogue.agencies)
    index = ascii_number(seen)
    seen_agency = names[index] if index is not None and index < len(names) else None
    current = svc.repo.officer(user_id)
    rule = officers.approve if approve else officers.reject
    decision = rule(who, user_id, current, seen_agency)
    if isinstance(decision, Refusal):
        await reply(update, context, decision.reason)
        return
    officer = svc.repo.decide(user_id, decision, who.user_id, svc.clock.now(), expect=current)
    if officer is None:
        await reply(update, context, f"Yêu cầu vừa thay đổi; hãy xem lại /canbo. {UNCHANGED}")
        return
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
    if not await notify(context.bot, svc, user_id, message, "kết quả duyệt"):
        await reply(update, context, "(Không gửi được thông báo cho người đăng ký.)")


async def duyet(update: Update, context: BotContext) -> None:
    await decide(update, context, args_text(context), approve=True)


async def tuchoi(update: Update, context: BotContext) -> None:
    await decide(update, context, args_text(context), approve=False)


async def decision_button(update: Update, context: BotContext) -> None:
    """ok:<user id>[:<agency position>] approves, no:... rejects."""
    await update.callback_query.answer()
    action, user_id, seen = [*update.callback_query.data.split(":"), ""][:3]
    await decide(update, context, user_id, approve=action == "ok", seen=seen)


async def canbo(update: Update, context: BotContext) -> None:
    svc = context.services
    if not svc.is_admin(update.effective_user.id):
        await reply(update, context, "Chỉ quản trị viên xem được danh sách cán bộ.")
        return
    every = svc.repo.officers()
    if not every:
        await reply(update, context, "Chưa có ai đăng ký.")
        return
    lines = ["<b>Cán bộ</b>"] + [
        f"• <code>{o.user_id}</code> {esc(o.name)} — {esc(o.agency)} ({o.state.label})"
        for o in every
    ]
    await reply(update, context, "\n".join(lines))


async def thuhoi(update: Update, context: BotContext) -> None:
    svc = context.services
    who = svc.actor(update.effective_user.id)
    refusal = officers.may_decide(who)
    if refusal:
        await reply(update, context, refusal.reason)
        return
    user_id = parse_user_id(args_text(context))
    if user_id is None:
        await reply(update, context, "Cần id người dùng, ví dụ <code>/thuhoi 1001</code>.")
        return
    current = svc.repo.officer(user_id)
    decision = officers.revoke(who, user_id, current)
    if isinstance(decision, Refusal):
        await reply(update, context, decision.reason)
        return
    officer = svc.repo.decide(user_id, decision, who.user_id, svc.clock.now(), expect=current)
    if officer is None:
        await reply(update, context, f"Cán bộ này vừa thay đổi; hãy xem lại /canbo. {UNCHANGED}")
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
            "Nhắc hạn dành cho cán bộ đã được duyệt. "
            f"{svc.not_officer(update.effective_user.id)} Không có gì thay đổi.",
        )
        return
    svc.repo.set_reminders(update.effective_user.id, on)
    await reply(update, context, "Đã bật nhắc hạn." if on else "Đã tắt nhắc hạn.")
