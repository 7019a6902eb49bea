"""/lichsu names a row as /capnhat does and shows the row's edits in the assignment table
(ux13 #11): `/lichsu gpxd` was refused while `/capnhat gpxd xong` wrote 406-14, and a /giao edit
of the row was only in `import --history` on the server. Through the emulator and the real
Application; the status and the table version asserted in the database.
"""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts


def services(player):
    return player.app.bot_data["services"]


async def test_lichsu_takes_the_loose_name_capnhat_takes_and_shows_table_edits(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    out = texts(await player.send(ADMIN, "/lichsu gpxd"), ADMIN)
    assert out == ["406-14: chưa có cập nhật nào."]

    await player.send(ADMIN, "/giao 406-14 han thang 10")
    await player.send(ADMIN, "[Áp dụng]")
    assert services(player).province.assignments["406-14"].deadline_text == "Tháng 10/2021"
    await player.send(1001, "/capnhat gpxd xong")
    await player.send(1001, "[#1]")
    [current] = [c for c in services(player).repo.history() if c.key == "406-14"]
    assert (current.agency, current.new) == ("Sở Xây dựng", "hoan_thanh")

    out = texts(await player.send(ADMIN, "/lichsu gpxd"), ADMIN)
    assert out[0].splitlines() == [
        "Lịch sử 406-14",
        "• 13/04/2021 08:00 Sở Xây dựng: Chưa bắt đầu → Hoàn thành (An)",
        "Bảng phân công",
        "• 13/04/2021 08:00 phiên bản 1 (sửa đổi /giao 406-14, quản trị 9000): hạn Tháng "
        "5/2021 → Tháng 10/2021",
    ]
    # the edit undone is one more version, shown as such
    await player.send(ADMIN, "/giao 406-14 han thang 5")
    await player.send(ADMIN, "[Áp dụng]")
    out = texts(await player.send(ADMIN, "/lichsu giấy phép xây dựng"), ADMIN)
    assert (
        "phiên bản 2 (sửa đổi /giao 406-14, quản trị 9000): hạn Tháng 10/2021 → Tháng 5/2021"
        in (out[0])
    )


async def test_lichsu_words_that_fit_several_rows_or_none(player):
    out = texts(await player.send(ADMIN, "/lichsu giay phep"), ADMIN)
    assert out[0].startswith("“giay phep” có thể là: /lichsu 406-14")
    out = texts(await player.send(ADMIN, "/lichsu abcxyz"), ADMIN)
    assert out == [
        "Không nhận ra mục “abcxyz”. Gõ mã mục sau lệnh, ví dụ /lichsu 406-14 hoặc /lichsu gpxd."
    ]
    out = texts(await player.send(ADMIN, "/lichsu"), ADMIN)
    assert out == ["Gõ mã mục sau lệnh, ví dụ /lichsu 406-14 hoặc /lichsu gpxd."]
