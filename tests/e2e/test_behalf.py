"""The coordinator acts for a unit, end to end through the real Application: a unit's dossier
received by e-mail recorded "ghi thay" (the digest, /nopbai tinh, /tiendo and the reminders then
count it as the unit's), a row several units own asking which unit by buttons, and a unit's
filled template sent by the admin recorded for the unit read from the template. The database is
asserted after every write; typed the way people type."""

from __future__ import annotations

from io import BytesIO

from openpyxl import load_workbook

from tests.botkit import ADMIN, register, texts

TASK = "tq-2021-04-20"
BOSS = "Trần Điều Phối"
BUILDING, HEALTH = 1001, 1003


def services(player):
    return player.app.bot_data["services"]


def missing_in_digest(calls) -> list[str]:
    """The units the coordinator's digest lists as not having sent the 20/4 dossier."""
    (digest,) = [c["text"] for c in calls if c["chat_id"] == ADMIN and "Tổng hợp" in c["text"]]
    lines = digest.splitlines()
    at = next(i for i, line in enumerate(lines) if TASK in line)
    missing = next(line for line in lines[at:] if line.startswith("• chưa nộp"))
    return missing.split(": ", 1)[1].split("; ")


def line_of(text: str, unit: str) -> str:
    return next(line for line in text.splitlines() if f" {unit} — " in line)


async def test_a_dossier_recorded_for_a_unit_counts_as_sent_everywhere(player):
    await player.send(ADMIN, "/start", name=BOSS)
    await register(player, BUILDING, "So Xay dung", "Nguyễn Văn An")
    await register(player, HEALTH, "SYT", "Lê Văn Cường")
    await player.line("@ 2021-04-14 09:00")

    out = texts(await player.send(ADMIN, "/capnhat 20/4 so y te da nop", name=BOSS), ADMIN)
    assert out[0].startswith(
        "✅ Đã ghi: Biểu 02 tq-2021-04-20 (Sở Y tế): Chưa bắt đầu → Hoàn thành"
    )
    assert f"Do {BOSS} ghi thay Sở Y tế." in out[0]
    change = services(player).repo.current(TASK, "Sở Y tế")
    assert (change.new, change.by, change.behalf) == ("hoan_thanh", ADMIN, BOSS)
    # nothing under the coordinator's own agency
    assert services(player).repo.current(TASK, "Sở Thông tin và Truyền thông") is None

    # 15/4, three working days before 20/4: the coordinator's digest, and the units' reminders
    # of 20/4, only to the unit still owing the dossier
    calls = await player.line("@ 2021-04-15 08:00")
    missing = missing_in_digest(calls)
    assert "Sở Xây dựng" in missing and "Sở Y tế" not in missing
    reminders = {c["chat_id"]: c["text"] for c in calls if "Nhắc hạn" in (c["text"] or "")}
    assert TASK in reminders[BUILDING]
    assert TASK not in reminders.get(HEALTH, "")  # the dossier is sent: not chased

    out = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh", name=BOSS), ADMIN))
    assert line_of(out, "Sở Y tế").endswith(
        f"đã nộp 14/4/2021 — báo đã nộp, không có biểu trong bot; do {BOSS} ghi thay"
    ), out
    assert "chưa nộp" in line_of(out, "Sở Xây dựng")
    # the unit's own officer sees it sent, as theirs
    mine = texts(await player.send(HEALTH, "/nopbai"), HEALTH)[0]
    assert "đã nộp 14/4/2021" in mine
    # the coordinator's /nopbai <unit> is that unit's own view, not the province's (ux21 #11)
    out = texts(await player.send(ADMIN, "/nopbai so y te", name=BOSS), ADMIN)[0]
    assert out.splitlines()[0] == mine.splitlines()[0] and "Sở Xây dựng" not in out
    refused = texts(await player.send(HEALTH, "/nopbai so xay dung"), HEALTH)[0]
    assert "Sở Xây dựng" in refused and "đã nộp" not in refused
    out = texts(await player.send(HEALTH, "/tiendo"), HEALTH)[0]
    assert "tq-2021-04-20" in next(line for line in out.splitlines() if "Hoàn thành" in line)

    out = texts(await player.send(ADMIN, "/lichsu 20/4", name=BOSS), ADMIN)[0]
    assert f"Sở Y tế: Chưa bắt đầu → Hoàn thành (do {BOSS} ghi thay)" in out


