"""A letter that extends an earlier letter's deadline: the history it recounts sets nothing, its
addressees are named only in the list it attaches, and a unit that goes on helping supports."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

EXTENSION = """UBND TỈNH TUYÊN QUANG
SỞ NỘI VỤ
Số: 512/SNV-CCHC
V/v gia hạn thời gian gửi báo cáo chỉ số cải cách hành chính năm 2022
Tuyên Quang, ngày 20 tháng 12 năm 2022

Kính gửi: Các cơ quan, đơn vị có tên trong danh sách gửi kèm.

Ngày 28/11/2022, Sở Nội vụ có Văn bản số 480/SNV-CCHC đề nghị các cơ quan, đơn vị gửi báo cáo \
tự chấm điểm chỉ số cải cách hành chính trước ngày 15/12/2022. Đến ngày 19/12/2022, Sở Nội vụ \
chưa nhận được báo cáo của một số cơ quan, đơn vị.
Sở Nội vụ đề nghị các cơ quan, đơn vị chưa gửi báo cáo thực hiện như sau:
1. Các cơ quan, đơn vị hoàn thiện báo cáo tự chấm điểm (theo Biểu mẫu số 02 kèm theo Văn bản \
số 480/SNV-CCHC), gửi về Sở Nội vụ trước ngày 27/12/2022.
2. Sở Thông tin và Truyền thông tiếp tục hỗ trợ các cơ quan, đơn vị cập nhật tài liệu kiểm \
chứng lên phần mềm chấm điểm.
Quá thời hạn trên, Sở Nội vụ sẽ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT, CCHC.
GIÁM ĐỐC

DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO
(Kèm theo Văn bản số 512/SNV-CCHC ngày 20/12/2022 của Sở Nội vụ)
STT | Cơ quan, đơn vị | Ghi chú
1 | Sở Xây dựng | Chưa gửi
2 | Ủy ban nhân dân huyện Na Hang | Chưa gửi
3 | Công an tỉnh | Chưa gửi
"""


def test_extension_reads_the_attached_list_and_leaves_the_history(catalogue):
    draft = read_letter(EXTENSION, catalogue, catalogue.province("tuyen-quang"), "gh.txt")
    assert not draft.problems
    assert [t.deadline for t in draft.tasks] == [date(2022, 12, 27)]
    task = draft.tasks[0]
    assert set(task.units) == {"Sở Xây dựng", "UBND huyện Na Hang", "Công an tỉnh"}
    assert task.supporting == ("Sở Thông tin và Truyền thông",)
    assert task.forms == ("Biểu mẫu số 02",)
    assert task.recipient == "Sở Nội vụ"


def test_a_pilot_period_is_no_deadline(catalogue):
    text = EXTENSION.replace(
        "Quá thời hạn trên",
        "3. Triển khai thí điểm phần mềm chấm điểm tại các huyện, thời gian thí điểm từ ngày "
        "01/01/2023 đến hết ngày 30/6/2023.\nQuá thời hạn trên",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "gh.txt")
    assert [t.deadline for t in draft.tasks] == [date(2022, 12, 27)]


PILOT = """UBND TỈNH TUYÊN QUANG
Số: 901/UBND-KGVX
V/v thí điểm tiếp nhận hồ sơ đất đai qua ứng dụng di động tại huyện Hàm Yên
Tuyên Quang, ngày 10 tháng 5 năm 2023

