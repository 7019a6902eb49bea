"""Which month a file for an occurrence of a monthly report may print (ux37 #1).

A letter that names the period a report covers settles it: "trước ngày 05 của tháng sau", "kỳ
báo cáo đầu tiên là tháng 10/2021" (read as Task.lag, knowledge/catalogue/reported.py) make the
occurrence due 5/11 October's report, and a file printing "THÁNG 10" is that one alone.

A letter that says only "báo cáo … trước ngày 10 hằng tháng" does not say it. The bot names the
occurrence due 10/10 by the month it falls due in (October), but on the 10th two thirds of
October are still to come: the report sent by then holds September's figures, and officers title
it "BÁO CÁO … THÁNG 9". So for such a letter a file printing month M may be either the occurrence
due in M or the one due in M+1, and the officer chooses (a silent pick filed a late October
report over September's copy, and October stayed late). Decided from the letter's words: a
report ("báo cáo" in its title), every month, by a day early in the month, with no period of its
own named; never a fixed lag for every monthly task (a list or a plan sent monthly reports no
month, and "trước ngày 25 hằng tháng" leaves the month's figures nearly whole by its day).
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from knowledge.catalogue.model import Task
from knowledge.catalogue.reported import period_label, reported_start
from knowledge.language.text import fold

# a deadline by this day leaves most of its month after it: its report cannot hold that month
EARLY_DAY = 15


def two_readings(task: Task) -> bool:
    """Whether a file printing month M may be the occurrence due in M (as the bot names it)
    or the one due in M+1 (a report on M's figures): see the module docstring."""
    return (
        task.recurring
        and task.every == "month"
        and not task.lag
        and task.day is not None
        and task.day <= EARLY_DAY
        and "bao cao" in fold(task.title)
    )


def months_read(task: Task, due: date) -> tuple[date, ...]:
    """The first days of the months a file for the occurrence due on `due` may print: the
    month it reports, and, where the letter leaves it open, the month before (its figures)."""
    start = reported_start(task, due)
    return (start, start - relativedelta(months=1)) if two_readings(task) else (start,)


def figures_label(task: Task, due: date) -> str:
    """ "tháng 9/2021": the month whose figures the occurrence due on `due` holds on the
    officers' reading, where the letter leaves it open; "" where it does not."""
    months = months_read(task, due)
    return period_label("month", months[1]) if len(months) > 1 else ""
