"""A finished row judged by the province's date, a row of two milestones kept open until the
last one is met, and a /doihan undone told as a cancelled date (ux25 #1, #2, #7). Through the
emulator with the real Application, on the test's database."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, register, texts

TNMT = "Sở Tài nguyên và Môi trường"
FINANCE = "Sở Tài chính"
PHU_LUC = "tq-2021-05-20"


def _current(player, agency: str) -> dict:
    repo = player.app.bot_data["services"].repo
    return {k[0]: c for k, c in repo.current_all().items() if k[1] == agency}


def _line(text: str, key: str) -> str:
    [line] = [x for x in text.splitlines() if x.startswith(f"• {key} ")]
    return line


async def test_a_row_finished_late_counts_from_the_provinces_date(player):
    await player.line("@ 2021-09-13 08:00")
    await register(player, 1008, TNMT, "Đinh Hưng")
    # 406-19: the province's 31/5, the decision's 30/6; done 13/9 is 105 days after 31/5
    await player.send(1008, "406-19 xong")
    out = texts(await player.send(1008, "[#1]"), 1008)[0]
    assert "🕓 Xong muộn: hạn 31/5/2021, sau hạn 105 ngày." in out
    # sent 2/6: in time for the decision's 30/6, two days late for the province's 31/5
    offer = texts(await player.send(ADMIN, "/capnhat 406-20 tnmt xong ngay 2/6"), ADMIN)[0]
    assert "Ngày gửi: 2/6/2021 (hạn 31/5/2021, sau hạn 2 ngày)" in offer
    await player.send(ADMIN, "[#1]")
    written = _current(player, TNMT)
    assert written["406-20"].new == "hoan_thanh"
    assert written["406-20"].sent_on == date(2021, 6, 2)
    shown = texts(await player.send(1008, "/tiendo"), 1008)[0]
    line = _line(shown, "406-20")
    # the day sent and the days late for the province's date, no days counted on the dates
    assert "✅ Hoàn thành — 🕓 xong muộn 2 ngày (xong 2/6/2021, hạn 31/5/2021)" in line
    assert "🕓 xong muộn 105 ngày (xong 13/9/2021, hạn 31/5/2021)" in _line(shown, "406-19")


async def test_a_row_of_two_milestones_stays_open_until_the_last(player):
    await register(player, 1003, TNMT, "Lê Văn Cường")
    await player.line("@ 2021-05-24 08:00")
    await register(player, 1002, FINANCE, "Trần Thị Bình")
    await player.send(1002, "406-39 xong")
    await player.send(1002, "[#1]")
    assert {k: c.new for k, c in _current(player, FINANCE).items()} == {
        "406-39@2021-05-31": "hoan_thanh"
    }
    shown = texts(await player.send(1002, "/tiendo"), 1002)[0]
    assert shown.startswith(f"Tiến độ {FINANCE} — 0/4 xong (0%)"), shown
    line = _line(shown, "406-39")
    assert "Hoàn thành" not in line and "🔵 Đang thực hiện — xong 1/2 mốc:" in line
    assert "mốc 2 (doanh nghiệp) 31/8/2021 — còn 99 ngày" in line
    owed = texts(await player.send(1002, "ben em con gi chua xong"), 1002)[0]
    assert "406-39" in owed
    # the coordinating unit that reports its own part: still owed too, never "1/1 xong"
    await player.send(1003, "406-39 xong")
    await player.send(1003, "[#1]")
    shown = texts(await player.send(1003, "/tiendo"), 1003)[0]
    assert "0/1 mục báo xong" in shown and "1/1 mục báo xong" not in shown
    assert "xong 1/2 mốc" in _line(shown, "406-39")
    # past 31/8 with the second milestone unmet, the row is late
    await player.line("@ 2021-09-06 08:00")
    late = texts(await player.send(1002, "/quahan"), 1002)[0]
    assert "mốc 2 (doanh nghiệp) 31/8/2021 — quá hạn 6 ngày" in _line(late, "406-39")


async def test_an_undone_move_is_told_as_a_cancelled_date_with_its_days_late(player):
    await register(player, 1001, TNMT, "Nguyễn Văn An")
    await player.line("@ 2021-06-10 08:00")
    await player.send(ADMIN, f"/doihan {PHU_LUC} 15/6")
    await player.send(ADMIN, "[#1]")
    repo = player.app.bot_data["services"].letters
    assert repo.moved()[PHU_LUC].due == date(2021, 6, 15)
    # back to 20/5, passed: asked once more, as /doihan asks (u26 #1), nothing undone yet
    out = texts(await player.send(ADMIN, "[#1]"), ADMIN)
    assert out[0].startswith("Hạn trở lại đã qua — chưa hoàn tác"), out
    assert repo.moved()[PHU_LUC].due == date(2021, 6, 15)
    out = texts(await player.send(ADMIN, "[⚠️ Vẫn hoàn tác]"), ADMIN)
    assert any(t.startswith("↩️ Đã hoàn tác") for t in out), out
    assert repo.moved() == {}
    told = [t for t in texts(player.emulator.calls, 1001) if "đổi hạn" in t.lower()]
    assert "Hạn mới: trước ngày 15/6/2021 (trước đây: trước ngày 20/5/2021)." in told[-2]
    assert told[-1].startswith("↩️ Hủy đổi hạn"), told[-1]
    back = "Hạn trở lại như trước: trước ngày 20/5/2021 (đã quá hạn 21 ngày)."
    assert back in told[-1] and "theo hạn mới" not in told[-1]
