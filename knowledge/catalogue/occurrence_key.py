"""The key of one occurrence of a recurring task, carrying how often its task falls.

A raw key (`tq-2021-12-20@2021-12-20`) says the task and the date, not the cadence, and the
short key officers read names a quarterly task's occurrence by its quarter ("quý IV/2021") and
any other's by its month. A registry of quarterly ids was process-wide: two provinces (or two
tests) with one id and different cadences named each other's occurrences. So the key a task
makes (`Task.key_of`) is a `str` that carries its task's `every` and `lag`, and every namer
reads them from the key it is given (knowledge/catalogue/occurrence_names.py `short_key`); a
key read back from storage gets them from its province's task (`Province.keyed`).
"""

from __future__ import annotations

from typing import Any


class OccurrenceKey(str):
    """An occurrence key (equal to, hashed and stored as the plain string) with its task's
    period (`every`: month | quarter | half-year | year) and the months it trails it (`lag`)."""

    every: str
    lag: int

    def __new__(cls, key: str, every: str = "month", lag: int = 0) -> OccurrenceKey:
        made = super().__new__(cls, key)
        made.every, made.lag = every, lag
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return OccurrenceKey, (str(self), self.every, self.lag)


def cadence(key: str) -> tuple[str, int]:
    """(every, lag) a key carries; a plain string's is a monthly task's."""
    if isinstance(key, OccurrenceKey):
        return key.every, key.lag
    return "month", 0


def carried(key: str, every: str, lag: int) -> str:
    """`key` carrying the cadence of the task it names (an occurrence's; any other key as is)."""
    return OccurrenceKey(key, every, lag) if "@" in key else key
