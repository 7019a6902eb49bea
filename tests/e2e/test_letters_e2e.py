"""Issue 19, done when: a coordinator sends a new letter, presses "Công bố", and from then the
task is answered, tracked per unit, reminded 7/3/1/0 working days before, collected as a file
for a form the bot has no layout of; withdraw and rollback work; all across a restart. Through
the emulator with the real Application, on the test's database (SQLite, or PostgreSQL in CI).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.letter_repo import LetterRepo
from tests.botkit import ADMIN, register, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
PDF = (ROOT / "examples" / "mau01_so_y_te.pdf").read_bytes()
XLSX = b"PK\x03\x04" + b"\x00" * 200  # the bot keeps a file of no layout as sent, unopened
TASK = "tq-2021-08-20"
MONTHLY = "tq-2021-09-25"


def desk(player):
    return player.app.bot_data["services"]


def letters(player) -> LetterRepo:
    found = desk(player).letters
    assert found is not None
    return found


def reminders_of(player, chat: int, key: str) -> list[dict]:
    return [
        c
        for c in player.emulator.calls
        if c["method"] == "sendMessage"
        and c["chat_id"] == chat
        and c["error"] is None
        and "Nhắc hạn" in (c["text"] or "")
        and key in c["text"]
    ]


def buttons_of(message: dict) -> list[str]:
    return [b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


def last_bot_message(player, chat: int, containing: str) -> dict:
    return [m for m in player.emulator.messages[chat] if containing in (m.get("text") or "")][-1]


async def test_a_new_letter_becomes_tracked_work(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1001, "Sở Y tế", "An")
    await register(player, 1003, "Sở Tư pháp", "Cường")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")

    # The letter comes back as its draft; nothing is tracked before "Công bố".
    out = await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    review = "\n".join(texts(out, ADMIN))
    assert "Bản nháp nhiệm vụ từ công văn letter_2021-08.docx" in review
    assert "Số 512/STTTT-CNTT, ngày 2/8/2021" in review and "Chưa công bố được" not in review
    assert [c["buttons"] for c in out if c["buttons"]] == [
        [["✅ Công bố"], ["Sửa 1", "Sửa 2"], ["Hủy"]]
    ]
    assert letters(player).in_force_number() == 0
    # a correction survives a restart: the draft is in the database
    await player.send(ADMIN, "[Sửa 1]")
    out = texts(await player.send(ADMIN, "[Sửa hạn]"), ADMIN)
    assert "Gõ hạn mới" in out[0]
    out = texts(await player.send(ADMIN, "31/4/2021"), ADMIN)
    assert out == ["ngày 31/4/2021 không có thật. Gõ lại, hoặc /huy để thôi."]
    await player.restart()
    out = texts(await player.send(ADMIN, "trước 17 giờ 00 ngày 20/8/2021"), ADMIN)
    assert out[0].startswith(
        "Đã sửa nhiệm vụ 1: hạn 20/8/2021 → 20/8/2021 (“trước 17 giờ 00 ngày 20/8/2021”)."
    )
    assert "“trước 17 giờ 00 ngày 20/8/2021”" in out[0]

    out = texts(await player.send(ADMIN, "[Công bố]"), ADMIN)
    assert out[0].startswith("✅ Đã công bố Công văn số 512/STTTT-CNTT ngày 2/8/2021")
    assert f"{TASK} Rà soát, đánh giá mức độ an toàn thông tin" in out[0]
    assert "17 đơn vị — Mẫu số 01" in out[0] and MONTHLY in out[0]
    assert [v.number for v in letters(player).history()] == [1]

    # Questions read the new task's own words, at once.
    out = texts(await player.send(1001, "bao cao ra soat an toan thong tin nop khi nao"), 1001)
    assert f"({TASK})" in out[0] and "20/8/2021 (còn 18 ngày)" in out[0]
    assert "Công văn số 512/STTTT-CNTT" in out[0]
    # a form the bot has no layout of: sent as a file, which the answer says how
    assert f"Nộp tệp: /nop {TASK} rồi gửi tệp .xlsx, .docx hoặc .pdf" in out[0]

    # /nopbai tinh tracks it per unit; the district's monthly report per occurrence.
    out = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert f"{TASK} Mẫu số 01" in out and "đã nộp 0/17 · chưa nộp 17" in out
    assert f"{MONTHLY} tháng 9/2021 Mẫu số 02" in out and "đã nộp 0/7" in out

    # Reminders 7, 3, 1 and 0 working days before 20/8/2021 (a Friday): 11/8 (sent at the
    # start of 13/8, after the bot was down from 2/8: its catch-up), 17/8, 19/8 and the day.
    for day in ("2021-08-13", "2021-08-17", "2021-08-19", "2021-08-20"):
        down = "! restart " if day == "2021-08-13" else ""  # a clock line: each day's on its day
        await player.line(f"{down}@ {day} 08:00")
        if day == "2021-08-13":
            # Sở Tư pháp answers the reminder with its Mẫu số 01, a workbook of no layout; the
            # reminder also names the 2021 Biểu 02 and Phụ lục I–IV it still owes, so the file
            # is offered for the one task taking files, kept on the press (ux12 item 10)
            reminder = last_bot_message(player, 1003, "Nhắc hạn")
            assert "tq-2021-05-20" in reminder["text"]
            out = texts(await player.upload(1003, "mau01_stp.xlsx", XLSX, reply_to=reminder), 1003)
            assert out[0].startswith("Tin nhắn bạn trả lời nhắc nhiều nhiệm vụ; trong đó chỉ")
            assert desk(player).submissions.submissions(task=TASK) == []
            out = texts(await player.send(1003, f"[Nộp: Mẫu số 01 ({TASK})]"), 1003)
            assert out[0].startswith("✅ Đã nhận tệp mau01_stp.xlsx (1 KB) của Sở Tư pháp")
            assert (
                f"Đã ghi nhiệm vụ: Mẫu số 01 {TASK} (Sở Tư pháp): Chưa bắt đầu → Hoàn thành"
                in out[0]
            )
    days = [c["at"][:10] for c in reminders_of(player, 1001, TASK)]
    assert days == ["2021-08-13", "2021-08-17", "2021-08-19", "2021-08-20"]
    # reminded only while owed: Sở Tư pháp sent it on the 13th
    assert [c["at"][:10] for c in reminders_of(player, 1003, TASK)] == ["2021-08-13"]

    # Sở Y tế hands in its file with /nop as the caption, on the day.
    out = texts(await player.upload(1001, "mau01.pdf", PDF, caption=f"/nop {TASK}"), 1001)
    assert out[0].startswith("✅ Đã nhận tệp mau01.pdf")
    stored = desk(player).submissions.submissions(task=TASK)
    assert {(s.agency, s.form, s.version) for s in stored} == {
        ("Sở Tư pháp", "tep", 1),
        ("Sở Y tế", "tep", 1),
    }
    assert desk(player).submissions.content(stored[0].id) == XLSX

    # All of it across a restart.
    await player.line("! restart")
    out = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert "đã nộp 2/17 · chưa nộp 15" in out
    assert "✅ Sở Y tế — đã nộp 20/8/2021 — tệp mau01.pdf lần 1 (20/8/2021)" in out
    out = texts(await player.send(1001, "hạn nộp mẫu số 01"), 1001)
    assert f"({TASK})" in out[0]

    # Withdrawn: out of every view; the undo puts it back with what was sent.
    await player.send(ADMIN, "/congvan")
    out = texts(await player.send(ADMIN, "[Thu hồi]"), ADMIN)
    assert out[0].startswith("Thu hồi Công văn số 512/STTTT-CNTT") and "Bấm để xác nhận" in out[0]
    assert [(v.number, v.action) for v in letters(player).history()] == [(1, "publish")]
    out = texts(await player.send(ADMIN, "[🗑 Thu hồi công văn]"), ADMIN)
    assert out[0].startswith("🗑 Đã thu hồi Công văn số 512/STTTT-CNTT") and TASK in out[0]
    (undo,) = buttons_of(last_bot_message(player, ADMIN, "Đã thu hồi"))
    assert TASK not in texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert TASK not in texts(await player.send(1001, "/tiendo"), 1001)[0]
    out = texts(await player.forged(ADMIN, undo), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác: dùng lại các công văn của phiên bản 1")
    assert "đã nộp 2/17" in texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert [(v.number, v.action) for v in letters(player).history()] == [
        (1, "publish"),
        (2, "withdraw"),
        (3, "rollback"),
    ]


async def test_a_monthly_task_is_tracked_per_occurrence(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    await player.send(ADMIN, "[Công bố]")
    # September's report is not sent by the 25th: late. Sent in October, it settles September,
    # late; October's, sent before its date, is on time.
    await player.line("@ 2021-10-20 08:00")
    out = texts(await player.send(1002, "/quahan"), 1002)[0]
    assert f"{MONTHLY} tháng 9/2021 Mẫu số 02 — tháng 9/2021" in out  # f18b item 3
    out = texts(await player.upload(1002, "t9.xlsx", XLSX, caption=f"/nop {MONTHLY}"), 1002)
    assert f"{MONTHLY} tháng 9/2021" in out[0]
    # the short key typed as a caption names that month's occurrence
    out = texts(
        await player.upload(1002, "t10.xlsx", XLSX, caption=f"/nop {MONTHLY} tháng 10/2021"), 1002
    )
    assert f"{MONTHLY} tháng 10/2021" in out[0]
    await player.line("@ 2021-10-21 08:00")
    out = texts(await player.send(1002, "/nopbai"), 1002)[0]
    # Saturday 25/9 ran to the end of Monday 27/9 (BLDS 2015 Điều 148, ux37 #4)
    assert "🕓 nộp muộn 20/10/2021 (sau hạn 23 ngày) — tệp t9.xlsx" in out
    assert "✅ đã nộp 20/10/2021 — tệp t10.xlsx" in out
    marks = desk(player).statuses().marks
    assert {k for k, a in marks if a == "UBND huyện Hàm Yên"} == {
        f"{MONTHLY}@2021-09-25",
        f"{MONTHLY}@2021-10-25",
    }
    assert date(2021, 10, 20) == marks[(f"{MONTHLY}@2021-10-25", "UBND huyện Hàm Yên")].on


async def test_only_an_admin_reviews_and_publishes(player):
    await register(player, 1001, "Sở Y tế", "An")
    out = texts(await player.upload(1001, LETTER.name, LETTER.read_bytes()), 1001)
    assert "Chưa rõ tệp này nộp cho nhiệm vụ nào" not in out[0]
    # an officer's letter is never read as a letter: no draft, only the tasks a file may be for
    # (its first words may be read for that, after the sender is checked: u23a)
    assert "Bản nháp" not in out[0] and "cho nhiệm vụ" in out[0], out[0]
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    data = buttons_of(last_bot_message(player, ADMIN, "Bản nháp"))
    out = texts(await player.forged(1001, data[0]), 1001)
    assert "Chỉ quản trị viên" in out[-1]
    assert letters(player).in_force_number() == 0
    # "Hủy": the draft is dropped, nothing published; its buttons change nothing after
    out = texts(await player.send(ADMIN, "[Hủy]"), ADMIN)
    assert out[0].startswith("Đã hủy bản nháp từ công văn letter_2021-08.docx")
    out = texts(await player.forged(ADMIN, data[0]), ADMIN)
    assert "đã được công bố hoặc đã hủy" in out[0]
    assert letters(player).in_force_number() == 0


async def test_the_example_script_plays(tmp_path, db_url):
    # examples/letters.script, as `python -m bot demo --script` plays it
    from bot.player import Player

    script = ROOT / "examples" / "letters.script"
    player = Player(db_url, [ADMIN], files_dir=tmp_path / "files")
    player.base_dir = script.parent
    await player.start()
    try:
        said = []
        for line in script.read_text(encoding="utf-8").splitlines():
            said += texts(await player.line(line))
    finally:
        await player.stop()
    assert player.emulator.refusals() == []
    joined = "\n".join(said)
    assert "✅ Đã công bố Công văn số 512/STTTT-CNTT" in joined
    assert "✅ Đã nhận tệp mau01_so_y_te.pdf" in joined
    assert "↩️ Đã hoàn tác: dùng lại các công văn của phiên bản 1" in joined


async def test_a_draft_left_for_another_command_is_reached_again_from_congvan(player):
    await player.line("@ 2021-08-02 08:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    await player.send(ADMIN, "[Sửa 2]")
    await player.send(ADMIN, "[Sửa hạn]")
    out = await player.send(ADMIN, "/congvan")
    said = texts(out, ADMIN)
    assert "Đã bỏ sửa nhiệm vụ 2" in said[0] and "1 bản nháp đang chờ" in said[1]
    # the start-up letters' buttons, the history's, then the draft's
    assert [c["buttons"] for c in out if c["buttons"]] == [
        [
            ["⏹ Kết thúc 1"],
            ["⏹ Kết thúc 2"],
            ["🕘 Lịch sử phiên bản"],
            ["Bản nháp: letter_2021-08.docx"],
        ]
    ]
    # the edit ended for good (ux37 #12): a date typed now is not task 2's deadline after all
    before = letters(player).drafts()[0].draft.tasks[1]
    out = texts(await player.send(ADMIN, "5/10/2021"), ADMIN)
    assert "hạn mới của nhiệm vụ nào" in out[0] and "Không có gì thay đổi" in out[0]
    assert letters(player).drafts()[0].draft.tasks[1] == before
    out = texts(await player.send(ADMIN, "[Bản nháp: letter_2021-08.docx]"), ADMIN)
    assert "Bản nháp nhiệm vụ từ công văn letter_2021-08.docx" in out[0]
    # the first month of a quarter, typed without marks, is read as printed
    await player.send(ADMIN, "[Sửa 2]")
    await player.send(ADMIN, "[Sửa hạn]")
    out = texts(await player.send(ADMIN, "hang quy, ngay 10 thang dau quy"), ADMIN)
    assert "hằng quý, ngày 10, lần đầu 10/10/2021" in out[0]
    await player.send(ADMIN, "[✅ Công bố]")
    assert letters(player).in_force_number() == 1
    out = await player.send(ADMIN, "/congvan")
    assert "bản nháp" not in texts(out, ADMIN)[0]


NO_DATE = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số:      /STTTT-BCVT
V/v rà soát điểm phục vụ bưu chính công cộng
Tuyên Quang, ngày      tháng      năm

Kính gửi: UBND các huyện, thành phố.

Căn cứ Luật Bưu chính ngày 17 tháng 6 năm 2010, Sở Thông tin và Truyền thông đề nghị các đơn vị \
rà soát các điểm phục vụ bưu chính trên địa bàn, gửi kết quả về Sở ngay sau khi hoàn thành.
Trân trọng./.
"""
NOTE = """Ghi chú họp giao ban phòng CNTT
Việc cần làm: nhắc Sở Y tế gửi Biểu 02 trước ngày 20/5/2021; Lan gọi điện các huyện.
"""


