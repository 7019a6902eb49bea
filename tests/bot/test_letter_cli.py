"""`python -m bot letter`: the JSON keys, and one line on stderr with exit 2 for bad input;
`--publish`, `--history`, `--withdraw`, `--rollback` on a database."""

from __future__ import annotations

import json
from pathlib import Path

from bot.cli import main
from knowledge.catalogue.loader import DATA_DIR

ROOT = Path(__file__).resolve().parents[2]
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
    # the reason in Vietnamese, not the system's English
    assert main(["letter", str(tmp_path / "missing.txt")]) == 2
    assert "không có tệp này" in capsys.readouterr().err
    assert main(["letter", str(tmp_path)]) == 2
    assert "là một thư mục" in capsys.readouterr().err
    dated = tmp_path / "bad.txt"
    dated.write_text("Số: 1/SYT\nTuyên Quang, ngày 31 tháng 4 năm 2021\nKính gửi: Sở Tư pháp.\n")
    assert main(["letter", str(dated)]) == 2
    captured = capsys.readouterr()
    assert "31/4/2021 không có thật" in captured.err and "Chưa đọc được" in captured.out


def test_a_letter_read_whole_with_a_doubt_exits_0_and_says_it(tmp_path, capsys, db_url):
    letter = tmp_path / "hn.txt"
    letter.write_text(
        "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 41/SNV-CCVC\nV/v cử cán bộ dự tập huấn\n"
        "Tuyên Quang, ngày 02 tháng 10 năm 2023\n\nKính gửi: Các sở, ban, ngành.\n\n"
        "Các cơ quan gửi danh sách cán bộ dự tập huấn về Sở Nội vụ trong vòng 03 ngày làm việc "
        "kể từ ngày ký văn bản này.\nTrân trọng./.\n"
    )
    assert main(["letter", str(letter)]) == 0  # Monday 2/10 + 3 working days
    captured = capsys.readouterr()
    assert "5/10/2023" in captured.out and "Cần kiểm tra trước khi công bố" in captured.out
    assert "Chưa đọc được" not in captured.out and "1 chỗ cần kiểm tra" in captured.err
    # nothing is published before the coordinator has checked it
    assert main(["letter", str(letter), "--publish", "--db", db_url]) == 2
    assert "chưa công bố được" in capsys.readouterr().err


def test_publish_history_withdraw_and_rollback(db_url, capsys):
    letter = str(ROOT / "examples" / "letter_2021-08.txt")
    assert main(["letter", letter, "--publish", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "Đã công bố Công văn số 512/STTTT-CNTT" in out and "phiên bản 1 (trước đó: 0)" in out
    assert "tq-2021-08-20 · " in out and "tq-2021-09-25 · " in out
    assert main(["letter", "--withdraw", "1", "--db", db_url]) == 0
    assert "thôi theo dõi tq-2021-08-20, tq-2021-09-25" in capsys.readouterr().out
    assert main(["letter", "--rollback", "1", "--db", db_url]) == 0
    assert "nay là phiên bản 3 (1 công văn" in capsys.readouterr().out
    assert main(["letter", "--history", "--db", db_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" · ")[0] for line in lines[:4]] == ["0", "1", "2", "3"]
    assert lines[3].endswith("← đang dùng") and "quay lại phiên bản 1" in lines[3]
    # the same letter published again from the command line: refused, in one line
    assert main(["letter", letter, "--publish", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "đã được công bố và đang theo dõi" in err
    # what cannot be done: one line, exit 2, nothing changed
    for args in (["--rollback", "9"], ["--withdraw", "7"]):
        assert main(["letter", *args, "--db", db_url]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_a_letter_with_no_date_and_a_note_exit_2_with_one_line(tmp_path, capsys):
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố:    /STTTT-BCVT\nV/v rà soát điểm bưu chính\n"
        "Tuyên Quang, ngày    tháng    năm\nKính gửi: UBND các huyện, thành phố.\n"
        "Căn cứ Luật Bưu chính ngày 17 tháng 6 năm 2010, đề nghị các đơn vị rà soát, gửi kết "
        "quả về Sở ngay sau khi hoàn thành.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n",
        encoding="utf-8",
    )
    note = tmp_path / "note.txt"
    note.write_text("Việc cần làm: nhắc Sở Y tế gửi Biểu 02 trước 20/5/2021.\n", encoding="utf-8")
    for path, why in ((undated, "không có ngày tháng"), (note, "không phải một công văn")):
        assert main(["letter", str(path), "--json"]) == 2
        captured = capsys.readouterr()
        assert captured.err.count("\n") == 1 and why in captured.err
        assert json.loads(captured.out)["tasks"] == []


def test_a_draft_with_problems_is_not_published(tmp_path, db_url, capsys):
    text = (ROOT / "examples" / "letter_2021-08.txt").read_text(encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(text.replace("trước ngày 20/8/2021", "trước ngày 31/9/2021"), encoding="utf-8")
    assert main(["letter", str(bad), "--publish", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "31/9/2021 không có thật" in err
    assert main(["letter", "--history", "--db", db_url]) == 0
    assert capsys.readouterr().out.splitlines() == ["0 · chưa công bố công văn nào ← đang dùng"]


def test_a_report_of_the_month_before_prints_exactly_the_keys(tmp_path, capsys):
    # the lag of a report due the month after the one it reports is kept by the draft and
    # the published task, never printed: `--json` holds exactly the keys
    from tests.knowledge.reader.test_report_periods import LETTER

    path = tmp_path / "cv615.txt"
    signed = LETTER + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n"
    path.write_text(signed, encoding="utf-8")
    assert main(["letter", str(path), "--json", "--province", "tuyen-quang"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == KEYS and [set(t) for t in out["tasks"]] == [TASK_KEYS]
    assert out["tasks"][0]["recurrence"] == {"every": "month", "day": 10, "first": "2021-11-10"}


def test_a_letter_dated_after_today_is_said_as_the_chat_says_it(capsys):
    letter = str(ROOT / "examples" / "letter_2021-08.txt")  # dated 2/8/2021
    assert main(["letter", letter, "--today", "2021-04-13"]) == 0  # said, not refused
    out = capsys.readouterr().out
    assert (
        "🔎 cần kiểm tra: công văn ghi ngày 2/8/2021, sau hôm nay (13/4/2021): kiểm tra lại "
        "ngày của công văn"
    ) in out
    assert main(["letter", letter, "--today", "2021-08-02"]) == 0
    assert "sau hôm nay" not in capsys.readouterr().out


def test_a_unit_left_unplaced_is_a_review_note_not_a_problem_of_the_json(capsys):
    # A good letter whose §4 names a unit with no duty of its own: the summary asks the coordinator
    # to check it, but the command's JSON lists only what could not be read (none) and exits 0.
    letter = str(Path(__file__).resolve().parents[1] / "data" / "letters" / "enumerated.txt")
    assert main(["letter", letter, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["problems"] == [] and data["tasks"]
    assert main(["letter", letter]) == 0
    text = capsys.readouterr().out
    assert "Cần xem lại (không chặn công bố)" in text and "Viễn thông Tuyên Quang" in text
