"""A district unit named by a place the province does not hold, in Kính gửi or in the body:
said line by line, the draft held back; the districts the letter does name still owe."""

from __future__ import annotations

from knowledge.letters.extract import read_letter

SURVEY = """UBND TỈNH TUYÊN QUANG
SỞ NỘI VỤ

Số: 415/SNV-CCHC
V/v rà soát vị trí việc làm tại Bộ phận một cửa

Tuyên Quang, ngày 12 tháng 8 năm 2022

Kính gửi:
- UBND huyện Yên Sơn;
- UBND huyện Mường Khương;
- UBND huyện Na Hang.

Sở Nội vụ đề nghị UBND các huyện: Yên Sơn, Mường Khương, Na Hang và Si Ma Cai rà soát vị trí \
việc làm tại Bộ phận một cửa, gửi kết quả về Sở Nội vụ trước ngày 30/8/2022.

Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_districts_the_province_lacks_are_said_and_hold_the_draft_back(catalogue):
    draft = read_letter(SURVEY, catalogue, catalogue.province("tuyen-quang"), "snv.txt")
    (task,) = draft.tasks
    assert task.units == ("UBND huyện Na Hang", "UBND huyện Yên Sơn")
    assert task.title.startswith("Rà soát vị trí việc làm")
    said = {p.message: p.line for p in draft.problems}
    kinh_gui = next(m for m in said if "Mường Khương" in m)
    body = next(m for m in said if "Si Ma Cai" in m)
    assert said[kinh_gui] < said[body]  # each at the first line that prints it
    assert len([m for m in said if "Mường Khương" in m]) == 1
    assert not draft.publishable
