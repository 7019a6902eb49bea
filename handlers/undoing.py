"""Undo by words: /hoantac undoes the caller's last write (a status, a submission) as its own
"Hoàn tác" button would; "hoàn tác", "hoan tac", "huỷ thao tác vừa rồi" typed as text offers that
button, never a silent undo. An undo is never undone again in silence: what it undid is said,
and writing the status back is offered by a button (usecases/undoing.py)."""

from __future__ import annotations

from telegram import Update

from handlers.all_items import show as show_press
from handlers.buttons import (
    RedoStatus,
    UndoAll,
    UndoBlankForm,
    UndoLetters,
    UndoStatus,
    UndoSubmission,
    UndoTable,
)
from handlers.common import Buttons, reply
from handlers.context import BotContext
from handlers.imports import restored_text
from handlers.letter_forms import show_detached
from handlers.letters import show_restored
from handlers.status import REDO, UNDO, quote, show
from handlers.submissions import undone_text
from knowledge.messages.markup import typed_key
from knowledge.render.answers import esc, key_tag
from usecases import undoing
from usecases.letter_forms import FormDetached
from usecases.move_undo import UndoPastAsked
from usecases.publishing import LettersRestored
from usecases.results import Refusal
from usecases.status_results import AllRecorded
from usecases.statuses import Recorded
from usecases.submission_undo import SubmissionUndone
from usecases.tables import TableRestored
from usecases.undoing import LastWrite


async def hoantac(update: Update, context: BotContext) -> None:
    """The last thing I wrote, undone as by its "Hoàn tác" button."""
    caller = await context.caller(update)
    result = await context.services.run(undoing.undo_latest, caller)
    if isinstance(result, AllRecorded):  # a "Ghi cả n" press: all its rows, as its receipt's
        await show_press(update, context, result)
    elif isinstance(result, SubmissionUndone):
        await reply(update, context, undone_text(result))
    elif isinstance(result, LettersRestored | UndoPastAsked):
        await show_restored(update, context, result)
    elif isinstance(result, FormDetached):
        await show_detached(update, context, result)
    elif isinstance(result, TableRestored):
        await reply(update, context, restored_text(result))
    elif isinstance(result, LastWrite):
        await reply(update, context, *nothing_left(result))
    elif isinstance(result, Recorded | Refusal):
        await show(update, context, result)


async def offer_undo(update: Update, context: BotContext, found: LastWrite | None = None) -> None:
    """ "hoàn tác" typed as text: what the last write was (`found`, when already read), and its
    undo by a press."""
    if found is None:
        caller = await context.caller(update)
        found = await context.services.run(undoing.last_write, caller)
    if found.batch:
        press = found.batch
        rows = "\n".join(f"• {quote(change)}" for change in press)
        await reply(
            update,
            context,
            f"Lần ghi gần nhất của bạn ({len(press)} mục cùng một lần bấm):\n{rows}\nBấm "
            f"Hoàn tác cả {len(press)} để đưa cả {len(press)} mục về trạng thái trước đó; "
            "không bấm thì không có gì thay đổi.",
            [[(f"{UNDO} cả {len(press)}", UndoAll(press[0].id, press[-1].id))]],
        )
    elif found.change is not None:
        await reply(
            update,
            context,
            f"Thay đổi gần nhất bạn ghi: {quote(found.change)}\nBấm Hoàn tác để đưa về trạng "
            "thái trước đó; không bấm thì không có gì thay đổi.",
            [[(UNDO, UndoStatus(found.change.id))]],
        )
    elif found.submission is not None:
        sent = found.submission
        at = sent.submitted_at.strftime("%H:%M %d/%m/%Y")
        await reply(
            update,
            context,
            f"Lần nộp gần nhất của bạn: lần {sent.version} {esc(found.form)} của "
            f"{esc(sent.agency)} ({at}) cho {key_tag(sent.task)}.\nBấm Hoàn tác để hủy lần nộp "
            "này; không bấm thì không có gì thay đổi.",
            [[(UNDO, UndoSubmission(sent.id))]],
        )
    elif found.letters is not None:
        await reply(
            update,
            context,
            f"Thay đổi gần nhất của bạn về công văn: {esc(found.letters.line)}.\nBấm Hoàn tác "
            "để dùng lại phiên bản trước đó; không bấm thì không có gì thay đổi.",
            [[(UNDO, UndoLetters(found.letters.version.number))]],
        )
    elif found.blank_form is not None:
        form = found.blank_form
        await reply(
            update,
            context,
            f"Thay đổi gần nhất của bạn: gắn mẫu trống {esc(form.file_name)} cho "
            f"{key_tag(form.task)}.\nBấm Hoàn tác để bỏ mẫu này; không bấm thì không có gì "
            "thay đổi.",
            [[(UNDO, UndoBlankForm(form.id))]],
        )
    elif found.table is not None:
        await reply(update, context, *table_offer(found))
    elif found.refusal is not None:
        await reply(update, context, found.refusal.reason)
    else:
        await reply(update, context, *nothing_left(found))


