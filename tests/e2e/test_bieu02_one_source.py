"""BIỂU 02 has one source of truth (ux13 #3): a filled template accepted becomes the unit's
proposals (/dexuat, /dexuat tatca, /nop bieu02 and the province's list agree with the compiled
form), its undo puts the proposals back, and a proposal edited after sending says the version
Sở TT&TT holds differs and how to send again. Through the emulator and the real Application,
the database asserted after every write.
"""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts


def proposals(player, agency="Sở Y tế"):
    repo = player.app.bot_data["services"].proposals
    return sorted((p.name, p.level) for p in repo.list(agency))


async def make_one(player, user):
    """One proposal in the chat, level 3."""
    await player.send(user, "/dexuat Cấp lại chứng chỉ hành nghề dược")
    for step in ("Dược", "[Cấp tỉnh]", "[Mức 3]", "[Sở Y tế]", "[Không có]", "[Quý II/2021]"):
        await player.send(user, step)
    out = texts(await player.send(user, "[Bỏ qua]"), user)
    assert "Đã ghi đề xuất" in out[-1]


async def template_with_two(player, user) -> bytes:
    """Sở Y tế's BIỂU 02 template, filled with two services."""
    from io import BytesIO

    from openpyxl import load_workbook

    await player.send(user, "/baocao")
    calls = await player.send(user, "[Mẫu BIỂU 02]")
    [path] = [c["file"] for c in calls if c["method"] == "sendDocument" and c["file"]]
    book = load_workbook(path)
    sheet = book.active
    row = 11
    for name, mark, quarter in (
        ("Cấp chứng chỉ hành nghề dược", "D", "Quý III/2021"),
        ("Đăng ký khám bệnh trực tuyến", "C", "Quý II/2021"),
    ):
        sheet[f"A{row}"], sheet[f"B{row}"], sheet[f"{mark}{row}"] = row - 10, name, "x"
        sheet[f"E{row}"], sheet[f"G{row}"] = "Sở Y tế", quarter
        row += 1
    out = BytesIO()
    book.save(out)
    return out.getvalue()


async def test_a_sent_template_is_the_units_proposals_everywhere_and_its_undo_puts_them_back(
    player,
):
    await register(player, 4001, "Sở Y tế", "Y")
    await player.line("@ 2021-04-13 08:00")
    await make_one(player, 4001)
    content = await template_with_two(player, 4001)
    out = texts(await player.upload(4001, "b02.xlsx", content), 4001)
    assert "Đã nhận BIỂU 02 của Sở Y tế (lần nộp 1" in out[-1]
    assert "Đề xuất của đơn vị (/dexuat) nay theo BIỂU 02 này: thêm 2, rút 1." in out[-1]
    want = [("Cấp chứng chỉ hành nghề dược", 4), ("Đăng ký khám bệnh trực tuyến", 3)]
    assert proposals(player) == want

    mine = texts(await player.send(4001, "/dexuat"), 4001)[-1]
    assert "Cấp chứng chỉ hành nghề dược" in mine and "Đăng ký khám bệnh trực tuyến" in mine
    assert "Chưa có đề xuất" not in mine and "khác đề xuất hiện tại" not in mine
    every = texts(await player.send(ADMIN, "/dexuat tatca"), ADMIN)[-1]
    assert "Mọi đề xuất (2 còn hiệu lực)" in every
    form = texts(await player.send(4001, "/nop bieu02"), 4001)[-1]
    assert "BIỂU 02 của Sở Y tế: 2 dòng" in form
    await player.send(4001, "/huy")


async def test_undoing_the_sent_template_puts_the_proposals_back(player):
    await register(player, 4001, "Sở Y tế", "Y")
    await player.line("@ 2021-04-13 08:00")
    await make_one(player, 4001)
    content = await template_with_two(player, 4001)
    await player.upload(4001, "b02.xlsx", content)
    out = texts(await player.send(4001, "[Hoàn tác]"), 4001)
    assert "Đã hoàn tác lần nộp 1 BIỂU 02 của Sở Y tế" in out[-1]
    assert "Đề xuất của đơn vị (/dexuat) trở lại như trước lần nộp: khôi phục 1, rút 2." in out[-1]
    assert proposals(player) == [("Cấp lại chứng chỉ hành nghề dược", 3)]
    subs = player.app.bot_data["services"].submissions
    assert subs.submissions(agency="Sở Y tế", form="bieu02") == []


async def test_an_edit_after_sending_says_the_sent_version_differs_until_sent_again(player):
    await register(player, 4001, "Sở Y tế", "Y")
    await player.line("@ 2021-04-13 08:00")
    await make_one(player, 4001)
    await player.send(4001, "/nop bieu02")
    out = texts(await player.send(4001, "[✅ Nộp]"), 4001)
    assert "Đã nhận BIỂU 02 của Sở Y tế (lần nộp 1" in out[-1]

    await player.send(4001, "/dexuat")
    await player.send(4001, "[✏️ Sửa #1]")
    out = texts(await player.send(4001, "muc 4"), 4001)
    assert "Mức: 3 → 4" in out[-1]
    assert "Bản BIỂU 02 đã nộp (lần 1, 08:00 13/04/2021) khác đề xuất hiện tại" in out[-1]
    assert "Nộp lại bản mới trước 20/4/2021: /nop bieu02" in out[-1]
    assert proposals(player) == [("Cấp lại chứng chỉ hành nghề dược", 4)]
    mine = texts(await player.send(4001, "/dexuat"), 4001)[-1]
    assert "khác đề xuất hiện tại" in mine
    owed = texts(await player.send(4001, "/nopbai"), 4001)[-1]
    assert "Bản BIỂU 02 đã nộp (lần 1, 08:00 13/04/2021) khác đề xuất hiện tại" in owed

    await player.send(4001, "/nop bieu02")
    out = texts(await player.send(4001, "[✅ Nộp]"), 4001)
    assert "lần nộp 2, thay lần trước" in out[-1]
    mine = texts(await player.send(4001, "/dexuat"), 4001)[-1]
    assert "khác đề xuất hiện tại" not in mine
    owed = texts(await player.send(4001, "/nopbai"), 4001)[-1]
    assert "khác đề xuất hiện tại" not in owed
    subs = player.app.bot_data["services"].submissions
    [sent] = subs.submissions(agency="Sở Y tế", form="bieu02")
    assert sent.version == 2 and "mức 4: 1" in sent.summary
