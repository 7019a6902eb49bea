"""A new letter's whole life (2023, tests/e2e/letter_2023.py) walked as the coordinator and the
units would, typed the way people type, end to end through the real Application and the emulator;
the database is asserted after every write."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.emulator import Faults
from bot.player import Player
from knowledge.catalogue.occurrence_names import short_key
from knowledge.render.answers import to_plain
from tests.botkit import ADMIN, texts
from tests.e2e.letter_2023 import NAME, letter_docx

BOSS = "Trần Văn Điều"
PDF_PATH = Path(__file__).resolve().parents[2] / "examples" / "mau01_so_y_te.pdf"
PDF = PDF_PATH.read_bytes()
MONTHLY = "tq-2023-09-20"  # the districts' report, "trước ngày 20 hằng tháng" from 9/2023
SEPTEMBER = f"{MONTHLY}@2023-09-20"
OCTOBER = f"{MONTHLY}@2023-10-20"
# as the chat shows them and an officer types them back (f18b item 3)
SEP, OCT = short_key(SEPTEMBER), short_key(OCTOBER)


def services(player):
    return player.app.bot_data["services"]


async def play(player, script: str) -> list[dict]:
    calls: list[dict] = []
    for line in script.strip().splitlines():
        # a line that never returns is the bug itself: fail instead of hanging the suite
        calls += await asyncio.wait_for(player.line(line), timeout=60)
    return calls


async def published(player) -> None:
    """The letter sent on 21/8/2023 and published without its third task (the list of contact
    officers, asked by e-mail); the districts' officers approved."""
    await player.line("@ 2023-08-21 09:00")
    await player.upload(ADMIN, NAME, letter_docx(), name=BOSS)
    await play(
        player,
        f"""
        {ADMIN} > [Sửa 3]
        {ADMIN} > [Bỏ nhiệm vụ này]
        {ADMIN} > [Đã kiểm tra, bỏ qua lỗi đọc]
        {ADMIN} > [Công bố]
        1002 Lê Văn Nam > /dangky ubnd ham yen
        1006 Vi Thị Yên > /dangky ubnd yen son
        {ADMIN} > /duyet 1002, 1006
        """,
    )
    assert MONTHLY in {t.id for t in services(player).province.tasks}


async def test_a_district_late_for_its_monthly_report_asks_what_it_still_owes(player):
    """ "ben em con gi chua nop" the day after September's report fell due: the answer looked
    the occurrence's key up as a task id, found none, and the StopIteration it raised was lost
    on the way back from the worker thread: the chat never got an answer again."""
    await published(player)
    await play(player, "@ 2023-09-21 08:00")
    out = texts(await play(player, "1006 > ben em con gi chua nop"), 1006)
    assert out[0].startswith("Việc chưa xong — UBND huyện Yên Sơn"), out
    assert f"{SEP} Mẫu số 02 — tháng 9/2023 — hạn 20/9/2023 (quá hạn 1 ngày)" in out[0]
    # October's month has not begun: not owed yet, not listed (ux36 #2)
    assert OCT not in out[0]
    # the chat still answers afterwards
    out = texts(await play(player, "1006 > /nopbai"), 1006)
    assert out[0].startswith("Hồ sơ phải nộp — UBND huyện Yên Sơn")


async def test_a_reply_to_a_monthly_reminder_saying_it_was_sent_offers_that_occurrence(player):
    """ "đã nộp rồi ạ" (or "da nop roi a") in reply to the reminder of September's report was
    "Tôi chưa hiểu câu hỏi này": the occurrence's key the reminder names did not read as a key."""
    await published(player)
    calls = await play(player, "@ 2023-09-13 08:00")
    [reminder] = texts(calls, 1002)
    assert reminder.startswith("⏰ Nhắc hạn — UBND huyện Hàm Yên") and SEP in reminder
    out = texts(await play(player, "1002 >> da nop roi a"), 1002)
    # nothing of it in the bot: the press records it sent outside the bot, and says so
    assert out[0].startswith(
        f"Bạn muốn ghi Mẫu số 02 — tháng 9/2023 {SEP} → Hoàn thành, tức là đã gửi đủ Mẫu số 02 "
        "cho Sở "
        "Thông tin và Truyền thông ngoài bot (văn bản, e-mail)?"
    )
    assert out[0].endswith("Bấm nút để ghi; không bấm thì không có gì thay đổi.")
    assert services(player).repo.current(SEPTEMBER, "UBND huyện Hàm Yên") is None
    out = texts(await play(player, f"1002 > [Đã gửi ngoài bot: {SEP} → Hoàn thành]"), 1002)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 9/2023 {SEP} (UBND huyện Hàm Yên): Chưa bắt đầu → Hoàn"
    )
    assert services(player).repo.current(SEPTEMBER, "UBND huyện Hàm Yên").new == "hoan_thanh"
    assert services(player).repo.current(OCTOBER, "UBND huyện Hàm Yên") is None


