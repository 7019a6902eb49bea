"""States and statuses are stored as plain strings and read back as enums: a value that is no
member fails where it enters (the read, or the write), not deep inside a view.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from db.models import DeliveryState
from db.proposal_repo import ProposalRepo
from db.reminder_repo import ReminderRepo
from db.repo import Repo
from db.session import make_engine, make_sessions, migrate
from knowledge.rules.officers import OfficerState
from knowledge.rules.proposals import ProposalState
from knowledge.rules.statuses import Status

AT = datetime(2021, 4, 13, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
PROPOSAL = {
    "name": "Cấp phép di dời",
    "sector": "",
    "tier": "tinh",
    "level": 3,
    "lead": "Sở Xây dựng",
    "coordinate": [],
    "quarter": "Quý II/2021",
    "note": "",
}


@pytest.fixture
def stores(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    sessions = make_sessions(engine)
    yield engine, Repo(sessions, "tuyen-quang"), ProposalRepo(sessions, "tuyen-quang")
    engine.dispose()


def corrupt(engine, sql: str) -> None:
    """What a hand edit or another program's bug could leave in the database."""
    with engine.begin() as connection:
        connection.execute(text(sql))


def test_reads_are_members(stores):
    engine, repo, proposals = stores
    repo.request_registration(1001, "An", "Sở Xây dựng", AT)
    repo.record("406-14", "Sở Xây dựng", Status.VUONG_MAC, "chờ", 1001, AT)
    repo.record("406-14", "Sở Xây dựng", Status("hoan_thanh"), "", 1001, AT)
    proposals.add("Sở Xây dựng", 1001, PROPOSAL, AT)
    officer = repo.officer(1001)
    assert officer is not None and type(officer.state) is OfficerState
    first, second = repo.history("406-14")
    assert type(second.new) is Status and type(second.old) is Status and first.old is None
    assert type(proposals.list()[0].state) is ProposalState
    with engine.connect() as connection:  # the columns still hold the plain codes
        assert connection.execute(text("select state from officers")).scalar() == "pending"
        assert connection.execute(text("select new from status_changes")).scalar() == "vuong_mac"


@pytest.mark.parametrize(
    ("sql", "read"),
    [
        ("update officers set state = 'aproved'", lambda repo, _: repo.officer(1001)),
        ("update officers set state = 'aproved'", lambda repo, _: repo.officers()),
        ("update status_changes set new = 'xong'", lambda repo, _: repo.current_all()),
        ("update status_changes set old = 'Done'", lambda repo, _: repo.history()),
        ("update proposals set state = 'deleted'", lambda _, proposals: proposals.get(1)),
    ],
)
def test_an_unknown_string_in_the_database_raises_on_read(stores, sql, read):
    engine, repo, proposals = stores
    repo.request_registration(1001, "An", "Sở Xây dựng", AT)
    repo.record("406-14", "Sở Xây dựng", Status.DANG_THUC_HIEN, "", 1001, AT)
    repo.record("406-14", "Sở Xây dựng", Status.HOAN_THANH, "", 1001, AT)
    proposals.add("Sở Xây dựng", 1001, PROPOSAL, AT)
    read(repo, proposals)  # fine before
    corrupt(engine, sql)
    with pytest.raises(ValueError, match="in the database is no"):
        read(repo, proposals)


def test_an_unknown_reminder_state_raises_on_read(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    reminders = ReminderRepo(make_sessions(engine), "tuyen-quang")
    entry = {"uniq": "u", "chat_id": 1001, "day": date(2021, 4, 13), "agency": "Sở Xây dựng"}
    reminders.record([{**entry, "due": date(2021, 4, 20), "offset": 7, "keys": "406-14"}], AT)
    assert [r.state for r in reminders.log()] == [DeliveryState.PENDING]
    corrupt(engine, "update reminder_log set state = 'queued'")
    with pytest.raises(ValueError, match="DeliveryState"):
        reminders.log()
    engine.dispose()


def test_an_unknown_value_is_refused_on_write(stores):
    _, repo, _ = stores
    with pytest.raises(ValueError):
        repo.record("406-14", "Sở Xây dựng", "xong", "", 1001, AT)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        repo.decide(1001, "approve", 9000, AT)  # type: ignore[arg-type]
    assert repo.history() == []
