"""A unit's submission undone by its "Hoàn tác": a form (BIỂU 02, Phụ lục I–IV, sent in the chat
or as a filled template) or a file handed in for a task the bot has no layout of.

The rule is knowledge/deliverables/submission_undo.py's (within WRITE_WINDOW, by whoever sent it
or an admin, while it is still the unit's accepted version). The version before it is accepted
again as it was (or none), and when the submission had written its task's status (sent whole, or
a first part under way) the status before it is appended back (the status undo's own rule; a
first part's "Đang thực hiện" stays while the task is still under way without it); both are
appended in one unit of work, nothing is removed, and the undo is logged (`submission_undos`).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.submission_repo import SubmissionView
from knowledge.catalogue.model import split_key
from knowledge.deliverables.forms import Form
from knowledge.deliverables.submission_undo import form_name, may_undo
from knowledge.deliverables.submissions import missing_forms
from knowledge.messages.undo_spent import submission_undone
from knowledge.rules.status_undo import newer_change, undo
from knowledge.rules.statuses import Change, Status
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.proposal_sync import BEFORE, Synced, hold
from usecases.results import Refusal, known_id
from usecases.runner import use_case
from usecases.task_titles import task_title

__all__ = ["SubmissionUndone", "undo_submission"]


@dataclass(frozen=True)
class SubmissionUndone:
    form: str  # the form's name ("Phụ lục I"), or "tệp"
    key: str  # the task, or the occurrence of a recurring task
    agency: str
    version: int  # the version undone
    at_text: str  # when it had been sent, "HH:MM dd/mm/YYYY"
    restored: SubmissionView | None  # the version accepted again (None: none is)
    status: Change | None  # the task's status put back (the status the submission had written)
    missing: tuple[Form, ...]  # the task's forms the unit now lacks (none for a file)
    behalf: str | None  # "ghi thay": undone by an admin for the unit
    synced: Synced | None = None  # BIỂU 02: the unit's proposals put back as before it
    title: str = ""  # the task's short title ("Biểu 02"): the receipt leads with it (ux23 #2)


def _at(view: SubmissionView) -> str:
    return view.submitted_at.strftime("%H:%M %d/%m/%Y")


def _part_stays(desk: Desk, sent: SubmissionView, change: Change, replaced: bool) -> bool:
    """The "Đang thực hiện" a first part wrote stays when the task is still under way without
    it — another of its forms is still sent, or the version before is accepted again — or when
    a newer status came since (the unit's own, or the task sent whole): that one stands, and
    the part is undone alone."""
    if change.new == Status.HOAN_THANH:
        return False  # the task marked sent: its status goes back with it, as any undo's
    latest = desk.repo.current(change.key, change.agency)
    if latest is None or latest.id != change.id or replaced:
        return True
    sent_now = desk.submissions.submissions(task=sent.task, agency=sent.agency)
    return any(s.form != sent.form for s in sent_now)


@use_case(writes=True)
def undo_submission(desk: Desk, caller: Caller, submission_id: int) -> SubmissionUndone | Refusal:
    subs, repo = desk.submissions, desk.repo
    sent = subs.get(submission_id) if known_id(submission_id) else None
    accepted = before = None
    if sent is not None:
        versions = subs.submissions(
            task=sent.task, agency=sent.agency, form=sent.form, latest_only=False
        )
        live = [v for v in versions if not v.undone]
        accepted = live[-1] if live else None
        before = next((v for v in reversed(live) if v.id < sent.id), None)
    if sent is not None and sent.undone:  # pressed again: when, and what counts now
        return Refusal(
            submission_undone(
                form_name(sent.form),
                sent.task,
                sent.version,
                sent.agency,
                subs.undone_at(sent.id),
                accepted.version if accepted is not None else None,
            )
        )
    now = desk.clock.now()
    decision = may_undo(caller.actor, sent, accepted, before, now)
    if isinstance(decision, Refusal):
        return decision
    assert sent is not None
    behalf = caller.writer if sent.agency != caller.agency else None
    status = None
    change = repo.change(sent.marked) if sent.marked is not None else None
    if change is not None and not _part_stays(desk, sent, change, before is not None):
        previous = repo.before(change) if change else None
        latest = repo.current(change.key, change.agency) if change else None
        restore = undo(
            desk.province, caller.actor, change, previous, latest.id if latest else None, now
        )
        if isinstance(restore, Refusal):
            return restore
        status = repo.record_after(
            change, restore.status, restore.note, caller.user_id, now, behalf
        )
        if status is None:  # another change came in between our read and our write
            return newer_change(change)
    subs.undo(sent.id, caller.user_id, now, behalf, status.id if status is not None else None)
    synced = None
    kept = subs.data(sent.id).get(BEFORE) if sent.form == "bieu02" else None
    if kept is not None:  # the proposals the sent BIỂU 02 had replaced
        synced = hold(desk, sent.agency, list(kept), caller.user_id)
    have = [s.form for s in subs.submissions(task=sent.task, agency=sent.agency)]
    task_id, _ = split_key(sent.task)
    missing = tuple(missing_forms(desk.province, task_id, have))  # none for a file's task
    return SubmissionUndone(
        form_name(sent.form),
        sent.task,
        sent.agency,
        sent.version,
        _at(sent),
        before,
        status,
        missing,
        behalf,
        synced,
        task_title(desk, sent.task),
    )
