"""A file a unit hands in for a task the bot has no layout of: which task it is for (the caption,
the reminder it replies to, or asked), and how the quote back says what chose it."""

from __future__ import annotations

from datetime import date, datetime

from bot.clock import TZ
from handlers.handed_files import handed_in
from tests.usecases.conftest import ADMIN, caller, officer
from tests.usecases.test_letters import _review
from usecases import asking, file_targets, handed_files, nop_targets, publishing
from usecases.file_targets import FileTarget
from usecases.handed_files import FileHandedIn
from usecases.results import Refusal

MONTHLY = "tq-2021-09-25"
REMINDER = (
    "⏰ Nhắc hạn — UBND huyện Hàm Yên (Thứ Năm, 16/9/2021)\n📅 Hạn 25/9/2021 — còn 9 ngày\n"
    f"• 📌 {MONTHLY} tháng 9/2021 Mẫu số 02: Báo cáo số hồ sơ tiếp nhận… — ⚪ Chưa bắt đầu"
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
    target = desk.call(file_targets.file_key, district, "", REMINDER)
    assert isinstance(target, FileTarget) and target.by_reply
    assert target.key == f"{MONTHLY}@2021-09-25"
    # the same file with nothing pointing at a task: asked, nothing chosen
    alone = desk.call(file_targets.file_key, district, "", "")
    assert isinstance(alone, FileTarget) and alone.key is None and not alone.by_reply
    assert alone.offered == (f"{MONTHLY}@2021-09-25",)
    done = desk.call(handed_files.hand_in, district, target.key, "t9.docx", b"PK\x03\x04 doc")
    assert isinstance(done, FileHandedIn) and done.due == date(2021, 9, 25)
    text, buttons = handed_in(done, by_reply=True)
    assert "vì tệp được gửi trả lời tin nhắc hạn của nhiệm vụ này" in text
    assert buttons and "Hoàn tác" in buttons[0][0][0]
    assert "trả lời tin nhắc hạn" not in handed_in(done)[0]


def test_a_withdrawn_letters_task_named_is_said_withdrawn_by_which_letter_and_when(desk):
    """After the letter is withdrawn, its task named by its form, its id or its own words — in a
    question, with /nop, or as a file's caption — is said to be withdrawn (which letter, when),
    not answered with the unit's list or "Không có biểu …"; back in force, answered as before."""
    who = officer(desk, 1001, "Sở Y tế")
    _published(desk)
    desk.clock.set(datetime(2021, 8, 3, 8, 0, tzinfo=TZ))
    assert desk.letters is not None
    [letter] = [p.id for p in desk.letters.in_force()]
    gone = desk.call(publishing.withdraw_letter, caller(desk, ADMIN), letter)
    assert isinstance(gone, publishing.LetterWithdrawn)
    said = "🗑 Nhiệm vụ <b>tq-2021-08-20</b> (Mẫu số 01: Rà soát"
    when = (
        "Công văn số 512/STTTT-CNTT ngày 2/8/2021 của Sở Thông tin và Truyền thông đã được thu "
        "hồi lúc 08:00 ngày 3/8/2021"
    )
    for question in (
        "mau so 01 nop khi nao",
        "tq-2021-08-20 han khi nao",
        "bao cao ra soat an toan thong tin nop khi nao",
    ):
        answer = asking.answered_now(desk, caller(desk, 1001), question).answer
        assert answer.html.startswith(said) and when in answer.html, (question, answer.html)
    for arg in ("tq-2021-08-20", "mau so 01"):
        refused = desk.call(nop_targets.start, caller(desk, 1001), arg)
        assert isinstance(refused, Refusal) and refused.reason.startswith(said), refused
    caption = desk.call(file_targets.file_key, who, "/nop mau 01", "")
    assert isinstance(caption, Refusal) and "Tệp không được lưu" in caption.reason
    # a question of something else is answered as before
    other = asking.answered_now(desk, caller(desk, 1001), "giay phep xay dung han khi nao")
    assert "thu hồi" not in other.answer.html and other.answer.intent == "service"
    # the withdrawal undone: the task is answered again
    back = desk.call(publishing.undo_version, caller(desk, ADMIN), gone.number)
    assert isinstance(back, publishing.LettersRestored)
    answer = asking.answered_now(desk, caller(desk, 1001), "mau so 01 nop khi nao").answer
    assert answer.intent == "task" and "thu hồi" not in answer.html


def test_an_older_offers_button_hands_in_its_own_file_not_the_one_sent_after(desk):
    """ux32 #8: an offer's buttons stay pressable after its wait ends; a second file offered for
    the same task must not be what the first message's button hands in."""
    from usecases import file_offers

    officer(desk, 1003, "UBND huyện Hàm Yên")
    _published(desk)
    desk.clock.set(datetime(2021, 9, 16, 8, 0, tzinfo=TZ))
    key = f"{MONTHLY}@2021-09-25"
    for file_id, name in (("file-a", "a.docx"), ("file-b", "b.docx")):
        offer = desk.call(file_offers.offer_file, caller(desk, 1003), (key,), file_id, name)
        assert isinstance(offer, file_offers.FileOffer) and offer.pressable
    first = desk.call(
        file_offers.offered_file, caller(desk, 1003), key, file_offers.file_tag("file-a")
    )
    assert isinstance(first, file_offers.FilePrompt) and first.name == "a.docx"
    # the second file still waits for its own button
    second = desk.call(
        file_offers.offered_file, caller(desk, 1003), key, file_offers.file_tag("file-b")
    )
    assert isinstance(second, file_offers.FilePrompt) and second.name == "b.docx"
    spent = desk.call(
        file_offers.offered_file, caller(desk, 1003), key, file_offers.file_tag("file-a")
    )
    assert isinstance(spent, Refusal)
