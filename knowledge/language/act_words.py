"""Acts done to a paper, an entitlement or a record that already exists: each is a service of its
own, not the one that issues or registers the thing. The catalogue names some of them as acts of
their own ("Cấp, gia hạn, cấp lại chứng chỉ …", "Chấm dứt hiệu lực …", "Xóa đăng ký thường
trú"), so a row does one only where its title prints it; the others are the ordinary names of
administrative procedures no title prints at all.

Reviewed lexicon data: one entry an act, as Vietnamese prints it, with the words a title may print
for the same act instead. An act of one syllable is read only as typed with its marks ("đổi", not
the "doi" of "đối tượng" or "bộ đội"); one of two syllables also without marks.
"""

from __future__ import annotations

# act as printed -> other wordings a title prints for the same act
OTHER_ACTS: dict[str, tuple[str, ...]] = {
    # extends a paper's validity (the titles' own: "Cấp, gia hạn …", "Gia hạn tạm trú")
    "gia hạn": (),
    # issues a paper again when lost or damaged (the titles' own: "Cấp, cấp lại …")
    "cấp lại": (),
    # exchanges a paper for a new one: a title printing "Đổi" does it
    "cấp đổi": ("đổi",),
    # exchanges a paper or changes a record (the titles' own: "Đổi giấy phép lái xe")
    "đổi": (),
    # changes what a record holds (the titles' own: "Đăng ký thay đổi thông tin …")
    "thay đổi": (),
    # amends a record or a paper (the titles' own: "Thông báo sửa đổi, bổ sung …")
    "sửa đổi": (),
    # corrects a civil status record (khai sinh, hộ tịch): no title prints it
    "cải chính": (),
    # corrects what a paper or a record says, in everyday words: no title prints it
    "sửa lại": (),
    # adjusts an entitlement (the titles' own: "Thực hiện, điều chỉnh, thôi hưởng …")
    "điều chỉnh": (),
    # withdraws a paper from its holder: no title prints it
    "thu hồi": (),
    # cancels a paper or a record (the titles' own: "Hủy bỏ hiệu lực …", "hủy mẫu con dấu")
    "hủy": ("hủy bỏ",),
    # strikes a registration off (the titles' own: "Xóa đăng ký thường trú")
    "xóa": (),
    # the same, with what is struck off: read without marks too, as three syllables
    "xóa đăng ký": (),
    # ends a paper's validity (the titles' own: "Chấm dứt hiệu lực …")
    "chấm dứt": (),
    # restores a paper's use after it was lost or suspended: no title prints it
    "khôi phục": (),
    # reports a paper lost to the authority: no title prints it
    "trình báo": (),
    # re-marks an examination paper: no title prints it (the exam row only registers)
    "phúc khảo": (),
    # refunds tax paid: no title prints it (the tax rows declare, register and pay)
    "hoàn thuế": (),
    # exempts from or reduces a charge: no title prints it (the charge rows pay it)
    "miễn": (),
    # the same, both acts named ("miễn, giảm"): read without marks too, as two syllables
    "miễn giảm": (),
    # moves a building or a structure elsewhere: no title prints it
    "di dời": (),
    # raises a licence to a higher class: no title prints it
    "nâng hạng": (),
    # suspends a business for a while: no title prints it
    "tạm ngừng": (),
    # dissolves an organisation: no title prints it
    "giải thể": (),
}

# A title that opens with this word names a group of procedures on its thing ("Nhóm thủ tục
# đăng ký giao dịch bảo đảm"): registering, changing and striking off alike
GROUP_WORDS = ("nhóm",)
