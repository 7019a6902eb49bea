"""Status updates in chat: /capnhat, the note asked for when needed, the buttons, undo, /huy
(/tiendo and /lichsu: handlers/progress_views.py; the offers before a press and the unit asked
of an admin: handlers/status_offers.py). The decisions are the use cases'
(usecases/statuses.py); here the update is read, the use case called, the result shown.
"""

from __future__ import annotations

from datetime import date

from telegram import Update

from handlers.buttons import (
    ChooseRow,
    ConfirmOffer,
    RedoStatus,
    SetStatus,
    UndoStatus,
    WriteFor,
)
from handlers.common import BUTTON_TEXT, Buttons, reply
from handlers.context import BotContext
from handlers.offer_text import titled_key
from handlers.status_offers import ask_unit, offer, offer_each
from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import plain_key
from knowledge.messages.refusals import NOTE_WAIT_MINUTES, WINDOW_MINUTES
from knowledge.render.answers import esc, key_tag
from usecases import behalf_told, reminder_replies, status_offers, status_typed, statuses, undoing
from usecases.callers import Caller
from usecases.prompts import NotePrompt, StatusPrompt
from usecases.results import Refusal
from usecases.statements_kinds import Several
from usecases.statuses import (
    Change,
    NoteAsked,
    Offered,
    Recorded,
    RowChoice,
    Status,
    StatusChoice,
    UnitAsked,
)

UNDO = "Hoàn tác"
REDO = "↪️ Làm lại"

Written = Recorded | NoteAsked | UnitAsked | Offered | Refusal


async def capnhat(update: Update, context: BotContext) -> None:
    """/capnhat <key> <status> [note], read exactly; without arguments, the button flow; with a
    whole key but no status right after it, that key's status buttons."""
    caller = await context.caller(update)
    line = update.effective_message.text or "" if update.effective_message else ""
    # a row named loosely ("gpxd") is offered for a press, as free text is
    result = await context.services.run(statuses.update_status, caller, line)
    if isinstance(result, Several):  # a parent row whose several sub-rows are the writer's
        await offer_each(
            update,
            context,
            await context.services.run(reminder_replies.offer_each, caller, result),
        )
        return
    await show(update, context, result)


async def show(
    update: Update, context: BotContext, result: RowChoice | StatusChoice | Written
) -> None:
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
    elif isinstance(result, Offered):
        await offer(update, context, result)
    elif isinstance(result, RowChoice):
        buttons: Buttons = [
            [(f"{plain_key(item.key)} · {item.title}"[:BUTTON_TEXT], ChooseRow(item.key))]
            for item in result.items
        ]
        await reply(update, context, f"Chọn mục của {esc(result.agency)} cần cập nhật:", buttons)
    elif isinstance(result, StatusChoice):
        lead = "Chưa rõ trạng thái. " if result.unclear else ""
        buttons = [[(s.label, SetStatus(result.key, s, result.unit))] for s in result.statuses]
        whose = f" — {esc(result.unit)} (ghi thay)" if result.unit else ""
        await reply(
            update,
            context,
            f"{lead}Trạng thái mới cho {key_tag(result.key)}{whose}: bấm nút, hoặc gõ (ví dụ "
            "<i>đang làm</i>, <i>vướng mắc chờ máy chủ</i>).",
            buttons,
        )
    elif isinstance(result, UnitAsked):
        await ask_unit(update, context, result)
    elif isinstance(result, NoteAsked) and result.again is not None:
        whose = f" ({esc(result.unit)}, ghi thay)" if result.unit else ""
        kept = f" (ghi chú đang có: «{esc(result.again)}»)" if result.again else ""
        await reply(
            update,
            context,
            f"{key_tag(result.key)}{whose} đã ở trạng thái “{esc(result.status.label)}”{kept}. "
            f"Gõ ghi chú mới cho {key_tag(result.key)} ở tin nhắn tiếp theo (trong "
            f"{NOTE_WAIT_MINUTES} phút) để ghi thêm; lệnh khác hoặc /huy thì không ghi gì.",
        )
    elif isinstance(result, NoteAsked):
        whose = f" ({esc(result.unit)}, ghi thay)" if result.unit else ""
        await reply(
            update,
            context,
            f"Trạng thái “{esc(result.status.label)}” cho {key_tag(result.key)}{whose} cần "
            f"{result.what}. Hãy gõ nội dung ở tin nhắn tiếp theo (trong {NOTE_WAIT_MINUTES} "
            "phút), hoặc /huy để bỏ.",
        )
    elif result.undone:  # its button writes the status back as a new write, never "Hoàn tác"
        back = result.change.old.label if result.change.old else ""
        await reply(
            update,
            context,
            f"↩️ Đã hoàn tác: {quoted(result)}\n"
            f"<i>Hoàn tác nhầm? Bấm {REDO} trong {WINDOW_MINUTES} phút để ghi lại "
            f"{esc(back)}.</i>",
            [[(REDO, RedoStatus(result.change.id))]],
        )
    elif result.redone:
        await reply(
            update,
            context,
            f"↪️ Đã ghi lại: {quoted(result)}\n"
            f"<i>Ghi nhầm? Bấm Hoàn tác trong {WINDOW_MINUTES} phút.</i>",
            undo_button(result.change),
        )
    else:
        outside = result.outside
        said = ""
        if outside is not None and outside.held:
            said = (
                f"\nGhi nhận: đã gửi {esc(outside.what)} cho {esc(outside.to)} ngoài bot; trong "
                f"bot có {esc(', '.join(outside.held))} của đơn vị."
            )
        elif outside is not None:
            said = (
                f"\nGhi nhận: đã gửi {esc(outside.what)} cho {esc(outside.to)} ngoài bot; trong "
                f"bot không có {'biểu' if outside.forms else 'tệp'} nào của đơn vị cho nhiệm vụ "
                "này."
            )
        if result.late:  # done after its deadline, as /tiendo then marks it
            said += "\n" + esc(result.late)
        if result.said:  # a day typed as sent that could not stand
            said += "\n" + esc(result.said)
        await reply(
            update,
            context,
            f"✅ Đã ghi: {quoted(result, result.was)}"
            f"{said}\n"
            f"<i>Ghi nhầm? Bấm Hoàn tác trong {WINDOW_MINUTES} phút.</i>",
            undo_button(result.change),
        )
    if isinstance(result, Recorded) and result.change.behalf:
        # written (or undone, redone) for the unit: its officers told now (ux29 #2)
        await context.services.run(behalf_told.tell_now)


