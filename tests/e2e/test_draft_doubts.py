"""A draft's doubt stays until the coordinator looks at that task: correcting another task keeps
it (the draft still held back, "Đã kiểm tra" still offered, the doubt still stored); correcting
the doubtful task's deadline, dropping that task, or "Đã kiểm tra" settles it (UX report 12,
item 4). Through the emulator with the real Application, on the test's database."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, texts

LETTER = (
    "UBND TỈNH TUYÊN QUANG\nSỞ TƯ PHÁP\nSố: 77/STP-HCTP\nV/v báo cáo công tác hộ tịch điện tử\n"
    "Tuyên Quang, ngày 02 tháng 3 năm 2023\n\nKính gửi: UBND các huyện, thành phố.\n\n"
    "1. UBND các huyện, thành phố báo cáo kết quả đăng ký hộ tịch điện tử định kỳ 6 tháng, "
    "theo Mẫu số 01, gửi về Sở Tư pháp trước ngày 10/6 và 10/12 hằng năm.\n"
    "2. UBND các huyện, thành phố cử cán bộ đầu mối, gửi danh sách về Sở Tư pháp trong vòng 05 "
    "ngày làm việc kể từ ngày ký văn bản này.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
)
CHECKED = "Đã kiểm tra, bỏ qua lỗi đọc"


def _stored(player):
    found = player.app.bot_data["services"].letters
    assert found is not None
    (draft,) = found.drafts(limit=5)
    return draft.draft


def _labels(call: dict) -> list[str]:
    return [label for row in call["buttons"] or [] for label in row]


async def _draft(player) -> str:
    await player.line("@ 2023-03-02 08:00")
    calls = await player.upload(ADMIN, "stp77.txt", LETTER.encode())
    out = texts(calls, ADMIN)[-1]
    assert "cần kiểm tra" in out and "Chưa công bố được" in out
    # the doubt names the task it is about
    assert "nhiệm vụ 2, dòng" in out
    return out


async def test_correcting_another_task_keeps_the_doubt(player):
    await _draft(player)
    for said in (
        "bỏ UBND huyện Lâm Bình khỏi nv 1",
        "sửa hạn nv 1 thành 6 tháng một lần, ngày 15/6 và 15/12",
    ):
        calls = await player.send(ADMIN, said)
        out = texts(calls, ADMIN)[-1]
        assert out.startswith("Đã sửa nhiệm vụ 1")
        # still held back by task 2's doubt, with its check button and no "Công bố"
        assert "Chưa công bố được" in out and "cần kiểm tra" in out
        assert "Có thể công bố" not in out
        labels = _labels(calls[-1])
        assert CHECKED in labels and not any("Công bố" in label for label in labels)
        stored = _stored(player)
        assert [p.doubt for p in stored.problems] == [True]
    assert "UBND huyện Lâm Bình" not in _stored(player).tasks[0].units

    # correcting task 2's deadline is the look the doubt asked for
    out = texts(await player.send(ADMIN, "sửa hạn nv 2 thành 10/3/2023"), ADMIN)[-1]
    assert "Có thể công bố 2 nhiệm vụ" in out
    stored = _stored(player)
    assert stored.problems == () and stored.tasks[1].deadline == date(2023, 3, 10)
    # undone, the doubt is back with the deadline it was about
    calls = await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert "cần kiểm tra" in texts(calls, ADMIN)[-1]
    assert [p.doubt for p in _stored(player).problems] == [True]


async def test_the_button_flow_keeps_it_too_and_only_the_check_sets_it_aside(player):
    await _draft(player)
    await player.send(ADMIN, "[Sửa 1]")
    await player.send(ADMIN, "[Sửa biểu mẫu]")
    out = texts(await player.send(ADMIN, "Mẫu số 02"), ADMIN)[-1]
    assert out.startswith("Đã sửa nhiệm vụ 1") and "Chưa công bố được" in out
    assert _stored(player).tasks[0].forms == ("Mẫu số 02",)
    assert len(_stored(player).problems) == 1
    calls = await player.send(ADMIN, f"[{CHECKED}]")
    assert "Có thể công bố 2 nhiệm vụ" in texts(calls, ADMIN)[-1]
    assert _stored(player).problems == ()


async def test_dropping_the_doubtful_task_settles_its_doubt(player):
    await _draft(player)
    out = texts(await player.send(ADMIN, "bỏ nhiệm vụ 2"), ADMIN)[-1]
    assert "Có thể công bố 1 nhiệm vụ" in out
    assert _stored(player).problems == ()
