"""The moves of a tracked task's deadline as the web desk lists them: old → new, by the extension
letter or by /doihan, when; the extension letters with the task each moved. Read-only, admins
only; through the chat's own use cases (review, publish, move)."""

from __future__ import annotations

from datetime import date, datetime

from bot.clock import TZ
from tests.e2e.test_deadline_moves import EXTENSION, FIRST, TASK
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import deadline_moves, letters, publishing
from usecases.deadline_history import DOIHAN, deadline_history
from usecases.results import Refusal


def publish(desk, name: str, text: str) -> None:
    admin = caller(desk, ADMIN)
    review = desk.call(letters.review_letter, admin, name, text)
    done = desk.call(publishing.publish_letter, admin, review.letter, review.revision)
    assert not isinstance(done, Refusal), done


def test_each_move_old_to_new_by_letter_or_doihan_and_the_extension_letters(desk):
    desk.clock.set(datetime(2021, 10, 1, 14, 0, tzinfo=TZ))  # the letters' own days
    publish(desk, "cv815.txt", FIRST)
    assert desk.call(deadline_history, caller(desk, ADMIN)).moves == {}
    desk.clock.set(datetime(2021, 10, 12, 9, 0, tzinfo=TZ))
    publish(desk, "cv860.txt", EXTENSION)
    desk.clock.set(datetime(2021, 10, 13, 10, 0, tzinfo=TZ))
    current = desk.letters.in_force_number()
    moved = desk.call(
        deadline_moves.move_deadline, caller(desk, ADMIN), TASK, date(2021, 10, 25), "", current
    )
    assert not isinstance(moved, Refusal), moved

    found = desk.call(deadline_history, caller(desk, ADMIN))
    assert [(m.how, m.change, m.at.strftime("%d/%m/%Y %H:%M")) for m in found.moves[TASK]] == [
        (
            "công văn 860/STTTT-CNTT",
            f"{TASK}: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021",
            "12/10/2021 09:00",
        ),
        (DOIHAN, f"{TASK}: hạn 17 giờ 00 ngày 22/10/2021 → 25/10/2021", "13/10/2021 10:00"),
    ]
    [letter] = found.extensions
    assert letter.title.startswith("Công văn số 860/STTTT-CNTT — gia hạn thời gian gửi")
    assert [m[0] for m in letter.moved] == [TASK] and letter.in_force
    # the database is only read
    assert [v.action for v in desk.letters.history()] == ["publish", "publish", "move"]
    assert isinstance(desk.call(deadline_history, officer(desk)), Refusal)

    # the extension letter withdrawn: still in the story, said withdrawn
    gone = desk.call(publishing.withdraw_letter, caller(desk, ADMIN), letter.letter)
    assert not isinstance(gone, Refusal), gone
    found = desk.call(deadline_history, caller(desk, ADMIN))
    assert [m.in_force for m in found.moves[TASK]] == [False, True]
    assert [x.in_force for x in found.extensions] == [False]
