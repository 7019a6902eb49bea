"""A chat's draft slot read back only while it is recent: its payload and the time it was saved,
in the clock's zone (SQLite keeps a time without its offset; we store local), or None when the
slot is empty or older than its life. For the slots that keep what is in mind for a while (a
refused file, a draft's chosen task), so each does not read the time back its own way."""

from __future__ import annotations

from datetime import datetime, timedelta

from usecases.desk import Desk


def recent_draft(
    desk: Desk, chat_id: int, user_id: int, slot: str, life: timedelta
) -> tuple[str, datetime] | None:
    row = desk.repo.peek_draft(chat_id, user_id, slot)
    if row is None:
        return None
    now = desk.clock.now()
    saved = row.saved_at if row.saved_at.tzinfo else row.saved_at.replace(tzinfo=now.tzinfo)
    if not timedelta(0) <= now - saved <= life:
        return None
    return row.payload, saved
