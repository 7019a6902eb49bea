"""Each occurrence of a recurring task reads its own status, and a period ended alone stays listed
with its final tally (knowledge/rules/occurrences.py): the one rule /tiendo, /quahan, /nopbai and
the answers in words ask (ux28 #2 and #4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.model import Province
from knowledge.deliverables.tracking import Handin, track
from knowledge.letters.publish import with_letters
from knowledge.rules.occurrences import listed, occurrence_standing, unit_occurrences
from knowledge.rules.progress import standings, task_standings
from knowledge.rules.standing import Mark, State

FIRST = date(2020, 9, 1)  # September's sync falls due on the day its period begins

SYNC = "kh-monthly-sync"  # Khánh Hòa's status sync, due on the 1st of each month
JUNE, JULY, AUGUST, SEPTEMBER = (date(2020, m, 1) for m in (6, 7, 8, 9))
ENDED_ON = date(2020, 8, 10)
TODAY = date(2020, 8, 12)  # June's and July's have passed, August's too, September's is next


@pytest.fixture(scope="module")
def ended_july(catalogue):
    """Khánh Hòa with July's sync ended on its own on 10/8/2020, the later months tracked; the
    sync owed by two units as a document sent to the coordinator (the seed's has one unit)."""
    found = with_letters(catalogue, "khanh-hoa", [], {f"{SYNC}@{JULY.isoformat()}": ENDED_ON})
    return _two_units(found.province("khanh-hoa"))


def _two_units(province: Province) -> Province:
    units = ("Sở Xây dựng", "Sở Y tế")
    tasks = [
        replace(t, addressees=tuple(units), recipient=province.coordinator) if t.id == SYNC else t
        for t in province.tasks
    ]
    return replace(province, tasks=tasks)


def _task(catalogue):
    task = catalogue.province("khanh-hoa").task(SYNC)
    assert task is not None and task.recurring
    return task


def test_each_occurrence_reads_its_own_status_not_another_months(catalogue):
    task = _task(catalogue)
    unit = task.addressees[0]
    marks = {(task.key_of(AUGUST), unit): Mark("hoan_thanh", date(2020, 7, 30))}
    assert occurrence_standing(task, AUGUST, unit, marks, TODAY).state is State.DONE
    # September's and October's are owed: August's "done" is not theirs
    september = occurrence_standing(task, SEPTEMBER, unit, marks, TODAY)
    assert (september.state, september.due) == (State.OPEN, SEPTEMBER)
    assert september.key == f"{SYNC}@{SEPTEMBER.isoformat()}"
    october = occurrence_standing(task, date(2020, 10, 1), unit, marks, TODAY)
    assert october.state is State.OPEN and october.status is None
    # and July's, never sent, is late though August's was sent
    assert occurrence_standing(task, JULY, unit, marks, TODAY).state is State.LATE


def test_a_period_ended_alone_is_ended_and_still_listed_the_others_unchanged(
    catalogue, ended_july
):
    task = ended_july.task(SYNC)
    assert task is not None and task.ended is None and len(task.addressees) == 2
    unit, other = task.addressees[0], task.addressees[1]
    marks = {(task.key_of(JULY), other): Mark("hoan_thanh", date(2020, 7, 1))}
    july = occurrence_standing(task, JULY, unit, marks, TODAY)
    assert july.state is State.ENDED and july.ended == ENDED_ON
    assert occurrence_standing(task, JULY, other, marks, TODAY).state is State.DONE
    assert occurrence_standing(task, JUNE, unit, marks, TODAY).state is State.LATE
    assert listed(task, JULY, TODAY)
    mine = {s.due: s.state for s in unit_occurrences(task, unit, marks, TODAY)}
    assert mine[JULY] is State.ENDED and mine[JUNE] is State.LATE
    assert mine[AUGUST] is State.LATE
    # September's period begins on its date: not listed before (ux36 #2), listed that day
    assert SEPTEMBER not in mine and not listed(task, SEPTEMBER, TODAY)
    on_first = {s.due: s.state for s in unit_occurrences(task, unit, marks, FIRST)}
    assert on_first[SEPTEMBER] is State.OPEN
    # the unit that sent July's, then August's: both stay listed, done, whatever was sent
    # after (ux36 #2: a period sent in time left the list, "1/4 xong" beside four ✅)
    theirs = {s.due: s.state for s in unit_occurrences(task, other, marks, TODAY)}
    assert theirs[JULY] is State.DONE and theirs[AUGUST] is State.LATE
    later = {**marks, (task.key_of(AUGUST), other): Mark("hoan_thanh", date(2020, 8, 3))}
    theirs = {s.due: s.state for s in unit_occurrences(task, other, later, TODAY)}
    assert theirs[JULY] is State.DONE and theirs[AUGUST] is State.DONE
    # every unit of the task has the same dates listed: the hand-in list's
    assert (
        set(theirs)
        == set(mine)
        == {t.due for t in track(ended_july, later, TODAY) if t.task.id == SYNC}
    )
    # the views ask the same rule: /tiendo's and /nopbai's units are these
    assert task_standings(task, marks, TODAY, unit) == unit_occurrences(task, unit, marks, TODAY)


def test_the_hand_in_list_keeps_the_ended_periods_final_tally(catalogue, ended_july):
    province = ended_july
    task = province.task(SYNC)
    assert task is not None
    other = task.addressees[1]
    marks = {(task.key_of(JULY), other): Mark("hoan_thanh", date(2020, 7, 1))}
    found = {t.key: t for t in track(province, marks, TODAY)}
    july = found[task.key_of(JULY)]
    assert july.ended == ENDED_ON and july.missing == 0 and july.sent == 1
    assert july.count(Handin.ENDED) == len(task.addressees) - 1
    # the same day without the end: July's is late for those units, listed the same
    was = {t.key: t for t in track(_two_units(catalogue.province("khanh-hoa")), marks, TODAY)}
    assert was[task.key_of(JULY)].missing == len(task.addressees) - 1
    # never late: /quahan and the digest's lists leave it out
    late = [s for s in standings(catalogue, province, marks, TODAY) if s.state is State.LATE]
    assert task.key_of(JULY) not in {s.key for s in late}


def test_a_task_ended_whole_keeps_only_its_last_occurrence(catalogue):
    ended = with_letters(catalogue, "khanh-hoa", [], {SYNC: ENDED_ON})
    task = ended.province("khanh-hoa").task(SYNC)
    assert task is not None
    unit = task.addressees[0]
    mine = unit_occurrences(task, unit, {}, date(2020, 12, 1))
    assert [(s.due, s.state) for s in mine] == [(AUGUST, State.ENDED)]
    assert not listed(task, JULY, date(2020, 12, 1))


def test_a_period_sent_late_stays_listed_after_later_ones_are_sent(catalogue):
    """ux30 #4: June sent late, July and August in time; on 12/8 June vanished from /tiendo and
    /nopbai while /tonghop counted it. Sent late, it stays listed, done and said late; a period
    sent in time stays listed too (ux36 #2)."""
    province = _two_units(catalogue.province("khanh-hoa"))
    task = province.task(SYNC)
    assert task is not None
    unit = task.addressees[0]
    marks = {
        (task.key_of(JUNE), unit): Mark("hoan_thanh", date(2020, 6, 3)),  # 2 days late
        (task.key_of(JULY), unit): Mark("hoan_thanh", date(2020, 6, 30)),
        (task.key_of(AUGUST), unit): Mark("hoan_thanh", date(2020, 7, 31)),
    }
    found = {s.due: s for s in unit_occurrences(task, unit, marks, TODAY)}
    assert found[JUNE].state is State.DONE and found[JUNE].sent_late
    assert found[JUNE].late_by == 2
    assert found[JULY].state is State.DONE and not found[JULY].sent_late  # in time, kept
    assert not found[AUGUST].sent_late and SEPTEMBER not in found  # not begun
    # the hand-in tracking lists it too, as "nộp muộn"
    june = next(t for t in track(province, marks, TODAY) if t.due == JUNE)
    assert next(u for u in june.units if u.unit == unit).state is Handin.SENT_LATE