Kính gửi:
- Sở Tài nguyên và Môi trường;
- Công an tỉnh;
- Sở Tư pháp;
- Ủy ban nhân dân huyện Hàm Yên.

Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Giao Sở Tài nguyên và Môi trường chủ trì xây dựng Phương án thí điểm, trình Chủ tịch Ủy ban \
nhân dân tỉnh trước ngày 25/5/2023. Công an tỉnh cử cán bộ phối hợp xác thực tài khoản định \
danh; Sở Tư pháp góp ý dự thảo Phương án.
2. Ủy ban nhân dân huyện Hàm Yên chỉ đạo các phòng chuyên môn, Ủy ban nhân dân các xã phối hợp \
tổ chức thí điểm; báo cáo kết quả thực hiện trước ngày 20 hằng tháng (theo Mẫu số 02 kèm theo) \
gửi Sở Tài nguyên và Môi trường. Báo cáo tháng đầu tiên gửi trước ngày 20/6/2023.
Trân trọng./.
"""


def test_a_first_report_dates_the_recurrence_and_helpers_follow_the_duty(catalogue):
    draft = read_letter(PILOT, catalogue, catalogue.province("tuyen-quang"), "td.txt")
    assert not draft.problems
    plan, report = draft.tasks
    assert plan.units == ("Sở Tài nguyên và Môi trường",)
    assert set(plan.supporting) == {"Công an tỉnh", "Sở Tư pháp"}
    assert report.deadline is None and report.recurrence is not None
    assert (report.recurrence.every, report.recurrence.day) == ("month", 20)
    assert report.recurrence.first == date(2023, 6, 20)
    assert report.units == ("UBND huyện Hàm Yên",)
    # the report is the duty dated, not what the district has its offices do
    assert report.title.startswith("Báo cáo kết quả thực hiện")
    assert "thí điểm tiếp nhận hồ sơ đất đai" in report.title


def test_an_addressee_whose_name_only_starts_like_a_known_one_is_unknown(catalogue):
    text = EXTENSION.replace(
        "Kính gửi: Các cơ quan, đơn vị có tên trong danh sách gửi kèm.",
        "Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Công an tỉnh Tuyên Quang.",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "gh.txt")
    assert any("Sở Nông nghiệp và Môi trường" in str(p) for p in draft.problems)
    assert "Sở Nông nghiệp và Phát triển nông thôn" not in draft.tasks[0].units
    assert "Công an tỉnh" in draft.tasks[0].units  # the province's name ends a known one


def test_a_text_with_no_dated_duty_says_so_once(catalogue):
    from knowledge.letters.publish import blockers

    text = EXTENSION.replace("trước ngày 27/12/2022", "sớm nhất")
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "gh.txt")
    lines = blockers(draft, catalogue, catalogue.province("tuyen-quang"))
    assert len([ln for ln in lines if "nhiệm vụ nào có thời hạn" in ln]) == 1


def test_an_e_mail_that_opens_with_kinh_gui_is_no_letter(catalogue):
    text = (
        "Từ: phongcntt@stttt.tuyenquang.gov.vn\nChủ đề: nhắc nộp báo cáo\n\n"
        "Kính gửi: Các sở, ban, ngành.\n"
        "Phòng CNTT nhắc các đơn vị gửi báo cáo chuyển đổi số trước ngày 20/5/2023.\n"
        "Trân trọng,\nLan\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "thu.txt")
    assert not draft.tasks
    assert str(draft.problems[0]).startswith("đây không phải một công văn")


POSTPONED = """UBND TỈNH TUYÊN QUANG
SỞ TƯ PHÁP
Số: 77/STP-HCTP
V/v gia hạn thời gian gửi báo cáo đăng ký khai sinh trực tuyến
Tuyên Quang, ngày 6 tháng 5 năm 2024

Kính gửi: UBND các huyện, thành phố.

