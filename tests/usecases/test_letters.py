"""A letter sent by an admin: reviewed as a draft kept in the database, corrected, published as
a version (at once in every view), undone within 10 minutes, withdrawn, rolled back. The
corrections of a draft are tests/usecases/test_letter_edits.py's."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import letter_edits, letters, publishing
from usecases.letters import LetterDropped, LetterReview
from usecases.publishing import LetterPublished, LettersRestored, LetterWithdrawn
from usecases.results import Refusal

LETTER = (Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.txt").read_text(
    encoding="utf-8"
)


def _review(desk) -> LetterReview:
    found = desk.call(letters.review_letter, caller(desk, ADMIN), "cv512.txt", LETTER)
    assert isinstance(found, LetterReview)
    return found


def test_only_an_admin_sends_a_letter_and_its_draft_is_kept(desk):
    refused = desk.call(letters.review_letter, officer(desk), "cv.txt", LETTER)
    assert isinstance(refused, Refusal)
    review = _review(desk)
    assert review.publishable and len(review.draft.tasks) == 2
    # the monthly task's first date, 25/9/2021, is a Saturday, and the letter (2/8/2021) is
    # dated after today: both said, neither held against publishing
    ahead, note = review.notes
    assert ahead.startswith("cần kiểm tra: công văn ghi ngày 2/8/2021, sau hôm nay")
    assert note.startswith("nhiệm vụ 2: cần kiểm tra") and "thứ Bảy 25/9/2021" in note
    assert desk.letters is not None
    stored = desk.letters.letter(review.letter)
    assert stored is not None and stored.state == "draft" and stored.draft == review.draft


def test_publish_makes_the_tasks_tracked_at_once_and_undo_takes_them_back(desk):
    review = _review(desk)
    admin = caller(desk, ADMIN)
    assert isinstance(
        desk.call(publishing.publish_letter, officer(desk), review.letter, 0), Refusal
    )
    done = desk.call(publishing.publish_letter, admin, review.letter, review.revision)
    assert isinstance(done, LetterPublished) and (done.number, done.before) == (1, 0)
    assert [t.id for t in done.tasks] == ["tq-2021-08-20", "tq-2021-09-25"]
    assert [t.units for t in done.tasks] == [17, 7]
    task = desk.province.task("tq-2021-08-20")
    assert task is not None and task.form == "Mẫu số 01" and len(task.addressees) == 17
    monthly = desk.province.task("tq-2021-09-25")
    assert monthly is not None and monthly.recurring and monthly.day == 25
    assert desk.assistant.catalogue.cite(task.source).startswith("Công văn số 512/STTTT-CNTT")
    # published once: pressed again, nothing more
    assert isinstance(desk.call(publishing.publish_letter, admin, review.letter, 0), Refusal)
    undone = desk.call(publishing.undo_version, admin, 1)
    assert isinstance(undone, LettersRestored) and (undone.restored, undone.number) == (0, 2)
    assert desk.province.task("tq-2021-08-20") is None


def test_withdraw_rollback_and_ids_never_reused(desk):
    admin = caller(desk, ADMIN)
    first = _review(desk)
    desk.call(publishing.publish_letter, admin, first.letter, first.revision)
    second = _review(desk)  # the same letter sent again: said, and other ids once checked
    assert not second.publishable and "đã được công bố và đang theo dõi" in second.blockers[0]
    second = desk.call(letter_edits.accept_problems, admin, second.letter, second.revision)
    again = desk.call(publishing.publish_letter, admin, second.letter, second.revision)
    assert isinstance(again, LetterPublished)
    assert [t.id for t in again.tasks] == ["tq-2021-08-20-2", "tq-2021-09-25-2"]
    gone = desk.call(publishing.withdraw_letter, admin, first.letter)
    assert isinstance(gone, LetterWithdrawn) and gone.number == 3
    assert gone.tasks == ("tq-2021-08-20", "tq-2021-09-25")
    assert desk.province.task("tq-2021-08-20") is None
    assert desk.province.task("tq-2021-08-20-2") is not None
    assert isinstance(desk.call(publishing.withdraw_letter, admin, first.letter), Refusal)
    desk.clock.set(desk.clock.now() + timedelta(minutes=11))
    late = desk.call(publishing.undo_version, caller(desk, ADMIN), 3)
    assert isinstance(late, Refusal) and "/congvan lichsu (phiên bản 2)" in late.reason
    back = desk.call(publishing.rollback, 2, None)
    assert isinstance(back, LettersRestored) and back.letters == 2
    assert desk.province.task("tq-2021-08-20") is not None
    history = desk.call(publishing.in_force)
    assert [v.action for v in history.versions] == ["publish", "publish", "withdraw", "rollback"]


def test_a_letter_that_only_informs_keeps_no_draft_and_says_nothing_is_to_track(desk):
    # the letter's duty taken out and its close only informing: no task, nothing unread
    head, _, _ = LETTER.partition("Kính gửi")
    text = (
        head + "Kính gửi: Sở Y tế.\nSở Thông tin và Truyền thông thông báo kết quả kiểm tra an "
        "toàn thông tin quý II/2021: 3 hệ thống đạt yêu cầu.\nSở Thông tin và Truyền thông "
        "thông báo để Sở Y tế biết./.\nNơi nhận:\n- Như trên;\n"
    )
    told = desk.call(letters.review_letter, caller(desk, ADMIN), "tb.txt", text)
    assert isinstance(told, Refusal) and "không có gì cần theo dõi" in told.reason
    assert desk.letters is not None and desk.letters.drafts() == []


def test_a_draft_with_problems_publishes_nothing_until_checked(desk):
    text = LETTER.replace("trước ngày 20/8/2021", "trước ngày 31/8/2021 và 31/9/2021")
    review = desk.call(letters.review_letter, caller(desk, ADMIN), "cv.txt", text)
    assert isinstance(review, LetterReview) and not review.publishable
    admin = caller(desk, ADMIN)
    refused = desk.call(publishing.publish_letter, admin, review.letter, review.revision)
    assert isinstance(refused, Refusal) and "31/9/2021 không có thật" in refused.reason
    assert desk.letters is not None and desk.letters.in_force_number() == 0
    checked = desk.call(letter_edits.accept_problems, admin, review.letter, review.revision)
    # the reader's line set aside; the task it left without a date still keeps it back
    assert isinstance(checked, LetterReview) and checked.blockers == ("nhiệm vụ 2: chưa có hạn",)
    fixed = desk.call(letter_edits.drop_task, admin, checked.letter, checked.revision, 1)
    assert isinstance(fixed, LetterReview) and fixed.publishable
    dropped = desk.call(letters.drop_letter, admin, review.letter)
    assert isinstance(dropped, LetterDropped)
    assert isinstance(desk.call(letters.show_letter, admin, review.letter), Refusal)


def test_drafts_under_review_are_listed_with_the_letters_in_force_until_settled(desk):
    first, second = _review(desk), _review(desk)
    found = desk.call(publishing.in_force, caller(desk, ADMIN))
    assert not isinstance(found, Refusal)
    assert [letter for letter, _ in found.drafts] == [second.letter, first.letter]
    desk.call(letters.drop_letter, caller(desk, ADMIN), first.letter)
    published = desk.call(
        publishing.publish_letter, caller(desk, ADMIN), second.letter, second.revision
    )
    assert isinstance(published, LetterPublished)
    found = desk.call(publishing.in_force, caller(desk, ADMIN))
    assert not isinstance(found, Refusal) and found.drafts == ()
    assert [p.id for p in found.letters] == [second.letter]
