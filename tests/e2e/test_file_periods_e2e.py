"""ux32 #2, #3, #4, #8: a file lands on the right occurrence, and nothing an officer sent is lost.

A report titled for a month that had not begun was offered alone for that month and one press
closed it (never chased again); "gửi nhầm tháng 10, đó là tháng 9" was read as a new status for
the wrong month; a question while a file was awaited dropped the wait; a command dropped a file
offered with buttons, and an admin's ghi thay dropped by a glance at /quahan had its file read as
a letter and thrown away. The database is checked after every write and every non-write."""

from __future__ import annotations

from knowledge.rules.statuses import Status
from tests.botkit import ADMIN, texts
from tests.e2e.test_file_claims_e2e import SEPTEMBER_BUTTON, report
from tests.e2e.test_file_heads_e2e import kept, titled_docx
from tests.e2e.test_tryout_2023 import MONTHLY, OCTOBER, SEPTEMBER, play, services
from tests.e2e.test_unnamed_files import CONTACTS, HAM_YEN, published

OCTOBER_TITLE = "BÁO CÁO KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN THÁNG 10/2023"
YEN_SON = "UBND huyện Yên Sơn"


def _status(player, key: str, unit: str = HAM_YEN) -> Status | None:
    current = services(player).repo.current(key, unit)
    return current.new if current is not None else None


async def test_a_file_lands_on_a_begun_month_is_moved_when_misfiled_and_is_never_lost(player):
    await published(player)
    await play(player, "@ 2023-08-25 08:00")
    await play(player, f"1002 > /capnhat {CONTACTS} đã nộp")
    await play(player, "@ 2023-09-18 08:00")  # September due on 20/9; October begins 1/10
    calls = await player.upload(1002, "bc_t10.xlsx", report(OCTOBER_TITLE))
    out = texts(calls, 1002)
    assert out[0].startswith(
        "Tệp ghi THÁNG 10/2023, nhưng kỳ tháng 10/2023 chưa bắt đầu (từ 1/10/2023) — có phải "
        "tệp Mẫu số 02 — tháng 9/2023?"
    ), out
    assert "⏳ kỳ tháng 10/2023 chưa bắt đầu (từ 1/10/2023)" in out[0], out
    buttons = [row[0] for row in calls[-1]["buttons"]]
    assert buttons[0] == SEPTEMBER_BUTTON and "20 tháng 10/2023" in buttons[1], buttons
    assert kept(player, HAM_YEN) == []  # nothing before a press
    # pressed for October all the same: kept, and the receipt says its period has not begun
    out = texts(await play(player, "1002 > [#2]"), 1002)
    assert "⏳ kỳ tháng 10/2023 chưa bắt đầu (từ 1/10/2023): tệp được tính là nộp sớm" in out[0]
    assert [k[0] for k in kept(player, HAM_YEN)] == [OCTOBER]
    assert _status(player, OCTOBER) == Status.HOAN_THANH and _status(player, SEPTEMBER) is None
    # "sent the wrong one": the move is offered, quoted back; nothing written before the press
    out = texts(await play(player, "1002 > em gui nham bc thang 10 roi, do la bc thang 9"), 1002)
    assert out[0].startswith("Chuyển tệp bc_t10.xlsx của UBND huyện Hàm Yên"), out
    assert f"sang: Mẫu số 02 — tháng 9/2023 {MONTHLY} tháng 9/2023?" in out[0], out
    assert [k[0] for k in kept(player, HAM_YEN)] == [OCTOBER]
    assert _status(player, OCTOBER) == Status.HOAN_THANH and _status(player, SEPTEMBER) is None
    out = texts(await play(player, f"1002 > [Chuyển sang {MONTHLY} tháng 9/2023]"), 1002)
    assert out[0].startswith("✅ Đã chuyển tệp bc_t10.xlsx"), out
    assert [k[:2] for k in kept(player, HAM_YEN)] == [(SEPTEMBER, "bc_t10.xlsx")]
    september = services(player).repo.current(SEPTEMBER, HAM_YEN)
    assert september is not None and september.new == Status.HOAN_THANH
    assert september.sent_on is not None and september.sent_on.isoformat() == "2023-09-18"
    assert _status(player, OCTOBER) == Status.CHUA_BAT_DAU  # reopened: chased again
    # its undo moves the file back, logged the same way
    out = texts(await play(player, "1002 > [Hoàn tác]"), 1002)
    assert out[0].startswith("✅ Đã chuyển tệp bc_t10.xlsx"), out
    assert [k[0] for k in kept(player, HAM_YEN)] == [OCTOBER]
    assert _status(player, SEPTEMBER) == Status.CHUA_BAT_DAU
    assert _status(player, OCTOBER) == Status.HOAN_THANH
    await _nothing_sent_is_lost(player)


