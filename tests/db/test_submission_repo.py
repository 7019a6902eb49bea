"""Submissions are versions: a resubmission adds one, the latest is the accepted one, every file
is kept as sent.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from db.models import Submission
from db.session import make_engine, make_sessions, migrate
from db.submission_repo import SubmissionRepo

AT = datetime(2021, 5, 10, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


def test_versions_latest_and_files(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    repo = SubmissionRepo(make_sessions(engine), "tuyen-quang")
    first = repo.add("tq-2021-05-20", "pl1", "Sở Y tế", 1002, AT, "file", "a.xlsx", b"A", {}, "s1")
    other = repo.add(
        "tq-2021-05-20", "pl1", "Sở Xây dựng", 1001, AT, "chat", "b.xlsx", b"B", {}, ""
    )
    again = repo.add(
        "tq-2021-05-20", "pl1", "Sở Y tế", 1003, AT, "file", "c.xlsx", b"C", {"x": 1}, "s2"
    )
    assert (first.version, other.version, again.version) == (1, 1, 2)
    latest = repo.submissions(task="tq-2021-05-20")
    assert [(s.agency, s.version, s.by, s.summary) for s in latest] == [
        ("Sở Xây dựng", 1, 1001, ""),
        ("Sở Y tế", 2, 1003, "s2"),
    ]
    assert latest[1].submitted_at == AT
    assert len(repo.submissions(latest_only=False)) == 3
    assert repo.content(first.id) == b"A" and repo.data(again.id) == {"x": 1}
    assert SubmissionRepo(make_sessions(engine), "khanh-hoa").submissions() == []
    engine.dispose()


def test_an_undone_version_is_kept_and_the_one_before_is_accepted_again(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    repo = SubmissionRepo(make_sessions(engine), "tuyen-quang")
    task = "tq-2021-05-20"
    first = repo.add(task, "pl4", "Sở Y tế", 1002, AT, "file", "a.xlsx", b"A", {}, "s1", marked=7)
    second = repo.add(task, "pl4", "Sở Y tế", 1002, AT, "file", "b.xlsx", b"B", {}, "s2")
    assert repo.marking(7) == first and repo.marking(8) is None
    repo.undo(second.id, 1002, AT)
    assert [s.id for s in repo.submissions(task=task)] == [first.id]
    assert [(s.version, s.undone) for s in repo.submissions(latest_only=False)] == [
        (1, False),
        (2, True),
    ]
    assert repo.get(second.id).undone and repo.content(second.id) == b"B"  # kept
    repo.undo(first.id, 9000, AT, behalf="Trần Điều Phối", restored=8)
    assert repo.submissions(task=task) == [] and repo.marking(7) is None
    # an undone version is no sending: the next one is shown "lần nộp 1" again, while the log
    # stores it past the undone ones (its unique number never reused)
    third = repo.add(task, "pl4", "Sở Y tế", 1002, AT, "file", "c.xlsx", b"C", {}, "s3")
    assert third.version == 1 and repo.submissions(task=task) == [third]
    assert repo.get(third.id) == third and repo.latest_by(1002) == third
    with make_sessions(engine)() as s:
        stored = s.scalars(select(Submission.version).order_by(Submission.id)).all()
    assert stored == [1, 2, 3]
    fourth = repo.add(task, "pl4", "Sở Y tế", 1002, AT, "file", "d.xlsx", b"D", {}, "s4")
    assert fourth.version == 2
    assert [(s.version, s.undone) for s in repo.submissions(latest_only=False)] == [
        (1, True),
        (1, True),
        (1, False),
        (2, False),
    ]
    engine.dispose()
