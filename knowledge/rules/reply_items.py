"""Which items of a reminder a status said in reply to it is about, in what order. A reminder
lists every open item of the unit, oldest deadline first; "đã nộp rồi ạ" on the deadline day was
offered April's overdue Biểu 02 first and the catalogue's integration rows beside the task due
that day, and the top button wrote a document as sent that never was. A sending ("nộp", "gửi")
is said of a task's document, not of a catalogue row (a row is integrated, not handed in), unless
the reminder names no task; the items due soonest come first: due today, then the nearest still
to come, then the most recently late.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.language.text import tokenize
from knowledge.reader.status_words import status_span

# the words that say a document was sent (as knowledge/reader/status_alone.py reads "nộp rồi")
_SENDING = frozenset({"nop", "gui"})
# a deadline's group in a reminder as knowledge/render/reminder_text.py prints it ("Hạn
# 20/4/2021", a day off with its weekday: "Hạn Chủ nhật 5/12/2021", "Hạn Thứ Bảy 25/9/2021")
_GROUP = re.compile(r"\bHạn (?:(?:Thứ \w+|Chủ nhật) )?(\d{1,2})/(\d{1,2})/(\d{4})\b")


def said_as_sending(text: str) -> bool:
    """The status in `text` is said as a sending ("đã nộp rồi", "gửi rồi ạ")."""
    folds = [t.fold for t in tokenize(text)]
    found = status_span(folds)
    return found is not None and any(f in _SENDING for f in folds[found[1] : found[2]])


def reminded_dues(replied: str, keys: list[str]) -> dict[str, list[date]]:
    """The deadlines a reminder lists each key under (a row may stand under two: the province's
    date and the decision's)."""
    dues: dict[str, list[date]] = {key: [] for key in keys}
    current: date | None = None
    for line in replied.splitlines():
        group = _GROUP.search(line)
        if group is not None:
            try:
                current = date(int(group.group(3)), int(group.group(2)), int(group.group(1)))
            except ValueError:
                current = None
            continue
        if current is None or not line.lstrip().startswith("•"):
            continue  # an item is a bullet under its group (not the hint after the last one)
        for key in keys:
            if re.search(rf"(?<![\w/-]){re.escape(key)}(?![\w/-])", line):
                dues[key].append(current)
    return dues


def _nearness(dues: list[date], today: date) -> tuple[int, int]:
    """Due today or to come first (the nearest first), then late (the most recent first)."""
    if not dues:
        return (2, 0)
    return min((0, (d - today).days) if d >= today else (1, (today - d).days) for d in dues)


def reply_items(
    keys: list[str], tasks: set[str], dues: dict[str, list[date]], sending: bool, today: date
) -> list[str]:
    """`keys` (the reminder's items the status reads for) as offered: only the `tasks` when the
    status is a sending and the reminder names one, the soonest due first."""
    if sending and any(k in tasks for k in keys):
        keys = [k for k in keys if k in tasks]
    return sorted(keys, key=lambda k: _nearness(dues.get(k, []), today))
