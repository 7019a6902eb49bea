"""ux30 #1, #2: a file sent with no task named is offered for the tasks the unit owes, and one
press kept it. A report titled "THÁNG 9" was pointed at (👉) and filed as October's; a report of
another form was offered alone as the only task owed; a report whose unit line names another
district was kept as the sender's. What the file prints of itself (its title row, its form line,
its unit line, its name) now weighs: the month it reports is offered even when sent already, as a
new version; a choice it contradicts gets no 👉 and no button; another unit's line is said,
naming both units, before anything is kept."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook

from tests.botkit import texts
from tests.e2e.test_tryout_2023 import MONTHLY, OCTOBER, SEPTEMBER, play, services
from tests.e2e.test_unnamed_files import CONTACTS, HAM_YEN, published

SEPTEMBER_BUTTON = f"Nộp: Mẫu số 02 — tháng 9/2023 ({MONTHLY} tháng 9/2023)"


def report(title: str, unit: str = HAM_YEN, form: str = "Mẫu số 02") -> bytes:
    """A district's monthly report as units make them: its form, its title, its unit line."""
    book = Workbook()
    sheet = book.active
    sheet.title = "BC"
    sheet.append([form])
    sheet.append([title])
    sheet.append([f"Đơn vị: {unit}"])
    sheet.append(["STT", "Lĩnh vực", "Số hồ sơ trực tuyến"])
    sheet.append([1, "Tư pháp", 12])
    data = BytesIO()
    book.save(data)
    return data.getvalue()


SEPT_TITLE = "BÁO CÁO KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN THÁNG 9/2023"


async def _september_sent(player) -> None:
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    await play(player, "@ 2023-09-18 08:00")
    await player.upload(1002, "bc_ham_yen.xlsx", report(SEPT_TITLE))
    out = texts(await play(player, f"1002 > [{SEPTEMBER_BUTTON}]"), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_ham_yen.xlsx"), out


async def test_a_report_of_a_month_sent_already_goes_to_that_month_not_the_next(player):
    await _september_sent(player)
    await play(player, "@ 2023-10-02 09:00")  # October's report is owed now
    subs, repo = services(player).submissions, services(player).repo
    calls = await player.upload(1002, "bc_ham_yen_sua.xlsx", report(SEPT_TITLE))
    out = texts(calls, 1002)
    lines = out[0].splitlines()
    # the month it prints, sent already: first, marked, as a new version
    assert lines[0].startswith("Tệp ghi Mẫu số 02, THÁNG 9/2023."), out
    assert lines[1].startswith("👉 📌 Mẫu số 02") and "20 tháng 9/2023" in lines[1], out
    assert lines[1].endswith("(đã có bản, thay bản cũ)"), out
    # October is listed with why it is not this file's, and has no button
    # on October's own line, not under it where it read as about the line above (ux34 #8)
    assert "20 tháng 10/2023" in lines[2] and not lines[2].startswith("👉"), out
    assert lines[2].endswith(" · ⚠️ không khớp tệp"), out  # what it prints: said above
    assert "⚠️" not in lines[1] and lines[3].startswith("Bấm nút để nộp"), out
    assert calls[-1]["buttons"] == [[SEPTEMBER_BUTTON]]
    assert len(subs.submissions(agency=HAM_YEN)) == 1  # nothing kept before the press
    out = texts(await play(player, f"1002 > [{SEPTEMBER_BUTTON}]"), 1002)
    assert "lần nộp 2, thay lần trước" in out[0], out
    kept = subs.submissions(task=SEPTEMBER, agency=HAM_YEN)
    assert [s.file_name for s in kept][-1] == "bc_ham_yen_sua.xlsx"
    assert subs.submissions(task=OCTOBER, agency=HAM_YEN) == []
    assert repo.current(OCTOBER, HAM_YEN) is None  # October still owed


async def test_a_file_that_contradicts_every_task_owed_is_offered_for_none(player):
    await _september_sent(player)
    await play(player, "@ 2023-10-02 09:00")
    subs, repo = services(player).submissions, services(player).repo
    before = len(subs.submissions(agency=HAM_YEN))
    # a report of a month before the first one asked, on another form
    title = "BÁO CÁO KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN THÁNG 7/2023"
    calls = await player.upload(1002, "bc_t7.xlsx", report(title, form="Mẫu số 05"))
    out = texts(calls, 1002)
    assert out[0].startswith(
        "Tệp ghi Mẫu số 05, THÁNG 7/2023. Tệp bc_t7.xlsx không khớp nhiệm vụ nào đơn vị đang "
        "phải nộp:"
    ), out
    assert " · ⚠️ không khớp tệp" in out[0] and out[0].count("THÁNG 7/2023") == 1, out
    assert "Không có gì được lưu." in out[0] and "👉" not in out[0]
    assert not calls[-1]["buttons"]
    assert len(subs.submissions(agency=HAM_YEN)) == before
    assert repo.current(OCTOBER, HAM_YEN) is None


async def test_another_units_report_is_asked_about_naming_both_units(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    await play(player, "@ 2023-09-18 08:00")
    subs, repo = services(player).submissions, services(player).repo
    calls = await player.upload(1002, "bc_t9.xlsx", report(SEPT_TITLE, unit="UBND huyện Yên Sơn"))
    out = texts(calls, 1002)
    assert (
        "⚠️ Tệp ghi «Đơn vị: UBND huyện Yên Sơn», không phải UBND huyện Hàm Yên. Chỉ bấm nút "
        "nếu đây đúng là tệp của UBND huyện Hàm Yên." in out[0]
    ), out
    assert subs.submissions(agency=HAM_YEN) == []
    assert repo.current(SEPTEMBER, HAM_YEN) is None
    # the unit's own report says nothing of the kind
    calls = await player.upload(1002, "bc_t9.xlsx", report(SEPT_TITLE))
    assert "⚠️" not in texts(calls, 1002)[0]
