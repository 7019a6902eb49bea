"""ux31 #1, #6, #8: a file whose one-line title names another district ("BÁO CÁO THÁNG 9/2023 -
Mẫu số 02 - UBND huyện Yên Sơn", no "Đơn vị:" line) was kept as the sender's with no press after
`/nop`, and as the coordinator's "ghi thay" for the unit named; with no caption it was even
marked 👉. Now the unit its title names is said beside the choices, both units named, and
nothing is kept before the press. A monthly report on another form is not offered for a one-off
task; the notice that a waiting file was dropped names the file and every choice it had. The
database is asserted after every write and every non-write."""

from __future__ import annotations

import io

import docx

from tests.botkit import ADMIN, texts
from tests.e2e.test_tryout_2023 import MONTHLY, SEPTEMBER, play, services
from tests.e2e.test_unnamed_files import CONTACTS, HAM_YEN, SEPTEMBER_BUTTON, published

YEN_SON = "UBND huyện Yên Sơn"
ASKED = (
    f"⚠️ Tệp ghi «{YEN_SON}», không phải {HAM_YEN}. Chỉ bấm nút nếu đây đúng là tệp của {HAM_YEN}."
)


def titled_docx(*lines: str) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def one_line(unit: str, form: str = "Mẫu số 02") -> bytes:
    """A district's report whose only heading is one line: its period, form and unit."""
    return titled_docx(f"BÁO CÁO THÁNG 9/2023 - {form} - {unit}")


def kept(player, unit: str) -> list[tuple[str, str, str | None]]:
    subs = services(player).submissions.submissions(agency=unit)
    return [(s.task, s.file_name, s.behalf) for s in subs]


async def test_a_file_titled_for_another_unit_after_nop_is_asked_not_kept(player):
    await published(player)
    await play(player, "@ 2023-09-18 08:00")
    await play(player, f"1002 > /nop {MONTHLY}")
    calls = await player.upload(1002, "bc_t9.docx", one_line(YEN_SON))
    out = texts(calls, 1002)
    assert ASKED in out[0] and not out[0].startswith("✅"), out
    assert "👉" not in out[0], out  # a file of another unit is never put forward
    assert kept(player, HAM_YEN) == [] and kept(player, YEN_SON) == []
    assert services(player).repo.current(SEPTEMBER, HAM_YEN) is None
    out = texts(await play(player, f"1002 > [{SEPTEMBER_BUTTON}]"), 1002)  # the officer decides
    assert out[0].startswith("✅ Đã nhận tệp bc_t9.docx"), out
    assert kept(player, HAM_YEN) == [(SEPTEMBER, "bc_t9.docx", None)]
    assert services(player).repo.current(SEPTEMBER, HAM_YEN).new == "hoan_thanh"


async def test_the_units_own_title_or_heading_is_kept_at_once(player):
    await published(player)
    await play(player, "@ 2023-09-18 08:00")
    await play(player, f"1002 > /nop {MONTHLY}")
    out = texts(await player.upload(1002, "bc_t9.docx", one_line(HAM_YEN)), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_t9.docx"), out
    assert kept(player, HAM_YEN) == [(SEPTEMBER, "bc_t9.docx", None)]
    # its own heading above, another unit only among the recipients below "Kính gửi"
    await play(player, f"1002 > /nop {MONTHLY}")
    own = titled_docx("UBND HUYỆN HÀM YÊN", "BÁO CÁO THÁNG 9/2023", f"Kính gửi: {YEN_SON}")
    out = texts(await player.upload(1002, "bc_t9_v2.docx", own), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_t9_v2.docx") and "⚠️" not in out[0], out
    assert kept(player, HAM_YEN) == [(SEPTEMBER, "bc_t9_v2.docx", None)]  # the new version


async def test_the_coordinators_ghi_thay_of_another_units_file_is_asked(player):
    await published(player)
    await play(player, "@ 2023-09-18 08:00")
    out = texts(await play(player, f"{ADMIN} > /nop mau 02 thang 9 ham yen"), ADMIN)
    assert out[0].startswith(f"📥 Ghi thay {HAM_YEN}: gửi tệp"), out
    calls = await player.upload(ADMIN, "bc_t9.docx", one_line(YEN_SON))
    out = texts(calls, ADMIN)
    assert out[0].startswith(f"📥 Ghi thay {HAM_YEN}: ") and ASKED in out[0], out
    assert kept(player, HAM_YEN) == [] and kept(player, YEN_SON) == []
    assert texts(calls, 1002) == []  # the unit is told nothing: nothing was kept
    assert calls[-1]["buttons"], calls[-1]


async def test_a_report_of_years_before_is_not_offered_for_a_one_off_task(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")  # the contact list (one-off) and September owed
    old = titled_docx(f"BÁO CÁO THÁNG 9/2021 - Mẫu số 02 - {HAM_YEN}")
    calls = await player.upload(1002, "bc_t9.docx", old)
    out = texts(calls, 1002)
    assert "Tệp bc_t9.docx không khớp nhiệm vụ nào đơn vị đang phải nộp" in out[0], out
    assert out[0].count(" · ⚠️ không khớp tệp") == 2, out
    assert out[0].count("THÁNG 9/2021") == 1, out  # what the file prints, said once (u54 #4)
    assert not calls[-1]["buttons"]
    assert kept(player, HAM_YEN) == [] and services(player).repo.current(CONTACTS, HAM_YEN) is None


async def test_a_waiting_file_ended_by_a_command_keeps_its_buttons(player):
    """ux32 #8: a command ended the file's wait ("Đã bỏ tệp … đang chờ chọn nhiệm vụ") and the
    officer had to send it again. The command still ends the wait, but the file, written only on
    a press, keeps its buttons: pressed later, it is handed in."""
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    calls = await player.upload(1002, "scan.docx", titled_docx("Tài liệu"))
    assert len(calls[-1]["buttons"]) == 2, calls[-1]
    out = texts(await play(player, "1002 > /nopbai"), 1002)
    assert out[0] == (
        "Tệp scan.docx chưa được lưu; các nút nộp ở tin nhắn trên vẫn bấm được, không cần gửi "
        "lại tệp."
    ), out
    assert out[1].startswith("Hồ sơ phải nộp — UBND huyện Hàm Yên"), out
    assert kept(player, HAM_YEN) == []
    out = texts(await play(player, "1002 > [#1]"), 1002)
    assert out[0].startswith("✅ Đã nhận tệp scan.docx"), out
    assert [k[0] for k in kept(player, HAM_YEN)] == [CONTACTS]
    assert services(player).repo.current(CONTACTS, HAM_YEN) is not None


async def test_another_units_file_sent_with_no_caption_is_put_forward_for_nothing(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")  # two owed; its month and form name one
    calls = await player.upload(1002, "bc_t9.docx", one_line(YEN_SON))
    out = texts(calls, 1002)
    assert ASKED in out[0] and "👉" not in out[0], out
    assert len(calls[-1]["buttons"]) == 2, calls[-1]
    assert kept(player, HAM_YEN) == [] and kept(player, YEN_SON) == []
    assert services(player).repo.current(SEPTEMBER, HAM_YEN) is None
