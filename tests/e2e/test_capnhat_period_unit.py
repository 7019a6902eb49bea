"""ux (u37 item 6): `/capnhat kh-monthly-sync tháng 9/2020 so y te da nop` from the coordinator
answered with an odd "kỳ cũ nhất còn nợ … T5/2020": the period was dropped once a unit followed
it (the occurrence's key, spelled out, was no key shape), and the unit with it. Now the period
and the unit are both read: a unit the task is not addressed to is refused in one line, and the
unit that owes it is written for that very period. Through the emulator; the database read."""

from __future__ import annotations

import pytest

from bot.player import Player
from tests.botkit import ADMIN, start_on, texts

BOARD = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"


@pytest.fixture
async def khanh_hoa(tmp_path, db_url):
    p = Player(db_url, [ADMIN], province="khanh-hoa", files_dir=tmp_path / "files")
    await start_on(p, "@ 2020-10-05 08:00")
    yield p
    await p.stop()
    assert p.emulator.refusals() == []


async def test_a_period_then_a_unit_is_read_as_both(khanh_hoa):
    player = khanh_hoa
    desk = player.app.bot_data["services"]
    out = texts(
        await player.send(ADMIN, "/capnhat kh-monthly-sync tháng 9/2020 so y te da nop"), ADMIN
    )
    assert out == ["Sở Y tế không phải nộp kh-monthly-sync tháng 9/2020. Không có gì thay đổi."]
    assert desk.repo.history("kh-monthly-sync@2020-09-01") == []
    line = "/capnhat kh-monthly-sync tháng 9/2020 ban dieu hanh de an da nop"
    [done] = texts(await player.send(ADMIN, line), ADMIN)
    assert done.startswith("✅ Đã ghi:") and "kỳ cũ nhất" not in done
    assert f"kh-monthly-sync tháng 9/2020 ({BOARD}): Chưa bắt đầu → Hoàn thành" in done
    [change] = desk.repo.history("kh-monthly-sync@2020-09-01")
    assert (change.agency, change.new) == (BOARD, "hoan_thanh")
    assert desk.repo.history("kh-monthly-sync@2020-05-01") == []  # not the oldest owed
