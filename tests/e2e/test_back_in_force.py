"""What a unit hears when a letter's tasks stand again (ux26 #4, #5): a tracking reopened (the
"Hoàn tác" of an end) says what is tracked again — a monthly report from which period, with its
date — never the end's "các kỳ sau cũng không theo dõi nữa"; a withdrawal undone restates the
deadline in force now, moved by /doihan since the first notice, with its days late and the date
it replaced. Through the real Application and the emulator, on examples/letter_2021-08.txt
(Mẫu số 01 owed by the Sở by 20/8/2021; Mẫu số 02 monthly from 25/9/2021 by the districts)."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.txt"
ONE_OFF = "tq-2021-08-20"
MONTHLY = "tq-2021-09-25"
HEALTH, DISTRICT = 1001, 1002


def desk(player):
    return player.app.bot_data["services"]


def button(player, chat: int, starts: str) -> str:
    """The label of a button of the latest message in the chat that has one starting so."""
    last = [m for m in player.emulator.messages[chat] if m.get("reply_markup")][-1]
    rows = last["reply_markup"]["inline_keyboard"]
    return next(b["text"] for row in rows for b in row if b["text"].startswith(starts))


async def published(player) -> None:
    await player.line("@ 2021-08-02 09:00")
    await player.send(HEALTH, "/dangky so y te", name="Nguyễn Văn An")
    await player.send(DISTRICT, "/dangky ubnd huyen son duong", name="Lê Thị Bình")
    await player.send(ADMIN, f"/duyet {HEALTH}", name="Trần Điều Phối")
    await player.send(ADMIN, f"/duyet {DISTRICT}")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "[✅ Công bố]")


async def test_a_reopened_monthly_report_is_said_tracked_from_its_next_period(player):
    await published(player)
    await player.line("@ 2021-08-18 09:00")
    await player.send(ADMIN, "/ketthuc 512")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    assert set(desk(player).letters.ended()) == {ONE_OFF, MONTHLY}
    # the units are told at the undo itself (u30), not at the next tick
    calls = await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert desk(player).letters.ended() == {}
    later = await player.line("@ 2021-08-18 10:00")
    assert not [t for t in texts(later, DISTRICT) if t.startswith("▶️ Theo dõi lại")]
    [district] = [t for t in texts(calls, DISTRICT) if t.startswith("▶️ Theo dõi lại")]
    assert "không theo dõi nữa" not in district
    assert (
        f"• 📌 {MONTHLY} Mẫu số 02 — theo dõi lại như trước; không kỳ nào quá hạn; kỳ tới: "
        "tháng 9/2021, hạn hiện nay: 25/9/2021 (Thứ Bảy, tính đến hết 27/9/2021; còn 40 ngày)"
    ) in district.splitlines()
    [health] = [t for t in texts(calls, HEALTH) if t.startswith("▶️ Theo dõi lại")]
    assert f"• 📌 {ONE_OFF} Mẫu số 01 — hạn hiện nay: 20/8/2021 (còn 2 ngày)" in health


async def test_a_withdrawal_undone_restates_the_moved_deadline_in_force(player):
    await published(player)
    await player.line("@ 2021-08-18 10:00")
    await player.send(ADMIN, "/doihan mau so 01 12/8/2021")
    await player.send(ADMIN, "[#1]")
    await player.send(ADMIN, "[#1]")  # "⚠️ Vẫn đổi hạn": a date already passed
    assert desk(player).letters.moved()[ONE_OFF].due.isoformat() == "2021-08-12"
    await player.send(ADMIN, "/congvan")
    await player.send(ADMIN, f"[{button(player, ADMIN, '🗑 Thu hồi')}]")
    await player.send(ADMIN, "[#1]")
    assert ONE_OFF not in {t.id for t in desk(player).province.tasks}
    calls = await player.send(ADMIN, "[↩️ Hoàn tác]")
    [again] = [t for t in texts(calls, HEALTH) if t.startswith("↪️ Công văn có hiệu lực")]
    assert (
        f"• 📌 {ONE_OFF} Mẫu số 01 — hạn hiện nay: 12/8/2021 (đã quá hạn 6 ngày; đã đổi từ "
        "20/8/2021)"
    ) in again.splitlines()
    assert desk(player).province.task(ONE_OFF).due.isoformat() == "2021-08-12"
    # the coordinator's reply says the same of each task back in force
    [reply] = [t for t in texts(calls, ADMIN) if t.startswith("↩️ Đã hoàn tác")]
    # with how many units count late again, as each of them is told (ux30 #6): none sent it
    assert (
        f"• 📌 {ONE_OFF} Mẫu số 01 — hạn hiện nay: 12/8/2021 (đã quá hạn 6 ngày; 17 đơn vị tính "
        "quá hạn lại; đã đổi từ 20/8/2021)"
    ) in reply.splitlines()
