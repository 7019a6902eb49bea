"""A mistyped path on the command line (ux13 #6): a command that only reads refuses a SQLite
database that does not exist, instead of creating it (with its folder) and answering "nothing
reported"; `export` refuses a folder that does not exist and a name that is not .xlsx. Each is
one line on stderr and exit 2, and nothing is created.
"""

from __future__ import annotations

import pytest

from db.session import open_database
from tests.clikit import run_cli


@pytest.mark.parametrize(
    "command",
    [
        ("status", "--json"),
        ("ask", "gpxd"),
        ("reminders", "plan", "--from", "2021-06-20", "--to", "2021-06-21"),
        ("export", "bieu02", "--out", "{tmp}/ok.xlsx"),
    ],
)
def test_a_reading_command_refuses_a_database_that_does_not_exist(tmp_path, command):
    url = f"sqlite:///{tmp_path}/missing/x.db"
    args = [part.format(tmp=tmp_path) for part in command]
    done = run_cli(*args, "--db", url)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith(f"Không có cơ sở dữ liệu {url}: tệp {tmp_path}/missing/x.db không")
    assert not (tmp_path / "missing").exists() and not (tmp_path / "ok.xlsx").exists()


def test_a_reading_command_reads_a_database_that_exists(tmp_path):
    url = f"sqlite:///{tmp_path}/x.db"
    open_database(url).dispose()  # made as the bot makes it
    done = run_cli("status", "--json", "--db", url)
    assert done.returncode == 0 and done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "out, says",
    [
        ("{tmp}/nowhere/x.xlsx", "Không có thư mục {tmp}/nowhere: tạo thư mục trước"),
        ("{tmp}/x.txt", "Tệp ra {tmp}/x.txt phải có đuôi .xlsx"),
    ],
)
def test_export_refuses_a_missing_folder_and_a_name_that_is_not_xlsx(tmp_path, out, says):
    url = f"sqlite:///{tmp_path}/x.db"
    target = out.format(tmp=tmp_path)
    done = run_cli("export", "bieu02", "--out", target, "--db", url)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(says.format(tmp=tmp_path)), line
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no folder, file nor database


def test_export_writes_an_xlsx_into_a_folder_that_exists(tmp_path):
    url = f"sqlite:///{tmp_path}/x.db"
    open_database(url).dispose()
    done = run_cli("export", "tiendo", "--out", str(tmp_path / "t.XLSX"), "--db", url)
    assert done.returncode == 0 and (tmp_path / "t.XLSX").read_bytes()[:2] == b"PK"
