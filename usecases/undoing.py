"""Undoing a status change (its "Hoàn tác" button), and the caller's last write and what undoing
it would do: /hoantac undoes it as its own "Hoàn tác" button would; "hoàn tác" typed as text
offers that button (never a silent undo).

The last write is the newest of the caller's last status change, last submission, last change
of the province's letters (a coordinator's publication, withdrawal, end, deadline move:
usecases/letter_acts.py, undone by the letters' own "Hoàn tác") and last version of the
assignment table (usecases/table_undo.py); an older write is only named beside it. A status
change a submission appended (the task marked sent) is undone with its submission, never alone.
When the last write is itself an undo (a status put back, a submission undone), nothing is undone
again in silence: the chat says what was undone and, while the undo's own "Hoàn tác" still
could, offers to write the status back by a button (the same as that button).
"""

from __future__ import annotations

from datetime import datetime

from db.blank_form_repo import BlankFormView
from db.submission_repo import SubmissionView
from knowledge.deliverables.submission_undo import form_name, may_undo
from knowledge.messages.press_skips import Skipped
from knowledge.messages.undo_spent import already_redone, already_undone
from knowledge.reader.prompt_ends import (
    asks_undo,
)
from knowledge.render.answers import esc
from knowledge.rules.last_act import Act, newest_act, not_before, undoes_letters
from knowledge.rules.one_press import same_press
from knowledge.rules.redo import redo, redone_by, undone_by
from knowledge.rules.sent_days import corrected_day
from knowledge.rules.status_undo import newer_change, undo
from knowledge.rules.statuses import WINDOW_MINUTES, Change
from usecases import last_press
from usecases.behalf_told import record_told
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.last_writes import LastWrite
from usecases.letter_acts import LettersAct, last_letters_act
from usecases.letter_forms import FormDetached, undo_blank_form
from usecases.move_undo import UndoPastAsked
from usecases.publishing import LettersRestored, undo_version
from usecases.results import UNCHANGED, Refusal, Refused, known_id
from usecases.runner import use_case
from usecases.status_results import AllRecorded, replaced_note
from usecases.statuses import Recorded
from usecases.submission_undo import SubmissionUndone, undo_submission
from usecases.table_undo import last_table, table_refusal
from usecases.tables import TableRestored, undo_table
from usecases.task_titles import task_title
from usecases.write_order import written_after


@use_case(writes=True)
def undo_status(desk: Desk, caller: Caller, change_id: int) -> Recorded | Refusal:
    """Append the status and note before that change, if the core allows; one a submission
    made is undone with it (usecases/submission_undo.py), never alone."""
    repo = desk.repo
    change = repo.change(change_id) if known_id(change_id) else None
    if change is not None and change.undoes is not None:
        return redo_status(desk, caller, change.id)  # an undo is not undone: it is redone
    if change is not None:
        taken = undone_by(change, repo.history(change.key))
        if taken is not None:  # pressed again: said, nothing written
            return Refusal(already_undone(change, taken))
    sent = desk.submissions.marking(change.id) if change is not None else None
    if sent is not None:
        return Refusal(
            Refused.STATUS_OF_SUBMISSION, form=form_name(sent.form), version=sent.version
        )
    withdrawn = desk.submissions.restoring(change.id) if change is not None else None
    if withdrawn is not None:  # the status a submission's undo put back: send it again instead
        return Refusal(
            Refused.STATUS_OF_SUBMISSION_UNDO,
            form=form_name(withdrawn.form),
            version=withdrawn.version,
            key=withdrawn.task,
        )
    previous = repo.before(change) if change else None
    latest = repo.current(change.key, change.agency) if change else None
    now = desk.clock.now()
    decision = undo(
        desk.province, caller.actor, change, previous, latest.id if latest else None, now
    )
    if isinstance(decision, Refusal):
        return _named_newer(desk, caller, change, latest, decision)
    assert change is not None
    # Undone by someone who does not act for the unit (an admin): that too is "ghi thay".
    behalf = caller.writer if change.agency != caller.agency else None
    restored = repo.record_after(
        change, decision.status, decision.note, caller.user_id, now, behalf, decision.sent_on
    )
    if restored is None:  # another change came in between our read and our write
        return newer_change(change)
    record_told(desk, restored)  # the unit's record taken back for it: told as the write was
    # a corrected day sent undone: the day it put back, quoted beside the one it takes back
    day_was = corrected_day(change, restored.new, restored.sent_on)
    return Recorded(
        restored,
        undone=True,
        day_was=day_was,
        title=task_title(desk, change.key),
        note_was=replaced_note(change, restored),
    )


