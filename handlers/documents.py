"""Documents people send the bot, routed by who sends what, decided before anything is
downloaded (usecases/documents.may_send: who the sender is, then the file's kind and size):
- a unit's file for a task the bot has no form layout of (`/nop <task>` as the caption, a reply
  to the reminder, or after `/nop <task>`): handed in (handlers/handed_files.py);
- a filled form template the bot gave (its hidden marker names the form): a submission
  (handlers/submissions.py);
- an admin's letter (.docx, .pdf, .txt): read into a draft of tasks to review
  (handlers/letters.py);
- any other workbook or table from an admin: an assignment table to review (handlers/imports.py).
A form, a table or a letter is parsed in the sandbox, a child process with a time and memory
budget, by usecases/documents.receive_document, so a hostile file costs its sender one line and
the other officers nothing; a file handed in is kept as sent, within its size bound.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import FileSizeLimit
from telegram.error import TelegramError

from handlers import handed_files, imports, letter_forms, letters, submissions
from handlers.common import reply
from handlers.context import BotContext
from usecases import documents, file_offers, file_targets, refused_files, same_files
from usecases.callers import Caller
from usecases.documents import Route
from usecases.letters import LetterReview
from usecases.results import Refusal
from usecases.same_files import SameFile
from usecases.submissions import BlankAsked, Submitted


async def received(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    document = message.document
    caller = await context.caller(update)
    name = document.file_name or ""
    if letter_forms.is_attach(message.caption or ""):  # the coordinator's blank form of a task
        await letter_forms.attach(update, context)
        return
    replied = message.reply_to_message
    replied_text = (replied.text or replied.caption or "") if replied is not None else ""
    target = await context.services.run(
        file_targets.file_key, caller, message.caption or "", replied_text, name
    )
    if isinstance(target, Refusal):
        await reply(update, context, target.reason)
        return
    key = target.key
    # documents.MAX_BYTES is well under what the Bot API lets a bot download
    assert documents.MAX_BYTES <= FileSizeLimit.FILESIZE_DOWNLOAD
    size = document.file_size or 0
    offered = target.offered if key is None else ()
    route = documents.may_send(caller, name, size, key, target.takes_files, bool(offered))
    if isinstance(route, Refusal):
        await reply(update, context, route.reason)
        return
    replied_to_reminder = bool(target.choices)
    if route.kind == Route.OFFER:  # no task named surely: offered for a press, nothing kept
        head, content = "", b""
        # the size of a file the unit sent before: perhaps the same bytes again (ux36 #7)
        again = size in await context.services.run(same_files.sent_sizes, caller, target.unit)
        if again or documents.reads_head(name, size, len(offered)):
            try:
                file = await context.bot.get_file(document.file_id)
                content = bytes(await file.download_as_bytearray())
                if documents.reads_head(name, size, len(offered)):
                    # its first words order the choices, as an .xlsx's title rows do (ux23 #3)
                    head = await context.services.run(documents.file_head, caller, name, content)
            except TelegramError:
                head = ""  # the name still orders them; the press downloads it again
        offered, same = await _same(context, caller, content, offered, target.unit)
        await handed_files.offer(
            update,
            context,
            caller,
            offered,
            document.file_id,
            name,
            replied_to_reminder,
            head,
            target.unit,
            letter_hint=target.dropped,
            same=same,
        )
        return
    try:
        file = await context.bot.get_file(document.file_id)
        content = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, context, "Không tải được tệp từ Telegram. Hãy gửi lại.")
        return
    if route.kind == Route.FILE and key is not None:
        # what the file prints of itself may doubt the task named (another month, form or
        # unit): asked with the choices before anything is kept (ux30 #1, #2)
        head = await context.services.run(documents.file_head, caller, name, content)
        if await context.services.run(
            file_offers.doubted, caller, key, name or "tep", head, target.unit, target.by_reply
        ):
            await handed_files.offer(
                update,
                context,
                caller,
                (key,),
                document.file_id,
                name,
                title_rows=head,
                unit=target.unit,
                asked=True,
                by_reply=target.by_reply,
                received=target.received,
            )
            return
        await handed_files.take_file(
            update,
            context,
            caller,
            key,
            name or "tep",
            content,
            target.by_reply,
            target.unit,
            received=target.received,
        )
        return
    result = await context.services.run(
        documents.receive_document, caller, name, content, offered, target.takes_files
    )
    if isinstance(result, documents.NotAForm):  # a workbook that is none of our forms
        files_for, same = await _same(context, caller, content, result.files_for, target.unit)
        await handed_files.offer(
            update,
            context,
            caller,
            files_for,
            document.file_id,
            name,
            replied_to_reminder,
            result.head,
            target.unit,
            note=result.note,
            same=same,
        )
    elif isinstance(result, Refusal):
        await reply(update, context, result.reason)
        await context.services.run(refused_files.keep_refusal, caller, name, result.reason)
    elif isinstance(result, Submitted):
        await submissions.submitted(update, context, result)
        await context.services.run(refused_files.forget_refusal, caller)
    elif isinstance(result, BlankAsked):  # nothing filled in: sent blank only on a press
        await submissions.blank_asked(update, context, result)
    elif isinstance(result, LetterReview):
        await letters.show_review(update, context, result)
    else:
        await imports.reviewed(update, context, result)


async def _same(
    context: BotContext,
    caller: Caller,
    content: bytes,
    offered: tuple[str, ...],
    unit: str | None,
) -> tuple[tuple[str, ...], SameFile | None]:
    """The choices with the task of the same bytes sent before first, and that copy (ux36 #7:
    a double send was offered only for another deliverable); as given when there is none."""
    same = await context.services.run(same_files.same_file, caller, content, unit)
    if same is None:
        return offered, None
    return (same.key, *(k for k in offered if k != same.key)), same
