"""A list of row and task keys kept as one text (the reminder log's `keys` column).

A key may itself hold a comma: a sub-row of 406 item 11 is named by its sector as printed,
"406-11/Lao động, Thương binh và Xã hội". Split at every comma, such a row came back as two
keys that name nothing ("406-11/Lao động" and " Thương binh và Xã hội"), and the reminder
printed the pieces. Keys are joined by a bare comma; a comma inside a key is printed Vietnamese,
always followed by a space, so only a comma followed by something else separates two keys
(tests/knowledge/catalogue/test_key_lists.py checks every key of the catalogues round-trips).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SEPARATOR = ","
# a comma that separates keys: not the ", " of a printed sector name
_BETWEEN = re.compile(r",(?!\s)")


def join_keys(keys: Iterable[str]) -> str:
    return SEPARATOR.join(keys)


def split_keys(text: str) -> tuple[str, ...]:
    """The keys `join_keys` joined, each as it was (rows written before this rule read the same:
    they were joined the same way)."""
    return tuple(k for k in _BETWEEN.split(text or "") if k.strip())


def can_join(key: str) -> bool:
    """Does `key` come back whole from a joined list (no comma that reads as a separator)?"""
    return split_keys(join_keys([key, key])) == (key, key)
