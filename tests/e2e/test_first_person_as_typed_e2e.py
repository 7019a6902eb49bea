"""An approved officer asks about their own unit's work the way people type it, end to end:
"lỡ hạn" and "đang nợ" without marks, a city unit named with its kind in brackets. Phrasings
written for these tests."""

from __future__ import annotations

from tests.botkit import register, texts


async def test_an_officers_own_late_and_owed_work_typed_without_marks(player):
    await register(player, 1001, "Sở Y tế")
    await player.line("@ 2021-04-22 09:00")
    late = texts(await player.send(1001, "ben minh lo han nhung gi roi a"), 1001)[-1]
    assert "Sở Y tế" in late and "tq-2021-04-20" in late and "quá hạn 2 ngày" in late
    assert "tq-2021-05-20" not in late  # not yet due: not late
    command = texts(await player.send(1001, "/quahan"), 1001)[-1]
    assert "tq-2021-04-20" in command and "tq-2021-05-20" not in command
    owed = texts(await player.send(1001, "phong em dang no viec gi vay"), 1001)[-1]
    assert "Việc chưa xong — Sở Y tế" in owed
    assert "tq-2021-04-20" in owed and "tq-2021-05-20" in owed
    # "muon" before a verb is "muốn" (want): a service question, not a report of late work
    want = texts(await player.send(1001, "em muon lam ly lich tu phap online han nao"), 1001)[-1]
    first = want.split("\n")[0]
    assert " · " in first and "lý lịch tư pháp" in first.lower()


async def test_a_city_named_with_its_committee_in_brackets(player):
    out = texts(await player.send(1001, "Thành phố Tuyên Quang (UBND TP) phải làm gì"), 1001)
    assert out[-1].startswith("UBND thành phố Tuyên Quang — Tuyên Quang")
