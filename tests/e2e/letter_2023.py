"""A 2023 letter of the seeds' genre, built as the coordinator would receive it: a .docx made with
python-docx (the heading and the signature in two-column tables, the forms annexed as tables). It
sets a one-off task on "Mẫu số 01" for the Sở, ban, ngành, Công an tỉnh and BHXH tỉnh, a monthly
report on "Mẫu số 02" for the districts, a one-off list from every addressee, and support by
Viễn thông and Bưu điện tỉnh; it closes with the usual "liên hệ … để được hướng dẫn"."""

from __future__ import annotations

from functools import cache
from io import BytesIO

from docx import Document

NAME = "cv1586.docx"
HEAD_LEFT = [
    "UBND TỈNH TUYÊN QUANG",
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "",
    "Số: 1586/STTTT-CNTT",
    "V/v triển khai dịch vụ công trực tuyến toàn trình và báo cáo định kỳ năm 2023",
]
HEAD_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "Tuyên Quang, ngày 21 tháng 8 năm 2023",
]
BODY = [
    "Kính gửi:",
    "- Các sở, ban, ngành tỉnh;",
    "- Công an tỉnh; Bảo hiểm xã hội tỉnh;",
    "- Ủy ban nhân dân các huyện, thành phố.",
    "Thực hiện Quyết định số 422/QĐ-TTg ngày 04/4/2022 của Thủ tướng Chính phủ phê "
    "duyệt danh mục dịch vụ công trực tuyến tích hợp, cung cấp trên Cổng Dịch vụ công"
    " quốc gia năm 2022; Kế hoạch số 89/KH-UBND ngày 15/6/2023 của UBND tỉnh về "
    "chuyển đổi số năm 2023, Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị"
    " thực hiện một số nội dung sau:",
    "1. Rà soát danh mục dịch vụ công trực tuyến toàn trình",
    "Các sở, ban, ngành, Công an tỉnh, Bảo hiểm xã hội tỉnh rà soát các thủ tục hành "
    "chính thuộc phạm vi quản lý đủ điều kiện cung cấp dịch vụ công trực tuyến toàn "
    "trình, tổng hợp theo Mẫu số 01 kèm theo, gửi về Sở Thông tin và Truyền thông "
    "trước ngày 08/9/2023 để tổng hợp, báo cáo UBND tỉnh.",
    "2. Báo cáo định kỳ kết quả giải quyết hồ sơ trực tuyến",
    "UBND các huyện, thành phố báo cáo kết quả tiếp nhận, giải quyết hồ sơ trực tuyến"
    " trên địa bàn (theo Mẫu số 02 kèm theo) gửi về Sở Thông tin và Truyền thông "
    "trước ngày 20 hằng tháng, bắt đầu từ tháng 9/2023.",
    "3. Cử cán bộ đầu mối",
    "Các cơ quan, đơn vị cử 01 lãnh đạo và 01 cán bộ đầu mối phụ trách dịch vụ công "
    "trực tuyến, gửi danh sách (họ tên, chức vụ, số điện thoại) về Sở Thông tin và "
    "Truyền thông trước ngày 28/8/2023, qua địa chỉ thư điện tử: "
    "phongcntt.stttt@tuyenquang.gov.vn.",
    "4. Viễn thông Tuyên Quang, Bưu điện tỉnh phối hợp, hỗ trợ các đơn vị về hạ tầng "
    "kỹ thuật, hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc đề nghị liên hệ Phòng Công"
    " nghệ thông tin, Sở Thông tin và Truyền thông (điện thoại: 0207.3822.xxx) để "
    "được hướng dẫn.",
    "Trân trọng./.",
]
FOOT_LEFT = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, CNTT."]
FOOT_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn Thịnh"]
ANNEXES = [
    (
        [
            "Mẫu số 01",
            "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐỦ ĐIỀU KIỆN CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH",
            "(Kèm theo Văn bản số 1586/STTTT-CNTT ngày 21/8/2023 của Sở TT&TT)",
        ],
        [
            ["STT", "Tên thủ tục hành chính", "Mã TTHC", "Lĩnh vực", "Đủ điều kiện (x)"],
            ["1", "", "", "", ""],
        ],
    ),
    (
        ["Mẫu số 02", "BÁO CÁO KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TRỰC TUYẾN THÁNG .../2023"],
        [["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Trong đó trực tuyến", "Tỷ lệ (%)"]],
    ),
]


@cache
def letter_docx() -> bytes:
    document = Document()
    for left, right in [(HEAD_LEFT, HEAD_RIGHT)]:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text, cells[1].text = "\n".join(left), "\n".join(right)
    for line in BODY:
        document.add_paragraph(line)
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text, cells[1].text = "\n".join(FOOT_LEFT), "\n".join(FOOT_RIGHT)
    document.add_page_break()
    for lines, rows in ANNEXES:
        for line in lines:
            document.add_paragraph(line)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    out = BytesIO()
    document.save(out)
    return out.getvalue()
