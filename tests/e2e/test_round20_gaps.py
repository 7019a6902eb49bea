"""The gaps the testers of round 19 found, end to end through the real Application and the
emulator, typed as officers type (no marks): a month's report asked "sent yet?" of one unit, a
range of rows said done, a withdrawn letter's task where an officer meets it, the Phụ lục
reported sent outside the bot in /nopbai, what a unit has done, and saved drafts."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_tryout_2023 import play, services
from tests.e2e.test_ux18b_fixes import HAM_YEN, MONTHLY, published

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.txt"
AUDIT = "tq-2021-08-20"  # its Mẫu số 01, owed by the Sở, ban, ngành


async def test_a_months_report_asked_sent_yet_answers_for_the_unit_asked(player):
    """ "bc thang 11 nop chua" went to the hand-in list; "ham yen nop bc thang 11 chua" showed
    all seven districts to the coordinator: the unit asked (or the asker's), that month's
    occurrence, sent or not by the standing rule /nopbai counts with."""
    await published(player)
    await play(player, "@ 2021-11-30 09:00")
    out = texts(await play(player, "1102 > bc thang 11 nop chua"), 1102)
    # Sunday 28/11 ran to the end of Monday 29/11 (BLDS 2015 Điều 148): 1 day late on 30/11
    assert out[0].startswith(
        f"{HAM_YEN}: ❗ chưa nộp, quá hạn 1 ngày\n📌 {MONTHLY} tháng 11/2021"
    ), out
    assert f"{MONTHLY} tháng 10/2021" not in out[0]
    out = texts(await play(player, f"{ADMIN} > ham yen nop bc thang 11 chua"), ADMIN)
    assert out[0].startswith(f"{HAM_YEN}: ❗ chưa nộp, quá hạn 1 ngày\n"), out
    assert (
        "UBND huyện Yên Sơn" not in out[0]
        and f"ghi thay: /capnhat {MONTHLY} tháng 11/2021" in out[0]
    )
    # sent: said so, with the day, by the same rule
    await play(player, f"1102 > /capnhat {MONTHLY} tháng 11/2021 da nop")
    out = texts(await play(player, "1102 > ham yen nop bc thang 11 chua"), 1102)
    assert out[0].startswith(f"{HAM_YEN}: 🕓 nộp muộn 30/11/2021 (sau hạn 1 ngày)"), out
    # another unit's officer: only its own, said so (as /nopbai)
    out = texts(await play(player, "1101 > ham yen nop bc thang 11 chua"), 1101)
    assert out[0].startswith("Bạn xem được tình hình nộp của Sở Y tế (/nopbai)"), out


async def test_a_range_of_rows_said_done_is_a_button_a_row(player):
    """ "mục 29-31 xong", "muc 29 den 31 xong" offered 406-29 alone (or nothing): every row of
    the range, as "muc 29 30 31"; a number that is no row is said back; past eight rows the
    keyboard stops and the rest are named."""
    await register(player, 1001, "Sở Lao động, Thương binh và Xã hội", "Vũ Thị Hà")
    for said in ("muc 29-31 xong", "muc 29 den 31 xong", "da xong muc 29 - 31"):
        calls = await play(player, f"1001 > {said}")
        labels = [b for row in calls[-1]["buttons"] for b in row]
        # a button a row, and one for all three (ux24 #10: tests/e2e/test_all_items.py)
        assert labels == [
            *(f"Ghi 406-{n} → Hoàn thành" for n in (29, 30, 31)),
            "✅ Ghi cả 3 → Hoàn thành",
        ], said
    # a note opening on "chưa" after the status is the note, not "vướng mắc chưa?" asked
    calls = await play(player, "1001 > muc 29-31 vuong mac, chua co kinh phi")
    assert "Ghi chú: chua co kinh phi" in texts(calls, 1001)[0]
    assert len(calls[-1]["buttons"]) == 4  # with its note, Vướng mắc may go to all three
    out = texts(await play(player, "1001 > muc 54 den 57 xong"), 1001)
    assert out[0].startswith("Tôi không đọc được mục 56, 57: không có trong Quyết định 406"), out
    calls = await play(player, "1001 > muc 23-33 xong")
    assert len(calls[-1]["buttons"]) == 9  # eight rows' buttons, and one for all eleven
    assert calls[-1]["buttons"][-1] == ["✅ Ghi cả 11 → Hoàn thành"]
    assert "Còn 3 mục chưa có nút: 406-31, 406-32, 406-33." in texts(calls, 1001)[0]
    out = texts(await play(player, "1001 > [Ghi 406-23 → Hoàn thành]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-23")
    assert services(player).repo.current("406-24", "Sở Lao động, Thương binh và Xã hội") is None


async def test_a_withdrawn_letters_task_is_said_withdrawn_wherever_an_officer_meets_it(player):
    """/nopbai, /lichsu and /capnhat said nothing of a task whose letter was taken back (the
    question answer did): each says which letter took it back and when; nothing is owed or
    written."""
    await register(player, 1101, "Sở Y tế", "Lê Thị Hoa")
    await play(player, "@ 2021-08-03 08:30")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Trần Điều Phối")
    await play(player, f"{ADMIN} > [Công bố]\n1101 > /capnhat {AUDIT} dang lam")
    await play(player, "@ 2021-08-04 09:15")
    await play(player, f"{ADMIN} > [Thu hồi công văn]")  # shown first, then confirmed
    out = texts(await play(player, f"{ADMIN} > [🗑 Thu hồi công văn]"), ADMIN)
    assert any(t.startswith("🗑 Đã thu hồi Công văn số 512/STTTT-CNTT") for t in out), out
    gone = (
        "Công văn số 512/STTTT-CNTT ngày 2/8/2021 của Sở Thông tin và Truyền thông đã được thu "
        "hồi lúc 09:15 ngày 4/8/2021"
    )
    [mine] = texts(await play(player, "1101 > /nopbai"), 1101)
    assert f"🗑 {AUDIT} (Mẫu số 01): không phải nộp nữa — {gone}." in mine
    assert f"📌 {AUDIT}" not in mine and f"/nop {AUDIT}" not in mine
    for line in ("1101 > /nop", "1101 > ben em nop du chua"):  # the same list, in other words
        assert (
            f"🗑 {AUDIT} (Mẫu số 01): không phải nộp nữa"
            in texts(await play(player, line), 1101)[0]
        )
    [history] = texts(await play(player, f"1101 > /lichsu {AUDIT}"), 1101)
    assert history.startswith(f"🗑 Nhiệm vụ {AUDIT} (Mẫu số 01: ") and gone in history
    assert "Sở Y tế: Chưa bắt đầu → Đang thực hiện (Lê Thị Hoa)" in history  # what it had, kept
    [refused] = texts(await play(player, f"1101 > /capnhat {AUDIT} da nop"), 1101)
    assert refused.startswith(f"🗑 Nhiệm vụ {AUDIT}") and refused.endswith("Không có gì thay đổi.")
    assert services(player).repo.current(AUDIT, "Sở Y tế").new == "dang_thuc_hien"


async def test_what_a_unit_has_done_lists_its_done_items_with_when_and_who(player):
    """ "sở y tế đã làm được gì", "hàm yên đã làm gì rồi" got the unit's whole list: its done
    rows and tasks, each with the day it was reported done and who reported it, from the
    statuses /tiendo counts."""
    await register(player, 1001, "Sở Y tế", "Nguyễn Văn An")
    await register(player, 1002, HAM_YEN, "Lê Văn Nam")
    await play(player, "1001 > /capnhat 406-22 xong\n@ 2021-04-16 10:00")
    await play(player, "1001 > /capnhat tq-2021-04-20 da nop")
    await play(player, f"{ADMIN} Trần Điều Phối > /capnhat 406-11 ham yen xong")
    expected = [
        "2 mục đã xong",
        "• 📌 tq-2021-04-20 Biểu 02 — ✅ xong 16/4/2021, Nguyễn Văn An",
        "• 406-22 Đổi giấy phép lái xe do ngành giao thông vận tải cấp [chủ trì] — ✅ xong "
        "13/4/2021, Nguyễn Văn An",
    ]
    for line in (f"{ADMIN} > so y te da lam duoc gi", "1001 > ben em da lam dc gi roi"):
        [out] = texts(await play(player, line), int(line.split()[0]))
        assert out.startswith("Đã hoàn thành — Sở Y tế"), out
        assert out.splitlines()[1:] == expected, out
    [tiendo] = texts(await play(player, "1001 > /tiendo"), 1001)
    assert tiendo.startswith("Tiến độ Sở Y tế — 2/4 xong"), tiendo
    [out] = texts(await play(player, "1002 > ham yen da lam gi roi"), 1002)
    assert out.startswith(f"Đã hoàn thành — {HAM_YEN}"), out
    assert "— ✅ xong 16/4/2021, Trần Điều Phối" in out


async def test_a_saved_draft_is_the_persons_in_that_chat_and_dropped_once_expired(player):
    """Drafts of /nop pl2 (migration 0018) are each person's in their chat: a colleague of the
    same unit sees none of it; read after 7 days (the clock moved), it is no longer listed and no
    longer stored."""
    building = "Sở Xây dựng"
    await register(player, 1001, building, "Nguyễn Văn An")
    await register(player, 1002, building, "Trần Thị Bình")
    await play(player, "@ 2021-05-12 09:00\n1001 > /nop pl2")
    await play(player, "1001 > tinh; Xay dung; Cap giay phep xay dung; 4")
    out = texts(await play(player, "1001 > /tiendo"), 1001)
    assert out[0] == (
        "Đã dừng nộp Phụ lục II; 1 dòng bạn đã gõ vẫn được giữ: gõ /nop pl2 để tiếp tục."
    )
    kept = "📝 Việc nộp Phụ lục II còn dở (1 dòng bạn đã gõ, chưa tính là đã nộp)"
    assert kept not in texts(await play(player, "1002 > /nop"), 1002)[0]
    out = texts(await play(player, "1002 > /nop pl2"), 1002)
    assert out[0].startswith(f"Phụ lục II của {building}: chưa có dòng nào"), out
    assert kept in texts(await play(player, "1001 > /nop"), 1001)[0]
    repo = services(player).repo
    assert [d.slot for d in repo.drafts_of(1001, 1001)] == ["pl2"]
    await play(player, "@ 2021-05-19 09:01")  # a week and a minute later
    assert kept not in texts(await play(player, "1001 > /nop"), 1001)[0]
    assert repo.drafts_of(1001, 1001) == []
    out = texts(await play(player, "1001 > /nop pl2"), 1001)
    assert out[0].startswith(f"Phụ lục II của {building}: chưa có dòng nào"), out