async def test_a_publish_undone_is_published_again_with_the_coordinators_corrections(player):
    """Publish, "Hoàn tác", publish again: the undo left the letter neither in force nor a draft
    (/congvan listed neither) and the draft's "Công bố" answered "đã được công bố hoặc đã hủy":
    the reviewed corrections were lost unless the letter was sent and corrected anew."""
    await player.line("@ 2023-08-21 09:00")
    calls = await player.upload(ADMIN, NAME, letter_docx(), name=BOSS)
    out = texts(calls, ADMIN)[0]
    # the support of Viễn thông is read, and the unit the register lacks is said
    assert out.count("Phối hợp: Viễn thông Tuyên Quang") == 3, out
    assert "không có “Bưu điện tỉnh” trong danh sách đơn vị của tỉnh Tuyên Quang" in out
    assert "✅ Công bố" not in str(calls[-1]["buttons"])  # not before it is checked
    await play(
        player,
        f"""
        {ADMIN} > [Sửa 1]
        {ADMIN} > [Sửa hạn]
        {ADMIN} > truoc ngay 11/9/2023
        {ADMIN} > [Sửa 3]
        {ADMIN} > [Bỏ nhiệm vụ này]
        {ADMIN} > [Đã kiểm tra, bỏ qua lỗi đọc]
        """,
    )
    out = texts(await play(player, f"{ADMIN} > [Công bố]"), ADMIN)
    assert "tq-2023-09-11" in out[0] and "tq-2023-08-28" not in out[0]
    letters = services(player).letters
    first = letters.in_force_number()
    out = texts(await play(player, f"{ADMIN} > [Hoàn tác]"), ADMIN)
    assert out[0].startswith(f"↩️ Đã hoàn tác: dùng lại các công văn của phiên bản {first - 1}")
    assert letters.in_force() == [] and services(player).province.task("tq-2023-09-11") is None
    # the undo's own button, or the draft's "Công bố" scrolled up to: the same letter again
    out = texts(await play(player, f"{ADMIN} > [✅ Công bố lại]"), ADMIN)
    assert out[0].startswith("✅ Đã công bố Công văn số 1586/STTTT-CNTT ngày 21/8/2023"), out
    assert "tq-2023-09-11 Rà soát" in out[0] and "hạn 11/9/2023 — 19 đơn vị — Mẫu số 01" in out[0]
    [again] = letters.in_force()
    assert [task_id for task_id, _ in again.tasks] == ["tq-2023-09-11", MONTHLY]
    # typed without marks, quoted with them (it was “truoc ngay 11/9/2023” in every view)
    assert again.tasks[0][1].deadline.isoformat() == "2023-09-11"
    assert again.tasks[0][1].deadline_text == "trước ngày 11/9/2023"
    assert letters.history()[-1].action == "publish"
    # pressed twice (a minute on: at once it is a double tap, answered with no text), or on
    # the draft of a letter in force: nothing changes
    await player.line("@ 2023-08-21 09:01")
    out = texts(await play(player, f"{ADMIN} > [✅ Công bố]"), ADMIN)
    assert out == ["Công văn cv1586.docx đã công bố, đang được theo dõi. Không có gì thay đổi."]
    assert len(letters.in_force()) == 1
    # officers are answered about the task again
    out = texts(await play(player, "1001 > han nop bao cao ra soat dvc toan trinh"), 1001)
    assert "(tq-2023-09-11)" in out[0] and "Hạn: trước ngày 11/9/2023 → 11/9/2023" in out[0]


