"""ux29 #6: a new district officer asks about the work it has. The district only supports the
20/4 dossier and the 20/5 Phụ lục (it comments, owes nothing) and coordinates 406-11 (its
sectors' dates are others'). "hạn gần nhất của bên em" said nothing was left; now it names the
first date its support serves, said as support, never as owed, and /tiendo and the unit's list
say that part the same way. Through the emulator."""

from __future__ import annotations

from tests.botkit import register, texts

SD = 1007
UNIT = "UBND huyện Sơn Dương"


async def district(player, at: str):
    await player.line(f"@ {at}")
    await register(player, SD, "UBND huyện Sơn Dương", "Trần Văn Bình")


async def test_the_nearest_date_of_a_supporting_district_is_its_support(player):
    await district(player, "2021-04-14 08:00")
    [nearest] = texts(await player.send(SD, "han gan nhat cua ben em la khi nao"), SD)
    assert nearest.startswith(f"{UNIT} không còn hạn nào phải nộp từ hôm nay trở đi")
    assert "phối hợp gần nhất (không phải nộp) — 20/4/2021 (còn 6 ngày)" in nearest
    assert "tq-2021-04-20 — phối hợp, góp ý cho đơn vị nộp" in nearest
    assert "quá hạn" not in nearest and "tq-2021-05-20" not in nearest  # only the first date
    [may] = texts(await player.send(SD, "thang 5 ben em co gi"), SD)
    assert "Phối hợp trong Tháng 5/2021 (không phải nộp):" in may
    assert "Phụ lục I–IV tq-2021-05-20 — phối hợp, góp ý" in may
    [mine] = texts(await player.send(SD, "/tiendo"), SD)
    assert "• 📌 Biểu 02 tq-2021-04-20 — phối hợp, góp ý cho đơn vị nộp; hạn của đơn vị nộp: " in (
        mine
    )
    [listed] = texts(await player.send(SD, "ben em phai lam gi"), SD)
    assert "Phụ lục I–IV tq-2021-05-20 — phối hợp, góp ý cho đơn vị nộp" in listed


async def test_past_the_tasks_the_sectors_dates_it_coordinates_come_next(player):
    await district(player, "2021-06-01 08:00")
    [nearest] = texts(await player.send(SD, "han gan nhat cua ben em"), SD)
    assert "phối hợp gần nhất (không phải nộp) — 30/9/2021 (còn 121 ngày)" in nearest
    assert "• 406-11 — phối hợp với các ngành chủ trì" in nearest
    assert "đã qua" not in nearest and "quá hạn" not in nearest


async def test_a_unit_that_owes_a_date_first_is_answered_as_before(player):
    await player.line("@ 2021-06-01 08:00")
    await register(player, 1001, "Sở Y tế", "Lê Thị Hoa")
    [nearest] = texts(await player.send(1001, "han gan nhat cua ben em"), 1001)
    assert nearest.startswith("Đến hạn ngày 31/8/2021 (hạn gần nhất) của Sở Y tế")
    assert "phối hợp gần nhất" not in nearest
