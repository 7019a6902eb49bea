"""Documents people send the bot, routed by what they are: a form template the bot gave (its
hidden marker names the form) goes to handlers/submissions.py. Other kinds of files (an admin's
assignment table, say) take their place in ROUTES, tried in order.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.constants import FileSizeLimit
from telegram.error import TelegramError

from handlers import submissions
from handlers.common import reply
from handlers.context import BotContext
from knowledge.form_book import MAX_BYTES, is_form_upload

Route = tuple[Callable[[bytes], bool], Callable[[Update, BotContext, bytes], Awaitable[None]]]
ROUTES: list[Route] = [(is_form_upload, submissions.take_upload)]
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
    if not (document.file_name or "").lower().endswith(".xlsx"):
        await reply(update, context, NOT_KNOWN)
        return
    try:
        file = await context.bot.get_file(document.file_id)
        content = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, context, "Không tải được tệp từ Telegram. Hãy gửi lại.")
        return
    for matches, take in ROUTES:
        if matches(content):
            await take(update, context, content)
            return
    await reply(update, context, NOT_KNOWN)