async def test_a_district_owing_a_file_is_told_to_send_a_file_not_a_template(player):
    """/nop, /nopbai and the coordinator's reminder told UBND huyện Hàm Yên, which owes only
    the monthly report on "Mẫu số 02" (a file: the bot has no layout of it), to fill BIỂU 02 or
    Phụ lục I–IV in the chat or from /baocao's templates, where no such template is."""
    await published(player)
    await play(player, "@ 2023-09-13 08:00")
    for command in ("/nop", "/nopbai"):
        out = texts(await play(player, f"1002 > {command}"), 1002)[0]
        assert f"Nộp tệp: /nop {SEP} rồi gửi tệp .xlsx, .docx hoặc .pdf" in out, out
        assert "/baocao" not in out and "bieu02" not in out and "pl1" not in out
    # the reminder the coordinator sends to the units still missing says the same
    await play(player, f"{ADMIN} > /nopbai tinh")
    await play(player, f"{ADMIN} > [Nhắc các đơn vị chưa nộp]")
    calls = await play(player, f"{ADMIN} > [Gửi nhắc]")
    [nudge] = texts(calls, 1002)
    assert nudge.startswith("🔔 Nhắc nộp hồ sơ — UBND huyện Hàm Yên")
    assert f"Nộp tệp: /nop {SEP}" in nudge and "/baocao" not in nudge
    # the file goes in as told
    await play(player, f"1002 > /nop {SEP}")
    out = texts(await player.upload(1002, "bc_t9.pdf", PDF), 1002)
    assert out[0].startswith("✅ Đã nhận tệp bc_t9.pdf"), out
    assert services(player).repo.current(SEPTEMBER, "UBND huyện Hàm Yên").new == "hoan_thanh"
    # a unit owing both kinds (the 2021 BIỂU 02, still tracked here, and Mẫu số 01) is told both
    await play(
        player,
        f"""
        1001 Nguyễn Thị Hoa > /dangky so y te
        {ADMIN} > /duyet 1001
        """,
    )
    out = texts(await play(player, "1001 > /nop"), 1001)[0]
    assert "Nộp biểu qua bot: /nop bieu02, /nop pl1, /nop pl2, /nop pl3, /nop pl4 (trong" in out
    assert "Nộp tệp: /nop tq-2023-09-08 rồi gửi tệp" in out


