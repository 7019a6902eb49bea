"""u31: "✅ Ghi cả n" pressed after another officer of the unit wrote one of its rows. A row
already at the status pressed was named "406-24: <b>406-24</b> đã ở trạng thái …" (its tags
shown as typed, its unit not said); a row recorded done since the offer was taken back to
"Đang thực hiện" without a word. The receipt lists each row left unwritten with its key, its
unit and why (who wrote it, when); a done row stays done. Through the emulator; the database
read after each press."""

from __future__ import annotations

from tests.botkit import register, texts

LDTBXH = "Sở Lao động, Thương binh và Xã hội"
HOA, BINH = 1002, 1003


def statuses(player, key: str) -> list[tuple[str, int]]:
    repo = player.app.bot_data["services"].repo
    return [(c.new, c.by) for c in repo.history(key) if c.agency == LDTBXH]


async def test_all_at_once_names_each_row_it_skipped_with_its_unit_and_why(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, HOA, "so lao dong", "Lê Thị Hoa")
    await register(player, BINH, "so lao dong", "Trần Văn Bình")
    await player.send(HOA, "/capnhat 406-24, 406-25 xong")
    await player.line("@ 2021-04-13 08:05")
    await player.send(BINH, "/capnhat 406-24 xong")
    await player.line("@ 2021-04-13 08:06")
    out = texts(await player.send(HOA, "[✅ Ghi cả 2 → Hoàn thành]"), HOA)
    assert out[0].startswith("✅ Đã ghi 1 mục:\n• 406-25 (" + LDTBXH + "): Chưa bắt đầu"), out
    assert (
        "Bỏ qua 1 mục (không ghi):\n"
        f"• 406-24 ({LDTBXH}): đã là Hoàn thành từ trước (Trần Văn Bình, 08:05 13/4), "
        "không ghi lại"
    ) in out[0], out
    assert "<b>" not in out[0]  # no tag shown as typed
    assert statuses(player, "406-24") == [("hoan_thanh", BINH)]
    assert statuses(player, "406-25") == [("hoan_thanh", HOA)]

    # another status pressed for a row recorded done since the offer: it stays done
    await player.send(HOA, "/capnhat 406-18, 406-23 dang lam")
    await player.line("@ 2021-04-13 08:10")
    await player.send(BINH, "/capnhat 406-18 xong")
    await player.line("@ 2021-04-13 08:11")
    out = texts(await player.send(HOA, "[✅ Ghi cả 2 → Đang thực hiện]"), HOA)
    assert out[0].startswith("✅ Đã ghi 1 mục:\n• 406-23 (" + LDTBXH + ")"), out
    assert (
        f"• 406-18 ({LDTBXH}): đã được ghi Hoàn thành sau khi bot hỏi (Trần Văn Bình, 08:10 "
        "13/4), nên không đổi thành Đang thực hiện; muốn đổi: /capnhat 406-18 đang thực hiện"
    ) in out[0], out
    assert statuses(player, "406-18") == [("hoan_thanh", BINH)]
    assert statuses(player, "406-23") == [("dang_thuc_hien", HOA)]
