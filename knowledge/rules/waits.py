"""How long a prompt waits for its answer: a write's window (10 minutes), and a status's note,
which an officer on a phone takes longer to type."""

from __future__ import annotations

from datetime import datetime, timedelta

from knowledge.rules.statuses import WRITE_WINDOW

# How long a status's note (Vướng mắc, Không đủ điều kiện) is waited for: longer than a write's
# window, since an officer on a phone types a few sentences, or asks a colleague first (ux24 #1:
# a note typed after 15 minutes was dropped). A note that comes later still is offered for the
# row by a button (usecases/drafts.py), while it comes within LATE_NOTE_LIMIT of the question.
NOTE_WAIT = timedelta(minutes=30)
NOTE_WAIT_MINUTES = int(NOTE_WAIT.total_seconds() // 60)
LATE_NOTE_LIMIT = timedelta(hours=8)  # a working day: later, the line is read as any other


def wait_of(kind: str) -> timedelta:
    """How long a prompt of `kind` waits for its answer (usecases/prompts.py's kinds)."""
    return NOTE_WAIT if kind == "note" else WRITE_WINDOW


def minutes_of(kind: str) -> int:
    """The same wait in the words the messages print ("trong 30 phút")."""
    return int(wait_of(kind).total_seconds() // 60)


def waits_still(kind: str, since: datetime, now: datetime) -> bool:
    """Whether a prompt of `kind` asked at `since` still waits for its answer."""
    if since.tzinfo is None:
        since = since.replace(tzinfo=now.tzinfo)
    return now - since <= wait_of(kind)
