"""Questions: /hoi, free text in private chats, /muc, the row-choice buttons and inline mode."""

from __future__ import annotations

from uuid import uuid4

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import MessageLimit

from handlers import (
    cancel,
    corrections,
    draft_notes,
    file_moves,
    handins,
    letters,
    officers,
    status_offers,
    submit_chat,
    task_renames,
    undoing,
)
from handlers.buttons import ShowRow, ShowTask
from handlers.common import BUTTON_TEXT, Buttons, args_text, reply
from handlers.context import BotContext
from handlers.pending import take_pending
from handlers.prompt_names import file_still_awaited, still_awaited
from knowledge.render.answers import esc, row_full, to_plain
from knowledge.render.messages import shorten
from knowledge.render.tracking_text import task_label
from usecases import added_notes as note_adding
from usecases import (
    asking,
    cancelling,
    named_rows,
    named_undo,
    note_again,
    reminder_replies,
    resending,
    statements,
    statements_alone,
    statements_kinds,
)
from usecases import chat_subjects as subject_cases
from usecases import corrections as correction_cases
from usecases import digest_asking as digest_cases
from usecases import draft_talk as draft_cases
from usecases import file_moves as file_move_cases
from usecases import form_asides as form_cases
from usecases import handins as handin_cases
from usecases import kept_notes as note_cases
from usecases import later_sends as later_cases
from usecases import offer_followups as followup_cases
from usecases import officers as officer_cases
from usecases import prompt_asides as aside_cases
from usecases import standing_asking as standing_cases
from usecases import status_offers as offer_cases
from usecases import undoing as undoing_cases
from usecases import undone_statements as undone_cases
from usecases import unit_refiles as refile_cases
from usecases.asking import Answer, RowView, TaskView
from usecases.deadline_moves import MovePlan
from usecases.prompts import NotePrompt
from usecases.results import Refusal
from usecases.task_renames import RenamePlan

MAX_INLINE = 10
MAX_CHOICES = 4  # "Có phải bạn hỏi…": the closest rows, one button each
INLINE_TITLE = 100
INLINE_DESCRIPTION = 200


def row_buttons(views: list[RowView]) -> Buttons:
    """One button a row, labelled with its key and title; the data carries the row's key."""
    return [[(f"{v.key} · {v.row.short_title}"[:BUTTON_TEXT], ShowRow(v.key))] for v in views]


def task_buttons(views: list[TaskView]) -> Buttons:
    """One button a task, labelled with its id and form or title; the data carries its id."""
    return [
        [(f"{v.task.id} · {task_label(v.task)}"[:BUTTON_TEXT], ShowTask(v.task.id))] for v in views
    ]


def choice_buttons(answer: Answer) -> Buttons | None:
    """ "Có phải bạn hỏi…": the closest rows, or the tasks the question fits, one button each."""
    if answer.extra.get("steps"):  # a supporter's one line: the owners' steps on request
        return [[("📋 Các bước, hồ sơ", ShowTask(answer.extra["steps"]))]]
    if not answer.close:
        return None
    if answer.items and answer.tasks:  # a task's words and a row's both fit: tasks first
        return task_buttons(answer.tasks[: MAX_CHOICES - 1]) + row_buttons(answer.items[:1])
    if answer.items:
        return row_buttons(answer.items[:MAX_CHOICES])
    return task_buttons(answer.tasks[:MAX_CHOICES]) or None


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    caller = await context.caller(update)
    # a follow-up ("thế còn hạn thì sao") is read against the chat's last answer
    answered = await subject_cases.answered_in_chat(context.services, caller, question)
    answer = answered.answer
    await reply(update, context, answer.html, choice_buttons(answer))
    if caller.agency is not None and named_rows.answered_key(answer):
        # the one row answered about: "xong" said next is about it (or says whose it is)
        await context.services.run(named_rows.remember_answered, caller, answer)


async def hoi(update: Update, context: BotContext) -> None:
    question = args_text(context)
    if not question:
        await reply(
            update,
            context,
            "Gõ câu hỏi sau lệnh, ví dụ: <code>/hoi giấy phép xây dựng hạn khi nào</code>",
        )
        return
    await answer_question(update, context, question)


