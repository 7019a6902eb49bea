"""What a chat waits for, seen from the chat: before every handler, the caller is read once for
the update (`prepare`) and a prompt the update does not answer ends, saying so (`screen`); a text
that answers it goes to the handler of its kind (`take_pending`). Which updates end a prompt is
knowledge/reader/writes.py's, through usecases/callers.py.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler

from handlers import handed_files, letters, offer_followups, proposals, status, submit_chat
from handlers.common import reply
from handlers.context import BotContext
from handlers.prompt_names import file_still_pressable, prompt_name
from knowledge.messages.markup import key_tag
from knowledge.render.answers import esc
from usecases import cancelling
from usecases.callers import PromptEnd, end_prompt_unless_answer, open_update
from usecases.prompts import (
    FilePrompt,
    HandinPrompt,
    LetterPrompt,
    NotePrompt,
    OfferPrompt,
    ProposalPrompt,
    StatusPrompt,
    SubmitPrompt,
)


def preparing(
    joined: Sequence[BaseHandler],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """`prepare`, leaving the caller to the handler when the update is a private message that
    one of `joined` handles: those handlers read the caller with their use case, in one trip to
    a worker thread (BotContext.run_as_caller), before they reply."""

    async def prepare_or_defer(update: Update, context: BotContext) -> None:
        chat = update.effective_chat
        if (
            update.message is not None
            and chat is not None
            and chat.type == ChatType.PRIVATE
            and update.effective_user is not None
            and any(handler.check_update(update) for handler in joined)
        ):
            context.defer(screen)
            return
        await prepare(update, context)

    return prepare_or_defer


async def prepare(update: Update, context: BotContext) -> None:
    """Before every handler, in one trip to the database: the table in force looked at (at most
    once a second), a chat heard from reachable again, and the caller (registration and waiting
    prompt) read for every handler of this update."""
    user, chat = update.effective_user, update.effective_chat
    caller = await context.services.run(
        open_update,
        user.id if user else None,
        chat.id if chat else None,
        user.full_name if user else "",
    )
    context.remember(caller)


async def take_pending(update: Update, context: BotContext) -> bool:
    """True when the message was the answer the chat owed."""
    caller = await context.caller(update)
    prompt = caller.waiting.prompt if caller.waiting else None
    if isinstance(prompt, NotePrompt):
        if not await offer_followups.swap_for_note(update, context, caller, prompt):
            await status.take_note(update, context, caller, prompt)
    elif isinstance(prompt, ProposalPrompt):
        await proposals.take_text(update, context, caller, prompt)
    elif isinstance(prompt, SubmitPrompt):
        await submit_chat.take_text(update, context, caller, prompt)
    elif isinstance(prompt, LetterPrompt):
        await letters.take_text(update, context, caller, prompt)
    elif isinstance(prompt, HandinPrompt):
        await handed_files.take_text(update, context, caller, prompt)
    elif isinstance(prompt, StatusPrompt):
        await status.take_status(update, context, caller, prompt)
    elif isinstance(prompt, OfferPrompt):
        # the note typed before the press, or another item named instead; else not an answer
        return await offer_followups.follow_offer(update, context, caller, prompt)
    else:
        return False
    return True


async def screen_unless_deferred(update: Update, context: BotContext) -> None:
    """`screen`, unless the handler does it with the caller (`preparing`)."""
    if not context.deferred:
        await screen(update, context)


async def settle(update: Update, context: BotContext) -> None:
    """After every handler: an update whose handler was to read the caller and did not (it
    failed first) is screened now, so a prompt still ends on it."""
    if context.deferred:
        await context.settle(update)


async def screen(update: Update, context: BotContext) -> None:
    """Before any handler: a prompt that waits for input ends, saying so, when this update is not
    its answer. The update then goes on to its own handler (the command runs, the question is
    answered), and nothing is written from it for the old prompt."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or not (update.effective_message or update.callback_query):
        return
    message = update.message
    text = message.text if message is not None else None
    if text is not None and text.split("@")[0].split()[:1] == ["/huy"]:
        return  # /huy ends it itself, and says so
    button = update.callback_query.data if update.callback_query else None
    if message is None and button is None:
        return  # an edited message, a channel post: neither answers nor ends a prompt
    caller = await context.caller(update)
    if caller.waiting is None:
        return
    if text is not None and await context.services.run(cancelling.cancel_asked, caller, text):
        return  # "huỷ", "thôi" typed: chat_turns.free_text ends it as /huy does, and says so
    ended = await context.services.run(end_prompt_unless_answer, caller, text, button)
    if ended is None:
        return
    context.remember(caller.without_prompt())
    if ended.late_note:
        return  # the line is the note that came late: offered as such (chat_turns.free_text)
    if isinstance(ended.prompt, StatusPrompt) and ended.why == PromptEnd.COMMAND:
        # another command: the row named is left unwritten, said in one line (it was dropped in
        # silence); its buttons carry their row and still write when pressed
        await reply(update, context, f"Đã bỏ ghi {key_tag(ended.prompt.key)}.")
        return
    if isinstance(ended.prompt, OfferPrompt | StatusPrompt):
        # an offer nobody took owes nothing: its button simply lapses; status buttons carry
        # their row and still write when pressed
        return
    if isinstance(ended.prompt, HandinPrompt) and ended.prompt.aside:
        return  # the dossier's file was one way among others, not asked for: nothing is lost
    if isinstance(ended.prompt, FilePrompt):
        # the file is kept with its buttons (usecases/drafts.keep_file): pressed later, it is
        # handed in then; nothing was written, nothing is lost (ux32 #8)
        await reply(update, context, file_still_pressable(ended.prompt))
        return
    if isinstance(ended.prompt, ProposalPrompt) and ended.prompt.listed:
        return  # /dexuat's list waited for a name; nothing was typed, nothing is lost
    if (
        isinstance(ended.prompt, HandinPrompt)
        and not ended.prompt.refused
        and ended.prompt.agency != caller.agency
    ):
        # an admin's ghi thay: the file sent next is still offered for the unit (ux32 #4)
        await reply(
            update,
            context,
            f"Đã bỏ {prompt_name(ended.prompt)}{ended.because}; không có gì được ghi. Tệp gửi "
            f"tiếp theo vẫn được hỏi lưu cho {esc(ended.prompt.agency)}.",
        )
        return
    kept = ended.kept
    if kept is not None:  # what was typed is a draft: the same /nop takes it up again
        await reply(
            update,
            context,
            f"Đã dừng {esc(kept.what)}{ended.because}; {esc(kept.typed)} bạn đã gõ vẫn được "
            f"giữ: gõ <code>{esc(kept.command)}</code> để tiếp tục.",
        )
        return
    # a form dropped with nothing typed: how to start it again
    again = (
        f" Nộp lại từ đầu: <code>/nop {ended.prompt.form}</code>."
        if isinstance(ended.prompt, SubmitPrompt)
        else ""
    )
    await reply(
        update,
        context,
        f"Đã bỏ {prompt_name(ended.prompt)}{ended.because}; không có gì được ghi.{again}",
    )
