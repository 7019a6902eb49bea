"""Status updates as use cases: each returns what happened or one line of refusal, and after a
write the database holds it (and after a refusal, nothing)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from bot.clock import TZ
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import (
    cancelling,
    letters,
    publishing,
    refs,
    reminder_replies,
    statements,
    status_offers,
    statuses,
    undoing,
)
from usecases.prompts import NotePrompt
from usecases.reminder_replies import OfferedEach
from usecases.results import Refusal
from usecases.statements import Several
from usecases.statuses import NoteAsked, Offered, Recorded, RowChoice, Status, StatusChoice

LDTBXH = "Sở Lao động, Thương binh và Xã hội"
SUB_ROW = "406-11/Lao động, Thương binh và Xã hội"


def history(desk, key: str) -> list[tuple[str, str, str]]:
    return [(c.agency, c.new, c.note) for c in desk.repo.history(key)]


def test_capnhat_reads_the_line_exactly_writes_once_and_refuses_a_repeat(desk):
    who = officer(desk)
    done = desk.call(statuses.update_status, who, "/capnhat 406-14 xong rồi ạ")
    assert isinstance(done, Recorded) and not done.undone
    assert (done.change.key, done.change.new, done.change.note) == ("406-14", "hoan_thanh", "")
    again = desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    assert isinstance(again, Refusal) and "đã ở trạng thái" in again.reason
    assert history(desk, "406-14") == [("Sở Xây dựng", "hoan_thanh", "")]
    unclear = desk.call(statuses.update_status, who, "/capnhat 406-15")
    assert isinstance(unclear, StatusChoice) and unclear.unclear
    assert unclear.statuses == tuple(Status)
    # a number alone, as /muc reads it: offered for a press, not written (ux19 #11)
    loose = desk.call(statuses.update_status, who, "/capnhat 15 xong")
    assert isinstance(loose, Offered) and loose.offer.key == "406-15"
    assert history(desk, "406-15") == []


def test_without_arguments_the_agency_rows_are_offered_and_others_are_refused(desk):
    who = officer(desk, agency=LDTBXH)
    rows = desk.call(statuses.update_status, who, "/capnhat")
    assert isinstance(rows, RowChoice) and rows.agency == LDTBXH
    keys = [item.key for item in rows.items]
    assert keys[0] == SUB_ROW and "406-23" in keys
    stranger = desk.call(statuses.update_status, caller(desk, 1002), "/capnhat 406-23 xong")
    assert isinstance(stranger, Refusal) and "/dangky" in stranger.reason
    other = desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    assert isinstance(other, Refusal) and "không chủ trì hay phối hợp" in other.reason
    assert history(desk, "406-14") == []


def test_a_status_that_needs_a_note_waits_for_it(desk):
    who = officer(desk)
    asked = desk.call(statuses.update_status, who, "/capnhat 406-15 vướng mắc")
    assert isinstance(asked, NoteAsked) and asked.what == "ghi chú về vướng mắc"
    assert history(desk, "406-15") == []
    waiting = caller(desk, 1001)
    assert waiting.waiting is not None
    prompt = waiting.waiting.prompt
    blank = desk.call(statuses.give_note, waiting, prompt, "   ")
    assert isinstance(blank, Refusal) and caller(desk, 1001).waiting is not None
    done = desk.call(statuses.give_note, caller(desk, 1001), prompt, "chờ máy chủ của Bộ")
    assert isinstance(done, Recorded)
    assert history(desk, "406-15") == [("Sở Xây dựng", "vuong_mac", "chờ máy chủ của Bộ")]
    assert caller(desk, 1001).waiting is None


def test_a_button_names_its_row_by_reference_and_a_stale_one_writes_nothing(desk):
    who = officer(desk, agency=LDTBXH)
    choice = desk.call(statuses.choose_status, who, refs.ref(SUB_ROW))
    assert isinstance(choice, StatusChoice) and choice.key == SUB_ROW
    done = desk.call(statuses.set_status, who, refs.ref(SUB_ROW), Status.DANG_THUC_HIEN)
    assert isinstance(done, Recorded) and done.change.key == SUB_ROW
    for stale in ("31", "~aaaaaaaa"):
        refused = desk.call(statuses.set_status, who, stale, Status.HOAN_THANH)
        assert isinstance(refused, Refusal) and "không còn hợp lệ" in refused.reason
    assert history(desk, SUB_ROW) == [(LDTBXH, "dang_thuc_hien", "")]


def test_a_statement_is_offered_and_only_its_own_confirmation_writes_it(desk):
    who = officer(desk)
    assert desk.call(statements.read_statement, who, "giấy phép xây dựng hạn khi nào") is None
    offer = desk.call(statements.read_statement, who, "406-14 xong rồi")
    assert offer is not None and (offer.key, offer.status) == ("406-14", Status.HOAN_THANH)
    offered = desk.call(status_offers.offer_status, who, offer)
    assert isinstance(offered, statuses.Offered)
    assert history(desk, "406-14") == []  # an offer writes nothing
    wrong = desk.call(
        status_offers.confirm_offer, caller(desk, 1001), "406-14", Status.DANG_KIEM_THU
    )
    assert isinstance(wrong, Refusal) and "hết hiệu lực" in wrong.reason
    desk.call(status_offers.offer_status, who, offer)
    done = desk.call(status_offers.confirm_offer, caller(desk, 1001), "406-14", Status.HOAN_THANH)
    assert isinstance(done, Recorded)
    assert history(desk, "406-14") == [("Sở Xây dựng", "hoan_thanh", "")]
    # the same button again: the offer was taken
    again = desk.call(status_offers.confirm_offer, caller(desk, 1001), "406-14", Status.HOAN_THANH)
    assert isinstance(again, Refusal)
    assert len(history(desk, "406-14")) == 1


def test_undo_by_its_author_within_ten_minutes_or_an_admin(desk):
    who = officer(desk)
    first = desk.call(statuses.update_status, who, "/capnhat 406-14 đang làm")
    second = desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    assert isinstance(first, Recorded) and isinstance(second, Recorded)
    stranger = desk.call(undoing.undo_status, caller(desk, 1002), second.change.id)
    assert isinstance(stranger, Refusal)
    older = desk.call(undoing.undo_status, who, first.change.id)
    assert isinstance(older, Refusal) and "mới hơn" in older.reason
    undone = desk.call(undoing.undo_status, who, second.change.id)
    assert isinstance(undone, Recorded) and undone.undone
    assert undone.change.new == Status.DANG_THUC_HIEN
    assert [s for _, s, _ in history(desk, "406-14")] == [
        "dang_thuc_hien",
        "hoan_thanh",
        "dang_thuc_hien",
    ]
    for forged in (0, 999, 10**30):
        assert isinstance(desk.call(undoing.undo_status, who, forged), Refusal)
    desk.clock.set(desk.clock.now() + timedelta(minutes=11))
    late = desk.call(undoing.undo_status, caller(desk, ADMIN), undone.change.id)
    assert isinstance(late, Refusal) and "10 phút" in late.reason
    assert len(history(desk, "406-14")) == 3


def test_cancel_ends_what_the_chat_waits_for(desk):
    who = officer(desk)
    assert desk.call(cancelling.cancel, who) is None
    desk.call(statuses.update_status, who, "/capnhat 406-15 vướng mắc")
    ended = desk.call(cancelling.cancel, caller(desk, 1001))
    assert isinstance(ended, NotePrompt) and ended.key == "406-15"
    assert desk.repo.peek_pending(1001, 1001) is None
    assert history(desk, "406-15") == []


def test_the_note_after_a_task_name_that_fits_several_is_kept_through_the_choice(desk):
    """ "ghi thay Sở Y tế đã gửi báo cáo, chờ ký số" with two reports Sở Y tế owes: a button a
    report, and the words after the name ("chờ ký số") are the note of the one pressed (they
    were dropped after the button)."""
    text = (Path(__file__).resolve().parents[1] / "data" / "letter_2022-03.txt").read_text()
    desk.clock.set(datetime(2022, 3, 14, 8, 0, tzinfo=TZ))
    review = desk.call(letters.review_letter, caller(desk, ADMIN), "cv2022.txt", text)
    done = desk.call(
        publishing.publish_letter, caller(desk, ADMIN), review.letter, review.revision
    )
    assert isinstance(done, publishing.LetterPublished)
    desk.clock.set(datetime(2022, 6, 14, 8, 0, tzinfo=TZ))
    said = "ghi thay so y te da gui bao cao, cho ky so"
    found = desk.call(statements.read_statement, caller(desk, ADMIN), said)
    assert isinstance(found, Several) and len(found.offers) == 2
    assert {(o.unit, o.note) for o in found.offers} == {("Sở Y tế", "cho ky so")}
    offered = desk.call(reminder_replies.offer_each, caller(desk, ADMIN), found)
    assert isinstance(offered, OfferedEach) and offered.note == "cho ky so"
    key = offered.items[1][0]
    unit = refs.ref("Sở Y tế")
    written = desk.call(
        status_offers.confirm_offer, caller(desk, ADMIN), key, Status.HOAN_THANH, unit
    )
    assert isinstance(written, Recorded), written
    assert written.change.note == "cho ky so" and written.change.agency == "Sở Y tế"


PAYMENT_LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Số: 640/STTTT-CNTT
V/v tích hợp thanh toán trực tuyến

Tuyên Quang, ngày 06 tháng 9 năm 2021

Kính gửi: Các Sở, ban, ngành.

Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị thực hiện nội dung sau:

1. Các Sở, ban, ngành
Lập danh sách dịch vụ công đã tích hợp thanh toán trực tuyến (theo Mẫu số 01) gửi về Sở Thông \
tin và Truyền thông trước ngày 24/9/2021.

Trân trọng./.
"""


