"""Questions: a question read and answered (/hoi, free text, inline mode), a row by its key
(/muc), a row chosen from "Có phải bạn hỏi…".

Reading a question needs no database: the caller, read once for the update, says which agency
"bên em" is, and the answer comes from the catalogue and the table in force. Only a progress
question ("bên em còn gì chưa xong") is answered from the statuses: `ask` then says so
(`StatusesNeeded`) and `answer_progress` reads them, in a worker thread like any database work.
Front ends call `answered` (chat, inline, web), which does both steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from knowledge.catalogue.model import Province
from knowledge.catalogue.occurrence_names import spell_out
from knowledge.catalogue.views import RowView, TaskView, row_view
from knowledge.messages import offers
from knowledge.messages import small_talk as talk
from knowledge.reader.ask import Answer, Asked
from knowledge.reader.small_talk import acknowledges, introduces, too_long
from knowledge.reader.supported_asked import asks_whom_supported
from knowledge.render import support_text, whose
from knowledge.render.answers import row_full
from knowledge.render.row_standing_answers import with_row_standing
from knowledge.rules import officers
from knowledge.rules.officers import OfficerState, Registration
from knowledge.rules.supporting import only_supports, supported_tasks
from usecases import letter_questions, refs, standing_asking
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.understood import understood
from usecases.withdrawn_tasks import withdrawn_said

__all__ = ["Answer", "RowView", "TaskView"]


@use_case(database=False)
def overlong(desk: Desk, text: str) -> str | None:
    """A text too long to be one question (a pasted page): one line on how to ask, before it is
    read at all."""
    return talk.too_long(len(text)) if too_long(text) else None


@use_case(database=False)
def acknowledged(desk: Desk, text: str) -> str | None:
    """ "ok em biết rồi", "👍": a short reply, not the help block (once no status was read)."""
    return talk.ACKNOWLEDGED if acknowledges(text) else None


@dataclass(frozen=True)
class Answered:
    answer: Answer
    province: Province
    today: date
    agency: str | None


@dataclass(frozen=True)
class RowShown:
    view: RowView
    province: Province
    today: date
    agency: str | None
    html: str  # the row in full, with where the unit stands on it


T = TypeVar("T")
ANSWERS_KEPT = 4096  # answers remembered per table version (a question is a few hundred bytes)


def _remembered(desk: Desk, key: tuple, build: Callable[[], T]) -> T:
    """What a question reads as depends only on the question, the day, the asker's agency and
    the table in force (not on statuses): officers ask the same few things, so each is read
    once per day and version. What is kept is never changed after it is built; a progress
    question keeps its reading, and its answer is read from the statuses each time."""
    answers: dict[tuple, T] = desk.per_catalogue("answers", dict)
    found = answers.get(key)
    if found is None:
        if len(answers) >= ANSWERS_KEPT:
            answers.clear()
        found = answers[key] = build()
    return found


@dataclass(frozen=True)
class StatusesNeeded:
    """A progress question, read: its answer is read from the statuses (`answer_progress`)."""

    asked: Asked
    agency: str | None
    question: str = ""  # as read (a short occurrence key spelled out)


@use_case(database=False)
def ask(desk: Desk, caller: Caller | None, question: str) -> Answered | StatusesNeeded:
    today = desk.clock.today()
    agency = caller.agency if caller else None
    question = spell_out(question, desk.province, today)  # a short occurrence key: its raw key

    def read() -> Answer | StatusesNeeded:
        asked = understood(desk, question, agency)
        if asked.needs_statuses:
            return StatusesNeeded(asked, agency)
        return desk.assistant.answer(asked)

    found = _remembered(desk, ("ask", question, today, agency), read)
    if isinstance(found, StatusesNeeded):
        return replace(found, question=question)
    return Answered(_for_caller(desk, caller, question, found), desk.province, today, agency)


def _for_caller(desk: Desk, caller: Caller | None, question: str, found: Answer) -> Answer:
    """The answer as the asker reads it: someone who asked to be registered is told where that
    stands, and a new officer who typed an agency's name is shown how to register."""
    if found.html == whose.WHOSE_TEXT and caller is not None and caller.registration:
        # they asked to be registered already: say where that stands, not "Gõ /dangky"
        found = replace(found, html=whose.whose_waiting(caller.standing))
    if _new_officer_naming(desk, caller, question, found):
        assert found.agency is not None
        hint = offers.register_as(found.agency)
        # a greeting says who they are: registering is what they came for, said first
        greeted = desk.assistant.agencies.whole(question) != found.agency
        found = replace(
            found, html=f"{hint}\n\n{found.html}" if greeted else f"{found.html}\n\n{hint}"
        )
    return found


@use_case(database=False)
def whom_supported(desk: Desk, caller: Caller | None, question: str, found: Answered) -> Answered:
    """ "bên em góp ý cho sở nào" of a task the unit only supports: every task it supports,
    each with the units that owe it, whose deliverable it comments on (ux32: one task's line,
    no unit named)."""
    if caller is None or caller.agency is None:
        return found
    if not _asks_whom_supported(desk, caller.agency, question, found.answer):
        return found
    today, province = desk.clock.today(), desk.province
    supported = supported_tasks(province, caller.agency, today)
    html = support_text.supported_owners(caller.agency, supported, province, today)
    return replace(found, answer=replace(found.answer, html=html, extra={}))