def table_offer(found: LastWrite) -> tuple[str, Buttons]:
    """The last write was a version of the assignment table: its undo first; the write before
    it named beside, as a choice of its own (ux36 #3)."""
    assert found.table is not None
    version = found.table.version
    at = version.at.strftime("%H:%M %d/%m/%Y") if version.at else ""
    text = (
        f"Thay đổi gần nhất của bạn: {esc(found.table.what)} — bảng phân công phiên bản "
        f"{version.number} ({at}).\nBấm Hoàn tác để dùng lại phiên bản {version.number - 1}; "
        "không bấm thì không có gì thay đổi."
    )
    buttons: Buttons = [[(f"{UNDO} bảng phân công", UndoTable(version.number))]]
    older = found.older
    if older is not None and older.submission is not None:
        sent = older.submission
        text += (
            f"\nTrước đó: lần nộp {sent.version} {esc(older.form)} của {esc(sent.agency)} cho "
            f"{key_tag(sent.task)} — muốn hủy lần nộp đó thì bấm nút thứ hai."
        )
        buttons.append([(f"{UNDO} lần nộp của {sent.agency}", UndoSubmission(sent.id))])
    elif older is not None and older.change is not None:
        text += f"\nTrước đó: {quote(older.change)} — muốn hoàn tác thì bấm nút thứ hai."
        buttons.append([(f"{UNDO} {older.change.key}", UndoStatus(older.change.id))])
    elif older is not None and older.letters is not None:
        text += f"\nTrước đó: {esc(older.letters.line)} — muốn hoàn tác thì bấm nút thứ hai."
        buttons.append([(f"{UNDO} công văn", UndoLetters(older.letters.version.number))])
    return text, buttons


def nothing_left(found: LastWrite) -> tuple[str, Buttons | None]:
    """The last write was an undo: say so; offer the status back while the undo's own "Hoàn
    tác" could still write it."""
    if found.undone_submission is not None:
        sent = found.undone_submission
        return (
            f"Lần nộp {sent.version} của {esc(sent.agency)} cho {key_tag(sent.task)} đã được "
            "hoàn tác; không còn gì để hoàn tác. Nộp lại thì gửi lại: "
            f"<code>/nop {typed_key(sent.task)}</code>.",
            None,
        )
    if found.blank_form_undone is not None:
        form = found.blank_form_undone
        return (
            f"Bạn vừa bỏ mẫu trống {esc(form.file_name)} của {key_tag(form.task)}; không còn gì "
            "để hoàn tác. Gắn lại: gửi tệp kèm chú thích "
            f"<code>/mautrong {esc(form.task)}</code>.",
            None,
        )
    if found.undone_letters is not None:
        return (
            f"Bạn vừa hoàn tác: {esc(found.undone_letters.line)}.\nKhông còn gì để hoàn tác; "
            "không có gì thay đổi. Các phiên bản công văn: /congvan lichsu.",
            None,
        )
    assert found.undone is not None
    text = (
        f"Bạn vừa hoàn tác: {quote(found.undone)}\nKhông còn gì để hoàn tác; không có gì thay đổi."
    )
    if found.redo is None:
        return text, None
    label = found.redo.new.label
    return (
        f"{text}\nMuốn ghi lại “{esc(label)}” cho {key_tag(found.undone.key)}? Bấm nút.",
        [[(f"{REDO} {label}", RedoStatus(found.undone.id))]],
    )
