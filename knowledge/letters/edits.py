"""The coordinator's corrections to a draft, typed in a line each: a task's deadline (read by the
letter's own date reader, knowledge/letters/dates.py), its units (read through the province's
register, knowledge/letters/register.py) and its forms. Each reader returns the task as changed,
or one Vietnamese line saying what it could not read (the draft then stays as it was).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.calendar.hours import due_hour
from knowledge.calendar.yearless import typed_day
from knowledge.letters import dates, form_names, kept_start, recurring
from knowledge.letters.date_shapes import ANY_DAY
from knowledge.letters.model import Recurrence, Task
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.text import Line, plain

MAX_TEXT = 300
_EVERY_YEAR = re.compile(
    r"\b(?:hang|moi)\s+nam\b|\b(?:dinh ky\s+)?0?6\s+thang\s+(?:mot|1)\s+lan\b"
)
_DAY_MONTH = re.compile(r"\bngay\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![/.-]?\d)")
_PAIR = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?![/.-]?\d)")  # "15/6", "15/12"
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DAY_OF = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b(?!\s*[/.-]\s*\d)")
_NONE = {"khong", "khong co", "bo", "xoa", "-", "0"}
_ADD = re.compile(r"^\s*(?:them|bo sung)\s+")
_REMOVE = re.compile(r"^\s*(?:bo|xoa|bot)\s+")
# between the units of a list: separators and the words that join them
_BETWEEN = re.compile(r"^[\s,;.:+&/()-]*(?:(?:va|cung|cac|voi)\b[\s,;.:+&/()-]*)*$")
_LEAD = re.compile(r"^[\s,;.:+&/()-]*(?:(?:va|cung|cac|voi)\b[\s,;.:+&/()-]*)*")
# the kinds of forms as printed, for a name typed without its marks ("mau so 01")
_KINDS = {
    plain(k): k for k in ("Biểu mẫu số", "Biểu mẫu", "Biểu số", "Biểu", "Mẫu số", "Mẫu", "Phụ lục")
}


def read_deadline(task: Task, text: str, letter_date: date | None, today: date) -> Task | str:
    """ "20/8/2021", "trước ngày 20/8/2021", "hằng tháng, trước ngày 20", "ngày 15 tháng cuối
    quý", "hằng năm, ngày 31/12": a one-off date or a recurrence, as the letter's lines are read.
    A date before the letter's own is refused."""
    text = " ".join(text.split())[:MAX_TEXT]
    low = plain(text)
    floor = letter_date or today
    if _EVERY_YEAR.search(low):
        return _yearly(task, text, low, kept_start.kept_floor(task.recurrence, floor, False))
    found = recurring.recurrence(text)
    if found is not None:
        if found.error:
            return found.error
        started = kept_start.typed_start(found, low)
        if isinstance(started, str):
            return started
        # no start typed: the letter's start stays (knowledge/letters/kept_start.py)
        first = recurring.first_occurrence(started, kept_start.kept_floor(task.recurrence, floor))
        if first is None:
            return f"không rõ lần đầu của “{text}”"
        recurrence = Recurrence(found.every, found.day, first)
        text = _as_printed(text, recurrence=recurrence)
        lag = recurring.lag_of(started)
        return replace(task, deadline=None, deadline_text=text, recurrence=recurrence, lag=lag)
    got = dates.deadlines(text, floor.year) or dates.deadlines(f"trước ngày {text}", floor.year)
    if not got:
        return (
            f"Không đọc được hạn «{text}». Gõ một ngày (20/8/2021), hoặc định kỳ "
            "(hằng tháng, trước ngày 20; ngày 15 tháng cuối quý; hằng năm, ngày 31/12)."
        )
    if got[0].due is None:
        return got[0].error
    due = got[0].due
    if not _A_YEAR.search(text):
        # "sửa hạn nv 1 thành 5/1": the day in the task's year, or the one beside it when
        # nearer its date (knowledge/calendar/yearless.py), as every date typed without one
        due = typed_day(due.day, due.month, None, task.deadline or floor) or due
    if letter_date and due < letter_date:
        return f"Hạn {fmt_date(due)} trước ngày của công văn ({fmt_date(letter_date)})."
    text = _as_printed(text, due=due)
    return replace(task, deadline=due, deadline_text=text, recurrence=None, lag=0)


