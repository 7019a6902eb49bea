"""ux30 #3: a district officer types "406-11 vuong", then the note before pressing; the note was
read as another sub-row ("406-11/Khoa học và Công nghệ → Hoàn thành", refused) and nothing was
recorded. While the offer waits, the line is its note, quoted in the one press that writes
both. "ghi chú 406-11: …" adds a note to the item's standing status: offered, quoted back,
written on the press, undone by "Hoàn tác". Through the emulator; the database asserted."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons, statuses

SD = 1005
NOTE = "chua co tai khoan ket noi csdl dan cu, da gui cv hoi cong an"


async def district(player):
    await player.line("@ 2021-05-12 08:00")
    await register(player, SD, "UBND huyện Sơn Dương", "Hoàng Văn Dũng")


async def test_the_note_typed_before_the_press_goes_with_it(player, db_url, capsys):
    await district(player)
    out = await player.send(SD, "406-11 vuong")
    assert buttons(out, SD) == [[["Ghi 406-11 → Vướng mắc?"]]]
    out = await player.send(SD, NOTE)
    [text] = texts(out, SD)
    assert "Khoa học và Công nghệ" not in text
    assert f"→ Vướng mắc, ghi chú «{NOTE}»?" in text
    assert buttons(out, SD) == [[["Ghi 406-11 → Vướng mắc, kèm ghi chú"]]]
    assert statuses(db_url, capsys) == []  # nothing before the press
    out = texts(await player.send(SD, "[Ghi 406-11 → Vướng mắc, kèm ghi chú]"), SD)
    assert out[0].startswith("✅ Đã ghi: 406-11 (UBND huyện Sơn Dương): Chưa bắt đầu → Vướng mắc")
    assert [s[:3] for s in statuses(db_url, capsys)] == [("406-11", "vuong_mac", NOTE)]
    history = texts(await player.send(SD, "/lichsu 406-11"), SD)[0]
    assert "Chưa bắt đầu → Vướng mắc" in history and NOTE in history


async def test_a_note_added_by_key_keeps_the_status_and_can_be_undone(player, db_url, capsys):
    await district(player)
    await player.send(SD, "/capnhat 406-11 dang lam")
    out = await player.send(SD, "them ghi chu 406-11: cho cong an tinh phan hoi")
    [text] = texts(out, SD)
    assert "trạng thái giữ nguyên" in text
    assert "→ Đang thực hiện, ghi chú «cho cong an tinh phan hoi»?" in text
    assert buttons(out, SD) == [[["Ghi 406-11 → Đang thực hiện, kèm ghi chú"]]]
    assert [s[2] for s in statuses(db_url, capsys)] == [""]  # not yet
    out = texts(await player.send(SD, "[Ghi 406-11 → Đang thực hiện, kèm ghi chú]"), SD)
    assert out[0].startswith("✅ Đã ghi: 406-11 (UBND huyện Sơn Dương)")
    assert "cho cong an tinh phan hoi" in out[0]
    [row] = statuses(db_url, capsys)
    assert row[:3] == ("406-11", "dang_thuc_hien", "cho cong an tinh phan hoi")
    await player.send(SD, "[Hoàn tác]")
    [row] = statuses(db_url, capsys)
    assert row[:3] == ("406-11", "dang_thuc_hien", "")  # the note undone, the status kept


async def test_a_note_line_naming_no_item_is_one_clear_line(player, db_url, capsys):
    await district(player)
    out = texts(await player.send(SD, "ghi chu them cho 406-99: cho phan hoi"), SD)
    assert out == ["Không nhận ra mục «406-99». Gõ: ghi chú <mã mục>: <nội dung>."]
    out = texts(await player.send(SD, "ghi chú 406-11:"), SD)
    assert out == ["Chưa có nội dung ghi chú cho 406-11. Gõ: ghi chú <mã mục>: <nội dung>."]
    assert statuses(db_url, capsys) == []
