"""A free text in a private chat: the answer a prompt waits for; else, from someone who may write
it, a statement naming a row and a status offered as one confirmation button; else a question.

What the text is, and what that reading needs from the database, is read with the caller in one
unit and one trip to a worker thread (usecases/chat_turn.py); each step here renders what was
read, and runs the use case that writes when the reading is one that writes (an offer waiting
for its press, a form's step asked again): one more trip. A step that finds it has nothing to do
after all hands the text on to the readings after it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update

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
    why_reminded,
)
from handlers.common import reply
from handlers.context import BotContext, Caller
from handlers.pending import take_pending
from handlers.prompt_names import file_still_awaited, still_awaited
from handlers.questions import answer_question, show_answer
from usecases import added_notes as note_adding
from usecases import chat_turn, named_undo, reminder_replies, resending, statements_kinds
from usecases import draft_talk as draft_cases
from usecases import form_asides as form_cases
from usecases import kept_notes as note_cases
from usecases import offer_followups as followup_cases
from usecases import prompt_asides as aside_cases
from usecases import status_offers as offer_cases
from usecases import undone_statements as undone_cases
from usecases import unit_refiles as refile_cases
from usecases.asking import Answered
from usecases.chat_turn import Step, Turn
from usecases.corrections import Correction
from usecases.deadline_moves import MovePlan
from usecases.file_moves import MoveOffer
from usecases.handins import Handins as Tracked
from usecases.officers import AgencyChoice
from usecases.prompts import HandinPrompt, NotePrompt
from usecases.results import Refusal
from usecases.task_renames import RenamePlan
from usecases.undoing import LastWrite

# (update, context, caller, text, what the reading found) -> whether the text was taken
_Act = Callable[[Update, BotContext, Caller, str, Any], Awaitable[bool]]


def _about(update: Update) -> str:
    """The bot's own message (a reminder) the text replies to: the row or task it names is the
    context; "" for none."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is None or replied.from_user is None or not replied.from_user.is_bot:
        return ""
    return replied.text or ""


async def free_text(update: Update, context: BotContext) -> None:
    message = update.effective_message
    text = message.text or "" if message else ""
    about = _about(update)
    # the caller read and the text read in one trip (a chat waiting for a prompt has it ended
    # or kept first, as every update does)
    turn: Turn = await context.run_as_caller(update, chat_turn.read_turn, text, about)
    while True:
        caller = await context.caller(update)
        if await ACTS[turn.step](update, context, caller, text, turn.found):
            return
        # nothing to do after all: the readings after this one
        turn = await context.services.run(chat_turn.read_turn, caller, text, about, turn.at)


async def _cancel(
    update: Update, context: BotContext, caller: Caller, text: str, last: LastWrite | None
) -> bool:
    # "huỷ", "thôi", "bỏ qua": /huy, never the note a prompt waits for, nor a question about
    # the services titled "Hủy …"; right after a write (nothing waits), that write's undo
    if last is not None and (last.change is not None or last.submission is not None):
        await undoing.offer_undo(update, context, last)
        return True
    await cancel.huy(update, context)
    return True


