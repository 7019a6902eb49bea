"""The draft's review, as a coordinator corrects it with the buttons (ux30 #9): "Sửa tên" beside
hạn / đơn vị / phối hợp / biểu mẫu, quoted old → new and undone like the others; the units typed
into "Sửa đơn vị" read as /dangky reads them ("ham yen, yen son"). Through the emulator with
the real Application, on the test's database."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

LETTER = Path(__file__).resolve().parents[1] / "data" / "letters" / "named_plan.txt"
# the letter's words, quoted as printed (the subject's "lưu trữ năm 2022" not put inside)
PRINTED = "Xây dựng Kế hoạch chuyển đổi hồ sơ, tài liệu lưu trữ giấy sang dạng số năm 2022"
NEW = "Xây dựng Kế hoạch chuyển đổi hồ sơ lưu trữ sang dạng số năm 2022"


def _stored(player):
    found = player.app.bot_data["services"].letters
    assert found is not None
    (draft,) = found.drafts(limit=5)
    return draft


async def _said(player, text: str) -> list[str]:
    return texts(await player.send(ADMIN, text), ADMIN)


async def _opened(player) -> None:
    await player.line("@ 2022-05-09 09:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    assert _stored(player).draft.tasks[0].title.startswith(PRINTED + " của cơ quan")
    await _said(player, "[Sửa 1]")


async def test_a_tasks_title_is_corrected_by_its_button_and_undone(player):
    await _opened(player)
    ask = await _said(player, "[Sửa tên]")
    assert "Gõ tên mới bạn muốn dùng cho nhiệm vụ" in ask[-1] and PRINTED in ask[-1]
    # any title is taken (quoted back, undoable): the ask promises no check of the letter's words
    assert "có nút Hoàn tác" in ask[-1] and "đúng lời" not in ask[-1], ask
    assert _stored(player).revision == 0  # asked only
    out = await _said(player, NEW)
    assert out[0].startswith(f"Đã sửa nhiệm vụ 1: tên “{PRINTED}")
    assert out[0].splitlines()[0].endswith(f"→ “{NEW}”.")
    stored = _stored(player)
    assert (stored.revision, stored.draft.tasks[0].title) == (1, NEW)
    await _said(player, "[↩️ Hoàn tác]")
    stored = _stored(player)
    assert stored.revision == 2 and stored.draft.tasks[0].title.startswith(PRINTED)


async def test_the_unit_editor_reads_the_units_dangky_reads(player):
    await _opened(player)
    # the ask states the draft's units now, unit by unit (ux31 #4), not the letter's wording
    listed = ", ".join(_stored(player).draft.tasks[0].units)
    ask = await _said(player, "[Sửa đơn vị]")
    assert f"Danh sách hiện nay (3): {listed}." in ask[-1], ask
    assert _stored(player).revision == 0  # asked only
    out = await _said(player, "so y te, stp, ham yen, yen son")
    assert out[0].startswith("Đã sửa nhiệm vụ 1: đơn vị phải nộp:"), out[0]
    units = {"Sở Y tế", "Sở Tư pháp", "UBND huyện Hàm Yên", "UBND huyện Yên Sơn"}
    assert set(_stored(player).draft.tasks[0].units) == units
    # a name no reading takes is said alone, and the draft stays as it was
    await _said(player, "[Sửa 1]")
    ask = await _said(player, "[Sửa đơn vị]")
    listed = ", ".join(_stored(player).draft.tasks[0].units)
    assert f"Danh sách hiện nay (4): {listed}." in ask[-1] and "Sở Tư pháp" in listed, ask
    out = await _said(player, "so y te, abc xyz")
    assert out[-1].startswith("Không có trong danh sách đơn vị: «abc xyz»")
    assert _stored(player).revision == 1
    await _said(player, "/huy")
    await _said(player, "[↩️ Hoàn tác]")
    before = ("Sở Xây dựng", "Sở Giao thông vận tải", "UBND huyện Na Hang")
    assert set(_stored(player).draft.tasks[0].units) == set(before)
