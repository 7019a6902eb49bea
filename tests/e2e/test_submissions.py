"""Units send the 20/5 forms — in the chat, as a filled template, as a template with a bad cell —
the coordinator sees who has sent what (/nopbai tinh), reminds the units still missing once, and
downloads the province's compiled forms, through the emulator and the real Application; the
database is asserted after every write.
"""

from __future__ import annotations

from io import BytesIO

from openpyxl import load_workbook

from tests.botkit import ADMIN, register, texts

TASK = "tq-2021-05-20"


def files(calls, method="sendDocument"):
    return [c["file"] for c in calls if c["method"] == method and c["error"] is None and c["file"]]


async def template_of(player, user, label):
    await player.send(user, "/baocao")
    [path] = files(await player.send(user, f"[{label}]"))
    return load_workbook(path)


def saved(book) -> bytes:
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def repo(player):
    return player.app.bot_data["services"].submissions


async def chat_counts(player, user):
    """Phụ lục I step by step: four numbers per tier, then the confirmation."""
    await player.send(user, "/nop pl1")
    await player.send(user, "12 2 6 4")
    await player.send(user, "[Không có]")
    out = texts(await player.send(user, "0 0 0 0"), user)
    assert "Cấp tỉnh: 12 TTHC (mức 2: 2, mức 3: 6, mức 4: 4)" in out[-1]
    return texts(await player.send(user, "[✅ Nộp]"), user)


async def chat_lines(player, user, code: str, line: str):
    """Phụ lục II–IV in the chat: one line, then the confirmation."""
    await player.send(user, f"/nop {code}")
    await player.send(user, line)
    return texts(await player.send(user, "[✅ Nộp]"), user)


async def finish_the_task(player, user):
    """The other three Phụ lục of the 20/5 task, in the chat."""
    await chat_lines(player, user, "pl2", "tỉnh; Xây dựng; Cấp giấy phép xây dựng; 4")
    await chat_lines(player, user, "pl3", "tỉnh; Xây dựng; Cấp chứng chỉ hành nghề; 3")
    return await chat_lines(
        player, user, "pl4", "tỉnh; Xây dựng; Thẩm định thiết kế; 3; cần hồ sơ giấy"
    )


def reminded(calls) -> set[int]:
    return {c["chat_id"] for c in calls if c["text"] and "Nhắc nộp hồ sơ" in c["text"]}


