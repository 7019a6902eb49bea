"""A task said sent when only some of its forms are in the bot (ux19 #10): the offer says which
the bot holds and that the others go on record as sent outside it; a write of done after the
deadline (an admin's "ghi thay" a day late) says so on its receipt, by the standing rule that
/tiendo then marks it with."""

from __future__ import annotations

from datetime import datetime

from bot.clock import TZ, Clock
from bot.config import Config
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import statements, status_offers, statuses, submissions
from usecases.desk import Desk
from usecases.statuses import Offered, Recorded
from usecases.submissions import Submitted

TASK = "tq-2021-05-20"
REST = "Phụ lục II, Phụ lục III, Phụ lục IV"


def send_pl1(desk: Desk) -> None:
    desk.call(submissions.start_form, caller(desk, 1001), "pl1")
    for counts in ("1 0 1 0", "0 0 0 0", "0 0 0 0"):
        who = caller(desk, 1001)
        desk.call(submissions.form_line, who, who.waiting.prompt, counts)
    who = caller(desk, 1001)
    assert isinstance(desk.call(submissions.form_button, who, who.waiting.prompt, "ok"), Submitted)
    assert desk.repo.current(TASK, "Sở Xây dựng").new == "dang_thuc_hien"


def test_some_forms_in_the_bot_the_offer_says_which(desk):
    officer(desk)
    send_pl1(desk)
    who = caller(desk, 1001)
    found = desk.call(statements.read_statement, who, "da gui phu luc roi")
    assert found is not None and found.key == TASK
    offered = desk.call(status_offers.offer_status, who, found)
    assert isinstance(offered, Offered) and offered.outside is not None
    assert (offered.outside.held, offered.outside.what) == (("Phụ lục I",), REST)
    assert offered.outside.hand_in == ("/nop pl2", "/nop pl3", "/nop pl4")


def test_a_write_for_a_unit_after_the_deadline_says_how_late(desk, db_url, assistant):
    officer(desk)
    send_pl1(desk)
    later = Desk.open(
        Config(database=db_url, admins=[ADMIN]),
        Clock(datetime(2021, 5, 21, 8, 0, tzinfo=TZ)),
        assistant,
    )
    try:
        admin = caller(later, ADMIN)
        written = later.call(statuses.update_status, admin, f"/capnhat {TASK} Sở Xây dựng da nop")
        assert isinstance(written, Recorded)
        assert written.late == "🕓 Nộp muộn: hạn 20/5/2021, sau hạn 1 ngày."
        assert written.outside is not None and written.outside.held == ("Phụ lục I",)
        # in time, nothing is said
        on_time = later.call(statuses.update_status, admin, "/capnhat 406-14 Sở Xây dựng xong")
        assert isinstance(on_time, Recorded) and on_time.late == ""
    finally:
        later.sessions.kw["bind"].dispose()
