"""A unit objecting that it only supports what it was reminded of (ux38 #4: "bên em chỉ phối
hợp thôi mà" got "Tôi chưa hiểu", or was offered as a note of the write just made): answered
with its role in the rows the words are about — those of the reminder replied to, else the row
the officer just wrote, else those of today's reminder to the chat, else every row the unit
supports. Read only; nothing is written."""

from __future__ import annotations

import re
from datetime import timedelta

from knowledge.reader.why_reminded import objects_to_role
from knowledge.render.role_text import RolePart, role_answer
from knowledge.rules.progress import item_title
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.later_sends import reminded_keys
from usecases.runner import use_case

JUST_WRITTEN = timedelta(minutes=10)  # the row just written is what the words are about


@use_case(writes=False)
def role_objected(desk: Desk, caller: Caller, text: str, about: str) -> str | None:
    """The answer (HTML), or None when `text` is no such objection or no unit's officer's."""
    unit = caller.agency
    if unit is None or not objects_to_role(text):
        return None
    province = desk.province
    keys = _named(desk, about) if about else ()
    if not keys:
        keys = _just_written(desk, caller)
    if not keys and caller.chat_id is not None:
        keys = tuple(k for k in reminded_keys(desk, caller.chat_id) if k in province.assignments)
    listed = not keys
    if listed:
        rows = province.rows_of(unit)
        keys = tuple(a.key for a in rows if province.role_in(a, unit) == "coordinate")
    parts = []
    for key in keys:
        row = province.assignments[key]
        title = item_title(desk.catalogue, province, key)
        parts.append(RolePart(key, title, province.role_in(row, unit), row.lead))
    return role_answer(unit, parts, province.coordinator, listed)


def _named(desk: Desk, about: str) -> tuple[str, ...]:
    """The rows the bot's message replied to names, a sub-row before its parent's number."""
    found = [
        key
        for key in desk.province.assignments
        if re.search(rf"(?<![\w/-]){re.escape(key)}(?![\w-])", about)
    ]
    return tuple(k for k in found if not any(o != k and o.startswith(k + "/") for o in found))


def _just_written(desk: Desk, caller: Caller) -> tuple[str, ...]:
    change = desk.repo.latest_by(caller.user_id)
    if change is None or change.agency != caller.agency:
        return ()
    if desk.clock.now() - change.at > JUST_WRITTEN or change.key not in desk.province.assignments:
        return ()
    return (change.key,)
