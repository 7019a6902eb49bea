"""ux32 #7: a published letter's task title could not be corrected ("tên nhiệm vụ của công văn
đã công bố không sửa được bằng câu"). The coordinator renames it in a sentence: shown old → new,
nothing written before the press; pressed, a new version of the letters, the units that owe it
told once, every view with the new title; "Hoàn tác" puts the old one back. Through the
emulator with the real Application, the database read after each step."""

from __future__ import annotations

from pathlib import Path

from knowledge.render.answers import to_plain
from tests.botkit import ADMIN, register, texts

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.txt"
NEW = "Báo cáo an toàn thông tin hệ thống của đơn vị"


def letters(player):
    found = player.app.bot_data["services"].letters
    assert found is not None
    return found


def told(player, chat: int, containing: str) -> list[str]:
    return [
        to_plain(c["text"])
        for c in player.emulator.calls
        if c["method"] == "sendMessage" and c["chat_id"] == chat and containing in c["text"]
    ]


async def test_a_published_task_is_renamed_told_and_undone(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1001, "Sở Y tế", "Lê Thị Hoa")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "[✅ Công bố]")
    [task_id] = [t for t in letters(player).taken_ids() if t.endswith("08-20")]
    was = player.app.bot_data["services"].province.task_at(task_id)[0].title
    number = letters(player).in_force_number()

    out = await player.send(ADMIN, f"sửa tên nv 1 thành {NEW}")
    [shown] = texts(out, ADMIN)
    assert shown.startswith("Đổi tên nhiệm vụ") and task_id in shown, shown
    assert f"Tên cũ: {was}" in shown and f"Tên mới: {NEW}" in shown, shown
    assert [c["buttons"] for c in out if c["buttons"]] == [[["✏️ Đổi tên"]]]
    assert letters(player).renamed() == {}  # nothing written before the press
    assert letters(player).in_force_number() == number

    out = await player.send(ADMIN, "[✏️ Đổi tên]")
    said = texts(out, ADMIN)[-1]
    assert said.startswith(f"✅ Đã đổi tên nhiệm vụ (phiên bản {number + 1})"), said
    assert letters(player).renamed() == {task_id: (NEW, was)}
    # one unit of those owing it has an officer: the receipt counts who was really told
    owing = len(
        player.app.bot_data["services"].province.expand(
            player.app.bot_data["services"].province.task_at(task_id)[0].addressees
        )
    )
    assert "Đã báo 1 cán bộ của 1 đơn vị còn phải nộp" in said, said
    assert f"{owing - 1} đơn vị chưa có cán bộ nhận tin" in said, said
    [notice] = told(player, 1001, "Đổi tên nhiệm vụ")  # the unit that owes it, told once
    assert task_id in notice and f"Tên mới: {NEW}" in notice, notice
    nopbai = texts(await player.send(1001, "/nopbai"), 1001)[0]
    assert NEW in nopbai, nopbai

    await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert letters(player).renamed() == {}
    assert player.app.bot_data["services"].province.task_at(task_id)[0].title == was
    assert len(told(player, 1001, "Đổi tên nhiệm vụ")) == 1
    [back] = told(player, 1001, "trở lại")  # the unit told the title is given back, once
    assert task_id in back and was in back, back
