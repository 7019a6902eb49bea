"""/hoantac takes back the coordinator's latest act by the order it was written, not by its
minute (ux28, lower: a withdrawal right after a "ghi thay" of the same minute, and /hoantac
undid the "ghi thay"). The clock stands still here, as in a script; the letters in force and
the unit's status are asserted."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
TASK = "tq-2021-08-20"
UNIT = "Sở Y tế"


def services(player):
    return player.app.bot_data["services"]


def in_force(player) -> bool:
    return any(t == TASK for p in services(player).letters.in_force() for t, _ in p.tasks)


async def published(player):
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "[Công bố]")
    await player.line("@ 2021-08-18 09:05")


async def ghi_thay(player):
    out = texts(await player.send(ADMIN, f"/capnhat {TASK} so y te da nop"), ADMIN)
    assert out[0].startswith("✅ Đã ghi")
    assert services(player).repo.current(TASK, UNIT).new == "hoan_thanh"


async def withdraw(player):
    await player.send(ADMIN, "/congvan")
    await player.send(ADMIN, "[🗑 Thu hồi 3]")
    await player.send(ADMIN, "[🗑 Thu hồi công văn]")
    assert not in_force(player)


async def test_the_withdrawal_made_last_is_undone(player):
    await published(player)
    await ghi_thay(player)
    await withdraw(player)
    out = texts(await player.send(ADMIN, "/hoantac"), ADMIN)
    assert out[-1].startswith("↩️ Đã hoàn tác: dùng lại các công văn"), out
    assert in_force(player)
    assert services(player).repo.current(TASK, UNIT).new == "hoan_thanh"


async def test_the_ghi_thay_made_last_is_undone(player):
    await published(player)
    await withdraw(player)
    await player.send(ADMIN, "/congvan")
    await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert in_force(player)
    await ghi_thay(player)
    out = texts(await player.send(ADMIN, "/hoantac"), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác: Mẫu số 01"), out
    assert services(player).repo.current(TASK, UNIT).new == "chua_bat_dau"
    assert in_force(player)