# What a bare date the coordinator typed over the letter's deadline leaves of it: the letter's
# wording stays, as printed, and the correction is said beside it ("trước ngày 20/8/2021 (đã
# sửa: 15/9/2021)"), so that every view still quotes what the letter says and shows the date
# in force (knowledge/render/letter_text.py). A task with no printed wording (one the
# coordinator added) says only that it was corrected ("15/9/2021 (đã sửa)"). A wording typed
# ("trước 17 giờ ngày 20/8/2021", "hằng tháng, trước ngày 25") replaces the letter's, as typed.
CORRECTED = " (đã sửa)"
_BARE = re.compile(ANY_DAY)
_NOTE = re.compile(r" \(đã sửa(?:: (?P<to>[^()]*))?\)$")


def printed_part(text: str) -> tuple[str, str]:
    """A deadline's text split into the letter's wording and the correction said beside it
    ("" when none): ("trước ngày 20/8/2021", "15/9/2021")."""
    note = _NOTE.search(text)
    if note is None:
        return text, ""
    return text[: note.start()], note.group("to") or text[: note.start()]


def marked(before: Task, after: Task) -> Task:
    """`after`, the task with a typed deadline: a bare date typed keeps the letter's wording of
    `before` and says the correction beside it; the letter's own wording typed back is no
    correction."""
    text = after.deadline_text
    printed = printed_part(before.deadline_text)[0]
    if text in (printed, before.deadline_text) or not _BARE.fullmatch(text.strip()):
        return after
    if not printed.strip():
        return replace(after, deadline_text=text + CORRECTED)
    return replace(after, deadline_text=f"{printed} (đã sửa: {text})")


def _as_printed(text: str, due: date | None = None, recurrence: Recurrence | None = None) -> str:
    """The deadline's text as the letter would print it, when the coordinator typed it without
    marks ("truoc ngay 11/9/2023"): every view quotes it (“trước ngày 11/9/2023”). A text typed
    with marks, or of digits alone, is kept as typed. Either way it reads as the same date: "trước
    ngày D" makes D the last day (knowledge/calendar/deadlines.py)."""
    if due is not None and not _A_YEAR.search(text):
        # "8/10" typed: quoted in every view as if the letter printed it, with no year
        text = _DAY_OF.sub(lambda m: f"{m.group(0)}/{due.year}", text, count=1)
    if not text.isascii() or not any(ch.isalpha() for ch in text):
        return text
    if due is not None:
        # the hour its day ends at, typed without marks ("truoc 17 gio 00 ngay …"), is kept
        hour = due_hour(text)
        return f"trước {hour} ngày {fmt_date(due)}" if hour else f"trước ngày {fmt_date(due)}"
    assert recurrence is not None
    day, first = recurrence.day, recurrence.first
    if recurrence.every == "month":
        return f"hằng tháng, trước ngày {day}"
    if recurrence.every == "year" and first is not None:
        return f"hằng năm, trước ngày {day}/{first.month}"
    if recurrence.every == "half-year" and first is not None:
        early = (first.month - 1) % 6 + 1
        return f"6 tháng một lần, trước ngày {day}/{early} và {day}/{early + 6}"
    if recurrence.every == "quarter" and first is not None and first.month % 3 != 2:
        return f"trước ngày {day} tháng {'cuối' if first.month % 3 == 0 else 'đầu'} quý"
    return text


