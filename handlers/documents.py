"""Documents people send the bot, routed by what they are: a form template the bot gave (its
hidden marker names the form) goes to handlers/submissions.py; any other file from an admin is
read as an assignment table (handlers/imports.py), reviewed before it is applied.

Who may send what is checked before the file is even downloaded; it is then parsed in the
sandbox (knowledge/formats/sandbox.py: a child process with a time and memory budget, within the
reader's bounds), so a hostile file costs the sender one line and the other officers nothing.
"""

from __future__ import annotations

import asyncio
from pathlib import PurePath

from telegram import Update
from telegram.constants import FileSizeLimit
from telegram.error import TelegramError

from handlers import imports, submissions
from handlers.common import reply
from handlers.context import BotContext
from knowledge.catalogue.importer import TABLE_SUFFIXES, checked, lines_of
from knowledge.formats.book import Book
from knowledge.formats.form_book import MAX_BYTES, form_of
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import run_job_async
from knowledge.render.answers import esc

NOT_KNOWN = (
    "Tệp này không phải mẫu biểu của bot. Để nộp biểu: /baocao → “Mẫu …”, điền rồi gửi lại "
    "đúng tệp đó; hoặc nộp trong chat bằng /nop. Không có gì được lưu."
)
NOT_READ = "Tệp không được đọc, không có gì được lưu."


async def received(update: Update, context: BotContext) -> None:
    svc = context.services
    document = update.effective_message.document
    user_id = update.effective_user.id
    name = document.file_name or "tệp"
    suffix = PurePath(name).suffix.lower()
    admin = svc.is_admin(user_id)
    if not admin and svc.agency_of(user_id) is None:
        await reply(update, context, f"{svc.not_officer(user_id)} {NOT_READ}")
        return
    if suffix != ".xlsx" and not (admin and suffix in TABLE_SUFFIXES):
        await reply(update, context, NOT_KNOWN)
        return
    if (document.file_size or 0) > min(MAX_BYTES, FileSizeLimit.FILESIZE_DOWNLOAD):
        limit = MAX_BYTES // (1024 * 1024)
        await reply(
            update, context, f"Tệp {esc(name)} quá lớn (tối đa {limit} MB). Không có gì được lưu."
        )
        return
    try:
        file = await context.bot.get_file(document.file_id)
        content = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, context, "Không tải được tệp từ Telegram. Hãy gửi lại.")
        return
    book: Book | None = None
    try:
        if suffix == ".xlsx":
            book = await asyncio.to_thread(
                Book.from_json, await run_job_async("xlsx", name, content)
            )
            found = form_of(book)
            lines = checked(name, lines_of(book)) if found is None and admin else []
        else:
            found, lines = None, checked(name, await run_job_async("table", name, content))
    except FileRefused as refused:
        unchanged = "Không có gì thay đổi." if admin else "Không có gì được lưu."
        await reply(update, context, f"{esc(refused)} {unchanged}")
        return
    if book is not None and found is not None:
        await submissions.take_upload(update, context, content, book)
    elif admin:
        await imports.take_table(update, context, lines)
    else:
        await reply(update, context, NOT_KNOWN)
