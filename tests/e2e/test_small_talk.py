"""Messages that are no question (round 14a, item 13): "ok em biết rồi" in reply to a reminder,
"👍", a 6,000-character text each got "Tôi chưa hiểu câu hỏi này" and a list of examples."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import statuses


async def test_an_acknowledgement_gets_a_short_reply(player, db_url, capsys):
    await register(player, 1002, "Sở Y tế", "Trần Thị Bình")
    await player.line("@ 2021-04-19 08:00")  # the 20/4 dossier's reminder, a day before
    reminder = player.latest(1002)
    assert "tq-2021-04-20" in reminder["text"]
    out = texts(await player.send(1002, "ok em biet roi", reply_to=reminder), 1002)
    assert out == ["👌"]
    for said in ("👍", "cảm ơn bot", "dạ vâng ạ"):
        assert texts(await player.send(1002, said), 1002) == ["👌"], said
    assert statuses(db_url, capsys) == []
    # a question or a statement is still read as one
    out = texts(await player.send(1002, "ok bieu 02 nop khi nao"), 1002)
    assert "20/4/2021" in out[0]


async def test_a_text_too_long_for_a_question_gets_one_line(player, db_url, capsys):
    await register(player, 1002, "Sở Y tế", "Trần Thị Bình")
    long = "bên em đang làm rất nhiều việc, " * 100  # a user's message is at most 4,096
    out = texts(await player.send(1002, long), 1002)
    assert len(out) == 1 and out[0].startswith(
        f"Tin nhắn dài {len(long)} ký tự, quá dài để đọc như một câu hỏi."
    )
    assert statuses(db_url, capsys) == []
