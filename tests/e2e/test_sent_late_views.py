"""One truth on one day, through the emulator with the real Application (ux30 #4, #6, #7).

A month sent late is "nộp muộn" in every view: free text, /tiendo, /quahan (beside, as sent
late, never as late), /nopbai, /nopbai tinh, /tonghop and the desk; it vanished from /tiendo
and /nopbai once a later month was sent, and "tháng 9 nộp muộn hả" said "không có mục nào quá
hạn. 👍". The digest heads with /quahan tinh's count in its words. Ending a monthly report
tallies the same periods before and after the press, and its undo tells the coordinator and
each unit the same periods late again."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tests.botkit import ADMIN, register, texts
from usecases import desk_views
from usecases.callers import open_update
from web import render

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.docx"
MONTHLY = "tq-2021-09-25"  # the letter's monthly report of the 7 district units, on the 25th
UNIT, OTHER = "UBND huyện Hàm Yên", "UBND huyện Yên Sơn"
OFFICER, OTHER_OFFICER = 1002, 1003
SEPTEMBER = f"{MONTHLY} tháng 9/2021"


async def ask(player, user: int, text: str) -> str:
    return "\n".join(texts(await player.send(user, text), user))


async def _september_sent_late(player) -> None:
    """Published on 2/8; September's report sent on 28/9 (1 day late: Saturday 25/9 ran to
    the end of Monday 27/9, BLDS 2015 Điều 148, ux37 #4), October's in time; asked on 26/11,
    November's late."""
    await player.line("@ 2021-08-02 08:00")
    await register(player, OFFICER, UNIT, "Bình")
    await register(player, OTHER_OFFICER, OTHER, "Cường")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    await player.send(ADMIN, "[✅ Công bố]")
    await player.line("@ 2021-09-28 09:00")
    assert "✅ Đã ghi" in await ask(player, OFFICER, f"/capnhat {SEPTEMBER} đã nộp")
    await player.line("@ 2021-10-20 09:00")
    assert "✅ Đã ghi" in await ask(player, OFFICER, f"/capnhat {MONTHLY} tháng 10/2021 đã nộp")
    await player.line("@ 2021-11-26 09:00")


def _late_lines(text: str) -> list[str]:
    """The keys a late list names on its "• " lines (the sent-late lines open with 🕓)."""
    return re.findall(r"^• (?:📌 )?(\S+ tháng \S+)", text, re.M)


async def test_a_month_sent_late_is_said_late_in_every_view(player):
    await _september_sent_late(player)
    svc = player.app.bot_data["services"]
    current = svc.repo.current_all()
    sent = current[(f"{MONTHLY}@2021-09-25", UNIT)]
    assert (sent.new, sent.at.date()) == ("hoan_thanh", date(2021, 9, 28))
    assert current[(f"{MONTHLY}@2021-10-25", UNIT)].new == "hoan_thanh"

    # /tiendo keeps September, sent late, beside the months after it
    progress = await ask(player, OFFICER, "/tiendo")
    september = next(x for x in progress.splitlines() if SEPTEMBER in x)
    assert "🕓 nộp muộn 1 ngày" in september and "QUÁ HẠN" not in september
    assert f"{MONTHLY} tháng 10/2021" in progress and f"{MONTHLY} tháng 11/2021" in progress
    assert "🕓1 xong sau hạn, ❗1 quá hạn" in progress.splitlines()[0]
    # /nopbai the same
    mine = await ask(player, OFFICER, "/nopbai")
    block = mine[mine.index(SEPTEMBER) :].splitlines()
    assert "🕓 nộp muộn 28/9/2021 (sau hạn 1 ngày)" in block[1]
    # /quahan: November late; September said beside as sent late, never as late
    late = await ask(player, OFFICER, "/quahan")
    assert _late_lines(late) == [f"{MONTHLY} tháng 11/2021"]
    assert f"🕓 📌 {SEPTEMBER} " in late and "đã nộp muộn 1 ngày (nộp 28/9/2021" in late
    # free text: the same words as /quahan, and a month asked by name is that month's
    assert await ask(player, OFFICER, "huyện mình có gì quá hạn không") == late
    month = await ask(player, OFFICER, "tháng 9 huyện mình nộp muộn hả")
    assert "đã nộp muộn 1 ngày" in month and "👍" not in month
    assert f"{MONTHLY} tháng 11/2021" not in month
    days = await ask(player, OFFICER, "bc thang 9 nop muon may ngay")
    assert SEPTEMBER in days and "nộp muộn 1 ngày" in days and "✅ đã nộp" not in days

    # the coordinator's views: /nopbai tinh, /tonghop, /quahan tinh
    tally = await ask(player, ADMIN, "/nopbai tinh")
    block = tally[tally.index(SEPTEMBER) :].split("\n📌")[0]
    assert "đã nộp 1/7 (1 nộp muộn)" in block and f"🕓 {UNIT} — nộp muộn" in block
    # the date as the letter prints it, and the day it ran to
    assert "hạn 25/9/2021 (Thứ Bảy, tính đến hết 27/9/2021" in block.splitlines()[0]
    digest = await ask(player, ADMIN, "/tonghop")
    assert re.search(rf"{SEPTEMBER} .*\n.*đã nộp 1/7 \(1 nộp muộn\)", digest)
    province = await ask(player, ADMIN, "/quahan tinh")
    assert "🕓 Đã nộp muộn (đã xong, không tính quá hạn): 1 mục ở 1 cơ quan" in province

    # the desk: the unit's own rows list September, its badge says sent late
    who = await svc.run(open_update, OFFICER, OFFICER)
    page = render.board(await svc.run(desk_views.board, who))
    items = [i for i in page["mine"]["items"] if i["shown"] == SEPTEMBER]
    assert len(items) == 1 and "🕓 nộp muộn 1 ngày" in items[0]["state_label"]
    assert "🕓1 xong sau hạn, ❗1 quá hạn" in page["mine"]["tally"]["text"]


