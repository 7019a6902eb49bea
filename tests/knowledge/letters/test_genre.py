"""Letters of the genre written for these tests, one structure each: what the reader drafts from
them, field by field."""

from __future__ import annotations

import io
from datetime import date

import docx

from knowledge.formats.letter_file import read_letter_file
from knowledge.letters.extract import read_letter

DISTRICTS = 7

# Parts "I." addressed to units, items and a "Thời hạn:" line, a quarterly report "tháng đầu quý
# sau", a support part naming "khoản 2 Mục I", and dates that set nothing: one in the grounds,
# one counting figures, a meeting, the sender's own next step.
PARTS = """UBND TỈNH TUYÊN QUANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ          Độc lập - Tự do - Hạnh phúc
Số: 1024/SYT-NVY          Tuyên Quang, ngày 05 tháng 7 năm 2022
V/v triển khai hồ sơ sức khỏe điện tử và
báo cáo kết quả định kỳ

Kính gửi: UBND các huyện, thành phố; Bảo hiểm xã hội tỉnh; Sở Thông tin và Truyền thông.

Căn cứ Kế hoạch số 77/KH-UBND ngày 10/5/2022 của UBND tỉnh về chuyển đổi số ngành y tế, trong \
đó giao hoàn thành lập hồ sơ sức khỏe điện tử trong quý IV/2022; Sở Y tế đề nghị các cơ quan, \
đơn vị thực hiện như sau:

I. ĐỐI VỚI UBND CÁC HUYỆN, THÀNH PHỐ
1. Chỉ đạo Trung tâm Y tế cấp huyện rà soát danh sách người dân chưa có hồ sơ sức khỏe điện tử.
2. Báo cáo tiến độ lập hồ sơ sức khỏe điện tử (theo Biểu mẫu số 03 kèm theo) gửi Sở Y tế trước \
ngày 10 của tháng đầu quý sau, kể từ quý III/2022; số liệu tính đến hết ngày cuối cùng của quý.

II. ĐỐI VỚI BẢO HIỂM XÃ HỘI TỈNH
Cung cấp danh sách thẻ bảo hiểm y tế còn hiệu lực theo từng huyện, gửi Sở Y tế.
Thời hạn: chậm nhất ngày 25/7/2022.

III. ĐỐI VỚI SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Phối hợp với Sở Y tế bảo đảm kết nối, chia sẻ dữ liệu tại khoản 2 Mục I văn bản này.

Kết quả sẽ được Sở Y tế tổng hợp, báo cáo tại cuộc họp giao ban tháng 8/2022.

Trân trọng./.

Nơi nhận:          GIÁM ĐỐC
- Như trên;
- Lưu: VT, NVY.
"""


def _read(catalogue, text, province="tuyen-quang"):
    return read_letter(text, catalogue, catalogue.province(province), "thu.txt")


def test_parts_addressed_to_units(catalogue):
    draft = _read(catalogue, PARTS)
    assert not draft.problems
    assert draft.letter.sender == "Sở Y tế" and draft.letter.date == date(2022, 7, 5)
    quarterly, cards = draft.tasks  # nothing from the grounds, the figures or the meeting
    assert quarterly.recurrence is not None and quarterly.deadline is None
    assert (quarterly.recurrence.every, quarterly.recurrence.day) == ("quarter", 10)
    assert quarterly.recurrence.first == date(2022, 10, 10)  # Q3's report, in October
    assert quarterly.deadline_text == "trước ngày 10 của tháng đầu quý sau"
    assert len(quarterly.units) == DISTRICTS
    assert quarterly.supporting == ("Sở Thông tin và Truyền thông",)  # "khoản 2 Mục I"
    assert quarterly.forms == ("Biểu mẫu số 03",) and quarterly.recipient == "Sở Y tế"
    assert quarterly.title.startswith("Báo cáo tiến độ lập hồ sơ sức khỏe điện tử")
    assert quarterly.source == "thu.txt#mục I, khoản 2"
    # "Thời hạn: …" dates the duty above it
    assert cards.deadline == date(2022, 7, 25) and cards.units == ("Bảo hiểm xã hội tỉnh",)
    assert cards.title.startswith("Cung cấp danh sách thẻ bảo hiểm y tế")
    assert cards.supporting == () and cards.recipient == "Sở Y tế"


