"""A letter that amends an earlier one: the duties it dates are its tasks; the earlier letter's
dates it recounts or quotes are not."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

LETTER = """ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG

Số: 2210/UBND-KSTT
V/v điều chỉnh Văn bản số 1900/UBND-KSTT

Tuyên Quang, ngày 02 tháng 8 năm 2022

Kính gửi:
- Sở Xây dựng;
- Sở Giao thông vận tải;
- Công an tỉnh.

Ngày 10/7/2022, Ủy ban nhân dân tỉnh ban hành Văn bản số 1900/UBND-KSTT; khoản 1 của Văn bản \
giao nhiệm vụ như sau:
- Điểm a: Sở Xây dựng chủ trì số hóa hồ sơ cấp phép xây dựng, hoàn thành trong tháng 8/2022;
- Điểm b: Sở Giao thông vận tải chủ trì cấp đổi giấy phép lái xe trực tuyến, hoàn thành trước \
ngày 31/8/2022.
Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Điều chỉnh thời hạn tại điểm a khoản 1 Văn bản số 1900/UBND-KSTT: Sở Xây dựng hoàn thành \
trong tháng 10/2022.
2. Bổ sung điểm c vào khoản 1 Văn bản số 1900/UBND-KSTT như sau:
"c) Công an tỉnh chủ trì, phối hợp với Sở Giao thông vận tải kết nối dữ liệu đăng ký xe, hoàn \
thành trước ngày 30/11/2022 (thời hạn theo Quyết định số 406/QĐ-TTg là trước ngày 31/12/2022)."
Yêu cầu các cơ quan nghiêm túc thực hiện./.
Nơi nhận:
- Như trên;
"""


def _read(catalogue):
    return read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "ubnd.txt")


def test_a_redated_point_is_owed_by_the_unit_after_the_colon(catalogue):
    draft = _read(catalogue)
    redated = next(t for t in draft.tasks if t.deadline == date(2022, 10, 31))
    assert redated.units == ("Sở Xây dựng",)


def test_a_quoted_added_point_is_owed_by_its_lead_and_its_cited_date_is_none(catalogue):
    draft = _read(catalogue)
    added = [t for t in draft.tasks if t.deadline and t.deadline >= date(2022, 11, 1)]
    assert [t.deadline for t in added] == [date(2022, 11, 30)]
    assert added[0].units == ("Công an tỉnh",)
    assert added[0].supporting == ("Sở Giao thông vận tải",)


def test_the_earlier_letters_retold_points_are_no_tasks(catalogue):
    draft = _read(catalogue)
    assert sorted(t.deadline for t in draft.tasks if t.deadline) == [
        date(2022, 10, 31),
        date(2022, 11, 30),
    ]
    assert not draft.problems


def test_a_redated_duty_is_titled_by_the_duty_not_the_change(catalogue):
    draft = _read(catalogue)
    redated = next(t for t in draft.tasks if t.deadline == date(2022, 10, 31))
    assert redated.title.startswith("Số hóa hồ sơ cấp phép xây dựng")


def test_a_duty_named_in_the_changes_bracket_titles_it(catalogue):
    text = LETTER.replace(
        "1. Điều chỉnh thời hạn tại điểm a khoản 1 Văn bản số 1900/UBND-KSTT: Sở Xây dựng hoàn "
        "thành trong tháng 10/2022.",
        "1. Điều chỉnh thời hạn tại điểm a khoản 1 (số hóa hồ sơ cấp phép theo Phụ lục 01) từ "
        "trong tháng 8/2022 thành trong tháng 10/2022.",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "ubnd.txt")
    redated = next(t for t in draft.tasks if t.deadline == date(2022, 10, 31))
    assert redated.title.startswith("Số hóa hồ sơ cấp phép")
    assert "Phụ lục" not in redated.title
