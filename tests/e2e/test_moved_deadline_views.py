"""A moved deadline in the hand-in tables, and in /lichsu (ux23 #4, #5): /nopbai tinh headed a
task only by its date now ("hạn 30/4/2021"), so whoever had planned for 20/4 read no word that
it had moved; /lichsu said an extension letter's move as "hạn mới X" without the date it
replaced. Both now say old → new, from the one deadline history the web desk reads
(usecases/deadline_history.py). Through the emulator with the real Application."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_deadline_moves import EXTENSION, FIRST, TASK

DOSSIER = "tq-2021-04-20"


def heading(text: str, key: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("📌") and key in line)


async def province_heading(player, key: str) -> str:
    out = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN))
    return heading(out, key)


async def test_a_moved_deadline_is_headed_with_the_date_it_replaced(player):
    await register(player, 1001, "Sở Y tế", "An")
    await player.line("@ 2021-04-14 09:00")
    assert "(trước:" not in await province_heading(player, DOSSIER)  # never moved: nothing
    await player.send(ADMIN, f"/doihan {DOSSIER} 30/4/2021")
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    # 30/4-3/5/2021 are days off: counted to the end of 4/5 (BLDS 2015 Điều 148)
    # one bracket: the day off, the date replaced, the days (never three in a row, u54 #5)
    said = "hạn 30/4/2021 (nghỉ lễ, tính đến hết 4/5/2021; trước: 20/4/2021; còn 20 ngày)"
    assert said in await province_heading(player, DOSSIER)
    # the unit's own list says it too
    mine = texts(await player.send(1001, "/nopbai"), 1001)[0]
    said = "hạn 30/4/2021 (nghỉ lễ, tính đến hết 4/5/2021; trước: 20/4/2021"
    assert said in heading(mine, DOSSIER), mine

    # moved again: the date the last move replaced, and the task's own
    await player.send(ADMIN, f"/doihan {DOSSIER} 5/5/2021")
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    assert "hạn 5/5/2021 (trước: 30/4/2021; ban đầu 20/4/2021" in await province_heading(
        player, DOSSIER
    )
    # that move undone: back to the first move's words
    await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert (
        "hạn 30/4/2021 (nghỉ lễ, tính đến hết 4/5/2021; trước: 20/4/2021;"
        in await province_heading(player, DOSSIER)
    )


async def test_an_extension_letters_move_is_old_to_new_in_lichsu_and_the_table(player):
    await player.line("@ 2021-10-01 14:00")
    await register(player, 1001, "Sở Y tế", "An")
    await player.upload(ADMIN, "cv815.txt", FIRST.encode(), name="Điều phối")
    await player.send(ADMIN, "[Công bố]")
    await player.line("@ 2021-10-12 09:00")
    await player.upload(ADMIN, "cv860.txt", EXTENSION.encode(), name="Điều phối")
    await player.send(ADMIN, "[Công bố]")

    history = texts(await player.send(ADMIN, f"/lichsu {TASK}"), ADMIN)[0]
    move = next(line for line in history.splitlines() if "gia hạn" in line)
    assert move.endswith(f"{TASK}: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021"), history
    assert "hạn mới" not in history
    # an officer's /lichsu of the task says it the same way
    mine = texts(await player.send(1001, f"/lichsu {TASK}"), 1001)[0]
    assert "hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021" in mine, mine

    assert "hạn 17 giờ 00 ngày 22/10/2021 (trước: 11/10/2021;" in await province_heading(
        player, TASK
    )