# No sections: the duties are the opening's dashes; a monthly one "vào ngày 25 hằng tháng"; two
# units named at the start of a line owe their own; an e-mail copy; the office under the
# committee; the columns run together without a gap.
OPENING = """ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG Độc lập - Tự do - Hạnh phúc
Số: 3310/VP-KGVX Tuyên Quang, ngày 14 tháng 11 năm 2022
V/v thống kê phần mềm dùng chung và nhu cầu đào tạo

Kính gửi:
- Các cơ quan chuyên môn thuộc UBND tỉnh;
- UBND các huyện, thành phố.

Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 10/2022, Văn phòng UBND \
tỉnh đề nghị các cơ quan, đơn vị:

- Thống kê các phần mềm dùng chung đang sử dụng tại cơ quan, đơn vị (tên phần mềm, đơn vị cung \
cấp, năm đưa vào sử dụng) theo Phụ lục I kèm theo; gửi về Văn phòng UBND tỉnh trước ngày \
30/11/2022, đồng thời gửi bản mềm qua địa chỉ thư điện tử vpubnd@tuyenquang.gov.vn.

- Cập nhật nhu cầu đào tạo kỹ năng số cho cán bộ, công chức vào ngày 25 hằng tháng, bắt đầu từ \
tháng 12/2022 (theo Phụ lục II), gửi Văn phòng UBND tỉnh.

Sở Tư pháp và Sở Nội vụ gửi ý kiến về dự thảo Quy chế quản lý phần mềm dùng chung về Văn phòng \
UBND tỉnh chậm nhất vào ngày 05/12/2022.

Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_duties_in_the_opening(catalogue):
    draft = _read(catalogue, OPENING)
    assert not draft.problems
    assert draft.letter.sender == "Văn phòng UBND tỉnh"
    assert draft.letter.number == "3310/VP-KGVX"
    survey, training, comments = draft.tasks
    assert survey.deadline == date(2022, 11, 30) and survey.forms == ("Phụ lục I",)
    assert survey.recipient == "Văn phòng UBND tỉnh"  # the body; the e-mail is a channel
    assert "Văn phòng UBND tỉnh" not in survey.units and len(survey.units) == 17 + DISTRICTS
    assert "@" not in survey.title and "tên phần mềm" not in survey.title
    assert training.recurrence is not None and training.recurrence.first == date(2022, 12, 25)
    assert training.deadline_text == "vào ngày 25 hằng tháng"
    assert comments.units == ("Sở Tư pháp", "Sở Nội vụ")
    assert comments.deadline == date(2022, 12, 5)


# Points "a)", "b)", "c)" under an addressee; a completion with no deliverable; a support
# section naming one point; a dated comment duty, which is a task of its own.
POINTS = """UBND TỈNH KHÁNH HÒA
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 901/STTTT-BCVT
V/v bảo đảm an toàn thông tin cho Cổng Dịch vụ công tỉnh
Khánh Hòa, ngày 02 tháng 6 năm 2022

Kính gửi: Công an tỉnh; Văn phòng UBND tỉnh; Sở Tư pháp; Sở Nội vụ.

Sở Thông tin và Truyền thông đề nghị các cơ quan thực hiện một số nội dung sau:

1. Văn phòng UBND tỉnh
a) Rà soát tài khoản quản trị của Cổng Dịch vụ công tỉnh, thu hồi tài khoản không còn sử dụng.
b) Chủ trì, phối hợp với Sở Thông tin và Truyền thông khắc phục các điểm yếu an toàn thông tin \
theo báo cáo đánh giá; hoàn thành trước ngày 30/6/2022.
c) Báo cáo kết quả khắc phục (theo Phụ lục 2 kèm theo) về Sở Thông tin và Truyền thông chậm \
nhất ngày 08/7/2022.

2. Công an tỉnh
Hỗ trợ Văn phòng UBND tỉnh kiểm tra, đánh giá lại hệ thống sau khắc phục theo nội dung tại \
điểm c mục 1.

