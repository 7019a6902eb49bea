"""A document someone sent, routed by who sends it and what it is, before it is downloaded
(`route`, `may_send`: who the sender is first, then the file's kind and its size):
- a unit's file for a task the bot has no layout of (named by the caption, the reminder it
  replies to, or the prompt the chat waits on): handed in (usecases/handed_files.py), its bytes
  kept as sent, never opened;
- a form template the bot gave (its hidden marker names the form): a submission;
- an admin's letter (.docx, .pdf, .txt): a draft of tasks (usecases/letters.py);
- any other workbook or table (.csv, .tsv) from an admin: an assignment table to review.

A form, a table or a letter is parsed in the sandbox (knowledge/formats/sandbox.py: a child
process with a time and memory budget, within the readers' bounds), so a hostile file costs its
sender one line naming it and the other officers nothing. `receive_document` is a front
(usecases/runner.py): it awaits the child with the event loop free and no unit of work open, then
hands what was read to the use cases that check and store it (submissions.upload_form,
tables.review_table, letters.review_letter), each in its unit.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import Any

from knowledge.catalogue.importer import TABLE_SUFFIXES, Lines, checked, lines_of
from knowledge.deliverables.file_evidence import HEAD_CHARS, HEAD_ROWS
from knowledge.deliverables.handed_files import MAX_BYTES as FILE_BYTES
from knowledge.deliverables.handed_files import SUFFIXES as FILE_SUFFIXES
from knowledge.formats.book import Book
from knowledge.formats.document_head import HEAD_BYTES
from knowledge.formats.file_kinds import renamed
from knowledge.formats.form_book import MAX_BYTES as FORM_BYTES
from knowledge.formats.form_book import form_of
from knowledge.formats.letter_file import MAX_BYTES as LETTER_BYTES
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import run_job_async
from knowledge.render.answers import esc
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.letters import LetterReview, review_letter
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.submissions import BlankAsked, Submitted, upload_form
from usecases.tables import TableReview, review_table

MAX_BYTES = max(FILE_BYTES, FORM_BYTES, LETTER_BYTES)  # the most any route downloads

NOT_KNOWN = (
    "Tệp này không phải mẫu biểu của bot. Để nộp biểu: /baocao → “Mẫu …”, điền rồi gửi lại "
    "đúng tệp đó; hoặc nộp trong chat bằng /nop. Không có gì được lưu."
)
# an officer's letter or table: what they may have meant to do with it, and whom it is for
NOT_AN_OFFICERS = (
    "Tệp này không phải mẫu biểu của bot; công văn và bảng phân công do quản trị viên (Sở "
    "TT&amp;TT) gửi cho bot đọc. Để nộp biểu: /baocao → “Mẫu …”, điền rồi gửi lại đúng tệp đó; "
    "hoặc nộp trong chat bằng /nop. Không có gì được lưu."
)
# an admin's file of no kind the bot reads (the officers' wording, about forms, misled)
ADMIN_NOT_KNOWN = (
    "Bot không đọc được loại tệp {suffix}. Bot đọc công văn (.docx, .pdf, .txt), bảng phân công "
    "(.xlsx, .csv, .tsv) và mẫu biểu đã điền (.xlsx). Không có gì được lưu."
)
NOT_READ = "Tệp không được đọc, không có gì được lưu."
# a photo of a report (a document .jpg, or Telegram's own photo): what to send instead, in one
# line, whatever waits (ux36 #8: the /nop just typed got a line about the bot's forms)
PHOTO = (
    "Bot không nhận ảnh: quét hoặc lưu báo cáo thành tệp PDF (hoặc .docx, .xlsx) rồi gửi lại "
    "tệp đó. Không có gì được lưu."
)
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".gif", ".bmp", ".tif")
NO_TASK = (
    "Chưa rõ tệp này nộp cho nhiệm vụ nào. Gửi lại tệp kèm chú thích "
    "<code>/nop &lt;mã nhiệm vụ&gt;</code>, hoặc trả lời (reply) tin nhắc hạn của nhiệm vụ đó; "
    "xem các nhiệm vụ phải nộp: /nopbai. Không có gì được lưu."
)
LETTER_SUFFIXES = (".docx", ".pdf", ".txt")
# an admin's .txt is a letter; a table comes as .csv or .tsv (or a workbook)
BOOK_SUFFIXES = tuple(s for s in (".xlsx", *TABLE_SUFFIXES) if s not in LETTER_SUFFIXES)


class Route(StrEnum):
    FILE = "file"  # a unit's file for a task without a form layout
    OFFER = "offer"  # a unit's file for one of the tasks it owes, not named: offered, not kept
    LETTER = "letter"  # an admin's letter
    BOOK = "book"  # a form template, or an admin's assignment table


@dataclass(frozen=True)
class Routed:
    kind: Route
    limit: int  # the most bytes its reader takes


def route(
    caller: Caller,
    name: str,
    key: str | None,
    takes_files: bool = False,
    offered: bool = False,
) -> Routed | Refusal:
    """What a document will be read as, or why it is not downloaded at all. `key`: the task a
    unit's file is handed in for (usecases/file_targets.file_key; only an officer has one);
    `offered`: no task named, but the unit owes files now, which it is offered for (a workbook
    is read as one of our forms first: a filled template keeps its cell checks)."""
    suffix = PurePath(name).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return Refusal(PHOTO)
    if key is not None:
        if suffix not in FILE_SUFFIXES:
            return Refusal("Chỉ nhận tệp .xlsx, .docx hoặc .pdf. Không có gì được lưu.")
        return Routed(Route.FILE, FILE_BYTES)
    if not caller.is_admin and caller.agency is None:
        return Refusal(f"{caller.standing} {NOT_READ}")
    # an admin's file after a refused `/nop` that named a unit is that unit's (ux30 #8)
    if caller.is_admin and suffix in LETTER_SUFFIXES and not (offered or takes_files):
        return Routed(Route.LETTER, LETTER_BYTES)
    if suffix == ".xlsx" or (caller.is_admin and suffix in BOOK_SUFFIXES):
        return Routed(Route.BOOK, FORM_BYTES)
    if offered and suffix in FILE_SUFFIXES:
        return Routed(Route.OFFER, FILE_BYTES)
    if takes_files and suffix in FILE_SUFFIXES:
        return Refusal(NO_TASK)  # a unit with documents to hand in as files
    if caller.is_admin:
        return Refusal(ADMIN_NOT_KNOWN.format(suffix=esc(suffix[:12] or "không đuôi")))
    if suffix in LETTER_SUFFIXES or suffix in BOOK_SUFFIXES:
        return Refusal(NOT_AN_OFFICERS)
    return Refusal(NOT_KNOWN)


def may_send(
    caller: Caller,
    name: str,
    size: int,
    key: str | None = None,
    takes_files: bool = False,
    offered: bool = False,
) -> Routed | Refusal:
    """Worth downloading (or offering): its route, and a size its reader accepts."""
    routed = route(caller, name, key, takes_files, offered)
    if isinstance(routed, Refusal):
        if routed.reason == NO_TASK and size > FILE_BYTES:
            # sent again with its task named, it would be refused for its size: say that now
            return _too_big(name, FILE_BYTES)
        return routed
    if routed.kind == Route.BOOK and size > routed.limit and not caller.is_admin:
        # a workbook too big to be one of our forms is a unit's file: offered as one, or told
        # how to name its task, as a .docx would be
        if offered and size <= FILE_BYTES:
            routed = Routed(Route.OFFER, FILE_BYTES)
        elif takes_files and size <= FILE_BYTES:
            return Refusal(NO_TASK)
    if size > routed.limit:
        return _too_big(name, routed.limit)
    return routed


def _too_big(name: str, limit: int) -> Refusal:
    return Refusal(
        f"Tệp {esc(name or 'tệp')} quá lớn (tối đa {limit // (1024 * 1024)} MB). Không có gì "
        "được lưu."
    )


@dataclass(frozen=True)
class _Read:
    book: Book | None  # a workbook that is one of the bot's forms
    lines: Lines | None  # an admin's table
    head: str = ""  # a workbook's title rows: evidence of the task it is for (file_evidence.py)


def _read(name: str, suffix: str, value: Any, admin: bool) -> _Read:
    """What the sandbox's answer holds (beside the loop: a big sheet is many cells)."""
    if suffix != ".xlsx":
        return _Read(None, checked(name, value))
    book = Book.from_json(value)
    if form_of(book) is not None:
        return _Read(book, None)
    return _Read(
        None,
        checked(name, lines_of(book)) if admin else None,
        book.head_text(HEAD_ROWS)[:HEAD_CHARS],
    )


