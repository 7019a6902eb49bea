"""The coordinator's digest, day after day before 20/4 (the usability test: the same 19-name
"chưa nộp" line for Biểu 02 every day): the first lists the units, the next say the count and who
sent since the digest before, the full list behind its button."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts


def digests(calls) -> list[str]:
    return [t for t in texts(calls, ADMIN) if t.startswith("📋 Tổng hợp")]


async def test_the_digest_names_the_units_once_then_what_changed(player):
    await register(player, 1001, "Sở Y tế", "An")
    (first,) = digests(await player.line("@ 2021-04-15 08:00"))
    assert "• chưa nộp (19): Ban Quản lý các Khu công nghiệp tỉnh; " in first
    (second,) = digests(await player.line("@ 2021-04-16 08:00"))
    assert "chưa nộp (19):" not in second and "Sở Xây dựng" not in second
    assert "• từ bản tổng hợp 15/4: chưa đơn vị nào nộp thêm" in second
    assert "• 19 đơn vị chưa nộp: danh sách ở /nopbai tinh (nút bên dưới)" in second
    await player.line("1001 > /capnhat tq-2021-04-20 đã nộp")
    repo = player.app.bot_data["services"].repo
    assert repo.current("tq-2021-04-20", "Sở Y tế").new == "hoan_thanh"
    calls = await player.line("@ 2021-04-19 08:00")
    (third,) = digests(calls)
    assert "đã nộp 1/19 · chưa nộp 18" in third
    assert "• từ bản tổng hợp 16/4: 1 đơn vị nộp thêm — Sở Y tế" in third
    # the full list is one press away
    out = texts(await player.line(f"{ADMIN} > [📋 Tình hình nộp hồ sơ]"), ADMIN)
    assert "Sở Xây dựng — chưa nộp" in out[0], out
