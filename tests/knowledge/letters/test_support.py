"""Units that help with another's task without a deliverable of their own: `supporting`."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.helping import gives_support

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ NỘI VỤ

Số: 402/SNV-CCHC
V/v triển khai phần mềm quản lý hồ sơ công chức

Tuyên Quang, ngày 03 tháng 3 năm 2023

Kính gửi:
- Sở Tài chính;
- Sở Thông tin và Truyền thông;
- Viễn thông Tuyên Quang.

"""
TAIL = "Trân trọng./.\nNơi nhận:\n- Như trên;\n"


def _read(catalogue, body):
    province = catalogue.province("tuyen-quang")
    return read_letter(HEAD + body + TAIL, catalogue, province, "snv.txt")


def test_a_helper_named_after_a_semicolon_in_the_item_supports_its_task(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính hoàn thành cài đặt phần mềm trong tháng 4/2023; Sở Thông tin và "
        "Truyền thông hỗ trợ kỹ thuật trong quá trình cài đặt.\n",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Tài chính",)
    assert task.supporting == ("Sở Thông tin và Truyền thông",)


def test_a_section_that_keeps_the_lines_running_for_an_item_supports_it(catalogue):
    draft = _read(
        catalogue,
        "I. SỞ TÀI CHÍNH\n"
        "1. Hoàn thành cài đặt phần mềm trong tháng 4/2023.\n"
        "II. VIỄN THÔNG TUYÊN QUANG\n"
        "Bảo đảm đường truyền; bố trí cán bộ trực trong thời gian cài đặt tại điểm 1 mục I.\n",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Tài chính",)
    assert "Viễn thông Tuyên Quang" in task.supporting


def test_a_point_of_a_section_with_its_own_task_supports_the_item_it_names(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính\n"
        "a) Hoàn thành cài đặt phần mềm trong tháng 4/2023.\n"
        "2. Sở Thông tin và Truyền thông\n"
        "a) Hỗ trợ Sở Tài chính trong việc cài đặt phần mềm nêu tại điểm a mục 1.\n"
        "b) Chủ trì, phối hợp với Viễn thông Tuyên Quang nâng cấp đường truyền trước ngày "
        "30/5/2023.\n",
    )
    install, lines = draft.tasks
    assert install.units == ("Sở Tài chính",)
    assert install.supporting == ("Sở Thông tin và Truyền thông",)
    assert lines.units == ("Sở Thông tin và Truyền thông",)
    assert lines.supporting == ("Viễn thông Tuyên Quang",)


def test_a_unit_that_works_with_the_sender_supports_no_units_task(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính\n"
        "Hoàn thành cài đặt phần mềm trong tháng 4/2023.\n"
        "2. Viễn thông Tuyên Quang\n"
        "Phối hợp với Sở Nội vụ rà soát tài khoản công chức trên phần mềm.\n",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Tài chính",) and task.supporting == ()


def test_a_support_of_a_support_goes_to_the_task_the_first_one_serves(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính\n"
        "a) Rà soát tài khoản công chức, gửi Sở Nội vụ trước ngày 20/3/2023.\n"
        "b) Hoàn thành cài đặt phần mềm trong tháng 4/2023.\n"
        "2. Sở Thông tin và Truyền thông\n"
        "Hỗ trợ kỹ thuật cài đặt phần mềm tại điểm b khoản 1 văn bản này.\n"
        "3. Viễn thông Tuyên Quang\n"
        "Bố trí cán bộ kỹ thuật thường trực hỗ trợ Sở Tài chính theo đề nghị tại khoản 2.\n",
    )
    accounts, install = draft.tasks
    assert accounts.supporting == ()
    assert install.supporting == ("Sở Thông tin và Truyền thông", "Viễn thông Tuyên Quang")


def test_a_unit_providing_data_for_the_report_of_this_item_supports_it(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính\n"
        "Tổng hợp kết quả cài đặt, báo cáo Sở Nội vụ trước ngày 25/4/2023. Sở Thông tin và "
        "Truyền thông cung cấp số liệu tài khoản phục vụ báo cáo tại mục này.\n",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Tài chính",)
    assert task.supporting == ("Sở Thông tin và Truyền thông",)


def test_an_item_headed_by_its_topic_supports_the_items_it_names(catalogue):
    draft = _read(
        catalogue,
        "1. Cài đặt phần mềm\n"
        "Sở Tài chính hoàn thành cài đặt phần mềm trong tháng 4/2023.\n"
        "2. Hỗ trợ kỹ thuật\n"
        "Đề nghị Viễn thông Tuyên Quang hỗ trợ Sở Tài chính cấu hình máy chủ phục vụ nhiệm vụ "
        "tại mục 1.\n",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Tài chính",)
    assert task.supporting == ("Viễn thông Tuyên Quang",)


def test_a_support_sentence_after_a_table_serves_the_row_it_points_at(catalogue):
    draft = _read(
        catalogue,
        """Đề nghị các cơ quan, đơn vị thực hiện các nhiệm vụ sau:
TT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn
1 | Cập nhật hồ sơ công chức trên phần mềm | Sở Tài chính | Trước ngày 20/3/2023
2 | Kết nối phần mềm với trục liên thông của tỉnh | Sở Thông tin và Truyền thông | Trong \
tháng 4/2023

Viễn thông Tuyên Quang hỗ trợ kỹ thuật cho việc thực hiện nhiệm vụ tại dòng 2.
""",
    )
    first, second = draft.tasks
    assert first.units == ("Sở Tài chính",) and first.supporting == ()
    assert second.units == ("Sở Thông tin và Truyền thông",)
    assert second.supporting == ("Viễn thông Tuyên Quang",)


def test_a_support_clause_beside_a_duty_sends_nothing_for_it(catalogue):
    draft = _read(
        catalogue,
        """1. Sở Thông tin và Truyền thông hoàn thành cài đặt phần mềm cho các đơn vị trong \
tháng 5/2023; Sở Tài chính phối hợp, cung cấp thông tin dự toán phục vụ việc cài đặt.
""",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Thông tin và Truyền thông",)
    assert task.supporting == ("Sở Tài chính",)
    assert task.recipient is None  # the work is done, not sent to the sender


def test_a_unit_with_a_task_of_its_own_that_also_helps_another_s_work_supports_it(catalogue):
    draft = _read(
        catalogue,
        "1. Đối với Sở Tài chính\n"
        "Xây dựng phương án kinh phí số hóa hồ sơ công chức của tỉnh. Phương án gồm:\n"
        "a) Khối lượng hồ sơ cần số hóa;\n"
        "b) Dự toán kinh phí.\n"
        "Dự thảo phương án gửi về Sở Nội vụ trước ngày 20/3/2023.\n"
        "2. Đối với Viễn thông Tuyên Quang\n"
        "- Phối hợp, hỗ trợ Sở Tài chính trong quá trình xây dựng phương án kinh phí số hóa.\n"
        "- Cung cấp danh mục thiết bị quét, gửi về Sở Nội vụ trước ngày 25/3/2023.\n",
    )
    plan, devices = draft.tasks
    # the help names the plan's work, not its own list's
    assert plan.supporting == ("Viễn thông Tuyên Quang",) and devices.supporting == ()
    assert devices.units == ("Viễn thông Tuyên Quang",)
    # the plan's title: the work above the list of what it holds, not the sending line
    assert plan.title.startswith("Xây dựng phương án kinh phí số hóa hồ sơ công chức")
    assert len(plan.contents) == 2


def test_a_support_clause_in_one_dated_point_of_a_section_serves_that_point_alone(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính\n"
        "- Cài đặt phần mềm quản lý hồ sơ công chức cho các phòng, hoàn thành trước ngày "
        "15/4/2023. Viễn thông Tuyên Quang bảo đảm đường truyền, hỗ trợ kỹ thuật trong quá "
        "trình cài đặt.\n"
        "- Báo cáo số hồ sơ đã cập nhật trên phần mềm về Sở Nội vụ trước ngày 30/6/2023.\n",
    )
    installing, reporting = draft.tasks
    assert installing.supporting == ("Viễn thông Tuyên Quang",)
    assert reporting.supporting == ()


def test_a_unit_supporting_one_item_in_passing_supports_no_other_by_its_own_section(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính\n"
        "a) Lập danh sách tài khoản cán bộ (theo Mẫu số 01), gửi về Sở Nội vụ trước ngày "
        "20/3/2023.\n"
        "Sở Thông tin và Truyền thông hỗ trợ Sở Tài chính tạo tài khoản trên phần mềm.\n"
        "b) Báo cáo kết quả cập nhật hồ sơ công chức trên phần mềm về Sở Nội vụ trước ngày "
        "30/6/2023.\n"
        "2. Sở Thông tin và Truyền thông\n"
        "Hướng dẫn kết nối phần mềm quản lý hồ sơ công chức với cơ sở dữ liệu quốc gia về cán "
        "bộ, công chức.\n",
    )
    listing, reporting = draft.tasks
    assert listing.supporting == ("Sở Thông tin và Truyền thông",)
    assert reporting.supporting == ()


def test_a_support_section_serves_the_duty_whose_work_it_names(catalogue):
    body = (
        "1. Sở Thông tin và Truyền thông\n"
        "- Tổ chức tập huấn sử dụng phần mềm quản lý hồ sơ công chức cho các cơ quan, hoàn thành "
        "trước ngày 30/4/2023.\n"
        "- Tổng hợp, báo cáo Sở Nội vụ kết quả thực hiện trước ngày 15/12/2023.\n"
        "2. Sở Tài chính\n"
        "Cập nhật dữ liệu hồ sơ công chức của đơn vị lên phần mềm, gửi báo cáo về Sở Nội vụ "
        "trước ngày 30/5/2023.\n"
        "3. Viễn thông Tuyên Quang\n"
        "Phối hợp với Sở Thông tin và Truyền thông tổ chức tập huấn sử dụng phần mềm; cung cấp "
        "tài liệu hướng dẫn cho học viên.\n"
    )
    training, summing, updating = _read(catalogue, body).tasks
    assert training.supporting == ("Viễn thông Tuyên Quang",)
    assert summing.supporting == () and updating.supporting == ()
    # naming no one's work in particular, it serves every duty, as before
    general = body.replace(
        "tổ chức tập huấn sử dụng phần mềm; cung cấp tài liệu hướng dẫn cho học viên",
        "trong quá trình triển khai",
    )
    everyone = _read(catalogue, general).tasks
    assert all(t.supporting == ("Viễn thông Tuyên Quang",) for t in everyone)


def test_a_support_naming_an_item_for_its_units_serves_the_duty_whose_work_it_names(catalogue):
    body = (
        "1. Sở Tài chính\n"
        "- Cài đặt phần mềm quản lý hồ sơ công chức, kết nối với cơ sở dữ liệu quốc gia trước "
        "ngày 30/6/2023.\n"
        "- Báo cáo tiến độ (theo Phụ lục kèm theo) gửi Sở Nội vụ trước ngày 05/6/2023.\n"
        "2. Viễn thông Tuyên Quang hỗ trợ kỹ thuật kết nối với cơ sở dữ liệu quốc gia cho các "
        "Sở nêu tại Mục 1 trong quá trình cài đặt.\n"
    )
    installing, reporting = _read(catalogue, body).tasks
    # "các Sở nêu tại Mục 1" says whom it helps; its words say with which of their duties
    assert installing.supporting == ("Viễn thông Tuyên Quang",)
    assert reporting.supporting == ()
    # an item named for its work serves every duty in it, as before
    pointed = body.replace("cho các Sở nêu tại Mục 1", "để thực hiện nhiệm vụ tại Mục 1")
    tasks = _read(catalogue, pointed).tasks
    assert all(t.supporting == ("Viễn thông Tuyên Quang",) for t in tasks)


def test_a_unit_having_its_own_bodies_support_a_duty_supports_it(catalogue):
    draft = _read(
        catalogue,
        "1. Sở Tài chính\n"
        "Chủ trì hoàn thành cài đặt phần mềm quản lý hồ sơ công chức trước ngày 30/6/2023; "
        "Viễn thông Tuyên Quang chỉ đạo các trung tâm viễn thông huyện phối hợp, bố trí kỹ "
        "thuật viên tham gia.\n",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Tài chính",)
    assert task.supporting == ("Viễn thông Tuyên Quang",)
    # having its bodies do the work itself is no support
    assert not gives_support("chi dao cac trung tam vien thong huyen cai dat phan mem")


def test_a_support_the_sender_asks_for_after_the_duties_serves_the_work_it_names(catalogue):
    draft = _read(
        catalogue,
        "Đề nghị Quý cơ quan thực hiện:\n\n"
        "Thứ nhất, chuẩn hóa quy trình điện tử, hoàn thành số hóa hồ sơ lưu trữ các thủ tục "
        "nêu trên trước ngày 29/9/2023.\n\n"
        "Thứ hai, có văn bản báo cáo nguyên nhân chậm, cam kết thời gian hoàn thành, gửi Sở "
        "Nội vụ trước ngày 16/3/2023.\n\n"
        "Ngoài ra, Sở Nội vụ đề nghị Viễn thông Tuyên Quang cử cán bộ kỹ thuật hỗ trợ các cơ "
        "quan nêu trên hoàn thành số hóa hồ sơ lưu trữ.\n",
    )
    digitised, reported = sorted(draft.tasks, key=lambda t: t.deadline, reverse=True)
    # the sender asking names no work; "hoàn thành" shared in passing names no report
    assert digitised.supporting == ("Viễn thông Tuyên Quang",)
    assert reported.supporting == ()


def test_staff_placed_to_help_with_the_item_named_by_its_count_support_that_item(catalogue):
    # a chairman's enumeration names its items by their word: "nội dung tại Một là"
    draft = _read(
        catalogue,
        "Một là, Sở Tài chính cài đặt phần mềm quản lý hồ sơ công chức, hoàn thành trong "
        "tháng 4/2023.\n"
        "Hai là, Sở Thông tin và Truyền thông kết nối phần mềm với Cổng dịch vụ công của tỉnh, "
        "hoàn thành trước ngày 30/5/2023.\n"
        "Ba là, Viễn thông Tuyên Quang bố trí nhân lực hỗ trợ kỹ thuật cho các cơ quan trong quá "
        "trình thực hiện nội dung tại Một là.\n",
    )
    first, second = draft.tasks
    assert first.units == ("Sở Tài chính",)
    assert first.supporting == ("Viễn thông Tuyên Quang",)
    assert second.supporting == ()


def test_what_follows_a_missed_deadline_is_no_receiver_of_the_work(catalogue):
    # the sender's next step after the date ("Sau thời hạn trên, … Sở … báo cáo UBND tỉnh")
    # does not say where the dossier goes: its last step does
    draft = _read(
        catalogue,
        "1. Sở Tài chính lập hồ sơ đề nghị cấp tài khoản phần mềm, theo các bước:\n"
        "- Bước 1: Lập danh sách công chức được cấp tài khoản.\n"
        "- Bước 2: Gửi hồ sơ về Sở Nội vụ (qua Phòng Công chức).\n"
        "Thời hạn gửi hồ sơ: chậm nhất ngày 31/3/2023. Sau thời hạn trên, đơn vị nào chưa gửi, "
        "Sở Nội vụ sẽ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n",
    )
    (task,) = draft.tasks
    assert task.recipient is not None and task.recipient.startswith("Sở Nội vụ"), task.recipient
