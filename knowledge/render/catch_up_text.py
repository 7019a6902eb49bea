"""The line a chat's reminder opens with when it carries reminders of days the bot missed (a
restart after downtime, a demo clock moved over several days; ux24 #7): which days were
missed and which dates passed meanwhile, so that "quá hạn 7 ngày" is not read as the first
word of it. The reminders themselves are those of the days missed, folded into the one message
of the day (bot/reminder_jobs.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from knowledge.calendar.deadlines import fmt_date


@dataclass(frozen=True)
class Gap:
    """When the bot was not running: from after the last day it ticked to its start again."""

    after: date
    until: datetime


def _ago(due: date, today: date) -> str:
    days = (today - due).days
    return "hôm qua" if days == 1 else f"{days} ngày trước"


def catch_up_line(
    missed: Iterable[date], dues: Iterable[date], today: date, gap: Gap | None = None
) -> str:
    """ "🔁 Nhắc bù: bot không chạy từ sau ngày 19/4/2021 đến 09:00 ngày 27/4/2021; tin này
    gửi bù nhắc hạn lẽ ra gửi ngày 20/4/2021–26/4/2021, trong thời gian đó hạn 20/4/2021 đã
    qua (7 ngày trước)." `missed`: the days whose reminders were not sent on their day; `dues`:
    the dates those reminders were about; `gap`: when the bot was not running (u26 #2: the
    line named only the missed reminder days, which read as a failure to send, not as the
    bot being down); without it (a catch-up sent later than its tick), the days alone."""
    days = sorted(set(missed))
    if not days:
        return ""
    span = fmt_date(days[0]) if len(days) == 1 else f"{fmt_date(days[0])}–{fmt_date(days[-1])}"
    passed = sorted({d for d in dues if days[0] <= d < today})
    said = "; ".join(f"hạn {fmt_date(d)} đã qua ({_ago(d, today)})" for d in passed)
    if gap is not None:
        until = f"{gap.until:%H:%M} ngày {fmt_date(gap.until.date())}"
        tail = f", trong thời gian đó {said}" if said else ""
        return (
            f"🔁 <b>Nhắc bù</b>: bot không chạy từ sau ngày {fmt_date(gap.after)} đến {until}; "
            f"tin này gửi bù nhắc hạn lẽ ra gửi ngày {span}{tail}."
        )
    tail = f"; trong thời gian đó {said}" if said else ""
    return f"🔁 <b>Nhắc bù</b>: bot không gửi được nhắc ngày {span}{tail}."
