"""What end-to-end tests share: the admin id, starting a player on its script's first moment,
reading the bot's texts, registering an officer."""

from __future__ import annotations

from bot.script_file import clock_moment
from knowledge.render.answers import to_plain

ADMIN = 9000


def texts(calls, chat=None):
    return [
        to_plain(c["text"])
        for c in calls
        if c["method"] in ("sendMessage", "editMessageText")
        and (chat is None or c["chat_id"] == chat)
        and c["text"]
    ]


async def register(player, user=1001, agency="Sở Xây dựng", name="Nguyễn Văn An"):
    await player.send(user, f"/dangky {agency}", name=name)
    await player.send(ADMIN, f"/duyet {user}")


async def start_on(player, script: str | list[str]) -> None:
    """Start `player` at the moment its script's first line sets ("@ 2021-04-13 08:00"; comments
    and blank lines before it skipped), as the `player` fixture does (tests/conftest.py): started
    on the machine's clock, the start's catch-up tick ran on today's date and, on a Monday, built
    the coordinator's digest of everything late by then (~40 ms of CPU a start), which no test
    reads; the script's clock line then took the bot back to 2021. A first line that sets no
    clock leaves the machine's."""
    lines = [script] if isinstance(script, str) else script
    first = next((line for line in lines if line.strip() and not line.strip().startswith("#")), "")
    moment = clock_moment(first)
    if moment is not None:
        player.clock.set(moment)
    await player.start()