@use_case(writes=True)
def redo_status(desk: Desk, caller: Caller, undo_id: int) -> Recorded | Refusal:
    """ "↪️ Làm lại" under an undo's receipt: the status it took back written again, as a write
    of its own (knowledge/rules/redo.py); pressed again, what it already wrote is said."""
    repo = desk.repo
    taken = repo.change(undo_id) if known_id(undo_id) else None
    undone = repo.change(taken.undoes) if taken and taken.undoes is not None else None
    if taken is None or undone is None:
        return Refusal(Refused.CHANGE_NOT_FOUND)
    withdrawn = desk.submissions.restoring(taken.id)
    if withdrawn is not None:  # a submission's undo: sending again is the way back, not a redo
        return Refusal(
            Refused.STATUS_OF_SUBMISSION_UNDO,
            form=form_name(withdrawn.form),
            version=withdrawn.version,
            key=withdrawn.task,
        )
    history = repo.history(taken.key)
    again = redone_by(taken, undone, history)
    if again is not None:
        return Refusal(already_redone(taken, again))
    latest = repo.current(taken.key, taken.agency)
    now = desk.clock.now()
    decision = redo(desk.province, caller.actor, taken, undone, latest.id if latest else None, now)
    if isinstance(decision, Refusal):
        return _named_newer(desk, caller, taken, latest, decision)
    behalf = caller.writer if taken.agency != caller.agency else None
    written = repo.record_unless(
        taken.key,
        taken.agency,
        decision.status,
        decision.note,
        caller.user_id,
        now,
        lambda last: last is None or last.id != taken.id,  # a write came in between
        behalf,
        decision.sent_on,
    )
    if written is None:
        return newer_change(taken)
    record_told(desk, written)
    return Recorded(
        written,
        redone=True,
        title=task_title(desk, taken.key),
        note_was=replaced_note(taken, written),
    )


def _named_newer(
    desk: Desk, caller: Caller, change: Change | None, latest: Change | None, refused: Refusal
) -> Refusal:
    """A newer change stands: whose and what it is ("Lê Thị Dung ghi Đang kiểm thử lúc …"),
    rather than only that there is one."""
    if refused.code != Refused.NEWER_STATUS_CHANGE or change is None or latest is None:
        return refused
    if latest.by == caller.user_id:
        by = "bạn"
    else:
        officer = desk.repo.officer(latest.by)
        by = latest.behalf or (officer.name if officer else f"người dùng {latest.by}")
    return newer_change(change, latest, by)


@use_case(database=False)
def undo_asked(desk: Desk, text: str) -> bool:
    """A message asking to take back the last write ("hoàn tác", "huỷ thao tác vừa rồi")."""
    return desk.remembered("undo", text, lambda: asks_undo(text))  # every text: read once


def _versions(desk: Desk, sent: SubmissionView) -> tuple[SubmissionView | None, ...]:
    """(accepted, before): the unit's accepted version of that form now, and the latest version
    before `sent` not undone."""
    versions = desk.submissions.submissions(
        task=sent.task, agency=sent.agency, form=sent.form, latest_only=False
    )
    live = [v for v in versions if not v.undone]
    before = next((v for v in reversed(live) if v.id < sent.id), None)
    return (live[-1] if live else None), before


@use_case()
def last_write(desk: Desk, caller: Caller) -> LastWrite:
    table = last_table(desk, caller)
    found = _last_write(desk, caller, table.version.at if table else None)
    if found is not None:
        return found
    assert table is not None  # the table's version is the newest write
    if table.version.restores is not None:  # a step back itself: said, not undone again
        return LastWrite(
            refusal=Refusal(
                f"Bạn vừa đưa bảng phân công về phiên bản {table.version.restores} (nay là "
                f"phiên bản {table.version.number}); không còn gì để hoàn tác. {UNCHANGED}"
            )
        )
    refused = table_refusal(desk, table.version.number)
    older = _last_write(desk, caller, None)
    offered = older is not None and any(
        (older.change, older.submission, older.letters, older.blank_form)
    )
    return (
        LastWrite(refusal=refused)
        if refused
        else LastWrite(table=table, older=older if offered else None)
    )