def _asks_whom_supported(desk: Desk, agency: str, question: str, found: Answer) -> bool:
    """A task the asker's unit only supports was found, and the question asks which units its
    part serves (knowledge/reader/supported_asked.py)."""
    if found.intent != "task" or not found.tasks:
        return False
    if not any(only_supports(desk.province, agency, t.task.id) for t in found.tasks):
        return False
    parsed = desk.assistant.parse(question, desk.clock.today(), desk.province)
    return asks_whom_supported(parsed.tokens)


def _new_officer_naming(desk: Desk, caller: Caller | None, question: str, found: Answer) -> bool:
    """Someone with no registration, in a private chat, who typed an agency's name and nothing
    else: likely a new officer saying where they work."""
    return (
        found.intent == "agency"
        and found.agency is not None
        and caller is not None
        and caller.registration is None
        and not caller.is_admin
        and caller.chat_id == caller.user_id
        and (
            desk.assistant.agencies.whole(question) == found.agency
            or _introduces(desk, question, found.agency)
        )
    )


def _introduces(desk: Desk, question: str, agency: str) -> bool:
    """ "chào bot, em là cán bộ sở tư pháp": a greeting and the writer's agency, nothing
    asked (ux22 #10: answered with the agency's list and no word of /dangky)."""
    parsed = desk.assistant.parse(question, desk.clock.today(), desk.province)
    mentions = [m for m in parsed.agencies if m.name == agency]
    return len(mentions) == 1 and introduces(parsed.tokens, mentions[0].start, mentions[0].end)


@use_case(writes=False)
def answer_progress(desk: Desk, caller: Caller | None, needed: StatusesNeeded) -> Answered:
    """A progress question answered from the current statuses, by the one standing rule."""
    answer = desk.assistant.answer(needed.asked, desk.statuses().marks)
    answer = _for_caller(desk, caller, needed.question, answer)
    return Answered(answer, desk.province, needed.asked.today, needed.agency)


async def answered(desk: Desk, caller: Caller | None, question: str) -> Answered:
    """Both steps from async code: read the question, and the statuses only if it needs them;
    a task of a withdrawn letter it names is said to be withdrawn; one unit's standing on one
    item, or a letter's, from the statuses by the rule every view asks (usecases/
    standing_asking.py). Someone whose request to join a unit waits for approval, asking of
    their own work with no unit named ("huyện e quá hạn gì ko"), is answered for that unit and
    told so (it was the whole province's list, ux30 #10)."""
    found = await desk.run(
        whom_supported, caller, question, await _answered(desk, caller, question)
    )
    unit = _pending_unit(caller)
    if caller is None or unit is None or not _asks_own(found.answer):
        return found
    return _as_pending(found, unit, await _answered(desk, _as_unit(desk, caller, unit), question))


_OWN_KINDS = ("progress", "deadline", "unknown")  # what "bên em …" asks, read for no unit


def _pending_unit(caller: Caller | None) -> str | None:
    """The unit a caller asked to join and waits to be approved for."""
    registration = caller.registration if caller is not None else None
    if registration is None or registration.state != OfficerState.PENDING:
        return None
    return registration.agency if caller is not None and caller.agency is None else None


def _asks_own(answer: Answer) -> bool:
    """An answer read for no unit to a question of a unit's work: the province's list or "which
    unit are you": the asker's own unit is what was meant, when they have one."""
    return answer.agency is None and answer.intent in _OWN_KINDS


async def _answered(desk: Desk, caller: Caller | None, question: str) -> Answered:
    if (letters := await letter_questions.letters_answered(desk, caller, question)) is not None:
        return Answered(letters, desk.province, desk.clock.today(), letters.agency)
    standing = await desk.run(standing_asking.standing_asked, caller, question)
    if standing is not None and caller is not None:
        stood = await desk.run(standing_asking.answer_standing, caller, standing, question)
        if stood is not None:
            return Answered(stood, desk.province, desk.clock.today(), stood.agency)
    first = await desk.run(ask, caller, question)
    if isinstance(first, StatusesNeeded):
        first = await desk.run(answer_progress, caller, first)
        # a unit's list, or a task its unit owes, may stand for a withdrawn task's words
        if first.answer.intent not in ("agency", "task"):
            return first
    if _may_name_withdrawn(desk, first):
        said = await desk.run(withdrawn_said, caller, question, _task_ids(first))
        return _withdrawn_answer(first, said)
    return first


def _as_unit(desk: Desk, caller: Caller, unit: str) -> Caller:
    """The caller asking as an officer of the unit they wait to be approved for."""
    return replace(officer_of(desk, unit), user_id=caller.user_id, chat_id=caller.chat_id)


