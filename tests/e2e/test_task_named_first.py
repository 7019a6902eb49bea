"""Small trust problems of the 20/4 dossier (u23c #1–#3), through the emulator with the real
Application: the offer before a press and the form receipts lead with the task's title, its key
after it; the .xlsx of /nopbai tinh says a moved deadline with the date it replaced, as the chat
does; `/doihan 20/4 …` still finds the dossier once its date moved, and says its date now."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.botkit import ADMIN, register, texts

DOSSIER = "tq-2021-04-20"


async def test_the_offer_and_the_form_receipt_lead_with_the_tasks_title(player):
    svc = player.app.bot_data["services"]
    await register(player, 1001, "Sở Y tế", "An")
    await player.line("@ 2021-04-16 10:00")
    offer = texts(await player.send(1001, "biểu 02 xong"), 1001)[0]
    assert offer.startswith(f"Bạn muốn ghi Biểu 02 {DOSSIER} → Hoàn thành"), offer
    assert svc.repo.current(DOSSIER, "Sở Y tế") is None  # nothing before the press
    # a row still leads with its key, its title after it
    await register(player, 1002, "Sở Xây dựng", "Bình")
    row = texts(await player.send(1002, "406-14 xong"), 1002)[0]
    assert row.startswith("Bạn muốn ghi 406-14 (Cấp giấy phép xây dựng"), row


async def test_a_moved_deadline_in_the_export_and_the_old_date_still_names_the_task(player):
    await register(player, 1001, "Sở Y tế", "An")
    await player.line("@ 2021-04-14 09:00")
    await player.send(ADMIN, f"/doihan {DOSSIER} 30/4/2021")
    await player.send(ADMIN, "[🗓 Đổi hạn]")

    await player.send(ADMIN, "/nopbai tinh")
    calls = await player.send(ADMIN, "[📥 Tải .xlsx]")
    path = next(c["file"] for c in calls if c["method"] == "sendDocument" and c["error"] is None)
    cells = [str(c) for row in load_workbook(path).active.iter_rows(values_only=True) for c in row]
    heading = next(c for c in cells if c.startswith(DOSSIER))
    # 30/4-3/5/2021 are days off: the day it runs to beside it (BLDS 2015 Điều 148)
    said = "(hạn 30/4/2021, tính đến hết 4/5/2021; trước: 20/4/2021)"  # one bracket (u54 #5)
    assert heading.endswith(said), heading

    # the coordinator names it by the date it had: found, its date now said
    plan = texts(await player.send(ADMIN, "/doihan 20/4 5/5/2021"), ADMIN)[0]
    assert DOSSIER in plan and "hạn 30/4/2021 → 5/5/2021" in plan, plan
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    out = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert "hạn 5/5/2021 (trước: 30/4/2021; ban đầu 20/4/2021;" in out
