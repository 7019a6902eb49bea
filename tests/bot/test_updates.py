"""Updates of different chats run at once, those of one chat in order."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update
from telegram.constants import ChatType

from bot.updates import ChatOrder


def update(number: int, chat: int) -> Update:
    sent = datetime(2021, 4, 13, 8, 0, tzinfo=UTC)
    message = Message(number, sent, Chat(chat, ChatType.PRIVATE), text=str(number))
    return Update(number, message=message)


async def test_one_chat_in_order_several_chats_at_once():
    processor = ChatOrder()
    log: list[tuple[str, int, int]] = []

    async def handle(number: int, chat: int, pause: float) -> None:
        log.append(("start", chat, number))
        await asyncio.sleep(pause)
        log.append(("end", chat, number))

    await asyncio.gather(
        processor.process_update(update(1, 10), handle(1, 10, 0.02)),
        processor.process_update(update(2, 10), handle(2, 10, 0)),
        processor.process_update(update(3, 20), handle(3, 20, 0)),
    )
    chat_10 = [(what, n) for what, chat, n in log if chat == 10]
    assert chat_10 == [("start", 1), ("end", 1), ("start", 2), ("end", 2)]
    # chat 20 did not wait for chat 10's slow update
    assert log.index(("end", 20, 3)) < log.index(("end", 10, 1))
    assert processor._chats == {}  # nothing kept once a chat's updates are done
