import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT,
                          input=stdin, timeout=60)


def test_ask_json_matches_the_brief():
    out = run("ask", "Sở Xây dựng phải làm gì, hạn khi nào?", "--today", "2021-04-13", "--json")
    data = json.loads(out.stdout)
    assert data["intent"] == "agency" and data["agency"] == "Sở Xây dựng"
    assert [i["key"] for i in data["items"]] == ["406-14", "406-15", "406-54", "406-11/Xây dựng"]
    assert data["items"][0] == {"key": "406-14", "decision": "406", "number": "14", "sub": None,
                                "title": "Cấp giấy phép xây dựng nhà ở riêng lẻ", "level": 4, "role": "lead",
                                "deadline": "2021-05-31", "deadline_text": "Tháng 5/2021",
                                "national_deadline": "2021-06-30"}
    assert [t["deadline"] for t in data["tasks"]] == ["2021-04-20", "2021-05-20"]
    assert "còn 7 ngày" in data["text"]


def test_ask_batch_one_json_per_line():
    out = run("ask", "--batch", "--today", "2021-04-13", stdin="gpxd\n406-99\n\nmục 16\n")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["intent"] for line in lines] == ["service", "item", "unknown", "item"]
    assert lines[0]["items"][0]["key"] == "406-14"


def test_ask_plain_text_and_bad_province():
    assert "406-14" in run("ask", "giấy phép xây dựng", "--today", "2021-04-13").stdout
    bad = run("ask", "x", "--province", "ha-noi")
    assert bad.returncode == 2 and "Không có tỉnh" in bad.stderr
