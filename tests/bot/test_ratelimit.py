"""The rate limiter and the emulator on one injected time source: on virtual time the limiter's
waits cost no real time, and the emulator, counting on the same clock, still refuses whatever
breaks Telegram's windows.
"""

from __future__ import annotations

import asyncio
import time

from telegram.error import RetryAfter

from bot.clock import RealTime, VirtualTime
from bot.emulator import Emulator
from bot.player import Player
from bot.ratelimit import TelegramLimits

GROUP = -500


async def test_virtual_waits_overlap_and_take_no_real_time():
    clock = VirtualTime()
    began = time.perf_counter()
    woke = []

    async def nap(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        woke.append((name, clock.monotonic()))

    await asyncio.gather(nap("minute", 60), nap("a", 1), nap("b", 1), nap("now", 0))
    # waits side by side overlap, as on a real clock: a minute in all, not 62 seconds
    assert woke == [("now", 0), ("a", 1), ("b", 1), ("minute", 60)]
    await clock.sleep(2)
    await clock.sleep(3)
    assert clock.monotonic() == 65
    clock.advance(-10)  # never backwards
    assert clock.monotonic() == 65
    assert time.perf_counter() - began < 1


async def test_a_cancelled_wait_does_not_move_the_clock():
    clock = VirtualTime()
    sleeper = asyncio.create_task(clock.sleep(100))
    await asyncio.sleep(0)
    sleeper.cancel()
    await clock.sleep(1)
    await asyncio.sleep(0)
    assert clock.monotonic() == 1 and sleeper.cancelled()


def opened(emulator: Emulator, *chats: int) -> Emulator:
    """Every private chat has opened the bot and it is in every group: only the limits refuse."""
    for chat in chats:
        emulator.user_message(chat if chat > 0 else 1, "/start", chat_id=chat)
    emulator.updates.clear()
    return emulator


def sender(emulator: Emulator, limiter: TelegramLimits, sent: list):
    async def send(chat: int) -> None:
        async def call():
            body = emulator.handle("sendMessage", {"chat_id": chat, "text": "x"}, {})
            assert body["ok"], body
            sent.append((chat, emulator.time.monotonic()))

        await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": chat}, None)

    return send


async def test_the_limiter_keeps_to_every_window_on_virtual_time():
    clock = VirtualTime()
    emulator, limiter = Emulator(time=clock), TelegramLimits(time=clock)
    sent: list[tuple[int, float]] = []
    send = sender(emulator, limiter, sent)
    began = time.perf_counter()
    # 45 private chats at once, 3 messages to one chat, 25 to a group
    chats = list(range(1000, 1045)) + [7, 7, 7] + [GROUP] * 25
    opened(emulator, *set(chats))
    await asyncio.gather(*(send(chat) for chat in chats))
    assert emulator.refusals() == [] and len(sent) == len(chats)
    assert time.perf_counter() - began < 5
    # what the emulator let through is what the windows allow, no more
    moments = sorted(t for _, t in sent)
    assert all(b - a >= 1 for a, b in zip(moments, moments[30:], strict=False))  # 30/s
    chat = [t for c, t in sent if c == 7]
    assert len(chat) == 3 and chat[1] - chat[0] >= 1 and chat[2] - chat[1] >= 1  # 1/s a chat
    group = [t for c, t in sent if c == GROUP]
    assert group[20] - group[0] >= 60  # 20/min in a group
    # The group's 21st message leaves a minute after its first, the 25th four seconds later (a
    # second a chat): all the other waits overlapped with these.
    assert 64 <= clock.monotonic() < 65.5


async def test_the_emulator_refuses_on_the_same_clock():
    clock = VirtualTime()
    emulator = opened(Emulator(time=clock), *range(1, 32), GROUP)

    def send(chat: int) -> dict:
        return emulator.handle("sendMessage", {"chat_id": chat, "text": "x"}, {})

    assert all(send(chat)["ok"] for chat in range(1, 31))
    refused = send(31)
    assert refused["error_code"] == 429 and refused["parameters"]["retry_after"] == 1
    clock.advance(1)
    assert send(31)["ok"]
    assert not send(31)["ok"]  # its own chat, within the second
    for _ in range(19):
        clock.advance(1)
        assert send(GROUP)["ok"]
    clock.advance(1)
    assert send(GROUP)["ok"]  # the 20th in the minute
    clock.advance(1)
    assert send(GROUP)["parameters"]["retry_after"] == 40
    clock.advance(40)
    assert send(GROUP)["ok"]


async def test_retry_after_is_waited_on_the_injected_clock():
    clock = VirtualTime()
    limiter = TelegramLimits(time=clock)
    answers = [RetryAfter(5), "ok"]

    async def call():
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    began = time.perf_counter()
    assert await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": 1}, None) == "ok"
    assert clock.monotonic() >= 5 and time.perf_counter() - began < 1


def test_production_keeps_real_time_and_the_player_virtual(tmp_path):
    assert isinstance(TelegramLimits().time, RealTime)
    assert isinstance(Emulator().time, RealTime)
    player = Player(f"sqlite:///{tmp_path / 'p.db'}", [])
    assert isinstance(player.time, VirtualTime)
    assert player.limiter.time is player.time is player.emulator.time
