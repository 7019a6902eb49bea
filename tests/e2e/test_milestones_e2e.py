"""A row of two milestones reported done one at a time (ux24 #2): Sở Tài chính's 406-39,
households by 31/5/2021 and businesses by 31/8/2021. "xong" while both are owed records the
first alone, under its own key, and says which; the reminders keep the second until it is
reported too, and then the row is done everywhere."""

from __future__ import annotations

from tests.botkit import register, texts

FINANCE = 1006
AGENCY = "Sở Tài chính"


def _reminders(calls) -> list[str]:
    return [t for t in texts(calls, FINANCE) if "Nhắc hạn" in t]


async def test_each_milestone_is_reported_and_reminded_on_its_own(player):
    await player.line("@ 2021-06-01 08:00")
    await register(player, FINANCE, AGENCY, "Vũ Thị Mai")
    svc = player.app.bot_data["services"]
    out = texts(await player.send(FINANCE, "/capnhat 406-39 xong"), FINANCE)[0]
    assert "406-39 mốc 31/5/2021 (Sở Tài chính)" in out and "Ghi cho mốc 1 (hộ gia đình)" in out
    assert "vẫn theo dõi và nhắc: mốc 2 (doanh nghiệp), hạn 31/8/2021, còn 91 ngày" in out
    current = {k: c.new for k, c in svc.repo.current_all().items() if k[1] == AGENCY}
    assert current == {("406-39@2021-05-31", AGENCY): "hoan_thanh"}
    said = texts(await player.send(FINANCE, "/lichsu 406-39"), FINANCE)[0]
    assert said.startswith("Lịch sử 406-39 mốc 31/5/2021") and "→ Hoàn thành" in said

    # 7 working days before 31/8 the business milestone is still reminded
    reminders = _reminders(await player.line("@ 2021-08-20 08:00"))
    [line] = [x for r in reminders for x in r.splitlines() if "406-39" in x]
    # done on 1/6, a day after its date; the row under way, as /tiendo says (ux28 #5)
    assert "mốc 1 (hộ gia đình) 31/5/2021 — 🕓 xong muộn 1 ngày" in line
    assert "mốc 2 (doanh nghiệp) 31/8/2021 — còn 11 ngày" in line
    assert line.endswith("🔵 Đang thực hiện")

    # the second "xong": one milestone owed, the row's own status; nothing of it reminded
    out = texts(await player.send(FINANCE, "/capnhat 406-39 xong"), FINANCE)[0]
    assert out.startswith("✅ Đã ghi: 406-39 (Sở Tài chính)") and "Ghi cho mốc" not in out
    current = {k: c.new for k, c in svc.repo.current_all().items() if k[1] == AGENCY}
    assert current[("406-39", AGENCY)] == "hoan_thanh"
    reminders = _reminders(await player.line("@ 2021-08-25 08:00"))
    assert not any("406-39" in r for r in reminders)
    late = texts(await player.send(FINANCE, "/tiendo"), FINANCE)[0]
    [line] = [x for x in late.splitlines() if "406-39" in x]
    assert "Hoàn thành" in line and "quá hạn" not in line


async def test_undo_of_a_milestone_puts_it_back_owed(player):
    await player.line("@ 2021-06-10 08:00")
    await register(player, FINANCE, AGENCY, "Vũ Thị Mai")
    await player.send(FINANCE, "/capnhat 406-39 xong")
    out = texts(await player.send(FINANCE, "[Hoàn tác]"), FINANCE)[0]
    assert out.startswith("↩️ Đã hoàn tác")
    late = texts(await player.send(FINANCE, "/quahan"), FINANCE)[0]
    [line] = [x for x in late.splitlines() if "406-39" in x]
    assert "mốc 1 (hộ gia đình) 31/5/2021 — quá hạn 10 ngày" in line


async def test_the_milestone_said_is_the_one_written(player):
    await player.line("@ 2021-06-10 08:00")
    await register(player, FINANCE, AGENCY, "Vũ Thị Mai")
    svc = player.app.bot_data["services"]
    out = texts(await player.send(FINANCE, "/capnhat 406-39 xong giai doan doanh nghiep"), FINANCE)
    assert "Ghi cho mốc 2 (doanh nghiệp), hạn 31/8/2021" in out[0]
    current = {k: c.new for k, c in svc.repo.current_all().items() if k[1] == AGENCY}
    assert current == {("406-39@2021-08-31", AGENCY): "hoan_thanh"}
    # the households' milestone is still late, and said so
    late = texts(await player.send(FINANCE, "/quahan"), FINANCE)[0]
    [line] = [x for x in late.splitlines() if "406-39" in x]
    assert "mốc 1 (hộ gia đình) 31/5/2021 — quá hạn 10 ngày; mốc 2 (doanh nghiệp)" in line
    assert "31/8/2021 — ✅ xong" in line


async def test_each_milestone_is_said_with_its_own_result_in_every_view(player):
    # ux28 #5: households' milestone reported 31 days late, businesses' six days early
    await player.line("@ 2021-07-01 08:00")
    await register(player, FINANCE, AGENCY, "Vũ Thị Mai")
    await player.send(FINANCE, "406-39 xong roi")
    first = texts(await player.send(FINANCE, "[#1]"), FINANCE)[0]
    assert "Mốc 1 xong muộn: hạn 31/5/2021, sau hạn 31 ngày" in first
    await player.line("@ 2021-08-25 08:00")
    tiendo = texts(await player.send(FINANCE, "/tiendo"), FINANCE)[0]
    [before] = [x for x in tiendo.splitlines() if "406-39" in x]
    assert "🔵 Đang thực hiện" in before
    await player.send(FINANCE, "406-39 xong het roi")
    receipt = texts(await player.send(FINANCE, "[#1]"), FINANCE)[0]
    # the status quoted is the one /tiendo showed, not the row's never-written "Chưa bắt đầu"
    assert "406-39 (Sở Tài chính): Đang thực hiện → Hoàn thành" in receipt
    assert "mốc 1 🕓 xong muộn 31 ngày; mốc 2 ✅ xong đúng hạn" in receipt
    assert "86" not in receipt

    await player.line("@ 2021-08-27 09:00")
    both = (
        "mốc 1 (hộ gia đình) 31/5/2021 — 🕓 xong muộn 31 ngày; "
        "mốc 2 (doanh nghiệp) 31/8/2021 — ✅ xong đúng hạn"
    )
    asked = texts(await player.send(FINANCE, "406-39 han khi nao"), FINANCE)[0]
    tiendo = texts(await player.send(FINANCE, "/tiendo"), FINANCE)[0]
    [line] = [x for x in tiendo.splitlines() if "406-39" in x]
    assert both in asked and both in line and "✅ Hoàn thành" in line
    assert "86 ngày" not in asked + line
