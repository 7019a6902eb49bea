"""A status said in reply to a reminder of several items (ux12 item 13): "xong rồi" asked "ghi
mục nào? Gõ kèm mã" with no button, and the next tap pressed an old "Hoàn tác". Now each item of
that reminder is a button; a press writes that item only (quoted back, undoable), the others
stay pressable until the next message; nothing is written before a press."""

from __future__ import annotations

from handlers.buttons.codec import MAX_BYTES
from tests.botkit import ADMIN, texts

BOSS = "Trần Điều Phối"


def repo(player):
    return player.app.bot_data["services"].repo


def buttons(calls) -> list[list[str]]:
    return [row for c in calls if c["buttons"] for row in c["buttons"]]


async def reminded_twice(player):
    """Sở Xây dựng on 24/5: the reminder lists tq-2021-05-20 (late) and 406-14 (due 31/5)."""
    for line in (
        "@ 2021-05-19 08:00",
        "1001 Nguyễn Văn An > /dangky sxd",
        f"{ADMIN} {BOSS} > /duyet 1001",
        "1001 > /capnhat 406-14 dang kiem thu",
        "1001 > /capnhat 406-15 ht",
        "1001 > /capnhat 20/4 da nop qua email",
    ):
        await player.line(line)
    # down over Thursday 20/5 (406-14's first reminder, 7 working days before 31/5): Monday's
    # start catches it up in the one message with the late Phụ lục (a clock line would send
    # each day's on its day, ux34 #6)
    calls = await player.line("! restart @ 2021-05-24 08:00")
    reminder = texts(calls, 1001)
    assert len(reminder) == 1 and "tq-2021-05-20" in reminder[0] and "406-14" in reminder[0]


async def test_xong_roi_to_a_reminder_of_two_offers_each_item(player):
    await reminded_twice(player)
    written = len(repo(player).history())
    calls = await player.line("1001 >> xong roi")
    out = texts(calls, 1001)
    assert out == [
        # the soonest due first (31/5 to come, then the late 20/5: ux14b item 4)
        "Tin nhắn bạn trả lời nhắc 2 mục. Mục nào đã Hoàn thành? Mỗi nút ghi một mục:\n"
        "• 406-14 (Cấp giấy phép xây dựng nhà ở riêng lẻ)\n"
        "• tq-2021-05-20 (Phụ lục I–IV)\n"
        # nothing of the Phụ lục in the bot: the press reports them sent outside it (ux16a #4)
        "Trong bot chưa có biểu, tệp nào của đơn vị cho tq-2021-05-20: bấm là ghi đã gửi Sở "
        "Thông tin và Truyền thông ngoài bot (/nopbai ghi “báo đã nộp, không có … trong bot”); "
        "nộp qua bot: /nop.\n"
        "Bấm nút của mục đó để ghi; không bấm thì không có gì thay đổi."
    ]
    assert buttons(calls) == [["Ghi 406-14 → Hoàn thành"], ["Ghi tq-2021-05-20 → Hoàn thành"]]
    # one callback codec, its data within Telegram's 64 bytes (the emulator refuses more)
    keyboard = player.emulator.messages[1001][-1]["reply_markup"]["inline_keyboard"]
    assert all(len(b["callback_data"].encode()) <= MAX_BYTES for row in keyboard for b in row)
    assert [b["callback_data"].split(":")[0] for row in keyboard for b in row] == ["wo", "wo"]
    assert len(repo(player).history()) == written  # nothing before a press
    # the second button: that item only
    out = texts(await player.line("1001 > [Ghi 406-14 → Hoàn thành]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14 (Sở Xây dựng): Đang kiểm thử → Hoàn thành")
    assert repo(player).current("406-14", "Sở Xây dựng").new == "hoan_thanh"
    assert repo(player).current("tq-2021-05-20", "Sở Xây dựng") is None
    # the other item's button still writes (no message came between), then undone
    out = texts(await player.line("1001 > [Ghi tq-2021-05-20 → Hoàn thành]"), 1001)
    assert out[0].startswith(
        "✅ Đã ghi: Phụ lục I–IV tq-2021-05-20 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành"
    )
    assert repo(player).current("tq-2021-05-20", "Sở Xây dựng").new == "hoan_thanh"
    out = texts(await player.line("1001 > [Hoàn tác]"), 1001)
    assert out[0].startswith("↩️ Đã hoàn tác: Phụ lục I–IV tq-2021-05-20 (Sở Xây dựng)")
    assert repo(player).current("tq-2021-05-20", "Sở Xây dựng").new == "chua_bat_dau"
    assert repo(player).current("406-14", "Sở Xây dựng").new == "hoan_thanh"


async def test_a_message_between_ends_the_offer(player):
    await reminded_twice(player)
    await player.line("1001 >> xong roi a")
    await player.line("1001 > gpxd han khi nao")
    out = texts(await player.line("1001 > [Ghi 406-14 → Hoàn thành]"), 1001)
    assert out[0].startswith("Đề nghị ghi này đã hết hiệu lực. Để ghi, gõ /capnhat 406-14")
    assert repo(player).current("406-14", "Sở Xây dựng").new == "dang_kiem_thu"


async def test_a_sending_is_offered_for_the_tasks_document_only(player):
    """ "đã nộp rồi" is said of a task's document: the catalogue row the same reminder lists
    (406-14, integrated, not handed in) is not offered (ux14b item 4)."""
    await reminded_twice(player)
    calls = await player.line("1001 >> da nop roi a")
    assert buttons(calls) == [["Đã gửi ngoài bot: ghi tq-2021-05-20 → Hoàn thành"]]
    assert repo(player).current("tq-2021-05-20", "Sở Xây dựng") is None


async def test_an_item_already_standing_is_not_offered(player):
    await reminded_twice(player)
    reminder = player.latest(1001)
    await player.line("1001 > /capnhat tq-2021-05-20 xong")
    # in reply to the reminder, scrolled up to: only 406-14 is left, the usual single button
    calls = await player.send(1001, "xong roi", reply_to=reminder)
    assert buttons(calls) == [["Ghi 406-14 → Hoàn thành?"]]
    assert repo(player).current("406-14", "Sở Xây dựng").new == "dang_kiem_thu"


async def test_sent_in_writing_said_to_one_tasks_reminder_is_about_that_task(player):
    # "đã gửi bằng văn bản rồi ạ", the reminder's own words, to the Phụ lục's reminder: the
    # words also fit Biểu 02's letter, but name no other task; the reply is about the Phụ lục
    # (it offered Biểu 02, never sent: ux17 item 1). A form named does move it.
    for line in (
        "@ 2021-05-03 08:00",
        "1001 Lê Thị Hoa > /dangky so y te",
        f"{ADMIN} {BOSS} > /duyet 1001",
    ):
        await player.line(line)
    await player.line("@ 2021-05-10 08:30")  # Monday's: Biểu 02, late, and the Phụ lục
    calls = await player.line("@ 2021-05-13 08:30")
    (reminder,) = texts(calls, 1001)
    assert "tq-2021-05-20" in reminder and "tq-2021-04-20" not in reminder
    written = len(repo(player).history())
    out = texts(await player.line("1001 >> da gui bang van ban roi a"), 1001)
    assert "ghi Phụ lục I–IV tq-2021-05-20 → Hoàn thành" in out[0], out
    assert "tq-2021-04-20" not in out[0]
    out = texts(await player.line("1001 >> biểu 02 đã gửi bằng văn bản rồi"), 1001)
    assert "Biểu 02 tq-2021-04-20 →" in out[0], out
    assert len(repo(player).history()) == written  # nothing written before a press
