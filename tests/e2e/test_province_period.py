"""u26 #3: the province's list of a period ("tháng 5 tỉnh có hạn gì") read only dates: a row
every unit that owes it has done or closed was listed as still due beside the rest. It is said
apart after the rest, counted in the head, by the standing every view reads, as one unit's
list says its own. Through the emulator and the real Application, the database read too."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts

BUILDING = "Sở Xây dựng"


async def test_rows_every_unit_finished_are_said_apart_in_the_provinces_list(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, 1001, BUILDING, "Nguyễn Văn An")
    before = texts(await player.send(ADMIN, "tháng 5 tỉnh có hạn gì"), ADMIN)[0]
    assert before.splitlines()[0] == "Đến hạn trong Tháng 5/2021 — Tuyên Quang: 7 mục, 1 nhiệm vụ."
    assert "• 406-14 Cấp giấy phép xây dựng" in before

    await player.send(1001, "/capnhat 406-14 xong")
    await player.send(1001, "/capnhat 406-15 khong du dieu kien chưa có dữ liệu quy hoạch số")
    repo = player.app.bot_data["services"].repo
    assert repo.current("406-14", BUILDING).new == "hoan_thanh"
    assert repo.current("406-15", BUILDING).new == "khong_du_dieu_kien"

    after = texts(await player.send(ADMIN, "tháng 5 tỉnh có hạn gì"), ADMIN)[0]
    lines = after.splitlines()
    assert lines[0] == (
        "Đến hạn trong Tháng 5/2021 — Tuyên Quang: 7 mục, 1 nhiệm vụ; còn phải xong 6, "
        "2 mọi đơn vị đã xong."
    )
    assert lines[-1] == "Mọi đơn vị đã xong/đóng (2): 406-14, 406-15"
    listed = "\n".join(lines[1:-1])
    assert "406-14" not in listed and "406-15" not in listed
    assert "• 406-17 Đăng ký tuyển sinh đầu cấp" in listed  # the others by their dates still
    assert "tq-2021-05-20" in listed  # owed by many units, sent by none

    # a unit's own list says the same rows done, by the same rule
    mine = texts(await player.send(1001, "tháng 5 bên em có hạn gì"), 1001)[0]
    assert "Đã xong/đóng (2)" in mine and "406-14" in mine.splitlines()[-1]
