"""A task the coordinator adds whole to a draft under review, typed in one message: "thêm nhiệm
vụ: Báo cáo kết quả kết nối dữ liệu dân cư; Công an tỉnh, BHXH tỉnh, Sở Tư pháp; trước 17 giờ 00
ngày 15/10/2021; Mẫu số 02" — the reader missed it, or the letter says it where no reader looks.

The parts are apart by ";" or lines, the title first, the others in any order: the date is
the part with a figure, the forms the part that opens with a form's kind ("Mẫu số 02", "Phụ
lục I, II"), the units what the register reads (the use case tries them: it holds the tolerant
lookup). Each is
read by the same reader as a correction of that field (knowledge/letters/edits.py), so an added
task is read exactly as a letter's task is corrected. The new task goes where the others send
(their recipient, else the letter's sender), with its place in the letter when the safety net
named it (knowledge/letters/untasked.py), and settles that net's line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from knowledge.letters.model import Draft, Task
from knowledge.letters.text import plain
from knowledge.letters.untasked import missed

_PARTS = re.compile(r"\s*(?:;|\n)\s*")
# a form's kind opening the part: "Mẫu số 02", "biểu 01", "Phụ lục I–IV", "BM 01"
_FORMS = re.compile(r"^(?:mau|bieu|phu luc|pl|bm)\b")
# a recurrence spelled without a figure is still a date: "hằng tháng", "định kỳ hằng quý"
_WHEN = re.compile(r"\d|\b(?:hang|moi)\s+(?:thang|quy|nam)\b|\bdinh ky\b")
ADDED_PLACE = "bổ sung khi duyệt"  # the source of a task the letter's sections did not name


@dataclass(frozen=True)
class AddedParts:
    """The parts of the message, by the field each goes to ("" when not typed)."""

    title: str
    deadline: str
    forms: str
    others: tuple[str, ...]  # the units, and the title when it was not typed first


def parts_of(value: str) -> AddedParts | None:
    """The message's parts by field; None when it holds nothing."""
    parts = [p.strip(" .") for p in _PARTS.split(value) if p.strip(" .")]
    if not parts:
        return None
    # the title first, whatever figures it holds ("… mức độ 3"); then a form's number is no
    # date: the forms before the date
    forms = next((p for p in parts[1:] if _FORMS.match(plain(p))), "")
    deadline = next((p for p in parts[1:] if p != forms and _WHEN.search(plain(p))), "")
    rest = tuple(p for p in parts if p not in (deadline, forms))
    return AddedParts(rest[0] if rest else "", deadline, forms, rest)


def blank(draft: Draft, file_name: str, title: str) -> Task:
    """The new task before its fields are read into it: the title as typed, sent where the
    draft's other tasks send (else to the sender), placed where the safety net said a date of
    the letter drafted no task (its place comes with the date, `placed`)."""
    sent = Counter(t.recipient for t in draft.tasks if t.recipient)
    recipient = sent.most_common(1)[0][0] if sent else draft.letter.sender
    return Task(
        title=title[:1].upper() + title[1:],
        deadline=None,
        deadline_text="",
        recurrence=None,
        units=(),
        supporting=(),
        forms=(),
        recipient=recipient,
        steps=(),
        contents=(),
        source=f"{file_name}#{ADDED_PLACE}",
    )


def placed(draft: Draft, task: Task, file_name: str) -> Task:
    """The task with its place in the letter, when the safety net named the place of its date
    (for a recurrence, of one)."""
    for problem in draft.problems:
        said = missed(problem)
        if said is None:
            continue
        # a date by its day; a recurrence by the net's first line of one
        if (said[1] is not None and said[1] == task.deadline) or (
            said[1] is None and task.recurrence is not None
        ):
            return replace(task, source=f"{file_name}#{said[0]}")
    return task


def with_added(draft: Draft, task: Task) -> Draft:
    """The draft with `task` last, less the safety net's lines its date or place settles."""
    place = task.source.partition("#")[2]

    def settled(problem) -> bool:
        said = missed(problem)
        if said is None:
            return False
        return (said[1] is not None and said[1] == task.deadline) or said[0] == place

    kept = tuple(p for p in draft.problems if not settled(p))
    return replace(draft, tasks=(*draft.tasks, task), problems=kept)


def same_due(task: Task, other: Task) -> bool:
    """Two tasks due the same day, or on the same schedule: perhaps one task twice."""
    if task.deadline is not None:
        return task.deadline == other.deadline
    return task.recurrence is not None and task.recurrence == other.recurrence
