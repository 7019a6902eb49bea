"""The desk's units × documents table heads a moved deadline as /nopbai tinh does, with the date
it replaced (ux23 #4): "hạn 30/4/2021 (trước: 20/4/2021)". At the HTTP level."""

from __future__ import annotations

from tests.botkit import ADMIN
from tests.web.test_api import call

DOSSIER = "tq-2021-04-20"


def test_a_moved_deadline_carries_the_date_it_replaced(live):
    live.say("@ 2021-04-14 09:00")
    desk = live.serve()
    status, board = call(desk, "api/desk", ADMIN)
    [task] = [t for t in board["province_view"]["handins"] if t["id"] == DOSSIER]
    assert (task["due_text"], task["due_before_text"]) == ("20/4/2021", None)
    live.say(f"{ADMIN} > /doihan {DOSSIER} 30/4/2021", f"{ADMIN} > [🗓 Đổi hạn]")
    status, board = call(desk, "api/desk", ADMIN)
    assert status == 200
    [task] = [t for t in board["province_view"]["handins"] if t["id"] == DOSSIER]
    # 30/4-3/5/2021 are days off: the day it runs to beside it (BLDS 2015 Điều 148)
    said = ("30/4/2021 (nghỉ lễ, tính đến hết 4/5/2021)", "trước: 20/4/2021")
    assert (task["due_text"], task["due_before_text"]) == said
