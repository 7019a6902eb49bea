"""Undoing a submission: the "Hoàn tác" under the quote of a form (BIỂU 02, Phụ lục I–IV, in the
chat or as a filled template) or a file a unit handed in. Like every write's, within WRITE_WINDOW
of it, by whoever sent it or an admin, and only while it is still the unit's accepted version of
that form for that task (no newer one came). The version before it is accepted again exactly as it
was, or none when it was the first; when the submission completed its task (the task marked sent,
hoan_thanh appended), the status before it is appended back through the status undo's own rule
(knowledge/rules/statuses.py `undo`), so a newer status change refuses the whole undo. Nothing is
removed: the undo is appended (db/submission_repo.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.handed_files import FILE_FORM
from knowledge.deliverables.submissions import Sent
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor
from knowledge.rules.statuses import within_window


class Version(Sent, Protocol):
    """What the rule needs of a stored submission (db's SubmissionView): what the tracking
    views need, and who sent it, under which id, and whether it was taken back."""

    @property
    def id(self) -> int: ...
    @property
    def by(self) -> int: ...
    @property
    def undone(self) -> bool: ...


def form_name(code: str) -> str:
    """How a submission's form is named back: the form's name, or "tệp" for a file."""
    if code == FILE_FORM:
        return "tệp"
    form = FORMS.get(code)
    return form.name if form is not None else code


@dataclass(frozen=True)
class Undo:
    """The undo may go: `restores` is the version accepted again (None: none is)."""

    restores: int | None


def may_undo(
    who: Actor,
    sent: Version | None,
    accepted: Version | None,
    before: Version | None,
    now: datetime,
) -> Undo | Refusal:
    """`sent`: the version whose "Hoàn tác" was pressed; `accepted`: the unit's accepted version
    of that form for that task now; `before`: the latest version before `sent` not undone (what
    comes back)."""
    if sent is None:
        return Refusal(Refused.SUBMISSION_NOT_FOUND)
    name = form_name(sent.form)
    if sent.undone:
        return Refusal(Refused.SUBMISSION_UNDONE, form=name, version=sent.version)
    if not within_window(sent.submitted_at, now):
        return Refusal(Refused.SUBMISSION_UNDO_TOO_LATE, form=name, version=sent.version)
    if not who.is_admin:
        if who.user_id != sent.by:
            return Refusal(Refused.SUBMISSION_UNDO_NOT_YOURS)
        if who.agency != sent.agency:
            return Refusal(Refused.NO_LONGER_SENDS, form=name, agency=sent.agency)
    if accepted is None or accepted.id != sent.id:
        newer = accepted.version if accepted is not None else None
        return Refusal(Refused.NEWER_SUBMISSION, form=name, agency=sent.agency, newer=newer)
    return Undo(before.version if before is not None else None)