async def test_a_letter_with_no_date_says_what_it_could_not_read(player):
    await player.line("@ 2021-08-02 08:00")
    name = "khong_ngay.txt"
    out = await player.upload(ADMIN, name, NO_DATE.encode(), name="Điều phối")
    review = "\n".join(texts(out, ADMIN))
    assert f"Bản nháp nhiệm vụ từ công văn {name}" in review
    assert "Chưa công bố được" in review
    assert "công văn không có ngày tháng nào đọc được" in review
    # nothing can be published: no "Công bố" button, only "Hủy"
    assert [c["buttons"] for c in out if c["buttons"]] == [[["Hủy"]]]
    # "công bố" typed on it: no task to publish, and no "Sửa n" advice for tasks there are not
    said = texts(await player.send(ADMIN, "cong bo"), ADMIN)[0]
    assert said.startswith(f"Bản nháp {name} không có nhiệm vụ nào để công bố.")
    assert "Sửa n" not in said
    assert letters(player).in_force_number() == 0
    await player.send(ADMIN, "[Hủy]")
    assert letters(player).drafts() == []


async def test_a_file_that_is_no_letter_is_said_so_and_no_draft_is_kept(player):
    """A contact list sent by mistake became a draft "đang chờ" in /congvan that only waited
    to be dropped."""
    await player.line("@ 2021-08-02 08:00")
    out = texts(await player.upload(ADMIN, "ghi_chu.txt", NOTE.encode(), name="Điều phối"), ADMIN)
    assert out == [
        "Tệp ghi_chu.txt không phải công văn: không thấy “Kính gửi”, số, ngày tháng hay trích "
        "yếu V/v. Không có bản nháp nào được lưu. Gửi công văn dạng .docx, .pdf có lớp chữ "
        "hoặc .txt để lập nhiệm vụ. Không có gì thay đổi."
    ]
    assert letters(player).drafts() == []
    assert letters(player).in_force_number() == 0


