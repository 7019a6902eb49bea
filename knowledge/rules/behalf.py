"""Written for a unit by someone else ("ghi thay"): the coordinator records what a unit sent by
e-mail or on paper, or sets its status. The history keeps who wrote each change; a change is
"ghi thay" when its author was not acting for that unit (an admin, or an officer of another
agency), which the views mark beside the unit's figure.
"""

from __future__ import annotations

from collections.abc import Mapping


def on_behalf(unit: str, by: int, acting: Mapping[int, str | None]) -> bool:
    """Whether the change `by` wrote for `unit` was written for it by someone else; `acting`
    maps each person to the agency they registered for (approved or since revoked)."""
    return acting.get(by) != unit