def _last_write(desk: Desk, caller: Caller, table_at: datetime | None) -> LastWrite | None:
    """The caller's last write other than a table's version; None when `table_at` (that
    version's time) is newer than all of them."""
    repo, subs = desk.repo, desk.submissions
    change = repo.latest_by(caller.user_id)
    sent = subs.latest_by(caller.user_id)
    act = last_letters_act(desk, caller)
    blank = desk.blank_forms.latest_by(caller.user_id) if desk.blank_forms else None
    newest = newest_act(
        {
            Act.STATUS: change.at if change else None,
            Act.SUBMISSION: sent.submitted_at if sent else None,
            Act.LETTERS: act.version.at if act else None,
            Act.BLANK_FORM: blank[0].at if blank else None,
            Act.TABLE: table_at,
        }
    )
    if newest == Act.TABLE:
        return None
    if act is not None and newest != Act.LETTERS and _letters_last(desk, act, change, sent, blank):
        newest = Act.LETTERS  # written after the others, in the same instant (ux28)
    if act is not None and newest == Act.LETTERS:
        return _letters_write(act)
    if blank is not None and newest == Act.BLANK_FORM:
        form, undone = blank
        return LastWrite(blank_form_undone=form) if undone else LastWrite(blank_form=form)
    return _row_write(desk, caller, change, sent)


def _letters_last(
    desk: Desk,
    act: LettersAct,
    change: Change | None,
    sent: SubmissionView | None,
    blank: tuple[BlankFormView, bool] | None,
) -> bool:
    """The change of the letters was written after the person's other acts, by each table's
    order of writing (db/act_order.py), when they share its time: the times cannot say."""
    at = act.version.at
    others = [
        (change.at if change else None, change.id if change else 0, "status"),
        (sent.submitted_at if sent else None, sent.id if sent else 0, "submission"),
        (blank[0].at if blank else None, blank[0].id if blank else 0, "blank_form"),
    ]
    if not any(
        when is not None and not_before(at, when) and not_before(when, at) for when, _, _ in others
    ):
        return False  # no tie: the times said it
    assert desk.letters is not None
    before = desk.letters.acts_before(act.version.by or 0, act.version.number)
    return before is not None and all(i <= before[kind] for _, i, kind in others)


def _letters_write(act: LettersAct) -> LastWrite:
    """The caller's last act changed the letters: undone by their "Hoàn tác" while it may be."""
    if undoes_letters(act.version.action, act.version.restores):
        return LastWrite(undone_letters=act)
    if not act.in_force:
        return LastWrite(
            refusal=Refusal(
                f"Thay đổi gần nhất của bạn: {esc(act.line)}. Đã có thay đổi mới hơn về công "
                "văn nên không hoàn tác được; xem /congvan lichsu. Không có gì thay đổi."
            )
        )
    if not act.in_window:
        return LastWrite(
            refusal=Refusal(
                f"Thay đổi gần nhất của bạn: {esc(act.line)}. Đã quá {WINDOW_MINUTES} phút: "
                "không hoàn tác bằng /hoantac được nữa; quay lại phiên bản "
                f"{act.version.number - 1} trong /congvan lichsu. Không có gì thay đổi."
            )
        )
    return LastWrite(letters=act)


