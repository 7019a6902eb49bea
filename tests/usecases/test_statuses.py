"""Status updates as use cases: each returns what happened or one line of refusal, and after a
write the database holds it (and after a refusal, nothing)."""

from __future__ import annotations

from datetime import timedelta

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import cancelling, refs, statements, statuses, undoing
from usecases.prompts import NotePrompt
from usecases.results import Refusal
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
    offered = desk.call(statuses.offer_status, who, offer)
    assert isinstance(offered, statuses.Offered)
    assert history(desk, "406-14") == []  # an offer writes nothing
    wrong = desk.call(statuses.confirm_offer, caller(desk, 1001), "406-14", Status.DANG_KIEM_THU)
    assert isinstance(wrong, Refusal) and "hết hiệu lực" in wrong.reason
    desk.call(statuses.offer_status, who, offer)
    done = desk.call(statuses.confirm_offer, caller(desk, 1001), "406-14", Status.HOAN_THANH)
    assert isinstance(done, Recorded)
    assert history(desk, "406-14") == [("Sở Xây dựng", "hoan_thanh", "")]
    # the same button again: the offer was taken
    again = desk.call(statuses.confirm_offer, caller(desk, 1001), "406-14", Status.HOAN_THANH)
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
