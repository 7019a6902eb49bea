"""A .docx or .pdf a unit sends with no caption while it owes two files: its first words are
read as evidence of which task it answers (ux23 #3), as its name and an .xlsx's title rows
already were. The task they name comes first, marked, and said to be matched by the file's
content; nothing is kept before the press, and what the head reader cannot read (a second
page, a damaged file) puts no task forward."""

from __future__ import annotations

import io

import docx

from tests.botkit import texts
from tests.e2e.test_tryout_2023 import SEPTEMBER, play, services
from tests.e2e.test_unnamed_files import (
    CONTACTS,
    CONTACTS_BUTTON,
    HAM_YEN,
    SEPTEMBER_BUTTON,
    published,
)
from tests.knowledge.formats.test_pdf_tables import _pdf, _text

MARKED = "tên/nội dung tệp khớp nhiệm vụ đánh dấu 👉:\n👉 📌 Mẫu số 02: "


def report_docx() -> bytes:
    """A unit's monthly report as a district office writes it: its heading says what it is."""
    document = docx.Document()
    for line in (
        "UBND HUYỆN HÀM YÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BÁO CÁO",
        "Kết quả tiếp nhận, giải quyết hồ sơ trực tuyến tháng 9/2023 (Mẫu số 02)",
    ):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


async def test_a_docx_whose_heading_names_its_form_is_offered_for_that_task_first(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    calls = await player.upload(1002, "scan_0925.docx", report_docx())
    out = texts(calls, 1002)
    assert out[0].startswith(
        "Nộp tệp scan_0925.docx cho nhiệm vụ nào? Đơn vị đang phải nộp 2 tệp; " + MARKED
    ), out
    assert calls[-1]["buttons"] == [[SEPTEMBER_BUTTON], [CONTACTS_BUTTON]]
    subs, repo = services(player).submissions, services(player).repo
    assert subs.submissions(agency=HAM_YEN) == [] and repo.current(SEPTEMBER, HAM_YEN) is None
    out = texts(await play(player, f"1002 > [{SEPTEMBER_BUTTON}]"), 1002)
    assert out[0].startswith("✅ Đã nhận tệp scan_0925.docx")
    [kept] = subs.submissions(agency=HAM_YEN)
    assert (kept.task, kept.file_name) == (SEPTEMBER, "scan_0925.docx")
    assert repo.current(CONTACTS, HAM_YEN) is None


async def test_only_a_pdfs_first_page_is_read(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    first = _pdf(_text(50, 800, "BAO CAO Mau so 02 thang 9/2023"))
    out = texts(await player.upload(1002, "scan1.pdf", first), 1002)
    assert MARKED in out[0], out
    # the form named on page 2 only: beyond what is read, nothing put forward
    second = _pdf(_text(50, 800, "Kinh gui"), _text(50, 800, "Mau so 02 thang 9/2023"))
    out = texts(await player.upload(1002, "scan2.pdf", second), 1002)
    assert "👉" not in out[0] and "Đơn vị đang phải nộp 2 tệp:\n📌 Cử 01" in out[0], out
    # a damaged one: offered as before, unread
    out = texts(await player.upload(1002, "scan3.docx", b"PK\x03\x04" + b"\0" * 300), 1002)
    assert "👉" not in out[0] and out[0].startswith("Nộp tệp scan3.docx cho nhiệm vụ nào?"), out
    assert services(player).submissions.submissions(agency=HAM_YEN) == []