@dataclass(frozen=True)
class NotAForm:
    """A workbook a unit sent with no task named that is none of the bot's forms: the tasks
    that take files it may be for (those of the reminder it replies to, else those the unit owes
    now), to offer it for (nothing kept yet)."""

    files_for: tuple[str, ...]
    head: str = ""  # its title rows' text ("Mẫu số 02 …"): which of those it names comes first
    note: str = ""  # what it is when its name says otherwise ("tệp này là Word (.docx) …")


@use_case(front=True)
async def receive_document(
    desk: Desk,
    caller: Caller,
    name: str,
    content: bytes,
    files_for: tuple[str, ...] = (),
    takes_files: bool = False,
) -> Submitted | BlankAsked | TableReview | LetterReview | NotAForm | Refusal:
    """A form, a table or a letter (a file handed in for a task is handed_files.hand_in's).
    `files_for`: a unit's workbook sent with no task named (in reply to a reminder of several
    documents, or while it owes files), read as a form first (it may be a filled template);
    when it is none, those tasks are offered for it (`NotAForm`), as a .docx or .pdf would be.
    `takes_files`: the unit hands files in, though none is owed now: told how to name the task
    (`/nop`), not that the file is no form of ours."""
    name = name or "tệp"
    routed = may_send(caller, name, len(content))
    if isinstance(routed, Refusal):
        return routed
    if routed.kind == Route.LETTER:
        try:
            text = await run_job_async("letter", name, content)
        except FileRefused as refused:
            return Refusal(f"{esc(refused)} Không có gì thay đổi.")
        return await desk.run(review_letter, caller, name, str(text))
    suffix = PurePath(name).suffix.lower()
    try:
        value = await run_job_async("xlsx" if suffix == ".xlsx" else "table", name, content)
        # an admin's workbook for a unit (`takes_files`, `files_for`) is no assignment table
        tables = caller.is_admin and not (files_for or takes_files)
        read = await asyncio.to_thread(_read, name, suffix, value, tables)
    except FileRefused as refused:
        # a Word file renamed .xlsx: said as what it is, not as a workbook's fault (ux30 #10)
        disguised = await asyncio.to_thread(renamed, name, content)
        if files_for:  # kept unopened as a file, as a file for a task always is
            return NotAForm(files_for, note=disguised or "")
        unchanged = "Không có gì thay đổi." if caller.is_admin else "Không có gì được lưu."
        if disguised is not None:
            return Refusal(
                f"Tệp {esc(name)}: {esc(disguised)}, không phải bảng tính: bot không đọc được "
                f"biểu trong đó. Biểu của bot: tải mẫu ở /baocao, điền bằng Excel rồi gửi lại "
                f"đúng tệp đó. {unchanged}"
            )
        return Refusal(f"{esc(refused)} {unchanged}")
    if read.book is not None:
        return await desk.run(upload_form, caller, name, content, read.book)
    if read.lines is not None:
        return await desk.run(review_table, caller, name, read.lines)
    if files_for:
        return NotAForm(files_for, read.head)
    return Refusal(NO_TASK if takes_files and not caller.is_admin else NOT_KNOWN)


