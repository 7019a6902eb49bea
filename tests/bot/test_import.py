"""Importing a provincial assignment table: a good file loads and the bot uses it; a bad one is
refused whole.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from bot.player import Player
from db import session
from db.import_repo import ImportRepo
from db.session import make_sessions
from tests.botkit import ADMIN, start_on, texts
from tests.clikit import run_cli

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return run_cli(*args)


def imported(db):
    """Read through the engine the command line opened (tests/bot/test_import_versions.py,
    repo)."""
    return ImportRepo(make_sessions(session.make_engine(db))).load


async def test_good_table_loads_and_the_bot_answers_from_it(tmp_path, db_factory):
    db = db_factory("i")
    done = run(
        "import",
        "examples/import_ok.csv",
        "--province",
        "ha-giang",
        "--name",
        "Hà Giang",
        "--db",
        db,
        "--apply",
    )
    assert done.returncode == 0, done.stderr
    name, decision, _source, rows = imported(db)("ha-giang")
    assert (name, decision, len(rows)) == ("Hà Giang", "406", 4)
    # 406-15 found by its name
    assert [r.key for r in rows] == ["406-14", "406-15", "406-22", "406-11/Y tế"]
    assert rows[2].lead == ("Sở Giao thông vận tải", "Sở Y tế")
    plan = run(
        "reminders",
        "plan",
        "--from",
        "2022-06-20",
        "--to",
        "2022-06-30",
        "--province",
        "ha-giang",
        "--db",
        db,
    )
    # "Tháng 6/2022"
    # 7 working days before Thursday 30/6/2022
    assert "2022-06-21 Sở Xây dựng: hạn 30/6/2022 (còn 9 ngày) — 406-14" in plan.stdout
    player = Player(db, [ADMIN], province="ha-giang", files_dir=tmp_path)
    await start_on(player, "@ 2022-05-02 09:00")
    try:
        out = texts(await player.send(1001, "Sở Xây dựng phải làm gì"), 1001)
        assert "Hà Giang" in out[0] and "406-14" in out[0] and "30/6/2022" in out[0]
        assert "406-54" not in out[0]  # Tuyên Quang's table is not Hà Giang's
    finally:
        await player.stop()


def test_bad_table_refused_whole_with_line_numbers(tmp_path, db_factory):
    db = db_factory("b")
    ok = run("import", "examples/import_ok.csv", "--db", db, "--apply", "--replace")
    assert ok.returncode == 0, ok.stderr
    before = imported(db)("tuyen-quang")
    refused = run("import", "examples/import_bad.csv", "--province", "tuyen-quang", "--db", db)
    # bad input: exit 2, one line on stderr naming every bad line
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert "dòng 3: không có mục '406-99'" in refused.stderr
    assert "dòng 4: cơ quan chủ trì không rõ: “Sở Vũ Trụ”" in refused.stderr
    assert "dòng 5: thời hạn không hợp lệ" in refused.stderr
    assert imported(db)("tuyen-quang") == before  # nothing changed, not even the good line 2


def test_xlsx_table_and_missing_columns(tmp_path, db_factory):
    book = Workbook()
    sheet = book.active
    sheet.append(["Tên dịch vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"])
    sheet.append(["Cấp giấy phép xây dựng nhà ở riêng lẻ", "Sở XD", None, "Quý II/2022"])
    sheet.append(["406-16", "Sở GD&ĐT", "Sở TT&TT", "Trước ngày 30/9/2022"])
    path = tmp_path / "bieu01.xlsx"
    book.save(path)
    db = db_factory("x")
    done = run(
        "import", str(path), "--province", "tuyen-quang", "--db", db, "--apply", "--replace"
    )
    assert done.returncode == 0, done.stderr
    rows = imported(db)("tuyen-quang")[3]
    assert [(r.key, r.lead, r.coordinate) for r in rows] == [
        ("406-14", ("Sở Xây dựng",), ()),
        ("406-16", ("Sở Giáo dục và Đào tạo",), ("Sở Thông tin và Truyền thông",)),
    ]
    headless = tmp_path / "no_header.csv"
    headless.write_text("406-14,Sở Xây dựng\n", encoding="utf-8")
    refused = run("import", str(headless), "--province", "tuyen-quang", "--db", db)
    assert refused.returncode == 2 and "không thấy dòng tiêu đề" in refused.stderr
    unknown = run("import", "examples/import_ok.csv", "--province", "xyz", "--db", db)
    assert unknown.returncode == 2 and "--name" in unknown.stderr
