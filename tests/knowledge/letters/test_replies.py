"""A reply to another unit's letter: the letter it answers is told first, with that letter's own
dates and plans, which set nothing; the reply's request is its task."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

REPLY = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH     Độc lập - Tự do - Hạnh phúc
Số: 902/STC-QLNS     Tuyên Quang, ngày 8 tháng 5 năm 2023
V/v ý kiến về kinh phí nâng cấp phần mềm một cửa

Kính gửi: Sở Giao thông vận tải.

Sở Tài chính nhận được Văn bản số 455/SGTVT-VP ngày 2/5/2023 của Sở Giao thông vận tải về việc \
đề nghị bổ sung kinh phí nâng cấp phần mềm (theo đó, Sở Giao thông vận tải dự kiến nâng cấp \
xong trong tháng 6/2023). Phúc đáp Văn bản số 455/SGTVT-VP nêu trên, Sở Tài chính có ý kiến như \
sau:
1. Kinh phí nâng cấp phần mềm được bố trí trong dự toán năm 2023 của Sở.
2. Đề nghị Sở Giao thông vận tải gửi dự toán chi tiết về Sở Tài chính trước ngày 19/5/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_answered_letters_dates_set_nothing(catalogue):
    draft = read_letter(REPLY, catalogue, catalogue.province("tuyen-quang"), "stc.txt")
    assert not draft.problems
    (task,) = draft.tasks
    assert task.deadline == date(2023, 5, 19)
    assert task.units == ("Sở Giao thông vận tải",)
    assert task.recipient == "Sở Tài chính"


def test_the_giao_of_giao_thong_is_no_request(catalogue):
    # "Giao" (assign) opens the request; "Giao thông" (transport) names the unit: the plan the
    # opening quotes from that unit is no request of this letter
    text = REPLY.replace("Sở Tài chính nhận được", "Căn cứ")
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stc.txt")
    assert [t.deadline for t in draft.tasks] == [date(2023, 5, 19)]
