"""The buttons of what units propose, fill in and fetch: proposals, a form's steps, templates and
compiled forms, reports and charts, the coordinator's hand-ins. Apart from the codec (codec.py)
so each capability's kinds read on their own."""

from __future__ import annotations

import dataclasses
import enum
from typing import ClassVar

from handlers.buttons.codec import Button, Ref, button
from usecases.proposals import Action


@button("pn")
@dataclasses.dataclass(frozen=True)
class NewProposal(Button):
    pass


@dataclasses.dataclass(frozen=True)
class ChangeProposal(Button):
    """Edit, withdraw or restore one proposal."""

    proposal: int
    action: ClassVar[Action]


@button("pe")
@dataclasses.dataclass(frozen=True)
class EditProposal(ChangeProposal):
    action = Action.EDIT


@button("pw")
@dataclasses.dataclass(frozen=True)
class WithdrawProposal(ChangeProposal):
    action = Action.WITHDRAW


@button("pr")
@dataclasses.dataclass(frozen=True)
class RestoreProposal(ChangeProposal):
    action = Action.RESTORE


@button("pv")
@dataclasses.dataclass(frozen=True)
class ProposalStep(Button):
    """A value for the proposal field being asked (a tier, a level, "keep", "skip"...)."""

    value: str


@button("pu")
@dataclasses.dataclass(frozen=True)
class UndoProposal(Button):
    change: int


@button("nk")
@dataclasses.dataclass(frozen=True)
class PickHandin(Button):
    """`/nop <words>` fitting several tasks (or the forms of one): hand in for this task (an
    occurrence's key for a recurring one) and, for a task of several forms of ours, this form
    ("pl1")."""

    task: Ref
    form: str | None = None


@button("hf")
@dataclasses.dataclass(frozen=True)
class HandOffered(Button):
    """Hand in the file just sent with no task named for this task (the one the unit owes);
    `file`: that file's mark (usecases/file_offers.file_tag), None on a button made before it."""

    task: Ref
    file: str | None = None


@button("mf")
@dataclasses.dataclass(frozen=True)
class MoveFile(Button):
    """Move a unit's file (its stored version) to another occurrence of its task: the offer of
    "gửi nhầm tháng 5, là tháng 4", and the move's "Hoàn tác", which moves it back."""

    submission: int
    task: Ref


@button("rf")
@dataclasses.dataclass(frozen=True)
class RefileFor(Button):
    """Keep the file a coordinator just kept for one unit ("ghi thay") for the unit meant
    instead (usecases/unit_refiles.py): that file undone, the same file kept for `unit`."""

    submission: int
    unit: Ref


class ReportKind(enum.StrEnum):
    BIEU02 = "bieu02"
    TIENDO = "tiendo"
    PHULUC4 = "phuluc4"


class Scope(enum.StrEnum):
    AGENCY = "a"  # the caller's agency's
    PROVINCE = "p"  # the whole province's (admins)


@button("bc")
@dataclasses.dataclass(frozen=True)
class GetReport(Button):
    kind: ReportKind
    scope: Scope


@button("ch")
@dataclasses.dataclass(frozen=True)
class GetChart(Button):
    agency: Ref | None = None  # None: the province's


class FormAction(enum.StrEnum):
    SUBMIT = "ok"
    DROP = "no"
    NONE = "zero"  # a tier without procedures
    POP = "pop"
    CLEAR = "clear"


@button("sb")
@dataclasses.dataclass(frozen=True)
class FormStep(Button):
    action: FormAction


@button("su")
@dataclasses.dataclass(frozen=True)
class UndoSubmission(Button):
    """ "Hoàn tác" under a submission's quote (a form, or a file handed in): its stored id."""

    submission: int


@button("bl")
@dataclasses.dataclass(frozen=True)
class SendBlank(Button):
    """Send the form just sent back with nothing filled in, blank on purpose."""

    form: str


@button("mau")
@dataclasses.dataclass(frozen=True)
class GetTemplate(Button):
    form: str


@button("bf")
@dataclasses.dataclass(frozen=True)
class GetBlankForm(Button):
    """A letter's own blank form the coordinator attached to a task (usecases/letter_forms.py)."""

    form: int


@button("bu")
@dataclasses.dataclass(frozen=True)
class UndoBlankForm(Button):
    form: int


@button("th")
@dataclasses.dataclass(frozen=True)
class GetCompiled(Button):
    form: str


class HandinsAction(enum.StrEnum):
    PROVINCE = "p"
    WORKBOOK = "x"
    PREVIEW = "n"  # who would be reminded
    SEND = "s"


@button("nb")
@dataclasses.dataclass(frozen=True)
class Handins(Button):
    action: HandinsAction
    # the one document a question asked about ("ai chưa nộp báo cáo tháng 10"): the reminder
    # chases it alone; None: every missing document
    only: Ref | None = None