@pytest.mark.daily_ticks  # the reminders of each day, sent on their day
async def test_a_district_late_in_september_and_on_time_in_october(player):
    """Each month's report is tracked on its own: UBND huyện Yên Sơn sends September's five days
    late and October's on time. Its /nopbai headed September's report "(quá hạn 23 ngày)" over
    "nộp muộn", as if it were still owed."""
    await published(player)
    await play(player, "@ 2023-09-25 08:00")
    await play(player, f"1006 > /nop {SEPTEMBER}")
    out = texts(await player.upload(1006, "bc_t9.pdf", PDF), 1006)
    assert out[0].startswith("✅ Đã nhận tệp bc_t9.pdf") and SEP in out[0]
    calls = await play(player, "@ 2023-10-13 08:00")
    # 7 working days before Friday 20/10, on its day (ux34 #6: it came at the 13/10 tick)
    [reminder] = [t for t in texts(calls, 1006) if "(Thứ Tư, 11/10/2023)" in t]
    assert OCT in reminder and "còn 9 ngày" in reminder and SEP not in reminder
    # its name says Mẫu số 01, the reminder's report is on Mẫu số 02 (ux30 #1): nothing kept,
    # and no button for the task the bot says it does not match (ux37 #2)
    calls = await play(player, f"1006 << {PDF_PATH}")
    out = texts(calls)
    assert out[0].startswith(
        "Tệp ghi mau01. Tệp mau01_so_y_te.pdf không khớp nhiệm vụ nào đơn vị đang phải nộp:"
    ), out
    assert out[0].lower().count("tệp ghi mau01") == 1 and " · ⚠️ không khớp tệp" in out[0], out
    assert not calls[-1]["buttons"] and "/nop <mã nhiệm vụ>" in out[0]
    assert services(player).repo.current(OCTOBER, "UBND huyện Yên Sơn") is None
    # named by the officer in its caption, as the answer says: asked once, kept on the press
    calls = await player.upload(1006, PDF_PATH.name, PDF, caption=f"/nop {OCT}")
    assert texts(calls)[0].startswith("Tệp ghi mau01. Trước khi lưu tệp mau01_so_y_te.pdf")
    [[button]] = calls[-1]["buttons"]
    out = texts(await play(player, f"1006 > [{button}]"))
    assert out[0].startswith("✅ Đã nhận tệp mau01_so_y_te.pdf") and OCT in out[0], out
    repo, files = services(player).repo, services(player).submissions
    assert repo.current(SEPTEMBER, "UBND huyện Yên Sơn").at.date().isoformat() == "2023-09-25"
    assert repo.current(OCTOBER, "UBND huyện Yên Sơn").at.date().isoformat() == "2023-10-13"
    sent = {(s.task, s.version) for s in files.submissions(agency="UBND huyện Yên Sơn")}
    assert sent == {(SEPTEMBER, 1), (OCTOBER, 1)}
    out = texts(await play(player, "1006 > /nopbai"), 1006)[0].splitlines()
    september = out.index(next(line for line in out if line.startswith(f"📌 {SEP}")))
    assert out[september].endswith("— hạn 20/9/2023"), out[september]
    assert out[september + 1].strip().startswith("🕓 nộp muộn 25/9/2023 (sau hạn 5 ngày)")
    october = out.index(next(line for line in out if line.startswith(f"📌 {OCT}")))
    assert out[october].endswith("— hạn 20/10/2023")
    assert out[october + 1].strip().startswith("✅ đã nộp 13/10/2023")
    # the coordinator's views agree: late once, on time once, nothing late now
    province = "\n".join(texts(await play(player, f"{ADMIN} > /nopbai tinh"), ADMIN))
    assert "🕓 UBND huyện Yên Sơn — nộp muộn 25/9/2023 (sau hạn 5 ngày)" in province
    assert "✅ UBND huyện Yên Sơn — đã nộp 13/10/2023" in province
    late = "\n".join(texts(await play(player, f"{ADMIN} > /quahan tinh"), ADMIN))
    # no report late for Yên Sơn, one for Hàm Yên; each district's 406-11 of the 2021 plan,
    # which it only coordinates, owes none of the sectors' dates: late for neither (f18b)
    assert "UBND huyện Yên Sơn —" not in late
    assert "UBND huyện Hàm Yên — 1 mục" in late


async def test_a_district_that_blocked_the_bot_is_reached_again_once_it_writes(tmp_path, db_url):
    """A unit's officer blocks the bot: September's reminder is refused (403), the coordinator
    is told, nothing is retried; the officer unblocks it and writes: the answer reaches them
    (the emulator kept them blocked and refused it) and so do the next reminders."""
    player = Player(db_url, [ADMIN], files_dir=tmp_path)  # a 403 is the point: no refusal check
    await player.start()
    try:
        await _blocked_then_back(player)
    finally:
        await player.stop()


async def _blocked_then_back(player) -> None:
    await published(player)
    await play(player, "1005 Đỗ Thị Na > /dangky ubnd na hang")
    await play(player, f"{ADMIN} > /duyet 1005")
    await play(player, "! blocked 1005")
    calls = await play(player, "@ 2023-09-13 08:00")
    refused = [c for c in calls if c["chat_id"] == 1005]
    assert [c["error"] for c in refused] == ["403 Forbidden: bot was blocked by the user"]
    assert any(
        "Không gửi được nhắc hạn tới chat 1005: bot đã bị chặn" in t for t in texts(calls, ADMIN)
    )
    assert not [c for c in await play(player, "@ 2023-09-15 08:00") if c["chat_id"] == 1005]
    calls = await play(player, "1005 > /nopbai")
    assert [c["error"] for c in calls if c["chat_id"] == 1005] == [None]
    out = texts(calls, 1005)
    assert out[0].startswith("Hồ sơ phải nộp — UBND huyện Na Hang") and SEP in out[0]
    calls = await play(player, "@ 2023-09-19 08:00")
    [reminder] = [c for c in calls if c["chat_id"] == 1005]
    assert reminder["error"] is None and "còn 1 ngày" in reminder["text"]
    assert reminder["text"].startswith("⏰ <b>Nhắc hạn — UBND huyện Na Hang")


