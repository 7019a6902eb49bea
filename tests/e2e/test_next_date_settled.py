"""ux32 (also seen): a unit's next date is never one it has settled. "tuần sau có hạn gì" named
"hạn gần nhất 25/5 — tq-2021-04-25" though the unit had marked that month done; the period's
"first date after it" and "hạn gần nhất" read the standing rule /tiendo and /quahan read."""

from __future__ import annotations

from tests.botkit import register, texts

NGOAI_VU = "Sở Ngoại vụ"


def status(player, key: str) -> str | None:
    found = player.app.bot_data["services"].repo.current(key, NGOAI_VU)
    return found.new if found is not None else None


async def test_a_task_sent_is_not_the_next_date(player):
    await player.line("@ 2021-04-21 08:00")
    await register(player, 1001, NGOAI_VU, "Lê Văn Hùng")
    [before] = texts(await player.send(1001, "tuan sau co han gi"), 1001)
    assert "Hạn gần nhất sau đó: 20/5/2021" in before and "tq-2021-05-20" in before, before
    out = await player.send(1001, "/capnhat tq-2021-05-20 xong")
    if status(player, "tq-2021-05-20") is None:  # sent outside the bot: confirmed by a press
        await player.send(1001, "[#1]")
    assert status(player, "tq-2021-05-20") == "hoan_thanh", out
    for asked in ("tuan sau co han gi", "hạn gần nhất của bên em"):
        [after] = texts(await player.send(1001, asked), 1001)
        assert "tq-2021-05-20" not in after.split("⚠️")[0], (asked, after)
    assert status(player, "tq-2021-05-20") == "hoan_thanh"  # the questions wrote nothing
