"""/nopbai: the documents a unit owes the coordinator and what it sent; the coordinator's view of
every unit (also as .xlsx), and the button that reminds the units still missing a document.

Who has sent what is knowledge/deliverables/tracking.py; the reminders go through the reminder log
like the
daily ones (db/reminder_repo.py), at most once a day per unit.
"""

from __future__ import annotations

from io import BytesIO

from telegram import InputFile, Update

from handlers.common import args_text, reply
from handlers.context import BotContext, Services
from handlers.desk import with_desk
from knowledge.calendar.deadlines import fmt_date
from knowledge.deliverables.submissions import handin_details
from knowledge.deliverables.tracking import TaskHandins, missing_by_unit, track
from knowledge.formats.tracking_report import handins_file_name, handins_table
from knowledge.formats.xlsx import render
from knowledge.language.text import fold
from knowledge.render.answers import esc
from knowledge.render.tracking_text import nudge_preview, nudge_report, province_view, unit_view
from knowledge.rules.decisions import Refusal
from knowledge.rules.standing import marks_of
from usecases.nudges import failed_nudges, plan_nudges, record_nudges

NUDGE_LABEL = "🔔 Nhắc các đơn vị chưa nộp"
SEND_LABEL = "Gửi nhắc"
PROVINCE_BUTTONS = [[("📥 Tải .xlsx", "nb:x")], [(NUDGE_LABEL, "nb:n")]]
# under the coordinator's digest
DIGEST_BUTTONS = [[("📋 Tình hình nộp hồ sơ", "nb:p")]]
ADMIN_ONLY = "Chỉ quản trị viên (Sở TT&amp;TT) xem được tình hình nộp của cả tỉnh."


def _tracked(svc: Services, unit: str | None = None) -> list[TaskHandins]:
    marks = marks_of(svc.repo.current_all())
    details = handin_details(svc.province, svc.submissions.submissions(agency=unit))
    return track(svc.province, marks, svc.clock.today(), unit, details)


def unit_text(svc: Services, unit: str, hint: bool = True) -> str:
    """What the unit owes the coordinator, what it sent, form by form, and when."""
    return unit_view(svc.province, unit, _tracked(svc, unit), svc.clock.today(), hint)


async def nopbai(update: Update, context: BotContext) -> None:
    """/nopbai: my unit's documents; /nopbai tinh (admins; an admin with no unit by default)."""
    svc = context.services
    user = update.effective_user
    agency, is_admin = svc.agency_of(user.id), svc.is_admin(user.id)
    whole = fold(args_text(context)) in ("tinh", "toan tinh")
    if whole or (agency is None and is_admin):
        if not is_admin:
            await reply(update, context, ADMIN_ONLY)
            return
        await show_province(update, context)
        return
    if agency is None:
        await reply(update, context, svc.not_officer(user.id))
        return
    desk = with_desk(None, svc, update.effective_chat, context.bot.username)
    await reply(update, context, unit_text(svc, agency), desk)


async def show_province(update: Update, context: BotContext) -> None:
    svc = context.services
    tracked = _tracked(svc)
    today = svc.clock.today()
    buttons = PROVINCE_BUTTONS if missing_by_unit(tracked, today) else PROVINCE_BUTTONS[:1]
    buttons = with_desk(buttons, svc, update.effective_chat, context.bot.username)
    await reply(update, context, province_view(svc.province, tracked, today), buttons)


async def button(update: Update, context: BotContext) -> None:
    """nb:p the province's view, nb:x its workbook, nb:n who would be reminded, nb:s remind."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    if not svc.is_admin(update.effective_user.id):
        await reply(update, context, ADMIN_ONLY)
        return
    action = query.data.split(":")[1]
    if action == "p":
        await show_province(update, context)
    elif action == "x":
        await send_workbook(update, context)
    else:
        await remind(update, context, send=action == "s")


async def send_workbook(update: Update, context: BotContext) -> None:
    svc = context.services
    today = svc.clock.today()
    table = handins_table(svc.province, _tracked(svc), today)
    await context.bot.send_document(
        update.effective_chat.id,
        InputFile(BytesIO(render(table)), filename=handins_file_name(svc.province, today)),
        caption=f"Tình hình nộp hồ sơ — {esc(svc.province.name)} ({fmt_date(today)})",
    )


async def remind(update: Update, context: BotContext, send: bool) -> None:
    """Without `send`: who would be reminded, and a button to confirm. With it: record one
    reminder per chat of each unit still missing and not yet reminded today, deliver them, and
    quote back who was reached (usecases/nudges.py, as the web desk does).
    """
    svc = context.services
    who = svc.actor(update.effective_user.id)
    if not send:
        plan = plan_nudges(svc, who)
        if isinstance(plan, Refusal):
            await reply(update, context, plan.reason)
        elif not plan.owed:
            await reply(update, context, nudge_report({}, plan.unreachable, plan.already))
        else:
            await reply(update, context, nudge_preview(plan.chats), [[(SEND_LABEL, "nb:s")]])
        return
    done = record_nudges(svc, who)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    if done.reached and svc.deliver_owed is not None:
        await svc.deliver_owed()
    # a send that failed stays owed to the next tick (the log's retry), as a daily one would
    failed = failed_nudges(svc, done.reached)
    await reply(
        update, context, nudge_report(done.reached, done.unreachable, done.already, failed)
    )