async def test_a_shared_row_asks_which_unit_and_the_write_is_undone(player):
    repo = player.app.bot_data["services"].repo
    calls = await player.send(ADMIN, "/capnhat 406-22 xong", name=BOSS)
    assert [b for c in calls for b in c["buttons"] or []] == [
        ["Sở Giao thông vận tải (chủ trì)"],
        ["Sở Y tế (chủ trì)"],
        ["Công an tỉnh (phối hợp)"],
        ["Văn phòng UBND tỉnh (phối hợp)"],
        ["Sở Tài chính (phối hợp)"],
    ]
    assert "406-22 có 5 đơn vị" in texts(calls, ADMIN)[0]
    assert repo.history("406-22") == []  # never a silent pick

    out = texts(await player.send(ADMIN, "[Sở Y tế (chủ trì)]", name=BOSS), ADMIN)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Hoàn thành")
    assert [(c.agency, c.new, c.behalf) for c in repo.history("406-22")] == [
        ("Sở Y tế", "hoan_thanh", BOSS)
    ]
    # the other units' buttons lapsed with the write
    out = texts(await player.send(ADMIN, "[#1]", name=BOSS), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác: 406-22 (Sở Y tế): Hoàn thành → Chưa bắt đầu")
    assert [(c.agency, c.new) for c in repo.history("406-22")] == [
        ("Sở Y tế", "hoan_thanh"),
        ("Sở Y tế", "chua_bat_dau"),
    ]

    # a note waits with the choice; another command ends it, saying so, writing nothing
    await player.send(ADMIN, "/capnhat 406-22 vuong mac cho du lieu dan cu", name=BOSS)
    out = texts(await player.send(ADMIN, "/muc 406-22", name=BOSS), ADMIN)
    assert out[0] == "Đã bỏ lựa chọn đơn vị để ghi thay 406-22; không có gì được ghi."
    assert len(repo.history("406-22")) == 2
    await player.send(ADMIN, "/capnhat 406-22 vuong mac cho du lieu dan cu", name=BOSS)
    out = texts(await player.send(ADMIN, "[Công an tỉnh (phối hợp)]", name=BOSS), ADMIN)
    assert "406-22 (Công an tỉnh): Chưa bắt đầu → Vướng mắc\nGhi chú: cho du lieu dan cu" in out[0]
    latest = repo.current("406-22", "Công an tỉnh")
    assert (latest.note, latest.behalf) == ("cho du lieu dan cu", BOSS)


async def test_an_admins_template_is_recorded_for_the_unit_it_names(player):
    await player.send(ADMIN, "/start", name=BOSS)
    calls = await player.send(ADMIN, "/baocao", name=BOSS)
    labels = [label for c in calls for row in c["buttons"] or [] for label in row]
    assert "Mẫu BIỂU 02" in labels and "Mẫu Phụ lục I" in labels
    calls = await player.send(ADMIN, "[Mẫu BIỂU 02]", name=BOSS)
    [sent] = [c for c in calls if c["method"] == "sendDocument" and c["error"] is None]
    assert "Ghi tên đơn vị" in sent["text"] and "ghi thay" in sent["text"]
    path = sent["file"]
    book = load_workbook(path)
    sheet = book["BIỂU 02"]
    unit_row = next(r[0].row for r in sheet.iter_rows() if str(r[0].value).startswith("Thuộc"))
    sheet.cell(unit_row, 1).value = "Thuộc thẩm quyền giải quyết/phạm vi chức năng quản lý của SYT"
    tier = next(r[0].row for r in sheet.iter_rows() if r[0].value == "A")
    sheet.cell(tier + 1, 2).value = "Lĩnh vực Dược phẩm"
    sheet.cell(tier + 2, 2).value = "Cấp giấy chứng nhận đủ điều kiện kinh doanh dược"
    sheet.cell(tier + 2, 4).value = "x"
    sheet.cell(tier + 2, 5).value = "Sở Y tế"
    sheet.cell(tier + 2, 7).value = "Quý III/2021"
    out = BytesIO()
    book.save(out)

    replies = texts(await player.upload(ADMIN, "bieu02_syt.xlsx", out.getvalue(), name=BOSS))
    assert (
        f"Đã nhận BIỂU 02 của Sở Y tế (lần nộp 1, 08:00 13/04/2021, do {BOSS} ghi thay)"
        in (replies[0])
    ), replies
    assert "Đã ghi nhiệm vụ: Biểu 02 tq-2021-04-20 (Sở Y tế)" in replies[0]
    svc = services(player)
    (sent,) = svc.submissions.submissions(agency="Sở Y tế")
    assert (sent.form, sent.by, sent.behalf) == ("bieu02", ADMIN, BOSS)
    change = svc.repo.current(TASK, "Sở Y tế")
    assert (change.new, change.behalf) == ("hoan_thanh", BOSS)

    # the unit line left blank: nothing is stored, and the line says what to write
    await player.send(ADMIN, "/baocao", name=BOSS)
    calls = await player.send(ADMIN, "[Mẫu Phụ lục I]", name=BOSS)
    [path] = [c["file"] for c in calls if c["method"] == "sendDocument" and c["error"] is None]
    book = load_workbook(path)
    book["Phụ lục I"]["B7"] = 3
    out = BytesIO()
    book.save(out)
    replies = texts(await player.upload(ADMIN, "pl1.xlsx", out.getvalue(), name=BOSS))
    assert replies == [
        "Không đọc được đơn vị trên mẫu Phụ lục I: ghi tên đơn vị sau “Cơ quan, đơn vị:” (ví dụ "
        "Sở Y tế) rồi gửi lại. Không có gì được lưu."
    ]
    assert svc.submissions.submissions(form="pl1") == []


async def test_a_unit_named_in_the_coordinators_words_is_the_one_offered(player):
    """ "ghi thay so y te da nop bieu 02" asked which of 19 units, though it named Sở Y tế. Now
    the offer names the unit, the press writes for it (signed by the admin), and a unit that
    does not owe the task is not taken: its buttons are asked for instead."""
    svc = player.app.bot_data["services"]
    await player.line("@ 2021-04-16 10:00")
    out = texts(await player.send(ADMIN, "ghi thay so y te da nop bieu 02"), ADMIN)
    assert out[0].startswith(
        "Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành cho Sở Y tế (ghi thay), tức là"
    )
    assert svc.repo.current("tq-2021-04-20", "Sở Y tế") is None
    await player.send(ADMIN, "[Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    written = svc.repo.current("tq-2021-04-20", "Sở Y tế")
    assert written.new == "hoan_thanh" and written.by == ADMIN
    assert [(c.key, c.agency) for c in svc.repo.history()] == [("tq-2021-04-20", "Sở Y tế")]
    # Viễn thông supports the dossier and owes nothing: said so, nothing written
    out = texts(await player.send(ADMIN, "vien thong tuyen quang da nop bieu 02"), ADMIN)
    assert out == [
        "Viễn thông Tuyên Quang không phải thực hiện tq-2021-04-20. Ghi thay đơn vị khác: "
        "/capnhat tq-2021-04-20 <đơn vị> hoàn thành. Không có gì thay đổi."
    ]
    # a key typed with the unit before it
    out = texts(await player.send(ADMIN, "Sở Tư pháp 406-7 xong"), ADMIN)
    assert out[0].startswith("Bạn muốn ghi 406-7") and "cho Sở Tư pháp (ghi thay)" in out[0]
    # an older offer's button cannot write for a newer offer's unit
    await player.send(ADMIN, "ghi thay so tai chinh da nop bieu 02")
    older = next(m for m in reversed(player.emulator.messages[ADMIN]) if m.get("reply_markup"))[
        "reply_markup"
    ]["inline_keyboard"][0][0]["callback_data"]
    await player.send(ADMIN, "ghi thay so tu phap da nop bieu 02")
    out = texts(await player.forged(ADMIN, older), ADMIN)
    assert "Đề nghị ghi này đã hết hiệu lực" in out[-1]
    assert svc.repo.current(TASK, "Sở Tư pháp") is None
    assert svc.repo.current(TASK, "Sở Tài chính") is None
    assert len(svc.repo.history()) == 1


async def test_an_officer_naming_another_unit_in_a_statement_is_told_nothing_is_written(player):
    """ "Sở Y tế đã nộp biểu 02" from Sở Xây dựng's officer offered to write it for Sở Xây dựng,
    with no word of Sở Y tế; now said that only the unit itself or an admin writes it."""
    await register(player, BUILDING, "Sở Xây dựng", "Nguyễn Văn An")
    out = texts(await player.send(BUILDING, "Sở Y tế đã nộp biểu 02"), BUILDING)
    assert out == [
        "Bạn chỉ ghi được cho Sở Xây dựng; Sở Y tế tự báo, hoặc nhờ quản trị viên ghi thay. "
        "Không có gì thay đổi."
    ]
    out = texts(await player.send(BUILDING, "Sở Xây dựng đã nộp biểu 02"), BUILDING)
    assert out[0].startswith("Bạn muốn ghi Biểu 02 tq-2021-04-20 → Hoàn thành, tức là")
    assert services(player).repo.history() == []


async def test_a_unit_named_by_its_place_or_short_name_is_the_one_written_for(player):
    """ "ghi thay ham yen …" and "/capnhat 406-11 son duong …" asked which of 19 units, or took
    the unit's words for a status ("Chưa rõ trạng thái"), though the place names one unit. The
    unit is now read where a unit stands, and a unit that owes nothing is told so."""
    svc = services(player)
    out = texts(await player.send(ADMIN, "ghi thay ham yen 406-11 xong"), ADMIN)
    assert "→ Hoàn thành cho UBND huyện Hàm Yên (ghi thay)?" in out[0]
    assert svc.repo.current("406-11", "UBND huyện Hàm Yên") is None
    await player.send(ADMIN, "[Ghi 406-11 → Hoàn thành?]")
    assert svc.repo.current("406-11", "UBND huyện Hàm Yên").new == "hoan_thanh"
    out = texts(await player.send(ADMIN, "/capnhat 406-11 son duong dang lam"), ADMIN)
    assert out[0].startswith("✅ Đã ghi: 406-11 (UBND huyện Sơn Dương)")
    assert svc.repo.current("406-11", "UBND huyện Sơn Dương").new == "dang_thuc_hien"
    out = texts(await player.send(ADMIN, "ghi thay vien thong da nop bieu 02"), ADMIN)
    assert out[0].startswith("Viễn thông Tuyên Quang không phải thực hiện tq-2021-04-20.")
    # a place in two names is no unit: the buttons are asked for, nothing written
    out = texts(await player.send(ADMIN, "ghi thay tuyen quang da nop bieu 02"), ADMIN)
    assert "Ghi “Hoàn thành” thay cho đơn vị nào?" in out[0]
    assert [(c.key, c.agency) for c in svc.repo.history()] == [
        ("406-11", "UBND huyện Hàm Yên"),
        ("406-11", "UBND huyện Sơn Dương"),
    ]


async def test_an_officers_template_naming_another_unit_is_refused(player):
    """ux12 item 6: Sở Tư pháp's own Phụ lục I, its unit line typed over with "Sở Y tế", was
    filed as Sở Tư pháp's, silently, while the same file from the coordinator counted for Sở Y
    tế. An officer's is now refused, naming both units; the coordinator's still files it for
    the unit it names, "ghi thay"."""
    await player.line("@ 2021-05-17 09:00")
    await register(player, 3001, "Sở Tư pháp", "Lê Văn Bình")
    await player.send(3001, "/baocao")
    calls = await player.send(3001, "[Mẫu Phụ lục I]")
    [path] = [c["file"] for c in calls if c["method"] == "sendDocument" and c["error"] is None]
    book = load_workbook(path)
    sheet = book["Phụ lục I"]
    unit_row = next(r[0].row for r in sheet.iter_rows() if str(r[0].value).startswith("Cơ quan"))
    assert sheet.cell(unit_row, 1).value == "Cơ quan, đơn vị: Sở Tư pháp"
    sheet.cell(unit_row, 1).value = "Cơ quan, đơn vị: Sở Y tế"
    sheet["B7"] = 30
    out = BytesIO()
    book.save(out)
    svc = services(player)
    replies = texts(await player.upload(3001, "pl1_other.xlsx", out.getvalue()), 3001)
    assert replies == [
        "Tệp ghi đơn vị là Sở Y tế (dòng “Cơ quan, đơn vị”), còn bạn là cán bộ của Sở Tư pháp: "
        "bot không nhận biểu của đơn vị khác; sửa dòng đó thành Sở Tư pháp rồi gửi lại. Không "
        "có gì được lưu."
    ]
    assert svc.submissions.submissions() == [] and svc.repo.history() == []
    # its own name back on the line (any spelling the register reads): accepted as its own
    sheet.cell(unit_row, 1).value = "Cơ quan, đơn vị: so tu phap"
    own = BytesIO()
    book.save(own)
    replies = texts(await player.upload(3001, "pl1.xlsx", own.getvalue()), 3001)
    assert replies[0].startswith("✅ Đã nhận Phụ lục I của Sở Tư pháp (lần nộp 1")
    # the coordinator's send of the other file: for Sở Y tế, "ghi thay"
    replies = texts(await player.upload(ADMIN, "pl1_other.xlsx", out.getvalue(), name=BOSS))
    assert replies[0].startswith(
        f"✅ Đã nhận Phụ lục I của Sở Y tế (lần nộp 1, 09:00 17/05/2021, do {BOSS} ghi thay)"
    )
    sent = {(s.agency, s.form, s.by, s.behalf) for s in svc.submissions.submissions()}
    assert sent == {("Sở Tư pháp", "pl1", 3001, None), ("Sở Y tế", "pl1", ADMIN, BOSS)}
