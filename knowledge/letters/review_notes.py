"""What the coordinator should check in a draft without it holding the publication back, as
the chat's review (under "Cần xem lại") and the command line (`python -m bot letter`, "🔎")
both say it: one rule for both.

- A letter dated after today (ux26: a letter of 2/8/2021 published on 13/4/2021 without a
  word): a misread or mistyped date, or a letter not signed yet. Its date counts deadlines
  ("trong 10 ngày kể từ ngày ký") and names it everywhere, so the coordinator looks; letters are
  drafted ahead, so it is said, not refused.
- A deadline on a day off (knowledge/letters/day_off.py).
"""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters.day_off import days_off
from knowledge.letters.model import DOUBT, Draft


def dated_ahead(draft: Draft, today: date) -> str:
    """What to say of a letter whose date is after `today`, or ""."""
    day = draft.letter.date
    if day is None or day <= today:
        return ""
    return (
        f"{DOUBT}: công văn ghi ngày {fmt_date(day)}, sau hôm nay ({fmt_date(today)}): kiểm tra "
        "lại ngày của công văn (đọc nhầm, gõ nhầm, hoặc công văn chưa ký)"
    )


def review_notes(draft: Draft, calendar: WorkCalendar, today: date) -> tuple[str, ...]:
    """Each note, the letter's own first, then each task's by its number."""
    ahead = dated_ahead(draft, today)
    return ((ahead,) if ahead else ()) + days_off(draft, calendar)
