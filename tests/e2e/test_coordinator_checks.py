"""The coordinator's acts checked before they reach the units, and a digest that hides nothing
(usability test ux24, items 4 and 8): /doihan refuses a date before the letter's own and asks
again for a date already passed, saying who turns late, telling nobody before the second press;
the digest asked for in the chat keeps a task whose deadline moved past the week, saying it is
not chased yet. Through the emulator with the real Application, on the test's database."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_deadline_moves import FIRST, TASK, letters, told


async def published(player):
    """Letter 815 (dated 1/10/2021): Sở Y tế and Công an tỉnh send Mẫu số 04 by 11/10/2021."""
    await player.line("@ 2021-10-01 14:00")
    await register(player, 1001, "Sở Y tế", "An")
    await player.upload(ADMIN, "cv815.txt", FIRST.encode(), name="Điều phối")
    assert TASK in texts(await player.send(ADMIN, "[Công bố]"), ADMIN)[0]


async def test_doihan_refuses_a_date_before_the_letter_and_asks_again_for_a_past_one(player):
    await published(player)
    await player.line("@ 2021-10-06 09:00")

    out = texts(await player.send(ADMIN, f"/doihan {TASK} 30/9/2021"), ADMIN)
    assert out == [
        f"Hạn mới 30/9/2021 trước ngày của công văn giao {TASK} (1/10/2021): gõ lại ngày. "
        "Không có gì thay đổi."
    ]
    assert letters(player).moved() == {}

    # a date already passed: said in the plan, asked again on the press, nobody told
    shown = texts(await player.send(ADMIN, f"/doihan {TASK} 5/10/2021"), ADMIN)[0]
    assert "⚠️ Hạn mới 5/10/2021 đã qua." in shown
    assert "2 đơn vị sẽ quá hạn ngay: Sở Y tế; Công an tỉnh." in shown
    calls = await player.send(ADMIN, "[🗓 Đổi hạn]")
    asked = texts(calls, ADMIN)
    assert asked[0].startswith(f"Hạn mới đã qua — chưa đổi ({TASK})"), asked
    assert "2 đơn vị sẽ quá hạn ngay" in asked[0] and "chưa báo ai" in asked[0]
    assert [c["buttons"] for c in calls if c["buttons"]] == [[["⚠️ Vẫn đổi hạn"]]]
    assert letters(player).moved() == {} and told(player, 1001, "Đổi hạn") == []
    assert TASK not in texts(await player.send(1001, "/quahan"), 1001)[0]

    # the second press writes it and tells the unit; the unit is late at once
    said = texts(await player.send(ADMIN, "[⚠️ Vẫn đổi hạn]"), ADMIN)[-1]
    assert said.startswith("✅ Đã đổi hạn") and "11/10/2021 → 5/10/2021" in said
    assert letters(player).moved()[TASK].due == date(2021, 10, 5)
    assert any("Hạn mới: trước ngày 5/10/2021" in t for t in told(player, 1001, "Đổi hạn"))
    assert TASK in texts(await player.send(1001, "/quahan"), 1001)[0]


async def test_a_future_date_is_moved_on_one_press(player):
    await published(player)
    await player.line("@ 2021-10-06 09:00")
    await player.send(ADMIN, f"/doihan {TASK} 15/10/2021")
    said = texts(await player.send(ADMIN, "[🗓 Đổi hạn]"), ADMIN)[-1]
    assert said.startswith("✅ Đã đổi hạn") and "đã qua" not in said
    assert letters(player).moved()[TASK].due == date(2021, 10, 15)


async def test_the_digest_keeps_a_task_moved_past_the_week_and_says_why(player):
    await published(player)
    await player.line("@ 2021-10-04 09:00")
    before = texts(await player.send(ADMIN, "tong hop tuan nay"), ADMIN)[-1]
    assert "Mẫu số 04: 2" in before and "chưa nộp (2): Công an tỉnh; Sở Y tế" in before

    await player.send(ADMIN, f"/doihan {TASK} 20/10/2021")
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    assert letters(player).moved()[TASK].due == date(2021, 10, 20)
    after = texts(await player.send(ADMIN, "tong hop tuan nay"), ADMIN)[-1]
    chased, later = after.split("Chưa tới kỳ nhắc")
    assert TASK not in chased
    # a moved task named by its form, its id (made from the old date) after it as its code
    assert "Mẫu số 04: Báo cáo kết quả" in later and f"(mã {TASK})" in later
    assert "hạn 20/10/2021 (trước: 11/10/2021; còn 16 ngày)" in later
    # from its first reminder day, 7 working days before 20/10 (ux34 #3: it said 13/10)
    assert "2 đơn vị chưa nộp; nhắc từ 11/10/2021" in later

    # the digest the Monday job sends on that day is built by the same function: it chases it
    calls = await player.line("@ 2021-10-11 08:30")
    sent = [t for t in texts(calls, ADMIN) if t.startswith("📋 Tổng hợp")]
    assert sent and "(Thứ Hai, 11/10/2021)" in sent[-1]
    chased = sent[-1].split("Chưa tới kỳ")[0]
    assert TASK in chased and "chưa nộp (2): Công an tỉnh; Sở Y tế" in chased


async def test_a_day_sent_without_its_year_is_the_tasks_year_and_refused_when_ahead(player):
    # ux24 #5: "ngày 25/6" said on 22/6/2021 was read as 25/6/2020 and still offered
    await published(player)
    await player.line("@ 2021-10-06 09:00")
    repo = player.app.bot_data["services"].repo
    for line in (
        f"/capnhat {TASK} so y te da nop ngay 8/10",
        "ghi thay so y te da nop mau 04 ngay 9/10",
    ):
        calls = await player.send(ADMIN, line)
        (said,) = texts(calls, ADMIN)
        assert "chưa tới (hôm nay 6/10/2021); không có gì được ghi" in said, said
        assert "/2021 chưa tới" in said and "2020" not in said
        assert not [c for c in calls if c["buttons"]]
    assert repo.current(TASK, "Sở Y tế") is None

    # a day that has come, typed without its year: offered, recorded as that day of 2021
    said = texts(await player.send(ADMIN, "ghi thay cong an tinh da nop mau 04 ngay 4/10"), ADMIN)
    assert "Ngày gửi: 4/10/2021 (đúng hạn)" in said[0], said
    await player.send(ADMIN, "[#1]")
    change = repo.current(TASK, "Công an tỉnh")
    assert change is not None and change.new == "hoan_thanh"
    assert change.sent_on == date(2021, 10, 4)


async def test_doihan_reads_a_new_date_without_its_year_in_the_tasks_year(player):
    await published(player)
    await player.line("@ 2021-10-06 09:00")
    shown = texts(await player.send(ADMIN, f"/doihan {TASK} 20/10"), ADMIN)[0]
    assert "hạn 11/10/2021 → 20/10/2021" in shown and "đã qua" not in shown
    # put off past the new year: the year beside the task's, nearer its date (not 5/1/2021)
    shown = texts(await player.send(ADMIN, f"/doihan {TASK} 5/1"), ADMIN)[0]
    assert "hạn 11/10/2021 → 5/1/2022" in shown
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    assert letters(player).moved()[TASK].due == date(2022, 1, 5)


async def test_tonghop_is_the_digest_asked_for_and_the_coordinators_only(player):
    await published(player)
    await player.line("@ 2021-10-04 09:00")
    calls = await player.send(ADMIN, "/tonghop")
    (said,) = texts(calls, ADMIN)
    assert said == texts(await player.send(ADMIN, "tong hop tuan nay"), ADMIN)[-1]
    assert said.startswith("📋 Tổng hợp Tuyên Quang") and f"{TASK} Mẫu số 04" in said
    assert [c["buttons"] for c in calls if c["buttons"]] == [[["📋 Tình hình nộp hồ sơ"]]]
    out = texts(await player.send(1001, "/tonghop"), 1001)
    assert out == [
        "Bản tổng hợp là của quản trị viên (Sở TT&TT). Việc của đơn vị bạn: /nopbai, /tiendo, "
        "/quahan."
    ]
