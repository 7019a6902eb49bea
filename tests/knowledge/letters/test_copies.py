"""The copy list's "(để thực hiện)": units that owe as the Kính gửi's do."""

from __future__ import annotations

from knowledge.letters.extract import read_letter

LETTER = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG
Số: 3120/VP-KSTT     Tuyên Quang, ngày 29 tháng 8 năm 2022
V/v rà soát dịch vụ công trực tuyến

Kính gửi:
- Sở Y tế;
- Sở Tư pháp.

Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị rà soát dịch vụ công, gửi kết quả về Văn phòng \
UBND tỉnh trước ngày 15/9/2022.

Nơi nhận:
- Như trên (để thực hiện);
- Sở Kế hoạch và Đầu tư (để thực hiện);
- Công an tỉnh (để biết);
- Sở Tài chính;
- Văn phòng Sở (thực hiện);
- Lưu: VT.
"""


def test_a_copy_sent_to_act_owes_and_one_to_know_does_not(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "vp.txt")
    assert not draft.problems
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Y tế", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư"}
