"""The standings where no unit has reported anything, kept per table and day.

An answer that needs no statuses (a row's dates, an agency's duties, a period's list) is
rendered from the standing rule with no marks (knowledge/rules/progress.py): what it gives then
hangs only on the province's table and tasks, the catalogue's rows and the day, none of which a
question changes, and an agency's list reads a few dozen units' standings at every question.
They are computed by the one rule and kept here, never a second copy of it.

Kept in the province's own store (`Province.kept`: emptied when its table or tasks are set
anew, a table applied or a letter published being a new Province), under the catalogue's rows
they were read with (held, so that their id is not reused). A caller with marks, even one, is
computed afresh: a marks mapping can change in place between two calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from knowledge.catalogue.model import Catalogue, Province

UNMARKED_KEPT = 4_096  # standings kept per province and rows: every unit of a few days
TABLES_KEPT = 4  # catalogues' rows kept per province (a grown catalogue shares the province)
T = TypeVar("T")


def unmarked(catalogue: Catalogue, province: Province, key: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, kept under `key` for this province and these rows; the caller's key says
    everything else the standings read (the day, the unit, the row and its owners). What is
    kept is shared: callers copy a list before they change it."""
    rows = catalogue.rows
    store = province.kept("unmarked")
    held = store.get(id(rows))
    if held is None or held[0] is not rows:
        if len(store) >= TABLES_KEPT:
            store.clear()
        held = store[id(rows)] = (rows, {})
    table: dict[tuple, T] = held[1]
    if key in table:
        return table[key]
    if len(table) >= UNMARKED_KEPT:
        table.clear()
    found = table[key] = compute()
    return found
