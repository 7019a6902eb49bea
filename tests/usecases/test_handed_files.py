"""A file a unit hands in for a task the bot has no layout of: which task it is for (the caption,
the reminder it replies to, or asked), and how the quote back says what chose it."""

from __future__ import annotations

from datetime import date, datetime

from bot.clock import TZ
from handlers.handed_files import handed_in
from tests.usecases.conftest import ADMIN, caller, officer
from tests.usecases.test_letters import _review
from usecases import handed_files, publishing
from usecases.handed_files import FileHandedIn, FileTarget

MONTHLY = "tq-2021-09-25"
REMINDER = (
    "⏰ Nhắc hạn — UBND huyện Hàm Yên (Thứ Năm, 16/9/2021)\n📅 Hạn 25/9/2021 — còn 9 ngày\n"
    f"• 📌 {MONTHLY} T9/2021 Mẫu số 02: Báo cáo số hồ sơ tiếp nhận… — ⚪ Chưa bắt đầu"
)


def _published(desk) -> None:
    review = _review(desk)
    done = desk.call(
        publishing.publish_letter, caller(desk, ADMIN), review.letter, review.revision
    )
    assert isinstance(done, publishing.LetterPublished)


def test_a_reply_to_the_reminder_of_one_task_is_an_exact_choice_said_in_the_quote(desk):
    officer(desk, 1003, "UBND huyện Hàm Yên")
    _published(desk)
    desk.clock.set(datetime(2021, 9, 16, 8, 0, tzinfo=TZ))
    district = caller(desk, 1003)
    # replying to the reminder of the one task: that task, kept at once, and said why
    target = desk.call(handed_files.file_key, district, "", REMINDER)
    assert isinstance(target, FileTarget) and target.by_reply
    assert target.key == f"{MONTHLY}@2021-09-25"
    # the same file with nothing pointing at a task: asked, nothing chosen
    alone = desk.call(handed_files.file_key, district, "", "")
    assert isinstance(alone, FileTarget) and alone.key is None and not alone.by_reply
    assert alone.offered == (f"{MONTHLY}@2021-09-25",)
    done = desk.call(handed_files.hand_in, district, target.key, "t9.docx", b"PK\x03\x04 doc")
    assert isinstance(done, FileHandedIn) and done.due == date(2021, 9, 25)
    text, buttons = handed_in(done, by_reply=True)
    assert "vì tệp được gửi trả lời tin nhắc hạn của nhiệm vụ này" in text
    assert buttons and "Hoàn tác" in buttons[0][0][0]
    assert "trả lời tin nhắc hạn" not in handed_in(done)[0]
