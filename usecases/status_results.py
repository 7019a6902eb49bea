"""What a status write answers: recorded, a note or a unit asked for first, or an offer to
confirm. Nothing in these is written yet but `Recorded`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.messages.press_skips import Skipped
from knowledge.reader.writes import Offer
from knowledge.rules.progress import Sent
from knowledge.rules.statuses import Change, Status
from usecases.sent_outside import Outside

MAX_NOTE = 1000  # characters of a note kept


@dataclass(frozen=True)
class UnitOption:
    unit: str
    role: str  # "chủ trì", "phối hợp"; "" for a task's addressee


@dataclass(frozen=True)
class UnitAsked:
    """Nothing written yet: an admin wrote a row several units own without naming one; the
    chat waits for the button of the unit (the status and note wait with it)."""

    key: str
    status: Status
    note: str
    units: tuple[UnitOption, ...]
    typed: str = ""  # the words typed for the unit, which more than one unit's name holds
    unread: str = ""  # the words typed after "ghi thay" that name no unit: said back
    sent_on: date | None = None  # the day typed as sent, written with the unit's press
    done: int = 0  # the units left out: already at the status (for done, they sent it)


@dataclass(frozen=True)
class Recorded:
    change: Change
    undone: bool = False  # an undo: the status before `change`'s was put back
    redone: bool = False  # "↪️ Làm lại": the status an undo took back written again
    # a task's document marked sent with nothing of it in the bot: what the write records
    outside: Outside | None = None
    # done after its deadline, by the standing rule (knowledge/rules/standing.py `late_by`):
    # the receipt's line saying so, as /tiendo then marks it ("" in time)
    late: str = ""
    said: str = ""  # a day typed as sent that was not taken, and why (usecases/sent_days.py)
    # the day sent this write corrected (knowledge/rules/sent_days.py `corrected_day`): the
    # receipt quotes it old → new, as a status is
    day_was: date | None = None
    task: bool = False  # a task, whose title leads (its key after); a row leads with its key
    title: str = ""  # a task's title, which the receipt leads with (its key after it)
    # the same status written again with another note: the note it replaces, quoted old → new
    # (ux29 #7: "Vướng mắc → Vướng mắc" said nothing of what changed); None: not such a write
    note_was: str | None = None
    # the status the unit stood at before, as /tiendo said it (`Standing.code`), when the row's
    # own change does not say it: a row of several milestones, one met (ux28 #5)
    was: Status | None = None


@dataclass(frozen=True)
class NoteAsked:
    """Nothing written yet: the chat now waits for the note or reason this status needs."""

    key: str
    status: Status
    what: str
    unit: str | None = None  # written for this unit by an admin ("ghi thay")
    # the status stands already: a new note is asked for; the note in force ("" none)
    again: str | None = None


@dataclass(frozen=True)
class Offered:
    """A status read from free text, offered for confirmation: nothing written yet."""

    offer: Offer
    title: str = ""  # what names the row or task beside its key (the task's form, the row's title)
    sent: Sent | None = None  # a bare id's last occurrence already sent: the offer is the next
    hand_in: str = ""  # the statement named one form of several (`Offer.part`): how to send it
    behalf: str | None = None  # the unit an admin writes for ("ghi thay")
    # what the status needs and the statement did not say ("ghi chú về vướng mắc"): asked
    # after the press, and said with the offer so that it is not typed before it
    needs: str = ""
    # the other items the message named whose status already stands: said beside the offer
    unchanged: tuple[str, ...] = ()
    # the other items the message named left out of the offer, and why (not the writer's, done)
    skipped: str = ""
    # a task's document marked sent with nothing of it in the bot: what the press records
    outside: Outside | None = None
    # the day the unit said it sent it, and whether in time ("Ngày gửi: 9/4/2020 (đúng hạn)"),
    # or why it was not taken (usecases/sent_days.py); "" when none was said
    sent_day: str = ""
    # a done status said again with another day sent: the day the press corrects (old → new)
    day_was: date | None = None
    task: bool = False  # a task, whose title leads (its key after); a row leads with its key


@dataclass(frozen=True)
class AllRecorded:
    """What one press wrote (`written`, in the offer's order) and what it could not, each
    with why (`refused`: key, reason)."""

    written: tuple[Recorded, ...]
    refused: tuple[Skipped, ...]
    undone: bool = False


def replaced_note(before: Change | None, after: Change) -> str | None:
    """The note a write of the same status replaced ("" when it had none); None when the status
    itself changed or the note stayed."""
    if before is None or before.new != after.new or before.note == after.note:
        return None
    return before.note
