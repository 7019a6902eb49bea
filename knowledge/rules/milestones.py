"""The milestones of a row of several, by the words of its cells (406-39: "Triển khai đối với
hộ gia đình, cá nhân hoàn thành trong tháng 5/2021 - Triển khai đối với doanh nghiệp trong
tháng 8/2021"): whom each is for, and which one an officer's words name ("xong giai đoạn hộ gia
đình", "xong mốc 2"), so that a done settles the milestone said rather than the nearest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.language.text import fold
from knowledge.rules.standing import Deadline, Standing, State

# whom a phase is for: what follows "đối với", up to the clause that dates it
_FOR_WHOM = re.compile(
    r"đối với\s+(.+?)(?:,|\s+(?:hoàn thành|trong|từ|trước|chậm nhất)\b|$)", re.IGNORECASE
)
# "mốc 2", "giai đoạn 2", "gđ 2", "phase 2" as officers number a phase
_NUMBERED = re.compile(r"\b(?:moc|giai doan|gd|dot)\s*(\d)\b")


def milestone_name(label: str) -> str:
    """Whom a row's milestone is for, as its cell words it ("hộ gia đình", "doanh nghiệp");
    "" when the cell does not say."""
    found = _FOR_WHOM.search(label)
    return found.group(1).strip(" .;-") if found else ""


def named_milestone(
    steps: Sequence[Deadline], owed: Sequence[Deadline], words: str
) -> Deadline | None:
    """The owed milestone the words name, by its number among the row's milestones (`steps`)
    or by whom it is for; None when they name none, or several."""
    said = fold(words)
    numbered = {int(n) for n in _NUMBERED.findall(said)}
    found = [d for d in owed if steps.index(d) + 1 in numbered]
    if not numbered:
        found = [d for d in owed if (name := fold(milestone_name(d.label))) and name in said]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class Settled:
    """The milestone a done settles (`chosen`), those still owed after it (`others`), and every
    milestone of the row in order (`steps`: their numbers, "mốc 2")."""

    chosen: Deadline
    others: tuple[Deadline, ...]
    steps: tuple[Deadline, ...]


def settled_by_done(standing: Standing, words: str = "") -> Settled | None:
    """Which milestone a done settles on a row of several still owed: the one `words` name
    ("giai đoạn hộ gia đình", "mốc 2"), else the one the standing rule says applies (the first
    missed, else the next). None with fewer than two owed: the row's own status is written."""
    applies = standing.deadline
    if applies is None or applies.milestone is None:
        return None
    steps = tuple(d for d, _ in standing.milestones)
    owed = [d for d, state in standing.milestones if state in (State.OPEN, State.LATE)]
    if len(owed) < 2:
        return None
    named = named_milestone(steps, owed, words) if words else None
    chosen = named or next(d for d in owed if d.due == applies.milestone)
    return Settled(chosen, tuple(d for d in owed if d != chosen), steps)