3. Sở Tư pháp, Sở Nội vụ
Cho ý kiến đối với dự thảo Quy chế bảo đảm an toàn thông tin của Cổng Dịch vụ công tỉnh (gửi \
kèm), gửi về Sở Thông tin và Truyền thông trước ngày 20/6/2022.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, BCVT.
"""


def test_points_under_an_addressee(catalogue):
    draft = _read(catalogue, POINTS, "khanh-hoa")
    assert not draft.problems
    fix, report, comments = draft.tasks
    assert fix.units == report.units == ("Văn phòng UBND tỉnh",)
    assert fix.title.startswith("Khắc phục các điểm yếu")  # not "Chủ trì, phối hợp với …"
    assert fix.recipient is None  # a completion: nothing is sent
    # Công an tỉnh supports point c only; the sender the point has them work with is a partner
    # (it receives nothing from this point)
    assert fix.supporting == ("Sở Thông tin và Truyền thông",)
    assert report.supporting == ("Công an tỉnh",) and report.forms == ("Phụ lục 2",)
    assert report.source == "thu.txt#mục 1, điểm c"
    assert comments.units == ("Sở Tư pháp", "Sở Nội vụ")
    assert comments.title.startswith("Cho ý kiến đối với dự thảo Quy chế bảo đảm an toàn")
    assert comments.recipient == "Sở Thông tin và Truyền thông"


# Items by topic, each dated by a "Thời gian thực hiện:" line or a point; forms listed after
# "theo" on a dateless point; a dossier's contents; figures counted to a date; a support item.
TOPICS = """UBND TỈNH TUYÊN QUANG
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
_____________
Số: 655/SKHĐT-TH
V/v xây dựng kế hoạch đầu tư công năm 2023

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
________________________
Tuyên Quang, ngày 20 tháng 6 năm 2022

Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố.

Thực hiện Chỉ thị số 12/CT-TTg ngày 15/6/2022 của Thủ tướng Chính phủ, Sở Kế hoạch và Đầu tư \
hướng dẫn các cơ quan, đơn vị như sau:

1. Đánh giá tình hình thực hiện kế hoạch đầu tư công năm 2022
Các cơ quan, đơn vị đánh giá kết quả giải ngân vốn đầu tư công 6 tháng đầu năm, ước cả năm \
2022; số liệu tính đến hết ngày 30/6/2022.
Thời gian thực hiện: trước ngày 15/7/2022.

2. Lập danh mục dự án đề xuất năm 2023
a) Danh mục dự án chuyển tiếp và dự án khởi công mới lập theo Biểu mẫu số 01, Biểu mẫu số 02.
b) Hồ sơ đề xuất gửi về Sở Kế hoạch và Đầu tư trước ngày 31/7/2022.
Hồ sơ gồm:
- Văn bản đề xuất của cơ quan, đơn vị;
- Báo cáo đề xuất chủ trương đầu tư của từng dự án.

