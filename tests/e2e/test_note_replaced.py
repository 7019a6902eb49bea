"""The same status sent again with another note (ux29 #7): the receipt says "ghi chú mới" and
quotes the note it replaces, old → new, never "Vướng mắc → Vướng mắc"; its undo quotes the
note put back. The history holds both notes."""

from __future__ import annotations

from tests.botkit import register, texts

OFFICER, UNIT, ROW = 1003, "Sở Kế hoạch và Đầu tư", "406-37"


def services(player):
    return player.app.bot_data["services"]


async def test_a_new_note_on_the_same_status_quotes_the_one_it_replaces(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, OFFICER, UNIT, "Phạm Kế")
    await player.send(OFFICER, f"/capnhat {ROW} vuong chua co tai khoan ket noi")
    out = texts(await player.send(OFFICER, f"/capnhat {ROW} vuong cho bo tai chinh huong dan"))
    assert out[0].startswith(f"✅ Đã ghi: {ROW} ({UNIT}): Vướng mắc, ghi chú mới\n"), out[0]
    assert "Ghi chú: «chua co tai khoan ket noi» → «cho bo tai chinh huong dan»" in out[0]
    assert "Vướng mắc → Vướng mắc" not in out[0]
    current = services(player).repo.current(ROW, UNIT)
    assert (current.new, current.note) == ("vuong_mac", "cho bo tai chinh huong dan")

    out = texts(await player.send(OFFICER, "[Hoàn tác]"))
    assert out[0].startswith(f"↩️ Đã hoàn tác: {ROW} ({UNIT}): Vướng mắc, ghi chú trở lại")
    assert "Ghi chú: «cho bo tai chinh huong dan» → «chua co tai khoan ket noi»" in out[0]
    assert services(player).repo.current(ROW, UNIT).note == "chua co tai khoan ket noi"
