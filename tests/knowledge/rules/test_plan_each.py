"""A run of days planned at once (the tick after a gap in the clock) says, day by day, what each
day planned alone says; planned for some agencies only, it says theirs."""

from __future__ import annotations

from datetime import date, timedelta

from knowledge.rules.reminders import Mark, deadlines, plan_day, plan_each


def _marks(catalogue, province, start: date) -> dict[tuple[str, str], Mark]:
    """A row reported done, another not eligible, a third blocked: from the province's own
    first dates, so each kind of status is planned around."""
    dated = deadlines(catalogue, province, start, start + timedelta(days=120))
    pairs = list(dict.fromkeys((d.key, d.agency) for d in dated))
    statuses = ("hoan_thanh", "khong_du_dieu_kien", "vuong_mac")
    return {pair: Mark(status, start) for pair, status in zip(pairs, statuses, strict=False)}


def test_days_planned_together_are_each_day_planned_alone(catalogue):
    for slug, start in (("tuyen-quang", date(2021, 4, 1)), ("khanh-hoa", date(2020, 4, 1))):
        province = catalogue.province(slug)
        marks = _marks(catalogue, province, start)
        days = [start + timedelta(days=i) for i in range(100)]
        together = plan_each(catalogue, province, marks, days)
        assert [day for day, _ in together] == days
        assert sum(len(found) for _, found in together) > 20
        assert together == [(day, plan_day(catalogue, province, marks, day)) for day in days]


def test_days_planned_for_some_agencies_are_their_reminders(catalogue):
    province = catalogue.province("tuyen-quang")
    days = [date(2021, 4, 1) + timedelta(days=i) for i in range(60)]
    every = plan_each(catalogue, province, {}, days)
    reminded = sorted({r.agency for _, found in every for r in found})
    heard = {reminded[0], reminded[-1]}  # two of them; the others have no chat
    theirs = plan_each(catalogue, province, {}, days, agencies=heard)
    assert theirs == [(day, [r for r in found if r.agency in heard]) for day, found in every]
    assert {r.agency for _, found in theirs for r in found} == heard
