"""What the caller wrote last, as "hoàn tác" typed or /hoantac reads it (usecases/undoing.py
finds it): one kind of write, or the undo it already was, or why it cannot be undone now."""

from __future__ import annotations

from dataclasses import dataclass

from db.blank_form_repo import BlankFormView
from db.submission_repo import SubmissionView
from knowledge.rules.statuses import Change
from usecases.letter_acts import LettersAct
from usecases.results import Refusal
from usecases.table_undo import TableAct


@dataclass(frozen=True)
class LastWrite:
    """What the caller wrote last. Exactly one of `change` (a status change undoing would put
    back), `submission` (a version undoing would withdraw), `undone` or `undone_submission`
    (the last write was an undo) is set, or none with `refusal` (nothing to undo)."""

    change: Change | None = None
    submission: SubmissionView | None = None
    undone: Change | None = None  # an undo of a status: what it put back
    redo: Change | None = None  # the status before that undo, when the undo may still be undone
    undone_submission: SubmissionView | None = None
    refusal: Refusal | None = None  # why what was written last cannot be undone now
    form: str = ""  # the submission's form as named back ("Phụ lục I", "tệp")
    letters: LettersAct | None = None  # a change of the letters undoing would take back
    blank_form: BlankFormView | None = None  # a task's blank form undoing would take off
    blank_form_undone: BlankFormView | None = None  # the last act took one off
    undone_letters: LettersAct | None = None  # the last act was a step back of the letters
    # the rows written with `change` by the same press ("✅ Ghi cả 3"), oldest first, `change`
    # last; empty when it was written alone: their undo is the receipt's "Hoàn tác cả n"
    batch: tuple[Change, ...] = ()
    table: TableAct | None = None  # a version of the assignment table undoing would take back
    older: LastWrite | None = None  # beside `table`: the write before it, named as a choice