async def test_three_units_submit_phu_luc_i_and_the_province_sums_the_accepted(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    await register(player, 1002, "Sở Y tế", "Bình")
    await register(player, 1003, "Sở Tư pháp", "Chi")
    await player.line("@ 2021-04-19 09:00")
    for user in (1001, 1002, 1003):  # the 20/4 dossier, handed in on paper and reported
        await player.send(user, "/capnhat 20/4 đã nộp")
    await player.line("@ 2021-05-10 09:00")

    out = await chat_counts(player, 1001)
    assert "Đã nhận Phụ lục I của Sở Xây dựng (lần nộp 1" in out[0]
    assert "Còn thiếu: Phụ lục II, Phụ lục III, Phụ lục IV." in out[0]

    book = await template_of(player, 1002, "Mẫu Phụ lục I")
    sheet = book["Phụ lục I"]
    assert sheet["A7"].value == "Cấp tỉnh" and sheet["A4"].value.startswith("(Kèm theo")
    for cell, value in {"B7": 30, "C7": 5, "D7": 10, "E7": 15, "B8": 4, "D8": "3"}.items():
        sheet[cell] = value
    out = texts(await player.upload(1002, "phu_luc_1.xlsx", saved(book)), 1002)
    assert "Đã nhận Phụ lục I của Sở Y tế (lần nộp 1" in out[0]
    assert "Cấp huyện: 4 TTHC (mức 2: 0, mức 3: 3, mức 4: 0)" in out[0]

    book = await template_of(player, 1003, "Mẫu Phụ lục I")
    book["Phụ lục I"]["B7"] = 10
    book["Phụ lục I"]["C7"] = "abc"
    book["Phụ lục I"]["E8"] = 7  # more than the tier's total: a second error in the one message
    await player.send(1003, "/nop pl1")  # the chat form opened, then the file sent instead
    out = texts(await player.upload(1003, "pl1.xlsx", saved(book)), 1003)
    assert len(out) == 1 and "2 lỗi, không có gì được lưu" in out[0]
    assert "Phụ lục I, dòng 7, cột C: «abc» không phải số" in out[0]
    assert "Phụ lục I, dòng 8: mức độ 2, 3, 4 cộng lại (7) nhiều hơn tổng số TTHC (0)" in out[0]
    # the file ended the chat form, said with what to do next (ux38 #10): numbers typed now
    # are not read as the form's, and no later message ends it with a line of its own
    assert out[0].endswith(
        "Phần nhập Phụ lục I trong chat đã dừng: sửa tệp rồi gửi lại (không cần gõ lệnh), "
        "hoặc nhập trong chat: /nop pl1."
    ), out[0]
    out = texts(await player.send(1003, "/tiendo"), 1003)
    assert len(out) == 1 and "Đã bỏ phần nhập" not in out[0]
    # ux38 #5: asked why, the officer gets those errors again, not a guess at services
    again = texts(await player.send(1003, "loi gi vay a, sao ko nhan"), 1003)
    assert len(again) == 1 and "chưa được nhận" in again[0]
    assert "Phụ lục I, dòng 7, cột C: «abc» không phải số" in again[0]
    # another officer, with nothing refused, is not answered with that refusal
    assert "«abc»" not in texts(await player.send(1001, "loi gi vay a, sao ko nhan"), 1001)[0]

    sent = repo(player).submissions(task=TASK)
    assert [(s.agency, s.form, s.version, s.by) for s in sent] == [
        ("Sở Xây dựng", "pl1", 1, 1001),
        ("Sở Y tế", "pl1", 1, 1002),
    ]
    assert load_workbook(BytesIO(repo(player).content(sent[1].id)))["Phụ lục I"]["B7"].value == 30

    await player.send(ADMIN, "/baocao")
    [path] = files(await player.send(ADMIN, "[Tổng hợp Phụ lục I]"))
    rows = [r for r in load_workbook(path).active.iter_rows(values_only=True)]
    tinh = next(r for r in rows if r[0] == "Cấp tỉnh")
    assert tinh[1:5] == (42, 7, 16, 19)  # 12 + 30, 2 + 5, 6 + 10, 4 + 15
    assert next(r for r in rows if r[0] == "Tổng")[1:5] == (46, 7, 19, 19)
    units = {r[-1] for r in rows if r[0] and str(r[0]).startswith("  ")}
    assert units == {"Sở Xây dựng", "Sở Y tế"}
    assert any("Kèm theo văn bản số" in str(r[0]) for r in rows)

    # Sở Xây dựng sends the rest on time, Sở Y tế after 20/5, Sở Tư pháp nothing
    out = await finish_the_task(player, 1001)
    assert "Đã nhận Phụ lục IV của Sở Xây dựng" in out[0]
    services = player.app.bot_data["services"]
    assert services.repo.current(TASK, "Sở Xây dựng").new == "hoan_thanh"
    await player.line("@ 2021-05-21 09:00")
    await finish_the_task(player, 1002)
    assert services.repo.current(TASK, "Sở Y tế").new == "hoan_thanh"
    assert services.repo.current(TASK, "Sở Tư pháp") is None

    out = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)
    view = out[0][out[0].index(TASK) :]
    assert "✅ Sở Xây dựng — đã nộp 10/5/2021" in view
    assert "Sở Y tế — nộp muộn 21/5/2021 (sau hạn 1 ngày)" in view
    assert "Sở Tư pháp — chưa nộp, quá hạn 1 ngày" in view

    # the reminder button: the missing units' officers only (Sở Tư pháp's), once that day
    await player.send(ADMIN, "[🔔 Nhắc các đơn vị chưa nộp]")
    calls = await player.send(ADMIN, "[Gửi nhắc]")
    assert reminded(calls) == {1003}
    log = [r for r in services.reminders.log() if r.chat_id in (1001, 1002, 1003)]
    assert [(r.chat_id, r.state) for r in log if "nopbai" in r.uniq] == [(1003, "sent")]
    await player.send(ADMIN, "/nopbai tinh")
    calls = await player.send(ADMIN, "[🔔 Nhắc các đơn vị chưa nộp]")
    out = texts(calls, ADMIN)
    assert (
        reminded(calls) == set()
        and "Hôm nay đã nhắc 1 đơn vị, không nhắc lại: Sở Tư pháp" in out[0]
    )
    assert len([r for r in services.reminders.log() if r.chat_id == 1003]) == len(
        [r for r in log if r.chat_id == 1003]
    )