async def free_text(update: Update, context: BotContext) -> None:
    """The answer a prompt waits for; else, from someone who may write it, a statement naming a
    row and a status is offered as one confirmation button; else a question."""
    message = update.effective_message
    text = message.text or "" if message else ""
    # "huỷ", "thôi", "bỏ qua": /huy, never the note a prompt waits for, nor a question about
    # the services titled "Hủy …"
    caller = await context.caller(update)
    if await context.services.run(cancelling.cancel_asked, caller, text):
        if caller.waiting is None:
            # nothing waits: "huỷ" right after a write means that write; its undo is offered
            last = await context.services.run(undoing_cases.last_write, caller)
            if last.change is not None or last.submission is not None:
                await undoing.offer_undo(update, context, last)
                return
        await cancel.huy(update, context)
        return
    # a question asked while a form is filled in the chat: answered, then the form's step
    # again, nothing typed into it lost
    aside = await context.services.run(form_cases.form_aside, caller, text)
    if aside is not None:
        step, read_as = aside
        await answer_question(update, context, text)
        lead = f"{read_as}\n{submit_chat.STILL_OPEN}" if read_as else submit_chat.STILL_OPEN
        await submit_chat.ask(update, context, step, lead=lead)
        return
    # a question asked while a status's note or a file is awaited: answered, the note or the
    # file still awaited (u26 #4, ux32 #8)
    if caller.waiting is not None:
        awaited = await context.services.run(aside_cases.prompt_aside, caller, text)
        if awaited is not None:
            await answer_question(update, context, text)
            if isinstance(awaited, NotePrompt):
                await reply(update, context, still_awaited(awaited))
            else:
                await reply(update, context, file_still_awaited(awaited))
            return
    if await take_pending(update, context):
        return
    # the note a status waited for, typed after its wait ran out or right after a look-up ended
    # it: offered with it by a button, never read as a question (one transaction)
    if await context.services.run(note_cases.note_kept, caller):
        noted = await context.services.run(note_cases.offer_kept_note, caller, text)
        if noted is not None:
            await draft_notes.offer_note(update, context, noted.result, late=noted.late)
            return
    # "ghi chú 406-11: chờ công an": the note offered with the status the item has (ux30 #3)
    added = await context.services.run(note_adding.note_added, caller, text)
    if added is not None:
        lead = "Thêm ghi chú, trạng thái giữ nguyên." if not isinstance(added, Refusal) else ""
        await status_offers.offer(update, context, added, lead=lead, quoted=True, noted=True)
        return
    # "hoàn tác", "huỷ thao tác vừa rồi": the undo's button, never a silent undo; right after
    # a row was named, that row's last write
    if await context.services.run(undoing_cases.undo_asked, text):
        named = await context.services.run(named_undo.named_last_write, caller)
        await undoing.offer_undo(update, context, named)
        return
    desk = context.services
    # "gửi nhầm bc tháng 5, đó là bc tháng 4": the file moved to the month it belongs to, by a
    # button (ux32 #3), never a status written on the wrong month
    if await desk.run(file_move_cases.says_misfiled, caller, text):
        misfiled = await desk.run(file_move_cases.move_asked, caller, text)
        if misfiled is not None:
            await file_moves.offer(update, context, misfiled)
            return
    # "nhầm rồi, đây là file của Sở Y tế" after a ghi thay: its undo, or kept for that unit
    refile = await desk.run(refile_cases.refile_asked, caller, text)
    if refile is not None:
        await file_moves.refile_offer(update, context, refile)
        return
    # "nhầm file, gửi lại": how to send the file again, for the task the last one was for
    resend = await desk.run(resending.resend_help, caller, text)
    if resend is not None:
        await reply(update, context, resend)
        return
    # "à nhầm, chưa bắt đầu" right after a write: its undo, and the status said instead; "à
    # nhầm 406-24 chưa xong đâu" of a row just written: that write's undo, before the words are
    # read as the row's state
    taken_back = await desk.run(correction_cases.read_correction, caller, text)
    if taken_back is not None and await corrections.offer(update, context, taken_back):
        return
    # "406-20 chưa xong" from the row's unit after it was recorded done: offered back as under
    # way by a button, never the row's card as if nothing was said
    if await desk.run(undone_cases.undone_asked, text):
        undone = await desk.run(undone_cases.undone_offer, caller, text)
        if isinstance(undone, undone_cases.AlreadyUndone):
            await reply(update, context, undone.text)
            return
        if undone is not None:
            await status_offers.offer(
                update, context, await desk.run(offer_cases.offer_status, caller, undone)
            )
            return
    # "nhầm, không phải 406-22 mà là 406-11 y tế": the item meant, never the one denied; after
    # a write of the one denied, its undo and the same status for the item meant, by buttons
    swap = await desk.run(followup_cases.swap_asked, caller, text)
    if swap is not None:
        fixed = await desk.run(followup_cases.swap_after_write, caller, swap)
        stated = (
            None if fixed is not None else await desk.run(followup_cases.swap_stated, caller, swap)
        )
        if fixed is not None:
            await corrections.show(update, context, fixed)
        elif stated is not None:  # "… mà là 406-11 y tế xong": offered as a statement is
            await status_offers.offer_each(update, context, stated)
        else:
            await answer_question(update, context, swap.meant)
        return
    # "sửa hạn nv 1 thành 25/8", "công bố": said to the admin's draft under review
    said = await desk.run(draft_cases.draft_talk_said, caller, text)
    if said is not None:
        edited = await desk.run(draft_cases.draft_talk, caller, said)
        if isinstance(edited, RenamePlan | MovePlan):  # a tracked task's title or date: pressed
            await task_renames.show_plan(update, context, edited)
            return
        if edited is not None:
            await letters.show(update, context, edited)
            return
    # "dang ky so y te": /dangky's button for it, not the services titled "Đăng ký …"
    choice = await desk.run(officer_cases.registration_asked, caller, text)
    if isinstance(choice, Refusal):
        await reply(update, context, choice.reason)
        return
    if choice is not None:
        await officers.offer_registration(update, context, choice)
        return
    # "tắt nhắc nhở": /nhacnho's command, which alone switches them
    switch = await desk.run(officer_cases.reminders_switch_asked, text)
    if switch is not None:
        await reply(update, context, switch.reason)
        return
    # "tổng hợp tuần này" from an admin: the digest, as of now
    if await desk.run(digest_cases.digest_asked, caller, text):
        digest = await desk.run(digest_cases.asked_digest, caller)
        await reply(update, context, digest, handins.DIGEST_BUTTONS)
        return
    # "ai chưa nộp biểu 02", "Sở Y tế nộp chưa": /nopbai's tracking, not the task's description
    if await desk.run(handin_cases.handins_asked, text):
        tracked = await desk.run(handin_cases.asked_handins, caller, text)
        if tracked is not None:
            await handins.show(update, context, tracked)
            return
    # "Sở KH&ĐT nộp mẫu 01 chưa" the tracking above left, "cv 618 tình hình thế nào": that
    # unit's standing on that item, the letter's hand-ins, answered as a question is
    # (usecases/asking.py `answered`), before any status is read from the words
    if await desk.run(standing_cases.standing_asked, caller, text) is not None:
        await answer_question(update, context, text)
        return
    # "10 5 3 2" with no form open: said not to be taken, with the form that takes it
    stray = await desk.run(form_cases.stray_counts, caller, text)
    if stray is not None:
        await reply(update, context, stray.reason)
        return
    # a pasted page: one line on how to ask, not the help block
    overlong = await desk.run(asking.overlong, text)
    if overlong is not None:
        await reply(update, context, overlong)
        return
    # a reply to the bot's own message (a reminder): the row or task it names is the context
    replied = message.reply_to_message if message else None
    about = (
        replied.text or ""
        if replied is not None and replied.from_user is not None and replied.from_user.is_bot
        else ""
    )
    # "gửi file báo cáo tháng 9 sau nhé" in reply to a reminder, or typed right after one
    # arrived without Telegram's reply: its task, acknowledged
    later_about = about or await desk.run(later_cases.just_reminded, caller, text)
    if await desk.run(later_cases.later_asked, text, later_about):
        later = await desk.run(later_cases.later_send, caller, text, later_about)
        if later is not None:
            await reply(update, context, later.reason)
            return
    # a reply to the bot's ask for a new note, after that wait ended: offered as that note
    again = await desk.run(note_again.note_replied, caller, text, about) if about else None
    if again is not None:
        offered = await desk.run(offer_cases.offer_status, caller, again)
        await status_offers.offer(update, context, offered)
        return
    found = await desk.run(statements.read_statement, caller, text, about)
    if isinstance(found, statements_kinds.BareStatus):
        # "xong rồi": the row just written, or which
        found = await desk.run(statements_alone.last_row_offer, caller, found)
    if isinstance(found, statements_kinds.Several):
        # a reply to a reminder of several: each a button
        await status_offers.offer_each(
            update, context, await desk.run(reminder_replies.offer_each, caller, found)
        )
        return
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    if found is not None:
        await status_offers.offer(
            update, context, await desk.run(offer_cases.offer_status, caller, found)
        )
        return
    # "ok em biết rồi", "👍": a short reply, not the help block
    thanks = await desk.run(asking.acknowledged, text)
    if thanks is not None:
        await reply(update, context, thanks)
        return
    # "đã gửi kèm bản giấy qua bưu điện" right after one's own write, asking nothing: offered
    # as that write's note by a button, not "Tôi chưa hiểu" (ux34 #5)
    after = await desk.run(note_adding.note_after_write, caller, text)
    if after is not None:
        lead = "Ghi chú cho việc vừa ghi? Trạng thái giữ nguyên."
        await status_offers.offer(update, context, after, lead=lead, quoted=True, noted=True)
        return
    await answer_question(update, context, text)


