"""A document someone sent, routed by what it is: a form template the bot gave (its hidden
marker names the form) is a submission; any other file from an admin is an assignment table to
review.

Who may send what is checked first, from the caller read for the update, before the file is even
downloaded (`may_send`). The file is then parsed in the sandbox (knowledge/formats/sandbox.py: a
child process with a time and memory budget, within the readers' bounds), so a hostile file costs
its sender one line and the other officers nothing. `receive_document` is a front
(usecases/runner.py): it awaits the child with the event loop free and no unit of work open, then
hands what was read to the use cases that check and store it (submissions.upload_form,
tables.review_table), each in its unit.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from knowledge.catalogue.importer import TABLE_SUFFIXES, Lines, checked, lines_of
from knowledge.formats.book import Book
from knowledge.formats.form_book import MAX_BYTES, form_of
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import run_job_async
from knowledge.render.answers import esc
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.submissions import Submitted, upload_form
from usecases.tables import TableReview, review_table

__all__ = ["MAX_BYTES"]  # the size may_send allows, for the front ends

NOT_KNOWN = (
    "Tệp này không phải mẫu biểu của bot. Để nộp biểu: /baocao → “Mẫu …”, điền rồi gửi lại "
    "đúng tệp đó; hoặc nộp trong chat bằng /nop. Không có gì được lưu."
)
NOT_READ = "Tệp không được đọc, không có gì được lưu."


def may_send(caller: Caller, name: str, size: int) -> Refusal | None:
    """Worth downloading: a workbook (a form) from an officer, a table or a form from an admin,
    within the size the readers accept. Anyone else's file is not read at all."""
    suffix = PurePath(name).suffix.lower()
    if not caller.is_admin and caller.agency is None:
        return Refusal(f"{caller.standing} {NOT_READ}")
    if suffix != ".xlsx" and not (caller.is_admin and suffix in TABLE_SUFFIXES):
        return Refusal(NOT_KNOWN)
    if size > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        return Refusal(
            f"Tệp {esc(name or 'tệp')} quá lớn (tối đa {limit} MB). Không có gì được lưu."
        )
    return None


@dataclass(frozen=True)
class _Read:
    book: Book | None  # a workbook that is one of the bot's forms
    lines: Lines | None  # an admin's table


def _read(name: str, suffix: str, value: Any, admin: bool) -> _Read:
    """What the sandbox's answer holds (beside the loop: a big sheet is many cells)."""
    if suffix != ".xlsx":
        return _Read(None, checked(name, value))
    book = Book.from_json(value)
    if form_of(book) is not None:
        return _Read(book, None)
    return _Read(None, checked(name, lines_of(book)) if admin else None)


@use_case(front=True)
async def receive_document(
    desk: Desk, caller: Caller, name: str, content: bytes
) -> Submitted | TableReview | Refusal:
    name = name or "tệp"
    refusal = may_send(caller, name, len(content))
    if refusal is not None:
        return refusal
    suffix = PurePath(name).suffix.lower()
    try:
        value = await run_job_async("xlsx" if suffix == ".xlsx" else "table", name, content)
        read = await asyncio.to_thread(_read, name, suffix, value, caller.is_admin)
    except FileRefused as refused:
        unchanged = "Không có gì thay đổi." if caller.is_admin else "Không có gì được lưu."
        return Refusal(f"{esc(refused)} {unchanged}")
    if read.book is not None:
        return await desk.run(upload_form, caller, name, content, read.book)
    if read.lines is not None:
        return await desk.run(review_table, caller, name, read.lines)
    return Refusal(NOT_KNOWN)
