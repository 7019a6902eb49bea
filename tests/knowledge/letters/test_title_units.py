"""Who a duty's clause opens with is no part of its title: the units named back by a point ("Các
cơ quan, đơn vị tại điểm a …"), and a clause of when printed before them ("Sau khi được cấp, …");
a clause of when that opens the duty itself stays."""

from __future__ import annotations

from knowledge.letters.register import Register
from knowledge.letters.titles import title


def test_the_units_and_a_clause_before_them_leave_the_title(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    assert title("Các cơ quan, đơn vị tại điểm a lập hồ sơ.", [], register) == "Lập hồ sơ"
    said = title("Sau khi được cấp, các cơ quan tại điểm a cài đặt phần mềm.", [], register)
    assert said == "Cài đặt phần mềm"
    said = title("Trong quá trình thực hiện, Sở Y tế hoàn thiện quy trình.", [], register)
    assert said == "Hoàn thiện quy trình"


def test_a_clause_of_when_before_the_work_itself_stays(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    said = title("Sau khi hoàn thành kiểm thử, gửi báo cáo về Sở Y tế.", [], register)
    assert said.startswith("Sau khi hoàn thành kiểm thử")


def test_a_group_named_by_its_item_or_by_what_it_undergoes_leaves_the_title(catalogue):
    # the title is the deliverable the notices and lists show; the units are the task's units
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    said = title("Các Sở, ngành có tên tại khoản 2 thống kê số hồ sơ trực tuyến.", [], register)
    assert said == "Thống kê số hồ sơ trực tuyến"
    said = title("Các Sở nêu ở điểm b mục II của Công văn này lập danh mục.", [], register)
    assert said == "Lập danh mục"
    said = title("Các đơn vị được khảo sát gửi phiếu tự đánh giá.", [], register)
    assert said == "Gửi phiếu tự đánh giá"
