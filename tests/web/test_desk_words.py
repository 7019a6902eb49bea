"""The desk says a deadline and a recorder in the chat's words: the hour a letter ends its day at
("hạn 17 giờ 00 ngày 8/10/2021", as /nopbai tinh), and whoever recorded a change by the name the
bot holds for them (as /lichsu), never a bare id or the demo's placeholder. At the HTTP level."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_coordinator_review import QUARTERLY_LETTER
from tests.web.test_api import call
from usecases.desk_views import known_name

DUE = "tq-2021-10-08"


def test_a_tasks_hour_is_on_the_desk_as_in_the_chat(live):
    live.say(
        "@ 2021-09-15 08:30",
        "1002 Trần Thị Bình > /dangky Sở Y tế",
        f"{ADMIN} > /duyet 1002",
    )
    live.run(live.player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode()))
    told = texts(live.say(f"{ADMIN} > [Công bố]"), 1002)
    assert told[0].startswith("📬 Công văn mới — Sở Y tế"), told
    # the publication undone on the page: the officer told of it hears at once that it was
    # taken back (the chat's immediate path, not the reminder log's next round), with no
    # clock moved; published again, told in a line that it stands again, once (ux20 #12)
    desk = live.serve()
    version = live.services.letters.in_force_number()
    before = len(live.player.emulator.calls)
    status, body = call(desk, "api/tracking/undo", ADMIN, {"version": version})
    assert status == 200, body
    sent = [c for c in live.player.emulator.calls[before:] if c["chat_id"] == 1002]
    assert len(sent) == 1, sent
    assert sent[0]["text"].startswith("↩️ <b>Công văn đã được hủy công bố — Sở Y tế</b>")
    # a minute on: at once, the same button again is a double tap (handlers/double_taps.py)
    again = texts(live.say("@ 2021-09-15 08:31", f"{ADMIN} > [Công bố]"), 1002)
    assert len(again) == 1 and again[0].startswith("↪️ Công văn có hiệu lực trở lại — Sở Y tế")
    live.say("@ 2021-10-08 08:00")
    nopbai = "\n".join(texts(live.say(f"{ADMIN} > /nopbai tinh"), ADMIN))
    assert "hạn 17 giờ 00 ngày 8/10/2021" in nopbai
    status, board = call(desk, "api/desk", ADMIN)
    assert status == 200
    [task] = [t for t in board["province_view"]["handins"] if t["id"] == DUE]
    assert task["due_text"] == "17 giờ 00 ngày 8/10/2021"
    status, board = call(desk, "api/desk", 1002)
    [item] = [i for i in board["mine"]["items"] if i["key"] == DUE]
    assert item["when"].startswith("hạn 17 giờ 00 ngày 8/10/2021 (hạn hôm nay)"), item["when"]


def test_the_recorder_is_named_as_the_bot_holds_them(live):
    live.say(
        "@ 2021-04-13 08:00",
        "1002 Trần Thị Bình > /dangky Sở Y tế",
        f"{ADMIN} Trần Điều Phối > /duyet 1002",
        f"{ADMIN} Trần Điều Phối > /capnhat tq-2021-04-20 Sở Tư pháp đã nộp",
    )
    # the name the demo's link signs with: the one the admin signed a "ghi thay" with in chat
    assert live.services.call(known_name, ADMIN) == "Trần Điều Phối"
    assert live.services.call(known_name, 1002) == "Trần Thị Bình"
    assert live.services.call(known_name, 4242) == ""
    desk = live.serve()
    status, page = call(desk, "api/unit?name=" + "S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p", ADMIN)
    assert status == 200
    [change] = page["history"]
    assert (change["by"], change["behalf"]) == ("Trần Điều Phối", True)
    lichsu = "\n".join(texts(live.say(f"{ADMIN} > /lichsu tq-2021-04-20"), ADMIN))
    assert "(do Trần Điều Phối ghi thay)" in lichsu
    # a desk write signed with the demo's placeholder (a link made without a name) does not
    # become the name the bot holds: the next demo link still names the admin as the chat did
    version = call(desk, "api/desk", ADMIN)[1]["version"]
    edit = {"key": "tq-2021-05-20", "unit": "Sở Tư pháp", "status": "dang_thuc_hien"}
    assert call(desk, "api/statuses", ADMIN, {"version": version, "edits": [edit]})[0] == 200
    assert live.services.repo.current("tq-2021-05-20", "Sở Tư pháp").behalf == "Người dùng 9000"
    assert live.services.call(known_name, ADMIN) == "Trần Điều Phối"


def test_a_done_item_is_said_on_the_desk_as_in_tiendo(live):
    # the desk's line for a done item is the one standing line every chat view says (the day
    # it was done and how it met its date), never its deadline with days counted (ux35 #2)
    live.say(
        "@ 2021-04-13 08:00",
        "1002 Trần Thị Bình > /dangky Sở Y tế",
        f"{ADMIN} > /duyet 1002",
        "1002 > /capnhat tq-2021-04-20 đã nộp",
        "@ 2021-04-28 08:00",
    )
    tiendo = "\n".join(texts(live.say("1002 > /tiendo"), 1002))
    status, board = call(live.serve(), "api/desk", 1002)
    assert status == 200
    [item] = [i for i in board["mine"]["items"] if i["key"] == "tq-2021-04-20"]
    assert "13/4/2021, đúng hạn" in item["when"], item["when"]
    assert item["when"] in tiendo, (item["when"], tiendo)
