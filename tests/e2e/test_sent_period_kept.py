"""A monthly report a unit sent stays in its own views, counted done, once later periods pass
or are ended, as /nopbai tinh shows it (ux29 #2: "0/3 xong (0%)" beside "✅ đã nộp"); and when
the coordinator writes for the unit ("ghi thay"), the unit's officer is told in one line.
Through the emulator with the real Application, the database checked after each write."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.docx"
MONTHLY = "tq-2021-09-25"  # the letter's monthly report, due on the 25th
UNIT = "UBND huyện Hàm Yên"
OFFICER = 1002
PDF = b"%PDF-1.4\n" + b"0" * 2000
BOSS = "Trần Điều Phối"


async def _published(player) -> None:
    await player.line("@ 2021-08-02 08:00")
    await register(player, OFFICER, UNIT, "Bình")
    await player.send(ADMIN, "/start", name=BOSS)
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name=BOSS)
    await player.send(ADMIN, "[✅ Công bố]", name=BOSS)


async def ask(player, user: int, text: str) -> str:
    return "\n".join(texts(await player.send(user, text), user))


def told(player, since: int) -> list[str]:
    return [
        c["text"]
        for c in player.emulator.calls[since:]
        if c["method"] == "sendMessage" and c["chat_id"] == OFFICER
    ]


async def test_a_sent_month_stays_counted_after_later_months_pass_and_end(player):
    await _published(player)
    await player.line("@ 2021-09-20 09:00")
    await player.send(OFFICER, f"/capnhat {MONTHLY} tháng 9/2021 đã nộp")
    await player.line("@ 2021-11-27 09:00")  # October's and November's passed since
    await player.send(ADMIN, f"/ketthuc {MONTHLY} tháng 11/2021")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")

    tally = await ask(player, ADMIN, "/nopbai tinh")
    assert f"✅ {UNIT} — đã nộp" in tally[tally.index(f"{MONTHLY} tháng 9/2021") :]
    mine = await ask(player, OFFICER, "/nopbai")
    september = mine[mine.index(f"{MONTHLY} tháng 9/2021") :]
    assert "✅ đã nộp 20/9/2021" in september.splitlines()[1], mine
    progress = await ask(player, OFFICER, "/tiendo")
    line = next(x for x in progress.splitlines() if f"{MONTHLY} tháng 9/2021" in x)
    assert "Hoàn thành" in line
    # counted done: the one of the three periods begun that was sent (December's has not
    # begun on 27/11: not listed, ux36 #2)
    assert progress.startswith(f"Tiến độ {UNIT} — 1/3 xong (33%)"), progress
    # October's, never sent, still late; September's is not
    late = await ask(player, OFFICER, "/quahan")
    assert f"{MONTHLY} tháng 10/2021" in late and f"{MONTHLY} tháng 9/2021" not in late


async def test_a_file_filed_for_the_unit_is_told_and_listed_as_sent_late(player):
    await _published(player)
    await player.line("@ 2021-10-27 09:00")
    await player.send(ADMIN, f"/nop {MONTHLY} tháng 9/2021 ham yen", name=BOSS)
    before = len(player.emulator.calls)
    await player.upload(ADMIN, "hamyen_t9.pdf", PDF, name=BOSS)
    written = player.app.bot_data["services"].repo.current(f"{MONTHLY}@2021-09-25", UNIT)
    assert written is not None and written.behalf == BOSS
    notices = [t for t in told(player, before) if "ghi thay" in t]
    assert len(notices) == 1 and "\n" not in notices[0], notices
    assert f"đã ghi thay {UNIT}: <b>{MONTHLY} tháng 9/2021</b>" in notices[0]
    assert f"({BOSS})" in notices[0] and "Hoàn thành" in notices[0]
    await player.line("@ 2021-10-27 09:01")  # told once: the heartbeat does not say it again
    assert len([t for t in told(player, before) if "ghi thay" in t]) == 1

    # the unit's own views list it as /nopbai tinh and free text do: sent late, counted done
    mine = await ask(player, OFFICER, "/nopbai")
    september = mine[mine.index(f"{MONTHLY} tháng 9/2021") :]
    assert "🕓 nộp muộn 27/10/2021" in september.splitlines()[1], mine
    progress = await ask(player, OFFICER, "/tiendo")
    assert f"{MONTHLY} tháng 9/2021" in progress and progress.startswith(f"Tiến độ {UNIT} — 1/"), (
        progress
    )


async def test_a_status_written_for_the_unit_is_told_and_its_own_write_is_not(player):
    await _published(player)
    await player.line("@ 2021-10-27 09:00")
    before = len(player.emulator.calls)
    await player.send(ADMIN, f"/capnhat {MONTHLY} tháng 10/2021 ham yen đã nộp", name=BOSS)
    written = player.app.bot_data["services"].repo.current(f"{MONTHLY}@2021-10-25", UNIT)
    assert written is not None and written.behalf == BOSS
    [notice] = [t for t in told(player, before) if "ghi thay" in t]
    assert f"<b>{MONTHLY} tháng 10/2021</b>" in notice and "Hoàn thành" in notice
    # the unit's own write is its own news: nobody is told of it
    before = len(player.emulator.calls)
    await player.send(OFFICER, f"/capnhat {MONTHLY} tháng 11/2021 đang làm")
    await player.line("@ 2021-10-27 09:01")
    assert [t for t in told(player, before) if "ghi thay" in t] == []
