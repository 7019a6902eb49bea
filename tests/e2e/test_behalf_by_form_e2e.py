"""ux30 #8: the coordinator's `/nop <task by form and month> <unit>` ("/nop mau 02 thang 10 na
hang") was refused though README promises `/nop <nhiệm vụ> [kỳ] <đơn vị>`, and the unit's file
sent next was dropped. The task and its month are read among the unit's tasks as the unit's own
`/nop thang 10` reads them; a `/nop` that named the unit and no task it reads keeps the file
sent next pending, offered for that unit's files owed. A file sent for a task named that prints
another month (or another unit) is asked about before anything is kept (ux30 #1, #2). The
database is asserted after every write and every non-write."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, texts
from tests.e2e.test_file_claims_e2e import SEPT_TITLE, report
from tests.e2e.test_tryout_2023 import MONTHLY, OCTOBER, SEPTEMBER, play, services
from tests.e2e.test_unnamed_files import CONTACTS, HAM_YEN, published

NA_HANG = "UBND huyện Na Hang"
OCT_TITLE = "BÁO CÁO KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN THÁNG 10/2023"


def kept(player, key: str, unit: str) -> list[tuple[str, str | None]]:
    return [
        (s.file_name, s.behalf)
        for s in services(player).submissions.submissions(task=key, agency=unit)
    ]


async def test_the_coordinator_names_the_task_by_form_and_month(player):
    await published(player)
    await play(player, "@ 2023-10-16 09:00")
    out = texts(await play(player, f"{ADMIN} > /nop mau 02 thang 10 na hang"), ADMIN)
    assert out[0].startswith(f"📥 Ghi thay {NA_HANG}: gửi tệp"), out
    assert f"{MONTHLY} tháng 10/2023" in out[0], out
    assert kept(player, OCTOBER, NA_HANG) == []  # nothing before the file
    calls = await player.upload(ADMIN, "bc_na_hang_t10.xlsx", report(OCT_TITLE, unit=NA_HANG))
    out = texts(calls, ADMIN)
    assert out[0].startswith(f"✅ Đã nhận tệp bc_na_hang_t10.xlsx (5 KB) của {NA_HANG}"), out
    [(name, behalf)] = kept(player, OCTOBER, NA_HANG)
    assert name == "bc_na_hang_t10.xlsx" and behalf
    assert services(player).repo.current(OCTOBER, NA_HANG).new == "hoan_thanh"
    assert kept(player, SEPTEMBER, NA_HANG) == []
    # ux37 #5: a day received said with it, the file then asked about (it prints September):
    # the day goes with the press, written as the day sent
    said = f"{ADMIN} > /nop mau 02 thang 10 ham yen nhận email ngày 13/10"
    out = texts(await play(player, said), ADMIN)
    assert "Ngày nhận: 13/10/2023" in out[0] and HAM_YEN in out[0], out
    calls = await player.upload(ADMIN, "bc_hy.xlsx", report(SEPT_TITLE, unit=HAM_YEN))
    assert services(player).repo.current(OCTOBER, HAM_YEN) is None  # asked, nothing kept
    button = next(row[0] for row in calls[-1]["buttons"] if "20 tháng 10/2023" in row[0])
    out = texts(await play(player, f"{ADMIN} > [{button}]"), ADMIN)
    assert "Ngày gửi: 13/10/2023" in out[0], out
    change = services(player).repo.current(OCTOBER, HAM_YEN)
    assert (change.new, change.sent_on) == ("hoan_thanh", date(2023, 10, 13))


async def test_a_file_after_a_nop_naming_only_the_unit_is_offered_for_its_files(player):
    await published(player)
    await play(player, "@ 2023-10-16 09:00")
    out = texts(await play(player, f"{ADMIN} > /nop bao cao gi do na hang"), ADMIN)
    assert out == [
        f"Không rõ nhiệm vụ «bao cao gi do» của {NA_HANG} nhận tệp. Không có gì thay đổi."
    ]
    calls = await player.upload(ADMIN, "bc.xlsx", report(OCT_TITLE, unit=NA_HANG))
    out = texts(calls, ADMIN)
    # kept pending, with the question: the unit's files owed, October's marked
    assert out[0].startswith(f"📥 Ghi thay {NA_HANG}: "), out
    assert "👉 📌 Mẫu số 02" in out[0] and "20 tháng 10/2023" in out[0], out
    assert services(player).submissions.submissions(agency=NA_HANG) == []
    button = next(row[0] for row in calls[-1]["buttons"] if "20 tháng 10/2023" in row[0])
    out = texts(await play(player, f"{ADMIN} > [{button}]"), ADMIN)
    assert out[0].startswith(f"✅ Đã nhận tệp bc.xlsx (5 KB) của {NA_HANG}"), out
    assert [n for n, _ in kept(player, OCTOBER, NA_HANG)] == ["bc.xlsx"]
    assert services(player).repo.current(OCTOBER, NA_HANG).new == "hoan_thanh"


async def test_a_file_for_a_task_named_that_prints_another_month_is_asked_about(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    await play(player, "@ 2023-10-16 09:00")
    out = texts(await play(player, "1002 > /nop mau 02 thang 10"), 1002)
    assert "20 tháng 10/2023" in out[0], out
    calls = await player.upload(1002, "bc.xlsx", report(SEPT_TITLE))
    out = texts(calls, 1002)
    lines = out[0].splitlines()
    assert (
        lines[0]
        == "Tệp ghi Mẫu số 02, THÁNG 9/2023. Trước khi lưu tệp bc.xlsx: nộp cho nhiệm vụ nào?"
    )
    assert lines[1].startswith("👉 📌 Mẫu số 02") and "20 tháng 9/2023" in lines[1], out
    assert " · ⚠️ không khớp tệp" in out[0] and out[0].count("THÁNG 9/2023") == 1, out
    # the task named stays pressable: the officer decides, nothing kept yet
    assert len(calls[-1]["buttons"]) == 2
    subs = services(player).submissions
    assert subs.submissions(agency=HAM_YEN) == []
    assert services(player).repo.current(OCTOBER, HAM_YEN) is None
    button = next(row[0] for row in calls[-1]["buttons"] if "20 tháng 9/2023" in row[0])
    await play(player, f"1002 > [{button}]")
    assert [s.task for s in subs.submissions(agency=HAM_YEN)] == [SEPTEMBER]
    assert services(player).repo.current(OCTOBER, HAM_YEN) is None
    # the unit's own report for the month named is kept at once, as before
    await play(player, "1002 > /nop mau 02 thang 10")
    out = texts(await player.upload(1002, "bc10.xlsx", report(OCT_TITLE)), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc10.xlsx"), out
    assert [s.file_name for s in subs.submissions(task=OCTOBER, agency=HAM_YEN)] == ["bc10.xlsx"]