Ngày 02/4/2024, Sở Tư pháp có Văn bản số 51/STP-HCTP đề nghị các đơn vị báo cáo trước ngày \
30/4/2024.
Để có số liệu tổng hợp, Sở Tư pháp gia hạn thời gian gửi báo cáo đến trước ngày 15/5/2024. Đề \
nghị các đơn vị bổ sung số liệu khai sinh trực tuyến theo hướng dẫn và Mẫu số 03 kèm theo Văn \
bản số 51/STP-HCTP, gửi về Sở Tư pháp.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_date_the_sender_extends_to_is_the_request_s_after_it(catalogue):
    # "Sở … gia hạn thời gian gửi báo cáo đến trước ngày …. Đề nghị các đơn vị … gửi về Sở …":
    # the sender's sentence gives the date; the request after it, dated nowhere, is the duty
    draft = read_letter(POSTPONED, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    assert not draft.problems
    (task,) = draft.tasks
    assert (task.deadline, task.deadline_text) == (date(2024, 5, 15), "trước ngày 15/5/2024")
    assert task.title == (
        "Bổ sung số liệu khai sinh trực tuyến theo hướng dẫn và Mẫu số 03, gửi về Sở Tư pháp"
    )
    assert task.forms == ("Mẫu số 03",)  # named beside the guide the work follows
    assert task.recipient == "Sở Tư pháp" and len(task.units) == 7


def test_a_time_extended_to_a_day_is_the_deadline_of_the_request_beside_it(catalogue):
    text = POSTPONED.replace(
        "Để có số liệu tổng hợp, Sở Tư pháp gia hạn thời gian gửi báo cáo đến trước ngày "
        "15/5/2024. Đề nghị các đơn vị",
        "Sở Tư pháp đồng ý gia hạn thời gian gửi báo cáo đến ngày 15/5/2024; đề nghị các đơn vị",
    )
    assert "đồng ý gia hạn" in text
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    (task,) = draft.tasks
    # "đến ngày" sets a deadline where a time is extended to it, and the request after ";"
    # is the duty
    assert (task.deadline, task.deadline_text) == (date(2024, 5, 15), "đến ngày 15/5/2024")
    assert task.title.startswith("Bổ sung số liệu khai sinh trực tuyến")
    # elsewhere "đến ngày" is the end of a span, no deadline
    from knowledge.letters.dates import deadlines

    assert deadlines("số liệu tính đến ngày 30/4/2024", None) == []


def test_a_request_the_sender_grants_is_the_reason_not_a_request_of_its_own(catalogue):
    # "Do nhiều đơn vị đề nghị, Sở … gia hạn …": the request before the sender is why it
    # extends; the one after the date is the duty, and "chưa gửi báo cáo khẩn trương" says who
    text = POSTPONED.replace(
        "Để có số liệu tổng hợp, Sở Tư pháp gia hạn", "Do nhiều đơn vị đề nghị, Sở Tư pháp gia hạn"
    ).replace(
        "Đề nghị các đơn vị bổ sung", "Đề nghị các đơn vị chưa gửi báo cáo khẩn trương bổ sung"
    )
    assert "chưa gửi báo cáo khẩn trương" in text and "Do nhiều" in text
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stp.txt").tasks
    assert task.deadline == date(2024, 5, 15)
    assert task.title.startswith("Bổ sung số liệu khai sinh trực tuyến")


def test_the_request_in_the_paragraph_after_the_extension_is_the_duty(catalogue):
    # the sender's extension ends its paragraph; the request is the next one, pointing back at
    # the date ("đúng thời hạn nêu trên"), its aside saying who ("(có tên tại Kính gửi)"), its
    # form the earlier letter's
    text = POSTPONED.split("Để có số liệu")[0] + (
        "Để có số liệu tổng hợp, Sở Tư pháp gia hạn thời gian gửi báo cáo đến hết ngày "
        "15/5/2024.\nĐề nghị các đơn vị chưa gửi báo cáo (có tên tại Kính gửi) bổ sung số liệu "
        "khai sinh trực tuyến (theo Phụ lục kèm theo Văn bản số 51/STP-HCTP), gửi về Sở Tư "
        "pháp đúng thời hạn nêu trên.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stp.txt").tasks
    assert (task.deadline, task.deadline_text) == (date(2024, 5, 15), "đến hết ngày 15/5/2024")
    assert task.title == "Bổ sung số liệu khai sinh trực tuyến (theo Phụ lục), gửi về Sở Tư pháp"
    assert task.forms == ("Phụ lục",)
    assert task.recipient == "Sở Tư pháp" and len(task.units) == 7


def test_a_duty_sent_to_the_sender_does_not_take_the_request_after_it(catalogue):
    # "- Cử cán bộ đầu mối, gửi về Sở … trước …" then another unit's request: the sender is
    # named as where the work goes, it moves no date; each duty stays its own
    text = POSTPONED.split("Để có số liệu")[0] + (
        "Đề nghị các đơn vị cử cán bộ đầu mối, gửi danh sách về Sở Tư pháp trước ngày "
        "15/5/2024.\nĐề nghị Viễn thông Tuyên Quang hỗ trợ các đơn vị gửi báo cáo trực tuyến.\n"
        "Trân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stp.txt").tasks
    assert task.title.startswith("Cử cán bộ đầu mối")


def test_the_moved_time_said_otherwise_and_the_request_pointing_back_otherwise(catalogue):
    text = POSTPONED.split("Để có số liệu")[0] + (
        "Sở Tư pháp điều chỉnh thời hạn gửi báo cáo đến ngày 15/5/2024.\nĐề nghị các đơn vị "
        "hoàn thiện báo cáo khai sinh trực tuyến, gửi về Sở Tư pháp trước thời hạn trên.\n"
        "Trân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stp.txt").tasks
    assert task.deadline == date(2024, 5, 15)
    assert task.title == "Hoàn thiện báo cáo khai sinh trực tuyến, gửi về Sở Tư pháp"
