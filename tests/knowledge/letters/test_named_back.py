"""A letter to some districts, listed after their common name ("Ủy ban nhân dân các huyện: A, B,
C", spelled out or as "UBND"), that then names them back ("Ủy ban nhân dân các huyện nêu trên
…"): those districts owe the work, not every district of the province; a place in the list that
no district of the province bears is said, and the others stay."""

from __future__ import annotations

from knowledge.letters.extract import read_letter

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 415/SNN-KH
V/v cập nhật dữ liệu hợp tác xã nông nghiệp
Tuyên Quang, ngày 12 tháng 4 năm 2024

Kính gửi: Ủy ban nhân dân các huyện: Hàm Yên, Na Hang, Lâm Bình.

1. Ủy ban nhân dân các huyện nêu trên cập nhật dữ liệu hợp tác xã nông nghiệp trên địa bàn \
lên Hệ thống thông tin của ngành, báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn \
trước ngày 20/5/2024.
2. Cử cán bộ đầu mối, gửi danh sách về Sở Nông nghiệp và Phát triển nông thôn trước ngày \
25/4/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""

ADDRESSED = {"UBND huyện Hàm Yên", "UBND huyện Na Hang", "UBND huyện Lâm Bình"}


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snn.txt")


def test_districts_named_back_are_those_addressed(catalogue):
    draft = _read(catalogue, LETTER)
    assert [set(t.units) for t in draft.tasks] == [ADDRESSED, ADDRESSED]
    assert not draft.problems


def test_the_abbreviated_committee_reads_the_same(catalogue):
    draft = _read(catalogue, LETTER.replace("Kính gửi: Ủy ban nhân dân", "Kính gửi: UBND"))
    assert [set(t.units) for t in draft.tasks] == [ADDRESSED, ADDRESSED]


def test_a_place_no_district_bears_is_said_and_the_others_stay(catalogue):
    draft = _read(catalogue, LETTER.replace("Na Hang, Lâm Bình", "Lục Yên, Lâm Bình"))
    kept = {"UBND huyện Hàm Yên", "UBND huyện Lâm Bình"}
    assert [set(t.units) for t in draft.tasks] == [kept, kept]
    assert any("Lục Yên" in p.message for p in draft.unread)


PARAGRAPH = """UBND TỈNH TUYÊN QUANG
SỞ Y TẾ
Số: 410/SYT-NV
V/v rà soát trạm y tế xã
Tuyên Quang, ngày 3 tháng 4 năm 2024

Kính gửi: Ủy ban nhân dân các huyện: Hàm Yên, Yên Sơn.

Sở Y tế đề nghị Ủy ban nhân dân các huyện nêu trên rà soát cơ sở vật chất trạm y tế xã, gửi \
báo cáo (theo Biểu 01) về Sở Y tế trước ngày 25/4/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_sentence_naming_its_units_back_is_titled_by_its_work(catalogue):
    (task,) = _read(catalogue, PARAGRAPH).tasks
    assert set(task.units) == {"UBND huyện Hàm Yên", "UBND huyện Yên Sơn"}
    assert task.title.startswith("Rà soát cơ sở vật chất")  # not "Nêu trên rà soát …"
