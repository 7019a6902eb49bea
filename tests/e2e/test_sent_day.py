"""A document said sent on an earlier day ("biểu 02 … đã gửi ngày 19/4 rồi", said on 22/4, the
deadline being 20/4) was recorded late and "ngày 19/4" kept as the note (ux21 #9): the day is
offered as the day sent, with whether it was in time, and once pressed every view counts from
it; a day before the item's last status is not taken, and said so."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, register, texts

DOSSIER, BUILDING = "tq-2021-04-20", "Sở Xây dựng"


def repo(player):
    return player.app.bot_data["services"].repo


async def test_a_day_said_sent_is_offered_and_counted_from(player):
    await register(player)
    await player.line("@ 2021-04-22 08:00")
    (offer,) = texts(await player.send(1001, "bieu 02 ben em da gui so tttt ngay 19/4 roi"), 1001)
    assert "Ngày gửi: 19/4/2021 (đúng hạn)" in offer, offer
    assert "Ghi chú" not in offer  # neither the day nor the recipient is the note
    assert repo(player).current(DOSSIER, BUILDING) is None
    (done,) = texts(
        await player.send(1001, "[Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]"), 1001
    )
    assert "Ngày gửi: 19/4/2021" in done and "muộn" not in done, done
    change = repo(player).current(DOSSIER, BUILDING)
    assert (change.new, change.note, change.sent_on) == ("hoan_thanh", "", date(2021, 4, 19))
    (handins,) = texts(await player.send(1001, "/nopbai"), 1001)
    assert "✅ đã nộp 19/4/2021" in handins and "muộn" not in handins, handins


async def test_a_day_before_the_items_last_status_is_not_taken(player):
    await register(player)
    await player.line("@ 2021-04-21 08:00")
    await player.send(1001, "/capnhat tq-2021-04-20 dang lam")
    await player.line("@ 2021-04-22 08:00")
    (offer,) = texts(await player.send(1001, "bieu 02 da gui ngay 19/4 roi"), 1001)
    assert "Không ghi ngày gửi: ngày 19/4/2021 trước lần ghi gần nhất" in offer, offer
    await player.send(1001, "[Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    change = repo(player).current(DOSSIER, BUILDING)
    assert (change.new, change.sent_on) == ("hoan_thanh", None)


async def test_a_day_sent_before_the_first_day_of_the_demo_is_taken(player):
    """The plan began before the bot did (the 20/4 letter is of early April): a dossier sent on
    12/4 and said on 13/4 counts from 12/4; a day of another year is a slip, not taken."""
    await register(player)
    (offer,) = texts(await player.send(1001, "da gui bieu 02 cho so ngay 12/4 roi"), 1001)
    assert "Ngày gửi: 12/4/2021 (đúng hạn)" in offer, offer
    await player.send(1001, "[Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    assert repo(player).current(DOSSIER, BUILDING).sent_on == date(2021, 4, 12)
    (offer,) = texts(await player.send(1001, "/capnhat 406-14 xong ngay 9/4/2020"), 1001)
    assert "Không ghi ngày gửi: ngày 9/4/2020 trước năm 2021 của kế hoạch" in offer, offer


async def test_the_coordinator_typing_in_a_paper_dossier_gives_its_day(player):
    """ "ghi thay" of a dossier received on paper before it was typed in: the day said is the
    day sent, offered, whether after /capnhat or in words, the day after the task's name too."""
    await player.line("@ 2021-04-22 08:00")
    (offer,) = texts(
        await player.send(ADMIN, "/capnhat tq-2021-04-20 so y te da nop ngay 19/4"), ADMIN
    )
    assert "Ngày gửi: 19/4/2021 (đúng hạn)" in offer, offer
    assert repo(player).current(DOSSIER, "Sở Y tế") is None  # offered, not written
    await player.send(ADMIN, "[Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    assert repo(player).current(DOSSIER, "Sở Y tế").sent_on == date(2021, 4, 19)
    (offer,) = texts(
        await player.send(ADMIN, "ghi thay so xay dung da nop bieu 02 ngay 21/4"), ADMIN
    )
    assert "Ngày gửi: 21/4/2021 (hạn 20/4/2021, sau hạn 1 ngày)" in offer, offer


async def test_a_reply_to_the_reminder_gives_the_day_sent(player):
    """ "đã nộp hôm qua rồi ạ" in reply to the reminder of the day after the deadline."""
    await register(player)
    await player.line("@ 2021-04-21 08:00")
    (offer,) = texts(await player.line("1001 >> da nop hom qua roi a"), 1001)
    assert offer.startswith("Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành"), offer
    assert "Ngày gửi: 20/4/2021 (đúng hạn)" in offer


async def test_a_day_sent_that_has_not_come_is_refused_and_nothing_written(player):
    """ "đã nộp ngày 21/4/2021" typed on 20/4 was kept as the note and, by /capnhat, written at
    once (u23c #4): refused in one line, by each way of saying it, nothing written."""
    await register(player)
    await player.line("@ 2021-04-20 08:00")
    refusal = (
        "Biểu 02 tq-2021-04-20: ngày gửi 21/4/2021 chưa tới (hôm nay 20/4/2021); không có gì "
        "được ghi. Gõ lại với ngày đã gửi, hoặc bỏ ngày để tính từ hôm nay."
    )
    for said in (
        f"/capnhat {DOSSIER} đã nộp ngày 21/4/2021",
        "biểu 02 đã nộp ngày 21/4/2021",
        "bieu 02 xong, da gui so tttt ngay 21/4/2021",
    ):
        calls = await player.send(1001, said)
        assert texts(calls, 1001) == [refusal], said
        assert not any(c["buttons"] for c in calls)  # no button that would write it
    assert texts(await player.send(ADMIN, "ghi thay so xay dung da nop bieu 02 ngay 21/4/2021"))
    assert repo(player).current(DOSSIER, BUILDING) is None
    assert repo(player).history() == []
    # the day it was sent, once come, is offered as before
    (offer,) = texts(await player.send(1001, f"/capnhat {DOSSIER} đã nộp ngày 19/4/2021"), 1001)
    assert "Ngày gửi: 19/4/2021 (đúng hạn)" in offer


async def test_a_day_sent_that_is_the_deadline_is_the_day_sent(player):
    """ "đã gửi sở tttt ngày 20/5" (ux25 #3): 20/5 is the deadline of the Phụ lục task, and was
    read as the task's name only: no day sent, "so tttt ngay" kept as the note, and the press
    recorded the day of the press, 116 days late. The day sent is read whatever it equals."""
    await register(player)
    await player.line("@ 2021-09-13 08:00")
    for said in ("pl1 da gui so tttt ngay 20/5", "da gui so tttt ngay 20/5"):
        (offer,) = texts(await player.send(1001, said), 1001)
        assert "Ngày gửi: 20/5/2021 (đúng hạn)" in offer, offer
        assert "Ghi chú" not in offer, offer  # neither "ngay" nor the recipient
    await player.send(1001, "[#1]")
    change = repo(player).current("tq-2021-05-20", BUILDING)
    assert (change.new, change.note, change.sent_on) == ("hoan_thanh", "", date(2021, 5, 20))


async def test_a_task_named_before_a_day_another_falls_due_on_stays_that_task(player):
    """ "biểu 02 đã nộp ngày 20/5": 20/5 is the Phụ lục task's deadline, but biểu 02 is named."""
    await register(player)
    await player.line("@ 2021-06-01 08:00")
    (offer,) = texts(await player.send(1001, "bieu 02 da nop ngay 20/5"), 1001)
    assert "tq-2021-04-20" in offer and "tq-2021-05-20" not in offer, offer
    assert "Ngày gửi: 20/5/2021 (hạn 20/4/2021, sau hạn 30 ngày)" in offer, offer
