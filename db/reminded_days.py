"""The days a chat was reminded of a row or a task by a given date (db/delivery_log.py's
entries, sent): what a later word about that date corrects (an undone deadline move)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.delivery_log import DeliveryLog
from db.log_tags import NUDGE, notice_of
from db.models import DeliveryState, ReminderLog
from knowledge.catalogue.key_lists import split_keys


def reminded_days(log: DeliveryLog, chat_id: int, key: str, due: date) -> list[date]:
    """The days a tick's reminder of `key` by the date `due` was sent to the chat, oldest
    first (a person's notices and nudges left out)."""
    with log.sessions() as s:
        rows = s.scalars(
            select(ReminderLog)
            .where(
                ReminderLog.province == log.province,
                ReminderLog.chat_id == chat_id,
                ReminderLog.due == due,
                ReminderLog.state == DeliveryState.SENT,
            )
            .order_by(ReminderLog.id)
        )
        days = [
            r.sent_at.date() if r.sent_at is not None else r.day
            for r in rows
            if key in split_keys(r.keys)
            and notice_of(r.uniq)[0] == ""
            and not r.uniq.startswith(f"{log.province}|{NUDGE}|")
        ]
    return sorted(set(days))
