"""`/nop <task>` for a task that asks for no document (Khánh Hòa's check of 10/4/2020, the
monthly status sync): it showed the form menu, "Không có biểu «kh-2020-04-10»". One line now:
the task by its title and key, that it asks for no document, and the status command that
reports it; nothing is started or written. Through the emulator."""

from __future__ import annotations

import pytest

from bot.player import Player
from tests.botkit import ADMIN, register, start_on, texts

STTTT = 1001
BOARD = 1002


@pytest.fixture
async def khanh_hoa(tmp_path, db_url):
    p = Player(db_url, [ADMIN], province="khanh-hoa", files_dir=tmp_path / "files")
    await start_on(p, "@ 2020-04-08 08:00")
    yield p
    await p.stop()
    assert p.emulator.refusals() == []


async def test_a_task_asking_no_document_says_its_status_command(khanh_hoa):
    player = khanh_hoa
    await register(player, STTTT, "Sở Thông tin và Truyền thông", "Lê An")
    out = texts(await player.send(STTTT, "/nop kh-2020-04-10"), STTTT)
    assert out == [
        "kh-2020-04-10 «Kiểm tra, rà soát việc triển khai hệ thống hội nghị truyền…» không yêu "
        "cầu nộp biểu mẫu hay tệp nào; việc này báo bằng trạng thái: /capnhat kh-2020-04-10 "
        "xong (hoặc đang làm, vướng mắc …). Không có gì thay đổi."
    ]
    desk = player.app.bot_data["services"]
    assert desk.submissions.submissions() == []
    # named by its words, the unit's status-only task is found the same way
    board = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
    await register(player, BOARD, board, "Trần Bình")
    [said] = texts(await player.send(BOARD, "/nop dong bo trang thai"), BOARD)
    assert said.startswith("kh-monthly-sync «Thực hiện đồng bộ trạng thái")
    assert "/capnhat kh-monthly-sync xong" in said and "Không có biểu" not in said