def test_an_admin_names_a_units_task_by_its_own_words_before_the_unit(desk):
    """ "/capnhat danh sách dịch vụ công đã tích hợp thanh toán Sở Y tế xong": words every
    assignment of the catalogue prints, that no row nor the question reader took for the task,
    read against the unit's own tasks' words (knowledge/reader/task_words.py): the task offered
    for Sở Y tế, ghi thay, for a press."""
    desk.clock.set(datetime(2021, 9, 7, 9, 0, tzinfo=TZ))
    review = desk.call(letters.review_letter, caller(desk, ADMIN), "cv640.txt", PAYMENT_LETTER)
    done = desk.call(
        publishing.publish_letter, caller(desk, ADMIN), review.letter, review.revision
    )
    assert isinstance(done, publishing.LetterPublished)
    [task] = done.tasks
    line = "/capnhat danh sach dich vu cong da tich hop thanh toan so y te xong"
    offered = desk.call(statuses.update_status, caller(desk, ADMIN), line)
    assert isinstance(offered, Offered), offered
    assert (offered.offer.key, offered.offer.unit, offered.behalf) == (
        task.id,
        "Sở Y tế",
        "Sở Y tế",
    )
    # a unit that owes no such task: its own tasks' lines, nothing guessed
    other = "/capnhat danh sach dich vu cong da tich hop thanh toan ham yen xong"
    refused = desk.call(statuses.update_status, caller(desk, ADMIN), other)
    assert isinstance(refused, Refusal) and task.id not in refused.reason


