"""An extension letter's draft told which tracked task it moves, that task named by its place in
its own letter ("cv 860 là gia hạn cho nv 1 của cv 815"): the link the draft holds confirmed,
set when it held none (quoted back, "Hoàn tác"), or what is wrong said; never "Chưa hiểu câu
sửa". Through the emulator with the real Application."""

from __future__ import annotations

from db.letter_repo import LetterRepo
from tests.botkit import ADMIN, texts
from tests.e2e.test_deadline_moves import EXTENSION, FIRST, TASK


def drafted(player) -> tuple:
    repo: LetterRepo = player.app.bot_data["services"].letters
    return tuple(t.extends for t in repo.drafts(limit=5)[0].draft.tasks)


async def test_the_coordinator_names_the_task_an_extension_moves(player):
    await player.line("@ 2021-10-01 14:00")
    await player.upload(ADMIN, "cv815.txt", FIRST.encode(), name="Điều phối")
    assert TASK in texts(await player.send(ADMIN, "[Công bố]"), ADMIN)[0]
    await player.line("@ 2021-10-12 09:00")
    await player.upload(ADMIN, "cv860.txt", EXTENSION.encode(), name="Điều phối")
    assert drafted(player) == (TASK,)

    # the link the draft holds: confirmed, said whole, nothing written
    out = await player.send(ADMIN, "cv 860 la gia han cho nv 1 cua cv 815")
    out = "\n".join(texts(out, ADMIN))
    assert "Chưa hiểu" not in out
    assert f"đã ghi đúng như vậy: nhiệm vụ 1 gia hạn {TASK}" in out
    assert "hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021. Không có gì thay đổi." in out

    # no link held: set, quoted back with "Hoàn tác", kept in the draft
    await player.send(ADMIN, "bỏ gia hạn nv 1")
    assert drafted(player) == (None,)
    out = await player.send(ADMIN, "Công văn 860 là gia hạn cho nhiệm vụ 1 của công văn 815")
    said = "\n".join(texts(out, ADMIN))
    assert f"Đã sửa nhiệm vụ 1: là gia hạn của {TASK} (không tạo nhiệm vụ mới)." in said
    assert any("↩️ Hoàn tác" in row for c in out if c["buttons"] for row in c["buttons"])
    assert drafted(player) == (TASK,)

    # a task the cited letter does not have, a letter not tracked, a draft not waiting: said
    out = texts(await player.send(ADMIN, "cv 860 la gia han cho nv 2 cua cv 815"), ADMIN)[0]
    assert f"không có nhiệm vụ 2: nv 1: {TASK}" in out and "Không có gì thay đổi" in out
    out = texts(await player.send(ADMIN, "cv 860 la gia han cho nv 1 cua cv 999"), ADMIN)[0]
    assert "Công văn số 999 chưa được theo dõi" in out
    out = texts(await player.send(ADMIN, "cv 861 la gia han cho nv 1 cua cv 815"), ADMIN)[0]
    assert "Không có bản nháp công văn số 861 đang chờ (đang chờ: cv860.txt)" in out
    assert drafted(player) == (TASK,)
