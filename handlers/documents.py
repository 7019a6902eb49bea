"""Documents people send the bot: a filled form template (a submission, handlers/submissions.py)
or, from an admin, an assignment table to review (handlers/imports.py). Which is which is
usecases/documents.py's, reading the file off the event loop.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import FileSizeLimit
from telegram.error import TelegramError

from handlers import imports, submissions
from handlers.common import reply
from handlers.context import BotContext
from knowledge.formats.form_book import MAX_BYTES
from usecases import documents
from usecases.results import Refusal
from usecases.submissions import Submitted


async def received(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    document = message.document
    size = document.file_size or 0
    if size > min(MAX_BYTES, FileSizeLimit.FILESIZE_DOWNLOAD):
        await reply(update, context, "Tệp quá lớn (tối đa 2 MB). Không có gì được lưu.")
        return
    caller = await context.caller(update)
    name = document.file_name or ""
    if not documents.may_send(caller, name):
        await reply(update, context, documents.NOT_KNOWN)
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
