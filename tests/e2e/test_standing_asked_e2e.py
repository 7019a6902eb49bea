"""Three free-text questions a blind usability test found answered wrongly (q23b), end to end
through the emulator with the real Application: whether one unit has sent one task's document
(after the coordinator recorded it "ghi thay"), how a letter named by its number stands (per
task: sent, late, missing), and a row said not done by its owner (offered, never written from
the words alone; "hoàn tác" right after it offers that row's last write, not a later one's)."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

LETTER = Path(__file__).resolve().parents[1] / "data" / "letters" / "q23b_cv618.txt"
TASK = "tq-2021-05-15"
BOSS = "Trần Điều Phối"
LAND = 1005  # an officer of Sở Tài nguyên và Môi trường, which leads 406-20 and 406-52
PLANNING = 1006  # an officer of Sở Kế hoạch và Đầu tư, an addressee of the letter


async def _publish(player):
    await player.line("@ 2021-04-26 08:00")
    await player.send(ADMIN, "/start", name=BOSS)
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name=BOSS)
    out = "\n".join(texts(await player.send(ADMIN, "[Công bố]", name=BOSS), ADMIN))
    assert TASK in out


async def _say(player, user, text) -> str:
    return "\n".join(
        texts(await player.send(user, text, name=BOSS if user == ADMIN else None), user)
    )


async def test_whether_a_unit_sent_a_task_and_how_a_letter_stands(player):
    await _publish(player)
    await register(player, PLANNING, "So KH&DT", "Phạm Kế")
    await player.line("@ 2021-04-27 09:00")
    await _say(player, ADMIN, f"/capnhat {TASK} so ke hoach dau tu da nop")

    out = await _say(player, ADMIN, "so ke hoach dau tu nop mau 01 chua")
    assert out == (
        f"📌 {TASK} Mẫu số 01: Báo cáo số liệu hồ sơ tiếp nhận, giải quyết trực tuyến quý I năm"
        " 2021… — Sở Kế hoạch và Đầu tư: ✅ đã nộp 27/4/2021 (ghi thay)"
    ), out
    # the same standing as the hand-in tracking says it, whichever reads the question
    out = await _say(player, ADMIN, "so tai chinh nop mau 01 chua")
    assert "Sở Tài chính" in out and "chưa nộp" in out and "15/5/2021" in out
    assert f"/capnhat {TASK} Sở Tài chính đã nộp" in out
    out = await _say(player, ADMIN, "mau 01 cua so ke hoach va dau tu nop chua")
    assert "Sở Kế hoạch và Đầu tư" in out and "✅ đã nộp 27/4/2021" in out and "ghi thay" in out
    # the unit's own officer: the same standing, their own words
    out = await _say(player, PLANNING, "bên em nộp mẫu 01 chưa")
    assert "Sở Kế hoạch và Đầu tư" in out and "✅ đã nộp 27/4/2021" in out and "ghi thay" in out
    # another unit's is not theirs to see (/nopbai's rule)
    out = await _say(player, PLANNING, "so tai chinh nop mau 01 chua")
    assert "chưa nộp" not in out and "Sở Tài chính" in out

    out = await _say(player, ADMIN, "cv 618 tinh hinh the nao")
    assert out.startswith("📨 Công văn số 618/STTTT-CNTT")
    assert "Phải thực hiện" not in out
    assert "đã nộp 1/4 · chưa nộp 3" in out
    assert "▫️ chưa nộp: Sở Tài chính; Sở Tư pháp; Sở Y tế" in out

    # past the deadline the missing units are late, in the letter's view and the unit's alike
    await player.line("@ 2021-05-18 09:00")
    out = await _say(player, ADMIN, "cv 618 tinh hinh the nao")
    assert "chưa nộp 3 (3 quá hạn)" in out and "chưa nộp (quá hạn): Sở Tài chính" in out
    out = await _say(player, ADMIN, "so ke hoach dau tu nop mau 01 chua")
    assert "Sở Kế hoạch và Đầu tư: ✅ đã nộp 27/4/2021 (ghi thay)" in out
    out = await _say(player, ADMIN, "/hoi so tai chinh nop mau 01 chua")
    # Saturday 15/5 ran to the end of Monday 17/5 (BLDS 2015 Điều 148, ux37 #4)
    said = "Sở Tài chính: ❗ chưa nộp, hạn 15/5/2021 (Thứ Bảy, tính đến hết 17/5/2021; quá hạn 1"
    assert said in out
    # and /nopbai tinh says the same
    province = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh", name=BOSS), ADMIN))
    assert "Sở Kế hoạch và Đầu tư — đã nộp 27/4/2021" in province


async def test_a_row_said_not_done_is_offered_and_undo_names_that_row(player):
    await player.line("@ 2021-04-26 08:00")
    await player.send(ADMIN, "/start", name=BOSS)
    await register(player, LAND, "so tai nguyen va moi truong", "Lê Đất")
    repo = player.app.bot_data["services"].repo
    await _say(player, LAND, "/capnhat 406-20 xong")
    await _say(player, LAND, "/capnhat 406-52 dang lam")

    # called a mistake while its write may be undone: that write's undo (ux26), not 406-52's
    out = await _say(player, LAND, "nham roi, 406-20 chua xong dau")
    assert "Bạn vừa ghi: 406-20" in out and "Hoàn tác để đưa 406-20 về Chưa bắt đầu" in out
    assert repo.current("406-20", "Sở Tài nguyên và Môi trường").new == "hoan_thanh"  # not yet

    # said not done, then "hoàn tác": the undo of 406-20's write, not of 406-52's (the later one)
    out = await _say(player, LAND, "406-20 chua xong")
    assert "406-20" in out and "Đang thực hiện" in out
    out = await _say(player, LAND, "hoan tac")
    assert "406-20" in out and "406-52" not in out
    assert repo.current("406-52", "Sở Tài nguyên và Môi trường").new == "dang_thuc_hien"

    out = await _say(player, LAND, "406-20 chua xong")
    assert out.startswith("Bạn muốn ghi 406-20 (") and "→ Đang thực hiện?" in out
    out = await _say(player, LAND, "[Ghi 406-20 → Đang thực hiện?]")
    assert out.startswith("✅ Đã ghi: 406-20 (Sở Tài nguyên và Môi trường): Hoàn thành → Đang")
    change = repo.current("406-20", "Sở Tài nguyên và Môi trường")
    assert (change.old, change.new, change.by) == ("hoan_thanh", "dang_thuc_hien", LAND)
    # undone like any write
    out = await _say(player, LAND, "[Hoàn tác]")
    assert repo.current("406-20", "Sở Tài nguyên và Môi trường").new == "hoan_thanh"

    # said of a row not recorded done: the record agrees, nothing offered
    out = await _say(player, LAND, "406-52 chua xong")
    assert "chưa ghi hoàn thành" in out and "Không có gì thay đổi" in out
