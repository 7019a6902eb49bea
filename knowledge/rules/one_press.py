"""Which status changes one press wrote: "✅ Ghi cả n" writes each row in one transaction, one
clock read per row, so their moments differ by the time the writes take (microseconds in
production; nothing under the scripted clock). Both the receipt's "Hoàn tác cả n" and "hoàn
tác" typed afterwards read a press this way."""

from __future__ import annotations

from datetime import timedelta

from knowledge.rules.statuses import Change

# a press of 30 rows commits in well under this; two presses by hand are further apart
PRESS_SPAN = timedelta(seconds=2)


def same_press(first: Change, other: Change) -> bool:
    """`other` was written by the press that wrote `first`: the same person, within moments."""
    return (
        other.by == first.by
        and other.undoes is None
        and first.undoes is None
        and abs(other.at - first.at) <= PRESS_SPAN
    )
