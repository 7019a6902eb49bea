"""A letter read whole with a doubt (a deadline counted from its date) and a report due every six
months: the coordinator checks and publishes it, and each half year's report is tracked on its
own (late for June, on time for December), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, register, texts

LETTER = (
    "UBND TỈNH TUYÊN QUANG\nSỞ TƯ PHÁP\nSố: 77/STP-HCTP\nV/v báo cáo công tác hộ tịch điện tử\n"
    "Tuyên Quang, ngày 02 tháng 3 năm 2023\n\nKính gửi: UBND các huyện, thành phố.\n\n"
    "1. UBND các huyện, thành phố báo cáo kết quả đăng ký hộ tịch điện tử định kỳ 6 tháng, "
    "theo Mẫu số 01, gửi về Sở Tư pháp trước ngày 10/6 và 10/12 hằng năm.\n"
    "2. UBND các huyện, thành phố cử cán bộ đầu mối, gửi danh sách về Sở Tư pháp trong vòng 05 "
    "ngày làm việc kể từ ngày ký văn bản này.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
)
XLSX = b"PK\x03\x04" + b"\x00" * 200  # a form of no layout is kept as sent, unopened
HALF = "tq-2023-06-10"


async def test_a_half_yearly_report_is_tracked_per_occurrence(player):
    await player.line("@ 2023-03-02 08:00")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    out = texts(await player.upload(ADMIN, "stp77.txt", LETTER.encode()), ADMIN)[-1]
    # read whole: the half-yearly report and the contact list, counted from the letter's date
    # (Thursday 2/3 + 5 working days = Thursday 9/3), said for the coordinator to check
    assert "6 tháng một lần, ngày 10/6 và 10/12" in out and "9/3/2023" in out
    assert "cần kiểm tra" in out and "Chưa công bố được" in out
    await player.send(ADMIN, "[Đã kiểm tra, bỏ qua lỗi đọc]")
    out = texts(await player.send(ADMIN, "[Công bố]"), ADMIN)[-1]
    assert HALF in out

    # June's report is not sent by the 10th: late; sent in July, it settles June, late.
    # (Saturday 10/6/2023 ran to the end of Monday 12/6: BLDS 2015 Điều 148, ux37 #4)
    await player.line("@ 2023-06-13 08:00")
    out = texts(await player.send(1002, "/quahan"), 1002)[0]
    assert f"{HALF} tháng 6/2023" in out and "6 tháng đầu năm 2023" in out
    out = texts(await player.upload(1002, "t6.xlsx", XLSX, caption=f"/nop {HALF}"), 1002)
    assert f"{HALF} tháng 6/2023" in out[0]
    # December's, sent before its date, is on time; nothing falls due in between
    await player.line("@ 2023-12-04 08:00")
    out = texts(await player.upload(1002, "t12.xlsx", XLSX, caption=f"/nop {HALF}"), 1002)
    assert f"{HALF} tháng 12/2023" in out[0]
    marks = player.app.bot_data["services"].statuses().marks
    assert {k for k, a in marks if a == "UBND huyện Hàm Yên" and k.startswith(HALF)} == {
        f"{HALF}@2023-06-10",
        f"{HALF}@2023-12-10",
    }
    assert marks[(f"{HALF}@2023-12-10", "UBND huyện Hàm Yên")].on == date(2023, 12, 4)
