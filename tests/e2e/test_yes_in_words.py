"""ux27 #1: a yes typed in words to "Bạn muốn ghi 406-25 → Hoàn thành?" was lost: "ok" got "👌"
(nothing written, read as done), "ok em xac nhan" the card of 406-2 "Xác nhận …", "dung roi" and
"uh dung" a list of catalogue guesses. Each is told, as "có" is, to press the button, which is
still live; nothing is written before the press."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons, statuses

LAN = 3001
PRESS = "Bấm nút Ghi 406-25 → Hoàn thành? để ghi 406-25; gõ chữ thì không ghi gì."


async def test_yes_in_words_to_an_offer_points_at_its_button_and_writes_nothing(
    player, db_url, capsys
):
    await player.line("@ 2021-04-13 08:00")
    await register(player, LAN, "so ldtbxh", "Lê Thị Hoa")
    await player.send(LAN, "406-25 xong")
    for said in ("ok", "ok em xac nhan", "dung roi", "uh dung", "đồng ý ạ", "Đúng rồi"):
        out = await player.send(LAN, said)
        assert texts(out, LAN) == [PRESS], said
        assert buttons(out, LAN) == [[["Ghi 406-25 → Hoàn thành?"]]], said
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(LAN, "[Ghi 406-25 → Hoàn thành?]"), LAN)
    assert out[0].startswith("✅ Đã ghi: 406-25"), out
    assert [s[:2] for s in statuses(db_url, capsys)] == [("406-25", "hoan_thanh")]


async def test_a_stop_typed_to_an_offer_is_no_yes(player, db_url, capsys):
    """ "dừng" folds as "đúng" does: never read as the yes."""
    await player.line("@ 2021-04-13 08:00")
    await register(player, LAN, "so ldtbxh", "Lê Thị Hoa")
    await player.send(LAN, "406-25 xong")
    out = texts(await player.send(LAN, "dừng"), LAN)
    assert PRESS not in out, out
    assert statuses(db_url, capsys) == []