def _row_write(
    desk: Desk, caller: Caller, change: Change | None, sent: SubmissionView | None
) -> LastWrite:
    """The caller's last write of a row or task: a status change or a submission."""
    repo, subs, now = desk.repo, desk.submissions, desk.clock.now()
    withdrawn = subs.restoring(change.id) if change is not None else None
    if (
        withdrawn is not None
        and change is not None
        and (sent is None or change.at >= sent.submitted_at)
    ):
        return LastWrite(undone_submission=withdrawn)  # the status its undo put back
    if sent is not None and change is not None:
        # the status change a submission appended, or its undo's, goes with the submission
        if change.id == sent.marked or withdrawn is not None:
            change = None
        elif change.at > sent.submitted_at or written_after(change, sent):
            sent = None
    if change is None and sent is None:
        return LastWrite(refusal=Refusal(Refused.NOTHING_TO_UNDO))
    if sent is not None and (change is None or sent.submitted_at >= change.at):
        if sent.undone:
            return LastWrite(undone_submission=sent)
        accepted, before = _versions(desk, sent)
        allowed = may_undo(caller.actor, sent, accepted, before, now)
        if isinstance(allowed, Refusal):
            return LastWrite(refusal=allowed)
        return LastWrite(submission=sent, form=form_name(sent.form))
    assert change is not None
    latest = repo.current(change.key, change.agency)
    latest_id = latest.id if latest else None
    if change.undoes is not None:
        # what "Hoàn tác" under that undo would do: put the undone status back
        again = undo(desk.province, caller.actor, change, None, latest_id, now)
        undone = repo.change(change.undoes)
        return LastWrite(undone=change, redo=undone if not isinstance(again, Refusal) else None)
    previous = repo.before(change)
    decision = undo(desk.province, caller.actor, change, previous, latest_id, now)
    if isinstance(decision, Refusal):
        return LastWrite(refusal=_named_newer(desk, caller, change, latest, decision))
    return LastWrite(change=change, batch=_same_press(desk, caller, change))


BATCH_REACH = 200  # a press writes at most a range's 30 rows; ids between may be others' writes


def _same_press(desk: Desk, caller: Caller, change: Change) -> tuple[Change, ...]:
    """The changes the chat's last "Ghi cả n" press wrote, when `change` is one of them (the
    caller's, at one moment: knowledge/rules/one_press.py); () when it was written alone."""
    press = last_press.press_of(desk, caller, change.id)
    if press is None:
        return ()
    first, last = press
    found = desk.repo.changes_between(first - 1, last)
    return tuple(c for c in found if same_press(change, c))


@use_case(writes=True)
def undo_press(desk: Desk, caller: Caller, first: int, last: int) -> AllRecorded | Refusal:
    """The "Hoàn tác" of one "Ghi cả n" press: each change from `first` to `last` that the same
    person made at the same moment as `first` (other people's changes between are not touched),
    undone as its own button would, each said."""
    start = desk.repo.change(first)
    if start is None or start.by != caller.user_id or not 0 <= last - first < BATCH_REACH:
        return Refusal(f"Không tìm thấy các mục vừa ghi. {UNCHANGED}")
    written: list[Recorded] = []
    refused: list[Skipped] = []
    for change_id in range(first, last + 1):
        change = desk.repo.change(change_id)
        if change is None or not same_press(start, change):
            continue
        done = undo_status(desk, caller, change_id)
        if isinstance(done, Recorded):
            written.append(done)
        else:
            refused.append(Skipped(change.key, change.agency, done.reason))
    return AllRecorded(tuple(written), tuple(refused), undone=True)


@use_case(writes=True)
def undo_latest(
    desk: Desk, caller: Caller
) -> (
    Recorded
    | SubmissionUndone
    | LettersRestored
    | UndoPastAsked
    | FormDetached
    | AllRecorded
    | TableRestored
    | LastWrite
    | Refusal
):
    """/hoantac: the caller's last write undone as its "Hoàn tác" button would (the same person,
    within 10 minutes, while nothing newer was written for it); an undo is not undone again:
    what it undid is said and its redo offered (`LastWrite`)."""
    found = last_write(desk, caller)
    if found.batch:  # the rows of one "Ghi cả n" press: all taken back, as its receipt's button
        return undo_press(desk, caller, found.batch[0].id, found.batch[-1].id)
    if found.change is not None:
        return undo_status(desk, caller, found.change.id)
    if found.submission is not None:
        return undo_submission(desk, caller, found.submission.id)
    if found.letters is not None:
        return undo_version(desk, caller, found.letters.version.number)
    if found.blank_form is not None:
        return undo_blank_form(desk, caller, found.blank_form.id)
    if found.table is not None:
        return undo_table(desk, caller, found.table.version.number)
    return found.refusal or found
