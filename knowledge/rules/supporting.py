"""A unit that only supports a task (comments on the proposals, coordinates, helps): it owes no
document and has no status to write for it, and saying it did its part is acknowledged, never
refused as a stranger's write nor answered with the recipient's list (ux20 #10)."""

from __future__ import annotations

from knowledge.catalogue.model import Province


def only_supports(province: Province, unit: str, key: str) -> bool:
    """Is `unit` among the units that support the task `key` (as the province lists them:
    "UBND các huyện, thành phố" is each district) and among none that owe it?"""
    found = province.task_at(key)
    if found is None:
        return False
    task, members = found[0], set(province.members(unit))
    return bool(members & set(task.supporting)) and not members & set(task.addressees)
