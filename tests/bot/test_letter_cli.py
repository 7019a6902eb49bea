"""`python -m bot letter`: the JSON keys, and one line on stderr with exit 2 for bad input."""

from __future__ import annotations

import json

from bot.cli import main
from knowledge.catalogue.loader import DATA_DIR

KEYS = {"number", "date", "sender", "subject", "tasks", "problems"}
TASK_KEYS = {
    "title", "deadline", "deadline_text", "recurrence", "units", "supporting", "forms",
    "recipient", "steps", "contents", "source",
}  # fmt: skip


def test_a_seed_letter_as_json(capsys):
    path = DATA_DIR / "letters" / "001_6a77b38c25cc86d4.txt"
    assert main(["letter", str(path), "--json"]) == 0  # its place names Khánh Hòa
    out = json.loads(capsys.readouterr().out)
    assert set(out) == KEYS and all(set(t) == TASK_KEYS for t in out["tasks"])
    assert out["tasks"][2]["recurrence"] == {"every": "month", "day": 1, "first": "2020-05-01"}


def test_bad_files_exit_2_with_one_line(tmp_path, capsys):
    binary = tmp_path / "x.docx"
    binary.write_bytes(b"PK\x03\x04garbage")
    for path in (binary, tmp_path / "missing.txt"):
        assert main(["letter", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
    dated = tmp_path / "bad.txt"
    dated.write_text("Số: 1/SYT\nTuyên Quang, ngày 31 tháng 4 năm 2021\nKính gửi: Sở Tư pháp.\n")
    assert main(["letter", str(dated)]) == 2
    captured = capsys.readouterr()
    assert "31/4/2021 không có thật" in captured.err and "Chưa đọc được" in captured.out
