"""What a status offer says (ux16a blind test, items 3, 12 and 14):

- "xong 50%" with a row is work under way: Đang thực hiện is offered (note 50%), never Hoàn
  thành; `/capnhat 406-15 xong 50%` is offered the same way, nothing written before the press;
- "406-14 và 406-15 xong" with 406-14 already Hoàn thành: 406-14 is said unchanged beside the
  one button for 406-15;
- an admin's "ghi thay lam binh 406-11 dang lam" names the status before the unit, the long
  title cut so that the status stays in sight.
"""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import buttons, statuses


async def test_a_share_below_the_whole_is_offered_as_under_way(player, db_url, capsys):
    await register(player, 5001, "Sở Xây dựng", "Đỗ Thị Lan")
    for said in (
        "406-15 xong 50% roi",
        "/capnhat 406-15 xong 50%",
        "406-15 hoàn thành 80 phần trăm",
    ):
        out = await player.send(5001, said)
        [text] = texts(out, 5001)
        assert text.startswith(
            "Bạn muốn ghi 406-15 (Cung cấp thông tin về quy hoạch xây dựng) → Đang thực hiện?"
        ), said
        assert "Hoàn thành chỉ khi" in text, said
        assert buttons(out, 5001) == [[["Ghi 406-15 → Đang thực hiện?"]]], said
    assert statuses(db_url, capsys) == []
    await player.send(5001, "406-15 xong 50% roi")
    await player.send(5001, "[Ghi 406-15 → Đang thực hiện?]")
    assert statuses(db_url, capsys) == [
        ("406-15", "dang_thuc_hien", "50%", [(None, "dang_thuc_hien", "50%")])
    ]
    # the whole is done: as said
    out = await player.send(5001, "406-15 xong 100%")
    assert buttons(out, 5001) == [[["Ghi 406-15 → Hoàn thành?"]]]


async def test_an_item_named_whose_status_stands_is_said_unchanged(player, db_url, capsys):
    await register(player, 5001, "Sở Xây dựng", "Đỗ Thị Lan")
    await player.send(5001, "/capnhat 406-14 xong")
    out = await player.send(5001, "406-14 va 406-15 xong")
    [text] = texts(out, 5001)
    assert text.startswith("406-14 đã là Hoàn thành (không đổi).\nBạn muốn ghi 406-15 ")
    assert buttons(out, 5001) == [[["Ghi 406-15 → Hoàn thành?"]]]
    out = await player.send(5001, "406-14, 406-15 va 406-54 xong")
    [text] = texts(out, 5001)
    assert text.startswith("406-14 đã là Hoàn thành (không đổi).\nTin nhắn nêu 2 mục")
    assert [k for k, *_ in statuses(db_url, capsys)] == ["406-14"]
    await player.send(5001, "/capnhat 406-15 xong")
    out = texts(await player.send(5001, "406-14 va 406-15 xong"), 5001)
    assert out == ["406-14, 406-15 đã là Hoàn thành (không đổi). Không có gì thay đổi."]
    assert len(statuses(db_url, capsys)) == 2


async def test_an_admins_offer_names_the_status_before_the_unit(player, db_url, capsys):
    out = texts(await player.send(ADMIN, "ghi thay lam binh 406-11 dang lam"), ADMIN)
    assert out == [
        "Bạn muốn ghi 406-11 (Kết nối, chia sẻ thông tin, dữ liệu từ Cơ sở dữ liệu quốc gia về "
        "dân cư để đơn giản hóa…) → Đang thực hiện cho UBND huyện Lâm Bình (ghi thay)?\n"
        "Bấm nút để ghi; không bấm thì không có gì thay đổi."
    ]
    assert statuses(db_url, capsys) == []