class _FailingSends(Faults):
    """Telegram times out every answer to one chat, as many times as the limiter retries."""

    def __init__(self, times: int):
        super().__init__()
        self.times = times

    def draw(self, method: str) -> str | None:
        if method == "sendMessage" and self.times > 0:
            self.times -= 1
            return "timeout"
        return None


async def test_a_file_kept_while_telegram_times_out_its_receipt_is_not_asked_again(player):
    """The district's file was kept and its status written, but Telegram timed the receipt out
    after every retry: the officer was told "đã có lỗi … bạn thử lại" and would send it twice.
    The answer now says it may have been kept and where to look; nothing is lost."""
    await published(player)
    await play(player, "@ 2023-09-13 08:00")
    await play(player, f"1002 > /nop {SEPTEMBER}")
    player.emulator.faults = _FailingSends(player.limiter.max_retries + 1)
    calls = await player.upload(1002, "bc_t9.pdf", PDF)
    sent = [c for c in calls if c["chat_id"] == 1002 and c["error"] is None]
    assert [to_plain(c["text"]) for c in sent] == [
        "Telegram đang chậm nên bot chưa gửi được câu trả lời. Việc bạn vừa làm có thể đã được "
        "ghi: xem lại bằng /nopbai, /tiendo hoặc /lichsu trước khi gửi lại."
    ]
    assert any("Telegram không nhận câu trả lời cho chat 1002" in t for t in texts(calls, ADMIN))
    # the file and the status were kept
    assert services(player).repo.current(SEPTEMBER, "UBND huyện Hàm Yên").new == "hoan_thanh"
    [kept] = services(player).submissions.submissions(agency="UBND huyện Hàm Yên")
    assert (kept.task, kept.version) == (SEPTEMBER, 1)
    out = texts(await play(player, "1002 > /nopbai"), 1002)[0]
    assert "✅ đã nộp 13/9/2023 — tệp bc_t9.pdf lần 1" in out


async def test_the_coordinator_ends_a_task_then_the_whole_letter_by_its_number(player):
    """The end of the letter was headed "Kết thúc theo dõi công văn Công văn số 1586/…"."""
    await published(player)
    await play(player, "@ 2023-10-02 08:00")
    out = texts(await play(player, f"{ADMIN} > /ketthuc tq-2023-09-08"), ADMIN)
    assert out[0].startswith("Kết thúc theo dõi nhiệm vụ tq-2023-09-08")
    assert "đã nộp 0/19, 19 quá hạn" in out[0]
    await play(player, f"{ADMIN} > [⏹ Kết thúc theo dõi]")
    letters = services(player).letters
    assert set(letters.ended()) == {"tq-2023-09-08"}
    out = texts(await play(player, f"{ADMIN} > /ketthuc 1586"), ADMIN)
    assert out[0].startswith(
        "Kết thúc theo dõi Công văn số 1586/STTTT-CNTT ngày 21/8/2023 của Sở Thông tin và "
        "Truyền thông (cv1586.docx)"
    ), out[0]
    said = texts(await play(player, f"{ADMIN} > [⏹ Kết thúc theo dõi]"), ADMIN)[0]
    assert said.startswith("⏹ Đã kết thúc theo dõi Công văn số 1586/STTTT-CNTT")
    assert f"{MONTHLY} " in said and "đã nộp 0/7, 7 không nộp" in said
    assert set(letters.ended()) == {"tq-2023-09-08", MONTHLY}
    late = "\n".join(texts(await play(player, f"{ADMIN} > /quahan tinh"), ADMIN))
    assert MONTHLY not in late and "tq-2023-09-08" not in late
    # no reminder of the letter's tasks goes out any more
    calls = await play(player, "@ 2023-10-13 08:00")
    assert not [t for t in texts(calls) if MONTHLY in t or "tq-2023-09-08" in t]