def _yearly(task: Task, text: str, low: str, floor: date) -> Task | str:
    """ "hằng năm, ngày 31/12"; two days of the year six months apart on the same day ("hằng
    năm, ngày 15/6 và 15/12", "6 tháng một lần, ngày 15/6 và 15/12") are every half year."""
    first_day = _DAY_MONTH.search(low)
    start = first_day.start() if first_day else len(low)
    pairs = _PAIR.finditer(low, start)
    days = [(int(m.group(1)), int(m.group(2))) for m in pairs]
    if not days:
        return "Định kỳ hằng năm: ghi rõ ngày và tháng (ví dụ: hằng năm, trước ngày 31/12)."
    (day, month), every = days[0], "year"
    if len(days) == 2 and days[1][0] == day and abs(days[1][1] - month) == 6:
        every, month = "half-year", min(month, days[1][1])
    months = (month, month + 6) if every == "half-year" else (month,)
    try:
        candidates = [date(y, m, day) for y in (floor.year, floor.year + 1) for m in months]
    except ValueError:
        return f"ngày {day}/{month} không có thật"
    first = min(d for d in candidates if d >= floor)
    recurrence = Recurrence(every, day, first)
    return replace(
        task,
        deadline=None,
        deadline_text=_as_printed(text, recurrence=recurrence),
        recurrence=recurrence,
        lag=0,
    )


def read_units(task: Task, text: str, register: Register, supporting: bool) -> Task | str:
    """The units that deliver the task (or, `supporting`, those that only support it): a list
    replacing the one before ("Sở Y tế, UBND các huyện"), or "thêm …" / "bỏ …" to add or remove
    some. Every name must be one the register knows."""
    text = " ".join(text.split())[:MAX_TEXT]
    low = plain(text)
    current = task.supporting if supporting else task.units
    mode = "add" if _ADD.match(low) else "remove" if _REMOVE.match(low) else "set"
    verb = _ADD.match(low) or _REMOVE.match(low)
    if verb is not None:  # the verb off: "bỏ Sở …" would read as a ministry ("Bộ")
        text = text[verb.end() :]
    if mode == "set" and low.strip(" .") in _NONE:
        names: tuple[str, ...] = ()
    else:
        mentions = register.mentions(text)
        unknown = _unread(text, [(m.start, m.end) for m in mentions])
        if unknown:
            return f"Không có trong danh sách đơn vị: «{unknown}». Gõ lại tên đơn vị."
        read = [n for m in mentions for n in m.names if n != PROVINCE_COMMITTEE]
        if not read:
            return "Không thấy tên đơn vị nào. Ví dụ: Sở Y tế, Sở Tư pháp, UBND các huyện."
        if mode == "add":
            names = (*current, *read)
        elif mode == "remove":
            names = tuple(n for n in current if n not in set(read))
        else:
            names = tuple(read)
    names = register.sort(names)
    if supporting:
        return replace(
            task, supporting=names, units=tuple(n for n in task.units if n not in names)
        )
    if not names:
        return "Nhiệm vụ phải có ít nhất một đơn vị thực hiện."
    return replace(
        task, units=names, supporting=tuple(n for n in task.supporting if n not in names)
    )


def _unread(text: str, spans: list[tuple[int, int]]) -> str:
    """The words of the line outside every unit the register read, when they are more than
    separators and joining words."""
    kept, pos = [], 0
    for start, end in sorted(spans):
        kept.append(text[pos:start])
        pos = end
    kept.append(text[pos:])
    rest = []
    for part in kept:
        if _BETWEEN.match(plain(part)):
            continue
        lead = _LEAD.match(plain(part))
        rest.append(part[lead.end() if lead else 0 :].strip(" ,;."))
    return " … ".join(rest)[:80]


def read_forms(task: Task, text: str) -> Task | str:
    """The forms the task is made on, as printed ("Mẫu số 01", "Phụ lục I, II"); "không" for
    none."""
    text = " ".join(text.split())[:MAX_TEXT]
    if plain(text).strip(" .") in _NONE:
        return replace(task, forms=())
    found = form_names.forms([Line(1, text)])
    if not found:
        return "Không đọc được tên biểu mẫu. Ví dụ: Mẫu số 01; Phụ lục I, II; không."
    return replace(task, forms=tuple(_printed(f) for f in found))


def _printed(form: str) -> str:
    """ "Mau so 01" → "Mẫu số 01": the kind as the genre prints it, the number as typed."""
    for folded, kind in _KINDS.items():
        low = plain(form)
        if low == folded or low.startswith(folded + " "):
            return kind + form[len(folded) :]
    return form
