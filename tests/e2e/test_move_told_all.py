"""A deadline moved to a date already passed tells every unit whose standing changes (ux28 #10):
the units still owing get the new date, those that sent after it hear their sending is now
"nộp muộn", those that sent before it hear nothing; the undo of that move, which harms no one,
is done at the first press, with no second "⚠️ Vẫn hoàn tác". The database is asserted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from knowledge.render.answers import to_plain
from tests.botkit import ADMIN, register, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
PDF = b"%PDF-1.4\n" + b"0" * 2000
TASK = "tq-2021-08-20"  # Mẫu số 01, due 20/8/2021
EARLY, LATE, OWING = 1001, 1002, 1003
UNITS = {EARLY: "Sở Y tế", LATE: "Sở Tư pháp", OWING: "Sở Tài chính"}


def services(player):
    return player.app.bot_data["services"]


def told(calls) -> dict[int, str]:
    return {
        c["chat_id"]: to_plain(c["text"])
        for c in calls
        if c["method"] == "sendMessage" and c["chat_id"] != ADMIN
    }


async def sends(player, user: int):
    await player.send(user, f"/nop {TASK}")
    await player.upload(user, "mau01.pdf", PDF)
    assert services(player).repo.current(TASK, UNITS[user]).new == "hoan_thanh"


async def test_a_move_to_a_past_date_tells_those_turned_late(player):
    await player.line("@ 2021-08-02 08:00")
    for user, unit in UNITS.items():
        await register(player, user, unit, f"Cán bộ {user}")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "[Công bố]")
    await player.line("@ 2021-08-12 09:00")
    await sends(player, EARLY)  # before the new date: still on time
    await player.line("@ 2021-08-18 09:00")
    await sends(player, LATE)  # after the new date: turns late

    await player.line("@ 2021-08-27 09:00")
    await player.send(ADMIN, f"/doihan {TASK} 15/8/2021")
    await player.send(ADMIN, "[#1]")
    calls = await player.send(ADMIN, "[#1]")  # the date has passed: asked twice
    assert services(player).province.task(TASK).due == date(2021, 8, 15)
    words = told(calls)
    assert sorted(words) == [LATE, OWING]
    assert "15/8/2021" in words[OWING].split("Hạn mới:")[1].splitlines()[0]
    late = words[LATE]
    assert late.startswith("🗓 Đổi hạn — Sở Tư pháp")
    assert "15/8/2021" in late.split("Hạn mới:")[1].splitlines()[0]
    # Sunday 15/8 runs to the end of Monday 16/8 (BLDS 2015 Điều 148, ux37 #4): 2 days late
    assert "đã nộp ngày 18/8/2021" in late and "nộp muộn 2 ngày" in late
    assert "đã quá hạn" not in late  # sent: late by 2 days, not owing for 12
    assert f"/nop {TASK}" not in late  # nothing to send again
    receipt = texts(calls, ADMIN)[-1]
    assert "Báo 1 đơn vị đã nộp nay thành nộp muộn: Sở Tư pháp" in receipt
    assert "Sở Y tế" not in receipt.split("nộp muộn:")[1]
    out = texts(await player.send(LATE, "/nopbai"), LATE)[0]
    assert "nộp muộn 18/8/2021 (sau hạn 2 ngày)" in out

    # the undo makes nobody late: done at once, the date back
    calls = await player.send(ADMIN, "/hoantac")
    out = texts(calls, ADMIN)
    assert not any("Vẫn hoàn tác" in (c["buttons"] or [[""]])[0][0] for c in calls if c["buttons"])
    assert out[0].startswith("↩️ Đã hoàn tác"), out[0]
    assert services(player).province.task(TASK).due == date(2021, 8, 20)