def test_an_admins_statement_for_another_unit_is_no_note_of_the_offer_waiting(desk):
    """An offer for Sở Y tế waits for its press; "ghi thay Sở Tài chính đã nộp biểu 02, …" is a
    write of its own for Sở Tài chính, not the note of Sở Y tế's offer (it was taken whole as
    that note); a line of note is still the offer's."""
    from usecases import offer_followups

    said = "ghi thay so y te da nop bieu 02"
    found = desk.call(statements.read_statement, caller(desk, ADMIN), said)
    offered = desk.call(status_offers.offer_status, caller(desk, ADMIN), found)
    assert isinstance(offered, Offered) and offered.behalf == "Sở Y tế"
    prompt = caller(desk, ADMIN).waiting.prompt
    other = "ghi thay so tai chinh da nop nhan ban giay ngay 12/4"
    assert desk.call(offer_followups.follow_offer, caller(desk, ADMIN), prompt, other) is None
    noted = desk.call(offer_followups.follow_offer, caller(desk, ADMIN), prompt, "cho ky so")
    assert noted is not None and isinstance(noted.result, Offered)
    assert noted.result.offer.note == "cho ky so" and noted.result.behalf == "Sở Y tế"


def test_an_admins_ghi_thay_naming_no_item_offers_each_task_the_unit_owes(desk):
    """ "ghi thay Sở Xây dựng đã nộp, nhận bản giấy ngày 12/4": the unit and the status read,
    no item (it was "Tôi chưa hiểu câu hỏi này"): each task the unit still owes, a button each,
    the words after the status the note of the one pressed; nothing written before."""
    said = "ghi thay so xay dung da nop, nhan ban giay ngay 12/4"
    found = desk.call(statements.read_statement, caller(desk, ADMIN), said)
    assert isinstance(found, Several), found
    assert [o.key for o in found.offers] == ["tq-2021-04-20", "tq-2021-05-20"]
    assert {(o.unit, o.note) for o in found.offers} == {("Sở Xây dựng", "nhan ban giay ngay 12/4")}
    offered = desk.call(reminder_replies.offer_each, caller(desk, ADMIN), found)
    assert isinstance(offered, OfferedEach) and offered.unit == "Sở Xây dựng"
    unit = refs.ref("Sở Xây dựng")
    written = desk.call(
        status_offers.confirm_offer, caller(desk, ADMIN), "tq-2021-04-20", Status.HOAN_THANH, unit
    )
    assert isinstance(written, Recorded)
    assert (written.change.agency, written.change.note) == (
        "Sở Xây dựng",
        "nhan ban giay ngay 12/4",
    )
    # an officer's line is read as before: no unit's tasks offered for someone else
    officer(desk, 1001, "Sở Y tế")
    mine = desk.call(statements.read_statement, caller(desk, 1001), said)
    assert not isinstance(mine, Several)
