"""The buttons of a row's status and of the people behind it: showing and choosing a row, writing
and undoing a status, its history, registering for an agency, an admin's decision, leaving a
group's follow. Apart from the codec (codec.py) so each capability's kinds read on their own."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from handlers.buttons.codec import Button, Ref, button
from usecases.statuses import Status


@button("r")
@dataclasses.dataclass(frozen=True)
class ShowRow(Button):
    """A row of "Có phải bạn hỏi…": show it in full."""

    row: Ref


@button("tk")
@dataclasses.dataclass(frozen=True)
class ShowTask(Button):
    """A task of "Có phải bạn hỏi…" (the question fits several tasks): show it in full."""

    task: Ref


@button("u")
@dataclasses.dataclass(frozen=True)
class ChooseRow(Button):
    """/capnhat's step 1: this row; offer its statuses."""

    row: Ref


@button("s")
@dataclasses.dataclass(frozen=True)
class SetStatus(Button):
    """/capnhat's step 2: write this status for this row (`unit`: for the unit an admin named,
    "ghi thay")."""

    row: Ref
    status: Status
    unit: Ref | None = None


@button("wu")
@dataclasses.dataclass(frozen=True)
class WriteFor(Button):
    """An admin's /capnhat on a row several units own: write the status typed for this unit."""

    row: Ref
    unit: Ref


@button("wo")
@dataclasses.dataclass(frozen=True)
class ConfirmOffer(Button):
    """Write the status read from free text (the chat's offer, and only that one; `unit`: the
    unit an admin's words named, so an older offer's button cannot write for a newer's)."""

    row: Ref
    status: Status
    unit: Ref | None = None


@button("wa")
@dataclasses.dataclass(frozen=True)
class ConfirmAll(Button):
    """Write the status read from free text for every item of the chat's offer of several
    ("mục 23-27 xong": "Ghi cả 5"), in one confirmation (`unit`: as ConfirmOffer's)."""

    status: Status
    unit: Ref | None = None


@button("un")
@dataclasses.dataclass(frozen=True)
class UndoStatus(Button):
    change: int


@button("rd")
@dataclasses.dataclass(frozen=True)
class RedoStatus(Button):
    """ "↪️ Làm lại" under an undo's receipt: write again the status the undo `change` took
    back, as a write of its own."""

    change: int


@button("ua")
@dataclasses.dataclass(frozen=True)
class UndoAll(Button):
    """Undo the writes of one "Ghi cả n" press: the changes `first`..`last` that press made."""

    first: int
    last: int


@button("ls")
@dataclasses.dataclass(frozen=True)
class OlderHistory(Button):
    """/lichsu's next page: the row's changes before change `before`."""

    row: Ref
    before: int


@button("ag")
@dataclasses.dataclass(frozen=True)
class PickAgency(Button):
    """/dangky: register for this agency or unit."""

    agency: Ref


@button("aw")
@dataclasses.dataclass(frozen=True)
class WithdrawRequest(Button):
    """The undo of a registration request made from a typed sentence ("dk ubnd huyen …")."""

    agency: Ref


@dataclasses.dataclass(frozen=True)
class Decide(Button):
    """An admin's decision on a registration; `agency`: the one asked for when the button was
    sent (pressed after the person asked for another, it decides nothing)."""

    user: int
    agency: Ref | None = None
    approve: ClassVar[bool]


@button("ok")
@dataclasses.dataclass(frozen=True)
class Approve(Decide):
    approve = True


@button("no")
@dataclasses.dataclass(frozen=True)
class Reject(Decide):
    approve = False


@button("bt")
@dataclasses.dataclass(frozen=True)
class Unfollow(Button):
    agency: Ref
