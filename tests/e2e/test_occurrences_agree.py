"""A monthly report asked about in every view on the same day gets one answer (ux28 #2 and #4):
a month ahead is owed whatever an earlier month's status ("tháng 11 có gì" said November's report
"✅ Hoàn thành" because September's was sent), and a period whose tracking the coordinator
ended reads "⏹ đã kết thúc theo dõi … — không phải nộp" in free text, /tiendo, /quahan, /nopbai
and /nopbai tinh, which keeps its final tally. Through the emulator with the real Application."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.docx"
MONTHLY = "tq-2021-09-25"  # the letter's monthly report, due on the 25th
UNIT = "UBND huyện Hàm Yên"
OFFICER = 1002


async def _published(player) -> None:
    await player.line("@ 2021-08-02 08:00")
    await register(player, OFFICER, UNIT, "Bình")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    await player.send(ADMIN, "[✅ Công bố]")


async def ask(player, user: int, text: str) -> str:
    return "\n".join(texts(await player.send(user, text), user))


async def test_a_month_ahead_is_owed_though_an_earlier_month_was_sent(player):
    await _published(player)
    await player.line("@ 2021-09-20 09:00")
    await player.send(OFFICER, f"/capnhat {MONTHLY} tháng 9/2021 đã nộp")
    await player.line("@ 2021-10-04 09:00")

    november = await ask(player, OFFICER, "thang 11 co gi")
    assert f"{MONTHLY} tháng 11/2021" in november and "25/11/2021" in november
    assert "Hoàn thành" not in november and "đã xong" not in november
    assert "Chưa bắt đầu" in november
    # asked where it stands: that month's own standing, not September's
    said = await ask(player, OFFICER, "bc thang 11 cua huyen minh sao roi")
    assert f"{MONTHLY} tháng 11/2021" in said and "hạn 25/11/2021" in said
    assert f"{UNIT}: ▫️ chưa nộp." in said
    # asked whether it was sent: that month's, not the oldest one owed nor /nopbai's whole list
    sent = await ask(player, OFFICER, "huyen minh da nop bc thang 11 chua")
    assert sent.startswith(f"{UNIT}: ▫️ chưa nộp\n📌 {MONTHLY} tháng 11/2021")
    # the commands agree: September's sent, October's owed, nothing late
    progress = await ask(player, OFFICER, "/tiendo")
    assert f"{MONTHLY} tháng 9/2021" in progress and f"{MONTHLY} tháng 10/2021" in progress
    assert "QUÁ HẠN" not in progress
    assert MONTHLY not in await ask(player, OFFICER, "/quahan")
    mine = await ask(player, OFFICER, "/nopbai")
    assert "✅ đã nộp 20/9/2021" in mine and "▫️ chưa nộp" in mine


async def test_an_ended_period_reads_ended_in_every_view_and_keeps_its_tally(player):
    await _published(player)
    await player.line("@ 2021-10-27 09:00")  # September's and October's reports are late
    # a file sent with no task named: both late months listed, each with its own days late
    # (u54 #4: only September's was, the task's oldest owed)
    pdf = (Path(__file__).resolve().parents[2] / "examples" / "mau01_so_y_te.pdf").read_bytes()
    offer = texts(await player.upload(OFFICER, "bao_cao.pdf", pdf), OFFICER)[0]
    lines = [x for x in offer.splitlines() if f"{MONTHLY} tháng " in x]
    assert [x.split(f"{MONTHLY} ")[1].split(" — ")[0] for x in lines] == [
        "tháng 9/2021",
        "tháng 10/2021",
    ], offer
    assert "quá hạn 30 ngày" in lines[0] and "quá hạn 2 ngày" in lines[1], offer
    # September's ended: no longer the last period passed, it was dropped from every list
    await player.send(ADMIN, f"/ketthuc {MONTHLY} tháng 9/2021")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    ended = "⏹ đã kết thúc theo dõi 27/10/2021"

    said = await ask(player, OFFICER, "bc thang 9 cua huyen minh sao roi")
    assert f"{MONTHLY} tháng 9/2021" in said and f"{ended} — không phải nộp" in said
    assert "quá hạn" not in said
    progress = await ask(player, OFFICER, "/tiendo")
    september = next(x for x in progress.splitlines() if f"{MONTHLY} tháng 9/2021" in x)
    assert ended in september and "QUÁ HẠN" not in september
    assert "⏹1 đã kết thúc theo dõi" in progress
    late = await ask(player, OFFICER, "/quahan")
    assert f"{MONTHLY} tháng 10/2021" in late and f"{MONTHLY} tháng 9/2021" not in late
    mine = await ask(player, OFFICER, "/nopbai")
    assert f"{MONTHLY} tháng 9/2021" in mine and "⏹ không nộp (đã kết thúc theo dõi)" in mine
    # the coordinator's list keeps the ended period's final tally: who never sent it
    tally = await ask(player, ADMIN, "/nopbai tinh")
    block = tally[tally.index(f"{MONTHLY} tháng 9/2021") :]
    assert ended in block.splitlines()[0]
    assert f"⏹ {UNIT} — không nộp (đã kết thúc theo dõi)" in block
    # the periods after it are still tracked, from the day each begins (ux36 #2)
    assert f"{MONTHLY} tháng 10/2021" in mine and f"{MONTHLY} tháng 11/2021" not in mine
    # ending the whole task later counts what that end stops, not the period ended before
    plan = await ask(player, ADMIN, f"/ketthuc {MONTHLY}")
    counted = next(x for x in plan.splitlines() if x.startswith("• 📌") and "đã nộp" in x)
    assert "không nộp" not in counted and "quá hạn" in counted


async def test_a_sent_month_asked_after_later_ones_passed_is_that_months(player):
    await _published(player)
    await player.line("@ 2021-09-20 09:00")
    await player.send(OFFICER, f"/capnhat {MONTHLY} tháng 9/2021 đã nộp")
    await player.line("@ 2021-10-27 09:00")  # October's passed since: September's is history
    said = await ask(player, OFFICER, "huyen minh da nop bc thang 9 chua")
    assert f"{MONTHLY} tháng 9/2021" in said and "đã nộp 20/9/2021" in said
    assert f"{MONTHLY} tháng 10/2021" not in said
    # ux36 #2: /tiendo counted only the periods still owed and the last one sent ("1/4 xong"
    # beside four ✅ in /nopbai tinh); every view now counts the periods /nopbai tinh lists
    await player.line("@ 2021-11-20 09:00")
    await player.send(OFFICER, f"/capnhat {MONTHLY} tháng 11/2021 đã nộp")  # October's never sent
    tally = await ask(player, ADMIN, "/nopbai tinh")
    blocks = [b for b in tally.split("📌 ")[1:] if b.startswith(f"{MONTHLY} ")]
    mine = [line for b in blocks for line in b.splitlines() if f" {UNIT} — " in line]
    sent = [line for line in mine if line.startswith("✅")]
    assert (len(sent), len(mine)) == (2, 3), mine  # September, November sent; October not
    figure = f"{len(sent)}/{len(mine)} xong (67%)"
    progress = await ask(player, OFFICER, "/tiendo")
    assert progress.startswith(f"Tiến độ {UNIT} — {figure}, ❗1 quá hạn"), progress
    for month in (9, 10, 11):
        assert f"{MONTHLY} tháng {month}/2021" in progress
    province = await ask(player, ADMIN, "/tiendo tinh")
    assert f"• {UNIT}: {figure}, ❗1 quá hạn" in province, province
