"""Units named by the role the letter gives them, and what a receiver's bracket says."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.register import Register
from knowledge.letters.roles import learn
from knowledge.letters.text import Line

LETTER = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ     Độc lập - Tự do - Hạnh phúc
Số: 412/SYT-NVY     Tuyên Quang, ngày 3 tháng 8 năm 2023
V/v báo cáo phòng, chống dịch bệnh

Kính gửi:
- Các sở, ban, ngành;
- UBND các huyện, thành phố.

Sở Y tế, Cơ quan Thường trực Ban Chỉ đạo phòng, chống dịch tỉnh, đề nghị các cơ quan, đơn vị:
1. Gửi báo cáo sơ kết về Cơ quan Thường trực Ban Chỉ đạo phòng chống dịch tỉnh trước ngày \
20/8/2023.
2. Gửi danh sách cán bộ đầu mối về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 25/8/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_role_the_letter_gives_a_unit_is_learnt(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    lines = [
        Line(1, "Sở Nội vụ (cơ quan thường trực Hội đồng thi đua tỉnh) hướng dẫn như sau:"),
        Line(2, "gửi về Cơ quan chủ trì Tổ công tác số hóa (Sở Tư pháp) trước ngày 5/6/2023."),
        Line(3, "Sở Y tế, cơ quan chuyên môn của tỉnh, đề nghị"),  # no role: a kind of body
    ]
    assert learn(lines, register) == {
        "cơ quan thường trực Hội đồng thi đua tỉnh": "Sở Nội vụ",
        "Cơ quan chủ trì Tổ công tác số hóa": "Sở Tư pháp",
    }


def test_the_role_names_its_unit_where_the_work_is_sent(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "syt.txt")
    assert not draft.problems
    first, second = draft.tasks
    # printed as the letter names it (punctuation aside), and the unit leaves the group
    assert first.recipient == "Cơ quan Thường trực Ban Chỉ đạo phòng chống dịch tỉnh"
    assert "Sở Y tế" not in first.units
    # the office it goes through, kept as printed when the register does not hold it
    assert second.recipient == "Sở Y tế (qua Phòng Nghiệp vụ Y)"
