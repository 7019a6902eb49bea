"""A document someone sent, routed by what it is: a form template the bot gave (its hidden
marker names the form) is a submission; any other file from an admin is an assignment table to
review. Read once, in the use case's worker thread, after the size and permission checks.
"""

from __future__ import annotations

from knowledge.formats.form_book import NotAWorkbook, form_of, open_book
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


def may_send(caller: Caller, name: str) -> bool:
    """Worth downloading: an admin's file (a table or a form), anyone's workbook (a form)."""
    return caller.is_admin or name.lower().endswith(".xlsx")


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
