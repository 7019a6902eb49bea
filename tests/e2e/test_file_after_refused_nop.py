"""A file sent right after a refused `/nop` (ux29 #8): it was meant as that hand-in, so it is
answered with why the task takes no file and how its progress is recorded, never read as a
letter; the next message ends that wait, and a letter sent after it is read as one again."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.player import Player
from tests.botkit import ADMIN, start_on, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
BOARD = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
BOARD_TYPED = "ban dieu hanh de an"
REPORT = "Báo cáo đồng bộ trạng thái tháng 9/2020 của Sở Y tế.\n".encode()


@pytest.fixture
async def khanh_hoa(tmp_path, db_url):
    p = Player(db_url, [ADMIN], province="khanh-hoa", files_dir=tmp_path / "files")
    await start_on(p, "@ 2020-09-03 09:00")
    yield p
    await p.stop()
    assert p.emulator.refusals() == []


async def test_a_file_after_a_refused_nop_is_that_hand_in_not_a_letter(khanh_hoa):
    player = khanh_hoa
    desk = player.app.bot_data["services"]
    # the task collects nothing: its progress is a status, said with the line to type
    said = texts(
        await player.send(ADMIN, f"/nop kh-monthly-sync tháng 9/2020 {BOARD_TYPED}"), ADMIN
    )
    assert len(said) == 1 and "không nhận tệp" in said[0]
    assert f"/capnhat kh-monthly-sync {BOARD} xong" in said[0]
    # a unit it is not addressed to: said so, not a /capnhat that would be refused
    refused = texts(await player.send(ADMIN, "/nop kh-monthly-sync tháng 9/2020 so y te"), ADMIN)
    assert refused == [
        "Sở Y tế không thuộc các đơn vị phải nộp nhiệm vụ kh-monthly-sync. Không có gì thay đổi."
    ]

    out = texts(await player.upload(ADMIN, "bc.txt", REPORT), ADMIN)
    assert len(out) == 1, out
    assert out[0].startswith("Tệp bc.txt không được lưu: lệnh /nop vừa rồi bị từ chối.")
    assert "kh-monthly-sync" in out[0] and "công văn" not in out[0]
    assert desk.letters.drafts() == [] and desk.submissions.submissions() == []

    # any message ends that wait: a letter sent afterwards is read as a letter again
    await player.send(ADMIN, "/nopbai tinh")
    out = texts(await player.upload(ADMIN, LETTER.name, LETTER.read_bytes()), ADMIN)
    assert "không được lưu" not in out[0]
    assert len(desk.letters.drafts()) == 1
