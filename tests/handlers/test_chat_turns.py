"""A free text's cost: read with its caller in one trip to a worker thread
(usecases/chat_turn.py)."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Engine

from knowledge.reader.ask import Assistant
from tests.botkit import register, texts
from usecases import workers


async def test_a_plain_question_costs_two_trips_and_few_statements(player, monkeypatch):
    """A count guard: most e2e messages are questions, so a question's trips and statements are
    the suite's time (bench/README.md, round 29). Its readings (a prompt, a note kept, a file
    to send again, a reminder just sent …) and its answer are read with the caller in one unit
    and one trip (were eight trips and nine statements, now five at most); the row answered
    about is remembered for "xong" in a second (a write: never read under SQLite's write
    lock)."""
    await register(player)
    await player.send(1001, "406-23")  # the first question of a chat warms what is cached
    said: list[str] = []
    trips: list[object] = []
    real_run = workers.WORKERS.run

    async def counted(*args, **kwargs):
        trips.append(args)
        return await real_run(*args, **kwargs)

    def seen(conn, cursor, statement, *rest):
        said.append(" ".join(statement.split())[:60])

    monkeypatch.setattr(workers.WORKERS, "run", counted)
    event.listen(Engine, "before_cursor_execute", seen)
    try:
        await player.send(1001, "406-14 hạn khi nào")
        asked = len(trips), len(said)
        # someone not registered: nothing to remember, one trip
        await player.send(1002, "giấy phép xây dựng hạn khi nào", name="Trần Bình")
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert "406-14" in texts(player.emulator.calls, 1001)[-1]
    assert "406-14" in texts(player.emulator.calls, 1002)[-1]
    assert asked[0] == 2 and asked[1] <= 5, said
    assert len(trips) - asked[0] == 1, said


async def test_a_note_after_ones_own_write_is_read_once(player, monkeypatch):
    """A count guard: a sentence typed after one's own write is read by the question reader
    for a unit's standing, a done of a supported task, the note it may be and the question it
    may be; the note's offer read it all again in its own trip. It was read four times (a few
    milliseconds each); now once, kept for the day and the table in force
    (usecases/understood.py)."""
    await register(player)
    await player.send(1001, "/capnhat 406-14 dang lam")
    said = "đã gửi kèm bản giấy qua bưu điện"
    read: list[str] = []
    real = Assistant.understand

    def counted(self, question, *args, **kwargs):
        read.append(question)
        return real(self, question, *args, **kwargs)

    monkeypatch.setattr(Assistant, "understand", counted)
    calls = await player.send(1001, said)
    shown = texts(calls, 1001)
    assert f"«{said}»" in shown[-1] and "406-14" in shown[-1], shown
    assert calls[-1]["buttons"] and "406-14" in calls[-1]["buttons"][0][0], calls[-1]
    assert read.count(said) == 1, read
