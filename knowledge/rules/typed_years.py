"""The date a day typed without its year is read against (knowledge/calendar/yearless.py):
the item's own date, so that "ngày 25/6" said of a task due 25/6/2021 is 2021's whatever day
it is said on. A task: its date in force (a moved one's new date); an occurrence of a
recurring task: its scheduled date; a row: its date in the province's plan nearest today;
anything else: today."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.model import Province


def year_anchor(province: Province, key: str, today: date) -> date:
    found = province.task_at(key)
    if found is not None:
        task, scheduled = found
        if scheduled is not None:
            return scheduled
        if task.due is not None:
            return task.due
        upcoming = task.next_due(today)
        return upcoming or today
    assignment = province.assignments.get(key)
    dates = [m.due for m in assignment.milestones] if assignment is not None else []
    return min(dates, key=lambda d: abs((d - today).days)) if dates else today
