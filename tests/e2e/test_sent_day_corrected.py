"""A coordinator who recorded a unit's dossier "ghi thay" with the wrong day sent had to undo it
before giving the right one (ux23 #1), and after the undo the right, earlier day was refused as
before the item's last write. Now the same command with another day offers the correction, old →
new; the press appends it to the history, every view counts from the new day, and its "Hoàn
tác" puts the day before back. Typed the way the coordinator types; the database asserted."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, texts

TASK, HEALTH = "tq-2021-04-20", "Sở Y tế"
BOSS = "Trần Điều Phối"


def repo(player):
    return player.app.bot_data["services"].repo


async def recorded_on_the_15th(player) -> None:
    await player.send(ADMIN, "/start", name=BOSS)
    await player.line("@ 2021-04-19 09:00")
    await player.send(ADMIN, "/capnhat 20/4 so y te da nop ngay 15/4", name=BOSS)
    out = texts(await player.send(ADMIN, f"[Đã gửi ngoài bot: ghi {TASK} → Hoàn thành]"), ADMIN)
    assert out[0].startswith(f"✅ Đã ghi: Biểu 02 {TASK} ({HEALTH})"), out
    assert repo(player).current(TASK, HEALTH).sent_on == date(2021, 4, 15)


async def test_the_same_command_with_another_day_corrects_the_day_sent(player):
    await recorded_on_the_15th(player)
    out = texts(await player.send(ADMIN, "/capnhat 20/4 so y te da nop ngay 16/4"), ADMIN)
    assert "đã ghi Hoàn thành, ngày gửi 15/4/2021. Sửa ngày gửi thành 16/4/2021?" in out[0], out
    assert "ngoài bot" not in out[0]  # the status stands: no word of what a first press records
    assert repo(player).current(TASK, HEALTH).sent_on == date(2021, 4, 15)  # nothing yet

    out = texts(await player.send(ADMIN, f"[Sửa ngày gửi {TASK} → 16/4/2021]"), ADMIN)
    assert out[0].startswith(
        f"✅ Đã ghi: Biểu 02 {TASK} ({HEALTH}): Hoàn thành, ngày gửi 15/4/2021 → 16/4/2021"
    ), out
    assert f"Do {BOSS} ghi thay {HEALTH}." in out[0]
    history = [c for c in repo(player).history(TASK) if c.agency == HEALTH]
    assert [(c.new, c.sent_on) for c in history] == [
        ("hoan_thanh", date(2021, 4, 15)),
        ("hoan_thanh", date(2021, 4, 16)),  # appended: the wrong day stays in the history
    ]
    handins = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN))
    line = next(x for x in handins.splitlines() if f" {HEALTH} — " in x)
    assert "đã nộp 16/4/2021" in line, line
    lichsu = texts(await player.send(ADMIN, "/lichsu 20/4"), ADMIN)[0]
    assert "ngày gửi 15/4/2021 → 16/4/2021" in lichsu, lichsu

    # undone as any write: the day before back, quoted
    await player.send(ADMIN, "/capnhat 20/4 so y te da nop ngay 16/4")  # same day: nothing new
    assert len([c for c in repo(player).history(TASK) if c.agency == HEALTH]) == 2
    out = texts(await player.send(ADMIN, "[Hoàn tác]"), ADMIN)
    assert out[0].startswith(
        f"↩️ Đã hoàn tác: Biểu 02 {TASK} ({HEALTH}): Hoàn thành, ngày gửi 16/4/2021 → 15/4/2021"
    ), out
    current = repo(player).current(TASK, HEALTH)
    assert (current.new, current.sent_on) == ("hoan_thanh", date(2021, 4, 15))


async def test_a_day_that_may_not_stand_corrects_nothing_and_says_why(player):
    await recorded_on_the_15th(player)
    # a day of the year before the plan's: not taken
    out = texts(await player.send(ADMIN, "/capnhat 20/4 so y te da nop ngay 25/4/2020"), ADMIN)
    assert "đã ở trạng thái Hoàn thành" in out[0] and "Không sửa ngày gửi" in out[0], out
    assert "giữ ngày gửi đã ghi (15/4/2021)" in out[0]
    assert len(repo(player).history(TASK)) == 1
    # on 19/4/2021 "25/4" is the task's year's, not last year's (ux24 #5): not come yet
    out = texts(await player.send(ADMIN, "/capnhat 20/4 so y te da nop ngay 25/4"), ADMIN)
    assert out[0].startswith("Biểu 02 tq-2021-04-20: ngày gửi 25/4/2021 chưa tới"), out
    assert len(repo(player).history(TASK)) == 1


async def test_after_an_undo_the_right_earlier_day_is_taken(player):
    """The way the tester had to go: undo first. The undone write no longer stands, so the
    day before it may be said (it was refused as before the item's last write)."""
    await recorded_on_the_15th(player)
    await player.send(ADMIN, "[Hoàn tác]")
    assert repo(player).current(TASK, HEALTH).new == "chua_bat_dau"
    out = texts(await player.send(ADMIN, "/capnhat 20/4 so y te da nop ngay 14/4"), ADMIN)
    assert "Ngày gửi: 14/4/2021 (đúng hạn)" in out[0] and "Không ghi ngày gửi" not in out[0], out
    await player.send(ADMIN, f"[Đã gửi ngoài bot: ghi {TASK} → Hoàn thành]")
    assert repo(player).current(TASK, HEALTH).sent_on == date(2021, 4, 14)
