"""Documents people send the bot: a filled form template (a submission, handlers/submissions.py)
or, from an admin, an assignment table to review (handlers/imports.py).

Who may send what is checked before the file is even downloaded (usecases/documents.may_send);
the file is then parsed in the sandbox, a child process with a time and memory budget, by
usecases/documents.receive_document, so a hostile file costs its sender one line and the other
officers nothing.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import FileSizeLimit
from telegram.error import TelegramError

from handlers import imports, submissions
from handlers.common import reply
from handlers.context import BotContext
from usecases import documents
from usecases.results import Refusal
from usecases.submissions import Submitted


async def received(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    document = message.document
    caller = await context.caller(update)
    name = document.file_name or "tệp"
    # documents.MAX_BYTES is well under what the Bot API lets a bot download
    assert documents.MAX_BYTES <= FileSizeLimit.FILESIZE_DOWNLOAD
    refusal = documents.may_send(caller, name, document.file_size or 0)
    if refusal is not None:
        await reply(update, context, refusal.reason)
        return
    try:
        file = await context.bot.get_file(document.file_id)
        content = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, context, "Không tải được tệp từ Telegram. Hãy gửi lại.")
        return
    result = await context.services.run(documents.receive_document, caller, name, content)
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
    elif isinstance(result, Submitted):
        await submissions.submitted(update, context, result)
    else:
        await imports.reviewed(update, context, result)
