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


QUOTED = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1120/STTTT-CNTT     Tuyên Quang, ngày 20 tháng 5 năm 2022
V/v sửa đổi, bổ sung Công văn số 845/STTTT-CNTT

Kính gửi:
- Sở Tư pháp;
- Sở Y tế;
- Ủy ban nhân dân các huyện, thành phố.

Ngày 18/4/2022, Sở Thông tin và Truyền thông ban hành Công văn số 845/STTTT-CNTT. Theo đó:
- Khoản 2 Công văn số 845 đề nghị Ủy ban nhân dân các huyện, thành phố làm sạch dữ liệu hộ \
tịch trước ngày 31/5/2022;
- Mục 3 Công văn số 845 đề nghị Sở Y tế báo cáo trước ngày 15/6/2022.
Sở Thông tin và Truyền thông sửa đổi, bổ sung Công văn số 845 như sau:
1. Sửa đổi, bổ sung khoản 2 như sau:
"2. Ủy ban nhân dân các huyện, thành phố hoàn thành làm sạch dữ liệu hộ tịch trước ngày \
30/6/2022."
2. Bổ sung điểm c vào mục 3 như sau:
"c) Các cơ quan nêu tại khoản 2 (đã được sửa đổi, bổ sung) báo cáo kết quả làm sạch dữ liệu hộ \
tịch về Sở Thông tin và Truyền thông chậm nhất ngày 20 tháng 7 năm 2022."
3. Sở Tư pháp hỗ trợ các cơ quan nêu tại khoản 2 (đã được sửa đổi, bổ sung) trong quá trình \
làm sạch dữ liệu.
Thời hạn trước ngày 15/6/2022 tại mục 3 Công văn số 845 không còn hiệu lực./.

Nơi nhận:
- Như trên;
"""


def test_quoted_new_text_is_the_duty_and_the_amended_part_is_its_item(catalogue):
    draft = read_letter(QUOTED, catalogue, catalogue.province("tuyen-quang"), "sd.txt")
    # the earlier letter's requests retold, and its date declared void, set nothing
    assert [t.deadline for t in draft.tasks] == [date(2022, 6, 30), date(2022, 7, 20)]
    clean, report = draft.tasks
    assert clean.title.startswith("Hoàn thành làm sạch dữ liệu hộ tịch")
    assert report.title.startswith("Báo cáo kết quả làm sạch")
    # "khoản 2 (đã được sửa đổi, bổ sung)" is the item that now words khoản 2
    assert report.units == clean.units and len(clean.units) == 7
    assert clean.supporting == ("Sở Tư pháp",) and report.supporting == ()


def test_a_part_as_amended_is_every_item_that_changes_it_or_a_point_of_it(catalogue):
    text = QUOTED.replace(
        "3. Sở Tư pháp hỗ trợ các cơ quan nêu tại khoản 2 (đã được sửa đổi, bổ sung) trong quá "
        "trình làm sạch dữ liệu.",
        "3. Bổ sung điểm d vào khoản 2 như sau:\n"
        '"d) Sở Tư pháp hướng dẫn nghiệp vụ hộ tịch trước ngày 10/6/2022."\n'
        "4. Các cơ quan nêu tại khoản 2 (đã được sửa đổi, bổ sung) báo cáo về Sở Thông tin và "
        "Truyền thông trước ngày 25/7/2022.",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sd.txt")
    last = draft.tasks[-1]
    assert last.deadline == date(2022, 7, 25)
    assert set(last.units) == {*draft.tasks[0].units, "Sở Tư pháp"}
