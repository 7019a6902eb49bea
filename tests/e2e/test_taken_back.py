"""A write taken back in words right after it (ux16a blind test, item 5): "à nhầm, chưa bắt
đầu", "ah khoan, chưa xong, đang kiểm thử thôi", "nhầm, chưa xong" offer the undo of the write
just made and the status said instead for the same row, by buttons; nothing is written before a
press, and either press is quoted back as any write is."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_partly_sent import send_pl1
from tests.e2e.test_writes import buttons, later, statuses


async def test_the_undo_and_the_status_said_instead_are_offered(player, db_url, capsys):
    await register(player, 3001, "Sở Tư pháp", "Lê Thị Hoa")
    # ux38 #2: a form sent the same minute before the writes is not what "chưa xong" takes back
    assert "Đã nhận Phụ lục I" in (await send_pl1(player, 3001))[0]
    await player.send(3001, "/capnhat 406-20 dang lam")
    await player.send(3001, "/capnhat 406-20 xong")
    before = statuses(db_url, capsys)
    out = await player.send(3001, "ah khoan, chua xong, dang kiem thu thoi")
    assert texts(out, 3001) == [
        "Bạn vừa ghi: 406-20 (Sở Tư pháp): Đang thực hiện → Hoàn thành\n"
        "• Bấm nút ghi 406-20 → Đang kiểm thử.\n"
        "• Hoặc bấm Hoàn tác để đưa 406-20 về Đang thực hiện.\n"
        "Không bấm thì không có gì thay đổi."
    ]
    # ux24: the status said is what was meant, so its button comes first ([#1] pressed the
    # undo and left the row at a status the officer never said)
    assert buttons(out, 3001) == [[["Ghi 406-20 → Đang kiểm thử?"], ["Hoàn tác → Đang thực hiện"]]]
    assert statuses(db_url, capsys) == before
    out = texts(await player.send(3001, "[Ghi 406-20 → Đang kiểm thử?]"), 3001)
    assert out[0].startswith("✅ Đã ghi: 406-20 (Sở Tư pháp): Hoàn thành → Đang kiểm thử")
    [(key, status, _, history)] = [s for s in statuses(db_url, capsys) if s[0] == "406-20"]
    assert (key, status, len(history)) == ("406-20", "dang_kiem_thu", 3)
    assert "Phụ lục I" in texts(await player.send(3001, "/nopbai"), 3001)[0]  # the form stands


async def test_the_undo_pressed_first_leaves_the_other_button(player, db_url, capsys):
    await register(player, 3001, "Sở Tư pháp", "Lê Thị Hoa")
    await player.send(3001, "/capnhat 406-20 dang lam")
    await player.send(3001, "/capnhat 406-20 xong")
    await player.send(3001, "khoan, chưa xong, đang kiểm thử thôi")
    out = texts(await player.send(3001, "[Hoàn tác → Đang thực hiện]"), 3001)
    assert out[0].startswith("↩️ Đã hoàn tác: 406-20 (Sở Tư pháp): Hoàn thành → Đang thực hiện")
    out = texts(await player.send(3001, "[Ghi 406-20 → Đang kiểm thử?]"), 3001)
    assert out[0].startswith("✅ Đã ghi: 406-20 (Sở Tư pháp): Đang thực hiện → Đang kiểm thử")
    assert [s for _, s, _, _ in statuses(db_url, capsys)] == ["dang_kiem_thu"]


async def test_the_status_before_is_the_undo_alone(player, db_url, capsys):
    await register(player, 2001, "UBND huyện Chiêm Hóa", "Hoàng Văn Nam")
    await player.send(2001, "/capnhat 406-11 dang lam")
    for said in ("a nham, chua bat dau", "nham, chua xong"):
        out = await player.send(2001, said)
        [text] = texts(out, 2001)
        assert text.startswith(
            "Bạn vừa ghi: 406-11 (UBND huyện Chiêm Hóa): Chưa bắt đầu → Đang thực hiện\n"
            "• Bấm Hoàn tác để đưa 406-11 về Chưa bắt đầu."
        ), said
        assert buttons(out, 2001) == [[["Hoàn tác → Chưa bắt đầu"]]], said
    assert [s for _, s, _, _ in statuses(db_url, capsys)] == ["dang_thuc_hien"]
    await player.send(2001, "[Hoàn tác → Chưa bắt đầu]")
    [(_, status, _, history)] = statuses(db_url, capsys)
    assert (status, len(history)) == ("chua_bat_dau", 2)


async def test_an_admins_write_for_a_unit_is_taken_back_for_that_unit(player, db_url, capsys):
    await player.send(ADMIN, "/capnhat 406-11 chiem hoa xong")
    out = await player.send(ADMIN, "nham, chua xong, dang lam thoi")
    assert buttons(out, ADMIN) == [[["Ghi 406-11 → Đang thực hiện?"], ["Hoàn tác → Chưa bắt đầu"]]]
    out = texts(await player.send(ADMIN, "[#1]"), ADMIN)  # the first button: the status said
    assert out[0].startswith("✅ Đã ghi: 406-11 (UBND huyện Chiêm Hóa): Hoàn thành → Đang thực")


async def test_with_no_write_to_take_back_nothing_is_offered(player, db_url, capsys):
    await register(player, 3001, "Sở Tư pháp", "Lê Thị Hoa")
    out = texts(await player.send(3001, "a nham, chua bat dau"), 3001)
    assert "Tôi chưa hiểu" not in out[0] and "Hoàn tác" not in out[0]
    await player.send(3001, "/capnhat 406-20 xong")
    await later(player, 11)
    out = await player.send(3001, "nham, chua xong")
    assert buttons(out, 3001) == []
    assert [s for _, s, _, _ in statuses(db_url, capsys)] == ["hoan_thanh"]


async def test_a_row_named_as_a_mistake_after_later_writes_offers_its_undo(player):
    """ux26: "à nhầm 406-24 chưa xong đâu" after writing 406-23, 406-24 and 406-25 done offered
    406-24 → Đang thực hiện, a status the words only read; the write the officer calls a
    mistake is undone instead, back to the status before it."""
    ldtbxh = "Sở Lao động, Thương binh và Xã hội"
    await register(player, 3001, "so ldtbxh", "Phạm Thị Lan")
    for key in ("406-23", "406-24", "406-25"):
        await player.send(3001, f"/capnhat {key} xong")
    repo = player.app.bot_data["services"].repo
    out = await player.send(3001, "à nhầm 406-24 chưa xong đâu")
    assert texts(out, 3001) == [
        f"Bạn vừa ghi: 406-24 ({ldtbxh}): Chưa bắt đầu → Hoàn thành\n"
        "• Bấm Hoàn tác để đưa 406-24 về Chưa bắt đầu.\n"
        "Không bấm thì không có gì thay đổi."
    ]
    assert buttons(out, 3001) == [[["Hoàn tác → Chưa bắt đầu"]]]
    assert repo.current("406-24", ldtbxh).new == "hoan_thanh"  # nothing before the press
    out = texts(await player.send(3001, "[Hoàn tác → Chưa bắt đầu]"), 3001)
    assert out[0].startswith(f"↩️ Đã hoàn tác: 406-24 ({ldtbxh}): Hoàn thành → Chưa bắt đầu")
    undone = repo.current("406-24", ldtbxh)
    assert (undone.new, undone.undoes is not None) == ("chua_bat_dau", True)
    assert repo.current("406-25", ldtbxh).new == "hoan_thanh"  # the later write stands
    # once the undo's window is over, the same words are the row's state, offered by a button
    await later(player, minutes=11)
    out = texts(await player.send(3001, "à nhầm 406-23 chưa xong đâu"), 3001)
    assert "406-23" in out[0] and "→ Đang thực hiện" in out[0], out
