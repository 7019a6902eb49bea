"""Progress asked as an amount, and a share said done (round 14a, item 8): "được bao nhiêu
phần trăm rồi" was "Tôi chưa hiểu"; with "bên em" it listed the open items with no count; "bên
em đã xong 50% rồi" was answered "Chưa có mục nào hoàn thành", which read as a contradiction."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import statuses

HEALTH = "Sở Y tế"


async def test_an_amount_asked_is_tiendos_count_and_share(player, db_url, capsys):
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    await player.send(1002, "/capnhat 406-22 xong")
    head = texts(await player.send(1002, "/tiendo"), 1002)[0].splitlines()[0]
    assert head.startswith("Tiến độ Sở Y tế — 1/4 xong (25%)")
    # how the unit stands, asked of it with no verb ("đang thế nào", "dạo này ra sao"), by the
    # coordinator too: /tiendo's count, never the catalogue's list with no status (ux19 #4)
    asks = [
        (1002, "được bao nhiêu phần trăm rồi"),
        (1002, "bên em được bao nhiêu phần trăm rồi"),
        (1002, "bên em dạo này ra sao"),
        (ADMIN, "so y te dang the nao"),
    ]
    for user, asked in asks:
        out = texts(await player.send(user, asked), user)[0].splitlines()
        assert out[0].startswith("Việc chưa xong — Sở Y tế"), asked
        assert out[1] == "Tiến độ: 1/4 xong (25%)", asked


async def test_a_share_said_done_is_told_statuses_are_per_row(player, db_url, capsys):
    await register(player, 1002, HEALTH, "Trần Thị Bình")
    for said in ("bên em đã xong 50% rồi", "bên em đạt 80 phần trăm rồi"):
        out = texts(await player.send(1002, said), 1002)
        assert out == [
            "Bot ghi trạng thái theo từng mục, không theo phần trăm: mục nào đã xong, gõ "
            "/capnhat 406-22 xong (hoặc /capnhat để chọn mục bằng nút); /tiendo cho "
            "biết đã xong bao nhiêu. Chưa có gì được ghi."
        ], said
    assert statuses(db_url, capsys) == []
