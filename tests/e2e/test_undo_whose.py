"""Undo and history say who and what (round 14a, item 14): the undo refused for a newer change
said only that there was one, not that a colleague had set Đang kiểm thử; /lichsu showed an undo
as an ordinary change, as if the officer had changed their mind twice."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import statuses


async def test_the_undo_refusal_names_the_newer_change_and_lichsu_marks_undos(
    player, db_url, capsys
):
    await player.line("@ 2021-05-12 08:00")
    await register(player, 1002, "Sở Y tế", "Trần Thị Bình")
    await register(player, 1004, "Sở Y tế", "Lê Thị Dung")
    await player.send(1002, "/capnhat 406-22 dang lam")
    await player.line("@ 2021-05-12 08:05")
    await player.send(1004, "/capnhat 406-22 kiem thu")
    out = texts(await player.send(1002, "/hoantac"), 1002)
    assert out == [
        "Đã có cập nhật mới hơn cho 406-22 (Sở Y tế): Lê Thị Dung ghi Đang kiểm thử lúc 08:05 "
        "12/5, nên không hoàn tác được thay đổi này. Không có gì thay đổi."
    ]
    await player.send(1004, "/hoantac")
    [(_, status, _, history)] = statuses(db_url, capsys)
    assert status == "dang_thuc_hien" and len(history) == 3
    lines = texts(await player.send(1002, "/lichsu 406-22"), 1002)[0].splitlines()
    assert lines[2].endswith("Đang thực hiện → Đang kiểm thử (Lê Thị Dung)")
    assert lines[3].endswith("Đang kiểm thử → Đang thực hiện (Lê Thị Dung, hoàn tác)")
