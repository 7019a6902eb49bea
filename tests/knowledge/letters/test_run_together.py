"""A table of tasks a scan ran together a row a line (knowledge/letters/run_together.py)."""

from __future__ import annotations

from pathlib import Path

from knowledge.letters.extract import read_letter
from knowledge.letters.run_together import run_together

LETTER = Path(__file__).resolve().parents[2] / "data" / "letters" / "run_together_table.txt"
HEAD = "TT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành"


def test_the_head_comes_apart_at_each_columns_name(register):
    row = "1 Cập nhật dữ liệu, gửi Sở Tư pháp Sở Y tế Sở Nội vụ; Công an tỉnh Quý IV/2023"
    head, first = run_together(f"{HEAD}\n{row}", register).split("\n")
    assert head.split("\t") == [
        "TT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
    ]
    # the name the duty sends its work to is the duty's; the lead, then its partners
    assert first.split("\t") == [
        "1",
        "Cập nhật dữ liệu, gửi Sở Tư pháp",
        "Sở Y tế",
        "Sở Nội vụ; Công an tỉnh",
        "Quý IV/2023",
    ]


def test_a_table_whose_rows_do_not_come_apart_is_left_as_printed(register):
    text = f"{HEAD}\n1 Cập nhật dữ liệu dân cư trên hệ thống Quý IV/2023"
    assert run_together(text, register) == text
    spaced = "TT   Nhiệm vụ   Đơn vị chủ trì   Thời hạn\n1   Rà soát   Sở Y tế   Quý IV/2023"
    assert run_together(spaced, register) == spaced


def test_each_row_is_a_task_of_its_lead_and_partners(catalogue):
    draft = read_letter(
        LETTER.read_text(encoding="utf-8"),
        catalogue,
        catalogue.province("tuyen-quang"),
        LETTER.name,
    )
    first, second = draft.tasks  # the third row is ongoing ("Thường xuyên"): no task
    assert first.units == ("Sở Tư pháp",) and "Công an tỉnh" in first.supporting
    assert second.units == ("Sở Lao động, Thương binh và Xã hội",)
    assert second.recipient == "Công an tỉnh" and second.supporting == ()
