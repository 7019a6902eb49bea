"""ux30 #10, files: a Word file renamed .xlsx was refused as "không có trang tính nào" (not what
the officer sees), and a template of another unit whose unit line was typed over with the
sender's own name was refused as "Đây là mẫu … của Sở Tư pháp", contradicting the sheet. Now
the file is said as what it is, and taken as a file where the unit owes one; the template's
refusal quotes what its unit line shows. The database is asserted after each."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.letter_2023 import letter_docx
from tests.e2e.test_submissions import saved, template_of
from tests.e2e.test_tryout_2023 import SEPTEMBER, play, services
from tests.e2e.test_unnamed_files import CONTACTS, HAM_YEN, published

WORD = letter_docx()  # any Word document


async def test_a_word_file_renamed_xlsx_is_said_as_what_it_is(player):
    await register(player, 1002, "Sở Y tế", "Bình")
    await player.line("@ 2021-05-13 08:00")
    out = texts(await player.upload(1002, "bao_cao_pl1.xlsx", WORD), 1002)
    assert out == [
        "Tệp bao_cao_pl1.xlsx: tệp này là Word (.docx) đổi đuôi .xlsx, không phải bảng tính: bot "
        "không đọc được biểu trong đó. Biểu của bot: tải mẫu ở /baocao, điền bằng Excel rồi gửi "
        "lại đúng tệp đó. Không có gì được lưu."
    ]
    assert services(player).submissions.submissions(agency="Sở Y tế") == []


async def test_a_word_file_renamed_xlsx_is_taken_as_a_file_where_one_is_owed(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    await play(player, "@ 2023-09-18 08:00")
    calls = await player.upload(1002, "bc_t9.xlsx", WORD)
    out = texts(calls, 1002)
    assert out[0].startswith(
        "Tệp bc_t9.xlsx: tệp này là Word (.docx) đổi đuôi .xlsx; bot nhận nó như một tệp nộp. "
    ), out
    assert services(player).submissions.submissions(agency=HAM_YEN) == []
    [[button]] = calls[-1]["buttons"]
    out = texts(await play(player, f"1002 > [{button}]"), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_t9.xlsx"), out
    [kept] = services(player).submissions.submissions(agency=HAM_YEN)
    assert kept.task == SEPTEMBER and services(player).submissions.content(kept.id) == WORD


async def test_a_borrowed_template_typed_over_is_refused_quoting_its_unit_line(player):
    await register(player, 1001, "Sở Tư pháp", "An")
    await register(player, 1002, "Sở Y tế", "Bình")
    book = await template_of(player, 1001, "Mẫu Phụ lục I")
    sheet = book.worksheets[0]
    cell = next(c for row in sheet.iter_rows() for c in row if str(c.value or "").startswith("Cơ"))
    cell.value = "Cơ quan, đơn vị: Sở Y tế"
    out = texts(await player.upload(1002, "pl1.xlsx", saved(book)), 1002)
    assert out == [
        "Trang tính ghi «Cơ quan, đơn vị: Sở Y tế», nhưng tệp này là mẫu Phụ lục I bot tạo cho Sở "
        "Tư pháp (sửa dòng đơn vị không đổi được mẫu), không phải của Sở Y tế. Tải mẫu của Sở Y "
        "tế ở /baocao, chép số liệu sang rồi gửi lại. Không có gì được lưu."
    ]
    assert services(player).submissions.submissions(agency="Sở Y tế") == []
