"""Which milestone a "done" settles on a row of several (406-39: households by 31/5,
businesses by 31/8): with more than one still owed, the one knowledge/rules/milestones.py
`settled_by_done` chooses (named by the words, else the one that applies), written under its
own key (`standing.milestone_key`) so that the others stay tracked and reminded; the offer and
the receipt say which, and which stay owed (ux24 #2). With one milestone owed, the row's own
status is written, as for any row.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.render.standing_dates import milestone_phrase
from knowledge.rules.milestones import settled_by_done
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import milestone_key
from knowledge.rules.statuses import Status
from usecases.desk import Desk


@dataclass(frozen=True)
class Chosen:
    key: str  # the milestone's key, written instead of the row's
    what: str  # "mốc 1 (hộ gia đình), hạn 31/5/2021": said in the offer beside the title
    rest: str  # the receipt's line: the milestones still tracked


def milestone_for(
    desk: Desk, key: str, agency: str, status: Status, words: str = ""
) -> Chosen | None:
    """The milestone a done on `key` settles for `agency`, when the row has more than one
    still owed: the one `words` name ("giai đoạn hộ gia đình", "mốc 2"), else the one that
    applies; None otherwise (the row's own key is written)."""
    if status != Status.HOAN_THANH or key not in desk.province.assignments:
        return None
    marks, today = desk.statuses().marks, desk.clock.today()
    standing = standing_of(desk.catalogue, desk.province, key, agency, marks, today)
    found = settled_by_done(standing, words) if standing is not None else None
    if found is None:
        return None
    chosen, steps = found.chosen, found.steps
    rest = "; ".join(milestone_phrase(d, steps.index(d) + 1, today) for d in found.others)
    return Chosen(
        milestone_key(key, chosen.due),
        milestone_phrase(chosen, steps.index(chosen) + 1),
        f"Ghi cho {milestone_phrase(chosen, steps.index(chosen) + 1)}; vẫn theo dõi và nhắc: "
        f"{rest}.",
    )