async def _nothing_sent_is_lost(player) -> None:
    """September owed again, no file for it: a question while its file is awaited, an admin's
    ghi thay ended by a command, and an offer's button pressed after another command."""
    # a question while the file is awaited: answered, and the file still awaited
    await play(player, f"1002 > /nop {MONTHLY}")
    out = texts(await play(player, "1002 > ben em con gi chua nop"), 1002)
    assert out[0].startswith("Việc chưa xong — UBND huyện Hàm Yên"), out
    assert out[1].startswith(
        f"📎 Vẫn chờ tệp (.xlsx, .docx hoặc .pdf) cho {MONTHLY} tháng 9/2023"
    ), out
    assert [k[0] for k in kept(player, HAM_YEN)] == [OCTOBER]
    out = texts(await player.upload(1002, "bc.docx", titled_docx("Báo cáo")), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc.docx"), out
    assert [k[:2] for k in kept(player, HAM_YEN)] == [
        (OCTOBER, "bc_t10.xlsx"),
        (SEPTEMBER, "bc.docx"),
    ]
    # an admin's ghi thay ended by a glance at /quahan: the file sent next is still offered
    # for that unit, that task first, never read as a letter
    await play(player, f"{ADMIN} > /nop {MONTHLY} tháng 9/2023 yen son")
    out = texts(await play(player, f"{ADMIN} > /quahan tinh"), ADMIN)
    assert out[0].endswith(f"Tệp gửi tiếp theo vẫn được hỏi lưu cho {YEN_SON}."), out
    calls = await player.upload(ADMIN, "bc_yen_son.docx", titled_docx("Báo cáo tháng 9"))
    out = texts(calls, ADMIN)
    assert out[0].startswith(f"📥 Ghi thay {YEN_SON}"), out
    assert out[0].endswith("Là công văn để lập nhiệm vụ? Gửi lại tệp: bot sẽ đọc như công văn.")
    assert calls[-1]["buttons"][0][0] == SEPTEMBER_BUTTON
    assert kept(player, YEN_SON) == []
    # another command ends that offer's wait; its button still hands the file in
    out = texts(await play(player, f"{ADMIN} > /nopbai tinh"), ADMIN)
    assert out[0].startswith("Tệp bc_yen_son.docx chưa được lưu; các nút nộp"), out
    assert kept(player, YEN_SON) == []
    out = texts(await play(player, f"{ADMIN} > [{SEPTEMBER_BUTTON}]"), ADMIN)
    assert out[0].startswith("✅ Đã nhận tệp bc_yen_son.docx"), out
    [(task, name, behalf)] = kept(player, YEN_SON)
    assert (task, name) == (SEPTEMBER, "bc_yen_son.docx") and behalf
    assert _status(player, SEPTEMBER, YEN_SON) == Status.HOAN_THANH
    # u51 #2: narrowed to a month the report has no occurrence in (it starts in September):
    # one line naming the nearest, never the current month's wait; the file sent next is kept
    # for no month
    before = kept(player, HAM_YEN)
    out = texts(await play(player, "1002 > /nop mau so 02 thang 8"), 1002)
    assert len(out) == 1 and "không có kỳ nào trong tháng 8/2023" in out[0], out
    assert f"Kỳ gần nhất: tháng 9/2023, hạn 20/9/2023: /nop {MONTHLY} tháng 9/2023." in out[0], out
    out = texts(await player.upload(1002, "bc_t8.docx", titled_docx("Báo cáo")), 1002)
    assert out[0].startswith("Tệp bc_t8.docx không được lưu"), out
    assert kept(player, HAM_YEN) == before
    # its key typed with that month, and /capnhat the same: the same line, nothing written
    # (the key's "T8" read as August a year ahead, the status as the current month's)
    for typed in (f"/nop {MONTHLY} T8", "/capnhat mau 02 thang 8 da nop"):
        out = texts(await play(player, f"1002 > {typed}"), 1002)
        assert len(out) == 1 and "không có kỳ nào trong tháng 8/2023" in out[0], (typed, out)
    assert kept(player, HAM_YEN) == before and _status(player, f"{MONTHLY}@2024-08-20") is None
    assert _status(player, SEPTEMBER) == Status.HOAN_THANH
