"""The callback-data codec: every kind round-trips, stays under Telegram's 64 bytes with the
longest names and ids, carries names never positions, and data no kind reads decodes to nothing."""

from __future__ import annotations

import dataclasses

import pytest

from handlers import buttons as b
from handlers.buttons import MAX_BYTES, codec, decode, encode, pattern
from usecases.refs import ref
from usecases.statuses import Status

LONGEST_ROW = "406-11/Lao động, Thương binh và Xã hội"
LONGEST_AGENCY = "Sở Lao động, Thương binh và Xã hội"
BIG = 2**63 - 1


def is_ref(kind) -> bool:
    return codec._is_ref(kind) or codec._is_ref(codec._optional(kind) or int)


def extreme(kind: type[b.Button]) -> b.Button:
    """The kind with its longest values."""
    values = {}
    for name, value_type in codec._fields(kind):
        if is_ref(value_type):
            values[name] = LONGEST_ROW if "row" in name else LONGEST_AGENCY
        elif (codec._optional(value_type) or value_type) is int:  # an int, or one optional
            values[name] = BIG
        elif (codec._optional(value_type) or value_type) is bool:  # a bool, or one optional
            values[name] = True
        elif (
            isinstance(value_type, type) and issubclass(value_type, str) and value_type is not str
        ):
            values[name] = max(value_type, key=lambda m: len(m.value))
        else:
            values[name] = "x" * 24
    return kind(**values)


KINDS = sorted(set(codec._KINDS.values()), key=lambda k: k.prefix)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_every_kind_round_trips_within_64_bytes(kind):
    pressed = extreme(kind)
    data = encode(pressed)
    assert len(data.encode("utf-8")) <= MAX_BYTES, data
    assert pattern(kind).match(data)
    decoded = decode(data)
    assert type(decoded) is kind
    # names travel as their references; everything else exactly
    expected = {
        name: ref(getattr(pressed, name)) if is_ref(kind_of) else getattr(pressed, name)
        for name, kind_of in codec._fields(kind)
    }
    assert dataclasses.asdict(decoded) == expected  # type: ignore[call-overload]
    assert encode(decoded) == data  # a decoded button encodes the same


def test_prefixes_are_unique_and_patterns_do_not_overlap():
    prefixes = [k.prefix for k in KINDS]
    assert len(prefixes) == len(set(prefixes))
    for kind in KINDS:
        data = encode(extreme(kind))
        assert [k for k in KINDS if pattern(k).match(data)] == [kind]


def test_a_row_travels_by_name_never_by_position():
    assert encode(b.SetStatus("406-14", Status.HOAN_THANH)) == "s:406-14:hoan_thanh"
    sub = encode(b.SetStatus(LONGEST_ROW, Status.VUONG_MAC))
    assert sub == f"s:{ref(LONGEST_ROW)}:vuong_mac"
    # the same row, the same data, whatever the table's order
    assert encode(b.ChooseRow(LONGEST_ROW)) == encode(b.ChooseRow(ref(LONGEST_ROW)))


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "zz:1",
        "s:31:3",  # the former positional form: a status as a list index
        "wo:31:3",
        "ch:a:3",
        "s:406-14:done",
        "s:406-14",
        "un:abc",
        "un:-1",
        "bc:tiendo:x",
        "sb:drop",
        "ok:1001:Sở Y tế",
        "pv:" + "x" * 40,
        "r:" + "ư" * 20,
    ],
)
def test_data_no_kind_reads_decodes_to_nothing(data):
    assert decode(data) is None


def test_an_encoding_that_would_break_the_rules_is_refused_when_built():
    with pytest.raises(ValueError):
        encode(b.ProposalStep("two words"))
    with pytest.raises(ValueError):
        encode(b.GetTemplate("x" * 80))
    with pytest.raises(ValueError, match="taken"):
        b.button("s")(b.SetStatus)


def test_the_kinds_that_carried_stable_ids_keep_their_former_data():
    assert decode("un:42") == b.UndoStatus(42)
    assert decode("pu:7") == b.UndoProposal(7)
    assert decode("ok:1001") == b.Approve(1001)
    assert decode("no:1001") == b.Reject(1001)
    assert decode("pe:3") == b.EditProposal(3)
    assert decode("pw:3") == b.WithdrawProposal(3)
    assert decode("pr:3") == b.RestoreProposal(3)
    assert decode("im:12") == b.ApplyTable(12)
    assert decode("iu:2") == b.UndoTable(2)
    assert decode("bc:tiendo:p") == b.GetReport(b.ReportKind.TIENDO, b.Scope.PROVINCE)
    assert decode("sb:ok") == b.FormStep(b.FormAction.SUBMIT)
    assert decode("nb:x") == b.Handins(b.HandinsAction.WORKBOOK)
    assert decode("mau:pl2") == b.GetTemplate("pl2")
    assert decode("pv:keep") == b.ProposalStep("keep")