async def test_phu_luc_iv_prefilled_every_form_sent_marks_the_task_done_and_undoes(player):
    await register(player, 1002, "Sở Y tế", "Bình")
    await player.line("@ 2021-05-10 09:00")
    await player.send(1002, "/capnhat 406-11/Y tế không đủ điều kiện chưa có CSDL ngành")
    book = await template_of(player, 1002, "Mẫu Phụ lục IV")
    sheet = book["Phụ lục IV"]
    row = next(r for r in sheet.iter_rows() if r[1].value and "406-11/Y tế" in r[1].value)
    assert row[4].value == "chưa có CSDL ngành"
    row[3].value = "x"  # the unit ticks the level it provides now
    out = texts(await player.upload(1002, "pl4.xlsx", saved(book)), 1002)
    assert "Đã nhận Phụ lục IV của Sở Y tế" in out[0] and "1 dịch vụ (cấp tỉnh 1)" in out[0]

    for label in ("Mẫu Phụ lục II", "Mẫu Phụ lục III"):
        book = await template_of(player, 1002, label)
        sheet = book.worksheets[0]
        tier = next(r[0].row for r in sheet.iter_rows() if r[0].value == "A")
        # the template's placeholder lines under A (Cấp tỉnh): a field, then a numbered line
        assert (sheet.cell(tier + 1, 1).value, sheet.cell(tier + 2, 1).value) == ("I", 1)
        sheet.cell(tier + 1, 2).value = "Lĩnh vực Dược phẩm"
        sheet.cell(tier + 2, 2).value = "Cấp giấy chứng nhận đủ điều kiện kinh doanh dược"
        sheet.cell(tier + 2, 4).value = "x"
        out = texts(await player.upload(1002, "form.xlsx", saved(book)), 1002)
        assert "1 dịch vụ (cấp tỉnh 1) trong 1 lĩnh vực" in out[0], out
    services = player.app.bot_data["services"]
    # Phụ lục I still missing: under way since the first part, not sent
    change = services.repo.current(TASK, "Sở Y tế")
    assert change.new == "dang_thuc_hien" and change.note == "Đã nộp Phụ lục IV qua bot, chưa đủ"

    book = await template_of(player, 1002, "Mẫu Phụ lục I")
    book["Phụ lục I"]["B7"] = 5
    out = texts(await player.upload(1002, "pl1.xlsx", saved(book)), 1002)
    assert "Đã ghi nhiệm vụ" in out[0]
    change = services.repo.current(TASK, "Sở Y tế")
    assert change.new == "hoan_thanh" and change.by == 1002
    assert "Phụ lục I, Phụ lục II, Phụ lục III, Phụ lục IV" in change.note

    # a resubmission is a new version; the task stays done without a second entry
    out = texts(await player.upload(1002, "pl1.xlsx", saved(book)), 1002)
    assert "lần nộp 2, thay lần trước" in out[0]
    assert [s.version for s in repo(player).submissions(agency="Sở Y tế", form="pl1")] == [2]
    assert len(repo(player).submissions(form="pl1", latest_only=False)) == 2
    assert [c.new for c in services.repo.history(TASK)] == ["dang_thuc_hien", "hoan_thanh"]

    # "Hoàn tác" under the second version: the first is the accepted one again, the task
    # stays done (the first version completed it); tests/e2e/test_submission_undo.py goes on
    out = texts(await player.send(1002, "[Hoàn tác]"), 1002)
    assert "Đã hoàn tác lần nộp 2 Phụ lục I của Sở Y tế" in out[0]
    assert "Bản được tính lại: lần nộp 1" in out[0]
    assert [s.version for s in repo(player).submissions(agency="Sở Y tế", form="pl1")] == [1]
    assert services.repo.current(TASK, "Sở Y tế").new == "hoan_thanh"
    assert len(services.repo.history(TASK)) == 2


