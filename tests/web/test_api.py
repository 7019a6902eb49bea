"""The desk's API refuses what the chat refuses, with a message and nothing written: forged or
missing initData, another agency's row, a status that is not one, a missing note, a page loaded on
an assignment table no longer in force, someone else's change to undo; and it bounds the size of a
request and the pace of one person."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import quote

from tests.botkit import ADMIN, texts
from web.guard import Window

SETUP = [
    "@ 2021-04-13 08:00",
    "1001 Nguyễn Văn An > /dangky Sở Xây dựng",
    f"{ADMIN} > /duyet 1001",
    "1002 Trần Thị Bình > /dangky Sở Y tế",
    f"{ADMIN} > /duyet 1002",
]


def call(desk, path: str, user: int | None, body=None, raw: bytes | None = None):
    headers = {"Content-Type": "application/json"}
    if user is not None:
        headers["Authorization"] = "tma " + desk.init_data(user)
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(desk.url + path, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def text(body) -> str:
    return " ".join(m["text"] for m in body["messages"])


def test_writes_refused_whole_and_nothing_written(live):
    live.say(*SETUP)
    desk = live.serve()
    repo = live.services.repo
    status, board = call(desk, "api/desk", 1001)
    assert status == 200 and board["user"] == {"id": 1001, "agency": "Sở Xây dựng", "admin": False}
    assert "province_view" not in board  # an officer sees their agency, not the province
    version = board["version"]

    def write(edits, user=1001, v=version):
        return call(desk, "api/statuses", user, {"version": v, "edits": edits})

    # another agency's row, beside a good one: the batch is refused whole
    status, body = write(
        [{"key": "406-14", "status": "hoan_thanh"}, {"key": "406-22", "status": "hoan_thanh"}]
    )
    assert status == 403 and "không chủ trì hay phối hợp mục 406-22" in text(body)
    status, body = write([{"key": "406-14", "status": "xong_roi"}])
    assert status == 400 and "không phải một trạng thái" in text(body)
    status, body = write([{"key": "406-14", "status": "khong_du_dieu_kien", "note": " "}])
    assert status == 400 and "cần lý do" in text(body)
    status, body = write([{"key": "406-999", "status": "hoan_thanh"}])
    assert status == 400 and "Không có mục 406-999" in text(body)
    status, body = write([{"key": "406-14", "status": "hoan_thanh"}] * 2)
    assert status == 400
    status, body = call(desk, "api/statuses", 1001, {"edits": []})
    assert status == 400
    status, body = call(desk, "api/statuses", 1001, raw=b"{not json")
    assert status == 400
    status, body = call(desk, "api/statuses", 1001, raw=b"{" + b" " * 70_000 + b"}")
    assert status == 413
    assert repo.history() == []

    # a new assignment table came into force after the page was loaded
    live.services.tables.rollback(
        "tuyen-quang", 0, live.player.clock.now(), ADMIN, ("Tuyên Quang", "406", 43)
    )
    status, body = write([{"key": "406-14", "status": "hoan_thanh"}])
    assert status == 409 and "Tải lại trang" in text(body)
    assert repo.history() == []

    # on the table in force: written, and an officer of another agency may not undo it
    status, board = call(desk, "api/desk", 1001)
    status, body = write([{"key": "406-14", "status": "hoan_thanh"}], v=board["version"])
    assert status == 200
    change = body["written"][0]["change"]
    assert (change["key"], change["old"], change["new"]) == (
        "406-14",
        "Chưa bắt đầu",
        "Hoàn thành",
    )
    status, body = call(desk, "api/undo", 1002, {"change": change["id"]})
    assert status == 403 and "Chỉ người đã ghi" in text(body)
    status, body = call(desk, "api/undo", 1001, {"change": "1"})
    assert status == 400
    # the same status again appends nothing
    status, body = write([{"key": "406-14", "status": "hoan_thanh"}], v=board["version"])
    assert status == 200 and body["written"][0]["change"] is None
    assert [(c.key, c.new) for c in repo.history()] == [("406-14", "hoan_thanh")]
    # undo after 10 minutes: refused, as the chat's button
    live.say("@ 2021-04-13 08:20")
    status, body = call(desk, "api/undo", 1001, {"change": change["id"]})
    assert status == 403 and "10 phút" in text(body)


def test_who_sees_what(live):
    live.say(*SETUP, "1005 > /dangky Sở Y tế")
    desk = live.serve()
    assert call(desk, "api/desk", None)[0] == 403
    status, body = call(desk, "api/desk", 1005)  # pending: told where the request stands
    assert status == 403 and "đang chờ duyệt" in text(body)
    assert call(desk, "api/desk", 4242)[0] == 403  # a stranger
    assert call(desk, "api/unit?name=" + quote("Sở Y tế"), 1001)[0] == 403
    assert call(desk, "api/unit?name=" + quote("Sở Xây dựng"), 1001)[0] == 200
    assert call(desk, "api/unit?name=" + quote("Sở Không Có"), ADMIN)[0] == 404
    assert call(desk, "api/trend", 1001)[0] == 403
    assert call(desk, "api/nudge", 1001)[0] == 403
    assert call(desk, "api/file/tiendo-tinh", 1001)[0] == 403
    status, board = call(desk, "api/desk", ADMIN)
    assert status == 200 and board["user"]["admin"] and "mine" not in board
    units = {a["agency"] for a in board["province_view"]["agencies"]}
    # the province's units as /tiendo tinh counts them: each lead agency and each addressee,
    # and each district unit, which only coordinates (406-11), its line apart (ux16a item 7)
    assert {"Sở Y tế", "Sở Xây dựng", "Công an tỉnh"} <= units and len(units) >= 19
    tiendo = "\n".join(texts(live.say(f"{ADMIN} > /tiendo tinh")))
    for a in board["province_view"]["agencies"]:
        assert f"• {a['agency']}: {a['tally']['text']}" in tiendo.splitlines()
    district = [a for a in board["province_view"]["agencies"] if a["agency"].startswith("UBND")]
    assert len(district) == 7 and district[0]["tally"]["text"] == "phối hợp 0/1 xong"
    apart = board["province_view"]["apart"]["text"]
    assert f"Mục phối hợp (đếm riêng): {apart}" in tiendo.splitlines()
    # f18b item 2: the desk's chart and its trend add up to the same two counts
    chart = board["province_view"]["chart"]
    assert (chart["total"], chart["apart"]) == (
        board["province_view"]["tally"],
        board["province_view"]["apart"],
    )
    bars = {b["agency"]: b for b in chart["bars"]}
    assert sum(bars[a["agency"]]["apart"]["chua_bat_dau"] for a in district) == 7
    status, trend = call(desk, "api/trend", ADMIN)
    assert status == 200
    last = trend["points"][-1]
    assert last["text"] == board["province_view"]["tally"]["text"]
    assert last["apart"] == board["province_view"]["apart"]


def test_pace_per_person(live):
    live.say(*SETUP)
    desk = live.serve()
    desk.desk.reads = Window(3, 60.0)
    codes = [call(desk, "api/desk", 1001)[0] for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    assert call(desk, "api/desk", 1002)[0] == 200  # someone else is not slowed down


def test_a_unit_named_in_an_edit_is_written_ghi_thay_only_by_an_admin(live):
    """The desk names the unit an admin writes for, as `/capnhat <mã> <đơn vị> …` does: a row
    several units own is written for that unit only; unnamed, it is still refused (never a
    pick); an officer naming another unit is refused as in the chat."""
    live.say(*SETUP)
    desk = live.serve()
    repo = live.services.repo
    version = call(desk, "api/desk", ADMIN)[1]["version"]

    def write(edits, user=ADMIN):
        return call(desk, "api/statuses", user, {"version": version, "edits": edits})

    status, body = write([{"key": "406-22", "status": "hoan_thanh"}])
    assert status == 403 and "hãy chọn đơn vị" in text(body)
    status, body = write([{"key": "406-22", "status": "hoan_thanh", "unit": "Sở Xây dựng"}])
    assert status == 403 and "Sở Xây dựng không" in text(body)
    status, body = write([{"key": "406-22", "status": "hoan_thanh", "unit": 7}])
    assert status == 400
    status, body = write([{"key": "406-14", "status": "hoan_thanh", "unit": "Sở Y tế"}], user=1001)
    assert status == 403 and "Chỉ quản trị viên ghi thay" in text(body)
    assert repo.history() == []
    status, body = write(
        [
            {"key": "406-22", "status": "hoan_thanh", "unit": "Sở Y tế"},
            {"key": "406-22", "status": "dang_thuc_hien", "unit": "Công an tỉnh"},
        ]
    )
    assert status == 200, body
    assert [(c.key, c.agency, c.new, c.by) for c in repo.history()] == [
        ("406-22", "Sở Y tế", "hoan_thanh", ADMIN),
        ("406-22", "Công an tỉnh", "dang_thuc_hien", ADMIN),
    ]
    assert all(c.behalf for c in repo.history())
    assert repo.current("406-22", "Sở Giao thông vận tải") is None
    # Sở Y tế's officer told of the write for the unit at once, in one line (ux29 #2)
    told = [
        c["text"]
        for c in live.player.emulator.calls
        if c["method"] == "sendMessage" and c["chat_id"] == 1002 and "ghi thay" in c["text"]
    ]
    assert len(told) == 1 and "đã ghi thay Sở Y tế: <b>406-22</b>" in told[0], told


def test_a_district_officer_sees_the_sectors_dates_as_the_chat_says_them(live):
    """ux16a item 1 on the desk: the district's 406-11 with the sectors' dates, never "chưa có
    hạn"; f18b: as the Sở's dates beside, never late for the district that only coordinates it,
    as /tiendo says."""
    live.say("@ 2021-12-20 08:00", "2002 Ma Văn Tùng > /dangky lam binh", f"{ADMIN} > /duyet 2002")
    desk = live.serve()
    status, board = call(desk, "api/desk", 2002)
    assert status == 200
    [item] = board["mine"]["items"]
    assert item["key"] == "406-11" and item["state"] == "open" and item["role"] == "coordinate"
    assert item["when"].startswith("tỉnh chưa giao hạn riêng cho mục này (đơn vị phối hợp")
    said = texts(live.say("2002 > /tiendo"))[0]
    assert (
        item["when"] in said and "Không có mục nào quá hạn" in texts(live.say("2002 > /quahan"))[0]
    )
    tiendo = said.splitlines()[0]
    # u23c #5: no percentage for a unit that only coordinates, the row counted apart
    own = "không chủ trì mục nào, không có nhiệm vụ phải nộp"
    assert board["mine"]["tally"]["text"] == own and own in tiendo
    assert (board["mine"]["apart"]["total"], board["mine"]["apart"]["late"]) == (1, 0)
