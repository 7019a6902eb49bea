"""A monthly report sent on time, seen afterwards: every view counts it as sent (it used to
vanish from /tiendo and the chart once its date passed), and "đã nộp" by the task's bare id a few
days later is a repeat said as such, not the next month's report written in silence. Through
the real Application and the emulator, on the 2023 letter (tests/e2e/letter_2023.py)."""

from __future__ import annotations

from knowledge.catalogue.occurrence_names import short_key
from tests.botkit import ADMIN, texts
from tests.e2e.test_tryout_2023 import MONTHLY, OCTOBER, SEPTEMBER, play, published, services

HAM_YEN = "UBND huyện Hàm Yên"

# as the chat shows and an officer types them (f18b item 3)
SEP, OCT = short_key(SEPTEMBER), short_key(OCTOBER)


async def test_a_monthly_report_sent_on_time_still_counts_once_its_date_passed(player):
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    out = texts(await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp"), 1002)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 9/2023 {SEP} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành"
    )
    await play(player, "@ 2023-09-25 08:00")
    # /tiendo: September sent (it used to drop out: "0/2 xong"); October's period has not
    # begun, so no view counts it yet (ux36 #2); 406-11, which the district only coordinates,
    # apart (u23c #5), as /tiendo tinh counts it
    out = texts(await play(player, "1002 > /tiendo"), 1002)
    assert out[0].startswith(f"Tiến độ {HAM_YEN} — 1/1 xong (100%)"), out
    assert OCT not in out[0]
    # the day it was sent and how it met its date, as the row's card says a done row (ux35 #2)
    assert (
        f"{SEP} Mẫu số 02 — tháng 9/2023 — ✅ Hoàn thành — nộp 15/9/2023, đúng hạn (hạn"
        " 20/9/2023)" in out[0]
    )
    # the province's tally agrees with /nopbai tinh's "đã nộp 1/7"
    out = texts(await play(player, f"{ADMIN} > /tiendo tinh"), ADMIN)
    assert f"• {HAM_YEN}: 1/1 xong" in out[0], out
    assert "• UBND huyện Yên Sơn: 0/1 xong (0%), ❗1 quá hạn" in out[0]
    out = "\n".join(texts(await play(player, f"{ADMIN} > /nopbai tinh"), ADMIN))
    assert f"✅ {HAM_YEN} — đã nộp 15/9/2023" in out


async def test_a_repeated_statement_by_the_bare_id_is_not_the_next_months_report(player):
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp")
    await play(player, "@ 2023-09-25 08:00")
    repo = services(player).repo
    out = texts(await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp"), 1002)
    assert out == [f"{SEP} đã ở trạng thái Hoàn thành; không có gì được ghi thêm."]
    out = texts(await play(player, f"1002 > /capnhat {MONTHLY} da nop"), 1002)
    # October's period begins on 1/10: not offered on 25/9, said when it can be written
    # (u47 #2: it offered a button for a write /capnhat refuses until 1/10)
    assert out == [
        f"{SEP} (hạn 20/9/2023) đã ghi Hoàn thành ngày 15/9/2023; không ghi lại.\n"
        f"{OCT}: kỳ tháng 10/2023 chưa bắt đầu (từ 1/10/2023), chưa ghi. Từ ngày đó, nếu đã "
        f"nộp: /capnhat {OCT} đã nộp. Không có gì thay đổi."
    ], out
    # free text says the same, and October named in chat is no offer either (u47 #3)
    out = texts(await play(player, "1002 > bao cao mau so 02 da nop roi"), 1002)
    assert out[0].startswith(f"{SEP} (hạn 20/9/2023) đã ghi Hoàn thành"), out
    calls = await play(player, f"1002 > {OCT} da nop roi")
    out = texts(calls, 1002)
    assert out[0].startswith(f"{OCT}: kỳ tháng 10/2023 chưa bắt đầu (từ 1/10/2023)"), out
    assert not [c for c in calls if c["buttons"]]
    assert repo.current(OCTOBER, HAM_YEN) is None
    # once October has begun, the repeat offers it; the press is the confirmation
    await play(player, "@ 2023-10-02 08:00")
    calls = await play(player, f"1002 > /capnhat {MONTHLY} da nop")
    out = texts(calls, 1002)
    assert out[0].startswith(
        f"{SEP} (hạn 20/9/2023) đã ghi Hoàn thành ngày 15/9/2023; không ghi lại.\n"
        f"Nếu đã nộp cả kỳ sau, bấm nút để ghi Mẫu số 02 — tháng 10/2023 {OCT}"
    ), out
    assert calls[-1]["buttons"] == [[f"Ghi {OCT} → Hoàn thành?"]]
    assert repo.current(OCTOBER, HAM_YEN) is None  # nothing written before the press
    out = texts(await play(player, f"1002 > [Ghi {OCT} → Hoàn thành?]"), 1002)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 10/2023 {OCT} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành"
    )
    assert repo.current(OCTOBER, HAM_YEN).new == "hoan_thanh"


