"""Tried as the coordinator and a new officer type (session of 5/12/2026, late): a published
letter's document asked about and recorded for a unit by its month ("báo cáo tháng 8"), an older
offer's button pressed after another message, and a status typed before registering. Through the
emulator with the real Application; the database asserted after every write."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import later

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
TASK = "tq-2021-08-20"  # the letter's one-off report, due 20/8/2021 (Mẫu số 01)
BOSS = "Trần Điều Phối"
HEALTH = "Sở Y tế"


def services(player):
    return player.app.bot_data["services"]


async def publish(player) -> None:
    await player.line("@ 2021-08-10 09:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name=BOSS)
    out = texts(await player.send(ADMIN, "[Công bố]"), ADMIN)
    assert out[0].startswith("✅ Đã công bố")


async def test_a_units_document_of_a_month_is_asked_and_recorded_for_it(player):
    await publish(player)
    # who has sent, with the month the document falls due in: only that document, and how the
    # coordinator records it for the unit (not how the unit sends it)
    out = texts(await player.send(ADMIN, "so y te nop bao cao thang 8 chua"), ADMIN)
    assert out[0].startswith("Sở Y tế: ▫️ chưa nộp\n")  # said first (u20a item 1)
    assert TASK in out[0] and "tq-2021-04-20" not in out[0] and "tq-2021-05-20" not in out[0]
    assert f"ghi thay: /capnhat {TASK} Sở Y tế đã nộp" in out[0]
    assert "411-6" not in out[0]

    # said in words: offered for the unit named, and only written on the press; the button of
    # an older offer (another message came since) says the command that writes it
    out = texts(await player.send(ADMIN, "ghi thay so y te da nop bao cao thang 8"), ADMIN)
    assert out[0].startswith(f"Bạn muốn ghi Mẫu số 01 {TASK} → Hoàn thành cho Sở Y tế (ghi thay)")
    await player.send(ADMIN, "ai chua nop bao cao thang 9")
    out = texts(await player.send(ADMIN, f"[Đã gửi ngoài bot: ghi {TASK} → Hoàn thành]"), ADMIN)
    assert out == [
        f"Đề nghị ghi này đã hết hiệu lực. Để ghi, gõ /capnhat {TASK} Sở Y tế hoàn thành. "
        "Không có gì thay đổi."
    ]
    assert services(player).repo.current(TASK, HEALTH) is None
    await player.send(ADMIN, "ghi thay so y te da nop bao cao thang 8")
    out = texts(await player.send(ADMIN, f"[Đã gửi ngoài bot: ghi {TASK} → Hoàn thành]"), ADMIN)
    assert out[0].startswith(f"✅ Đã ghi: Mẫu số 01 {TASK} (Sở Y tế): Chưa bắt đầu → Hoàn thành")
    change = services(player).repo.current(TASK, HEALTH)
    assert (change.new, change.by, change.behalf) == ("hoan_thanh", ADMIN, BOSS)

    out = texts(await player.send(ADMIN, "Sở Y tế nộp báo cáo tháng 8 chưa"), ADMIN)
    assert (
        "✅ đã nộp 10/8/2021 — báo đã nộp, không có tệp trong bot; do Trần Điều Phối ghi thay"
        in out[0]
    )
    assert "ghi thay: /capnhat" not in out[0]  # nothing left to record


async def test_a_status_typed_before_registering_is_not_taken_and_says_why(player):
    await player.line("@ 2021-04-13 08:00")
    out = texts(await player.send(2001, "406-7 dang lam", name="Trần Thị Bình"), 2001)
    assert out == [
        "Chưa ghi được 406-7 → Đang thực hiện: Bạn chưa là cán bộ được duyệt. Gõ "
        "/dangky <cơ quan> để đăng ký. Không có gì thay đổi."
    ]
    await player.send(2001, "/dangky Sở Tư pháp")
    out = texts(await player.send(2001, "406-7 dang lam"), 2001)
    assert out[0].startswith("Chưa ghi được 406-7 → Đang thực hiện: Yêu cầu đăng ký của bạn")
    assert "đang chờ duyệt" in out[0]
    assert services(player).repo.history() == []
    # a question is still a question
    out = texts(await player.send(2001, "406-7 han khi nao"), 2001)
    assert out[0].startswith("406-7 · Liên thông đăng ký khai sinh")


async def test_xong_typed_to_a_form_being_listed_shows_it_for_the_press(player):
    """An officer types "xong" when the lines are in: it is not one more line (it was refused as
    a line lacking its four parts); the lines come back with ✅ Nộp, and only the press sends."""
    await register(player, 1001, "Sở Xây dựng", "An")
    await player.line("@ 2021-05-10 09:00")
    await player.send(1001, "/nop pl2")
    await player.send(1001, "tỉnh; Xây dựng; Cấp giấy phép xây dựng; 4")
    out = texts(await player.send(1001, "xong roi a"), 1001)
    assert out[0].startswith("Phụ lục II của Sở Xây dựng: 1 dòng")
    assert "Bấm ✅ Nộp để nộp 1 dòng trên, hoặc Hủy. Chưa bấm thì chưa có gì được nộp." in out[0]
    assert services(player).submissions.submissions(agency="Sở Xây dựng") == []
    out = texts(await player.send(1001, "[✅ Nộp]"), 1001)
    assert "Phụ lục II" in out[0]
    [sent] = services(player).submissions.submissions(agency="Sở Xây dựng")
    assert (sent.form, sent.source, sent.by) == ("pl2", "chat", 1001)


async def test_the_coordinator_corrects_a_draft_in_words_and_publishes_by_the_button(player):
    """Typed to the draft under review: each correction is read by the buttons' own readers,
    quoted back with the draft, and kept in the database; "công bố" shows the button and
    publishes nothing by itself. An officer's "công bố" is not an edit of anything."""
    from datetime import date

    await player.line("@ 2021-08-03 09:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name=BOSS)
    letters = services(player).letters

    def draft():
        [stored] = letters.drafts()
        return stored.draft

    out = texts(await player.send(ADMIN, "sua han nv 1 thanh 25/8"), ADMIN)
    assert out[0].startswith("Đã sửa nhiệm vụ 1: hạn 20/8/2021 → 25/8/2021.")
    assert "Bản nháp nhiệm vụ từ công văn letter_2021-08.docx" in out[0]
    assert draft().tasks[0].deadline == date(2021, 8, 25)
    out = texts(await player.send(ADMIN, "bỏ Sở Y tế khỏi nv 1"), ADMIN)
    assert out[0].startswith("Đã sửa nhiệm vụ 1: đơn vị phải nộp: bỏ Sở Y tế (còn 16).")
    assert "Sở Y tế" not in draft().tasks[0].units and len(draft().tasks[0].units) == 16
    # what cannot be read: one line, nothing changed
    out = texts(await player.send(ADMIN, "sửa hạn nv 1 thành 31/4/2021"), ADMIN)
    assert out == ["ngày 31/4/2021 không có thật. Không có gì thay đổi."]
    out = texts(await player.send(ADMIN, "sửa hạn nv 3 thành 30/8"), ADMIN)
    assert out[0].startswith("Bản nháp letter_2021-08.docx có nhiệm vụ 1–2: gõ kèm số")
    assert draft().tasks[0].deadline == date(2021, 8, 25)
    out = texts(await player.send(ADMIN, "bỏ nhiệm vụ 2"), ADMIN)
    assert out[0].startswith("Đã bỏ nhiệm vụ 2")
    assert len(draft().tasks) == 1

    out = await player.send(ADMIN, "cong bo")
    assert texts(out, ADMIN)[0].startswith(
        "Bản nháp letter_2021-08.docx: bấm ✅ Công bố bên dưới để công bố."
    )
    assert next(c["buttons"] for c in out if c["buttons"])[0] == ["✅ Công bố"]
    assert letters.in_force_number() == 0  # nothing published by the words
    out = texts(await player.send(ADMIN, "[✅ Công bố]"), ADMIN)
    assert out[0].startswith("✅ Đã công bố")
    assert letters.in_force_number() == 1 and letters.drafts() == []
    [task] = [t for t in services(player).province.tasks if t.id == "tq-2021-08-25"]
    assert "Sở Y tế" not in task.addressees

    await register(player, 1001, "Sở Xây dựng", "An")
    out = texts(await player.send(1001, "sua han nv 1 thanh 30/8"), 1001)
    assert not out[0].startswith("Đã sửa")


async def test_an_offer_of_a_status_needing_a_note_says_it_is_asked_after_the_press(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    out = texts(await player.send(1001, "406-54 vuong mac"), 1001)
    assert "Bấm nút để ghi, rồi gõ ghi chú về vướng mắc; không bấm thì" in out[0]
    out = texts(await player.send(1001, "[Ghi 406-54 → Vướng mắc?]"), 1001)
    assert services(player).repo.current("406-54", "Sở Xây dựng") is None  # the note first
    out = texts(await player.send(1001, "chưa có máy chủ"), 1001)
    change = services(player).repo.current("406-54", "Sở Xây dựng")
    assert (change.new, change.note) == ("vuong_mac", "chưa có máy chủ")
    # said with its note, nothing more is asked
    out = texts(await player.send(1001, "406-15 vuong mac cho so TN&MT"), 1001)
    assert "rồi gõ" not in out[0] and "Ghi chú: cho so TN&amp;MT" not in out[0]
    assert "Ghi chú: cho so TN&MT" in out[0]


async def test_review_fixes_a_month_of_a_monthly_report_and_who_sees_whose(player):
    """The month named in a statement is that occurrence, not the one being collected; an
    officer asking about another unit's hand-ins is told whose they may see; a period nothing
    falls due in is said first; a double tap on an offer says it is written already. On 10/11
    November's report is the one collected; October's is named (a month not begun is never
    written done: usecases/early_occurrences.py)."""
    await publish(player)
    await player.line("@ 2021-11-10 09:00")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    district, monthly = "UBND huyện Hàm Yên", "tq-2021-09-25"
    out = texts(await player.send(ADMIN, "ghi thay huyen ham yen da nop bao cao thang 10"), ADMIN)
    assert out[0].startswith(
        f"Bạn muốn ghi Mẫu số 02 — tháng 10/2021 {monthly} tháng 10/2021 → Hoàn thành cho "
        f"{district}"
    )
    await player.send(ADMIN, f"[Đã gửi ngoài bot: {monthly} tháng 10/2021 → Hoàn thành]")
    assert services(player).repo.current(f"{monthly}@2021-10-25", district).new == "hoan_thanh"
    assert services(player).repo.current(f"{monthly}@2021-11-25", district) is None
    await later(player, 1)  # pressed again a minute on: no double tap (handlers/double_taps.py)
    out = texts(
        await player.send(ADMIN, f"[Đã gửi ngoài bot: {monthly} tháng 10/2021 → Hoàn thành]"),
        ADMIN,
    )
    assert out == [
        f"{monthly} tháng 10/2021 đã được ghi Hoàn thành lúc 09:00 10/11. Không có gì thay đổi."
    ]
    assert len(services(player).repo.history()) == 1

    out = texts(await player.send(1002, "so y te nop bao cao thang 8 chua"), 1002)
    assert out == [
        f"Bạn xem được tình hình nộp của {district} (/nopbai); của Sở Y tế, hỏi quản trị viên "
        "Sở TT&TT."
    ]
    out = texts(await player.send(1002, "bên em nộp báo cáo tháng 9 chưa nhỉ"), 1002)
    # Saturday 25/9 ran to the end of Monday 27/9 (BLDS 2015 Điều 148, ux37 #4)
    late = f"{district}: ❗ chưa nộp, quá hạn 44 ngày\n"
    assert out[0].startswith(late) and f"{monthly} tháng 9/2021" in out[0]
    # "UB mình", "đợt triển khai 406": the officer's own committee, in the plan of the decision
    said = "UB minh phai lam nhung gi trong dot trien khai 406"
    out = texts(await player.send(1002, said), 1002)
    assert f"{district} — Tuyên Quang:" in out[0].splitlines()[0], out[0]
    out = texts(await player.send(ADMIN, "so y te nop bao cao thang 9 chua"), ADMIN)
    assert out[0].startswith("Không có hồ sơ nào hạn trong tháng 9/2021; dưới đây là tất cả")
    assert TASK in out[0] and "tq-2021-04-20" in out[0]


async def test_a_sentence_to_one_of_two_drafts_goes_to_the_newest(player):
    """A draft left for later stopped typed corrections to every letter after it (ux14b item
    6): the sentence goes to the newest draft, as README says, and says which."""
    await player.line("@ 2021-08-03 09:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name=BOSS)
    text = (ROOT / "examples" / "letter_2021-08.txt").read_bytes()
    await player.upload(ADMIN, "letter_2021-08.txt", text)
    before = {d.file_name: d.revision for d in services(player).letters.drafts()}
    out = texts(await player.send(ADMIN, "sua han nv 1 thanh 25/8"), ADMIN)
    assert out[0].startswith(
        "Sửa vào bản nháp mới nhất (letter_2021-08.txt); 1 bản nháp khác đang chờ"
    )
    assert "Đã sửa nhiệm vụ 1: hạn" in out[0]
    after = {d.file_name: d.revision for d in services(player).letters.drafts()}
    assert after == {**before, "letter_2021-08.txt": before["letter_2021-08.txt"] + 1}
    # a question about a draft's task is not an edit, nor a service question: the shapes
    # read and the buttons are pointed to, and nothing changes
    out = texts(await player.send(ADMIN, "doi voi nv 1 han la 25/8 phai khong"), ADMIN)
    assert not out[0].startswith("Đã sửa") and "danh mục" not in out[0]
    assert "Không có gì thay đổi" in out[0]
    assert {d.file_name: d.revision for d in services(player).letters.drafts()} == after


async def test_giao_typed_without_the_year_and_with_commas(player):
    await player.line("@ 2021-04-14 09:00")
    out = texts(await player.send(ADMIN, "/giao 406-22 han thang 10", name=BOSS), ADMIN)
    assert "• Hạn: Tháng 8/2021 → Tháng 10/2021" in out[0]
    await player.send(ADMIN, "[Áp dụng]")
    row = services(player).province.assignments["406-22"]
    assert row.deadline_text == "Tháng 10/2021"
    out = texts(
        await player.send(ADMIN, "/giao 406-14 chu tri so xay dung, phoi hop so tai chinh"), ADMIN
    )
    assert "• Phối hợp: — → Sở Tài chính" in out[0]


async def test_dexuat_with_the_services_name_starts_the_proposal_at_its_next_field(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    await player.line("@ 2021-04-14 09:00")
    out = texts(await player.send(1001, "/dexuat cap phep di doi cong trinh xay dung"), 1001)
    assert out[0].startswith("Tên dịch vụ: cap phep di doi cong trinh xay dung\n(2/8) Lĩnh vực")
    for line in ["Xây dựng", "[Cấp tỉnh]", "[Mức 3]", "[Sở Xây dựng]", "[Không có]"]:
        await player.send(1001, line)
    await player.send(1001, "[Quý II/2021]")
    out = texts(await player.send(1001, "[Bỏ qua]"), 1001)
    assert "Đã ghi đề xuất" in out[0]
    [made] = services(player).proposals.list()
    assert (made.name, made.agency, made.level) == (
        "cap phep di doi cong trinh xay dung",
        "Sở Xây dựng",
        3,
    )
    out = texts(await player.send(1001, "/dexuat abc"), 1001)
    assert out == ["Tên dịch vụ quá ngắn. Hãy gõ tên đầy đủ. /huy để dừng."]
    assert len(services(player).proposals.list()) == 1


async def test_reminders_switched_in_words_are_answered_with_the_command(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    out = texts(await player.send(1001, "tat nhac nho giup em"), 1001)
    assert out == ["Để tắt nhắc hạn, gõ /nhacnho tat. Không có gì thay đổi."]
    out = texts(await player.send(1001, "/nhacnho tat"), 1001)
    assert out == ["Đã tắt nhắc hạn."]
    out = texts(await player.send(1001, "nhac nho bat lai"), 1001)
    assert out == ["Để bật nhắc hạn, gõ /nhacnho bat. Không có gì thay đổi."]
    # /nhacnho alone says where it stands (it only said "Gõ /nhacnho bat hoặc tat")
    out = texts(await player.send(1001, "/nhacnho"), 1001)
    assert out == ["Nhắc hạn đang tắt. Bật lại: /nhacnho bat."]
    out = texts(await player.send(1001, "/nhacnho on"), 1001)
    assert out == ["Không hiểu “on”. Nhắc hạn đang tắt. Bật lại: /nhacnho bat."]
    assert services(player).repo.officer(1001).reminders is False
    await player.send(1001, "/nhacnho bat")
    assert texts(await player.send(1001, "/nhacnho"), 1001) == [
        "Nhắc hạn đang bật. Tắt: /nhacnho tat."
    ]
    assert services(player).repo.officer(1001).reminders is True
    out = texts(await player.send(1077, "/nhacnho"), 1077)
    assert out[0].startswith("Nhắc hạn dành cho cán bộ đã được duyệt.")
    # The coordinator typed /nhacnho to chase the units and was told to register as an officer.
    out = texts(await player.send(ADMIN, "/nhacnho tat"), ADMIN)
    assert out[0].startswith("Quản trị viên nhận bản tổng hợp hằng ngày")
    assert "/nopbai tinh" in out[0] and "Không có gì thay đổi" in out[0]
    assert "/dangky" not in out[0]


async def test_a_new_officer_typing_their_agencys_name_is_shown_how_to_register(player):
    """After /start a new officer typed "so y te" and got Sở Y tế's list with no word on how to
    become its officer. The list now ends with the exact /dangky line; not for a question about
    the agency, nor once registered (the registration then waits, and is written only by
    /dangky)."""
    newcomer = 1077
    await player.send(newcomer, "/start", name="Hoa")
    out = texts(await player.send(newcomer, "so y te"), newcomer)
    assert out[0].startswith("Sở Y tế — Tuyên Quang: chủ trì 2 mục")
    assert out[-1].endswith("Bạn là cán bộ Sở Y tế? Đăng ký để nhận nhắc hạn: /dangky Sở Y tế")
    out = texts(await player.send(newcomer, "Sở Y tế phải làm gì"), newcomer)
    assert "/dangky" not in out[-1]
    assert services(player).repo.officer(newcomer) is None
    # a greeting saying who they are (ux22 #10): how to register first, the list after
    out = texts(await player.send(newcomer, "chao bot, e la can bo so y te"), newcomer)
    assert out[0].startswith("Bạn là cán bộ Sở Y tế? Đăng ký để nhận nhắc hạn: /dangky Sở Y tế")
    assert services(player).repo.officer(newcomer) is None
    await register(player, 1003, "SYT", "Lê Văn Cường")
    out = texts(await player.send(1003, "so y te"), 1003)
    assert "/dangky" not in "".join(out)
    # an acknowledgement with a promise is a short reply, not the agency's list; "gửi rồi"
    # (done) is not taken for one
    assert texts(await player.send(1003, "ok e biet roi, mai gui"), 1003) == ["👌"]
    assert texts(await player.send(1003, "ok e gui roi"), 1003) != ["👌"]


async def test_the_nearest_deadline_and_the_date_after_an_empty_week(player):
    """ "han gan nhat cua ben em la khi nao" was not understood, and "tuần này bên em có hạn
    gì" in a week with nothing due ended there. Asked through the chat by an approved officer."""
    await register(player, 1003, "SYT", "Lê Văn Cường")
    await player.line("@ 2021-05-10 09:00")
    out = texts(await player.send(1003, "han gan nhat cua ben em la khi nao"), 1003)
    assert out[0].startswith("Đến hạn ngày 20/5/2021 (hạn gần nhất) của Sở Y tế")
    assert "tq-2021-05-20" in out[0]
    out = texts(await player.send(1003, "tuần này bên em có hạn gì"), 1003)
    assert out == [
        "Không có mục nào của Sở Y tế đến hạn trong tuần này (Tuyên Quang).\n"
        "Hạn gần nhất sau đó: 20/5/2021 (còn 10 ngày) — tq-2021-05-20.\n"
        # what is late already, beside the dates to come (ux17 item 5)
        "⚠️ Đã quá hạn: tq-2021-04-20 (hạn 20/4/2021, quá hạn 20 ngày). Xem /quahan."
    ]
