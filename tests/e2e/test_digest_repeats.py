"""The coordinator's digest, day after day before 20/4 (the usability test: the same 19-name
"chưa nộp" line for Biểu 02 every day): the first lists the units, the next say the count and who
sent since the digest before, the full list behind its button."""

from __future__ import annotations

import pytest

from tests.botkit import ADMIN, register, texts


def digests(calls) -> list[str]:
    return [t for t in texts(calls, ADMIN) if t.startswith("📋 Tổng hợp")]


async def test_the_digest_names_the_units_once_then_what_changed(player):
    await register(player, 1001, "Sở Y tế", "An")
    (first,) = digests(await player.line("@ 2021-04-15 08:00"))
    assert "• chưa nộp (19): Ban Quản lý các Khu công nghiệp tỉnh; " in first
    # the next day near the deadline with nothing new since: one line, the counts and where
    # the lists are (ux28: the same long digest every working day before a deadline)
    (second,) = digests(await player.line("@ 2021-04-16 08:00"))
    assert second == (
        "📋 Tổng hợp Tuyên Quang (Thứ Sáu, 16/4/2021): không có gì mới từ bản tổng hợp 15/4 — "
        "không có mục quá hạn; 19 lượt hồ sơ chưa nộp (Biểu 02: 19). Xem đủ: /tonghop, "
        "/nopbai tinh"
    )
    await player.line("1001 > /capnhat tq-2021-04-20 đã nộp")
    repo = player.app.bot_data["services"].repo
    assert repo.current("tq-2021-04-20", "Sở Y tế").new == "hoan_thanh"
    calls = await player.line("@ 2021-04-19 08:00")
    (third,) = digests(calls)
    assert "đã nộp 1/19 · chưa nộp 18" in third
    assert "• từ bản tổng hợp 16/4: 1 đơn vị nộp thêm — Sở Y tế" in third
    assert "• 18 đơn vị chưa nộp: danh sách ở /nopbai tinh (nút bên dưới)" in third
    # the full list is one press away
    out = texts(await player.line(f"{ADMIN} > [📋 Tình hình nộp hồ sơ]"), ADMIN)
    assert "Sở Xây dựng — chưa nộp" in out[0], out


@pytest.mark.daily_ticks  # the reminders of each day, sent on their day
async def test_the_deadline_day_has_its_digest_as_the_officers_have_their_reminder(player):
    """ux26: stepping day by day to 21/5/2021, the coordinator had no digest on 20/5, the Phụ
    lục deadline, while the officers were reminded that morning: the last day a unit is on time
    is the one the coordinator chases on."""
    await register(player, 1001, "Sở Y tế", "An")
    await register(player, 1002, "Sở Xây dựng", "Bình")
    for day in ("2021-05-17", "2021-05-18", "2021-05-19"):
        await player.line(f"@ {day} 08:00")
    await player.line("1001 > /capnhat tq-2021-05-20 đã nộp")
    calls = await player.line("@ 2021-05-20 08:00")
    (digest,) = digests(calls)
    assert digest.startswith("📋 Tổng hợp Tuyên Quang (Thứ Năm, 20/5/2021)")
    assert "tq-2021-05-20" in digest
    assert "• từ bản tổng hợp 19/5: 1 đơn vị nộp thêm — Sở Y tế" in digest
    assert any("tq-2021-05-20" in t for t in texts(calls, 1002))  # reminded the same morning
    log = player.app.bot_data["services"].reminders.log()
    days = [r.day.isoformat() for r in log if r.agency == "*digest*" and r.day.month == 5]
    # the clock moved from 13/4 ran each working day's tick on its day (ux34 #6): the Mondays
    # 4/5 (3/5 a day in lieu) and 10/5 had theirs too
    assert days == [f"2021-05-{day}" for day in ("04", "10", "17", "18", "19", "20")]
