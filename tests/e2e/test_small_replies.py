"""ux22 #10, the smaller things, through the emulator with the real Application: /capnhat of a
row the unit has no part in says which row it is; an id no task has, from a unit that owes none,
is not answered with others' tasks as its own, their titles cut at a word; /lichsu starts from
"Chưa bắt đầu" as the receipt did; a recurring report no task in force has is said so, not a
service missing from the catalogues. The database asserted after each refusal."""

from __future__ import annotations

from tests.botkit import register, texts

JUSTICE, DISTRICT = 1101, 1201


def services(player):
    return player.app.bot_data["services"]


async def test_a_row_not_the_units_and_an_unknown_id_are_said_plainly(player):
    await player.line("@ 2021-04-19 09:00")
    await register(player, JUSTICE, "Sở Tư pháp", "Lan")
    await register(player, DISTRICT, "UBND huyện Sơn Dương", "Bình")
    out = texts(await player.send(JUSTICE, "/capnhat lltp dang lam"), JUSTICE)[0]
    assert out.startswith("Đó là 411-13 Cấp phiếu lý lịch tư pháp — không thuộc kế hoạch của tỉnh")
    assert "Sở Tư pháp không có phần trong mục này" in out and "Cú pháp" not in out
    assert services(player).repo.current("411-13", "Sở Tư pháp") is None

    out = texts(await player.send(DISTRICT, "/capnhat tq-2021-06-20 da nop"), DISTRICT)[0]
    assert out.startswith(
        "Không có nhiệm vụ tq-2021-06-20. UBND huyện Sơn Dương chưa phải nộp nhiệm vụ nào; "
        "nhiệm vụ gần nhất của tỉnh: tq-2021-05-20 Danh sách rà soát, tổng hợp chi tiết…;"
    ), out
    assert "(theo" not in out and "…." not in out

    out = texts(await player.send(DISTRICT, "bc hang thang nop ngay nao"), DISTRICT)[0]
    assert (
        out == "UBND huyện Sơn Dương không có báo cáo hằng tháng nào phải nộp. Xem tất cả: /nopbai"
    )


async def test_the_history_starts_where_the_receipt_did(player):
    await player.line("@ 2021-04-19 09:00")
    await register(player, JUSTICE, "Sở Tư pháp", "Lan")
    receipt = texts(await player.send(JUSTICE, "/capnhat 406-7 dang lam"), JUSTICE)[0]
    assert "406-7 (Sở Tư pháp): Chưa bắt đầu → Đang thực hiện" in receipt
    out = texts(await player.send(JUSTICE, "/lichsu 406-7"), JUSTICE)[0]
    assert "Sở Tư pháp: Chưa bắt đầu → Đang thực hiện (Lan)" in out and "—" not in out
    assert services(player).repo.current("406-7", "Sở Tư pháp").new == "dang_thuc_hien"
