"""A status said with no row where nothing names one (ux19 #6): in reply to a bot message that
is no reminder, or with no reply, one button for each item the unit still owes, by the one rule
of where an item stands; "đã nộp rồi ạ" only the tasks. And `/capnhat 23 xong`: the row
`/muc 23` reads, offered for a press (ux19 #11)."""

from __future__ import annotations

from tests.usecases.conftest import officer
from usecases import statements, statements_alone, statuses
from usecases.results import Refusal
from usecases.statements_kinds import BareStatus, Several, Why
from usecases.statuses import Offered, Status

LDTBXH = "Sở Lao động, Thương binh và Xã hội"
RECEIPT = "Sở Lao động, Thương binh và Xã hội không chủ trì hay phối hợp mục 406-14"


def test_said_sent_in_reply_to_no_reminder_asks_which_document(desk):
    who = officer(desk, agency=LDTBXH)
    said = desk.call(statements.read_statement, who, "đã nộp rồi ạ", RECEIPT)
    assert said == BareStatus(Status.HOAN_THANH, sending=True)
    found = desk.call(statements_alone.last_row_offer, who, said)
    assert isinstance(found, Several) and found.why is Why.OWED_SENT
    assert [o.key for o in found.offers] == ["tq-2021-04-20", "tq-2021-05-20"]
    # with no reply, after a row's write (no document to send), the same; a task sent is no
    # longer asked about
    desk.call(statuses.update_status, who, "/capnhat tq-2021-04-20 da nop")
    desk.call(statuses.update_status, who, "/capnhat 406-23 dang lam")
    alone = desk.call(statements.read_statement, who, "đã nộp rồi ạ")
    later = desk.call(statements_alone.last_row_offer, who, alone)
    assert isinstance(later, Several) and [o.key for o in later.offers] == ["tq-2021-05-20"]


def test_done_said_alone_offers_rows_and_tasks_soonest_first(desk):
    who = officer(desk, agency=LDTBXH)
    found = desk.call(statements_alone.last_row_offer, who, BareStatus(Status.HOAN_THANH))
    assert isinstance(found, Several) and found.why is Why.OWED
    keys = [o.key for o in found.offers]
    assert keys[:3] == ["tq-2021-04-20", "tq-2021-05-20", "406-18"]
    assert len(keys) == statements_alone.MAX_OWED


def test_a_row_number_alone_in_capnhat_is_the_row_muc_reads_offered_for_a_press(desk):
    who = officer(desk, agency=LDTBXH)
    offered = desk.call(statuses.update_status, who, "/capnhat 23 xong")
    assert isinstance(offered, Offered) and offered.offer.key == "406-23"
    assert offered.offer.status is Status.HOAN_THANH
    other = desk.call(statuses.update_status, who, "/capnhat 14 xong")
    assert isinstance(other, Refusal) and "406-14" in other.reason
    assert desk.repo.history("406-23") == []
