"""The word to a unit's officers that the coordinator wrote for their unit ("ghi thay"): a file
it received by e-mail or on paper, or a status (ux29 #2, where Hàm Yên's officer never learnt
that its September report had been filed for it). Recorded in the delivery log with the write,
delivered as the reminders are (at once when the chat's handler delivers, else within the
heartbeat); its text is made at send time, and a write undone or replaced by then says nothing.
"""

from __future__ import annotations

from db.delivery_log import BEHALF, notice_key
from db.reminder_repo import Owed
from knowledge.catalogue.key_lists import join_keys
from knowledge.messages.markup import key_tag
from knowledge.render.answers import esc
from knowledge.rules.statuses import Change
from usecases.desk import Desk
from usecases.runner import use_case
from usecases.task_titles import task_title


def record_told(desk: Desk, change: Change) -> int:
    """One word for each officer of `change`'s unit, the change's id standing where a letter's
    does; how many were recorded. Nothing for the unit's own write. Officers who switched
    their reminders off are told too: /nhacnho tắt stops the chasing of what is owed, while
    this is a record written in their unit's name (or taken back), which they answer for and
    may need to correct; groups following the unit get reminders, not the unit's record."""
    if not change.behalf:
        return 0
    now = desk.clock.now()
    chats = desk.reminders.recipients(groups=False, quiet_too=True).get(change.agency, [])
    slug = desk.config.province
    entries = [
        {
            "uniq": notice_key(slug, BEHALF, change.id, change.id, change.agency, chat),
            "chat_id": chat,
            "day": now.date(),
            "agency": change.agency,
            "due": now.date(),
            "offset": 0,
            "keys": join_keys((change.key,)),
        }
        for chat in chats
    ]
    return desk.reminders.record(entries, now)


def behalf_notice(desk: Desk, item: Owed) -> str | None:
    """At send time, the word of a write for the unit; None when that write no longer stands
    (undone, or written again since: the later write is told, or was the unit's own)."""
    if not item.keys or item.letter is None:
        return None
    key = item.keys[0]
    change = desk.repo.current(key, item.agency)
    if change is None or change.id != item.letter or not change.behalf:
        return None
    row = desk.catalogue.rows.get(key)
    title = task_title(desk, key) or (row.short_title if row is not None else "")
    what = change.new.label + (f" ({change.note})" if change.note else "")
    coordinator = desk.province.coordinator or "Quản trị viên"
    if change.undoes is not None:  # a write for the unit taken back: what stands again
        return (
            f"↩️ {esc(coordinator)} ({esc(change.behalf)}) đã hoàn tác một lần ghi cho "
            f"{esc(item.agency)}: {key_tag(key)} {esc(title)} — trở về {esc(what)}. Xem lại: "
            "/lichsu, /tiendo"
        )
    return (  # one line: what was written, for which row, by whom (ux29 #2)
        f"📝 {esc(coordinator)} ({esc(change.behalf)}) đã ghi thay {esc(item.agency)}: "
        f"{key_tag(key)} {esc(title)} — {esc(what)}. Xem lại: /nopbai, /tiendo"
    )


@use_case(front=True)
async def tell_now(desk: Desk) -> None:
    """The words recorded delivered at once, after the coordinator's receipt (as an end's are),
    rather than at the next heartbeat."""
    if desk.deliver_owed is not None:
        await desk.deliver_owed()
