"""A task of several forms partly sent shows the same state in every view (UX report 12, item
11): after Phụ lục I of Phụ lục I–IV is accepted, /nopbai says "Phụ lục I …; còn thiếu …" and
/tiendo, the reminders, the coordinator's /tiendo tinh and the status history say "Đang thực
hiện" — not "Chưa bắt đầu" — while the task stays owed (not done) until every form is in. A
status the unit reported itself stands; the first part's undo takes it back, unless the task is
still under way without it. Through the emulator and the real Application; the database is read
after every write.
"""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, register, texts

TASK = "tq-2021-05-20"  # Phụ lục I–IV, due 20/5/2021
UNIT = "Sở Tư pháp"


def desk(player):
    return player.app.bot_data["services"]


async def send_pl1(player, user: int):
    await player.send(user, "/nop pl1")
    await player.send(user, "12 2 6 4")
    await player.send(user, "[Không có]")
    await player.send(user, "0 0 0 0")
    return texts(await player.send(user, "[✅ Nộp]"), user)


async def send_pl2(player, user: int):
    await player.send(user, "/nop pl2")
    await player.send(user, "tỉnh; Tư pháp; Đăng ký khai sinh; 4")
    return texts(await player.send(user, "[✅ Nộp]"), user)


def line_of(text: str, key: str) -> str:
    return next(line for line in text.splitlines() if key in line)


async def test_a_partly_sent_task_is_under_way_in_every_view(player):
    await register(player, 3001, UNIT, "Bình")
    await player.line("@ 2021-05-17 09:00")
    out = await send_pl1(player, 3001)
    assert "Còn thiếu: Phụ lục II, Phụ lục III, Phụ lục IV." in out[0]
    assert (
        f"Đã ghi nhiệm vụ: Phụ lục I–IV {TASK} ({UNIT}): Chưa bắt đầu → Đang thực hiện" in out[0]
    )
    change = desk(player).repo.current(TASK, UNIT)
    assert (change.new, change.by) == ("dang_thuc_hien", 3001)

    handins = texts(await player.send(3001, "/nopbai"), 3001)[0]
    sent = "đã nộp Phụ lục I lần 1 (17/5/2021); còn thiếu Phụ lục II, Phụ lục III, Phụ lục IV"
    assert sent in handins and "chưa nộp" not in line_of(handins, "Phụ lục I lần")  # ux38 #7
    progress = texts(await player.send(3001, "/tiendo"), 3001)[0]
    assert "Đang thực hiện" in line_of(progress, TASK)
    assert "Chưa bắt đầu" not in line_of(progress, TASK)
    assert "Hoàn thành" not in line_of(progress, TASK)  # not done: Phụ lục II–IV missing
    # still owed: reminded before its date, as under way
    calls = await player.line("@ 2021-05-19 08:00")
    reminder = [t for t in texts(calls, 3001) if "Nhắc hạn" in t and TASK in t]
    assert reminder and "Đang thực hiện" in line_of(reminder[0], TASK)
    assert "Chưa bắt đầu" not in line_of(reminder[0], TASK)
    # the coordinator's view of the unit says the same
    unit_view = texts(await player.send(ADMIN, f"/tiendo {UNIT}"), ADMIN)[0]
    assert "Đang thực hiện" in line_of(unit_view, TASK)
    # the coordinator's urging names what was received, as the reminders do (u49 #6)
    split = "đã nhận Phụ lục I; còn thiếu Phụ lục II, III, IV"
    await player.send(ADMIN, "/nopbai tinh")
    [preview] = texts(await player.send(ADMIN, "[🔔 Nhắc các đơn vị chưa nộp]"), ADMIN)
    assert f"{UNIT} ({split})" in preview
    calls = await player.send(ADMIN, "[Gửi nhắc]")
    [urged] = [t for t in texts(calls, 3001) if "Nhắc nộp hồ sơ" in t]
    assert f"— {split} (/nop pl2, /nop pl3, /nop pl4)" in line_of(urged, TASK)
    assert f"{UNIT} ({split})" in texts(calls, ADMIN)[-1]
    assert [r.agency for r in desk(player).reminders.nudges(date(2021, 5, 19))] == [UNIT]
    assert desk(player).repo.current(TASK, UNIT).new == "dang_thuc_hien"  # nothing written


async def test_the_first_part_undone_leaves_the_task_under_way_while_another_is_sent(player):
    await register(player, 3001, UNIT, "Bình")
    await player.line("@ 2021-05-17 09:00")
    await send_pl1(player, 3001)
    # the second part writes nothing more; undoing the first leaves the task under way
    out = await send_pl2(player, 3001)
    assert "Đã ghi nhiệm vụ" not in out[0]
    first = [
        m for m in player.emulator.messages[3001] if "Đã nhận Phụ lục I của" in (m["text"] or "")
    ]
    [button] = [b for row in first[-1]["reply_markup"]["inline_keyboard"] for b in row]
    start = len(player.emulator.calls)
    await player.deliver(player.emulator._callback(3001, 3001, first[-1], button["callback_data"]))
    out = texts(player.emulator.calls[start:], 3001)
    assert "Đã hoàn tác lần nộp 1 Phụ lục I" in out[0] and "Trạng thái nhiệm vụ" not in out[0]
    assert desk(player).repo.current(TASK, UNIT).new == "dang_thuc_hien"
    assert [c.new for c in desk(player).repo.history(TASK)] == ["dang_thuc_hien"]


async def test_a_status_the_unit_reported_stands(player):
    await register(player, 3001, UNIT, "Bình")
    await player.line("@ 2021-05-17 09:00")
    await player.send(3001, f"/capnhat {TASK} vướng mắc chờ số liệu của huyện")
    out = await send_pl1(player, 3001)
    assert "Còn thiếu: Phụ lục II" in out[0] and "Đã ghi nhiệm vụ" not in out[0]
    assert desk(player).repo.current(TASK, UNIT).new == "vuong_mac"
    progress = texts(await player.send(3001, "/tiendo"), 3001)[0]
    assert "Vướng mắc" in line_of(progress, TASK)
