"""The pure rules of a part that times work set out before it and of what a letter retells: a
timing line's date names the items of its own clause ("mục 1, 2 …; mục 3 …"), one task each; a
pointer of a few words takes the item's work as its title; a unit's dated section helps in a
clause of its own; a sentence retelling an earlier document's request dates no duty of the
letter, so a letter with a blank date and only such dates is refused."""

from __future__ import annotations

import pytest

from knowledge.letters.extract import read_letter
from knowledge.letters.naming import points_only
from knowledge.letters.opening import recited
from knowledge.letters.text import plain
from knowledge.letters.timing import clause_at

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Số:      /STTTT-CNTT
V/v đôn đốc cung cấp dịch vụ công trực tuyến

Tuyên Quang, ngày      tháng      năm 2022

Kính gửi:
- Các Sở, ban, ngành;
- UBND các huyện, thành phố;
- Viễn thông Tuyên Quang.

"""
FOOT = """
Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, CNTT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""


def _read(catalogue, body: str):
    return read_letter(HEAD + body + FOOT, catalogue, catalogue.province("tuyen-quang"), "t.txt")


def test_the_clause_of_a_date_names_its_items():
    text = (
        "Các nội dung tại mục 1, 2 hoàn thành trước ngày 30/9; nội dung tại mục 3 trong tháng 10."
    )
    assert "mục 3" in clause_at(text, text.index("tháng 10"))
    assert "mục 3" not in clause_at(text, text.index("30/9"))
    # a clause naming no item leaves the line's reference standing
    told = "Báo cáo tại mục 1 gửi về Sở; thời hạn trước ngày 20/10."
    assert clause_at(told, told.index("20/10")) == told


@pytest.mark.parametrize(
    ("title", "points"),
    [
        ("Nội dung tại mục 1: hoàn thành", True),
        ("Các nội dung tại mục 1, 2 hoàn thành", True),
        ("Hồ sơ tại mục 1 gửi", True),
        ("Rà soát, cập nhật danh mục dịch vụ công trực tuyến thuộc lĩnh vực tại mục 1", False),
        ("Báo cáo kết quả tích hợp dịch vụ công", False),
    ],
)
def test_a_title_of_a_few_words_beside_a_reference_only_points(title, points):
    assert points_only(title) is points


@pytest.mark.parametrize(
    ("sentence", "retold"),
    [
        (
            "Ngày 10/8/2022, Văn phòng Chính phủ có Công văn số 2475/VPCP-KSTT đề nghị các địa "
            "phương hoàn thành trước ngày 30/9/2022",
            True,
        ),
        (
            "Tại Công văn số 215/STTTT-CNTT ngày 13/4/2022, Sở Thông tin và Truyền thông đã đề "
            "nghị các cơ quan gửi báo cáo trước ngày 20/4/2022; đến nay còn 5 đơn vị chưa gửi",
            True,
        ),
        # the letter's own request, grounded on a document
        (
            "Thực hiện Công văn số 215/STTTT-CNTT ngày 13/4/2022, Sở đề nghị các cơ quan gửi báo "
            "cáo trước ngày 20/4/2022",
            False,
        ),
        (
            "Tại Công văn số 215/STTTT-CNTT ngày 13/4/2022, Sở đề nghị các cơ quan gửi báo cáo "
            "trước ngày 20/4/2022",
            False,
        ),
        # a ministry's request to every province, relayed: the province's part is its own
        (
            "Theo đó, Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
            "báo cáo kết quả trước ngày 31/3/2023",
            True,
        ),
        # … but a ministry's body asking the province's own units is the letter's request
        (
            "Bộ phận một cửa đề nghị Ủy ban nhân dân các huyện gửi danh sách trước ngày 31/3/2023",
            False,
        ),
    ],
)
def test_a_sentence_retelling_an_earlier_request(sentence, retold):
    assert recited(plain(sentence)) is retold


def test_a_blank_dated_letter_with_only_retold_dates_is_refused(catalogue):
    draft = _read(
        catalogue,
        "Ngày 10/8/2022, Văn phòng Chính phủ có Công văn số 2475/VPCP-KSTT đề nghị các địa "
        "phương hoàn thành trước ngày 30/9/2022. Đề nghị các cơ quan, đơn vị nghiêm túc thực "
        "hiện, báo cáo kết quả về Sở Thông tin và Truyền thông trong thời gian sớm nhất.\n",
    )
    assert draft.problems and not draft.tasks


def test_a_blank_dated_letter_with_a_dated_duty_is_no_bad_letter(catalogue):
    draft = _read(
        catalogue,
        "1. Các Sở, ban, ngành rà soát quy trình nội bộ, gửi Sở Thông tin và Truyền thông.\n\n"
        "2. UBND các huyện, thành phố cập nhật danh sách cán bộ (theo Mẫu số 01), gửi Sở "
        "Thông tin và Truyền thông.\n\n"
        "3. Thời gian thực hiện\n\n"
        "Các nội dung tại mục 1, 2 hoàn thành trước ngày 30/9/2022.\n",
    )
    assert not [p for p in draft.problems if not p.doubt]
    first, second = draft.tasks
    assert first.deadline == second.deadline
    assert "UBND huyện Na Hang" in second.units and "UBND huyện Na Hang" not in first.units
    assert first.forms == () and second.forms == ("Mẫu số 01",)
    assert first.title.startswith("Rà soát quy trình nội bộ")


def test_a_dated_unit_section_helps_in_a_clause_of_its_own(catalogue):
    draft = _read(
        catalogue,
        "1. Các Sở, ban, ngành xây dựng Kế hoạch cung cấp dịch vụ công trực tuyến, gửi về Sở "
        "Thông tin và Truyền thông trước ngày 15/3/2022.\n\n"
        "2. Viễn thông Tuyên Quang\n\n"
        "Hỗ trợ kỹ thuật các cơ quan, đơn vị trong quá trình xây dựng Kế hoạch; đồng thời báo "
        "cáo năng lực hạ tầng về Sở Thông tin và Truyền thông trước ngày 10/3/2022.\n",
    )
    plan, report = sorted(draft.tasks, key=lambda t: t.deadline, reverse=True)
    assert "Viễn thông Tuyên Quang" in plan.supporting
    assert report.units == ("Viễn thông Tuyên Quang",)


def test_a_row_of_a_table_of_dates_dates_the_point_it_names_word_for_word(catalogue):
    draft = _read(
        catalogue,
        "1. Các Sở, ban, ngành\n\n"
        "a) Cử cán bộ đầu mối tham gia kiểm thử (theo Mẫu số 01), gửi về Sở Thông tin và "
        "Truyền thông.\n\n"
        "b) Kiểm thử các dịch vụ đã cấu hình; báo cáo kết quả kiểm thử (theo Mẫu số 02) về Sở "
        "Thông tin và Truyền thông.\n\n"
        "2. UBND các huyện, thành phố phối hợp kiểm thử các dịch vụ tại điểm b mục 1.\n\n"
        "3. Thời gian thực hiện\n\n"
        "| TT | Nội dung | Thời hạn |\n"
        "| 1 | Cử cán bộ đầu mối tham gia kiểm thử | Trước ngày 12/6/2022 |\n"
        "| 2 | Báo cáo kết quả kiểm thử | Trước ngày 30/6/2022 |\n",
    )
    first, second = sorted(draft.tasks, key=lambda t: t.deadline)
    assert first.forms == ("Mẫu số 01",) and second.forms == ("Mẫu số 02",)
    assert "UBND huyện Na Hang" in second.supporting
    assert "UBND huyện Na Hang" not in first.supporting
