"""Drafts: what an officer typed into a prompt that another command ended, kept so that nothing
typed is lost (the prompt itself still ends on any other command: knowledge/reader/prompt_ends.py).

- a form's typed lines or counts (/nop pl1…pl4): kept for days, taken up again by the same /nop;
- a status's note that was still awaited (Vướng mắc, Không đủ điều kiện): kept only for the next
  message, within the prompt's own window, which the chat then offers to write with that note.

A draft is never a submission nor a status: nothing counts it as sent.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from knowledge.rules.statuses import WRITE_WINDOW

# A form typed in the chat is a few minutes' work that an officer may take up the next days
# (after asking a colleague for the figures); a week later the figures are stale and the form
# is better started again.
FORM_DRAFT_DAYS = 7
FORM_DRAFT_LIFE = timedelta(days=FORM_DRAFT_DAYS)
# The note is read as a note only right after the prompt it was asked by: as long as a prompt
# waits for its answer.
NOTE_DRAFT_LIFE = WRITE_WINDOW

NOTE_SLOT = "note"  # the slot of a status's note; a form's slot is its code ("pl2")
# The note's wait ran out and the line that came then reads as that note: kept for that line,
# which is offered as the note with no further test of being a question (ux24 #1)
LATE_NOTE_SLOT = "late_note"
NOTE_SLOTS = frozenset({NOTE_SLOT, LATE_NOTE_SLOT})
# A file sent with no task named, whose offer another message ended (ux32 #8): its buttons stay
# pressable as long as a form's draft lives (Telegram keeps the file; nothing is written before
# the press), so the officer never sends it again.
FILE_SLOT = "file"
# An admin's ghi thay (`/nop <task> <unit>`) a command ended before its file came (ux32 #4): the
# file sent within a write's window is still offered for that unit, never read as a letter.
BEHALF_SLOT = "behalf_file"
# An offer with the note typed for it, ended by another command before its press (ux35 #6):
# its lapsed button's command carries that note, so it is never typed again.
OFFER_SLOT = "offer"


def alive(saved_at: datetime, now: datetime, slot: str) -> bool:
    """Whether a draft saved at `saved_at` may still be taken up (a time read back without its
    zone, as SQLite keeps it, is in `now`'s zone)."""
    if saved_at.tzinfo is None:
        saved_at = saved_at.replace(tzinfo=now.tzinfo)
    life = NOTE_DRAFT_LIFE if slot in NOTE_SLOTS or slot == BEHALF_SLOT else FORM_DRAFT_LIFE
    return timedelta(0) <= now - saved_at <= life
