"""The coordinator's review of a letter, as a blind tester played it (UX report 14b): a typed
correction of a recurring task keeps the letter's start. Through the emulator with the real
Application, on the test's database."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts

DATA = Path(__file__).resolve().parents[1] / "data"
QUARTERLY_LETTER = (DATA / "letter_2021-09_quarterly.txt").read_text(encoding="utf-8")


def _letters(player):
    found = player.app.bot_data["services"].letters
    assert found is not None
    return found


async def _say(player, text: str) -> str:
    return texts(await player.send(ADMIN, text), ADMIN)[0]


async def test_a_recurring_tasks_correction_keeps_the_letters_start(player):
    await player.line("@ 2021-09-15 08:30")
    out = texts(await player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode()), ADMIN)
    assert "lần đầu 20/12/2021" in "\n".join(out)
    # the same schedule retyped: the start stays, and the quote does not pretend a change
    out = await _say(player, "sửa hạn nv 2 thành hằng quý, ngày 20 tháng cuối quý")
    assert out.startswith("Đã sửa nhiệm vụ 2: hạn hằng quý (tháng cuối quý), ngày 20 → ")
    assert "lần đầu 20/12/2021 — " in out and "20/9/2021" not in out
    # a start typed as a bare date is read, and the quote shows the first occurrence moving
    out = await _say(player, "sửa hạn nv 2 thành ngày 20 tháng cuối quý, từ 20/3/2022")
    assert out.startswith(
        "Đã sửa nhiệm vụ 2: hạn hằng quý (tháng cuối quý), ngày 20, lần đầu 20/12/2021 → "
        "hằng quý (tháng cuối quý), ngày 20, lần đầu 20/3/2022."
    )
    (draft,) = _letters(player).drafts(limit=5)
    recurrence = draft.draft.tasks[1].recurrence
    assert recurrence is not None and str(recurrence.first) == "2022-03-20"
    await _say(player, "sửa hạn nv 2 thành ngày 20 tháng cuối quý, từ 1/10/2021")
    out = await _say(player, "[Công bố]")
    assert "tq-2021-12-20" in out and "tq-2021-09-20" not in out
    # nobody owes it in September: /nopbai tinh counts it from December
    out = await _say(player, "/nopbai tinh")
    # its first occurrence by its short key and its quarter (f18b item 3)
    # (u51 #1: a quarter's report keyed by its quarter, never "T12/2021" beside "quý IV/2021")
    assert "tq-2021-12-20 quý IV/2021" in out and "2021-09-20" not in out
    assert "T12/2021" not in out
    # u54 #3: "quý 1" typed on 21/12/2021 is the one coming, never quý I/2021 nine months past;
    # the wait it starts, dropped, names it by its quarter too (a stored key, u54 #1)
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    await player.line("@ 2021-12-21 09:00")
    out = texts(await player.send(1002, "/nop mau 02 quy 1"), 1002)[0]
    assert "tq-2021-12-20 quý I/2022 — hạn 20/3/2022" in out and "quý I/2021" not in out, out
    out = texts(await player.send(1002, "/huy"), 1002)[0]
    assert "tq-2021-12-20 quý I/2022" in out and "tháng 3/2022" not in out, out


TABLE_LETTER = (DATA / "letter_2021-10_table.txt").read_text(encoding="utf-8")


async def test_a_unit_the_register_lacks_holds_the_draft_back(player):
    """A unit in the Kính gửi list or a table's supporting column that the register does not
    hold was dropped without a word and the draft said "Có thể công bố"."""
    await player.line("@ 2021-10-04 08:30")
    out = await player.upload(ADMIN, "cv712.txt", TABLE_LETTER.encode())
    review = "\n".join(texts(out, ADMIN))
    assert "Chưa công bố được" in review and "Có thể công bố" not in review
    assert "không có “Bưu điện tỉnh Tuyên Quang” trong danh sách đơn vị" in review
    assert "không có “Ngân hàng Phát triển chi nhánh Tuyên Quang” trong danh sách" in review
    assert "Các đơn vị liên quan" not in review  # no unit, no problem
    buttons = [b for c in out if c["buttons"] for row in c["buttons"] for b in row]
    assert "✅ Công bố" not in buttons and "Đã kiểm tra, bỏ qua lỗi đọc" in buttons
    out = await _say(player, "công bố")
    assert _letters(player).in_force_number() == 0
    # checked by the coordinator: then it may be published
    await _say(player, "[Đã kiểm tra, bỏ qua lỗi đọc]")
    out = await _say(player, "[Công bố]")
    assert out.startswith("✅ Đã công bố Công văn số 712/STTTT-CNTT")
    assert _letters(player).in_force_number() == 1


async def test_a_sending_said_to_the_days_reminder_offers_that_days_task_first(player):
    """ "đã nộp rồi ạ" in reply to the reminder on the deadline day offered April's late Biểu
    02 first and the catalogue's integration rows beside it; the top button wrote a document
    as sent that never was (ux14b item 4)."""
    await player.line("@ 2021-09-15 08:30")
    await register(player, 1001, "Sở Y tế", "An")
    await player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode())
    await _say(player, "[Công bố]")
    # down since 15/9: the deadline day's start folds in Monday 4/10's late items (ux34 #6: a
    # clock line sends each day's on its day)
    await player.line("! restart @ 2021-10-08 08:00")
    reminder = texts(player.emulator.calls, 1001)[-1]
    assert "tq-2021-10-08" in reminder and "tq-2021-04-20" in reminder and "406-22" in reminder
    # a row under the province's date and the decision's is one line (ux14b item 13)
    # ... at the date that applies, with its dates as /quahan writes them (ux16a item 2)
    assert reminder.count("406-22") == 1
    # late since the province's 31/8, the decision's 30/9 said as its own (ux19 item 1)
    assert "hạn 31/8/2021 (quá hạn 38 ngày); hạn QĐ 406: 30/9/2021 (quá hạn 8 ngày)" in reminder
    # the hour the letter's day ends at, on the last day (ux14b item 8)
    assert "tq-2021-10-08 Mẫu số 01: Lập danh sách điểm kết nối" in reminder
    assert "— ⏰ trước 17 giờ 00 — ⚪ Chưa bắt đầu" in reminder
    # the day's task, not April's; sent, not reported "xong": a file, or "đã nộp" when it went
    # outside the bot (ux16a item 4)
    assert "Nộp tệp: /nop tq-2021-10-08 rồi gửi tệp" in reminder
    assert "/capnhat tq-2021-10-08 đã nộp" in reminder and " xong ·" not in reminder
    out = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert "hạn 17 giờ 00 ngày 8/10/2021 (hạn hôm nay)" in out
    # /tiendo prints the hour too, as /nopbai and the desk do
    out = texts(await player.send(1001, "/tiendo"), 1001)[0]
    assert "tq-2021-10-08" in out and "hạn 17 giờ 00 ngày 8/10/2021 (hạn hôm nay)" in out
    calls = await player.line("1001 >> đã nộp rồi ạ")
    labels = [b for c in calls if c.get("buttons") for row in c["buttons"] for b in row]
    assert labels[0] == "Ghi tq-2021-10-08 → Hoàn thành"
    assert all(label.startswith("Ghi tq-") for label in labels)  # documents, not rows
    repo = player.app.bot_data["services"].repo
    assert repo.current("tq-2021-10-08", "Sở Y tế") is None  # nothing before the press
    await player.line("1001 > [Ghi tq-2021-10-08 → Hoàn thành]")
    assert repo.current("tq-2021-10-08", "Sở Y tế").new == "hoan_thanh"
    assert repo.current("tq-2021-04-20", "Sở Y tế") is None


async def test_publish_typed_on_a_held_draft_says_what_holds_it(player):
    """ "công bố" typed under a held draft said "bấm ✅ Công bố bên dưới" where no such button
    was (ux14b item 5)."""
    await player.line("@ 2021-10-04 08:30")
    await player.upload(ADMIN, "cv712.txt", TABLE_LETTER.encode())
    calls = await player.send(ADMIN, "công bố")
    out = texts(calls, ADMIN)[0]
    assert out.startswith("Bản nháp cv712.txt chưa công bố được: còn 2 chỗ cần sửa")
    assert "“Đã kiểm tra, bỏ qua lỗi đọc”" in out and "bên dưới để công bố" not in out
    labels = [b for c in calls if c.get("buttons") for row in c["buttons"] for b in row]
    assert "✅ Công bố" not in labels and "Đã kiểm tra, bỏ qua lỗi đọc" in labels
    assert _letters(player).in_force_number() == 0


async def test_two_drafts_a_typed_correction_goes_to_the_newest_and_an_old_button_names_its_letter(
    player,
):
    """With two drafts open every typed correction was refused; "huỷ" said nothing was pending;
    the "Công bố" of a published letter's draft, scrolled up to, said "Công văn này đang được
    theo dõi" as if the draft in view were published (ux14b items 5 and 6)."""
    await player.line("@ 2021-09-15 08:30")
    await player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode())
    await _say(player, "[Công bố]")
    await player.line("@ 2021-09-16 08:30")
    await player.upload(ADMIN, "cv701b.txt", QUARTERLY_LETTER.replace("701/", "702/").encode())
    await player.line("@ 2021-10-04 08:30")
    await player.upload(ADMIN, "cv712.txt", TABLE_LETTER.encode())
    out = await _say(player, "sửa hạn nv 1 thành 29/10/2021")
    assert out.startswith("Sửa vào bản nháp mới nhất (cv712.txt); 1 bản nháp khác đang chờ")
    assert "Đã sửa nhiệm vụ 1: hạn 25/10/2021 → 29/10/2021." in out
    drafts = {d.file_name: d for d in _letters(player).drafts()}
    assert str(drafts["cv712.txt"].draft.tasks[0].deadline) == "2021-10-29"
    assert drafts["cv701b.txt"].revision == 0  # the other draft untouched
    # the first letter's "Công bố", pressed again from far up: named
    first = next(
        m
        for m in player.emulator.messages[ADMIN]
        if "Bản nháp nhiệm vụ từ công văn cv701.txt" in (m.get("text") or "")
    )
    (publish,) = [
        b["callback_data"]
        for row in first["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "✅ Công bố"
    ]
    out = texts(await player.forged(ADMIN, publish), ADMIN)
    assert out == ["Công văn cv701.txt đã công bố, đang được theo dõi. Không có gì thay đổi."]
    # "huỷ" with nothing waiting: the newest draft's drop offered, dropped only on the press
    calls = await player.send(ADMIN, "huỷ")
    out = texts(calls, ADMIN)[0]
    assert out.startswith("Không có thao tác nào đang dở. Bản nháp mới nhất đang chờ: cv712.txt")
    assert len(_letters(player).drafts()) == 2
    out = await _say(player, "[Hủy bản nháp]")
    assert out.startswith("Đã hủy bản nháp từ công văn cv712.txt")
    assert [d.file_name for d in _letters(player).drafts()] == ["cv701b.txt"]


async def test_a_date_typed_without_its_year_is_shown_with_it(player):
    """ "sửa hạn nv 1 thành 29/10" was quoted "29/10" in /congvan and the answers, as if the
    letter printed it so (ux14b item 8)."""
    await player.line("@ 2021-09-15 08:30")
    await player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode())
    out = await _say(player, "sửa hạn nv 1 thành 29/10")
    assert out.startswith("Đã sửa nhiệm vụ 1: hạn 8/10/2021 → 29/10/2021.")
    # the year shown; a bare date typed says it was corrected, not quoted back to itself
    assert "Hạn: 29/10/2021 (đã sửa)" in out and "“29/10/2021" not in out
    await _say(player, "[Công bố]")
    out = await _say(player, "/congvan")
    assert "29/10/2021" in out and "“29/10”" not in out