async def test_uploads_that_are_not_ours_or_not_the_units_change_nothing(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    await register(player, 1002, "Sở Y tế", "Bình")
    book = await template_of(player, 1001, "Mẫu Phụ lục I")
    out = texts(await player.upload(1002, "pl1.xlsx", saved(book)), 1002)
    assert out == [
        "Tệp ghi «Cơ quan, đơn vị: Sở Xây dựng»: đây là mẫu Phụ lục I bot tạo cho Sở Xây dựng, "
        "không phải của Sở Y tế. Tải mẫu của Sở Y tế ở /baocao, chép số liệu sang rồi gửi lại. "
        "Không có gì được lưu."
    ]
    out = texts(await player.upload(1002, "notes.xlsx", b"not a workbook"), 1002)
    assert out == [
        "Tệp notes.xlsx không phải tệp .xlsx đọc được (hỏng hoặc sai định dạng). "
        "Không có gì được lưu."
    ]
    # a document may be the unit's dossier, sent as signed: offered for a press, not kept
    out = texts(await player.upload(1002, "notes.pdf", b"%PDF-1.4"), 1002)
    assert out[0].startswith("Nộp tệp notes.pdf cho nhiệm vụ nào?"), out
    await player.send(1002, "/huy")
    out = texts(await player.upload(7777, "pl1.xlsx", saved(book)), 7777)
    assert "chưa là cán bộ" in out[0] or "đăng ký" in out[0]
    assert repo(player).submissions() == []


async def test_chat_phu_luc_iv_starts_from_khong_du_dieu_kien_and_bieu_02_from_dexuat(player):
    await register(player, 1002, "Sở Y tế", "Bình")
    await player.send(1002, "/dexuat")
    for line in [
        "[➕ Đề xuất dịch vụ mới]",
        "Cấp giấy phép hoạt động khám bệnh",
        "Khám bệnh, chữa bệnh",
        "[Cấp tỉnh]",
        "[Mức 3]",
        "[Sở Y tế]",
        "[Không có]",
        "[Quý III/2021]",
        "[Bỏ qua]",
    ]:
        await player.send(1002, line)
    out = texts(await player.send(1002, "/nop bieu02"), 1002)
    assert "BIỂU 02 của Sở Y tế" in out[0] and "Cấp giấy phép hoạt động khám bệnh" in out[0]
    out = texts(await player.send(1002, "[✅ Nộp]"), 1002)
    assert "Đã nhận BIỂU 02 của Sở Y tế" in out[0] and "1 dịch vụ (cấp tỉnh 1)" in out[0]
    services = player.app.bot_data["services"]
    assert services.repo.current("tq-2021-04-20", "Sở Y tế").new == "hoan_thanh"

    await player.line("@ 2021-05-12 09:00")
    await player.send(1002, "/capnhat 406-11/Y tế không đủ điều kiện chưa có CSDL ngành")
    out = texts(await player.send(1002, "/nop phụ lục IV"), 1002)
    assert "1. Cấp tỉnh · lĩnh vực (chưa ghi) · 406-11/Y tế" in out[0]
    assert "lý do: chưa có CSDL ngành" in out[0]
    out = texts(await player.send(1002, "huyện; Dược; Cấp CCHN dược; 3"), 1002)
    assert "Cần 5 phần" in out[0]
    out = texts(await player.send(1002, "huyện; Dược; Cấp CCHN dược; 3; cần bản gốc"), 1002)
    assert "2 dòng" in out[0]
    await player.send(1002, "/huy")  # nothing stored
    assert repo(player).submissions(form="pl4") == []
    await player.send(1002, "/nop pl4")
    await player.send(1002, "huyện; Dược; Cấp CCHN dược; 3; cần bản gốc")
    await player.send(1002, "[↩️ Xóa dòng cuối]")
    out = texts(await player.send(1002, "[✅ Nộp]"), 1002)
    assert "Đã nhận Phụ lục IV của Sở Y tế" in out[0] and "1 dịch vụ" in out[0]
    [sent] = repo(player).submissions(form="pl4")
    assert sent.source == "chat" and sent.by == 1002
    kept = load_workbook(BytesIO(repo(player).content(sent.id)))["Phụ lục IV"]
    assert any(r[4] == "chưa có CSDL ngành" for r in kept.iter_rows(values_only=True))
    out = texts(await player.send(1002, "/nop"), 1002)
    assert (
        "đã nộp Phụ lục IV lần 1 (12/5/2021); còn thiếu Phụ lục I, Phụ lục II, Phụ lục III"
    ) in out[0]
    assert "chưa nộp — Phụ lục IV" not in out[0]  # ux38 #7: what was sent is said first


async def test_nop_says_where_a_registration_stands_and_names_an_unknown_form(player):
    await player.line("@ 2021-05-10 09:00")
    await player.send(1002, "/dangky Sở Y tế")
    out = texts(await player.send(1002, "/nop pl1"), 1002)
    assert "đang chờ duyệt" in out[0] and "Sở Y tế" in out[0]
    assert texts(await player.send(1002, "/nopbai"), 1002)[0] == out[0]
    await player.send(ADMIN, "/duyet 1002")
    out = texts(await player.send(1002, "/nop xyz"), 1002)
    assert out[0].startswith("Không có biểu «xyz»") and "/nop pl1" in out[0]
    assert "Quản trị viên không nộp biểu" in texts(await player.send(ADMIN, "/nop"), ADMIN)[0]
    assert repo(player).submissions() == []
