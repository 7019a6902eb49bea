"""What a chat's last answer was about, and a follow-up read against it (ux32 #6): "giấy phép lái
xe hạn khi nào" offered three rows, and "thế còn hạn thì sao" next got the unit's whole list, "còn
cái kia" its open items. A short message with no subject of its own and a follow-up's shape
(knowledge/reader/follow_ups.py) is asked of the last answer's one row, task or agency; after a
choice ("Có phải bạn hỏi…") it gets "Bạn hỏi tiếp về mục nào?" with those choices as buttons;
"cái kia" after one of them was pressed is the other one.

Kept by this process only, per chat and person, for the window of a write's undo (10 minutes):
it decides no write and is worth nothing after a restart or a pause, so it is never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from knowledge.catalogue.views import RowView, TaskView, row_view, task_view
from knowledge.reader.answer_types import Answer
from knowledge.reader.follow_ups import FollowUp, follow_up
from knowledge.render.follow_up_text import (
    ABSENT_AGAIN,
    ONE_SHOWN,
    UNCLEAR_AGAIN,
    WHICH_NEXT,
    which_next,
)
from knowledge.rules.statuses import within_window
from usecases import asking
from usecases.asking import Answered
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case

_MEMORY = "chat_subjects"  # desk.memory's entry: (chat id, user id) -> Subject
KEPT = 1024  # chats remembered at once; the oldest half is let go past it


@dataclass(frozen=True)
class Subject:
    """The last answer's one thing (`key`: a row or task; `agency`), its choices (the keys its
    buttons offered, or kept from the answer a choice was pressed in), or that it was a service
    in neither catalogue (`absent`), or was not understood (`unclear`)."""

    at: datetime
    key: str = ""
    agency: str = ""
    choices: tuple[str, ...] = ()
    absent: bool = False
    unclear: bool = False  # "Tôi chưa hiểu": nothing to ask on, and no list to guess with


def _kept(desk: Desk) -> dict[tuple[int, int], Subject]:
    found: dict[tuple[int, int], Subject] = desk.memory.setdefault(_MEMORY, {})
    return found


def _slot(caller: Caller | None) -> tuple[int, int] | None:
    if caller is None or caller.chat_id is None:
        return None
    return (caller.chat_id, caller.user_id)


def _keep(desk: Desk, slot: tuple[int, int], subject: Subject | None) -> None:
    kept = _kept(desk)
    kept.pop(slot, None)
    if subject is None:
        return
    if len(kept) >= KEPT:
        for old in list(kept)[: KEPT // 2]:
            kept.pop(old, None)
    kept[slot] = subject


def subject_of(answer: Answer, at: datetime) -> Subject | None:
    """What an answer was about: one row or task answered surely, the keys it offered to choose
    from, an agency's list, a service in neither catalogue; None for anything else (a period's
    list, a unit's progress), which leaves a follow-up nothing to be about."""
    rows = [v.key for v in answer.items]
    tasks = [t.task.id for t in answer.tasks]
    # several rows or tasks answered at once ("mục 22 với mục 14 …"): a follow-up asks which
    named = [_head(p) for p in answer.parts if p.intent in ("item", "service", "task")]
    if len(set(filter(None, named))) > 1:
        return Subject(at, choices=tuple(dict.fromkeys(k for k in named if k)))
    if answer.close and (rows or tasks):
        return Subject(at, choices=tuple(dict.fromkeys(tasks + rows)))
    if answer.intent == "absent":
        return Subject(at, absent=True)
    if answer.intent == "unknown":
        return Subject(at, unclear=True)
    if answer.intent == "agency" and answer.agency:
        return Subject(at, agency=answer.agency)
    if answer.sure and answer.intent in ("item", "service", "task") and len(rows + tasks) == 1:
        return Subject(at, key=(rows + tasks)[0])
    return None


def _head(answer: Answer) -> str | None:
    """The row or task an answer is about first."""
    if answer.items:
        return answer.items[0].key
    return answer.tasks[0].task.id if answer.tasks else None


@use_case(database=False)
def remember(desk: Desk, caller: Caller | None, answer: Answer) -> None:
    """The answer just given is what a follow-up is about next."""
    slot = _slot(caller)
    if slot is None:
        return
    new, last = subject_of(answer, desk.clock.now()), _last(desk, slot)
    if new is not None and last is not None and new.key and new.key in last.choices:
        new = replace(new, choices=last.choices)  # one of the choices asked on: they stay
    _keep(desk, slot, new)


