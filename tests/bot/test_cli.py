import json
import subprocess
import sys
from pathlib import Path

from tests.clikit import run_cli

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        timeout=60,
    )


def test_ask_json_matches_the_brief():
    out = run_cli(
        "ask", "Sở Xây dựng phải làm gì, hạn khi nào?", "--today", "2021-04-13", "--json"
    )
    data = json.loads(out.stdout)
    assert data["intent"] == "agency" and data["agency"] == "Sở Xây dựng"
    assert [i["key"] for i in data["items"]] == ["406-14", "406-15", "406-54", "406-11/Xây dựng"]
    assert data["items"][0] == {
        "key": "406-14",
        "decision": "406",
        "number": "14",
        "sub": None,
        "title": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "level": 4,
        "role": "lead",
        "deadline": "2021-05-31",
        "deadline_text": "Tháng 5/2021",
        "national_deadline": "2021-06-30",
    }
    assert [t["deadline"] for t in data["tasks"]] == ["2021-04-20", "2021-05-20"]
    assert "còn 7 ngày" in data["text"]


def test_ask_batch_one_json_per_line():
    out = run_cli("ask", "--batch", "--today", "2021-04-13", stdin="gpxd\n406-99\n\nmục 16\n")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["intent"] for line in lines] == ["service", "item", "unknown", "item"]
    assert lines[0]["items"][0]["key"] == "406-14"


def test_ask_plain_text_and_bad_province():
    assert "406-14" in run_cli("ask", "giấy phép xây dựng", "--today", "2021-04-13").stdout
    # `ask` in a real process of its own, once: the refusal's exit status and its one line on
    # stderr as a shell sees them (the other tests of `ask` run it in this process, clikit)
    bad = run("ask", "x", "--province", "ha-noi")
    assert bad.returncode == 2 and "Không có tỉnh" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and not bad.stdout


def test_ask_as_an_officer_of_an_agency():
    """--agency: "bên em" is that agency; fresh (no --db), nothing is reported yet."""
    out = run_cli(
        "ask", "--json", "--today", "2021-04-22", "--agency", "so y te", "bên em còn gì chưa xong"
    )
    data = json.loads(out.stdout)
    assert (data["intent"], data["agency"], data["sure"]) == ("progress", "Sở Y tế", True)
    standing = {t["id"]: t["standing"] for t in data["tasks"]}
    assert standing == {"tq-2021-04-20": "late", "tq-2021-05-20": "open"}
    assert data["items"] and all(i["unit"] == "Sở Y tế" for i in data["items"])
    late = json.loads(
        run_cli(
            "ask", "--json", "--today", "2021-04-22", "--agency", "Sở Y tế", "có gì trễ hạn không"
        ).stdout
    )
    assert [t["id"] for t in late["tasks"]] == ["tq-2021-04-20"] and late["items"] == []
    bad = run_cli("ask", "--agency", "Sở Không Có", "bên em còn gì")
    assert bad.returncode == 2 and "Không nhận ra cơ quan" in bad.stderr and not bad.stdout


def test_ask_says_absent_and_unknown():
    lines = run_cli(
        "ask",
        "--batch",
        "--today",
        "2021-04-13",
        stdin="cấp giấy phép tổ chức lễ hội\ngiá vàng hôm nay\n",
    ).stdout.splitlines()
    absent, unknown = (json.loads(line) for line in lines)
    assert (absent["intent"], absent["sure"], absent["items"]) == ("absent", True, [])
    assert (unknown["intent"], unknown["sure"], unknown["items"]) == ("unknown", False, [])


def test_reminders_plan_reads_statuses_from_the_database(tmp_path, db_factory):
    db = db_factory("plan")
    before = [
        json.loads(line)
        for line in run_cli(
            "reminders", "plan", "--from", "2021-05-24", "--to", "2021-05-31", "--json", "--db", db
        ).stdout.splitlines()
    ]
    building = [r for r in before if r["agency"] == "Sở Xây dựng"]
    # the late dossiers on the agency's overdue day, Mondays, beside that day's other reminders
    assert [(r["day"], r["offset"], r["keys"]) for r in building] == [
        ("2021-05-24", -34, ["tq-2021-04-20"]),
        ("2021-05-24", -4, ["tq-2021-05-20"]),
        ("2021-05-26", 3, ["406-14", "406-15"]),  # working days: 7 before 31/5 is 20/5
        ("2021-05-28", 1, ["406-14", "406-15"]),
        ("2021-05-31", -41, ["tq-2021-04-20"]),
        ("2021-05-31", -11, ["tq-2021-05-20"]),
        ("2021-05-31", 0, ["406-14", "406-15"]),
    ]
    assert (
        run_cli(
            "demo", "--script", "examples/demo.script", "--admin", "9000", "--db", db
        ).returncode
        == 0
    )
    after = run_cli(
        "reminders", "plan", "--from", "2021-05-24", "--to", "2021-05-31", "--json", "--db", db
    )
    building = [json.loads(line) for line in after.stdout.splitlines() if "Sở Xây dựng" in line]
    rows = [r for r in building if r["deadline"] == "2021-05-31"]
    assert rows[0]["keys"] == ["406-15"] and not [r for r in building if "406-14" in r["keys"]]
    plain = run_cli("reminders", "plan", "--from", "2021-05-29", "--to", "2021-05-30", "--db", db)
    assert "Không có nhắc hạn nào" in plain.stdout  # a weekend
    assert (
        run_cli(
            "reminders", "plan", "--from", "2021-06-01", "--to", "2021-05-01", "--db", db
        ).returncode
        == 2
    )