def quoted(result: Recorded, was: Status | None = None) -> str:
    """A write's receipt line (`quote`), with what the write itself carries."""
    renoted = "ghi chú trở lại như trước" if result.undone else "ghi chú mới"
    return quote(result.change, result.day_was, result.title, was, result.note_was, renoted)


def quote(
    change: Change,
    day_was: date | None = None,
    title: str = "",
    was: Status | None = None,
    note_was: str | None = None,
    renoted: str = "ghi chú mới",
) -> str:
    """A change as the officer reads it back: the row (a task by its title, its key after it),
    the agency, old → new, the note, and who wrote it for the unit when someone else did ("do …
    ghi thay"); `day_was`: the day sent it corrected, quoted old → new; `was`: the status the
    unit stood at before, as /tiendo said it (a row of several milestones), when it differs;
    `note_was`: the note the same status written again replaces, quoted old → new."""
    old = (was or change.old or Status.CHUA_BAT_DAU).label
    tail = f"\nGhi chú: {esc(change.note)}" if change.note else ""
    moved = f"{esc(old)} → <b>{esc(change.new.label)}</b>"
    if note_was is not None and day_was is None:
        moved = f"<b>{esc(change.new.label)}</b>, {renoted}"
        tail = f"\nGhi chú: {said_note(note_was)} → {said_note(change.note)}"
    if day_was is not None and change.sent_on is not None:
        # the status stands; the day it counts from is what changed
        moved = (
            f"<b>{esc(change.new.label)}</b>, ngày gửi {fmt_date(day_was)} → "
            f"<b>{fmt_date(change.sent_on)}</b>"
        )
    elif change.sent_on is not None:  # the day the unit said it sent it, which the views count
        tail += f"\nNgày gửi: {fmt_date(change.sent_on)}"
    behalf = f"\n<i>Do {esc(change.behalf)} ghi thay {esc(change.agency)}.</i>"
    return (
        f"{titled_key(change.key, title)} ({esc(change.agency)}): {moved}"
        f"{tail}{behalf if change.behalf else ''}"
    )


def said_note(note: str) -> str:
    return f"«{esc(note)}»" if note else "(không có)"


def undo_button(change: Change) -> Buttons:
    return [[(UNDO, UndoStatus(change.id))]]


async def choose_status(update: Update, context: BotContext, button: ChooseRow) -> None:
    caller = await context.caller(update)
    await show(
        update, context, await context.services.run(statuses.choose_status, caller, button.row)
    )


async def status_button(update: Update, context: BotContext, button: SetStatus) -> None:
    caller = await context.caller(update)
    result = await context.services.run(
        statuses.set_status, caller, button.row, button.status, button.unit
    )
    await show(update, context, result)


async def unit_pressed(update: Update, context: BotContext, button: WriteFor) -> None:
    """The unit an admin writes the row's status for."""
    caller = await context.caller(update)
    result = await context.services.run(statuses.write_for_unit, caller, button.row, button.unit)
    await show(update, context, result)


async def offer_pressed(update: Update, context: BotContext, button: ConfirmOffer) -> None:
    caller = await context.caller(update)
    result = await context.services.run(
        status_offers.confirm_offer, caller, button.row, button.status, button.unit
    )
    await show(update, context, result)


async def take_note(
    update: Update, context: BotContext, caller: Caller, prompt: NotePrompt
) -> None:
    """The chat owed a note for a status: this message is that note (another item named instead:
    handlers/offer_followups.py)."""
    text = update.effective_message.text or "" if update.effective_message else ""
    await show(
        update, context, await context.services.run(statuses.give_note, caller, prompt, text)
    )


async def take_status(
    update: Update, context: BotContext, caller: Caller, prompt: StatusPrompt
) -> None:
    """The status typed where the row's status buttons wait ("vướng", "đang làm")."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    await show(
        update, context, await context.services.run(status_typed.give_status, caller, prompt, text)
    )


async def redo_pressed(update: Update, context: BotContext, button: RedoStatus) -> None:
    caller = await context.caller(update)
    await show(
        update, context, await context.services.run(undoing.redo_status, caller, button.change)
    )


async def undo_pressed(update: Update, context: BotContext, button: UndoStatus) -> None:
    caller = await context.caller(update)
    await show(
        update, context, await context.services.run(undoing.undo_status, caller, button.change)
    )