async def _form_aside(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    # a question asked while a form is filled in the chat: answered, then the form's step
    # again, nothing typed into it lost
    aside = await context.services.run(form_cases.form_aside, caller, text)
    if aside is None:
        return False
    step, read_as = aside
    await answer_question(update, context, text)
    lead = f"{read_as}\n{submit_chat.STILL_OPEN}" if read_as else submit_chat.STILL_OPEN
    await submit_chat.ask(update, context, step, lead=lead)
    return True


async def _note_aside(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    # a question asked while a status's note is awaited: answered, the note still awaited
    awaited = await context.services.run(aside_cases.prompt_aside, caller, text)
    if not isinstance(awaited, NotePrompt):
        return False
    await answer_question(update, context, text)
    await reply(update, context, still_awaited(awaited))
    return True


async def _file_aside(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    # a question asked while a file is awaited: answered, the file still awaited (ux32 #8)
    file = await context.services.run(aside_cases.prompt_aside, caller, text)
    if not isinstance(file, HandinPrompt):
        return False
    await answer_question(update, context, text)
    await reply(update, context, file_still_awaited(file))
    return True


async def _pending(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    return await take_pending(update, context)


async def _kept_note(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    # the note a status waited for, typed after its wait ran out or right after a look-up ended
    # it: offered with it by a button, never read as a question (one transaction)
    noted = await context.services.run(note_cases.offer_kept_note, caller, text)
    if noted is None:
        return False
    await draft_notes.offer_note(update, context, noted.result, late=noted.late)
    return True


async def _added_note(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    # "ghi chú 406-11: chờ công an": the note offered with the status the item has (ux30 #3)
    added = await context.services.run(note_adding.note_added, caller, text)
    if added is None:
        return False
    lead = "Thêm ghi chú, trạng thái giữ nguyên." if not isinstance(added, Refusal) else ""
    await status_offers.offer(update, context, added, lead=lead, quoted=True, noted=True)
    return True


async def _undo(update: Update, context: BotContext, caller: Caller, text: str, _: None) -> bool:
    # "hoàn tác", "huỷ thao tác vừa rồi": the undo's button, never a silent undo; right after
    # a row was named, that row's last write
    named = await context.services.run(named_undo.named_last_write, caller)
    await undoing.offer_undo(update, context, named)
    return True


async def _misfiled(
    update: Update, context: BotContext, caller: Caller, text: str, move: MoveOffer | Refusal
) -> bool:
    # "gửi nhầm bc tháng 5, đó là bc tháng 4": the file moved to the month it belongs to, by a
    # button (ux32 #3), never a status written on the wrong month
    await file_moves.offer(update, context, move)
    return True


async def _refile(
    update: Update,
    context: BotContext,
    caller: Caller,
    text: str,
    refile: refile_cases.RefileOffer | Refusal,
) -> bool:
    # "nhầm rồi, đây là file của Sở Y tế" after a ghi thay: its undo, or kept for that unit
    await file_moves.refile_offer(update, context, refile)
    return True


async def _resend(update: Update, context: BotContext, caller: Caller, text: str, _: None) -> bool:
    # "nhầm file, gửi lại": how to send the file again, for the task the last one was for
    resend = await context.services.run(resending.resend_help, caller, text)
    if resend is None:
        return False
    await reply(update, context, resend)
    return True


async def _correction(
    update: Update, context: BotContext, caller: Caller, text: str, said: Correction
) -> bool:
    # "à nhầm, chưa bắt đầu" right after a write: its undo, and the status said instead; "à
    # nhầm 406-24 chưa xong đâu" of a row just written: that write's undo, before the words are
    # read as the row's state
    return await corrections.offer(update, context, said)


async def _undone(
    update: Update,
    context: BotContext,
    caller: Caller,
    text: str,
    undone: statements_kinds.Offer | undone_cases.AlreadyUndone,
) -> bool:
    # "406-20 chưa xong" from the row's unit after it was recorded done: offered back as under
    # way by a button, never the row's card as if nothing was said
    if isinstance(undone, undone_cases.AlreadyUndone):
        await reply(update, context, undone.text)
        return True
    offered = await context.services.run(offer_cases.offer_status, caller, undone)
    await status_offers.offer(update, context, offered)
    return True


async def _swap(
    update: Update, context: BotContext, caller: Caller, text: str, swap: followup_cases.Swap
) -> bool:
    # "nhầm, không phải 406-22 mà là 406-11 y tế": the item meant, never the one denied; after
    # a write of the one denied, its undo and the same status for the item meant, by buttons
    desk = context.services
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
    return True


async def _draft_talk(
    update: Update, context: BotContext, caller: Caller, text: str, said: draft_cases.DraftTalk
) -> bool:
    # "sửa hạn nv 1 thành 25/8", "công bố": said to the admin's draft under review
    edited = await context.services.run(draft_cases.draft_talk, caller, said)
    if isinstance(edited, RenamePlan | MovePlan):  # a tracked task's title or date: pressed
        await task_renames.show_plan(update, context, edited)
        return True
    if edited is None:
        return False
    await letters.show(update, context, edited)
    return True


async def _registration(
    update: Update,
    context: BotContext,
    caller: Caller,
    text: str,
    choice: AgencyChoice | Refusal | str,
) -> bool:
    # "dang ky so y te": /dangky's button for it, not the services titled "Đăng ký …"; "đăng ký
    # thế nào" unregistered (ux37 #8): the unit named offered, else the line on how
    if isinstance(choice, Refusal | str):
        await reply(update, context, choice if isinstance(choice, str) else choice.reason)
    else:
        await officers.offer_registration(update, context, choice)
    return True


async def _refused(
    update: Update, context: BotContext, caller: Caller, text: str, said: Refusal
) -> bool:
    # "tắt nhắc nhở" (/nhacnho's command alone switches them); "10 5 3 2" with no form open
    # (said not to be taken, with the form that takes it): one line
    await reply(update, context, said.reason)
    return True


async def _said(
    update: Update, context: BotContext, caller: Caller, text: str, line: str | Refusal
) -> bool:
    # a pasted page: how to ask, not the help block; "gửi file sau nhé" after a reminder: its
    # task acknowledged; "ok em biết rồi", "👍": a short reply, not the help block
    await reply(update, context, line.reason if isinstance(line, Refusal) else line)
    return True


async def _digest(
    update: Update, context: BotContext, caller: Caller, text: str, digest: str
) -> bool:
    # "tổng hợp tuần này" from an admin: the digest, as of now
    await reply(update, context, digest, handins.DIGEST_BUTTONS)
    return True


async def _handins(
    update: Update, context: BotContext, caller: Caller, text: str, found: Tracked | Refusal
) -> bool:
    # "ai chưa nộp biểu 02", "Sở Y tế nộp chưa": /nopbai's tracking, not the task's description
    await handins.show(update, context, found)
    return True


async def _note_again(
    update: Update, context: BotContext, caller: Caller, text: str, again: statements_kinds.Offer
) -> bool:
    # a reply to the bot's ask for a new note, after that wait ended: offered as that note
    offered = await context.services.run(offer_cases.offer_status, caller, again)
    await status_offers.offer(update, context, offered)
    return True


async def _statement(
    update: Update,
    context: BotContext,
    caller: Caller,
    text: str,
    found: statements_kinds.Offer | statements_kinds.Several | Refusal,
) -> bool:
    desk = context.services
    if isinstance(found, statements_kinds.Several):
        # a reply to a reminder of several: each a button
        several = await desk.run(reminder_replies.offer_each, caller, found)
        await status_offers.offer_each(update, context, several)
    elif isinstance(found, Refusal):
        await reply(update, context, found.reason)
    else:
        await status_offers.offer(
            update, context, await desk.run(offer_cases.offer_status, caller, found)
        )
    return True


async def _note_after(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    # "đã gửi kèm bản giấy qua bưu điện" right after one's own write, asking nothing: offered
    # as that write's note by a button, not "Tôi chưa hiểu" (ux34 #5)
    after = await context.services.run(note_adding.note_after_write, caller, text)
    if after is None:
        return False
    lead = "Ghi chú cho việc vừa ghi? Trạng thái giữ nguyên."
    await status_offers.offer(update, context, after, lead=lead, quoted=True, noted=True)
    return True


async def _question(
    update: Update, context: BotContext, caller: Caller, text: str, answered: Answered
) -> bool:
    await show_answer(update, context, caller, answered.answer)
    return True


ACTS: dict[Step, _Act] = {
    Step.CANCEL: _cancel,
    Step.FORM_ASIDE: _form_aside,
    Step.NOTE_ASIDE: _note_aside,
    Step.FILE_ASIDE: _file_aside,
    Step.PENDING: _pending,
    Step.KEPT_NOTE: _kept_note,
    Step.ADDED_NOTE: _added_note,
    Step.UNDO: _undo,
    Step.MISFILED: _misfiled,
    Step.REFILE: _refile,
    Step.RESEND: _resend,
    Step.CORRECTION: _correction,
    Step.UNDONE: _undone,
    Step.SWAP: _swap,
    Step.DRAFT_TALK: _draft_talk,
    Step.REGISTRATION: _registration,
    Step.REGISTER_HOW: _registration,
    Step.REMINDER_SWITCH: _refused,
    Step.DIGEST: _digest,
    Step.HANDINS: _handins,
    Step.STRAY_COUNTS: _refused,
    Step.OVERLONG: _said,
    Step.LATER: _said,
    Step.LETTER_TEXT: _said,  # a letter's text: send its file (admin), ask of a task (others)
    Step.NOTE_AGAIN: _note_again,
    Step.STATEMENT: _statement,
    Step.THANKS: _said,
    Step.NOTE_AFTER: _note_after,
    Step.QUESTION: _question,
    Step.DAY_LOG: _said,  # "hôm nay ai cập nhật gì": the day's writes from the log
    Step.WHY_REMINDED: why_reminded.still_owed,
    Step.REFUSAL_ASKED: _refused,  # the file just refused: its errors again
    Step.ROLE_OBJECTED: _said,  # "chỉ phối hợp thôi mà": the unit's role in the rows
}
