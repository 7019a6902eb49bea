"""A task whose tracking the coordinator ended: the one rule (knowledge/rules/standing.py) says
ended for the units that had not sent it, done for those that had, and every view built on it —
the late lists, the hand-in tracking, the digest, the reminders — agrees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.deliverables.digest import build_digest
from knowledge.deliverables.tracking import Handin, track
from knowledge.letters.publish import with_letters
from knowledge.render.charts import ENDED as ENDED_BAR
from knowledge.render.charts import agency_figure, chart_data, shown
from knowledge.rules.progress import by_agency, standings, tally, task_standings
from knowledge.rules.reminders import plan_range
from knowledge.rules.standing import Mark, State

DOSSIER = "tq-2021-04-20"
SYNC = "kh-monthly-sync"
ENDED = date(2023, 3, 15)


@pytest.fixture(scope="module")
def ended(catalogue):
    """The catalogue with Tuyên Quang's 20/4 dossier and Khánh Hòa's monthly sync ended."""
    tq = with_letters(catalogue, "tuyen-quang", [], {DOSSIER: ENDED})
    return with_letters(tq, "khanh-hoa", [], {SYNC: date(2020, 8, 10)})


def test_unsent_units_are_ended_not_late_and_senders_stay_done(catalogue, ended):
    province = ended.province("tuyen-quang")
    task = province.task(DOSSIER)
    assert task is not None and task.ended == ENDED
    marks = {(DOSSIER, "Sở Y tế"): Mark("hoan_thanh", date(2021, 4, 19))}
    marks[(DOSSIER, "Công an tỉnh")] = Mark("khong_du_dieu_kien", date(2021, 4, 19))
    today = date(2023, 3, 20)
    found = {s.agency: s for s in task_standings(task, marks, today)}
    assert found["Sở Y tế"].state is State.DONE
    assert found["Công an tỉnh"].state is State.CLOSED
    assert found["Sở Xây dựng"].state is State.ENDED
    assert found["Sở Xây dựng"].ended == ENDED and found["Sở Xây dựng"].due == date(2021, 4, 20)
    counts = tally(found.values())
    assert (counts.done, counts.closed, counts.late, counts.open) == (1, 1, 0, 0)
    assert counts.ended == len(task.addressees) - 2
    # the same task not ended: the unsent units are late
    before = task_standings(replace(task, ended=None), marks, today)
    assert {s.state for s in before} == {State.DONE, State.CLOSED, State.LATE}


def test_no_view_lists_an_ended_task_late_nor_missing(catalogue, ended):
    province = ended.province("tuyen-quang")
    today = date(2023, 3, 20)
    late = [s.key for s in standings(ended, province, {}, today) if s.state is State.LATE]
    assert DOSSIER not in late and "tq-2021-05-20" in late
    handins = {t.key: t for t in track(province, {}, today)}
    assert handins[DOSSIER].missing == 0 and handins[DOSSIER].late == 0
    assert {u.state for u in handins[DOSSIER].units} == {Handin.ENDED}
    assert handins["tq-2021-05-20"].missing > 0
    digest = build_digest(ended, province, {}, date(2023, 3, 20))
    assert DOSSIER not in {t.key for t in digest.documents}


def test_an_ended_task_is_never_reminded(catalogue, ended):
    """Before the end the dossier was reminded every week while late; ended, never again (the
    rule holds whatever day is asked)."""
    was = catalogue.province("tuyen-quang")
    now = ended.province("tuyen-quang")
    span = (date(2021, 4, 12), date(2021, 5, 10))
    keys = {k for _, r in plan_range(catalogue, was, {}, *span) for k in r.keys}
    assert DOSSIER in keys
    assert DOSSIER not in {k for _, r in plan_range(ended, now, {}, *span) for k in r.keys}


def test_a_recurring_task_stops_after_its_end_and_keeps_its_last_occurrence(catalogue, ended):
    province = ended.province("khanh-hoa")
    task = province.task(SYNC)
    assert task is not None
    # no occurrence after the end; the ones before stay, as history
    assert task.occurrences(date(2020, 7, 1), date(2021, 1, 31)) == [
        date(2020, 7, 1),
        date(2020, 8, 1),
    ]
    assert task.next_due(date(2020, 9, 1)) is None
    unit = task.addressees[0]
    marks = {(f"{SYNC}@2020-08-01", unit): Mark("hoan_thanh", date(2020, 7, 30))}
    today = date(2023, 3, 20)  # long after: the last occurrence is still shown, as the tally
    mine = task_standings(task, marks, today, unit)
    assert [(s.key, s.state) for s in mine] == [(f"{SYNC}@2020-08-01", State.DONE)]
    other = task_standings(task, {}, today, unit)  # the same unit, had it not sent August
    assert [(s.key, s.state) for s in other] == [(f"{SYNC}@2020-08-01", State.ENDED)]
    # nothing of it is reminded after the end, nor late for the months before it
    days = plan_range(ended, province, marks, date(2020, 8, 11), date(2020, 12, 31))
    assert not [r for _, r in days if any(k.startswith(SYNC) for k in r.keys)]
    assert not [
        s
        for s in standings(ended, province, marks, today)
        if s.key.startswith(SYNC) and s.state is State.LATE
    ]


def test_the_chart_counts_ended_units_apart_not_as_not_started(catalogue, ended):
    """The chart asks the standing rule: a unit that never sent an ended task is "Đã kết thúc
    theo dõi", not "Chưa bắt đầu"; one that sent it stays "Hoàn thành"; a chart with nothing
    ended draws no such category."""
    province = ended.province("tuyen-quang")
    task = province.task(DOSSIER)
    assert task is not None
    today = date(2023, 3, 20)
    marks = {
        (DOSSIER, "Sở Y tế"): Mark("hoan_thanh", date(2021, 4, 19)),
        # reported as being worked on, never sent: ended too, not "Đang thực hiện"
        (DOSSIER, "Sở Xây dựng"): Mark("dang_thuc_hien", date(2021, 4, 10)),
    }
    bars = {b.agency: b for b in chart_data(ended, province, marks, today)}
    units = by_agency(standings(ended, province, marks, today))  # the province's, as drawn
    for agency in ("Sở Xây dựng", "Sở Tư pháp"):
        mine = units[agency]
        ended_here = sum(s.state is State.ENDED for s in mine)
        assert ended_here == 1  # the dossier
        assert bars[agency].counts[ENDED_BAR] == ended_here
        assert bars[agency].counts["chua_bat_dau"] == sum(
            s.state is not State.ENDED and s.code == "chua_bat_dau" for s in mine
        )
        assert bars[agency].total == len(mine)
    assert bars["Sở Y tế"].counts[ENDED_BAR] == 0
    assert shown(list(bars.values()))[ENDED_BAR] == "Đã kết thúc theo dõi"
    legend = [
        t.get_text()
        for t in agency_figure(province, bars["Sở Tư pháp"], today).axes[0].get_yticklabels()
    ]
    assert "Đã kết thúc theo dõi" in legend
    # the same day without the end: the dossier is late, and no bar has the category
    was = catalogue.province("tuyen-quang")
    calm = chart_data(catalogue, was, marks, today)
    assert not any(b.counts[ENDED_BAR] for b in calm) and ENDED_BAR not in shown(calm)
    assert {b.agency: b.late for b in calm}["Sở Tư pháp"] > bars["Sở Tư pháp"].late
    import matplotlib.pyplot as plt  # here: importing pyplot costs each worker a second

    plt.close("all")
