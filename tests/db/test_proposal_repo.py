"""The proposal log in the database: each write appends its change in the same transaction, and a
revert writes only while the change it reverts is still the proposal's latest (the guard against
a change that lands between the rule's read and the write).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from db.proposal_repo import ProposalRepo
from db.session import make_engine, make_sessions, migrate
from knowledge.rules.proposal_changes import ChangeKind

AT = datetime(2021, 4, 13, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
PROPOSAL = {
    "name": "Cấp phép di dời",
    "sector": "",
    "tier": "tinh",
    "level": 3,
    "lead": "Sở Xây dựng",
    "coordinate": [],
    "quarter": "Quý II/2021",
    "note": "",
}


@pytest.fixture
def proposals(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    yield ProposalRepo(make_sessions(engine), "tuyen-quang")
    engine.dispose()


def test_a_revert_only_while_its_change_is_the_latest(proposals):
    pid = proposals.add("Sở Xây dựng", 1001, PROPOSAL, AT).id
    first = proposals.edit(pid, {**PROPOSAL, "level": 4}, 1001, AT)
    second = proposals.edit(pid, {**PROPOSAL, "level": 4, "note": "gấp"}, 1002, AT)
    assert first is not None and second is not None
    assert first[1] is not None and second[1] is not None
    assert second[1].before == {"note": ""} and second[1].after == {"note": "gấp"}
    assert proposals.revert(first[1], 1001, AT) is None  # a newer change came in between
    view, undo = proposals.revert(second[1], 1001, AT) or (None, None)
    assert view is not None and (view.level, view.note) == (4, "")
    assert undo is not None and undo.undoes == second[1].id and undo.at == AT
    assert [c.kind for c in proposals.changes(pid)] == [
        ChangeKind.CREATE,
        ChangeKind.EDIT,
        ChangeKind.EDIT,
        ChangeKind.UNDO,
    ]
    assert proposals.latest_change(pid) == undo.id


def test_no_revert_of_a_withdrawn_proposal_and_no_entry_for_an_edit_that_keeps_all(proposals):
    pid = proposals.add("Sở Xây dựng", 1001, PROPOSAL, AT).id
    kept = proposals.edit(pid, dict(PROPOSAL), 1001, AT)
    assert kept is not None and kept[1] is None
    _, change = proposals.edit(pid, {**PROPOSAL, "tier": "xa"}, 1001, AT) or (None, None)
    assert change is not None
    assert proposals.withdraw(pid, 1001, AT) is not None
    assert proposals.revert(change, 1001, AT) is None
    assert proposals.get(pid).tier == "xa"
    assert [c.kind for c in proposals.changes()] == [
        ChangeKind.CREATE,
        ChangeKind.EDIT,
        ChangeKind.WITHDRAW,
    ]