async def test_an_id_no_task_has_points_to_the_nearest_ones(player):
    """An id noted before a correction moved the date it is made of got /capnhat's syntax line
    (ux14b item 11)."""
    await player.line("@ 2021-09-15 08:30")
    await register(player, 1001, "Sở Y tế", "An")
    await player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode())
    await _say(player, "sửa hạn nv 1 thành 29/10/2021")
    await _say(player, "[Công bố]")
    out = texts(await player.send(1001, "/capnhat tq-2021-10-08 da nop"), 1001)[0]
    assert out.startswith("Không có nhiệm vụ tq-2021-10-08. Có thể bạn muốn: tq-2021-10-29 ")
    assert "Cú pháp" not in out and "Không có gì thay đổi" in out
    assert player.app.bot_data["services"].repo.current("tq-2021-10-29", "Sở Y tế") is None


async def test_a_place_in_two_units_names_asks_which_keeping_the_status(player):
    """ "/capnhat … tuyen quang da nop" lost the status typed ("Chưa rõ trạng thái") and asked
    it again before asking the unit (ux14b item 9)."""
    await player.line("@ 2021-09-15 08:30")
    await player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode())
    await _say(player, "[Công bố]")
    repo = player.app.bot_data["services"].repo
    unit = "UBND thành phố Tuyên Quang"
    # before quarter IV begins: the rule asked first, one line, no unit asked (u49 #2)
    for typed in ("/capnhat tq-2021-12-20 tuyen quang da nop", "/capnhat tq-2021-12-20"):
        calls = await player.send(ADMIN, typed)
        if typed.endswith("tq-2021-12-20"):  # the status by its button, then the unit's
            calls = await player.send(ADMIN, "[Hoàn thành]")
        [out] = texts(calls, ADMIN)
        assert out == (
            "tq-2021-12-20 quý IV/2021: kỳ quý IV/2021 chưa bắt đầu (từ 1/10/2021), chưa ghi. "
            "Không có gì thay đổi."
        )
        assert not [c for c in calls if c.get("buttons")]
    assert repo.current("tq-2021-12-20@2021-12-20", unit) is None
    await player.line("@ 2021-10-05 08:30")  # quarter IV begun: its report may be recorded
    calls = await player.send(ADMIN, "/capnhat tq-2021-12-20 tuyen quang da nop")
    out = texts(calls, ADMIN)[0]
    assert out.startswith("«tuyen quang» có trong tên 1 đơn vị của tq-2021-12-20.")
    assert "Ghi “Hoàn thành” thay cho đơn vị nào?" in out and "Chưa rõ trạng thái" not in out
    labels = [b for c in calls if c.get("buttons") for row in c["buttons"] for b in row]
    assert labels == ["UBND thành phố Tuyên Quang"]
    assert repo.current("tq-2021-12-20@2021-12-20", unit) is None
    out = await _say(player, f"[{unit}]")
    assert out.startswith(
        f"✅ Đã ghi: Mẫu số 02 — quý IV/2021 tq-2021-12-20 quý IV/2021 ({unit}): Chưa bắt đầu → "
    )
    assert repo.current("tq-2021-12-20@2021-12-20", unit).new == "hoan_thanh"
    # the key typed back as shown, without marks, names that quarter's report
    out = await _say(player, "/capnhat tq-2021-12-20 quy IV/2021 ham yen dang lam")
    assert out.startswith("✅ Đã ghi: Mẫu số 02 — quý IV/2021 tq-2021-12-20 quý IV/2021 (UBND")
    written = repo.current("tq-2021-12-20@2021-12-20", "UBND huyện Hàm Yên")
    assert written.new == "dang_thuc_hien"


async def test_a_question_fitting_one_task_of_the_askers_is_answered(player):
    """A question fitting exactly one task, the asker's own, asked "Có phải bạn hỏi…" with a
    single button (ux14b item 12): answered, with how to say it is not that one."""
    await player.line("@ 2021-09-15 08:30")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    await player.upload(ADMIN, "cv701.txt", QUARTERLY_LETTER.encode())
    await _say(player, "[Công bố]")
    calls = await player.send(1002, "huyen minh bao cao ket noi quy may lan")
    out = texts(calls, 1002)[0]
    assert "Có phải bạn hỏi" not in out
    assert "(tq-2021-12-20)" in out and "Không phải nhiệm vụ này?" in out
