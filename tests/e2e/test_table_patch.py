"""The coordinator patches the assignment table in chat, end to end through the real
Application: a file of a few rows applied as "Áp dụng các dòng này" (every other row as it was
in the version in force), and one row edited with /giao: preview, "Áp dụng", "Hoàn tác"; bad
lines answered in one line with nothing written."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

ROOT = Path(__file__).resolve().parents[2]
BOSS = "Trần Điều Phối"


def services(player):
    return player.app.bot_data["services"]


def in_force(player) -> dict:
    return dict(services(player).province.assignments)


async def test_only_the_files_rows_are_applied_from_a_partial_upload(player):
    before = in_force(player)
    patch = (ROOT / "examples/import_ok.csv").read_bytes()
    calls = await player.upload(ADMIN, "import_ok.csv", patch, name=BOSS)
    reply = "\n".join(texts(calls, ADMIN))
    assert "“Áp dụng các dòng này”: chỉ 0 mục thêm và 4 mục đổi trong tệp; 39 mục khác" in reply
    assert [c["buttons"] for c in calls if c["buttons"]] == [
        [["Áp dụng các dòng này"], ["Thay cả bảng, bỏ 39 mục…"]]
    ]
    out = texts(await player.send(ADMIN, "[Áp dụng các dòng này]", name=BOSS), ADMIN)
    assert out[0].startswith(
        "✅ Đã áp dụng bảng import_ok.csv, các dòng trong tệp: phiên bản 1, 43 mục"
    )
    tables = services(player).tables
    _, _, source, rows = tables.load("tuyen-quang")
    assert (source, len(rows)) == ("import_ok.csv, các dòng trong tệp", 43)
    after = in_force(player)
    changed = {key for key in before if after[key] != before[key]}
    assert changed == {"406-14", "406-15", "406-22", "406-11/Y tế"}
    assert after["406-22"].coordinate == ("Công an tỉnh",)
    # the answers read the new version at once
    out = texts(await player.send(ADMIN, "/muc 406-14", name=BOSS), ADMIN)[0]
    assert "Tháng 6/2022" in out

    out = texts(await player.send(ADMIN, "[↩️ Hoàn tác]", name=BOSS), ADMIN)
    assert out[0] == "↩️ Đã hoàn tác: dùng lại phiên bản 0 (nay là phiên bản 2, 43 mục)."
    assert in_force(player) == before


async def test_giao_previews_then_applies_then_undoes_one_row(player):
    await register(player, 1003, "SYT", "Lê Văn Cường")
    before = in_force(player)
    line = "/giao 406-22 chu tri So Y te; phoi hop CA tinh; han thang 9/2021"
    calls = await player.send(ADMIN, line, name=BOSS)
    out = texts(calls, ADMIN)[0]
    assert out.startswith("Sửa mục 406-22 trong bảng phân công đang dùng (phiên bản 0):")
    assert "• Chủ trì: Sở Giao thông vận tải, Sở Y tế → Sở Y tế" in out
    assert "• Hạn: Tháng 8/2021 → Tháng 9/2021" in out
    assert "Chưa có gì thay đổi: bấm Áp dụng" in out
    assert [c["buttons"] for c in calls if c["buttons"]] == [[["Áp dụng"]]]
    assert services(player).tables.in_force_number("tuyen-quang") == 0  # a preview only
    assert texts(calls, 1003) == []  # nothing told before the apply

    calls = await player.send(ADMIN, "[Áp dụng]", name=BOSS)
    out = texts(calls, ADMIN)
    assert out[0].startswith("✅ Đã áp dụng sửa đổi /giao 406-22: phiên bản 1, 43 mục")
    # the unit it changes told once, old → new with the row's key (ux38 #8)
    [told] = texts(calls, 1003)
    assert told.startswith("📋 Bảng phân công đã đổi (phiên bản 1) — phần của Sở Y tế:"), told
    assert "• 406-22: hạn Tháng 8/2021 → Tháng 9/2021" in told
    after = in_force(player)
    assert {key for key in before if after[key] != before[key]} == {"406-22"}
    row = after["406-22"]
    assert (row.lead, row.coordinate, row.deadline_text) == (
        ("Sở Y tế",),
        ("Công an tỉnh",),
        "Tháng 9/2021",
    )
    # the officer of the unit sees the new deadline at once
    out = texts(await player.send(1003, "/muc 406-22"), 1003)[0]
    assert "Tháng 9/2021" in out
    history = services(player).tables.history("tuyen-quang")
    assert [(v.number, v.by, v.source) for v in history] == [(1, ADMIN, "/giao 406-22")]

    calls = await player.send(ADMIN, "[↩️ Hoàn tác]", name=BOSS)
    out = texts(calls, ADMIN)
    assert out[0] == "↩️ Đã hoàn tác: dùng lại phiên bản 0 (nay là phiên bản 2, 43 mục)."
    assert in_force(player) == before
    [told] = texts(calls, 1003)  # undone: told again, the change reversed
    assert told.startswith("↩️ Bảng phân công quay lại phiên bản 0 (phiên bản 2)"), told
    assert "• 406-22: hạn Tháng 9/2021 → Tháng 8/2021" in told


async def test_bad_giao_lines_are_one_line_and_change_nothing(player):
    await register(player, 1003, "SYT", "Lê Văn Cường")
    for line, says in (
        ("/giao 406-999 han thang 9/2021", "Không có mục “406-999” trong danh mục."),
        ("/giao 406-22 chu tri So Vu Tru", "Không rõ cơ quan “so vu tru”."),
        ("/giao 406-22 han 31/4/2021", "Hạn “31/4/2021” không đọc được (ngày 31/4/2021 không có)"),
        ("/giao 406-22 han sap toi", "Hạn “sap toi” không đọc được: ghi như Tháng 9/2021"),
    ):
        calls = await player.send(ADMIN, line, name=BOSS)
        (out,) = texts(calls, ADMIN)
        assert out.startswith(says) and out.endswith("Không có gì thay đổi."), out
        assert not any(c["buttons"] for c in calls)
    out = texts(await player.send(1003, "/giao 406-22 han thang 9/2021"), 1003)
    assert out == ["Chỉ quản trị viên sửa được bảng phân công. Không có gì thay đổi."]
    tables = services(player).tables
    assert tables.history("tuyen-quang") == [] and tables.in_force_number("tuyen-quang") == 0


async def test_replacing_the_whole_table_with_a_patch_asks_again_naming_what_it_drops(player):
    """ux18 defect 9: a 3-row file offered "Áp dụng, bỏ 40 mục" beside "Áp dụng các dòng
    này", and one wrong tap dropped 40 rows. The merge is the main action; the whole table asks
    again, with the count and the first keys it drops, and applies only on that second press;
    its "Hoàn tác" restores every row."""
    before = in_force(player)
    patch = (ROOT / "examples/import_ok.csv").read_bytes()
    await player.upload(ADMIN, "import_ok.csv", patch, name=BOSS)
    calls = await player.send(ADMIN, "[Thay cả bảng, bỏ 39 mục…]", name=BOSS)
    (out,) = texts(calls, ADMIN)
    assert out.startswith(
        "⚠️ Thay cả bảng phân công bằng bảng import_ok.csv? Bảng mới có 4 mục và bỏ 39 mục "
        "đang có: 406-7, 406-8, 406-11, 406-11/Công Thương,"
    ), out
    assert "và 31 mục nữa." in out and out.endswith("Không bấm thì không có gì thay đổi.")
    assert calls[-1]["buttons"] == [["⚠️ Xác nhận bỏ 39 mục"]]
    tables = services(player).tables
    assert tables.in_force_number("tuyen-quang") == 0 and in_force(player) == before
    # the first button pressed again, or forged: asks again, applies nothing
    data = [m for m in player.emulator.messages[ADMIN] if m.get("reply_markup")][-2]
    first = data["reply_markup"]["inline_keyboard"][1][0]["callback_data"]
    again = texts(await player.forged(ADMIN, first), ADMIN)
    assert again[0].startswith("⚠️ Thay cả bảng phân công")
    assert tables.in_force_number("tuyen-quang") == 0
    out = texts(await player.send(ADMIN, "[⚠️ Xác nhận bỏ 39 mục]", name=BOSS), ADMIN)
    assert out[0].startswith("✅ Đã áp dụng bảng import_ok.csv: phiên bản 1, 4 mục")
    assert len(in_force(player)) == 4 and len(tables.load("tuyen-quang")[3]) == 4
    out = texts(await player.send(ADMIN, "[↩️ Hoàn tác]", name=BOSS), ADMIN)
    assert out[0] == "↩️ Đã hoàn tác: dùng lại phiên bản 0 (nay là phiên bản 2, 43 mục)."
    assert in_force(player) == before