async def test_each_correction_to_the_draft_is_quoted_old_to_new(player):
    """A correction was answered "Đã sửa nhiệm vụ 1." and the whole draft: which unit went, and
    what the form or the date had been, was for the coordinator to find by comparing."""
    await player.line("@ 2023-08-21 09:00")
    await player.upload(ADMIN, NAME, letter_docx(), name=BOSS)
    said = {}
    for field, typed in (
        ("Sửa hạn", "hang thang, truoc ngay 25"),
        ("Sửa đơn vị", "bo cong an tinh"),
        ("Sửa biểu mẫu", "mau so 01/RS"),
    ):
        await play(player, f"{ADMIN} > [Sửa 1]")
        await play(player, f"{ADMIN} > [{field}]")
        said[field] = texts(await play(player, f"{ADMIN} > {typed}"), ADMIN)[0].splitlines()[0]
    assert said == {
        "Sửa hạn": "Đã sửa nhiệm vụ 1: hạn 8/9/2023 → hằng tháng, ngày 25, lần đầu 25/8/2023.",
        "Sửa đơn vị": "Đã sửa nhiệm vụ 1: đơn vị phải nộp: bỏ Công an tỉnh (còn 18).",
        "Sửa biểu mẫu": "Đã sửa nhiệm vụ 1: biểu mẫu Mẫu số 01 → Mẫu số 01/RS.",
    }
    [draft] = services(player).letters.drafts()
    task = draft.draft.tasks[0]
    assert task.recurrence is not None and task.recurrence.day == 25
    assert task.deadline_text == "hằng tháng, trước ngày 25"
    assert "Công an tỉnh" not in task.units and len(task.units) == 18
    assert task.forms == ("Mẫu số 01/RS",)


async def test_the_coordinator_records_a_months_report_for_a_unit_chosen_by_button(player):
    """ "/capnhat tq-2023-09-20@2023-10-20 da nop" from the coordinator, naming no unit, was
    refused: "chưa giao cho đơn vị nào" although the report has seven; it asks which now."""
    await published(player)
    await play(player, "@ 2023-10-16 08:00")
    out = texts(await play(player, f"{ADMIN} > /capnhat {OCTOBER} da nop"), ADMIN)
    assert "chưa giao cho đơn vị nào" not in out[0]
    buttons = player.latest(ADMIN)["reply_markup"]["inline_keyboard"]
    labels = [b["text"] for row in buttons for b in row]
    assert "UBND huyện Na Hang" in " ".join(labels) and len(labels) >= 7, labels
    assert services(player).repo.current(OCTOBER, "UBND huyện Na Hang") is None
    label = next(x for x in labels if x.startswith("UBND huyện Na Hang"))
    out = texts(await play(player, f"{ADMIN} > [{label}]"), ADMIN)
    assert out[0].startswith(
        f"✅ Đã ghi: Mẫu số 02 — tháng 10/2023 {OCT} (UBND huyện Na Hang): Chưa bắt đầu → Hoàn"
    )
    assert "ghi thay UBND huyện Na Hang" in out[0]
    change = services(player).repo.current(OCTOBER, "UBND huyện Na Hang")
    assert change.new == "hoan_thanh" and change.behalf
    assert services(player).repo.current(SEPTEMBER, "UBND huyện Na Hang") is None


async def test_the_same_letter_forwarded_twice_is_not_published_twice_unawares(player):
    """The letter came again (by e-mail and from the e-office): its second draft was publishable
    as it was, and published every task a second time ("tq-2023-09-08-2" …), each unit owing
    and reminded of each twice."""
    await published(player)
    out = texts(await player.upload(ADMIN, NAME, letter_docx(), name=BOSS), ADMIN)[0]
    assert (
        "công văn số 1586/STTTT-CNTT ngày 21/8/2023 đã được công bố và đang theo dõi (tệp "
        "cv1586.docx): công bố lần nữa sẽ theo dõi trùng mọi nhiệm vụ" in out
    ), out
    assert "✅ Công bố" not in str(player.latest(ADMIN)["reply_markup"])
    assert len(services(player).letters.in_force()) == 1
    # the coordinator, having checked it is another letter after all, may still publish it
    await play(player, f"{ADMIN} > [Đã kiểm tra, bỏ qua lỗi đọc]")
    out = texts(await play(player, f"{ADMIN} > [Công bố]"), ADMIN)[0]
    assert "tq-2023-09-08-2" in out and len(services(player).letters.in_force()) == 2
