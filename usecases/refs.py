"""Stable short references to rows, tasks and agencies, for what a person carries back to us
(button data, a link): derived from the thing's own name, never from its position in a list, so
a new table version or a published letter that reorders the rows cannot make a reference name
another row.

A short ASCII key stands for itself ("406-14", "tq-2021-04-20"); anything else ("406-11/Lao động,
Thương binh và Xã hội", "Sở Xây dựng") is "~" and 8 base32 letters of its BLAKE2b digest (40
bits). One occurrence of a recurring task is its task's reference, "@" and its date. A
reference resolves only against the names in force: a row dropped from the table, or an agency
no longer assigned, resolves to None and the button is refused.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable

from knowledge.catalogue.model import OCCURRENCE, Province, split_key
from knowledge.reader.ask import Assistant
from usecases.desk import Desk

PLAIN = re.compile(r"^[A-Za-z0-9.-]{1,24}$")
HASHED = re.compile(r"^~[a-z2-7]{8}$")
# for the button patterns: a name's reference, and the date of a recurring task's occurrence
PATTERN = r"(?:[A-Za-z0-9.-]{1,24}|~[a-z2-7]{8})(?:@\d{4}-\d{2}-\d{2})?"


@functools.lru_cache(maxsize=4096)
def ref(name: str) -> str:
    """The reference for a row key, task id or agency name: at most 24 ASCII bytes. A
    reference is its own reference (no name starts with "~")."""
    if PLAIN.match(name) or HASHED.match(name):
        return name
    task_id, due = split_key(name)
    if due is not None:  # one occurrence of a recurring task: its task's reference and date
        return f"{ref(task_id)}{OCCURRENCE}{due.isoformat()}"
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=5).digest()
    return "~" + base64.b32encode(digest).decode("ascii").lower()


def index(names: Iterable[str]) -> dict[str, str]:
    """reference -> name. Two names on one reference would make either ambiguous: refused."""
    found: dict[str, str] = {}
    for name in names:
        key = ref(name)
        if found.get(key, name) != name:
            raise ValueError(f"two names share the reference {key}: {found[key]!r}, {name!r}")
        found[key] = name
    return found


def _items(assistant: Assistant, province: Province) -> dict[str, str]:
    return index([*assistant.catalogue.rows, *(t.id for t in province.tasks)])


def item_key(desk: Desk, reference: str) -> str | None:
    """The catalogue row or province task a reference (or the key itself) names, in the table
    in force."""
    items = desk.per_table("item refs", lambda a: _items(a, a.catalogue.province(_slug(desk))))
    head, _, day = ref(reference).partition(OCCURRENCE)
    found = items.get(head)
    if found is None or not day:
        return found
    key = f"{found}{OCCURRENCE}{day}"  # an occurrence: of a recurring task in force, on its date
    return key if desk.province.task_at(key) is not None else None


def agency_name(desk: Desk, reference: str) -> str | None:
    """The agency or unit a reference (or the name itself) names, among the register's and the
    province's units."""
    agencies = desk.per_table("agency refs", lambda a: _agencies(a, _slug(desk)))
    return agencies.get(ref(reference))


def _agencies(assistant: Assistant, slug: str) -> dict[str, str]:
    province = assistant.catalogue.province(slug)
    return index(dict.fromkeys([*assistant.catalogue.agencies, *province.units]))


def _slug(desk: Desk) -> str:
    return desk.config.province
