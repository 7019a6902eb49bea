"""The reader never fails on a letter cut short or with lines left out: whatever is left is
read or said unreadable, never a traceback."""

from __future__ import annotations

import pytest

from knowledge.letters.extract import read_letter
from tests.knowledge.letters.test_grid import NESTED
from tests.knowledge.letters.test_roles import LETTER as ROLES
from tests.knowledge.letters.test_titles_items import ITEMS

MARKDOWN = (
    "| UBND TỈNH KHÁNH HÒA<br>**SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
    "|---|---|\n"
    "| Số: 45/SYT-KHTC<br>V/v rà soát | *Nha Trang, ngày 3 tháng 6 năm 2023* |\n"
    "Kính gửi: Các Sở: Tư pháp, Y tế (trừ Sở Y tế).\n"
    "Hồ sơ gồm:\na) Báo cáo;\n1) Danh sách.\nGửi trước thứ Hai, ngày 5/6/2023.\n"
)
LETTERS = [NESTED, ROLES, ITEMS, MARKDOWN]


@pytest.mark.parametrize("text", LETTERS)
def test_a_letter_cut_short_or_missing_a_line_is_read_without_failing(catalogue, text):
    province = catalogue.province("tuyen-quang")
    lines = text.split("\n")
    for end in range(0, len(lines), 2):  # every other line: the cost stays small
        read_letter("\n".join(lines[:end]), catalogue, province, "cut.txt")
        read_letter("\n".join(lines[:end] + lines[end + 1 :]), catalogue, province, "gap.txt")
