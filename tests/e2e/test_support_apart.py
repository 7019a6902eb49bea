"""What a unit only coordinates or supports is listed apart (u23c #5, #6), through the emulator
with the real Application: a district that only coordinates 406-11 read "0/1 xong (0%)" in its
/tiendo, as if failing, and every answer about the 20/4 dossier, which it only supports, said
"quá hạn" and its six steps in full."""

from __future__ import annotations

from tests.botkit import register, texts

HAM_YEN, JUSTICE = "UBND huyện Hàm Yên", "Sở Tư pháp"


async def test_a_district_that_only_coordinates_has_no_failing_percentage(player):
    await player.line("@ 2021-06-30 08:00")
    await register(player, 2001, HAM_YEN, "Bình")
    [own] = texts(await player.send(2001, "/tiendo"), 2001)
    lines = own.splitlines()
    assert lines[0] == (
        f"Tiến độ {HAM_YEN} — không chủ trì mục nào, không có nhiệm vụ phải nộp "
        "(tính đến 30/6/2021)"
    ), own
    assert "%" not in own and "quá hạn" not in own.replace("quá hạn)", "")
    assert "Phối hợp (đếm riêng, không tính vào tỉ lệ): 0/1 mục báo xong" in lines
    assert any(line.startswith("• 406-11 ") and "[phối hợp]" in line for line in lines)
    # the tasks it only supports, a line each, the owners' date passed, never late
    part = "phối hợp, góp ý cho đơn vị nộp; hạn của đơn vị nộp"
    assert f"• 📌 Biểu 02 tq-2021-04-20 — {part}: 20/4/2021 (đã qua)" in lines
    assert f"• 📌 Phụ lục I–IV tq-2021-05-20 — {part}: 20/5/2021 (đã qua)" in lines
    # ux38 #4: "we only coordinate", replied to the list and said right after a write, is
    # answered with the unit's role and who leads, never "Tôi chưa hiểu" nor kept as a note
    services = player.app.bot_data["services"]
    lead = ", ".join(services.province.assignments["406-11"].lead)
    for said in ("2001 >> ben em chi phoi hop thoi ma", "2001 > bên em đâu phải chủ trì"):
        [answer] = texts(await player.line(said), 2001)
        assert "406-11 Kết nối, chia sẻ" in answer and f"{HAM_YEN} là đơn vị phối hợp" in answer
        assert f"chủ trì: {lead}." in answer and "/nhacnho tat" in answer
        assert "Tôi chưa hiểu" not in answer
        await player.send(2001, "/capnhat 406-11 dang lam")
    change = services.repo.current("406-11", HAM_YEN)
    [answer] = texts(await player.send(2001, "ben em chi phoi hop thoi ma"), 2001)
    assert "phối hợp" in answer and "Ghi chú" not in answer and "ghi chú" not in answer
    assert services.repo.current("406-11", HAM_YEN) == change  # nothing written


async def test_an_agencys_percentage_is_that_of_its_lead_rows_and_tasks(player):
    """Sở Tư pháp's /tiendo now counts as /tiendo tinh does ("0/5 xong (0%), ❗2 quá hạn;
    phối hợp 0/1 …"): its own rows and tasks, the row it coordinates apart."""
    await player.line("@ 2021-06-30 08:00")
    await register(player, 3001, JUSTICE, "Hoa")
    [own] = texts(await player.send(3001, "/tiendo"), 3001)
    head, *rest = own.split("\n\n")
    assert head.startswith(f"Tiến độ {JUSTICE} — 0/5 xong (0%), ❗2 quá hạn"), own
    assert "406-20" not in head
    assert rest[0].startswith("Phối hợp (đếm riêng, không tính vào tỉ lệ): 0/1 mục báo xong")
    assert "406-20" in rest[0]


async def test_a_supported_task_is_one_line_and_its_steps_on_request(player):
    svc = player.app.bot_data["services"]
    await player.line("@ 2021-04-22 08:00")
    await register(player, 2001, HAM_YEN, "Bình")
    calls = await player.send(2001, "hạn 20/4 là gì")
    [answer] = texts(calls, 2001)
    assert answer.startswith("📌 Biểu 02: Hồ sơ đề xuất"), answer
    assert answer.endswith(
        f"(tq-2021-04-20) — hạn của đơn vị nộp: 20/4/2021 (đã qua) — {HAM_YEN}: phối hợp, "
        "không phải nộp."
    ), answer
    assert "\n" not in answer and "Bước" not in answer and "quá hạn" not in answer
    assert calls[-1]["buttons"] == [["📋 Các bước, hồ sơ"]]
    [full] = texts(await player.send(2001, "[📋 Các bước, hồ sơ]"), 2001)
    assert "Bước 6:" in full and "Hồ sơ gồm:" in full
    assert "• Hạn của đơn vị nộp: trước ngày 20/4/2021 → 20/4/2021 (đã qua)" in full
    assert f"• {HAM_YEN}: phối hợp, không phải nộp." in full
    # an agency that owes it still reads the card in full, late for it
    await register(player, 1001, "Sở Y tế", "An")
    [owed] = texts(await player.send(1001, "hạn 20/4 là gì"), 1001)
    assert "Bước 1:" in owed and "(quá hạn 2 ngày)" in owed
    assert svc.repo.history() == []
