"""/nopbai: the documents a unit owes the coordinator and what it sent; the coordinator's view of
every unit (also as .xlsx), and the button that reminds the units still missing a document.
What is owed and who is reminded is usecases/handins.py's.
"""

from __future__ import annotations

from telegram import Update

from handlers.buttons import Handins, HandinsAction
from handlers.common import Buttons, args_text, reply, send_file
from handlers.context import BotContext
from handlers.desk import with_desk
from knowledge.calendar.deadlines import fmt_date
from knowledge.language.text import fold
from knowledge.render.answers import esc
from knowledge.render.proposal_text import sent_differs
from knowledge.render.tracking_text import (
    nudge_preview,
    nudge_report,
    province_view,
    sent_yet,
    unit_view,
)
from knowledge.render.withdrawn_text import withdrawn_owed
from usecases import digest_asking, handins
from usecases.handins import Handins as Tracked
from usecases.results import Refusal

NUDGE_LABEL = "🔔 Nhắc các đơn vị chưa nộp"
SEND_LABEL = "Gửi nhắc"
PROVINCE_BUTTONS: Buttons = [
    [("📥 Tải .xlsx", Handins(HandinsAction.WORKBOOK))],
    [(NUDGE_LABEL, Handins(HandinsAction.PREVIEW))],
]
# under the coordinator's digest
DIGEST_BUTTONS: Buttons = [[("📋 Tình hình nộp hồ sơ", Handins(HandinsAction.PROVINCE))]]


async def nopbai(update: Update, context: BotContext) -> None:
    """/nopbai: my unit's documents; /nopbai tinh (admins; an admin with no unit by default);
    /nopbai <cơ quan>: that unit's."""
    arg = args_text(context)
    whole = fold(arg) in ("tinh", "toan tinh")
    done = await context.run_as_caller(update, handins.handins, whole, arg)
    await show(update, context, done)


async def tonghop(update: Update, context: BotContext) -> None:
    """/tonghop (admins): the coordinator's digest as of now, the one "tổng hợp tuần này" and
    the Monday job give (usecases/digest_asking.py)."""
    caller = await context.caller(update)
    done = await context.services.run(digest_asking.digest_command, caller)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await reply(update, context, done, DIGEST_BUTTONS)


async def show(update: Update, context: BotContext, result: Tracked | Refusal) -> None:
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
    elif result.unit is not None:
        desk = with_desk(None, context.services, update.effective_chat, context.bot.username)
        behalf = result.behalf
        text = unit_view(result.province, result.unit, result.tracked, result.today, True, behalf)
        if result.asked:  # "bc tháng 11 nộp chưa": that document, sent or not, said first
            [one] = result.tracked
            text = sent_yet(result.province, result.unit, one, result.today, behalf)
        if result.differs:  # "✅ đã nộp" of a BIỂU 02 its proposals no longer equal
            d = result.differs
            text += "\n" + sent_differs(d.version, d.at, d.due)
        text = f"{result.note}\n{text}" if result.note else text
        text += gone_lines(result)
        await reply(update, context, text, desk)
    else:
        buttons = PROVINCE_BUTTONS if result.missing else PROVINCE_BUTTONS[:1]
        if result.missing and len(result.scope) == 1:  # the document asked about, alone
            only = Handins(HandinsAction.PREVIEW, result.scope[0])
            buttons = [*PROVINCE_BUTTONS[:1], [(NUDGE_LABEL, only)]]
        rows = with_desk(buttons, context.services, update.effective_chat, context.bot.username)
        text = province_view(result.province, result.tracked, result.today)
        text = f"{result.note}\n{text}" if result.note else text
        await reply(update, context, text, rows)


def gone_lines(owed: Tracked) -> str:
    """What a letter since taken back asked of the unit, said apart under its list ("" for
    none): owed no more, which letter and when."""
    said = [withdrawn_owed(w.task.id, w.task.form, w.letter, w.how, w.at) for w in owed.withdrawn]
    return "\n\n" + "\n".join(said) if said else ""


async def button(update: Update, context: BotContext, pressed: Handins) -> None:
    """The province's view, its workbook, who would be reminded, remind them."""
    caller = await context.caller(update)
    desk = context.services
    action = pressed.action
    if action == HandinsAction.PROVINCE:
        await show(update, context, await desk.run(handins.province_handins, caller))
    elif action == HandinsAction.WORKBOOK:
        made = await desk.run(handins.handins_workbook, caller)
        if isinstance(made, Refusal):
            await reply(update, context, made.reason)
            return
        caption = f"Tình hình nộp hồ sơ — {esc(desk.province.name)} ({fmt_date(made.today)})"
        await send_file(update, context, made.name, made.content, caption)
    elif action == HandinsAction.PREVIEW:
        plan = await desk.run(handins.plan_nudges, caller, pressed.only)
        if isinstance(plan, Refusal):
            await reply(update, context, plan.reason)
        elif not plan.chats:
            said = nudge_report({}, plan.unreachable, plan.already, split=plan.split)
            await reply(update, context, said)
        else:
            await reply(
                update,
                context,
                nudge_preview(plan.chats, plan.unreachable, plan.already, plan.split),
                [[(SEND_LABEL, Handins(HandinsAction.SEND, pressed.only))]],
            )
    else:
        await remind(update, context, pressed.only)


async def remind(update: Update, context: BotContext, only: str | None = None) -> None:
    """Record one reminder per chat of each unit still missing and not yet reminded today,
    deliver them, and quote back who was reached."""
    desk = context.services
    caller = await context.caller(update)
    done = await desk.run(handins.record_nudges, caller, only)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    if done.reached and desk.deliver_owed is not None:
        await desk.deliver_owed()
    # a send that failed is retried later today (the log's retry), as a daily one would
    failed = await desk.run(handins.failed_nudges, list(done.reached))
    said = nudge_report(done.reached, done.unreachable, done.already, failed, done.split)
    await reply(update, context, said)
