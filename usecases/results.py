"""What every use case may answer besides its own result: a refusal, a code and its values.

`Refusal` is the core's (knowledge/rules/decisions.py): the rules answer with it, and a use case
adds its own (a stale button, input it cannot read) the same way, with a code of `Refused` and
its wording in knowledge/messages/refusals.py (or, for a sentence not yet given a code, a line
already escaped: `Refusal(line)`). Nothing changed when a use case returns one. A front end shows
`reason` (the messages module's line, HTML-escaped) and stops.
"""

from __future__ import annotations

from knowledge.messages.refusals import UNCHANGED
from knowledge.rules.decisions import Refusal, Refused

__all__ = ["UNCHANGED", "Refusal", "Refused", "known_id", "refused"]

MAX_ID = 2**31 - 1  # the rows' ids are INTEGER columns (PostgreSQL refuses a larger number)


def refused(reason: str) -> Refusal:
    return Refusal(reason)


def known_id(number: int) -> bool:
    """Could be the id of a stored row (a change, a proposal, a draft): a number out of that
    range, forged or stale, is looked up nowhere."""
    return 0 < number <= MAX_ID
