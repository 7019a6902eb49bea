"""A change of the assignment table in force told to the units it concerns (ux38 #8): an import
applied (`python -m bot import … --apply`, a table sent in the chat), a row patched by /giao, a
rollback (its "↩️" or `--rollback`). Each unit whose role or date changed on a row gets one
short message, each row old → new with its key, after the coordinator applies the change,
never before; a rollback is a change of its own and tells them again. Recorded inside the
change's unit of work in the reminder log, as a letter's notice is (usecases/letter_notices.py),
and delivered by the reminders' delivery (retried, a blocked chat marked, nothing sent twice),
from the running bot when the change came from the command line. The entry's keys hold the
unit's lines as they read at the apply: the versions compared are gone from the desk by send
time."""

from __future__ import annotations

from db.delivery_log import TABLE, Owed, notice_key
from knowledge.catalogue.key_lists import join_keys
from knowledge.catalogue.table_versions import Table, table_of, unit_lines
from knowledge.render.table_notice_text import table_notice
from usecases.desk import Desk


def table_now(desk: Desk) -> Table:
    """The province's table in force as the change compares it (each district on its own)."""
    return table_of(desk.province.assignments.values())


def announce_table(desk: Desk, old: Table, new: Table, number: int) -> int:
    """Inside the apply's use case: one entry per officer's chat of each unit the change from
    `old` to `new` (version `number`) gives a new role or date; how many were recorded."""
    lines = unit_lines(old, new)
    if not lines:
        return 0
    slug, now = desk.config.province, desk.clock.now()
    chats = desk.reminders.recipients(groups=False)
    entries = [
        {
            "uniq": notice_key(slug, TABLE, number, number, unit, chat),
            "chat_id": chat,
            "day": now.date(),
            "agency": unit,
            "due": now.date(),
            "offset": 0,
            "keys": join_keys(said),
        }
        for unit, said in lines.items()
        for chat in chats.get(unit, [])
    ]
    return desk.reminders.record(entries, now) if entries else 0


def table_told(desk: Desk, item: Owed) -> str | None:
    """At send time, the unit's message of the change its entry was recorded for."""
    if item.letter is None or not item.keys:
        return None
    found = desk.tables.version(desk.config.province, item.letter) if desk.tables else None
    restores = found.restores if found is not None else None
    return table_notice(item.agency, item.letter, item.keys, restores)
