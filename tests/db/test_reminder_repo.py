"""The exactly-once reminder log (db/reminder_repo.py) through the cycle bot/reminder_jobs.py runs:
record what a tick owes, claim a batch, send, and recover, release or requeue what did not go.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from db.models import ReminderLog
from db.reminder_repo import LEASE, ReminderRepo
from db.session import make_engine, make_sessions, migrate

T0 = datetime(2021, 4, 13, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
DAY = T0.date()


def entry(chat_id: int, due: date, keys: str, offset: int = 7, province: str = "tuyen-quang"):
    """A row as bot/reminder_jobs.record_day writes it."""
    return {
        "uniq": f"{province}|{chat_id}|{due.isoformat()}|{keys}|{offset}",
        "chat_id": chat_id,
        "day": DAY,
        "agency": "Sở Xây dựng",
        "due": due,
        "offset": offset,
        "keys": keys,
    }


OWED = [
    entry(1001, date(2021, 4, 20), "tq-2021-04-20"),
    entry(1001, date(2021, 5, 31), "406-14,406-15"),
    entry(1002, date(2021, 4, 20), "tq-2021-04-20"),
    entry(1003, date(2021, 4, 20), "tq-2021-04-20"),
    entry(1004, date(2021, 4, 20), "tq-2021-04-20"),
]


@pytest.fixture
def sessions(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    yield make_sessions(engine)
    engine.dispose()


def table(sessions) -> dict[tuple[int, str], tuple[str, int, str | None]]:
    """(chat, keys) -> (state, attempts, claimed_by), read from the database."""
    with sessions() as s:
        rows = s.scalars(select(ReminderLog).order_by(ReminderLog.id))
        return {(r.chat_id, r.keys): (r.state, r.attempts, r.claimed_by) for r in rows}


def chats(owed) -> list[int]:
    return [o.chat_id for o in owed]


def ids(owed) -> list[int]:
    return [o.id for o in owed]


def test_record_is_exactly_once_per_unique_key(sessions):
    repo = ReminderRepo(sessions, "tuyen-quang")
    assert repo.record(OWED, T0) == 5
    # a restart, or a second process planning the same day, records nothing more
    assert repo.record(OWED, T0 + timedelta(minutes=1)) == 0
    assert repo.record([*OWED, entry(1005, date(2021, 4, 20), "tq-2021-04-20")], T0) == 1
    rows = table(sessions)
    assert len(rows) == 6
    assert {state for state, _, _ in rows.values()} == {"pending"}


def test_claim_recover_release_requeue(sessions):
    repo = ReminderRepo(sessions, "tuyen-quang")
    other = ReminderRepo(sessions, "khanh-hoa")
    repo.record(OWED, T0)
    other.record([entry(2001, date(2020, 4, 20), "kh-2020-04-20", province="khanh-hoa")], T0)

    # Two instances claim batches side by side: each row goes to one of them, the province's only.
    first = repo.claim("A", T0, limit=3)
    assert [(o.chat_id, o.keys) for o in first] == [
        (1001, ("tq-2021-04-20",)),
        (1001, ("406-14", "406-15")),
        (1002, ("tq-2021-04-20",)),
    ]
    second = repo.claim("B", T0 + timedelta(minutes=1))
    assert chats(second) == [1003, 1004]
    assert repo.claim("C", T0) == []
    rows = table(sessions)
    assert rows[(1001, "tq-2021-04-20")] == ("sending", 0, "A")
    assert rows[(1003, "tq-2021-04-20")] == ("sending", 0, "B")
    assert rows[(2001, "kh-2020-04-20")] == ("pending", 0, None)

    # B sends to 1003 and finds 1004's row done meanwhile; A dies mid-send.
    repo.finish(ids(second[:1]), "sent", T0 + timedelta(minutes=1))
    repo.finish(ids(second[1:]), "dropped")
    # A's claims are owed again once their lease ran out, not before
    assert repo.recover(T0 + LEASE - timedelta(seconds=1)) == 0
    assert repo.recover(T0 + LEASE + timedelta(seconds=1)) == 3
    assert table(sessions)[(1001, "406-14,406-15")] == ("pending", 0, None)

    # Claimed again: the send to 1001 fails (released to a retry), 1002 has blocked the bot.
    t1 = T0 + timedelta(minutes=3)
    third = repo.claim("D", t1)
    assert ids(third) == ids(first)
    assert repo.release(ids(third[:2]), t1) == []
    repo.finish(ids(third[2:]), "blocked")
    rows = table(sessions)
    assert rows[(1001, "tq-2021-04-20")] == ("retry", 1, None)
    assert rows[(1002, "tq-2021-04-20")][0] == "blocked"
    # the failed send waits for its back-off (a minute after the first failure)
    assert repo.requeue(t1 + timedelta(seconds=59)) == 0
    assert repo.claim("E", t1 + timedelta(seconds=59)) == []
    assert repo.requeue(t1 + timedelta(minutes=1)) == 2
    fourth = repo.claim("F", t1 + timedelta(minutes=1))
    assert ids(fourth) == ids(third[:2]) and [o.attempts for o in fourth] == [1, 1]
    # Telegram asks to wait five minutes: longer than the back-off, so five minutes it is
    t2 = t1 + timedelta(minutes=1)
    assert repo.release(ids(fourth), t2, wait=timedelta(minutes=5)) == []
    assert repo.requeue(t2 + timedelta(minutes=4)) == 0
    assert repo.requeue(t2 + timedelta(minutes=5)) == 2
    fifth = repo.claim("F", t2 + timedelta(minutes=5))
    repo.finish(ids(fifth), "sent", t2 + timedelta(minutes=5))

    # Sent, dropped and blocked rows are never owed again.
    assert repo.recover(T0 + timedelta(days=2)) == 0
    assert repo.requeue(T0 + timedelta(days=2)) == 0
    assert repo.claim("G", T0 + timedelta(days=2)) == []
    assert repo.record(OWED, T0 + timedelta(days=2)) == 0
    assert {key: state for key, (state, _, _) in table(sessions).items()} == {
        (1001, "tq-2021-04-20"): "sent",
        (1001, "406-14,406-15"): "sent",
        (1002, "tq-2021-04-20"): "blocked",
        (1003, "tq-2021-04-20"): "sent",
        (1004, "tq-2021-04-20"): "dropped",
        (2001, "kh-2020-04-20"): "pending",
    }
    assert chats(other.claim("H", T0)) == [2001]


def test_a_live_instance_keeps_its_claims_and_a_dead_ones_are_taken_over(sessions):
    repo = ReminderRepo(sessions, "tuyen-quang")
    repo.record(OWED, T0)
    assert len(repo.claim("A", T0, limit=2)) == 2
    assert len(repo.claim("B", T0)) == 3
    # A starting instance recovers nothing a live one holds: A and B renew every heartbeat.
    for minutes in range(1, 10):
        now = T0 + timedelta(minutes=minutes)
        assert repo.renew("A", now) == 2
        if minutes < 5:
            assert repo.renew("B", now) == 3  # B dies after 4 minutes
        assert repo.recover(now) == (3 if minutes == 7 else 0)
    assert {(state, by) for state, _, by in table(sessions).values()} == {
        ("sending", "A"),
        ("pending", None),
    }
    # A's claims are still A's; B's taken over by a new instance
    assert repo.held("A", [1, 2, 3]) == {1, 2}
    assert chats(repo.claim("C", T0 + timedelta(minutes=9))) == [1002, 1003, 1004]


def test_a_send_that_cannot_go_today_fails_and_is_handed_back_once(sessions):
    repo = ReminderRepo(sessions, "tuyen-quang")
    repo.record(OWED[:2], T0)
    late = T0.replace(hour=23, minute=50)
    owed = repo.claim("A", late)
    [one, two] = owed
    # the first retry would be at 23:51: still today; after five failures, 30 minutes: tomorrow
    assert repo.release([one.id], late) == []
    with sessions.begin() as s:
        s.get(ReminderLog, two.id).attempts = 5
    [failed] = repo.release([two.id], late)
    assert failed.id == two.id and failed.state == "failed"
    # a retry left over from a day that is over (the bot was down): failed, handed back once
    tomorrow = T0 + timedelta(days=1)
    assert repo.requeue(tomorrow) == 0
    [expired] = repo.expire(tomorrow, "x")
    assert expired.id == one.id and repo.expire(tomorrow, "y") == []
    assert {state for state, _, _ in table(sessions).values()} == {"failed"}


def test_reminders_of_missing_documents_go_once_a_day_per_chat(sessions):
    repo = ReminderRepo(sessions, "tuyen-quang")
    owed = {
        "Sở Y tế": (("tq-2021-04-20",), [1003, 1004]),
        "Sở Tư pháp": (("tq-2021-04-20",), [1005]),
    }
    assert repo.record_nudges(DAY, owed, T0) == {"Sở Y tế": 2, "Sở Tư pháp": 1}
    # again the same day (a second press, a second process): nothing new
    assert repo.record_nudges(DAY, owed, T0) == {"Sở Y tế": 0, "Sở Tư pháp": 0}
    assert sorted((r.chat_id, r.agency) for r in repo.nudges(DAY)) == [
        (1003, "Sở Y tế"),
        (1004, "Sở Y tế"),
        (1005, "Sở Tư pháp"),
    ]
    claimed = repo.claim("a", T0)
    assert all(o.nudge for o in claimed) and {o.keys for o in claimed} == {("tq-2021-04-20",)}
    # the daily reminders are no nudges; another day starts afresh
    repo.record([entry(1001, date(2021, 4, 20), "tq-2021-04-20")], T0)
    assert [o.nudge for o in repo.claim("b", T0)] == [False]
    tomorrow = DAY + timedelta(days=1)
    assert repo.nudges(tomorrow) == []
    assert repo.record_nudges(tomorrow, owed, T0) == {"Sở Y tế": 2, "Sở Tư pháp": 1}
