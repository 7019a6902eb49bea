"""A new note on a row whose status already needs one (ux28 #9): `/capnhat 406-37 vuong` on a
row already "Vướng mắc" asks for the new note; the officer's next sentence is that note,
recorded and quoted back with its undo, never read as a question; another command ends the
wait and nothing is written. The status history is asserted after each step."""

from __future__ import annotations

from tests.botkit import register, texts

OFFICER = 1001
ROW = "406-37"
FIRST = "cho so KHDT cap ma so thue"
NEW = "da gui cv hoi so KHDT, cho tra loi"


def services(player):
    return player.app.bot_data["services"]


def notes(player) -> list[tuple[str, str]]:
    return [(c.new, c.note) for c in services(player).repo.history(ROW)]


async def blocked(player):
    await player.line("@ 2021-08-27 09:00")
    await register(player, OFFICER, "Sở Tài chính", "Phạm Thị Tài")
    out = texts(await player.send(OFFICER, f"/capnhat {ROW} vuong {FIRST}"), OFFICER)
    assert out[0].startswith("✅ Đã ghi")
    assert notes(player) == [("vuong_mac", FIRST)]


async def test_the_next_sentence_is_the_new_note(player):
    await blocked(player)
    await player.line("@ 2021-09-10 09:00")
    out = texts(await player.send(OFFICER, f"/capnhat {ROW} vuong"), OFFICER)
    assert len(out) == 1 and ROW in out[0] and "Vướng mắc" in out[0]
    assert FIRST in out[0] and "ghi chú mới" in out[0]
    assert notes(player) == [("vuong_mac", FIRST)]

    calls = await player.send(OFFICER, NEW)
    out = texts(calls, OFFICER)
    assert len(out) == 1 and out[0].startswith("✅ Đã ghi")
    assert ROW in out[0] and NEW in out[0]
    assert calls[-1]["buttons"] == [["Hoàn tác"]]
    assert notes(player) == [("vuong_mac", FIRST), ("vuong_mac", NEW)]
    current = services(player).repo.current(ROW, "Sở Tài chính")
    assert (current.new, current.note) == ("vuong_mac", NEW)

    texts(await player.send(OFFICER, "[Hoàn tác]"), OFFICER)
    current = services(player).repo.current(ROW, "Sở Tài chính")
    assert (current.new, current.note) == ("vuong_mac", FIRST)


async def test_another_command_ends_the_wait(player):
    await blocked(player)
    await player.send(OFFICER, f"/capnhat {ROW} vuong")
    await player.send(OFFICER, "/tiendo")
    await player.send(OFFICER, NEW)
    assert notes(player) == [("vuong_mac", FIRST)]


async def test_a_reply_to_the_ask_after_it_ended_is_offered_as_the_note(player):
    await blocked(player)
    await player.send(OFFICER, f"/capnhat {ROW} vuong")
    ask = player.latest(OFFICER)
    await player.send(OFFICER, "/tiendo tinh")  # ends the wait
    calls = await player.send(OFFICER, NEW, reply_to=ask)
    out = texts(calls, OFFICER)
    assert len(out) == 1 and ROW in out[0] and NEW in out[0]
    assert notes(player) == [("vuong_mac", FIRST)]  # nothing before the press
    [[label]] = calls[-1]["buttons"][:1]
    out = texts(await player.send(OFFICER, f"[{label}]"), OFFICER)
    assert out[0].startswith("✅ Đã ghi") and NEW in out[0]
    assert notes(player) == [("vuong_mac", FIRST), ("vuong_mac", NEW)]