def test_web_demo_prints_a_signed_url_that_opens_the_desk():
    import signal
    import socket
    import urllib.request
    from urllib.parse import unquote, urlsplit

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "web", "--demo", "--as", "9000", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        head = proc.stdout.readline()
        url = proc.stdout.readline().strip()
        assert "người dùng 9000: quản trị viên" in head and "13/4/2021" in head
        parts = urlsplit(url)
        assert parts.netloc == f"127.0.0.1:{port}" and parts.fragment.startswith("tgWebAppData=")
        init_data = unquote(parts.fragment.removeprefix("tgWebAppData="))
        request = urllib.request.Request(
            url.split("#")[0] + "api/desk", headers={"Authorization": "tma " + init_data}
        )
        with urllib.request.urlopen(request, timeout=20) as response:
            board = json.loads(response.read())
        assert board["user"]["admin"] and board["today_text"] == "13/4/2021"
    finally:
        # SIGTERM, as a service manager or `kill` stops it (SIGINT, Ctrl-C, takes the same
        # path): the desk and the bot stopped cleanly, exit 0, no traceback
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, proc.stderr.read()[-2000:]
    assert proc.stdout.read().strip().endswith("Đã dừng bảng theo dõi.")
    assert "Traceback" not in proc.stderr.read()


def test_web_without_demo_says_how_in_one_line():
    out = run_cli("web", "--as", "9000")
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "python -m bot run" in out.stderr


def test_a_mistyped_command_line_is_one_vietnamese_line():
    """argparse's own refusals (a missing command, a bad number, an unknown option) were its
    English usage block; now one line, exit 2, as every other refusal of the command line."""
    cases = [
        ((), "thiếu lệnh"),
        (("nope",), "không có 'nope' (chọn một trong: 'ask'"),
        (("demo", "--nope"), "không nhận ra --nope"),
        (("import", "--rollback", "abc"), "--rollback: giá trị không hợp lệ 'abc'"),
        (("import", "--rollback"), "--rollback cần một giá trị"),
        (("ask", "--today", "2021-13-01", "gpxd"), "--today: ngày không hợp lệ"),
        (("reminders",), "python -m bot reminders: thiếu lệnh"),
    ]
    for args, said in cases:
        out = run_cli(*args)
        assert out.returncode == 2 and not out.stdout, args
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert said in out.stderr and "usage" not in out.stderr and "error" not in out.stderr


def test_help_is_in_vietnamese_and_says_what_each_option_means():
    """-h printed argparse's English headings ("usage:", "options", "show this help message and
    exit") and bare options (--db, --json, --province with no word on them)."""
    for args in (("-h",), ("ask", "-h"), ("reminders", "plan", "-h"), ("letter", "-h")):
        out = run_cli(*args)
        assert out.returncode == 0 and out.stdout.startswith("Cách dùng: python -m bot"), args
        for english in ("usage", "options", "positional arguments", "show this help"):
            assert english not in out.stdout, (args, english)
    # every option and argument of every command says what it is
    import argparse

    from bot.cli import build_parser

    parsers = [build_parser()]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers += action.choices.values()
            else:
                assert action.help, (parser.prog, action.dest)
    plain = run_cli("ask", "-h").stdout
    assert "--json               in JSON thay cho văn bản" in plain
    assert "--db DB              trả lời tiến độ theo trạng thái trong CSDL này" in plain


def test_a_script_that_cannot_be_read_is_one_line(tmp_path):
    """A folder, a missing file, a binary: `demo --script` and `web --demo --script` said so in
    one line and exit 2 (it was a traceback), before any bot is started."""
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    cases = [
        (str(tmp_path), "là một thư mục"),
        (str(tmp_path / "none.script"), "không có tệp này"),
        (str(binary), "không phải văn bản UTF-8"),
    ]
    for path, said in cases:
        for args in (
            ("demo", "--script", path),
            ("web", "--demo", "--as", "9000", "--script", path),
        ):
            out = run_cli(*args)
            assert out.returncode == 2 and not out.stdout, args
            assert out.stderr.strip() == f"Không đọc được kịch bản {path}: {said}"


def test_bot_province_is_the_province_of_ask_and_demo_unless_given(monkeypatch, tmp_path):
    """ux21 #13: the README's configuration table sets the province by BOT_PROVINCE; `ask` and
    `demo` answered as Tuyên Quang whatever it said. `--province` still wins."""
    monkeypatch.setenv("BOT_PROVINCE", "khanh-hoa")
    said = run_cli("ask", "so tttt phai lam gi", "--today", "2020-04-14").stdout
    assert said.startswith("Sở Thông tin và Truyền thông — Khánh Hòa:"), said
    given = run_cli(
        "ask", "so tttt phai lam gi", "--province", "tuyen-quang", "--today", "2021-04-14"
    )
    assert given.stdout.startswith("Sở Thông tin và Truyền thông — Tuyên Quang:"), given.stdout
    script = tmp_path / "start.script"
    script.write_text("1001 > /start\n", encoding="utf-8")
    demo = run_cli("demo", "--script", str(script), "--db", f"sqlite:///{tmp_path / 'd.db'}")
    assert "trợ lý hạn DVCTT của tỉnh Khánh Hòa" in demo.stdout, demo.stdout[:300]
