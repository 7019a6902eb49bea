"""What a bot does once, after start-up and before the first update."""

from __future__ import annotations

from usecases import officers, refs
from usecases.desk import Desk
from usecases.runner import use_case


@use_case(writes=False)
def warm(desk: Desk) -> None:
    """The statements every update runs compiled, what the table in force gives built
    (references, the agencies one may register for), the statuses read: the first burst of
    messages finds them ready instead of each building them."""
    # not forced: the start's tick looked a moment ago (its `plan_tick`), and a look reads
    # both versions' numbers again; without a tick (a failed one) this one still looks
    desk.sync_table()
    desk.repo.caller(0, 0)
    desk.statuses()
    refs.item_key(desk, "")
    refs.agency_name(desk, "")
    officers.registrable(desk)
