"""A paragraph after a letter's last item that sends the result of the items' work by naming
that work ("Kết quả khảo sát, thống kê gửi về …") dates them all: their forms are its forms."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 120/STTTT-CNTT
V/v khảo sát hạ tầng mạng
Tuyên Quang, ngày 02 tháng 3 năm 2023

Kính gửi:
- Sở Y tế;
- Sở Tư pháp.

Sở Thông tin và Truyền thông đề nghị các cơ quan:
"""


def _read(catalogue, body):
    return read_letter(HEAD + body, catalogue, catalogue.province("tuyen-quang"), "ks.txt")


def test_a_closing_result_dates_every_item_it_names_with_their_forms(catalogue):
    draft = _read(
        catalogue,
        "1. Khảo sát thiết bị mạng nội bộ của cơ quan (theo Mẫu số 01).\n"
        "2. Thống kê máy chủ đang vận hành (theo Mẫu số 02).\n"
        "Kết quả khảo sát, thống kê gửi về Sở Thông tin và Truyền thông trước ngày 20/3/2023.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.deadline == date(2023, 3, 20)
    assert task.forms == ("Mẫu số 01", "Mẫu số 02")
    assert task.source == "ks.txt#mục 1 và mục 2"


def test_a_closing_line_naming_one_item_only_stays_that_items(catalogue):
    draft = _read(
        catalogue,
        "1. Khảo sát thiết bị mạng nội bộ của cơ quan (theo Mẫu số 01).\n"
        "2. Thống kê máy chủ đang vận hành (theo Mẫu số 02).\n"
        "Kết quả thống kê gửi về Sở Thông tin và Truyền thông trước ngày 20/3/2023.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.forms == ("Mẫu số 02",)
