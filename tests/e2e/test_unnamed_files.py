"""A file a unit sends with no task named (no caption, no reply to a reminder, no `/nop` before
it), while the unit owes files for tasks whose forms the bot has no layout of (ux18 defect 3): a
.docx or .pdf was offered for that task, an .xlsx refused as "không phải mẫu biểu của bot", all
else the same. Now any accepted type is offered, one button a task owed, kept only on the press;
a filled template of ours is still read as its form; a file that cannot be placed says how to
name its task, and nothing is kept."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook

from tests.botkit import ADMIN, texts
from tests.e2e.letter_2023 import NAME, letter_docx
from tests.e2e.test_reply_files import filled_pl1, reminded, saved
from tests.e2e.test_tryout_2023 import BOSS, MONTHLY, SEPTEMBER, play, services

HAM_YEN = "UBND huyện Hàm Yên"
CONTACTS = "tq-2023-08-28"  # the list of contact officers: every addressee, no form, a file
SEPTEMBER_SHOWN = f"{MONTHLY} tháng 9/2023"  # an occurrence as officers read and type it
# a button leads with the task's short title, its key after it (ux23 #2)
SEPTEMBER_BUTTON = f"Nộp: Mẫu số 02 — tháng 9/2023 ({SEPTEMBER_SHOWN})"
CONTACTS_BUTTON = f"Nộp: Cử 01 lãnh đạo và 01 cán bộ đầu mối… ({CONTACTS})"
DOCX = b"PK\x03\x04" + b"\x00" * 300  # kept as sent, never opened


def plain_xlsx() -> bytes:
    """A unit's own workbook: none of the bot's forms."""
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Tên dịch vụ", "Số hồ sơ"])
    sheet.append([1, "Cấp giấy phép xây dựng", 12])
    data = BytesIO()
    book.save(data)
    return data.getvalue()


async def published(player) -> None:
    """The 2023 letter published whole: Hàm Yên owes the contact list (28/8) and the monthly
    report from September, both as files."""
    await player.line("@ 2023-08-21 09:00")
    await player.upload(ADMIN, NAME, letter_docx(), name=BOSS)
    await play(
        player,
        f"""
        {ADMIN} > [Đã kiểm tra, bỏ qua lỗi đọc]
        {ADMIN} > [Công bố]
        1002 Lê Văn Nam > /dangky ubnd ham yen
        {ADMIN} > /duyet 1002
        """,
    )
    assert {MONTHLY, CONTACTS} <= {t.id for t in services(player).province.tasks}


async def test_an_xlsx_with_no_caption_is_offered_as_a_docx_is(player):
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")  # one file owed: September's
    repo, subs = services(player).repo, services(player).submissions
    book = plain_xlsx()
    for name, content in (("bc_t9.docx", DOCX), ("bc_t9.xlsx", book)):
        calls = await player.upload(1002, name, content)
        out = texts(calls, 1002)
        assert out[0].startswith(
            f"Nộp tệp {name} cho nhiệm vụ đơn vị đang phải nộp?\n📌 Mẫu số 02: "
        ), out
        assert calls[-1]["buttons"] == [[SEPTEMBER_BUTTON]]
        # the title first, the key as code after it
        assert f"<code>{SEPTEMBER_SHOWN}</code> — hạn 20/9/2023" in calls[-1]["text"], out
        assert subs.submissions(agency=HAM_YEN) == []  # nothing kept before the press
        assert repo.current(SEPTEMBER, HAM_YEN) is None
    out = texts(await play(player, f"1002 > [{SEPTEMBER_BUTTON}]"), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_t9.xlsx (") and f"của {HAM_YEN}" in out[0]
    [kept] = subs.submissions(agency=HAM_YEN)
    assert (kept.task, kept.form, kept.file_name) == (SEPTEMBER, "tep", "bc_t9.xlsx")
    assert subs.content(kept.id) == book
    assert repo.current(SEPTEMBER, HAM_YEN).new == "hoan_thanh"
    # u51 #3: a file offered, then another sent for the task by /nop, then the offer's old
    # button: one line, the file sent since stays the one counted
    await player.upload(1002, "ban_cu.docx", DOCX)
    await play(player, f"1002 > /nop {MONTHLY}")
    await player.upload(1002, "ban_moi.docx", DOCX + b"\x01")
    out = texts(await play(player, f"1002 > [{SEPTEMBER_BUTTON}]"), 1002)
    assert len(out) == 1 and out[0].startswith(
        f"{SEPTEMBER_SHOWN} đã có tệp ban_moi.docx nộp sau ("
    ), out
    assert out[0].endswith("Không có gì thay đổi.")
    assert [s.file_name for s in subs.submissions(agency=HAM_YEN)] == ["ban_moi.docx"]


async def test_a_unit_owing_two_files_chooses_by_button(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    workbook = plain_xlsx()
    calls = await player.upload(1002, "danh_sach.xlsx", workbook)
    out = texts(calls, 1002)
    # "danh sách" is the contact list's own word ("gửi danh sách"): marked, a press decides
    assert out[0].startswith(
        "Nộp tệp danh_sach.xlsx cho nhiệm vụ nào? Đơn vị đang phải nộp 2 tệp; tên/nội dung tệp "
        "khớp nhiệm vụ đánh dấu 👉:\n👉 📌 Cử 01 lãnh đạo"
    ), out
    assert calls[-1]["buttons"] == [[CONTACTS_BUTTON], [SEPTEMBER_BUTTON]]
    assert services(player).submissions.submissions(agency=HAM_YEN) == []
    out = texts(await play(player, f"1002 > [{CONTACTS_BUTTON}]"), 1002)
    assert out[0].startswith("✅ Đã nhận tệp danh_sach.xlsx")
    [kept] = services(player).submissions.submissions(agency=HAM_YEN)
    assert kept.task == CONTACTS
    assert services(player).repo.current(CONTACTS, HAM_YEN).new == "hoan_thanh"
    assert services(player).repo.current(SEPTEMBER, HAM_YEN) is None
    # the same bytes again (ux36 #7: a double send was offered only for the other task): the
    # copy it repeats named, its task first, the other after it; nothing kept before a press
    calls = await player.upload(1002, "danh_sach.xlsx", workbook)
    out = texts(calls, 1002)
    assert out[0].startswith(
        f"Tệp danh_sach.xlsx giống hệt lần nộp 1 cho {CONTACTS} (08:00 25/08/2023) — gửi lại "
        "làm lần 2, hay nộp cho nhiệm vụ khác?"
    ), out
    assert calls[-1]["buttons"] == [[CONTACTS_BUTTON], [SEPTEMBER_BUTTON]]
    assert len(services(player).submissions.submissions(agency=HAM_YEN)) == 1
    out = texts(await play(player, f"1002 > [{CONTACTS_BUTTON}]"), 1002)
    assert "(lần nộp 2, thay lần trước" in out[0], out
    versions = services(player).submissions.submissions(agency=HAM_YEN, latest_only=False)
    assert [(v.task, v.version) for v in versions] == [(CONTACTS, 1), (CONTACTS, 2)]
    assert services(player).repo.current(SEPTEMBER, HAM_YEN) is None


async def test_a_file_whose_name_says_its_form_is_offered_for_that_task_first(player):
    """ux22 #4: "bc_stp_mau02.docx" sent with no caption was offered first to the contact list
    (first by date), and one press filed the Mẫu số 02 report there as late. The file's name is
    read as the unit's words: the task on Mẫu số 02 comes first and is marked; a name that says
    nothing puts no task forward."""
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    calls = await player.upload(1002, "bc_hamyen_mau02.docx", DOCX)
    out = texts(calls, 1002)
    assert out[0].startswith(
        "Nộp tệp bc_hamyen_mau02.docx cho nhiệm vụ nào? Đơn vị đang phải nộp 2 tệp; tên tệp "
        "khớp nhiệm vụ đánh dấu 👉:\n👉 📌 Mẫu số 02: "
    ), out
    assert calls[-1]["buttons"] == [[SEPTEMBER_BUTTON], [CONTACTS_BUTTON]]
    subs, repo = services(player).submissions, services(player).repo
    assert subs.submissions(agency=HAM_YEN) == []
    # nothing in the name points anywhere: the tasks by date, none marked
    calls = await player.upload(1002, "scan.pdf", b"%PDF-1.4\n")
    out = texts(calls, 1002)
    assert "👉" not in out[0] and out[0].startswith(
        "Nộp tệp scan.pdf cho nhiệm vụ nào? Đơn vị đang phải nộp 2 tệp:\n📌 "
    ), out
    # a workbook whose title rows print its form, under a name that says nothing
    book = Workbook()
    book.active.append(["Mẫu số 02"])
    book.active.append(["BÁO CÁO KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TRỰC TUYẾN THÁNG 9/2023"])
    data = BytesIO()
    book.save(data)
    out = texts(await player.upload(1002, "file1.xlsx", data.getvalue()), 1002)
    assert "tên/nội dung tệp khớp nhiệm vụ đánh dấu 👉:\n👉 📌 Mẫu số 02: " in out[0], out
    calls = await player.upload(1002, "bc_hamyen_mau02.docx", DOCX)  # again, pressed now
    out = texts(await play(player, "1002 > [#1]"), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_hamyen_mau02.docx") and "Nộp muộn" not in out[0]
    [kept] = subs.submissions(agency=HAM_YEN)
    assert (kept.task, kept.file_name) == (SEPTEMBER, "bc_hamyen_mau02.docx")
    assert repo.current(SEPTEMBER, HAM_YEN).new == "hoan_thanh"
    assert repo.current(CONTACTS, HAM_YEN) is None


async def test_a_file_that_cannot_be_placed_says_how_and_keeps_nothing(player):
    """Everything sent: an .xlsx is told to name its task with /nop, as a .pdf is."""
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp")
    for name, content in (("x.pdf", b"%PDF-1.4\n"), ("x.xlsx", plain_xlsx())):
        out = texts(await player.upload(1002, name, content), 1002)
        assert out == [
            "Chưa rõ tệp này nộp cho nhiệm vụ nào. Gửi lại tệp kèm chú thích /nop <mã nhiệm "
            "vụ>, hoặc trả lời (reply) tin nhắc hạn của nhiệm vụ đó; xem các nhiệm vụ phải "
            "nộp: /nopbai. Không có gì được lưu."
        ], (name, out)
    assert services(player).submissions.submissions(agency=HAM_YEN) == []
    # a photo of the report, while /nop waits for its file or not (ux36 #8: a line about the
    # bot's forms, or the suffixes only): one line, to send a scan as a PDF
    photo = (
        "Bot không nhận ảnh: quét hoặc lưu báo cáo thành tệp PDF (hoặc .docx, .xlsx) rồi gửi "
        "lại tệp đó. Không có gì được lưu."
    )
    await play(player, "@ 2023-10-16 08:00")
    asked = texts(await player.send(1002, f"/nop {MONTHLY} tháng 10/2023"), 1002)
    assert asked[0].startswith("Gửi tệp"), asked
    assert texts(await player.upload(1002, "anh_bc.jpg", b"\xff\xd8\xff" + DOCX), 1002) == [photo]
    assert texts(await player.upload(1002, "IMG_0001.PNG", b"\x89PNG" + DOCX), 1002) == [photo]
    assert services(player).submissions.submissions(agency=HAM_YEN) == []


async def test_a_filled_template_with_no_caption_keeps_its_cell_checks(player):
    """Sở Y tế owes the new letter's Mẫu số 01 as a file and the 2021 Phụ lục I–IV as forms:
    its filled Phụ lục I is read as that form, never offered as the file."""
    await reminded(player)
    book = await filled_pl1(player)
    out = texts(await player.upload(1001, "pl1.xlsx", saved(book)), 1001)
    assert "Đã nhận Phụ lục I của Sở Y tế (lần nộp 1" in out[0]
    assert [s.form for s in services(player).submissions.submissions(agency="Sở Y tế")] == ["pl1"]
    # a cell that is no number: refused whole, as always, nothing offered as a file
    book["Phụ lục I"]["B7"] = "abc"
    calls = await player.upload(1001, "pl1.xlsx", saved(book))
    assert "không phải số" in texts(calls, 1001)[0]
    assert not [c for c in calls if c["buttons"]]


async def test_a_workbook_too_big_for_a_form_is_still_a_units_file(player):
    """Over the 2 MB a form may weigh, within the 10 MB a file may: offered as a file when one
    is owed (not refused as too big for a form), else told how to name its task."""
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    big = b"PK\x03\x04" + b"\x00" * (3 * 1024 * 1024)
    calls = await player.upload(1002, "lon.xlsx", big)
    assert texts(calls, 1002)[0].startswith("Nộp tệp lon.xlsx cho nhiệm vụ đơn vị đang phải nộp?")
    assert not [c for c in calls if c["method"] == "getFile"]  # offered before any download
    await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp")
    out = texts(await player.upload(1002, "lon.xlsx", big), 1002)
    assert out[0].startswith("Chưa rõ tệp này nộp cho nhiệm vụ nào.")
    assert services(player).submissions.submissions(agency=HAM_YEN) == []
