"""A day's writes, as the status log holds them ("hôm nay ai cập nhật gì", "hôm nay anh An cập
nhật gì"): each change with its time, the row's or task's key and name, the unit, old → new,
the note and who wrote it, in /lichsu's words (progress_text.history_text), every piece of
data escaped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.messages.markup import esc
from knowledge.render.progress_text import recorder
from knowledge.render.task_names import item_head
from knowledge.rules.progress import item_title
from knowledge.rules.statuses import STATUSES, Change

MAX_SHOWN = 15  # the day's latest writes listed; the rest counted, each row's in /lichsu
_DAY_WORDS = {0: "hôm nay", 1: "hôm qua"}


def day_log_text(
    catalogue: Catalogue,
    province: Province,
    changes: Sequence[Change],
    names: Mapping[int, str],
    day: date,
    today: date,
    whose: str = "",
) -> str:
    """The writes of `day` (oldest first), of `whose` (a person's or a unit's name; "" for
    everyone's): "📝 Cập nhật hôm nay (25/5/2021) của Nguyen Van An: 2 lượt", a line each."""
    said = _DAY_WORDS.get((today - day).days, "ngày")
    of = f" của {esc(whose)}" if whose else ""
    when = f"{said} ({fmt_date(day)})"
    if not changes:
        return f"{when[0].upper()}{when[1:]} chưa có cập nhật nào{of}. Xem một mục: /lichsu 406-14"
    lines = [f"📝 <b>Cập nhật {when}{of}</b>: {len(changes)} lượt"]
    shown = changes[-MAX_SHOWN:]
    if len(changes) > len(shown):
        lines.append(f"({len(changes) - len(shown)} lượt sớm hơn không liệt kê)")
    for c in shown:
        title = esc(item_title(catalogue, province, c.key))
        old = STATUSES.get(c.old or "chua_bat_dau", "—")
        who = recorder(c, names) + (", ghi thay" if c.behalf else "")
        who += ", hoàn tác" if c.undoes is not None else ""
        note = f" — “{esc(c.note)}”" if c.note else ""
        lines.append(
            f"• {c.at.strftime('%H:%M')} {item_head(province, c.key, title)} — "
            f"{esc(c.agency)}: {esc(old)} → <b>{esc(STATUSES[c.new])}</b>{note} ({esc(who)})"
        )
    return "\n".join(lines)