async def test_the_digest_heads_with_the_late_count_of_quahan_tinh(player):
    await _september_sent_late(player)
    province = await ask(player, ADMIN, "/quahan tinh")
    counted = re.search(r"(\d+) mục quá hạn ở (\d+) cơ quan", province)
    assert counted is not None
    digest = await ask(player, ADMIN, "/tonghop")
    head = digest.splitlines()[0]
    assert f": {counted.group(0)} (" in head, head
    assert "không có mục quá hạn" not in head


async def test_an_end_and_its_undo_say_one_tally_and_one_truth(player):
    await _september_sent_late(player)
    plan = await ask(player, ADMIN, f"/ketthuc {MONTHLY}")
    before = next(x for x in plan.splitlines() if x.startswith(f"• 📌 {MONTHLY}"))
    assert "tháng 9/2021: đã nộp 1/7 (1 nộp muộn), 6 quá hạn" in before
    assert "tháng 11/2021: đã nộp 0/7, 7 quá hạn" in before
    done = await ask(player, ADMIN, "[⏹ Kết thúc theo dõi]")
    after = next(x for x in done.splitlines() if x.startswith(f"• 📌 {MONTHLY}"))
    # the same periods, the same "đã nộp", the late ones now not sent
    assert "tháng 9/2021: đã nộp 1/7 (1 nộp muộn), 6 không nộp" in after
    assert "tháng 11/2021: đã nộp 0/7, 7 không nộp" in after
    svc = player.app.bot_data["services"]
    assert MONTHLY in svc.letters.ended()

    out = await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert svc.letters.ended() == {}
    reply = next(t for t in texts(out, ADMIN) if t.startswith("↩️ Đã hoàn tác"))
    assert (
        "tính quá hạn lại: tháng 9/2021 (6 đơn vị), tháng 10/2021 (6 đơn vị), tháng 11/2021 "
        "(7 đơn vị); kỳ tới: tháng 12/2021, hạn hiện nay: 25/12/2021" in reply
    ), reply
    # each unit its own share of it: Hàm Yên only November, Yên Sơn every month
    [mine] = [t for t in texts(out, OFFICER) if t.startswith("▶️ Theo dõi lại")]
    assert "tính quá hạn lại: tháng 11/2021; kỳ tới: tháng 12/2021" in mine
    [other] = [t for t in texts(out, OTHER_OFFICER) if t.startswith("▶️ Theo dõi lại")]
    assert "tính quá hạn lại: tháng 9/2021, tháng 10/2021, tháng 11/2021; kỳ tới" in other
    # and the views say the same: Yên Sơn's /quahan lists those three months late
    late = await ask(player, OTHER_OFFICER, "/quahan")
    assert _late_lines(late) == [f"{MONTHLY} tháng {m}/2021" for m in (9, 10, 11)]
