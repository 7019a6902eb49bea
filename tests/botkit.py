"""What end-to-end tests share: the admin id, reading the bot's texts, registering an officer."""

from __future__ import annotations

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
