"""A province's plan in time: the years it covers and where a newcomer's clock should start."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from knowledge.catalogue.model import Catalogue, Province

LEAD_DAYS = 7  # the demo opens a week before the first date, when reminders are starting


def plan_years(catalogue: Catalogue, province: Province) -> list[int]:
    """The years of a province's plan: its assignments' and tasks' dates, else its decision's."""
    years = {m.due.year for a in province.assignments.values() for m in a.milestones}
    years |= {t.due.year for t in province.tasks if t.due}
    if not years:
        years = {
            m.due.year
            for r in catalogue.rows.values()
            if r.decision == province.decision
            for m in r.milestones
        }
    return sorted(years)


def plan_year(years: Sequence[int], today: date) -> int:
    """The year a day, month or quarter printed without one is read in: today's while the plan
    covers it, else the plan's year nearest today (Khánh Hòa's plan is 2020's: its "10/10" on
    11/10/2021 is 10/10/2020, never today's year) — the one rule of the reader's periods and
    /giao's deadlines (u54 #6)."""
    if not years or today.year in years:
        return today.year
    return min(years, key=lambda y: abs(y - today.year))


def plan_start(catalogue: Catalogue, province: Province) -> date:
    """A day inside the province's plan to start a demo on: a week before its first date
    (13/4/2021 in Tuyên Quang, a week before the 20/4 dossier)."""
    dates = [t.due for t in province.tasks if t.due]
    dates += [m.due for a in province.assignments.values() for m in a.milestones]
    if not dates:
        dates = [
            m.due
            for r in catalogue.rows.values()
            if r.decision == province.decision
            for m in r.milestones
        ]
    return min(dates) - timedelta(days=LEAD_DAYS)


def plan_first_day(province: Province) -> date | None:
    """The first date the province's own plan sets (its tasks', its rows'): a decision's date
    before it had passed when the plan was made (406-16's "Quý I/2021", carried into Tháng
    4/2021 by the plan of April 2021), one on or after it is still the decision's to keep."""
    dates = [t.due for t in province.tasks if t.due]
    dates += [a.milestones[0].due for a in province.assignments.values() if a.milestones]
    return min(dates) if dates else None