3. Sở Tài chính
Phối hợp với Sở Kế hoạch và Đầu tư cân đối nguồn vốn theo nội dung tại mục 2.

Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT, TH.
"""


def test_items_by_topic(catalogue):
    draft = _read(catalogue, TOPICS)
    assert not draft.problems
    assert draft.letter.sender == "Sở Kế hoạch và Đầu tư"
    review, dossier = draft.tasks  # "số liệu tính đến hết ngày 30/6/2022" sets nothing
    assert review.deadline == date(2022, 7, 15)
    assert review.title == "Đánh giá tình hình thực hiện kế hoạch đầu tư công năm 2022"
    # the group, the sender in it: nothing of it is sent to the sender (only a receiver leaves)
    assert len(review.units) == 18 + DISTRICTS and "Sở Kế hoạch và Đầu tư" in review.units
    assert "Sở Tài chính" in review.units  # it supports item 2 only
    assert dossier.title.startswith("Lập danh mục dự án đề xuất năm 2023: hồ sơ đề xuất")
    assert dossier.forms == ("Biểu mẫu số 01", "Biểu mẫu số 02")  # from the dateless point
    assert dossier.supporting == ("Sở Tài chính",) and "Sở Tài chính" not in dossier.units
    assert len(dossier.contents) == 2 and dossier.recipient == "Sở Kế hoạch và Đầu tư"


def _table_letter() -> bytes:
    """A .docx: the head in a table, the task as a table of labels and values."""
    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "UBND TỈNH TUYÊN QUANG\nSỞ TƯ PHÁP"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 480/STP-HCTP\nV/v báo cáo công tác chứng thực điện tử\nquý III"
    head.cell(1, 1).text = "Tuyên Quang, ngày 12 tháng 9 năm 2022"
    for text in ("Kính gửi:", "- UBND các huyện, thành phố;", "- Sở Thông tin và Truyền thông."):
        document.add_paragraph(text)
    document.add_paragraph("Sở Tư pháp đề nghị các cơ quan, đơn vị thực hiện nội dung sau:")
    rows = [
        ("Nội dung công việc", "Báo cáo kết quả chứng thực bản sao điện tử tại bộ phận một cửa"),
        ("Đơn vị thực hiện", "UBND các huyện, thành phố"),
        ("Đơn vị phối hợp", "Sở Thông tin và Truyền thông (trích xuất số liệu)"),
        ("Biểu mẫu", "Mẫu số 05 kèm theo"),
        ("Thời hạn", "Chậm nhất ngày 30/9/2022"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for i, (label, value) in enumerate(rows):
        table.cell(i, 0).text, table.cell(i, 1).text = label, value
    document.add_paragraph("Báo cáo gửi về Sở Tư pháp qua Hệ thống quản lý văn bản và điều hành.")
    document.add_paragraph("Trân trọng./.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_task_laid_out_as_a_table(catalogue):
    text = read_letter_file(_table_letter())
    draft = _read(catalogue, text)
    assert not draft.problems
    assert draft.letter.number == "480/STP-HCTP" and draft.letter.sender == "Sở Tư pháp"
    (task,) = draft.tasks
    assert task.title.startswith("Báo cáo kết quả chứng thực bản sao điện tử")
    assert (task.deadline, task.deadline_text) == (date(2022, 9, 30), "Chậm nhất ngày 30/9/2022")
    assert len(task.units) == DISTRICTS
    assert task.supporting == ("Sở Thông tin và Truyền thông",)
    assert task.forms == ("Mẫu số 05",)
    assert task.recipient == "Sở Tư pháp"  # said on the line after the table


# The opening announces two reports its items then set out; forms on a dateless item; an annex
# for reading only; short titles that say more with the letter's subject; a report that goes to
# the committee through an office.
ANNOUNCED = """UBND TỈNH TUYÊN QUANG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH        Độc lập - Tự do - Hạnh phúc
Số: 2207/STC-QLNS        Tuyên Quang, ngày 15 tháng 6 năm 2023
V/v báo cáo tình hình sử dụng kinh phí chuyển đổi số

Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố; Viễn thông Tuyên Quang.

Để tổng hợp, Sở Tài chính đề nghị các cơ quan, đơn vị báo cáo định kỳ 6 tháng (trước ngày 10/7 \
và 10/12) năm 2023, cụ thể:

1. Báo cáo 6 tháng đầu năm 2023: gửi về Sở Tài chính trước ngày 10/7/2023.
2. Báo cáo năm 2023: gửi về Sở Tài chính trước ngày 10/12/2023.
3. Nội dung báo cáo theo Phụ lục 01 và Phụ lục 02 kèm theo văn bản này.
4. Phụ lục 03 (định mức chi) gửi kèm để các đơn vị tham khảo, không phải gửi lại.
5. Viễn thông Tuyên Quang
Hỗ trợ các đơn vị kết xuất số liệu chi cho thuê dịch vụ theo nội dung tại mục 1, mục 2.
6. Sở Nội vụ
Tổng hợp kết quả bố trí biên chế làm công tác chuyển đổi số, báo cáo Ủy ban nhân dân tỉnh (qua \
Văn phòng UBND tỉnh) trước ngày 30/6/2023.

Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_an_opening_that_announces_the_items(catalogue):
    draft = _read(catalogue, ANNOUNCED)
    assert not draft.problems
    half, year, staff = draft.tasks  # the opening's "(trước ngày 10/7 và 10/12)" are the items'
    assert [t.deadline for t in draft.tasks] == [
        date(2023, 7, 10),
        date(2023, 12, 10),
        date(2023, 6, 30),
    ]
    for report in (half, year):
        assert report.forms == ("Phụ lục 01", "Phụ lục 02")  # not the annex to read
        assert report.supporting == ("Viễn thông Tuyên Quang",)
        assert "Viễn thông Tuyên Quang" not in report.units
        assert report.recipient == "Sở Tài chính" and "Sở Tài chính" not in report.units
        # too short alone: followed by the letter's subject
        assert report.title.endswith("— báo cáo tình hình sử dụng kinh phí chuyển đổi số")
    assert staff.units == ("Sở Nội vụ",)
    assert staff.recipient == "UBND tỉnh (qua Văn phòng UBND tỉnh)"
    assert staff.supporting == () and staff.forms == ()


# Kính gửi says why some units are listed; a label with a bare date; two owners on one line.
