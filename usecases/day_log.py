"""What was written on a day, asked in words ("hôm nay ai cập nhật gì", "hom nay anh An cap nhat
gi", "hôm qua bên em ghi những mục nào"; ux35 #7: it got "Tôi chưa hiểu", or today's deadlines):
the day's changes from the append-only status log, of the person or unit named, else everyone's,
each with its key and name and what was written. Who may see them is /lichsu's rule: the log of
any row is open to whoever asks it (usecases/progress.py `history`), so the day's is too."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from knowledge.reader.writes_asked import names_person, writes_asked
from knowledge.render.day_log_text import day_log_text
from knowledge.render.progress_text import recorder
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

NO_UNIT = (
    "Bạn chưa đăng ký đơn vị nào (/dangky). Xem mọi cập nhật trong ngày: "
    "<i>hôm nay ai cập nhật gì</i>."
)


@use_case(writes=False)
def day_log_asked(desk: Desk, caller: Caller, text: str) -> str | Refusal | None:
    """The day's writes the text asks for, said; None when it asks no such thing."""
    asked = writes_asked(text)
    if asked is None:
        return None
    today = desk.clock.today()
    day = today - timedelta(days=asked.days_back)
    start = datetime.combine(day, time(), tzinfo=desk.clock.now().tzinfo)
    page = desk.repo.changes_in(start, start + timedelta(days=1))
    changes, whose = page.changes, ""
    if asked.own:
        if caller.agency is None:
            return Refusal(NO_UNIT)
        whose = caller.agency
        changes = [c for c in changes if c.agency == whose]
    elif asked.person:
        unit = desk.assistant.agencies.whole(asked.person)
        if unit is not None:  # "hôm nay sở xây dựng cập nhật gì": what was written for it
            whose = unit
            changes = [c for c in changes if c.agency == unit]
        else:  # "anh An": the writes of whoever that names, by the name they wrote under
            changes = [c for c in changes if names_person(asked.person, recorder(c, page.names))]
            found = dict.fromkeys(recorder(c, page.names) for c in changes)
            whose = ", ".join(found) if found else f"«{asked.person}»"
    return day_log_text(desk.catalogue, desk.province, changes, page.names, day, today, whose)
