"""ux37 #2 and #1, one district's story on a letter whose monthly report is due "trước ngày 10
hằng tháng" and whose one-off list is due 3/9/2021 (the tester's 620/STTTT-CNTT).

#2: the officer replied to the 30/8 reminder, which named only the monthly report, with the
Mẫu số 04 list: the only button was the reminder's task, under the bot's own "không phải nhiệm vụ
này", and one press closed September with the list. #1: on 12/10 the officer sent the report on
September's figures, titled "THÁNG 9/2021", for the overdue occurrence due 10/10: the only button
replaced September's copy. Through the emulator with the real Application; the database after
every press."""

from __future__ import annotations

from knowledge.rules.statuses import Status
from tests.botkit import ADMIN, register, texts
from tests.e2e.test_file_heads_e2e import kept, titled_docx
from tests.e2e.test_tryout_2023 import services

UNIT = "UBND huyện Lâm Bình"
MONTHLY, LIST = "tq-2021-09-10", "tq-2021-09-03"
SEPTEMBER, OCTOBER = f"{MONTHLY}@2021-09-10", f"{MONTHLY}@2021-10-10"
LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 620/STTTT-CNTT
V/v báo cáo tình hình tiếp nhận, giải quyết hồ sơ trực tuyến tại cấp huyện
Tuyên Quang, ngày 16 tháng 8 năm 2021

Kính gửi: UBND các huyện, thành phố.

1. Định kỳ hằng tháng, báo cáo tình hình tiếp nhận, giải quyết hồ sơ trực tuyến mức độ 3, 4
trên địa bàn (theo Mẫu số 03 kèm theo) gửi về Sở Thông tin và Truyền thông trước ngày 10 hằng
tháng, kể từ tháng 9/2021.

2. Rà soát danh sách cán bộ đầu mối phụ trách dịch vụ công trực tuyến của UBND cấp huyện, cấp
xã; gửi danh sách (theo Mẫu số 04 kèm theo) về Sở Thông tin và Truyền thông trước ngày 3/9/2021.

Nơi nhận:
- Như trên;
- Lưu: VT, CNTT.
GIÁM ĐỐC
"""
REPORT = titled_docx("Mẫu số 03", "BÁO CÁO TÌNH HÌNH TIẾP NHẬN HỒ SƠ TRỰC TUYẾN THÁNG 9/2021")


def _status(player, key: str) -> Status | None:
    current = services(player).repo.current(key, UNIT)
    return current.new if current is not None else None


async def test_a_file_goes_to_the_task_it_names_and_a_late_months_report_to_the_one_owed(player):
    await player.line("@ 2021-08-16 09:00")
    await register(player, 1101, UNIT, "Dũng")
    await player.upload(ADMIN, "cv620.txt", LETTER.encode(), name="Điều phối")
    await player.send(ADMIN, "[Công bố]")
    player.daily_ticks = True  # the reminders of each day on their day, as officers get them
    await player.line("@ 2021-08-30 08:00")
    player.daily_ticks = False
    reminder = player.latest(1101)
    assert f"{MONTHLY} tháng 9/2021" in reminder["text"] and LIST not in reminder["text"]

    # #2: the list, in reply to the reminder of the monthly report: the list's task offered,
    # the reminder's listed with why it does not match, and no button for it
    lists = titled_docx("Mẫu số 04", "DANH SÁCH CÁN BỘ ĐẦU MỐI")
    calls = await player.upload(1101, "mau04_lam_binh.docx", lists, reply_to=reminder)
    [offer] = texts(calls, 1101)
    assert offer.index(LIST) < offer.index(f"{MONTHLY} tháng 9/2021"), offer
    # what the file prints said once, in the head; the clash on the line it concerns (u54 #4)
    assert offer.startswith("Tệp ghi Mẫu số 04.") and offer.count("ghi Mẫu số 04") == 1, offer
    assert " · ⚠️ không khớp tệp" in offer
    assert [row[0] for row in calls[-1]["buttons"]] == [f"Nộp: Mẫu số 04 ({LIST})"]
    assert kept(player, UNIT) == []  # nothing before the press
    out = texts(await player.send(1101, "[#1]"), 1101)
    assert out[0].startswith("✅ Đã nhận tệp mau04_lam_binh.docx"), out
    assert [k[0] for k in kept(player, UNIT)] == [LIST]
    assert _status(player, LIST) == Status.HOAN_THANH and _status(player, SEPTEMBER) is None

    # #1: September's report sent on time for the occurrence due 10/9, by /nop
    await player.line("@ 2021-09-09 10:00")
    await player.send(1101, f"/nop {MONTHLY} tháng 9/2021")
    out = texts(await player.upload(1101, "bc_t9.docx", REPORT), 1101)
    assert out[0].startswith("✅ Đã nhận tệp bc_t9.docx"), out
    # the one due 10/10 missed; on 12/10 the report on September's figures, with no caption:
    # the occurrence still owed first, the copy it would replace after it, both said
    await player.line("@ 2021-10-12 10:00")
    figures = titled_docx(
        "Mẫu số 03", "BÁO CÁO SỐ LIỆU THÁNG 9/2021", "Đơn vị: UBND huyện Lâm Bình"
    )
    calls = await player.upload(1101, "bc_so_lieu_thang9.docx", figures)
    [offer] = texts(calls, 1101)
    buttons = [row[0] for row in calls[-1]["buttons"]]
    assert [b.rsplit("(", 1)[1] for b in buttons] == [
        f"{MONTHLY} tháng 10/2021)",
        f"{MONTHLY} tháng 9/2021)",
    ], buttons
    assert "kỳ tháng 10/2021 hoặc số liệu tháng 9/2021" in offer, offer
    assert "(đã có bản, thay bản cũ)" in offer.split(f"{MONTHLY} tháng 9/2021")[1]
    out = texts(await player.send(1101, "[#1]"), 1101)
    assert out[0].startswith("✅ Đã nhận tệp bc_so_lieu_thang9.docx"), out
    assert f"{MONTHLY} tháng 10/2021" in out[0]
    files = [k[:2] for k in kept(player, UNIT)]
    assert (OCTOBER, "bc_so_lieu_thang9.docx") in files and (SEPTEMBER, "bc_t9.docx") in files
    assert len(files) == 3  # September's copy not replaced
    assert _status(player, OCTOBER) == Status.HOAN_THANH
