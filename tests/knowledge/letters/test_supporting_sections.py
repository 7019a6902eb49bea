"""Sections addressed to units that only help with others' tasks: their units are the tasks'
`supporting`, pointed at by a decimal point ("điểm 2.1 mục 2") or by the work they keep running."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.references import references
from tests.knowledge.letters.districts import DISTRICTS

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Số: 913/STTTT-BCVT
V/v cập nhật dữ liệu thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC

Tuyên Quang, ngày 06 tháng 9 năm 2022

Kính gửi:
- Sở Tư pháp;
- Sở Nội vụ;
- UBND các huyện, thành phố.

"""
TAIL = "Trân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"


def _read(catalogue, body):
    province = catalogue.province("tuyen-quang")
    return read_letter(HEAD + body + TAIL, catalogue, province, "stttt.txt")


def test_a_decimal_point_named_with_its_item_is_that_point():
    # the point's number carries its item's: "điểm 2.1 mục 2" is point 1 of item 2
    assert references("đã nêu tại điểm 2.1 mục 2") == [("2", "1")]
    assert references("theo khoản 3.2 Mục II") == [("ii", "3", "2")]


def test_districts_helping_with_a_decimal_point_support_that_task_only(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tư pháp, Sở Nội vụ\n"
        "1.1. Cập nhật quy trình nội bộ giải quyết thủ tục hành chính, gửi Sở Thông tin và "
        "Truyền thông trước ngày 23/9/2022.\n"
        "1.2. Tổng hợp số liệu hồ sơ tiếp nhận quý III/2022, gửi Sở Thông tin và Truyền thông "
        "trước ngày 05/10/2022.\n"
        "2. UBND các huyện, thành phố\n"
        "- Phối hợp với các sở cung cấp thông tin về quy trình nội bộ nêu tại điểm 1.1 mục 1.\n"
        "- Gửi danh sách tài khoản cán bộ một cửa về Sở Thông tin và Truyền thông trước ngày "
        "30/9/2022.\n",
    )
    update, figures, accounts = draft.tasks
    assert set(update.units) == {"Sở Tư pháp", "Sở Nội vụ"}
    assert set(update.supporting) == DISTRICTS
    assert figures.supporting == ()
    assert set(accounts.units) == DISTRICTS and accounts.supporting == ()


def test_an_undated_section_keeping_the_network_up_and_helping_supports_every_task(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tư pháp, Sở Nội vụ\n"
        "Cập nhật quy trình nội bộ giải quyết thủ tục hành chính, gửi Sở Thông tin và Truyền "
        "thông trước ngày 23/9/2022.\n"
        "2. UBND các huyện, thành phố\n"
        "Gửi danh sách tài khoản cán bộ một cửa về Sở Thông tin và Truyền thông trước ngày "
        "30/9/2022.\n"
        "3. Viễn thông Tuyên Quang\n"
        "Duy trì ổn định mạng truyền số liệu chuyên dùng, đảm bảo kết nối; phối hợp, hướng dẫn "
        "các đơn vị khi có sự cố.\n",
    )
    update, accounts = draft.tasks
    assert update.supporting == accounts.supporting == ("Viễn thông Tuyên Quang",)
    assert "Viễn thông Tuyên Quang" not in update.units + accounts.units