def _as_pending(found: Answered, unit: str, own: Answered) -> Answered:
    """The answer for the unit the asker waits to join, said to be so; else `found`."""
    if own.answer.agency != unit:
        return found
    html = f"{talk.pending_unit(unit)}\n\n{own.answer.html}"
    return replace(own, answer=replace(own.answer, html=html))


def answered_now(desk: Desk, caller: Caller | None, question: str) -> Answered:
    """`answered` from synchronous code (the command line, a use case whose unit it joins:
    usecases/chat_turn.py)."""
    found = desk.call(whom_supported, caller, question, _answered_now(desk, caller, question))
    unit = _pending_unit(caller)
    if caller is None or unit is None or not _asks_own(found.answer):
        return found
    return _as_pending(found, unit, _answered_now(desk, _as_unit(desk, caller, unit), question))


def _answered_now(desk: Desk, caller: Caller | None, question: str) -> Answered:
    if (letters := letter_questions.letters_answered_now(desk, caller, question)) is not None:
        return Answered(letters, desk.province, desk.clock.today(), letters.agency)
    standing = desk.call(standing_asking.standing_asked, caller, question)
    if standing is not None and caller is not None:
        stood = desk.call(standing_asking.answer_standing, caller, standing, question)
        if stood is not None:
            return Answered(stood, desk.province, desk.clock.today(), stood.agency)
    first = desk.call(ask, caller, question)
    if isinstance(first, StatusesNeeded):
        first = desk.call(answer_progress, caller, first)
        # a unit's list, or a task its unit owes, may stand for a withdrawn task's words
        if first.answer.intent not in ("agency", "task"):
            return first
    if _may_name_withdrawn(desk, first):
        said = desk.call(withdrawn_said, caller, question, _task_ids(first))
        return _withdrawn_answer(first, said)
    return first


def _may_name_withdrawn(desk: Desk, found: Answered) -> bool:
    """A letter's tasks were ever published (a version of the letters exists), and the answer
    is not a row (a row found is what was asked; a task's own words may fit a withdrawn one
    better than the task found)."""
    return bool(desk.letters_number) and found.answer.intent not in ("service", "item")


def _task_ids(found: Answered) -> tuple[str, ...]:
    return tuple(view.task.id for view in found.answer.tasks)


def _withdrawn_answer(found: Answered, said: str | None) -> Answered:
    """The answer replaced by what is said of the withdrawn task it names (the generic list,
    "không có trong danh mục" or another task said nothing of it)."""
    if said is None:
        return found
    answer = replace(
        found.answer, intent="task", items=[], tasks=[], html=said, close=False, sure=True
    )
    return replace(found, answer=answer)


def officer_of(desk: Desk, agency: str) -> Caller:
    """Someone asking as an approved officer of `agency` (the command line's --agency): "bên
    em" is that agency; nobody is registered for it."""
    registration = Registration(0, "", agency, OfficerState.APPROVED, False)
    return Caller(0, None, officers.actor(0, registration, []), registration)


@use_case(writes=False)
def lookup(desk: Desk, caller: Caller | None, key: str) -> Answered:
    """/muc <key>: the row, and where the asker's unit (else its leads) stands on its dates,
    from the statuses, as a question naming it is answered (row_standing_answers.py)."""
    today = desk.clock.today()
    province = desk.province
    answer = _remembered(
        desk, ("muc", key, today), lambda: desk.assistant.lookup(key, province, today)
    )
    agency = caller.agency if caller else None
    answer = _with_standing(desk, answer, agency)
    return Answered(answer, province, today, agency)


def _with_standing(desk: Desk, answer: Answer, agency: str | None) -> Answer:
    marks, today = desk.statuses().marks, desk.clock.today()
    catalogue = desk.catalogue
    return with_row_standing(catalogue, answer, agency, desk.province, today, marks)


@use_case(writes=False)
def show_row(desk: Desk, caller: Caller | None, row: str) -> RowShown | Refusal:
    """A row chosen by its button (by its reference), with where the unit stands on it, as a
    question naming it is answered."""
    key = refs.item_key(desk, row)
    found = desk.catalogue.rows.get(key) if key else None
    if found is None:
        return Refusal("Nút này không còn hợp lệ. Hãy hỏi lại.")
    today, province = desk.clock.today(), desk.province
    agency = caller.agency if caller else None
    view = row_view(found, province, today, agency)
    card = Answer("item", agency, [view], [], row_full(view, province, today, agency))
    html = _with_standing(desk, card, agency).html
    return RowShown(view, province, today, agency, html)


@use_case(database=False)
def show_task(desk: Desk, caller: Caller | None, task: str) -> Answered | Refusal:
    """A task chosen by its button (by its reference), in full, as a question naming it alone
    is answered."""
    key = refs.item_key(desk, task)
    found = desk.province.task_at(key) if key else None
    if found is None:
        return Refusal("Nút này không còn hợp lệ. Hãy hỏi lại.")
    today, province = desk.clock.today(), desk.province
    agency = caller.agency if caller else None
    # pressed for it: in full, the steps too for a unit that only supports the task
    answer = desk.assistant.task(found[0], province, today, agency, full=True)
    return Answered(answer, province, today, agency)
