"""An admin sends an assignment table to the bot: the difference first, "Áp dụng" makes it the
version in force (every answer reads it at once), "Hoàn tác" restores the one before; nobody else
can send or apply a table."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from db.import_repo import ImportRepo
from knowledge.catalogue.importer import ImportedRow
from tests.bot.test_import_versions import later_406_14, seed_xlsx
from tests.botkit import ADMIN, register, texts
from usecases import documents

ROOT = Path(__file__).resolve().parents[2]


def tables(player) -> ImportRepo:
    return player.app.bot_data["services"].tables


def callback_data(player, chat: int) -> list[str]:
    last = [m for m in player.emulator.messages[chat] if m.get("reply_markup")][-1]
    return [b["callback_data"] for row in last["reply_markup"]["inline_keyboard"] for b in row]


async def test_upload_review_apply_and_undo(player, tmp_path):
    await register(player)
    table = seed_xlsx(tmp_path / "bieu01_moi.xlsx", later_406_14).read_bytes()

    # An officer's file is not read.
    out = texts(await player.upload(1001, "bieu01_moi.xlsx", table), 1001)
    assert out == [documents.NOT_KNOWN]

    out = await player.upload(ADMIN, "bieu01_moi.xlsx", table)
    reply = "\n".join(texts(out, ADMIN))
    assert "Tệp bieu01_moi.xlsx: 43 mục. So với bảng đang dùng, phiên bản 0 (43 mục)" in reply
    assert "đổi 406-14: hạn Tháng 5/2021 → Tháng 6/2021" in reply
    assert [c["buttons"] for c in out if c["buttons"]] == [[["Áp dụng"]]]
    assert any(c["method"] == "getFile" for c in out)
    (data,) = callback_data(player, ADMIN)
    assert len(data.encode()) < 64
    assert tables(player).in_force_number("tuyen-quang") == 0  # reviewed, not applied

    # The button pressed by someone else applies nothing.
    out = texts(await player.forged(1001, data), 1001)
    assert "Chỉ quản trị viên" in out[0]
    assert tables(player).in_force_number("tuyen-quang") == 0

    out = texts(await player.send(ADMIN, "[Áp dụng]"), ADMIN)
    assert out[0].startswith("✅ Đã áp dụng bảng bieu01_moi.xlsx: phiên bản 1, 43 mục")
    rows = tables(player).load("tuyen-quang")[3]
    assert {r.key: r.deadline_text for r in rows}["406-14"] == "Tháng 6/2021"
    assert "Tháng 6/2021" in texts(await player.send(1001, "/muc 406-14"), 1001)[0]
    # pressed again: already applied
    again = texts(await player.forged(ADMIN, data), ADMIN)
    assert "đã được áp dụng" in again[0]
    assert tables(player).in_force_number("tuyen-quang") == 1

    out = texts(await player.send(ADMIN, "[Hoàn tác]"), ADMIN)
    assert out[0] == "↩️ Đã hoàn tác: dùng lại phiên bản 0 (nay là phiên bản 2, 43 mục)."
    assert tables(player).load("tuyen-quang") is None
    assert [(v.number, v.restores) for v in tables(player).history("tuyen-quang")] == [
        (1, None),
        (2, 0),
    ]
    assert "Tháng 5/2021" in texts(await player.send(1001, "/muc 406-14"), 1001)[0]


async def test_a_partial_or_unreadable_upload(player, tmp_path):
    partial = (ROOT / "examples/import_ok.csv").read_bytes()
    out = await player.upload(ADMIN, "import_ok.csv", partial)
    reply = "\n".join(texts(out, ADMIN))
    assert "Bảng mới thiếu 39 mục đang có" in reply
    # beside the whole table, only its rows merged in (tests/e2e/test_table_patch.py)
    assert [c["buttons"] for c in out if c["buttons"]] == [
        [["Áp dụng các dòng này"], ["Thay cả bảng, bỏ 39 mục…"]]
    ]
    # the whole table asks again, naming what it drops (tests/e2e/test_table_patch.py)
    await player.send(ADMIN, "[Thay cả bảng, bỏ 39 mục…]")
    assert tables(player).in_force_number("tuyen-quang") == 0
    out = texts(await player.send(ADMIN, "[⚠️ Xác nhận bỏ 39 mục]"), ADMIN)
    assert "phiên bản 1, 4 mục" in out[0]
    assert len(tables(player).load("tuyen-quang")[3]) == 4

    out = texts(await player.upload(ADMIN, "hong.xlsx", b"PK\x03\x04 nope"), ADMIN)
    assert out == [
        "Tệp hong.xlsx không phải tệp .xlsx đọc được (hỏng hoặc sai định dạng). "
        "Không có gì thay đổi."
    ]
    assert tables(player).in_force_number("tuyen-quang") == 1


async def test_a_version_applied_elsewhere_is_read_within_a_second(player):
    # e.g. `python -m bot import … --apply` on the same database while the bot runs; the bot
    # looks for a new version at most once a second (the tick at 08:00 has just looked)
    rows = [ImportedRow(2, "406-14", ("Sở Xây dựng",), (), "Tháng 6/2022")]
    tables(player).add("tuyen-quang", "Tuyên Quang", "406", rows, "t.csv", player.clock.now())
    player.clock.set(player.clock.now() + timedelta(seconds=1))
    await register(player)
    out = texts(await player.send(1001, "/tiendo"), 1001)[0]
    assert "406-14" in out and "406-54" not in out


async def test_a_review_overtaken_by_another_version_applies_nothing(player, tmp_path):
    first = seed_xlsx(tmp_path / "a.xlsx", later_406_14).read_bytes()
    await player.upload(ADMIN, "a.xlsx", first)
    (stale,) = callback_data(player, ADMIN)
    partial = (ROOT / "examples/import_ok.csv").read_bytes()
    await player.upload(ADMIN, "import_ok.csv", partial)
    await player.send(ADMIN, "[Thay cả bảng, bỏ 39 mục…]")
    await player.send(ADMIN, "[⚠️ Xác nhận bỏ 39 mục]")
    out = texts(await player.forged(ADMIN, stale), ADMIN)
    assert "Bảng đang dùng đã đổi" in out[0] and "Không có gì thay đổi" in out[0]
    assert tables(player).in_force_number("tuyen-quang") == 1
    assert len(tables(player).load("tuyen-quang")[3]) == 4


async def test_the_undo_button_lapses_after_ten_minutes(player, tmp_path):
    await register(player)
    table = seed_xlsx(tmp_path / "bieu01_moi.xlsx", later_406_14).read_bytes()
    await player.upload(ADMIN, "bieu01_moi.xlsx", table)
    out = texts(await player.send(ADMIN, "[Áp dụng]"), ADMIN)
    assert "phiên bản 1" in out[0]
    player.clock.set(player.clock.now() + timedelta(minutes=11))
    out = texts(await player.send(ADMIN, "[Hoàn tác]"), ADMIN)
    assert "Đã quá 10 phút" in out[0] and "--rollback 0" in out[0]
    assert tables(player).in_force_number("tuyen-quang") == 1  # nothing rolled back
    assert [v.number for v in tables(player).history("tuyen-quang")] == [1]
