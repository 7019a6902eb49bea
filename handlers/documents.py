"""Documents people send the bot, routed by what they are: a form template the bot gave (its
hidden marker names the form) goes to handlers/submissions.py; any other file from an admin is
read as an assignment table (handlers/imports.py), reviewed before it is applied.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import FileSizeLimit
from telegram.error import TelegramError

from handlers import imports, submissions
from handlers.common import reply
from handlers.context import BotContext
from knowledge.formats.form_book import MAX_BYTES, is_form_upload

NOT_KNOWN = (
    "Tệp này không phải mẫu biểu của bot. Để nộp biểu: /baocao → “Mẫu …”, điền rồi gửi lại "
    "đúng tệp đó; hoặc nộp trong chat bằng /nop. Không có gì được lưu."
)


async def received(update: Update, context: BotContext) -> None:
    document = update.effective_message.document
    size = document.file_size or 0
    if size > min(MAX_BYTES, FileSizeLimit.FILESIZE_DOWNLOAD):
        await reply(update, context, "Tệp quá lớn (tối đa 2 MB). Không có gì được lưu.")
        return
    admin = context.services.is_admin(update.effective_user.id)
    if not admin and not (document.file_name or "").lower().endswith(".xlsx"):
        await reply(update, context, NOT_KNOWN)
        return
    try:
        file = await context.bot.get_file(document.file_id)
        content = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, context, "Không tải được tệp từ Telegram. Hãy gửi lại.")
        return
    if is_form_upload(content):
        await submissions.take_upload(update, context, content)
    elif admin:
        await imports.take_table(update, context, content)
    else:
        await reply(update, context, NOT_KNOWN)