@use_case(database=False)
def shown(desk: Desk, caller: Caller | None, key: str) -> None:
    """One of the choices pressed (its row or task shown): it is the subject now, and the
    choices stay, so that "còn cái kia" is another of them."""
    slot = _slot(caller)
    if slot is None:
        return
    last = _last(desk, slot)
    choices = last.choices if last is not None and key in last.choices else ()
    _keep(desk, slot, Subject(desk.clock.now(), key=key, choices=choices))


def _last(desk: Desk, slot: tuple[int, int]) -> Subject | None:
    found = _kept(desk).get(slot)
    if found is None or not within_window(found.at, desk.clock.now()):
        return None
    return found


@use_case(database=False)
def read_against(desk: Desk, caller: Caller | None, question: str) -> str | Answer | None:
    """A follow-up read against the chat's last answer: the question to ask instead (the
    subject's key or agency with the words that ask), or the answer itself (which of the last
    choices; a service in neither catalogue has no date). None when the message is no
    follow-up, or nothing was answered about lately: it is read as it is."""
    slot = _slot(caller)
    last = _last(desk, slot) if slot is not None else None
    if last is None:
        return None
    parsed = desk.assistant.parse(question, desk.clock.today(), desk.province)
    found = follow_up(parsed)
    if found is None:
        return None
    if last.absent:
        return Answer("absent", caller.agency if caller else None, [], [], ABSENT_AGAIN)
    if last.agency:
        return f"{last.agency} {found.asked}".strip()
    if last.unclear:
        return Answer("unknown", caller.agency if caller else None, [], [], UNCLEAR_AGAIN)
    pool, sure = _pool(last, found)
    if sure:
        return f"{pool[0]} {found.asked}".strip()
    if found.other and pool == [last.key]:
        return _which(desk, caller, pool, ONE_SHOWN)  # no other one to be "cái kia"
    return _which(desk, caller, pool)


def _pool(last: Subject, found: FollowUp) -> tuple[list[str], bool]:
    """The keys the follow-up may be about, and whether it is surely the one: the subject;
    "cái kia" another of the choices (the subject offered back when there is no other);
    after a choice offered and none pressed, every choice."""
    if found.other:
        others = [k for k in last.choices if k != last.key]
        return (others, len(others) == 1) if others else ([last.key], False)
    if last.key:
        return [last.key], True
    return list(last.choices), len(last.choices) == 1


def _which(desk: Desk, caller: Caller | None, keys: list[str], header: str = WHICH_NEXT) -> Answer:
    """ "Bạn hỏi tiếp về mục nào?" with each key as a button (tasks first, as offered)."""
    today, province = desk.clock.today(), desk.province
    agency = caller.agency if caller else None
    rows: list[RowView] = []
    tasks: list[TaskView] = []
    for key in keys:
        row = desk.catalogue.rows.get(key)
        found = province.task_at(key)
        if row is not None:
            rows.append(row_view(row, province, today, agency))
        elif found is not None:
            tasks.append(task_view(found[0], today))
    html = which_next(rows, tasks, today, header)
    return Answer("service", agency, rows, tasks, html, close=True, sure=False)


async def answered_in_chat(desk: Desk, caller: Caller, question: str) -> Answered:
    """A question in a chat: a follow-up read against the last answer, else as it is; what
    it was about kept for the next one."""
    against = await desk.run(read_against, caller, question)
    if isinstance(against, Answer):
        found = Answered(against, desk.province, desk.clock.today(), caller.agency)
    else:
        found = await asking.answered(desk, caller, against or question)
    await desk.run(remember, caller, found.answer)
    return found


def answered_in_chat_now(desk: Desk, caller: Caller, question: str) -> Answered:
    """`answered_in_chat` from synchronous code: inside a use case, in its unit (the chat's
    turn, usecases/chat_turn.py)."""
    against = read_against(desk, caller, question)
    if isinstance(against, Answer):
        found = Answered(against, desk.province, desk.clock.today(), caller.agency)
    else:
        found = asking.answered_now(desk, caller, against or question)
    remember(desk, caller, found.answer)
    return found
