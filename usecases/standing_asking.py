"""Where one unit stands on one item, and how a letter's tasks stand, asked in words ("Sở KH&ĐT
nộp mẫu 01 chưa", "406-20 bên TNMT xong chưa", "cv 618 tình hình thế nào"): answered from the
statuses by the rules every view asks — a task's hand-ins by `usecases.handins.tracked` (the
tracking /nopbai, /nopbai tinh and the digest print), a row by `standing_of` (/tiendo's) — so that
free text and the commands always agree (issue 20).

Reading needs no database (`standing_asked`, on the loop); the answer reads the statuses
(`answer_standing`, off it). Who may see which unit's hand-ins is /nopbai's rule
(`tracking_scope`): an admin any unit, an officer their own; a row's standing is /tiendo's, which
shows any unit's rows to anyone.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.catalogue.views import TaskView, row_view
from knowledge.deliverables.tracking import UnitHandin, collects
from knowledge.messages.markup import esc, typed_key
from knowledge.reader.answer_types import Answer
from knowledge.reader.handin_questions import asks_own
from knowledge.reader.letter_standing import LetterAsked, letter_standing_asked
from knowledge.reader.sent_asked import SentAsked, sent_asked
from knowledge.render import standing_answers
from knowledge.rules.officers import tracking_scope
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import DONE_STATUS
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.handins import tracked
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.understood import understood

Asked = SentAsked | LetterAsked


@use_case(database=False)
def standing_asked(desk: Desk, caller: Caller | None, text: str) -> Asked | None:
    """The question read as one unit's standing on one item, or a letter's: only a sure
    reading (an unsure one stays a question, answered with its choices)."""
    if caller is None or text.lstrip().startswith("/"):
        return None
    today, province = desk.clock.today(), desk.province
    agency = caller.agency

    def read() -> Asked | None:
        parsed = desk.assistant.parse(text, today, province)
        letter = letter_standing_asked(parsed)
        if letter is not None:
            return letter if letter.sure else None
        answer = desk.assistant.answer(understood(desk, text, agency))
        found = sent_asked(parsed, answer)
        return found if found is not None and found.sure else None

    return desk.remembered("standing_asked", (text, today, agency), read)


@use_case(writes=False)
def answer_standing(desk: Desk, caller: Caller, asked: Asked, text: str) -> Answer | None:
    """The answer, or None when the asker may not see it this way (read as a question then)."""
    if isinstance(asked, LetterAsked):
        return _letter(desk, caller, asked)
    if not asked.is_task and asked.unit is not None:
        # a row's standing is /tiendo's to anyone who asks ("/tiendo sở xây dựng" from a
        # district): a unit's hand-ins alone are its own (ux35 #7: "so xay dung xong muc 14
        # chua" was refused to the district /tiendo showed it to)
        return _row(desk, asked, asked.unit)
    scope = tracking_scope(caller.actor, asked.unit, asked.unit is None or asks_own(text))
    if scope is None:
        return None
    if isinstance(scope, Refusal):
        return Answer("progress", caller.agency, [], [], scope.reason)
    unit = scope.unit
    if unit is None:
        return None  # an admin with no unit of their own, no unit named: /nopbai tinh's list
    if asked.is_task:
        return _task(desk, caller, asked, unit)
    return _row(desk, asked, unit)


def _task(desk: Desk, caller: Caller, asked: SentAsked, unit: str) -> Answer | None:
    found = desk.province.task_at(asked.key)
    task = found[0] if found is not None else None
    if task is None or unit not in task.addressees or not collects(desk.province, task):
        return None  # nothing this unit sends for it: the question's own answer says what it is
    # the occurrence asked for by its own status, though no view lists it today (ux28 #2)
    dues = () if asked.due is None else (asked.due,)
    mine = [t for t in tracked(desk, unit, dues) if t.task.id == task.id]
    # the occurrence asked for, else the oldest still owed, else the latest
    chosen = (
        [t for t in mine if asked.due is not None and t.due == asked.due]
        or [t for t in mine if t.missing]
        or mine[-1:]
    )
    if not chosen:
        return Answer("progress", unit, [], [], standing_answers.not_owed_text(asked.key, unit))
    handin = next(u for u in chosen[0].units if u.unit == unit)
    change = desk.statuses().current.get((handin.key, unit))
    behalf = bool(change is not None and change.behalf and change.new == DONE_STATUS)
    html = standing_answers.task_sent_answer(handin, behalf, _hint(caller, handin))
    s = handin.standing
    view = TaskView(handin.task, handin.due, s.state.value, unit, late_by=s.late_by)
    return Answer("progress", unit, [], [view], html)


def _hint(caller: Caller, handin: UnitHandin) -> str:
    """What to do next about a document still owed: the admin records it received outside the
    bot; the unit's own officer sends it."""
    if not handin.missing:
        return ""
    key = esc(typed_key(handin.key))
    if caller.is_admin and caller.agency != handin.unit:
        return (
            f"Đã nhận ngoài bot thì ghi thay: <code>/capnhat {key} {esc(handin.unit)} "
            "đã nộp</code>"
        )
    return f"Nộp: <code>/nop {key}</code>"


def _row(desk: Desk, asked: SentAsked, unit: str) -> Answer:
    today = desk.clock.today()
    catalogue, province = desk.catalogue, desk.province
    s = standing_of(catalogue, province, asked.key, unit, desk.statuses().marks, today)
    if s is None:
        return Answer("progress", unit, [], [], standing_answers.not_owed_text(asked.key, unit))
    html = standing_answers.row_standing_answer(catalogue, province, s)
    view = row_view(catalogue.rows[asked.key], province, today, unit)
    return Answer("progress", unit, [replace(view, standing=s.state.value, unit=unit)], [], html)


def _letter(desk: Desk, caller: Caller, asked: LetterAsked) -> Answer | None:
    """The coordinator's view of a letter; an officer's own unit's stays the letter's answer
    (its tasks, where each stands for the unit)."""
    if not caller.is_admin:
        return None
    today = desk.clock.today()
    ids = {t.id for t in asked.letter.tasks}
    found = [t for t in tracked(desk) if t.task.id in ids]
    untracked = len(ids - {t.task.id for t in found})
    html = standing_answers.letter_standing_answer(asked.letter, found, untracked, today)
    return Answer("progress", None, [], [], html)
