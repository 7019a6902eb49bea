"""Letters of the genre written for these tests (continued from test_genre): why units are listed,
who owes the list under a request, and dates the grounds set."""

from __future__ import annotations

from datetime import date

from .test_genre import DISTRICTS, PARTS, _read

PURPOSES = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 77/STTTT-CNTT
V/v triển khai nền tảng họp trực tuyến
Tuyên Quang, ngày 03 tháng 8 năm 2022

Kính gửi:
- Giám đốc các sở, ban, ngành;
- Chủ tịch UBND các huyện, thành phố;
- Viễn thông Tuyên Quang (để phối hợp);
- Công an tỉnh (để biết).

Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị:

1. Đăng ký tài khoản quản trị nền tảng họp trực tuyến
Hạn nộp: 20/8/2022.

2. Sở Y tế báo cáo số phòng họp trực tuyến trước ngày 25/8/2022; Sở Giáo dục và Đào tạo gửi kế \
hoạch tập huấn trước ngày 30/8/2022.

3. Thời gian hoàn thành kết nối: 15/9/2022.

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_why_units_are_listed_and_two_owners_on_a_line(catalogue):
    draft = _read(catalogue, PURPOSES)
    assert not draft.problems
    accounts, rooms, training, connection = draft.tasks
    assert (accounts.deadline, accounts.deadline_text) == (date(2022, 8, 20), "Hạn nộp: 20/8/2022")
    assert accounts.title == "Đăng ký tài khoản quản trị nền tảng họp trực tuyến"
    # the group but the sender, the districts; not Công an tỉnh "(để biết)"
    assert len(accounts.units) == 17 + DISTRICTS and "Công an tỉnh" not in accounts.units
    assert accounts.recipient == "Sở Thông tin và Truyền thông"  # "nộp", to the sender
    for task in draft.tasks:  # "(để phối hợp)": it supports every task
        assert task.supporting == ("Viễn thông Tuyên Quang",)
    assert rooms.units == ("Sở Y tế",) and rooms.deadline == date(2022, 8, 25)
    assert training.units == ("Sở Giáo dục và Đào tạo",)
    assert training.title.startswith("Gửi kế hoạch tập huấn") and "phòng họp" not in training.title
    assert connection.deadline == date(2022, 9, 15)
    assert connection.title.startswith("Hoàn thành kết nối")


# The opening's request names some of the addressees; "Giáo dục" is no "giao" (assign).
SUBSET = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 88/STTTT-TTBCXB
V/v cung cấp thông tin cho Cổng Thông tin điện tử tỉnh
Tuyên Quang, ngày 10 tháng 3 năm 2023

Kính gửi:
- Sở Y tế;
- Sở Giáo dục và Đào tạo;
- Sở Văn hóa, Thể thao và Du lịch.

Sở Thông tin và Truyền thông đề nghị Sở Y tế, Sở Giáo dục và Đào tạo thực hiện các nội dung sau:
- Cung cấp danh mục dữ liệu mở của ngành trước ngày 31/3/2023.
- Cử biên tập viên cộng tác với Cổng Thông tin điện tử tỉnh, gửi danh sách trước ngày 15/4/2023.

Sở Thông tin và Truyền thông đề nghị Sở Văn hóa, Thể thao và Du lịch gửi danh sách sự kiện văn \
hóa năm 2023 trước ngày 20/3/2023.

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_request_names_who_owes_the_list_under_it(catalogue):
    data, editors, events = _read(catalogue, SUBSET).tasks
    assert data.units == editors.units == ("Sở Y tế", "Sở Giáo dục và Đào tạo")
    assert events.units == ("Sở Văn hóa, Thể thao và Du lịch",)
    assert events.title == "Gửi danh sách sự kiện văn hóa năm 2023"
    assert editors.recipient == events.recipient == "Sở Thông tin và Truyền thông"


def test_a_committee_advised_by_a_unit_receives_its_draft(catalogue):
    text = PARTS.split("I. ĐỐI VỚI")[0] + (
        "1. Sở Thông tin và Truyền thông\n"
        "Tham mưu UBND tỉnh ban hành Quy chế quản lý hồ sơ sức khỏe điện tử trước ngày "
        "30/9/2022.\n\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    (task,) = _read(catalogue, text).tasks
    assert task.units == ("Sở Thông tin và Truyền thông",) and task.recipient == "UBND tỉnh"


def test_grounds_set_no_date_but_what_they_ask_to_send_does(catalogue):
    head = "SỞ Y TẾ\nSố: 5/SYT-VP\nTuyên Quang, ngày 2 tháng 3 năm 2022\nKính gửi: Sở Tư pháp.\n"
    end = "\nNơi nhận:\n- Như trên;\n"
    asked = "Căn cứ Kế hoạch số 1/KH-UBND, Sở Tư pháp gửi báo cáo trước ngày 20/5/2022."
    (task,) = _read(catalogue, head + asked + end).tasks
    assert task.deadline == date(2022, 5, 20) and task.units == ("Sở Tư pháp",)
    cited = "Căn cứ Kế hoạch số 1/KH-UBND về hoàn thành hồ sơ sức khỏe trong quý IV/2022."
    assert _read(catalogue, head + cited + end).tasks == ()
