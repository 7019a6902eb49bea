"""A command's name mistyped (round 14a, item 15): "/tien do" was offered /tiendo, "/nhac nho
tat" nothing; "/capnhap 406-22 xong" was offered /capnhat, its arguments to be typed again."""

from __future__ import annotations

from tests.botkit import texts
from tests.e2e.test_writes import statuses


async def test_a_slip_is_offered_as_the_command_meant_with_its_arguments(player, db_url, capsys):
    out = texts(await player.send(1002, "/nhac nho tat"), 1002)
    assert out == [
        "Lệnh /nhac nho chưa có. Có phải bạn muốn /nhacnho tat? Gõ /help để xem các lệnh."
    ]
    out = texts(await player.send(1002, "/tien do"), 1002)
    assert out == ["Lệnh /tien do chưa có. Có phải bạn muốn /tiendo? Gõ /help để xem các lệnh."]
    out = texts(await player.send(1002, "/capnhap 406-22 xong"), 1002)
    assert out == [
        "Lệnh /capnhap chưa có. Có phải bạn muốn /capnhat 406-22 xong? Gõ /help để xem các lệnh."
    ]
    assert statuses(db_url, capsys) == []  # a slip writes nothing
