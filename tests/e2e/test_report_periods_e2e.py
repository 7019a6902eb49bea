"""ux20 #2 and #6, through the emulator with the real Application: a monthly report a letter
sets "trước ngày 10 của tháng tiếp theo", first for October, is due 10/11 for October. The
coordinator asking who has not sent October's report gets that occurrence (not "no document due
in October" and every task), its reminder button chases only the units owing that occurrence
and not yet sent it, and a district asking in December when November's report is due gets
10/12/2021, never next year's; in 2022 "tháng 2", "quý 1" are 2022's. The letter and the
phrasings are written for this test; one publication for the whole flow."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts

BOSS = "Trần Điều Phối"
LETTER = (
    "UBND TỈNH TUYÊN QUANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 615/STTTT-BCVT\n"
    "V/v báo cáo định kỳ số liệu chữ ký số chuyên dùng\n"
    "Tuyên Quang, ngày 15 tháng 9 năm 2021\n"
    "Kính gửi:\n- Các Sở, ban, ngành;\n- UBND các huyện, thành phố.\n\n"
    "1. Các Sở, ban, ngành và UBND các huyện, thành phố\n"
    "Định kỳ hằng tháng, trước ngày 10 của tháng tiếp theo, báo cáo số chứng thư số đã cấp và "
    "số văn bản điện tử đã ký số (theo Mẫu số 05) gửi về Sở Thông tin và Truyền thông; kỳ báo "
    "cáo đầu tiên là tháng 10/2021.\n\n"
    "Trân trọng./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, BCVT.\n"
)
HEALTH, DISTRICT, POLICE = 1001, 1003, 1005


async def test_a_reports_month_is_the_occurrence_that_reports_it_in_every_view(player):
    await player.line("@ 2021-09-16 09:00")
    await register(player, HEALTH, "Sở Y tế", "An")
    await register(player, DISTRICT, "UBND huyện Hàm Yên", "Cúc")
    await register(player, POLICE, "Công an tỉnh", "Bảo")  # owes the 2021 dossier, not this
    await player.upload(ADMIN, "cv615.txt", LETTER.encode(), name=BOSS)
    out = texts(await player.send(ADMIN, "[✅ Công bố]"), ADMIN)
    assert out[0].startswith("✅ Đã công bố")
    tasks = player.app.bot_data["services"].assistant.catalogue.province("tuyen-quang").tasks
    monthly = next(t for t in tasks if t.recurring)
    assert monthly.lag == 1 and monthly.starts.isoformat() == "2021-11-10"

    # Sở Y tế sends October's report on time
    await player.line("@ 2021-11-08 09:00")
    await player.send(HEALTH, f"/nop {monthly.id}@2021-11-10")
    got = await player.upload(HEALTH, "mau05_t10.docx", b"PK\x03\x04 not a docx", name="An")
    assert texts(got, HEALTH)[0].startswith("✅ Đã nhận tệp mau05_t10.docx")

    await player.line("@ 2021-11-12 09:00")
    out = texts(await player.send(ADMIN, "ai chua nop bao cao thang 10"), ADMIN)
    assert not out[0].startswith("Không có hồ sơ nào hạn trong"), out[0]
    assert "kỳ tháng 10/2021" in out[0] and "hạn 10/11/2021" in out[0], out[0]
    assert "tq-2021-04-20" not in out[0] and "tq-2021-05-20" not in out[0], out[0]
    preview = texts(await player.send(ADMIN, "[🔔 Nhắc các đơn vị chưa nộp]"), ADMIN)[0]
    assert "Sẽ nhắc 1 đơn vị chưa nộp" in preview and "UBND huyện Hàm Yên" in preview, preview
    assert "Sở Y tế" not in preview and "Công an tỉnh" not in preview, preview
    calls = await player.send(ADMIN, "[Gửi nhắc]")
    reached = sorted(c["chat_id"] for c in calls if c["method"] == "sendMessage")
    assert reached == sorted([DISTRICT, ADMIN]), reached

    # the district, in December: November's report is due 10/12/2021 (late), not next year's
    await player.line("@ 2021-12-27 09:00")
    out = texts(await player.send(DISTRICT, "bc thang 11 nop khi nao"), DISTRICT)
    assert "10/12/2021" in out[0] and "2022" not in out[0], out[0]
    out = texts(await player.send(DISTRICT, "bc thang 10 ben em nop chua"), DISTRICT)
    assert "kỳ tháng 10/2021" in out[0] and "chưa nộp" in out[0], out[0]

    # a year on, a month or a quarter typed without its year is the asker's, by the side the
    # question looks to (ux36 #1): never the plan's 2021, never "nothing is due"
    await player.line("@ 2022-02-21 09:00")
    out = texts(await player.send(DISTRICT, "thang 2 ben em nop chua"), DISTRICT)
    assert "hạn 10/2/2022" in out[0] and "chưa nộp" in out[0], out[0]
    assert "2/2021" not in out[0], out[0]
    out = texts(await player.send(ADMIN, "thang 2 co gi den han"), ADMIN)
    assert out[0].startswith("Đến hạn trong Tháng 2/2022") and "Hạn 10/2/2022" in out[0], out[0]
    await player.line("@ 2022-03-28 09:00")
    out = texts(await player.send(DISTRICT, "bao cao quy 1 nop chua"), DISTRICT)
    assert "kỳ tháng 3/2022" in out[0] and "quý I/2021" not in out[0], out[0]
