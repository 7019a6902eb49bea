"""The demo's console: who its lines speak as is said first, and `--as` chooses it (ux24: with
`--admin 9000` the console spoke as 1001, and the coordinator's first /nopbai tinh was refused
without a word of why)."""

from __future__ import annotations

from tests.clikit import run_cli


def test_the_console_says_who_speaks_and_as_chooses_the_admin(tmp_path):
    db = f"sqlite:///{tmp_path / 'console.db'}"
    done = run_cli("demo", "--admin", "9000", "--db", db, stdin="/nopbai tinh\n")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    said = next(i for i, line in enumerate(lines) if line.startswith("Bạn là người dùng"))
    assert lines[said].startswith(
        "Bạn là người dùng 1001, chưa là quản trị viên (quản trị viên là 9000: chạy lại với "
        "--as 9000, hoặc gõ '9000 > /duyet 1001' để nói thay)"
    )
    assert "bot → 1001: Chỉ quản trị viên" in done.stdout  # refused, after being told why
    done = run_cli("demo", "--admin", "9000", "--as", "9000", "--db", db, stdin="/nopbai tinh\n")
    assert done.returncode == 0, done.stderr
    assert "Bạn là người dùng 9000, quản trị viên (--as)" in done.stdout
    assert "bot → 9000: Tình hình nộp hồ sơ — Tuyên Quang" in done.stdout
    assert "bot → 1001" not in done.stdout


def test_as_must_be_a_user_id():
    done = run_cli("demo", "--as", "coordinator")
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
