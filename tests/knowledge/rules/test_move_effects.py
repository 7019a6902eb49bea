"""What a moved deadline does to its units on the day it is moved (ux24 #4), by the standing
rule: the units that turn late at once, those whose sending turns late, nothing for a date
ahead."""

from __future__ import annotations

from datetime import date

from knowledge.rules.move_effects import move_effect, moved_to
from knowledge.rules.standing import Mark

DOSSIER = "tq-2021-04-20"


def test_a_past_date_makes_the_units_still_owing_late_and_a_later_sender_late(catalogue):
    task = catalogue.province("tuyen-quang").task(DOSSIER)
    assert task is not None
    # sent Tuesday 13/4: after the new Saturday 10/4, which ran to the end of Monday 12/4
    marks = {(DOSSIER, "Sở Y tế"): Mark("hoan_thanh", date(2021, 4, 13))}
    today = date(2021, 4, 15)
    effect = move_effect(task, DOSSIER, date(2021, 4, 20), date(2021, 4, 10), marks, today)
    assert effect.past
    assert "Sở Y tế" not in effect.late and "Sở Xây dựng" in effect.late
    assert len(effect.late) == len(task.addressees) - 1
    assert effect.sent_late == ("Sở Y tế",)  # sent 13/4, after the new 10/4


def test_a_date_ahead_changes_nobody(catalogue):
    task = catalogue.province("tuyen-quang").task(DOSSIER)
    assert task is not None
    was, today = date(2021, 4, 20), date(2021, 4, 15)
    effect = move_effect(task, DOSSIER, was, date(2021, 4, 30), {}, today)
    assert (effect.past, effect.late, effect.sent_late) == (False, (), ())
    # already late before the move: not said to turn late again
    moved = move_effect(task, DOSSIER, was, date(2021, 4, 21), {}, date(2021, 4, 25))
    assert moved.past and moved.late == ()
    assert moved_to(task, DOSSIER, date(2021, 4, 30)).due == date(2021, 4, 30)


def test_one_occurrence_of_a_recurring_task_moved_before_today(catalogue):
    province = catalogue.province("khanh-hoa")
    task = next(t for t in province.tasks if t.recurring and t.every == "month")
    key = task.key_of(date(2020, 7, 1))
    effect = move_effect(task, key, date(2020, 7, 1), date(2020, 6, 20), {}, date(2020, 6, 25))
    assert effect.past and effect.late == task.addressees
    moved = moved_to(task, key, date(2020, 6, 20))
    assert moved.key_of(date(2020, 6, 20)) == key  # tracked under its scheduled key still
