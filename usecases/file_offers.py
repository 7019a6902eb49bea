"""A file a unit sends with no task named surely, offered for a press: the files the unit owes
now, or the tasks of the reminder of several it replies to (usecases/file_targets.file_key says
which), one button each, those the file's own words name first; kept only on the press, as
usecases/handed_files.hand_in keeps a file named at once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date

from db.submission_repo import SubmissionView
from knowledge.calendar.deadlines import days_between, describe_days
from knowledge.catalogue.model import Task, split_key
from knowledge.catalogue.reported import reported_label
from knowledge.deliverables.document_kinds import titled_kind, unlike_report
from knowledge.deliverables.file_claims import (
    FileClaims,
    claimed_occurrences,
    clash,
    read_claims,
)
from knowledge.deliverables.file_evidence import file_words, named_first
from knowledge.deliverables.forms import task_forms
from knowledge.deliverables.handed_files import FILE_FORM, file_tasks
from knowledge.deliverables.period_begun import Early, begun_due, month_not_begun, not_begun
from knowledge.deliverables.period_readings import figures_label
from knowledge.deliverables.tracking import ended_day
from knowledge.messages.markup import esc, key_tag, typed_key
from knowledge.rules.statuses import Status
from usecases import prompts, refs
from usecases.callers import Caller
from usecases.deadline_now import occurrence_due
from usecases.desk import Desk
from usecases.drafts import BEHALF_SLOT, FILE_SLOT, keep_file, kept_file
from usecases.file_units import other_unit
from usecases.handed_files import target_of
from usecases.occurrences import occurrence_for
from usecases.prompts import FilePrompt
from usecases.reply_files import named_instead
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.task_titles import task_title

TAG_CHARS = 8  # a file's mark on its buttons: within callback data's 64 bytes


@dataclass(frozen=True)
class FileOffered:
    """A file sent with no task named, offered for the one the unit owes: nothing kept yet."""

    key: str
    task: Task
    due: date | None
    name: str
    again: bool = False  # the unit already sent a file for it: this one is a new version
    named: bool = False  # the file's name or title rows name it (file_evidence.py): put first
    title: str = ""  # the task's short title, which its button leads with (ux23 #2)
    clash: str = ""  # what the file prints that this task is not ("Mẫu số 01", "THÁNG 7/2021")
    # the period it reports has not begun (ux32 #2): offered after the one due now, said so
    early: Early | None = None
    # the two months a file for it may print where the letter leaves it open (ux37 #1): its
    # own ("tháng 10/2021") and the month whose figures it holds ("tháng 9/2021"); else ()
    months: tuple[str, ...] = ()
    late: str = ""  # "quá hạn 31 ngày" when past its date: each occurrence's own (u54 #4)


@dataclass(frozen=True)
class FileOffer:
    """The choices a file is offered for, and what the file says of itself that the officer
    should weigh before pressing (file_claims.py): nothing kept yet."""

    choices: tuple[FileOffered, ...]  # those with a clash get no button
    agency: str
    claims: FileClaims
    other_unit: str | None = None  # the unit its unit line or title names, not the sender's
    asked: str | None = None  # the task the sender named, which the file doubts: pressable
    # the kind of paper it is titled by when it looks like no report or form ("GIẤY MỜI",
    # document_kinds.py): none put forward, said above the choices and in the receipt
    unlike: str = ""
    # `asked` is the task of the reminder the file replies to, not one typed: a button for it
    # only when the file does not contradict it (ux37 #2)
    by_reply: bool = False

    @property
    def pressable(self) -> tuple[FileOffered, ...]:
        named = self.asked if not self.by_reply else None
        return tuple(c for c in self.choices if not c.clash or c.key == named)


@use_case(writes=True)
def offer_file(
    desk: Desk,
    caller: Caller,
    keys: tuple[str, ...],
    file_id: str,
    name: str,
    head: str = "",
    unit: str | None = None,
    asked: bool = False,
    by_reply: bool = False,
    received: date | None = None,
) -> FileOffer | Refusal:
    """The chat waits for the press that hands this file in for one of `keys` (what a reply to
    the reminder of one task does at once: here nothing names the task surely, so it is
    asked): the one file the unit owes, or the tasks a reminder of several names. Those the
    file's name or a workbook's title rows (`head`) name come first ("bc_stp_mau02.docx": the
    task on Mẫu số 02, not the one listed first by date); none named, none put forward. What the
    file prints of itself (file_claims.py) is weighed too (ux30 #1, #2): the month's occurrence
    it reports is offered even when sent already (a new version), a choice it contradicts (another
    form, another month) is neither put forward nor pressable, and a unit line naming another
    unit is said beside the choices. `unit`: the unit an admin keeps the file for ("ghi
    thay", after a `/nop` that named it and no task it reads). `asked`: the one key was named
    (`/nop`, a reply to its reminder) and the file doubts it: pressable all the same, unless
    named by a reply (`by_reply`) and contradicted: the task the file names is offered then."""
    weighed = _weigh(desk, caller, keys, name, head, unit, asked, by_reply)
    if isinstance(weighed, Refusal):
        return weighed
    pressable = [c.key for c in weighed.pressable]
    if unit is not None and caller.chat_id is not None:
        kept_file(desk, caller, BEHALF_SLOT)  # the ghi thay a command ended: now this offer
    if pressable:
        assert caller.chat_id is not None
        others = tuple(pressable[1:])
        stored = desk.submissions.submissions(agency=weighed.agency, latest_only=False)
        seen = max((s.id for s in stored), default=0)
        # a dated ghi thay (`received`) keeps its day through the press
        prompt = FilePrompt(
            pressable[0], weighed.agency, file_id, name, others, weighed.unlike, seen, received
        )
        prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    return weighed


@use_case(writes=False)
def doubted(
    desk: Desk,
    caller: Caller,
    key: str,
    name: str,
    head: str,
    unit: str | None = None,
    by_reply: bool = False,
) -> bool:
    """Whether a file sent for a task named (`/nop`, a reply to its reminder, the file the chat
    waits for) prints what says otherwise: another month or form, another unit's line, or
    the month of another occurrence. Then it is asked about (`offer_file`), not kept at once."""
    weighed = _weigh(desk, caller, (key,), name, head, unit, True, by_reply)
    if isinstance(weighed, Refusal):
        return False  # hand_in says why
    return (
        weighed.other_unit is not None
        or bool(weighed.unlike)  # a paper like no report: kept only on a press (ux34 #2)
        or any(c.clash or c.key != weighed.asked for c in weighed.choices)
    )


def _ended(desk: Desk, key: str) -> bool:
    found = desk.province.task_at(key)
    return found is not None and ended_day(*found) is not None


def _weigh(
    desk: Desk,
    caller: Caller,
    keys: tuple[str, ...],
    name: str,
    head: str,
    unit: str | None,
    asked: bool,
    by_reply: bool = False,
) -> FileOffer | Refusal:
    """The choices, ordered and weighed by what the file says (nothing written)."""
    targets = [target_of(desk, caller, key, name, unit) for key in keys]
    found = [t for t in targets if not isinstance(t, Refusal)]
    if not found:
        refused = targets[0]
        assert isinstance(refused, Refusal)
        return refused
    agency = found[0][1]
    claims = read_claims(file_words(name), head)
    own = file_tasks(desk.province, agency, name or None)
    claimed = _owed_first(desk, agency, claimed_occurrences(claims, own, desk.clock.today()))
    offered = tuple(dict.fromkeys(key for key, _ in found))
    if asked and found[0][0] in claimed:  # the occurrence named is one the file may be: it
        claimed = (found[0][0],)
    claimed = tuple(
        k
        for k in claimed
        if k in offered or not isinstance(target_of(desk, caller, k, name, unit), Refusal)
    )
    offered = tuple(dict.fromkeys((*claimed, *offered)))
    if asked and by_reply:  # the reminder's task, and those the file names instead (ux37 #2)
        instead = named_instead(desk, agency, found[0][0], name, head, claims)
        offered = tuple(dict.fromkeys((*instead, *offered)))
    # a task (or period) whose tracking was ended collects nothing: never offered (u47 #1)
    tracked = tuple(k for k in offered if not _ended(desk, k))
    offered = tracked or offered
    chosen, named = _named_first(desk, agency, offered, name, head)
    picked = tuple(k for k in claimed if k in chosen)
    if picked:  # the month the file prints, of the form it prints: those first, owed first
        chosen, named = (*picked, *(k for k in chosen if k not in picked)), frozenset(picked)
    if not asked:  # an occurrence named (`/nop … T11/2021`) is the officer's: its receipt says it
        chosen = _begun_first(desk, caller, agency, chosen, name, unit)
    choices = [_offered(desk, key, agency, name, key in named) for key in chosen]
    laid_out = {c.task.id for c in choices if task_forms(desk.province, c.task.id)}
    # a month not begun yet is no evidence against the one due now ("tháng 5" sent on 22/4)
    weighed = claims
    if month_not_begun(claims.month, desk.clock.today()):
        weighed = replace(claims, month=None, period_text="")
    choices = [
        replace(c, clash=clash(weighed, c.task, split_key(c.key)[1], c.task.id in laid_out))
        for c in choices
    ]
    if claims.month is not None:  # which months each may be, where the letter leaves it open
        choices = [c if c.clash else replace(c, months=_months(c)) for c in choices]
    other = other_unit(desk, agency, claims)
    # an occurrence not begun is never put forward over its task's occurrence due now
    begun = {c.task.id for c in choices if c.early is None}
    choices = [replace(c, named=c.named and not (c.early and c.task.id in begun)) for c in choices]
    # a paper titled by another kind of document, with no form or period of its own (a
    # meeting invitation, ux34 #2): like no report, none put forward
    printed = [text for c in choices for text in (c.task.title, c.task.form)]
    unlike = unlike_report(claims, titled_kind(file_words(name), head), name, printed)
    # a choice the file contradicts is never put forward, nor any for a file of another unit
    lone = other is None and not unlike
    choices = [replace(c, named=c.named and not c.clash and lone) for c in choices]
    asked_key = found[0][0] if asked else None
    return FileOffer(tuple(choices), agency, claims, other, asked_key, unlike, by_reply)


def _months(offered: FileOffered) -> tuple[str, ...]:
    due = split_key(offered.key)[1]
    figures = figures_label(offered.task, due) if due is not None else ""
    return (reported_label(offered.task, due), figures) if due and figures else ()


def _owed_first(desk: Desk, agency: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The occurrences a file's month may be (ux37 #1), those the unit has not sent first: a
    late report titled by the month it reports on is offered for the occurrence still owed
    before the copy it would replace."""

    def sent(key: str) -> bool:
        current = desk.repo.current(key, agency)
        return current is not None and current.new == Status.HOAN_THANH

    return tuple(sorted(keys, key=sent))


def _offered(desk: Desk, key: str, agency: str, name: str, named: bool) -> FileOffered:
    task = desk.province.task(split_key(key)[0])
    assert task is not None
    again = bool(desk.submissions.submissions(task=key, agency=agency, form=FILE_FORM))
    # the date in force: a moved occurrence's key keeps its scheduled date (ux37 #7)
    scheduled = split_key(key)[1]
    due = occurrence_due(task, scheduled) if scheduled is not None else task.due
    early = not_begun(task, split_key(key)[1], desk.clock.today())
    title = task_title(desk, key)
    today = desk.clock.today()
    late = describe_days(today, due) if due is not None and days_between(today, due) < 0 else ""
    return FileOffered(key, task, due, name, again, named, title, early=early, late=late)


def _begun_first(
    desk: Desk,
    caller: Caller,
    agency: str,
    keys: tuple[str, ...],
    name: str,
    unit: str | None,
) -> tuple[str, ...]:
    """`keys` with the occurrences whose period has begun first, and an occurrence whose period
    has not begun never offered alone: the one of its task due now is put before it (ux32 #2:
    "tháng 5" sent on 22/4 had May's button alone, and one press closed May)."""
    today = desk.clock.today()

    def early(key: str) -> bool:
        task_id, due = split_key(key)
        task = desk.province.task(task_id)
        return task is not None and not_begun(task, due, today) is not None

    ordered: list[str] = []
    for key in keys:
        if early(key):
            task_id = split_key(key)[0]
            # the same task's occurrence due now: one offered already, else the standing one
            now = next((k for k in keys if split_key(k)[0] == task_id and not early(k)), None)
            if now is None:
                now = _due_now(desk, task_id, agency)
                if now is not None and isinstance(
                    target_of(desk, caller, now, name, unit), Refusal
                ):
                    now = None
            if now is not None:
                ordered.append(now)
        ordered.append(key)
    return tuple(dict.fromkeys(ordered))


def _due_now(desk: Desk, task_id: str, agency: str) -> str | None:
    """The occurrence of a recurring task a file sent today is for at the latest: the one the
    standing rule says the unit owes, else the latest whose period has begun."""
    task = desk.province.task(task_id)
    if task is None:
        return None
    owed = occurrence_for(desk, task_id, agency)
    if not_begun(task, split_key(owed)[1], desk.clock.today()) is None and owed != task_id:
        return owed
    latest = begun_due(task, desk.clock.today())
    return task.key_of(latest) if latest is not None else None


def _named_first(
    desk: Desk, agency: str, keys: tuple[str, ...], name: str, head: str
) -> tuple[tuple[str, ...], frozenset[str]]:
    """`keys` with those the file's own words name first (its name, a workbook's title rows),
    read as `/nop <words>` reads a unit's words among its tasks; and those."""
    words = " ".join(filter(None, (file_words(name), head)))
    if len(keys) < 2 or not words:
        return keys, frozenset()
    pool = [t for t in desk.province.tasks if t.id in {split_key(k)[0] for k in keys}]
    province, today = desk.province, desk.clock.today()
    said = desk.assistant.tasks_in_file(words, today, province, agency, pool)
    return named_first(keys, {t.id for t in said.tasks}, said.due)


def file_tag(file_id: str) -> str:
    """A short mark of one file, carried by its offer's buttons: a button of an older message
    never hands in the file sent after it for the same task."""
    return hashlib.sha256(file_id.encode()).hexdigest()[:TAG_CHARS]


@use_case(writes=True)
def offered_file(
    desk: Desk, caller: Caller, reference: str, tag: str | None = None
) -> FilePrompt | Refusal:
    """The press of `offer_file`'s button (`tag`: its file's `file_tag`; None on a button
    made before the tag): the file to download and hand in (`hand_in`)."""
    assert caller.chat_id is not None
    waiting = prompts.peek(desk, caller.chat_id, caller.user_id)
    prompt = waiting.prompt if waiting is not None else None
    key = refs.item_key(desk, reference)

    def pressed(found: object) -> bool:
        return (
            isinstance(found, FilePrompt)
            and key in found.keys
            and (tag is None or file_tag(found.file_id) == tag)
        )

    if pressed(prompt):
        prompts.take(desk, caller.chat_id, caller.user_id)
    else:
        # its wait ended (a command, a question, another file): the buttons are still the
        # file's, kept with them (usecases/drafts.keep_file), so the officer never resends it
        kept = kept_file(desk, caller, FILE_SLOT)
        if pressed(kept):
            prompt = kept
        else:
            if isinstance(kept, FilePrompt):  # another file's: still kept for its own buttons
                keep_file(desk, caller.chat_id, caller.user_id, kept)
            if not isinstance(prompt, FilePrompt):
                prompts.take(desk, caller.chat_id, caller.user_id)
    if not pressed(prompt) or key is None or not isinstance(prompt, FilePrompt):
        return Refusal(
            "Lựa chọn này đã hết hiệu lực: gửi lại tệp kèm chú thích <code>/nop &lt;mã nhiệm "
            "vụ&gt;</code>. Không có gì được lưu."
        )
    later = _kept_since(desk, key, prompt)
    if later is not None:  # the old offer would replace the file sent since (u51 #3)
        if caller.chat_id is not None:
            keep_file(desk, caller.chat_id, caller.user_id, prompt)  # its other buttons
        return Refusal(
            f"{key_tag(key)} đã có tệp {esc(later.file_name)} nộp sau ("
            f"{later.submitted_at:%H:%M %d/%m/%Y}): nút cũ này không thay tệp đó. Muốn thay: "
            f"gửi lại tệp kèm chú thích <code>/nop {typed_key(key)}</code>. Không có gì thay đổi."
        )
    return replace(prompt, key=key, others=())


def _kept_since(desk: Desk, key: str, prompt: FilePrompt) -> SubmissionView | None:
    """The unit's file kept for `key` after the offer was made, if any (still counted)."""
    if prompt.seen is None:
        return None
    kept = desk.submissions.submissions(task=key, agency=prompt.agency)
    return next((s for s in reversed(kept) if s.id > prompt.seen), None)