def reads_head(name: str, size: int, choices: int) -> bool:
    """Whether a .docx or .pdf sent with no task named is worth opening for its first words:
    when it is offered for a task at all (its words order two choices or more, and what it
    prints may contradict even a lone one: ux30 #1), and within the size the head reader opens
    at all (knowledge/formats/document_head.py)."""
    suffix = PurePath(name).suffix.lower()
    return choices > 0 and suffix in (".docx", ".pdf") and 0 < size <= HEAD_BYTES


@use_case(front=True)
async def file_head(desk: Desk, caller: Caller, name: str, content: bytes) -> str:
    """A .docx's first paragraphs or a .pdf's first page (an .xlsx's title rows), as words:
    evidence of which task a file answers (ux23 #3, ux30 #2), read in the sandbox after the
    sender was checked (`may_send`), off the event loop; "" when it says nothing or cannot be
    read (the press still decides, and nothing is kept before it)."""
    if PurePath(name).suffix.lower() == ".xlsx" and len(content) <= FORM_BYTES:
        # a workbook's title rows, as a form's are read (a file for a task named: ux30 #2)
        try:
            value = await run_job_async("xlsx", name, content)
        except FileRefused:
            return ""
        book = await asyncio.to_thread(Book.from_json, value)
        return book.head_text(HEAD_ROWS)[:HEAD_CHARS]
    if not reads_head(name, len(content), 2):
        return ""
    try:
        found = await run_job_async("head", name, content)
    except FileRefused:
        return ""
    return str(found or "")
