"""The opening's grounds: a request another document made, quoted with its date ("…, trong đó
yêu cầu hoàn thành … trước ngày …"), is that document's, no task of this letter."""

from __future__ import annotations

from datetime import date

from knowledge.letters.dates import deadlines
from knowledge.letters.extract import read_letter
from knowledge.letters.opening import set_in_grounds
from knowledge.letters.text import Line

QUOTING = """UBND TỈNH TUYÊN QUANG
SỞ Y TẾ

Số: 512/SYT-KHTC
V/v kết nối phần mềm quản lý khám chữa bệnh

Tuyên Quang, ngày 04 tháng 10 năm 2023

Kính gửi: UBND các huyện, thành phố.

Thực hiện Kế hoạch số 77/KH-UBND ngày 15/3/2023 của UBND tỉnh về chuyển đổi số ngành y tế, \
trong đó yêu cầu hoàn thành kết nối liên thông dữ liệu khám chữa bệnh trước ngày 31/12/2023.

Sở Y tế đề nghị UBND các huyện, thành phố chỉ đạo Trung tâm Y tế rà soát hạ tầng kết nối, gửi \
báo cáo về Sở Y tế trước ngày 20/10/2023.

Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_request_the_grounds_quote_sets_no_task(catalogue):
    draft = read_letter(QUOTING, catalogue, catalogue.province("tuyen-quang"), "syt.txt")
    assert [t.deadline for t in draft.tasks] == [date(2023, 10, 20)]
    assert not draft.problems


def test_the_letters_own_request_after_the_quoted_one_still_sets_its_date():
    text = (
        "Thực hiện Kế hoạch số 77/KH-UBND của UBND tỉnh, theo đó giao các sở hoàn thành trước "
        "ngày 31/12/2023; Sở Y tế đề nghị các đơn vị gửi báo cáo trước ngày 20/10/2023."
    )
    line = Line(1, text)
    found = set_in_grounds(line, deadlines(text, 2023))
    assert [f.due for f in found] == [date(2023, 10, 20)]
