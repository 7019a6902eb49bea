"""A row of two milestones (406-39, Sở Tài chính: households by 31/5/2021, businesses by
31/8/2021) stands the same on one day in every view (ux24 #2, #3): the row's own answer,
/tiendo, /quahan, the coordinator's digest, the chart and the web desk. Before anything is
reported, late for 31/5 with 31/8 still to come; once "xong" is pressed, the first milestone
alone is recorded, and every view then has the second open, never the row done.
"""

from __future__ import annotations

import re

from knowledge.render.charts import chart_data
from knowledge.rules.standing import marks_of
from tests.botkit import ADMIN, register, texts
from tests.web.test_api import call

FINANCE = 1006
ROW = "406-39"
AGENCY = "Sở Tài chính"


def _line(text: str) -> str:
    [line] = [x for x in text.splitlines() if ROW in x]
    return line


def _bar(svc):
    """The chart's bar of Sở Tài chính, from the statuses in the database."""
    marks = marks_of(svc.repo.current_all())
    [bar] = chart_data(svc.assistant.catalogue, svc.province, marks, svc.clock.today(), AGENCY)
    return bar


def _views(live, desk) -> dict[str, str]:
    """What each view says of 406-39 for Sở Tài chính, on the player's day."""
    said = {}
    calls = live.say(f"{FINANCE} > 406-39 han khi nao")
    said["answer"] = next(x for x in texts(calls, FINANCE)[0].splitlines() if "Các mốc" in x)
    said["tiendo"] = _line(texts(live.say(f"{FINANCE} > /tiendo"), FINANCE)[0])
    said["quahan"] = texts(live.say(f"{FINANCE} > /quahan"), FINANCE)[0]
    said["digest"] = texts(live.say(f"{ADMIN} > tong hop tuan nay"), ADMIN)[0]
    status, board = call(desk, "api/desk", FINANCE)
    assert status == 200
    [item] = [i for i in board["mine"]["items"] if i["key"] == ROW]
    said["desk"] = item["when"]
    said["desk_state"] = item["state"]
    return said


def test_one_day_every_view_stands_406_39_alike(live):
    live.say("@ 2021-06-10 09:00")
    live.run(register(live.player, FINANCE, "Sở Tài chính", "Vũ Thị Mai"))
    desk = live.serve()
    svc = live.services

    both = (
        "mốc 1 (hộ gia đình) 31/5/2021 — quá hạn 10 ngày; "
        "mốc 2 (doanh nghiệp) 31/8/2021 — còn 82 ngày"
    )
    said = _views(live, desk)
    assert both in said["answer"] and both in said["tiendo"] and both in said["desk"]
    assert said["desk_state"] == "late"
    assert ROW in said["quahan"] and both in _line(said["quahan"])
    assert ROW in said["digest"]  # late for the province, as /quahan tinh counts it
    late_before = _bar(svc).late

    # "xong" on a row with two milestones owed: the offer and the receipt name the first
    out = texts(live.say(f"{FINANCE} > 406-39 xong giai doan ho gia dinh"), FINANCE)[0]
    assert "mốc 1 (hộ gia đình), hạn 31/5/2021" in out
    out = texts(live.say(f"{FINANCE} > [#1]"), FINANCE)[0]
    assert "Ghi cho mốc 1 (hộ gia đình)" in out and "mốc 2 (doanh nghiệp), hạn 31/8/2021" in out
    current = {k: c.new for k, c in svc.repo.current_all().items() if k[1] == "Sở Tài chính"}
    assert current == {("406-39@2021-05-31", "Sở Tài chính"): "hoan_thanh"}

    second = (
        "mốc 1 (hộ gia đình) 31/5/2021 — 🕓 xong muộn 10 ngày; "
        "mốc 2 (doanh nghiệp) 31/8/2021 — còn 82 ngày"
    )
    said = _views(live, desk)
    assert second in said["answer"] and second in said["tiendo"] and second in said["desk"]
    assert said["desk_state"] == "open"
    assert ROW not in said["quahan"]
    assert not re.search(rf"{ROW}\b.*quá hạn", said["digest"])
    bar = _bar(svc)
    assert bar.late == late_before - 1 and bar.counts["hoan_thanh"] == 0  # open, not done


def test_done_from_the_desk_settles_the_milestone_that_applies(live):
    live.say("@ 2021-06-10 09:00")
    live.run(register(live.player, FINANCE, AGENCY, "Vũ Thị Mai"))
    desk = live.serve()
    status, board = call(desk, "api/desk", FINANCE)
    edits = [{"key": ROW, "status": "hoan_thanh"}]
    sent = {"version": board["version"], "edits": edits}
    status, _ = call(desk, "api/statuses", FINANCE, sent)
    assert status == 200
    current = {k: c.new for k, c in live.services.repo.current_all().items() if k[1] == AGENCY}
    assert current == {("406-39@2021-05-31", AGENCY): "hoan_thanh"}
    status, board = call(desk, "api/desk", FINANCE)
    [item] = [i for i in board["mine"]["items"] if i["key"] == ROW]
    assert item["state"] == "open" and item["due"] == "2021-08-31"
