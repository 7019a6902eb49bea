"""A document someone sent, routed by who sends it and what it is, before it is downloaded
(`route`); then read once, in the use case's worker thread, within its reader's bounds:
- a unit's file for a task the bot has no layout of (named by the caption, the reminder it
  replies to, or the prompt the chat waits on): handed in (usecases/handed_files.py);
- a form template the bot gave (its hidden marker names the form): a submission;
- an admin's letter (.docx, .pdf, .txt): a draft of tasks (usecases/letters.py);
- any other workbook or .csv from an admin: an assignment table to review.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from knowledge.deliverables.handed_files import MAX_BYTES as FILE_BYTES
from knowledge.deliverables.handed_files import SUFFIXES as FILE_SUFFIXES
from knowledge.formats.form_book import MAX_BYTES as FORM_BYTES
from knowledge.formats.form_book import NotAWorkbook, form_of, open_book
from knowledge.formats.letter_file import MAX_BYTES as LETTER_BYTES
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.submissions import Submitted, upload_form
from usecases.tables import TableReview, review_table

NOT_KNOWN = (
    "Tệp này không phải mẫu biểu của bot. Để nộp biểu: /baocao → “Mẫu …”, điền rồi gửi lại "
    "đúng tệp đó; hoặc nộp trong chat bằng /nop. Không có gì được lưu."
)
NO_TASK = (
    "Chưa rõ tệp này nộp cho nhiệm vụ nào. Gửi lại tệp kèm chú thích "
    "<code>/nop &lt;mã nhiệm vụ&gt;</code>, hoặc trả lời (reply) tin nhắc hạn của nhiệm vụ đó; "
    "xem các nhiệm vụ phải nộp: /nopbai. Không có gì được lưu."
)
LETTER_SUFFIXES = (".docx", ".pdf", ".txt")


class Route(StrEnum):
    FILE = "file"  # a unit's file for a task without a form layout
    LETTER = "letter"  # an admin's letter
    BOOK = "book"  # a form template, or an admin's assignment table


@dataclass(frozen=True)
class Routed:
    kind: Route
    limit: int  # the most bytes its reader takes


def route(
    caller: Caller, name: str, key: str | None, takes_files: bool = False
) -> Routed | Refusal:
    """What a document will be read as, or why it is not downloaded at all."""
    suffix = PurePath(name).suffix.lower()
    if key is not None:
        if suffix not in FILE_SUFFIXES:
            return Refusal("Chỉ nhận tệp .xlsx, .docx hoặc .pdf. Không có gì được lưu.")
        return Routed(Route.FILE, FILE_BYTES)
    if caller.is_admin and suffix in LETTER_SUFFIXES:
        return Routed(Route.LETTER, LETTER_BYTES)
    if caller.is_admin or suffix == ".xlsx":
        return Routed(Route.BOOK, FORM_BYTES)
    if takes_files and suffix in FILE_SUFFIXES:
        return Refusal(NO_TASK)  # a unit with documents to hand in as files
    return Refusal(NOT_KNOWN)


def may_send(caller: Caller, name: str) -> bool:
    """Worth downloading without a task named: an admin's file, anyone's workbook (a form)."""
    return not isinstance(route(caller, name, None), Refusal)


@use_case(writes=True)
def receive_document(
    desk: Desk, caller: Caller, name: str, content: bytes
) -> Submitted | TableReview | Refusal:
    try:
        book = open_book(content)
    except NotAWorkbook:
        book = None
    if book is not None and form_of(book) is not None:
        return upload_form(desk, caller, name or "bieu.xlsx", content, book)
    if caller.is_admin:
        return review_table(desk, caller, name or "tệp", content)
    return Refusal(NOT_KNOWN)
