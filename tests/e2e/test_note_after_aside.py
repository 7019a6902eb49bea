"""A question asked while a Vướng mắc note was awaited dropped the note, and the note typed next
("chưa có tài khoản kết nối của bộ gtvt") was answered as a question about the GTVT row: nothing
recorded, the officer believing the problem reported (ux25 #4). The question is answered and the
note still awaited (u26 #4); the lack typed next is that row's note."""

from __future__ import annotations

from tests.botkit import ADMIN, texts

HEALTH = "Sở Y tế"


async def test_the_note_typed_after_a_question_is_the_rows_note(player):
    await player.line("@ 2021-04-13 08:00")
    await player.send(1004, "/dangky so y te")
    await player.send(ADMIN, "/duyet 1004")
    repo = player.app.bot_data["services"].repo
    await player.send(1004, "406-22 vuong mac")
    await player.send(1004, "[#1]")
    asked = texts(await player.send(1004, "gplx han khi nao"), 1004)
    assert any("406-22" in t for t in asked), asked  # the aside is answered
    # and the note still awaited (u26 #4): the lack typed next is that note, written at once
    assert asked[-1].startswith("📝 Vẫn chờ ghi chú về vướng mắc cho 406-22 (Vướng mắc)")
    assert repo.current("406-22", HEALTH) is None
    calls = await player.send(1004, "chua co tai khoan ket noi cua bo gtvt")
    (said,) = texts(calls, 1004)
    assert said.startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Vướng mắc"), said
    change = repo.current("406-22", HEALTH)
    assert (change.new, change.note) == ("vuong_mac", "chua co tai khoan ket noi cua bo gtvt")