async def test_a_correction_to_the_draft_is_undone_by_its_button(player):
    """A correction typed or pressed had no way back but typing the old value again. Under each
    corrected draft "Hoàn tác" now writes back the draft the correction replaced, quoted; the
    undo is a correction of its own (pressed again, the correction is made again); the button
    of an older message changes nothing; each edit is kept with the draft it replaced."""
    await player.line("@ 2021-08-03 09:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    repo = letters(player)

    def stored():
        [found] = repo.drafts()
        return found

    units = stored().draft.tasks[0].units
    assert "Sở Y tế" in units
    out = await player.send(ADMIN, "bỏ Sở Y tế khỏi nv 1")
    assert texts(out, ADMIN)[0].startswith("Đã sửa nhiệm vụ 1: đơn vị phải nộp: bỏ Sở Y tế")
    edited = last_bot_message(player, ADMIN, "Đã sửa nhiệm vụ 1")
    assert "Sở Y tế" not in stored().draft.tasks[0].units
    before, said = repo.draft_edit(stored().id, stored().revision)
    assert before.tasks[0].units == units and said.startswith("Đã sửa nhiệm vụ 1")

    out = texts(await player.send(ADMIN, "[↩️ Hoàn tác]"), ADMIN)
    assert out[0].startswith("Đã hoàn tác: Đã sửa nhiệm vụ 1: đơn vị phải nộp: bỏ Sở Y tế")
    assert stored().draft.tasks[0].units == units and stored().revision == 2
    # the older message's button pressed again: said undone, when and to what (u28: not
    # "corrected since this message"), nothing changes
    [old_undo] = [b for b in buttons_of(edited) if b.startswith("lz")]
    out = texts(await player.forged(ADMIN, old_undo), ADMIN)
    assert out[-1].startswith(f"({LETTER.name}) Nút này đã dùng rồi: lần sửa “Đã sửa nhiệm vụ 1")
    assert out[-1].endswith(
        "đã được hoàn tác lúc 09:00 3/8, bản nháp trở lại như trước lần sửa đó. "
        "Không có gì thay đổi."
    )
    assert stored().draft.tasks[0].units == units and stored().revision == 2
    # the undo's own button is "↪️ Làm lại" (never a second "Hoàn tác"): the correction again
    out = texts(await player.send(ADMIN, "[↪️ Làm lại]"), ADMIN)
    assert out[0].startswith("Đã sửa nhiệm vụ 1: đơn vị phải nộp: bỏ Sở Y tế")
    assert "Sở Y tế" not in stored().draft.tasks[0].units and stored().revision == 3
    # "↪️ Làm lại" pressed again: said made again, and when; nothing changes
    undone = last_bot_message(player, ADMIN, "Đã hoàn tác")
    [redo] = [b for b in buttons_of(undone) if b.startswith("lz")]
    out = texts(await player.forged(ADMIN, redo), ADMIN)
    assert out[-1].startswith(f"({LETTER.name}) Nút này đã dùng rồi: lần sửa “Đã sửa nhiệm vụ 1")
    assert out[-1].endswith("đã được làm lại lúc 09:00 3/8. Không có gì thay đổi.")
    out = texts(await player.forged(ADMIN, old_undo), ADMIN)  # and the first undo, once more
    assert out[-1].endswith(
        "trở lại như trước lần sửa đó. Bản nháp đã được sửa thêm sau đó: dùng các nút của "
        "bản nháp mới nhất. Không có gì thay đổi."
    )
    assert "Sở Y tế" not in stored().draft.tasks[0].units and stored().revision == 3
    # a draft as read has no correction to undo, and shows no such button
    first = next(m for m in player.emulator.messages[ADMIN] if m.get("reply_markup"))
    assert not [b for b in buttons_of(first) if b.startswith("lz")]
