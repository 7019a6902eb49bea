"""A unit that sent Phụ lục I and II of the four (ux35 #8): its reminders said only "Phụ lục
I–IV — Đang thực hiện" and the coordinator's digest listed it among the units that sent
nothing, while /nopbai tinh said "còn thiếu Phụ lục III, Phụ lục IV". Now the reminder and the
digest say what was received and what is still owed, by the split /nopbai tinh uses, and the
reminder gives the command of each form still owed."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_submissions import saved, template_of

TASK = "tq-2021-05-20"
UNIT = "Sở Xây dựng"
SAID = "đã nhận Phụ lục I, II; còn thiếu Phụ lục III, IV"


async def test_reminder_and_digest_say_which_forms_came_and_which_are_owed(player):
    services = player.app.bot_data["services"]
    await player.line("@ 2021-05-10 09:00")
    await register(player, 1001, UNIT, "An")
    book = await template_of(player, 1001, "Mẫu Phụ lục I")
    book["Phụ lục I"]["B7"] = 5
    await player.upload(1001, "pl1.xlsx", saved(book))
    book = await template_of(player, 1001, "Mẫu Phụ lục II")
    sheet = book.worksheets[0]
    tier = next(r[0].row for r in sheet.iter_rows() if r[0].value == "A")
    sheet.cell(tier + 1, 2).value = "Lĩnh vực Xây dựng"
    sheet.cell(tier + 2, 2).value = "Cấp giấy phép xây dựng"
    sheet.cell(tier + 2, 4).value = "x"
    await player.upload(1001, "pl2.xlsx", saved(book))
    assert sorted(s.form for s in services.submissions.submissions(agency=UNIT)) == ["pl1", "pl2"]
    assert services.repo.current(TASK, UNIT).new == "dang_thuc_hien"  # owed still, not sent

    # 11/5, the first reminder day: the task's line says what came and how to send the rest
    calls = await player.line("@ 2021-05-11 08:00")
    [reminder] = [t for t in texts(calls, 1001) if t.startswith("⏰ Nhắc hạn")]
    line = next(x for x in reminder.splitlines() if TASK in x)
    assert line.endswith(f"🔵 Đang thực hiện — {SAID} (/nop pl3, /nop pl4)"), line

    # the coordinator's digest (Monday 17/5): apart from the units that sent nothing
    calls = await player.line("@ 2021-05-17 09:00")
    digest = next(t for t in texts(calls, ADMIN) if t.startswith("📋 Tổng hợp"))
    block = digest[digest.index(f"📌 {TASK}") :]
    assert f"• chưa nộp đủ (1): {UNIT} — {SAID}" in block
    nothing = next(x for x in block.splitlines() if x.startswith("• chưa nộp gì (16): "))
    assert UNIT not in nothing
    # as /nopbai tinh says it, and the same in the digest asked for
    whole = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN))
    assert "còn thiếu Phụ lục III, Phụ lục IV" in whole
    asked = texts(await player.send(ADMIN, "/tonghop"), ADMIN)[0]
    assert f"• chưa nộp đủ (1): {UNIT} — {SAID}" in asked
    # nothing was written by the views
    assert services.repo.current(TASK, UNIT).new == "dang_thuc_hien"
