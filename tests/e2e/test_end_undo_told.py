"""The "Hoàn tác" of a "Kết thúc theo dõi" (ux27 #8): the units that had heard of the end are
told at once that the task is tracked again, not at a later tick, and the coordinator's reply
says who was told, as the reply to /molai does."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts

DOSSIER = "tq-2021-04-20"


def told(player, chat: int, containing: str) -> list[dict]:
    return [
        c
        for c in player.emulator.calls
        if c["method"] == "sendMessage"
        and c["chat_id"] == chat
        and containing in (c["text"] or "")
    ]


async def test_an_end_undone_is_told_to_the_units_at_once(player):
    await register(player, 1001, "Sở Y tế", "An")
    await player.line("@ 2021-04-14 09:00")
    await player.send(ADMIN, f"/ketthuc {DOSSIER}")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    assert told(player, 1001, "Kết thúc theo dõi")  # the end itself was told at once
    assert DOSSIER in player.app.bot_data["services"].letters.ended()

    out = await player.send(ADMIN, "[↩️ Hoàn tác]")
    reply = texts(out, ADMIN)[0]
    assert reply.startswith("↩️ Đã hoàn tác"), reply
    assert "📣 Đã báo 1 cán bộ của 1 đơn vị liên quan." in reply, reply
    back = told(player, 1001, "Theo dõi lại")
    assert len(back) == 1 and back[0]["at"].startswith("2021-04-14T09:00"), back
    assert DOSSIER in back[0]["text"]
    assert player.app.bot_data["services"].letters.ended() == {}
    # no second word at the next tick
    await player.line("@ 2021-04-14 09:30")
    assert len(told(player, 1001, "Theo dõi lại")) == 1
