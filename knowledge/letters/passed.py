"""Dates before the letter's own date. A letter cites, amends and frames its duties with dates
that have passed: the earlier letter's deadline it retells or moves, the day an old certificate
was issued, the end of a data window. Such a date is a distractor, not the letter's demand, and
must not refuse a letter whose other duties read whole: its task is set aside and the draft
says so as a doubt the coordinator checks. A duty this letter asks for itself, its date after a
deadline's word ("b) Báo cáo gửi về Sở … chậm nhất ngày 24/8/2021" in a letter of 6/9/2021) and
owed by units it names, is a task whose date is misprinted: it stays in the draft, and the draft
cannot be published until the coordinator corrects that date ("sửa hạn nv 1 thành …"). So does
every dated duty of a letter whose dates have all passed ("hạn 15/9 trong công văn ngày 18/9").
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.letters.model import DOUBT, Problem, Task
from knowledge.letters.opening import recited
from knowledge.letters.past import past_message
from knowledge.letters.text import Line, plain

# The words of a deadline: "chậm nhất ngày …", "trước ngày …", "hạn …", "hoàn thành trước …".
_DEADLINE = re.compile(r"\b(?:cham nhat|truoc|han|thoi han|hoan thanh|xong)\b")
# What tells a date of the past, not this letter's demand: a request made then ("đã đề nghị",
# "đã yêu cầu"), an old or lapsed deadline ("hạn cũ", "thay vì", "đã quá hạn").
_MADE_THEN = re.compile(
    r"\bda\s+(?:co\s+van ban\s+)?(?:duoc\s+)?(?:de nghi|yeu cau|giao|chi dao|huong dan)\b"
    r"|\b(?:han cu|thay vi|thay cho|qua han|het han)\b"
)
# An earlier document as the sentence's subject ("Văn bản số 250/SNN-VP … trước ngày …"), unless
# this letter then asks on its own ("…, đề nghị các đơn vị … trước ngày …").
_DOCUMENT = re.compile(r"\b(?:van ban|cong van|ke hoach|quyet dinh|thong bao|thong tu)\s+so\b")
_ASKS = re.compile(r"\b(?:de nghi|yeu cau)\b")


def set_aside(
    tasks: list[Task], problems: list[Problem], floor: date | None, lines: dict[int, Line]
) -> tuple[list[Task], list[Problem]]:
    """`tasks` less those due before `floor` whose dates the letter only cites, when others
    remain; `problems` with each such task's refusal turned into a doubt, and each passed date
    of a duty the letter asks for told as a date to correct. `lines`: the letter's, by number."""
    past = [t for t in tasks if floor and t.deadline and t.deadline < floor]
    if not past or floor is None:
        return tasks, problems
    at = {p.message: lines.get(p.line) for p in problems if p.line is not None}
    # a passed date on a duty no unit owes (an assessment's "… trước ngày 20/5 còn chậm" under
    # a conclusion's first part) recounts what was due: a misprinted demand names who owes it
    owed = [t for t in past if len(past) == len(tasks) or (t.units and _asked(t, at.get(_of(t))))]
    gone = [t for t in past if t not in owed]
    kept = [t for t in tasks if t not in gone]
    to_fix = {_of(t): kept.index(t) + 1 for t in owed}
    said_gone = {_of(t) for t in gone}
    # the lines of the set-aside duties: what else was unread there (its units) goes with them
    off = {p.line for p in problems if p.message in said_gone}
    said = [
        _fix(p, to_fix[p.message], floor)
        if p.message in to_fix
        else _doubt(p, floor)
        if p.message in said_gone
        else p
        for p in problems
        if p.message in said_gone or p.doubt or p.line is None or p.line not in off
    ]
    return kept, said


def _of(task: Task) -> str:
    return past_message(task.deadline) if task.deadline else ""


def _fix(problem: Problem, n: int, floor: date) -> Problem:
    return Problem(
        problem.line,
        f"{problem.message} ({fmt_date(floor)}): sửa hạn (“sửa hạn nv {n} thành "
        "<ngày>”) trước khi công bố",
    )


def _doubt(problem: Problem, floor: date) -> Problem:
    return Problem(
        problem.line,
        f"{DOUBT}: {problem.message} ({fmt_date(floor)}): đó là ngày của văn bản được dẫn, hạn "
        "cũ hoặc kỳ số liệu, không tính là nhiệm vụ; nếu đúng vậy, bấm “Đã kiểm tra, bỏ qua "
        "lỗi đọc”",
    )


def _asked(task: Task, line: Line | None) -> bool:
    """The passed date is this letter's demand: printed after a deadline's word, in a sentence
    that retells no earlier request nor names an old deadline."""
    if line is None or not _DEADLINE.search(plain(task.deadline_text)):
        return False
    low = line.plain
    at = low.find(plain(task.deadline_text))
    at = at if at >= 0 else len(low)
    begin = max(low.rfind(". ", 0, at), low.rfind("; ", 0, at)) + 1
    before = low[begin:at]
    if recited(low[begin:]) or _MADE_THEN.search(before):
        return False
    documents = list(_DOCUMENT.finditer(before))
    return not documents or bool(_ASKS.search(before, documents[-1].end()))