async def muc(update: Update, context: BotContext) -> None:
    key = args_text(context)
    if not key:
        await reply(
            update,
            context,
            "Gõ mã mục sau lệnh, ví dụ: <code>/muc 406-14</code> hoặc <code>/muc 22</code>",
        )
        return
    caller = await context.caller(update)
    answered = await context.services.run(asking.lookup, caller, key)
    await context.services.run(subject_cases.remember, caller, answered.answer)
    await reply(update, context, answered.answer.html)


async def pick_task(update: Update, context: BotContext, button: ShowTask) -> None:
    caller = await context.caller(update)
    shown = await context.services.run(asking.show_task, caller, button.task)
    if isinstance(shown, Refusal):
        await reply(update, context, shown.reason)
        return
    await context.services.run(subject_cases.shown, caller, shown.answer.tasks[0].task.id)
    await reply(update, context, shown.answer.html)


async def pick_row(update: Update, context: BotContext, button: ShowRow) -> None:
    caller = await context.caller(update)
    shown = await context.services.run(asking.show_row, caller, button.row)
    if isinstance(shown, Refusal):
        await reply(update, context, shown.reason)
        return
    await context.services.run(subject_cases.shown, caller, shown.view.key)
    await reply(update, context, shown.html)


def article(title: str, body: str, question: str) -> InlineQueryResultArticle:
    """One inline result; a body too long for a message is cut at a line and says how to see
    the rest."""
    tail = f"… (còn nữa: nhắn riêng cho bot <i>{esc(question[:200])}</i> để xem đủ)"
    text = shorten(body, MessageLimit.MAX_TEXT_LENGTH, tail)
    lines = to_plain(body).split("\n")
    return InlineQueryResultArticle(
        id=str(uuid4()),
        title=title[:INLINE_TITLE],
        description=" ".join(lines[1:3])[:INLINE_DESCRIPTION],
        input_message_content=InputTextMessageContent(text),
    )


async def inline(update: Update, context: BotContext) -> None:
    """Inline mode reads the question as a chat message does: the answer itself first (a task,
    an agency's list, a period), then each row it names."""
    query = update.inline_query
    assert query is not None
    text = (query.query or "").strip()
    results = []
    if text:
        caller = await context.caller(update)
        answered = await asking.answered(context.services, caller, text)
        answer, province, today = answered.answer, answered.province, answered.today
        if answer.intent not in ("service", "item") or not answer.items:
            heading = to_plain(answer.html).split("\n", 1)[0]
            results.append(article(heading, answer.html, text))
        for view in answer.items[:MAX_INLINE]:
            body = row_full(view, province, today, answered.agency)
            results.append(article(f"{view.key} · {view.row.short_title}", body, text))
    await query.answer(results[:MAX_INLINE], cache_time=60)
