"""What people type is stored without control characters (PostgreSQL refuses NUL), and numbers in
commands are ASCII digits: no apology, no admin alert, one clear line.
"""

from __future__ import annotations

from sqlalchemy import select

from db.models import Officer, StatusChange
from tests.botkit import ADMIN, register, texts

SORRY = "Xin lỗi, đã có lỗi"


async def test_nul_and_control_characters_are_stripped_from_stored_text(player):
    await register(player, 1001, "Sở Xây dựng", "Nguyễn\x00 Văn\x07 An\u202e")
    out = await player.send(1001, "/capnhat 406-14 vướng mắc chờ\x00 sở\x1b TN&MT\r\ntrả lời")
    assert "Đã ghi" in texts(out, 1001)[0]
    assert not [t for t in texts(player.emulator.calls) if SORRY in t or "⚠️ Lỗi" in t]
    sessions = player.app.bot_data["services"].repo.sessions
    with sessions() as s:
        officer = s.get(Officer, 1001)
        [change] = s.scalars(select(StatusChange).where(StatusChange.key == "406-14"))
    assert officer.name == "Nguyễn Văn An"
    assert change.note == "chờ sở TN&MT trả lời"


async def test_numbers_in_commands_are_ascii_digits(player):
    await player.send(1001, "/dangky Sở Xây dựng", name="An")
    for text in ("/duyet ²", "/duyet ١٠٠١", "/tuchoi ¹⁰⁰¹"):
        out = texts(await player.send(ADMIN, text), ADMIN)
        assert out == [f"Cần id người dùng, ví dụ {text.split()[0]} 1001."], (text, out)
    officers = player.app.bot_data["services"].repo
    assert officers.officer(1001).state == "pending"
    assert "Đã duyệt" in texts(await player.send(ADMIN, "/duyet 1001"), ADMIN)[0]
