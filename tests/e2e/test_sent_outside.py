"""A task's document marked sent with nothing of it in the bot (ux16a blind test, item 4): "xong
hết rồi" in reply to the Phụ lục I–IV reminder offers the write saying what it records (sent to
Sở TT&TT outside the bot, no form in the bot) and how to send it through the bot; the tracking
(/nopbai, /nopbai tinh) then marks the unit apart: "báo đã nộp, không có biểu trong bot"."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import buttons, statuses

TASK = "tq-2021-05-20"


def line_of(text: str, unit: str) -> str:
    return next(line for line in text.splitlines() if f" {unit} — " in line)


async def test_a_reply_to_the_forms_reminder_says_what_the_press_records(player, db_url, capsys):
    await player.line("@ 2021-05-19 07:00")
    await register(player, 5001, "Sở Xây dựng", "Đỗ Thị Lan")
    await player.line("@ 2021-05-19 08:00")  # the reminder of 20/5
    out = await player.line("5001 >> xong het roi")
    [text] = texts(out, 5001)
    assert text.startswith(
        f"Bạn muốn ghi Phụ lục I–IV {TASK} → Hoàn thành, tức là đã gửi đủ Phụ lục I–IV cho Sở "
        "Thông tin và Truyền thông ngoài bot (văn bản, e-mail)?\nTrong bot chưa có biểu nào"
    )
    assert "“báo đã nộp, không có biểu trong bot”" in text and "/nop pl1" in text
    assert buttons(out, 5001) == [[[f"Đã gửi ngoài bot: ghi {TASK} → Hoàn thành"]]]
    assert statuses(db_url, capsys) == []
    out = texts(await player.line(f"5001 > [Đã gửi ngoài bot: ghi {TASK} → Hoàn thành]"), 5001)
    assert out[0].startswith(
        f"✅ Đã ghi: Phụ lục I–IV {TASK} (Sở Xây dựng): Chưa bắt đầu → Hoàn thành\n"
        "Ghi nhận: đã gửi Phụ lục I–IV cho Sở Thông tin và Truyền thông ngoài bot; trong bot "
        "không có biểu nào"
    )
    assert [(k, s) for k, s, _, _ in statuses(db_url, capsys)] == [(TASK, "hoan_thanh")]
    mine = texts(await player.send(5001, "/nopbai"), 5001)[0]
    assert "✅ đã nộp 19/5/2021 — báo đã nộp, không có biểu trong bot" in mine
    whole = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN))
    section = whole[whole.index(f"📌 {TASK}") :]
    assert line_of(section, "Sở Xây dựng") == (
        "✅ Sở Xây dựng — đã nộp 19/5/2021 — báo đã nộp, không có biểu trong bot"
    )


async def test_a_form_in_the_bot_is_not_marked_apart(player, db_url, capsys):
    """Phụ lục I sent in the chat: never "nothing in the bot"; the offer says the bot holds
    Phụ lục I and asks whether the others went outside it (ux19 #10)."""
    await player.line("@ 2021-05-12 09:00")
    await register(player, 5001, "Sở Xây dựng", "Đỗ Thị Lan")
    await player.send(5001, "/nop pl1")
    await player.send(5001, "12 2 6 4")
    await player.send(5001, "[Không có]")
    await player.send(5001, "0 0 0 0")
    await player.send(5001, "[✅ Nộp]")
    out = texts(await player.send(5001, f"{TASK} xong"), 5001)
    assert "Trong bot chưa có" not in out[0]
    assert out[0].startswith(
        "Trong bot mới có Phụ lục I của đơn vị cho Phụ lục I–IV tq-2021-05-20"
    )
    assert "Phụ lục II, Phụ lục III, Phụ lục IV chưa có trong bot" in out[0]
    mine = texts(await player.send(5001, "/nopbai"), 5001)[0]
    assert "không có biểu trong bot" not in mine
    # pressed: the others are said sent outside the bot, with who recorded it, never "còn thiếu"
    # in /nopbai, the coordinator's view or the desk (u20a item 4)
    await player.send(5001, f"{TASK} xong")
    out = await player.line(f"5001 > [Đã gửi ngoài bot: ghi {TASK} → Hoàn thành]")
    assert texts(out, 5001)[0].startswith(f"✅ Đã ghi: Phụ lục I–IV {TASK} (Sở Xây dựng)")
    said = (
        "đã nộp 12/5/2021 — Phụ lục I lần 1 (12/5/2021); Phụ lục II, Phụ lục III, Phụ lục IV "
        "báo đã gửi ngoài bot (Đỗ Thị Lan ghi)"
    )
    mine = texts(await player.send(5001, "/nopbai"), 5001)[0]
    assert f"✅ {said}" in mine and "còn thiếu" not in mine
    whole = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN))
    section = whole[whole.index(f"📌 {TASK}") :]
    assert line_of(section, "Sở Xây dựng") == f"✅ Sở Xây dựng — {said}"


async def test_the_exact_command_says_what_it_recorded(player, db_url, capsys):
    """`/capnhat tq-2021-04-20 đã nộp`, the way /nopbai gives for a dossier sent on paper: written
    at once, and the quote back says it is recorded as sent outside the bot."""
    await register(player, 5001, "Sở Xây dựng", "Đỗ Thị Lan")
    out = texts(await player.send(5001, "/capnhat tq-2021-04-20 đã nộp"), 5001)
    assert "Ghi nhận: đã gửi Biểu 02 cho Sở Thông tin và Truyền thông ngoài bot" in out[0]
    assert [(k, s) for k, s, _, _ in statuses(db_url, capsys)] == [("tq-2021-04-20", "hoan_thanh")]
    # a row is no document: nothing of the kind said
    out = texts(await player.send(5001, "/capnhat 406-14 xong"), 5001)
    assert "ngoài bot" not in out[0]
