"""A monthly report sent on time, seen afterwards: every view counts it as sent (it used to
vanish from /tiendo and the chart once its date passed), and "đã nộp" by the task's bare id a few
days later is a repeat said as such, not the next month's report written in silence. Through
the real Application and the emulator, on the 2023 letter (tests/e2e/letter_2023.py)."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_tryout_2023 import MONTHLY, OCTOBER, SEPTEMBER, play, published, services

HAM_YEN = "UBND huyện Hàm Yên"


async def test_a_monthly_report_sent_on_time_still_counts_once_its_date_passed(player):
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    out = texts(await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp"), 1002)
    assert out[0].startswith(f"✅ Đã ghi: {SEPTEMBER} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành")
    await play(player, "@ 2023-09-25 08:00")
    # /tiendo: September sent, October ahead (September used to drop out: "0/2 xong")
    out = texts(await play(player, "1002 > /tiendo"), 1002)
    assert out[0].startswith(f"Tiến độ {HAM_YEN} — 1/3 xong"), out
    assert f"{SEPTEMBER} Mẫu số 02 — ✅ Hoàn thành — hạn 20/9/2023" in out[0]
    # the province's tally agrees with /nopbai tinh's "đã nộp 1/7"
    out = texts(await play(player, f"{ADMIN} > /tiendo tinh"), ADMIN)
    assert f"• {HAM_YEN}: 1/2 xong" in out[0], out
    assert "• UBND huyện Yên Sơn: 0/2 xong, ❗1 quá hạn" in out[0]
    out = "\n".join(texts(await play(player, f"{ADMIN} > /nopbai tinh"), ADMIN))
    assert f"✅ {HAM_YEN} — đã nộp 15/9/2023" in out


async def test_a_repeated_statement_by_the_bare_id_is_not_the_next_months_report(player):
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp")
    await play(player, "@ 2023-09-25 08:00")
    repo = services(player).repo
    out = texts(await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp"), 1002)
    assert out == [f"{SEPTEMBER} đã ở trạng thái Hoàn thành; không có gì được ghi thêm."]
    calls = await play(player, f"1002 > /capnhat {MONTHLY} da nop")
    out = texts(calls, 1002)
    assert out[0].startswith(
        f"{SEPTEMBER} (hạn 20/9/2023) đã ghi Hoàn thành ngày 15/9/2023; không ghi lại.\n"
        f"Nếu đã nộp cả kỳ sau, bấm nút để ghi {OCTOBER}"
    ), out
    assert calls[-1]["buttons"] == [[f"Ghi {OCTOBER} → Hoàn thành?"]]
    assert repo.current(OCTOBER, HAM_YEN) is None  # nothing written before the press
    # free text says the same
    out = texts(await play(player, "1002 > bao cao mau so 02 da nop roi"), 1002)
    assert out[0].startswith(f"{SEPTEMBER} (hạn 20/9/2023) đã ghi Hoàn thành"), out
    assert repo.current(OCTOBER, HAM_YEN) is None
    # the press is the confirmation: October written
    out = texts(await play(player, f"1002 > [Ghi {OCTOBER} → Hoàn thành?]"), 1002)
    assert out[0].startswith(f"✅ Đã ghi: {OCTOBER} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành")
    assert repo.current(OCTOBER, HAM_YEN).new == "hoan_thanh"


async def test_the_bare_id_writes_the_month_being_collected_without_asking(player):
    """Within a week of October's date, "đã nộp" by the bare id is October's report."""
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp")
    await play(player, "@ 2023-10-16 08:00")
    out = texts(await play(player, f"1002 > /capnhat {MONTHLY} đã nộp"), 1002)
    assert out[0].startswith(f"✅ Đã ghi: {OCTOBER} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành")
    assert services(player).repo.current(OCTOBER, HAM_YEN).new == "hoan_thanh"
