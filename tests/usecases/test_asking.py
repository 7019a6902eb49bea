"""Questions: answered from the catalogue with the asker's agency; an answer kept for the day,
the agency and the table in force."""

from __future__ import annotations

from datetime import timedelta

from tests.usecases.conftest import caller, officer
from usecases import asking, refs, statuses
from usecases.asking import Answered, RowShown
from usecases.results import Refusal


def test_a_question_is_answered_with_the_asker_agency(desk):
    who = officer(desk)
    mine = asking.answered_now(desk, who, "giấy phép xây dựng hạn khi nào")
    assert isinstance(mine, Answered) and mine.agency == "Sở Xây dựng"
    assert "406-14" in mine.answer.html
    # where the unit stands on the row, read from the statuses as /tiendo reads it
    assert "• Tiến độ Sở Xây dựng: ⚪ Chưa bắt đầu — hạn 31/5/2021" in mine.answer.text
    lookup = desk.call(asking.lookup, who, "406-14")
    assert "406-14" in lookup.answer.html


def test_an_answer_is_kept_per_day_agency_and_table(desk, monkeypatch):
    calls = []
    real = desk.assistant.understand

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(desk.assistant, "understand", counted)
    stranger, who = caller(desk, 2001), officer(desk)
    for _ in range(3):
        desk.call(asking.ask, stranger, "gplx")
    assert len(calls) == 1
    desk.call(asking.ask, who, "gplx")  # another agency: its own answer
    assert len(calls) == 2
    desk.clock.set(desk.clock.now() + timedelta(days=1))  # another day: days left change
    desk.call(asking.ask, stranger, "gplx")
    assert len(calls) == 3


def test_a_row_button_shows_the_row_it_named(desk):
    sub = "406-11/Lao động, Thương binh và Xã hội"
    shown = desk.call(asking.show_row, caller(desk, 2001), refs.ref(sub))
    assert isinstance(shown, RowShown) and shown.view.key == sub
    assert isinstance(desk.call(asking.show_row, caller(desk, 2001), "12"), Refusal)


def test_a_progress_question_is_read_once_and_answered_from_the_statuses(desk):
    who = officer(desk)
    first = desk.call(asking.ask, who, "bên em còn gì chưa xong")
    assert isinstance(first, asking.StatusesNeeded)
    before = asking.answered_now(desk, who, "bên em còn gì chưa xong").answer
    assert before.intent == "progress" and before.agency == "Sở Xây dựng"
    assert any(i.key == "406-14" for i in before.items)
    desk.call(statuses.set_status, who, refs.ref("406-14"), statuses.Status.HOAN_THANH)
    after = asking.answered_now(desk, who, "bên em còn gì chưa xong").answer
    assert not any(i.key == "406-14" for i in after.items)  # done: no longer open
