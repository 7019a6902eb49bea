"""An imported table stores what it names as the documents print it (ux13 #10): a deadline
typed without marks ("Thang 7/2021") is "Tháng 7/2021", as "So XD" on the same line is "Sở Xây
dựng"; a table is an .xlsx, a .csv or a .tsv (tab separated, as the seed table and rows pasted
from a spreadsheet are, ux38 #9), and a file of another name (.txt) is read only when its columns
are comma separated, else refused in one line naming the separator found.
"""

from __future__ import annotations

from db import session
from db.import_repo import ImportRepo
from db.session import make_sessions
from tests.clikit import run_cli

LINES = ["Mục,Chủ trì,Phối hợp,Thời hạn", "406-14,So XD,,Thang 7/2021", "406-15,SXD,,quy 3/2021"]


def in_force(db: str):
    _, _, _, rows = ImportRepo(make_sessions(session.make_engine(db))).load("tuyen-quang")
    return {r.key: r for r in rows}


def test_a_deadline_typed_without_marks_is_stored_as_printed(tmp_path, db_factory):
    db = db_factory("typed")
    table = tmp_path / "m1.csv"
    table.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    done = run_cli("import", str(table), "--merge", "--apply", "--db", db)
    assert done.returncode == 0, done.stderr
    # the file's own count, then the table it makes (it read "Tệp m1.csv: 43 mục", ux18)
    assert done.stdout.startswith(f"Tệp m1.csv ({len(LINES) - 1} dòng) ghép vào bảng: 43 mục.")
    assert "đổi 406-14: hạn Tháng 5/2021 → Tháng 7/2021" in done.stdout
    assert "đổi 406-15: hạn Tháng 5/2021 → Quý III/2021" in done.stdout
    rows = in_force(db)
    assert rows["406-14"].deadline_text == "Tháng 7/2021"
    assert rows["406-14"].lead == ("Sở Xây dựng",)
    assert rows["406-15"].deadline_text == "Quý III/2021"


def test_a_plain_date_is_read_as_giao_reads_it(tmp_path, db_factory):
    """ "31/12/2021" in a cell, the way a spreadsheet shows a date, refused the whole file
    while `/giao 406-19 han 31/12/2021` took it (ux14b item 7): one reading for both."""
    db = db_factory("plain date")
    table = tmp_path / "m4.csv"
    table.write_text(
        "Mục,Chủ trì,Phối hợp,Thời hạn\n406-19,So Tai nguyen va Moi truong,,31/12/2021\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(table), "--merge", "--apply", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "đổi 406-19: hạn Tháng 5/2021 → Trước ngày 31/12/2021" in done.stdout
    assert in_force(db)["406-19"].deadline_text == "Trước ngày 31/12/2021"
    # a day that does not exist: one line, nothing changed
    table.write_text(
        "Mục,Chủ trì,Phối hợp,Thời hạn\n406-19,So Tai nguyen va Moi truong,,31/9/2021\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(table), "--merge", "--apply", "--db", db)
    assert done.returncode == 2 and "ngày 31/9/2021 không có" in done.stderr
    assert in_force(db)["406-19"].deadline_text == "Trước ngày 31/12/2021"


def test_a_tsv_is_read_as_the_csv_is_and_a_txt_only_comma_separated(tmp_path, db_factory):
    db = db_factory("tsv")
    commas = tmp_path / "m1.tsv"
    commas.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    done = run_cli("import", str(commas), "--merge", "--db", db)
    assert done.returncode == 0 and "Tháng 7/2021" in done.stdout, done.stderr

    other = tmp_path / "m3.txt"
    other.write_text("\n".join(x.replace(",", ";") for x in LINES), encoding="utf-8")
    done = run_cli("import", str(other), "--merge", "--apply", "--db", db)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("Tệp m3.txt: chỉ nhận bảng .xlsx, .csv hoặc .tsv"), line
    assert "tệp này có các cột cách nhau bằng dấu chấm phẩy" in line
    loaded = ImportRepo(make_sessions(session.make_engine(db))).load("tuyen-quang")
    assert loaded is None  # nothing applied: still the data files' table

    # rows pasted from a spreadsheet: tab separated, checked as the .xlsx is (a day that does
    # not exist refuses the file in one line), then applied as the .csv is
    tabs = tmp_path / "m2.tsv"
    tabs.write_text("\n".join(x.replace(",", "\t") for x in [*LINES, "406-19,,,31/9/2021"]))
    done = run_cli("import", str(tabs), "--merge", "--apply", "--db", db)
    assert done.returncode == 2 and "ngày 31/9/2021 không có" in done.stderr, done.stderr
    assert ImportRepo(make_sessions(session.make_engine(db))).load("tuyen-quang") is None
    tabs.write_text("\n".join(x.replace(",", "\t") for x in LINES), encoding="utf-8")
    done = run_cli("import", str(tabs), "--merge", "--apply", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "đổi 406-14: hạn Tháng 5/2021 → Tháng 7/2021" in done.stdout
    assert in_force(db)["406-15"].deadline_text == "Quý III/2021"
