"""A draft's corrections: read by the letter's own readers, each undone and kept like any
correction, a button of an older message changing nothing."""

from __future__ import annotations

from datetime import date

from knowledge.render.letter_text import review_html
from tests.usecases.conftest import ADMIN, caller, officer
from tests.usecases.test_letters import _review
from usecases import letter_edits, publishing
from usecases.letter_edits import EditAsked, EditField
from usecases.letters import LetterReview
from usecases.prompts import LetterPrompt
from usecases.publishing import LetterPublished
from usecases.results import Refusal


def _edit(desk, review: LetterReview, index: int, field: EditField, text: str):
    admin = caller(desk, ADMIN)
    asked = desk.call(letter_edits.ask_edit, admin, review.letter, review.revision, index, field)
    assert isinstance(asked, EditAsked)
    admin = caller(desk, ADMIN)
    assert admin.waiting is not None and isinstance(admin.waiting.prompt, LetterPrompt)
    return desk.call(letter_edits.answer_edit, admin, admin.waiting.prompt, text)


def test_corrections_are_read_by_the_letter_readers(desk):
    review = _review(desk)
    changed = _edit(desk, review, 0, EditField.DEADLINE, "trước ngày 27/8/2021")
    assert isinstance(changed, LetterReview) and changed.revision == 1
    assert changed.draft.tasks[0].deadline == date(2021, 8, 27)
    # what cannot be read changes nothing, and the prompt asks again
    bad = _edit(desk, changed, 0, EditField.DEADLINE, "31/4/2021")
    assert isinstance(bad, Refusal) and "31/4/2021 không có thật" in bad.reason
    again = caller(desk, ADMIN).waiting
    assert again is not None and isinstance(again.prompt, LetterPrompt)
    units = _edit(desk, changed, 1, EditField.UNITS, "bỏ UBND huyện Lâm Bình")
    assert isinstance(units, LetterReview) and len(units.draft.tasks[1].units) == 6
    forms = _edit(desk, units, 1, EditField.FORMS, "mau so 03")
    assert isinstance(forms, LetterReview) and forms.draft.tasks[1].forms == ("Mẫu số 03",)
    # a button of an older message edits nothing
    stale = desk.call(
        letter_edits.drop_task, caller(desk, ADMIN), review.letter, review.revision, 0
    )
    assert isinstance(stale, Refusal)
    dropped = desk.call(
        letter_edits.drop_task, caller(desk, ADMIN), forms.letter, forms.revision, 0
    )
    assert isinstance(dropped, LetterReview) and len(dropped.draft.tasks) == 1


def test_a_correction_is_undone_and_an_undo_is_kept_like_any_correction(desk):
    review = _review(desk)
    admin = caller(desk, ADMIN)
    # the draft as read: nothing to undo
    nothing = desk.call(letter_edits.undo_edit, admin, review.letter, review.revision)
    assert nothing == Refusal(letter_edits.NOTHING_TO_UNDO)
    assert not review.edited
    changed = _edit(desk, review, 0, EditField.DEADLINE, "trước ngày 27/8/2021")
    assert changed.edited and changed.draft.tasks[0].deadline == date(2021, 8, 27)
    undone = desk.call(
        letter_edits.undo_edit, caller(desk, ADMIN), changed.letter, changed.revision
    )
    assert isinstance(undone, LetterReview) and undone.revision == 2
    assert undone.draft == review.draft and undone.changed.startswith("Đã hoàn tác: Đã sửa")
    assert desk.letters is not None
    assert desk.letters.letter(review.letter).draft == review.draft
    # each edit keeps the draft it replaced: the undo's is the corrected one
    assert desk.letters.draft_edit(review.letter, 2) == (changed.draft, undone.changed)
    # an officer cannot, and the undone correction's button, pressed again, changes nothing
    # and says it was undone (u28)
    assert isinstance(desk.call(letter_edits.undo_edit, officer(desk), undone.letter, 2), Refusal)
    stale = desk.call(
        letter_edits.undo_edit, caller(desk, ADMIN), changed.letter, changed.revision
    )
    assert isinstance(stale, Refusal)
    assert stale.reason.startswith("(cv512.txt) Nút này đã dùng rồi: lần sửa “Đã sửa nhiệm vụ 1")
    assert "đã được hoàn tác lúc" in stale.reason
    assert desk.letters.letter(review.letter).revision == 2
    assert desk.letters.letter(review.letter).revision == 2


def test_a_typed_deadline_says_it_was_corrected_and_is_not_quoted_back_to_itself(desk):
    review = _review(desk)
    printed = review.draft.tasks[0].deadline_text
    changed = _edit(desk, review, 0, EditField.DEADLINE, "27/8/2021")
    task = changed.draft.tasks[0]
    # the letter's wording stays, the correction beside it
    assert (task.deadline, task.deadline_text) == (
        date(2021, 8, 27),
        f"{printed} (đã sửa: 27/8/2021)",
    )
    text = review_html(changed.file_name, changed.draft, changed.blockers)
    assert f"Hạn: 27/8/2021 (đã sửa) — công văn ghi “{printed}”" in text
    assert "“27/8/2021" not in text
    # a wording typed is quoted as typed; the letter's own is no correction
    worded = _edit(desk, changed, 0, EditField.DEADLINE, "trước 17 giờ 00 ngày 27/8/2021")
    assert worded.draft.tasks[0].deadline_text == "trước 17 giờ 00 ngày 27/8/2021"
    again = _edit(desk, _review(desk), 0, EditField.DEADLINE, printed)
    assert again.draft.tasks[0].deadline_text == printed


def test_a_corrected_date_is_published_as_the_date_alone(desk):
    """The edit mark is the coordinator's: the officers' task says the date as fixed, never
    "(đã sửa)" (ux25 #8), and a move quotes the date before without it."""
    review = _review(desk)
    changed = _edit(desk, review, 0, EditField.DEADLINE, "28/8/2021")
    assert changed.draft.tasks[0].deadline_text == "trước ngày 20/8/2021 (đã sửa: 28/8/2021)"
    done = desk.call(
        publishing.publish_letter, caller(desk, ADMIN), changed.letter, changed.revision
    )
    assert isinstance(done, LetterPublished)
    task = desk.province.task(done.tasks[0].id)
    assert task is not None and (task.due, task.deadline_text) == (date(2021, 8, 28), "28/8/2021")