async def test_the_bare_id_writes_the_month_being_collected_without_asking(player):
    """Within a week of October's date, "đã nộp" by the bare id is October's report."""
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    await play(player, f"1002 > /capnhat {SEPTEMBER} đã nộp")
    await play(player, "@ 2023-10-16 08:00")
    out = texts(await play(player, f"1002 > /capnhat {MONTHLY} đã nộp"), 1002)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 10/2023 {OCT} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành"
    )
    assert services(player).repo.current(OCTOBER, HAM_YEN).new == "hoan_thanh"


async def test_a_file_with_no_caption_is_offered_for_the_one_file_the_unit_owes(player):
    """A file sent with no caption by a unit owing exactly one file was refused ("Chưa rõ tệp
    này nộp cho nhiệm vụ nào"); it is offered for that task, kept only on the press."""
    from tests.e2e.test_tryout_2023 import PDF

    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    repo, subs = services(player).repo, services(player).submissions
    calls = await player.upload(1002, "bao_cao_t9.pdf", PDF)
    assert texts(calls, 1002) == [
        "Nộp tệp bao_cao_t9.pdf cho nhiệm vụ đơn vị đang phải nộp?\n"
        "📌 Mẫu số 02: Báo cáo kết quả tiếp nhận, giải quyết hồ sơ trực tuyến trên địa bàn… "
        f"{SEP} — hạn 20/9/2023\nBấm nút để nộp; không bấm thì không có gì được lưu (nộp cho "
        "nhiệm vụ khác: gửi lại tệp kèm chú thích /nop <mã nhiệm vụ>)."
    ]
    assert calls[-1]["buttons"] == [[f"Nộp: Mẫu số 02 — tháng 9/2023 ({SEP})"]]
    assert subs.submissions(agency=HAM_YEN) == [] and repo.current(SEPTEMBER, HAM_YEN) is None
    out = texts(await play(player, f"1002 > [Nộp: Mẫu số 02 — tháng 9/2023 ({SEP})]"), 1002)
    assert out[0].startswith(f"✅ Đã nhận tệp bao_cao_t9.pdf (1 KB) của {HAM_YEN} (lần nộp 1")
    [kept] = subs.submissions(agency=HAM_YEN)
    assert (kept.task, kept.file_name, subs.content(kept.id)) == (SEPTEMBER, "bao_cao_t9.pdf", PDF)
    assert repo.current(SEPTEMBER, HAM_YEN).new == "hoan_thanh"
    # another message in between ends the offer's wait, not its button (ux32 #8): the file
    # is kept on the press, never before it
    await player.upload(1006, "bc.pdf", PDF)
    await play(player, "1006 > /tiendo")
    assert subs.submissions(agency="UBND huyện Yên Sơn") == []
    out = texts(await play(player, f"1006 > [Nộp: Mẫu số 02 — tháng 9/2023 ({SEP})]"), 1006)
    assert out[0].startswith("✅ Đã nhận tệp bc.pdf"), out
    assert [s.task for s in subs.submissions(agency="UBND huyện Yên Sơn")] == [SEPTEMBER]


async def test_the_coordinators_repeat_for_a_unit_is_said_and_the_next_month_given_as_a_command(
    player,
):
    """The coordinator recording again, by the bare id, what a district e-mailed wrote the next
    month's report for it in silence."""
    await published(player)
    await play(player, "@ 2023-09-15 08:00")
    out = texts(await play(player, f"{ADMIN} > /capnhat {MONTHLY} ubnd ham yen da nop"), ADMIN)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 9/2023 {SEP} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành"
    )
    await play(player, "@ 2023-09-25 08:00")
    out = texts(await play(player, f"{ADMIN} > /capnhat {MONTHLY} ubnd ham yen da nop"), ADMIN)
    assert out == [
        f"{SEP} ({HAM_YEN}) đã ghi Hoàn thành ngày 15/9/2023; không ghi lại.\n{OCT}: kỳ "
        "tháng 10/2023 chưa bắt đầu (từ 1/10/2023), chưa ghi. Từ ngày đó, nếu đã nộp: "
        f"/capnhat {OCT} {HAM_YEN} đã nộp. Không có gì thay đổi."
    ]
    assert services(player).repo.current(OCTOBER, HAM_YEN) is None
    # typed before October has begun: said, never written (usecases/early_occurrences.py)
    out = texts(await play(player, f"{ADMIN} > /capnhat {OCTOBER} {HAM_YEN} đã nộp"), ADMIN)
    assert out[0].startswith(f"{OCT}: kỳ tháng 10/2023 chưa bắt đầu (từ 1/10/2023)"), out
    assert services(player).repo.current(OCTOBER, HAM_YEN) is None
    await play(player, "@ 2023-10-02 08:00")
    out = texts(await play(player, f"{ADMIN} > /capnhat {OCTOBER} {HAM_YEN} đã nộp"), ADMIN)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 10/2023 {OCT} ({HAM_YEN}): Chưa bắt đầu → Hoàn thành"
    )
    assert services(player).repo.current(OCTOBER, HAM_YEN).new == "hoan_thanh"
