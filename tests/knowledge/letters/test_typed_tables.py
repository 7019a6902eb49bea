"""Tables typed in a plain-text letter with a tab between cells, read as the tables of a Word or
PDF file are: a table of tasks row by row, a table of dates in a timing part dating the items its
rows name, and a catalogue's rows in an annex setting no task."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from tests.knowledge.letters.districts import DISTRICTS

TASK_TABLE = (
    "UBND TỈNH TUYÊN QUANG\n"
    "SỞ NỘI VỤ\n"
    "Số: 310/SNV-CCHC\n"
    "V/v số hóa hồ sơ công chức năm 2023\n"
    "Tuyên Quang, ngày 10 tháng 5 năm 2023\n"
    "\n"
    "Kính gửi:\n"
    "- Sở Tài chính;\n"
    "- Sở Tư pháp;\n"
    "- UBND các huyện, thành phố.\n"
    "\n"
    "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:\n"
    "\n"
    "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\tKết quả\n"
    "1\tRà soát hồ sơ công chức cần số hóa\tSở Tài chính\tUBND các huyện, thành phố"
    "\tTrước ngày 31/5/2023\tDanh sách gửi Sở Nội vụ\n"
    "2\tBáo cáo tiến độ số hóa hồ sơ\tSở Tài chính; Sở Tư pháp\t"
    "\tĐịnh kỳ hằng tháng, trước ngày 25 (bắt đầu từ tháng 6/2023)\tBáo cáo gửi Sở Nội vụ\n"
    "\n"
    "Trân trọng./.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
)


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snv.txt")


def test_a_table_of_tasks_typed_with_tabs_is_read_row_by_row(catalogue):
    draft = _read(catalogue, TASK_TABLE)
    review, report = draft.tasks
    assert not draft.problems
    assert review.title == "Rà soát hồ sơ công chức cần số hóa"
    assert (review.deadline, review.units) == (date(2023, 5, 31), ("Sở Tài chính",))
    assert set(review.supporting) == DISTRICTS  # the coordinating column, not owners
    assert review.recipient == "Sở Nội vụ"
    assert set(report.units) == {"Sở Tư pháp", "Sở Tài chính"}
    assert report.supporting == ()  # an empty cell, kept in its column
    assert report.recurrence is not None and report.recurrence.first == date(2023, 6, 25)


DATES_TABLE = """UBND TỈNH TUYÊN QUANG
SỞ NỘI VỤ
Số: 412/SNV-CCHC
V/v đánh giá chỉ số cải cách hành chính
Tuyên Quang, ngày 2 tháng 8 năm 2023

Kính gửi:
- Các Sở, ban, ngành;
- UBND các huyện, thành phố.

Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:

1. Các Sở, ban, ngành

a) Cử công chức đầu mối theo dõi chỉ số cải cách hành chính (theo Mẫu số 01 kèm theo), gửi \
về Sở Nội vụ.

b) Tự chấm điểm chỉ số cải cách hành chính của cơ quan; gửi bảng tự chấm điểm (theo Mẫu số \
02 kèm theo) về Sở Nội vụ.

2. UBND các huyện, thành phố

Phối hợp với các Sở, ban, ngành thu thập tài liệu kiểm chứng tại điểm b mục 1.

3. Thời gian thực hiện

{rows}

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_table_of_dates_dates_the_point_its_row_names(catalogue):
    # as a Word table's rows come ("|" between cells) and as typed in a .txt (tabs)
    for gap in (" | ", "\t"):
        rows = "\n".join(
            gap.join(cells)
            for cells in (
                ("TT", "Nội dung", "Thời hạn"),
                ("1", "Cử công chức đầu mối", "Trước ngày 15/8/2023"),
                ("2", "Tự chấm điểm chỉ số cải cách hành chính", "Trước ngày 15/9/2023"),
            )
        )
        draft = _read(catalogue, DATES_TABLE.format(rows=rows))
        focal, scoring = draft.tasks
        assert (focal.deadline, scoring.deadline) == (date(2023, 8, 15), date(2023, 9, 15))
        assert (focal.forms, scoring.forms) == (("Mẫu số 01",), ("Mẫu số 02",))
        for task in (focal, scoring):
            assert not DISTRICTS & set(task.units) and "Sở Tư pháp" in task.units
            assert task.recipient == "Sở Nội vụ"
        assert set(scoring.supporting) >= DISTRICTS


CATALOGUE_ANNEX = (
    TASK_TABLE.replace("- Lưu: VT.\n", "- Lưu: VT.\n\nBIỂU 01\nDANH MỤC DỊCH VỤ CÔNG\n")
    + "TT\tTên dịch vụ công\tMức độ\tCơ quan thực hiện\tThời hạn hoàn thành\n"
    + "01\tCấp giấy phép xây dựng\t4\tSở Xây dựng chủ trì\tTrước ngày 30/9/2023\n"
    + "TT\tTên dịch vụ công\tMức độ\tCơ quan thực hiện\tThời hạn hoàn thành\n"
    + "\tCấp giấy phép lái xe\t4\tSở Giao thông vận tải chủ trì\tTrước ngày 31/12/2023\n"
)


def test_a_catalogue_of_services_annexed_with_tabs_sets_no_task(catalogue):
    draft = _read(catalogue, CATALOGUE_ANNEX)
    assert not draft.problems
    assert [t.deadline for t in draft.tasks][:1] == [date(2023, 5, 31)]
    assert len(draft.tasks) == 2
