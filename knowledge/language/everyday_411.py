"""Everyday names of the rows of Quyết định 411/QĐ-TTg (see everyday.py). One block per row, in
the catalogue's order; the rows 406 repeats (411-1 and 411-5 the company's start, 411-10 the
road fine, 411-11 the registration fee, 411-12 the birth, 411-15 the old ID number, 411-16 the
licence changed) and the tax declared (411-4, beside 406-40's) share their entries in
everyday_406.py."""

from __future__ import annotations

from knowledge.language.everyday import Everyday as E

EVERYDAY_411: tuple[E, ...] = (
    # 411-2 the company's seal: a new one, a change, a cancellation notified (the seal of an
    # association or an office is registered with the police: another procedure)
    E(
        "act",
        "411-2",
        "khắc dấu|khắc con dấu|khắc lại dấu|khắc lại con dấu|làm con dấu|đổi con dấu"
        "|thay con dấu|làm dấu mới|hủy con dấu|mất con dấu|đổi mẫu dấu",
    ),
    E("thing", "411-2", "con dấu|mẫu dấu|dấu công ty|dấu tròn|con dấu mới"),
    # 411-3 the business licence fee (môn bài) declared
    E("act", "411-3", "nộp môn bài|đóng môn bài|khai môn bài"),
    # 411-4 a company's taxes declared
    E(
        "thing",
        "411-4",
        "thuế giá trị gia tăng|thuế gtgt|thuế vat|thuế tndn|thuế thu nhập doanh nghiệp"
        "|tờ khai thuế công ty",
    ),
    E("who", "411-4", "kế toán công ty|kế toán doanh nghiệp"),
    # 406-18, 411-5 a new company's social insurance code (406-18's title lists it too)
    E("thing", "406-18 411-5", "mã đơn vị bảo hiểm|mã đơn vị bhxh|mã bảo hiểm công ty"),
    # 411-6 the workforce's changes reported (hired, left)
    E(
        "act",
        "411-6",
        "báo tăng|báo giảm|tuyển thêm người|tuyển thêm công nhân|cho nghỉ việc|thôi việc"
        "|tăng lao động|giảm lao động|báo cáo lao động",
    ),
    E("who", "411-6", "nhân viên mới|công nhân mới|người lao động mới"),
    # 411-7, 411-8 power lines and poles laid beside a road, the road dug for them
    E("act", "411-7 411-8", "đi dây điện|dựng cột điện|trồng cột điện|kéo đường dây|đào đường"),
    E("thing", "411-7 411-8", "đường dây điện|cột điện|trạm biến áp|lưới điện|hành lang đường"),
    # 411-8 a supply of electricity connected: what a household or a works asks the power
    # company ("kéo điện" brings a supply in, 411-7's permits are the power company's own)
    E(
        "act",
        "411-8",
        "xin lắp điện|lắp đồng hồ điện|mắc điện|lắp công tơ|xin cấp điện|đấu nối điện"
        "|nâng công suất điện|kéo điện về|kéo điện",
    ),
    E("thing", "411-8", "công tơ điện|đồng hồ điện|điện 3 pha|điện ba pha|điện sản xuất"),
    # 411-9 a mortgage or pledge registered, changed or released: the loan that a security
    # backs; a loan alone ("vay vốn") is often unsecured, and the loan is no collateral
    E(
        "act",
        "411-9",
        "vay ngân hàng|vay vốn ngân hàng|giải chấp|xóa thế chấp|tất toán khoản vay"
        "|trả hết nợ ngân hàng",
    ),
    E("thing", "411-9", "tài sản bảo đảm|tài sản thế chấp|cầm sổ|cầm sổ đỏ"),
    # the land title is the collateral most loans pledge: beside a loan's act it is the security
    E("thing", "411-9", "sổ đỏ|sổ hồng"),
    # 411-13 the criminal record certificate: no conviction, asked for abroad or for a job
    E(
        "whole",
        "411-13",
        "không có tiền án|không tiền án|tiền án tiền sự|xác nhận không phạm tội",
    ),
    # a record's contents; "lý lịch" alone is as often the CV a commune certifies, and "xóa án
    # tích" is the court's
    E("thing", "411-13", "tiền án|tiền sự|án tích|phiếu lý lịch|lý lịch tư pháp"),
    E(
        "who",
        "411-13 411-19",
        "đi du học|đi xuất khẩu lao động|đi làm việc ở nước ngoài|định cư nước ngoài|xin visa",
    ),
    # the job applications that ask for the certificate
    E("who", "411-13", "hồ sơ xin việc|hồ sơ dự tuyển"),
    # 411-14 the State Treasury's spending control and one-stop counter
    E("act", "411-14", "kiểm soát chi|rút dự toán|giải ngân|thanh toán qua kho bạc"),
    # "dự toán" alone is as often a works' cost estimate
    E("thing", "411-14", "chứng từ kho bạc|dự toán ngân sách|tạm ứng vốn"),
    E("who", "411-14", "kế toán đơn vị|đơn vị sự nghiệp|ban quản lý dự án"),
    # 411-17 a first driving licence, after the driving school and the test
    E(
        "event",
        "411-17",
        "thi bằng lái|học lái xe|thi lái xe|thi sát hạch|học bằng lái",
    ),
    # the test taken to get one is the row's own act, a first licence ("cấp mới")
    E("act", "411-17", "thi lấy bằng|lấy bằng lái|thi lấy bằng lái"),
    E("who", "411-17", "chưa có bằng|học viên lái xe"),
    # 411-18 a promotion's notified content changed (a first notice is another procedure): its
    # gifts, its programme or its dates; the title prints "khuyến mại", people say "khuyến mãi"
    E(
        "act",
        "411-18",
        "kéo dài khuyến mãi|kéo dài khuyến mại|gia hạn khuyến mãi|đổi quà|thay quà"
        "|đổi chương trình|sửa chương trình|thêm quà|bớt quà|đổi thời gian khuyến mãi",
    ),
    E(
        "thing",
        "411-18",
        "chương trình khuyến mãi|đợt giảm giá|quà tặng|phiếu mua hàng|giảm giá"
        "|khuyến mãi|tặng quà|bốc thăm|quay số trúng thưởng|rút thăm trúng thưởng|tặng kèm",
    ),
    E("who", "411-18", "siêu thị|trung tâm thương mại|cửa hàng điện máy"),
    # 411-19 papers certified or legalised to be used abroad, or foreign papers used here
    E(
        "act",
        "411-19",
        "hợp thức hóa giấy tờ|dùng ở nước ngoài|mang ra nước ngoài|nộp đại sứ quán"
        "|nộp cho đại sứ quán|dấu lãnh sự|xác nhận của bộ ngoại giao",
    ),
    E("thing", "411-19", "đại sứ quán|lãnh sự quán|giấy tờ nước ngoài"),
)
