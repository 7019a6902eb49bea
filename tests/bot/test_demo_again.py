"""A second `demo --db` run on the database of a first: its officers had opened the bot, and
the first reminder of the second run to each was refused as to someone who never did (ux14b
item 10)."""

from __future__ import annotations

import json
import sqlite3

from bot.cli import build_parser
from bot.demo import play
from tests.clikit import run_cli


def test_a_second_run_on_the_same_database_reminds_the_officers_of_the_first(tmp_path, db_factory):
    db = db_factory("again")
    first = tmp_path / "first.script"
    first.write_text(
        "@ 2021-04-13 09:00\n1001 Nguyễn Văn An > /dangky so xay dung\n9000 > /duyet 1001\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.script"
    second.write_text("@ 2021-04-16 08:00\n", encoding="utf-8")
    done = run_cli("demo", "--script", str(first), "--admin", "9000", "--db", db)
    assert done.returncode == 0, done.stderr
    done = run_cli("demo", "--script", str(second), "--admin", "9000", "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    calls = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    to_officer = [c for c in calls if c["chat_id"] == 1001 and c["method"] == "sendMessage"]
    assert to_officer and all(c["error"] is None for c in to_officer)
    assert any("Nhắc hạn" in (c["text"] or "") for c in to_officer)


async def test_a_name_given_in_a_first_run_signs_the_writes_of_the_next(tmp_path, capsys):
    """ux32 (also seen): a ghi thay in a later run on the same database said "Do User 9000"
    though the first run had named the coordinator: the demo keeps the names it was given
    beside the database, as Telegram keeps an account's name. Both runs in this process."""
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    first = tmp_path / "first.script"
    first.write_text("@ 2021-04-13 09:00\n9000 Tran Dieu Phoi > /start\n", encoding="utf-8")
    second = tmp_path / "second.script"
    second.write_text(
        "@ 2021-04-14 09:00\n9000 > /capnhat 406-14 so xay dung xong\n", encoding="utf-8"
    )
    for script in (first, second):
        args = build_parser().parse_args(["demo", "--script", str(script), "--db", db])
        assert await play(args) == 0
    said = capsys.readouterr().out
    assert "Do Tran Dieu Phoi ghi thay Sở Xây dựng." in said, said
    assert "User 9000" not in said
    with sqlite3.connect(tmp_path / "demo.db") as stored:  # signed so in the database too
        rows = stored.execute("SELECT key, behalf FROM status_changes").fetchall()
    assert rows == [("406-14", "Tran Dieu Phoi")]
    assert "sớm hơn" not in said + capsys.readouterr().err  # each run after the one before

    # a third run set before the second's day is told so in one line (ux38 #12)
    first.write_text("@ 2021-04-13 10:00\n", encoding="utf-8")
    args = build_parser().parse_args(["demo", "--script", str(first), "--db", db])
    assert await play(args) == 0
    [line] = [x for x in capsys.readouterr().err.splitlines() if "sớm hơn" in x]
    assert line.startswith("⚠️ Đồng hồ 13/4/2021 sớm hơn ngày cuối của cơ sở dữ liệu (14/4/2021)")
