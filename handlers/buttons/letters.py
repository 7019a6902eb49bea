"""The coordinator's buttons on what the province sends: applying or undoing a table version,
reviewing, publishing and withdrawing a letter's draft. Apart from the codec (codec.py) so each
capability's kinds read on their own."""

from __future__ import annotations

import dataclasses

from handlers.buttons.codec import Button, Ref, button
from usecases.letter_edits import EditField


@button("im")
@dataclasses.dataclass(frozen=True)
class ApplyTable(Button):
    draft: int


@button("ir")
@dataclasses.dataclass(frozen=True)
class ReplaceTable(Button):
    """The second press of a whole table that drops rows in force: how many it was shown to
    drop (a draft whose count no longer holds is asked again)."""

    draft: int
    drops: int


@button("iu")
@dataclasses.dataclass(frozen=True)
class UndoTable(Button):
    version: int


# -- a letter's draft (handlers/letters.py): ids of the stored draft and its revision when shown,
# so a button of an older message changes nothing
@button("lv")
@dataclasses.dataclass(frozen=True)
class ShowDraft(Button):
    letter: int


@button("lt")
@dataclasses.dataclass(frozen=True)
class DraftTask(Button):
    """ "Sửa n": one task of the draft, with what can be changed in it."""

    letter: int
    revision: int
    index: int


@button("le")
@dataclasses.dataclass(frozen=True)
class EditDraft(Button):
    letter: int
    revision: int
    index: int
    field: EditField


@button("lx")
@dataclasses.dataclass(frozen=True)
class DropDraftTask(Button):
    letter: int
    revision: int
    index: int


@button("lz")
@dataclasses.dataclass(frozen=True)
class UndoDraftEdit(Button):
    """ "Hoàn tác" under a corrected draft: the revision the correction made."""

    letter: int
    revision: int


@button("la")
@dataclasses.dataclass(frozen=True)
class AcceptProblems(Button):
    letter: int
    revision: int


@button("lp")
@dataclasses.dataclass(frozen=True)
class PublishLetter(Button):
    letter: int
    revision: int


@button("lc")
@dataclasses.dataclass(frozen=True)
class DropLetter(Button):
    letter: int


@button("lu")
@dataclasses.dataclass(frozen=True)
class UndoLetters(Button):
    version: int
    # pressed again after the warning that the date a move's undo puts back has passed (u26
    # #1): the undo is written; left out (a button shown before this field) it asks again
    past_ok: bool | None = None


@button("lw")
@dataclasses.dataclass(frozen=True)
class WithdrawLetter(Button):
    """ "🗑 Thu hồi": shows what the withdrawal would do, with its confirmation. `current`: the
    version of the letters in force when shown (a press on an older list is refused); None on
    the buttons sent before it was carried."""

    letter: int
    current: int | None = None


@button("lq")
@dataclasses.dataclass(frozen=True)
class ConfirmWithdraw(Button):
    letter: int
    current: int  # the version in force when shown: a press after another change is refused


# -- ending the tracking of a task or a letter (handlers/task_ends.py): the target by reference
# (a task id, or a letter's document key), resolved again when pressed
@button("ke")
@dataclasses.dataclass(frozen=True)
class AskEnd(Button):
    """ "Kết thúc theo dõi" beside a letter or task in /congvan: shows what would end."""

    target: Ref


@button("kc")
@dataclasses.dataclass(frozen=True)
class ConfirmEnd(Button):
    target: Ref


@button("ko")
@dataclasses.dataclass(frozen=True)
class AskReopen(Button):
    target: Ref


@button("kr")
@dataclasses.dataclass(frozen=True)
class ConfirmReopen(Button):
    target: Ref


@button("kh")
@dataclasses.dataclass(frozen=True)
class LetterHistory(Button):
    """The versions of the letters in force, with a rollback button for each recent one."""


@button("kb")
@dataclasses.dataclass(frozen=True)
class AskRollback(Button):
    version: int


@button("kv")
@dataclasses.dataclass(frozen=True)
class ConfirmRollback(Button):
    version: int
    current: int  # the version in force when asked: a press after another change is refused


# -- renaming a published task (handlers/task_renames.py)
@button("dt")
@dataclasses.dataclass(frozen=True)
class ConfirmRename(Button):
    """ "Đổi tên" confirmed: the new title is kept in the chat until the press (a title does
    not fit a button's 64 bytes); the version in force when shown (a press after another change
    is refused)."""

    current: int


# -- moving a published task's deadline (handlers/deadline_moves.py)
@button("dh")
@dataclasses.dataclass(frozen=True)
class ConfirmMove(Button):
    """ "Đổi hạn" confirmed: the task or occurrence, the new date and the hour its day ends at
    (yyyymmddhhmm; hhmm 9999: no hour) and the version in force when shown (a press after
    another change is refused)."""

    target: Ref
    when: int
    current: int
    # pressed again after the warning that the new date has passed (ux24 #4): the move is
    # written; left out (a button shown before this field) it asks again
    past_ok: bool | None = None
