"""`python -m bot demo --script` runs on the script's day, never the machine's (ux12 item 7): a
script with no clock line runs on `--today` (else the plan's first day), and the bot's start-up
catch-up of missed reminders runs on the day the script starts, not on the day the demo is run."""

from __future__ import annotations

import json
from argparse import Namespace
from datetime import date

from bot.demo import play
from bot.script_file import clock_moment, start_moment
from knowledge.render.answers import to_plain


def demo_args(script, db, today=None) -> Namespace:
    return Namespace(
        script=str(script),
        admin=[9000],
        db=db,
        json=True,
        config=None,
        today=today,
        province="tuyen-quang",
    )


async def played(tmp_path, capsys, name, lines, db, today=None) -> list[dict]:
    script = tmp_path / name
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert await play(demo_args(script, db, today)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def sent(calls) -> list[str]:
    return [to_plain(c["text"] or "") for c in calls if c["method"] == "sendMessage"]


async def test_a_script_without_a_clock_line_runs_on_today(tmp_path, capsys, db_url):
    calls = await played(
        tmp_path,
        capsys,
        "noclock.script",
        ["9000 > /nopbai tinh"],
        db_url,
        today=date(2021, 4, 13),
    )
    board = sent(calls)[-1]
    assert "tính đến 13/4/2021" in board and "hạn 20/4/2021 (còn 7 ngày)" in board
    assert all(c["at"].startswith("2021-04-13T08:00") for c in calls)


async def test_without_today_a_script_starts_in_the_plan(tmp_path, capsys, db_url):
    calls = await played(tmp_path, capsys, "plan.script", ["9000 > /nopbai tinh"], db_url)
    assert "tính đến 13/4/2021" in sent(calls)[-1]


async def test_a_second_run_catches_up_on_the_scripts_day(tmp_path, capsys, db_url):
    """The first run leaves an officer with late tasks; the second starts at 2/6/2021 09:00.
    Started on the machine's clock, its catch-up reminded the officer of 2026 dates."""
    await played(
        tmp_path,
        capsys,
        "first.script",
        [
            "@ 2021-05-10 09:00",
            "4001 Lê Thị Y > /dangky so y te",
            "9000 > /duyet 4001",
            "@ 2021-05-24 08:00",
        ],
        db_url,
    )
    calls = await played(
        tmp_path,
        capsys,
        "second.script",
        ["@ 2021-06-02 09:00", "4001 > /quahan"],
        db_url,
    )
    assert calls and all(c["at"].startswith("2021-06-02") for c in calls)
    texts = sent(calls)
    assert not [t for t in texts if "2026" in t or "2025" in t]
    # the start's catch-up, shown first (refused: this run's emulator has not seen 4001 write)
    reminders = [t for t in texts if t.startswith("⏰")]
    assert reminders and all("(Thứ Tư, 2/6/2021)" in t for t in reminders)
    assert "Biểu 02" in reminders[0] and "quá hạn 43 ngày" in reminders[0]


def test_clock_lines():
    assert clock_moment("@ 2021-04-13 8:05").isoformat() == "2021-04-13T08:05:00+07:00"
    assert clock_moment("@ 2021-04-13").hour == 8
    assert clock_moment("@ 2021-02-30 08:00") is None  # no such day: the player says so
    assert clock_moment("1001 > @ 2021-04-13") is None
    plan = date(2021, 4, 13)
    # a script's own first clock line, when nothing comes before it but comments
    assert start_moment(["# x", "", "@ 2021-06-02 09:00"], None, plan).day == 2
    # something happens first: the plan's day
    assert start_moment(["1001 > hi", "@ 2021-06-02 09:00"], None, plan).month == 4
    assert start_moment(["@ 2021-06-02 09:00"], date(2021, 5, 3), plan).day == 3
