"""What a chat waits for: a kind and a dataclass, stored as the JSON it was stored as before."""

from __future__ import annotations

import json
from datetime import timedelta

from usecases import prompts
from usecases.prompts import (
    FilePrompt,
    NotePrompt,
    OfferPrompt,
    ProposalPrompt,
    StatusPrompt,
    SubmitPrompt,
)
from usecases.runner import use_case
from usecases.statuses import Status


def test_each_kind_is_stored_in_its_former_shape_and_read_back():
    cases = [
        (
            NotePrompt("406-15", "Sở Xây dựng", Status.VUONG_MAC),
            "note",
            {"key": "406-15", "agency": "Sở Xây dựng", "status": "vuong_mac"},
        ),
        (
            OfferPrompt("406-14", Status.HOAN_THANH, "đã tích hợp"),
            "offer",
            {"key": "406-14", "status": "hoan_thanh", "note": "đã tích hợp"},
        ),
        (
            OfferPrompt("tq-2021-04-20", Status.HOAN_THANH, "", "Sở Y tế"),
            "offer",
            {"key": "tq-2021-04-20", "status": "hoan_thanh", "note": "", "unit": "Sở Y tế"},
        ),
        (  # a reply to a reminder of several items: the others pressable too
            OfferPrompt("tq-2021-05-20", Status.HOAN_THANH, others=("406-14", "406-15")),
            "offer",
            {
                "key": "tq-2021-05-20",
                "status": "hoan_thanh",
                "note": "",
                "others": ["406-14", "406-15"],
            },
        ),
        (  # items the officer named: "Ghi cả n" decided from the prompt (u26 #5)
            OfferPrompt("406-23", Status.HOAN_THANH, others=("406-24",), named=True),
            "offer",
            {
                "key": "406-23",
                "status": "hoan_thanh",
                "note": "",
                "others": ["406-24"],
                "named": True,
            },
        ),
        (
            ProposalPrompt("Sở Y tế", "sector", {"name": "Cấp phép"}, None),
            "proposal",
            {"agency": "Sở Y tế", "data": {"name": "Cấp phép"}, "id": None, "step": "sector"},
        ),
        (
            SubmitPrompt("pl1", "Sở Y tế", [], {"tinh": {"total": 3}}),
            "submit",
            {"form": "pl1", "agency": "Sở Y tế", "lines": [], "counts": {"tinh": {"total": 3}}},
        ),
        (
            StatusPrompt("406-11", "UBND huyện Hàm Yên"),
            "status",
            {"key": "406-11", "unit": "UBND huyện Hàm Yên"},
        ),
        (
            FilePrompt("tq-2021-08-20", "Sở Y tế", "f1", "a.docx"),
            "file",
            {"key": "tq-2021-08-20", "agency": "Sở Y tế", "file_id": "f1", "name": "a.docx"},
        ),
        (  # a file in reply to a reminder of several tasks taking files
            FilePrompt("tq-2021-08-20", "Sở Y tế", "f1", "a.docx", ("tq-2021-09-25",)),
            "file",
            {
                "key": "tq-2021-08-20",
                "agency": "Sở Y tế",
                "file_id": "f1",
                "name": "a.docx",
                "others": ["tq-2021-09-25"],
            },
        ),
    ]
    for prompt, kind, payload in cases:
        stored_kind, stored = prompts.dump(prompt)
        assert (stored_kind, json.loads(stored)) == (kind, payload)
        assert prompts.load(stored_kind, stored) == prompt


def test_a_payload_this_version_cannot_read_is_no_prompt():
    assert prompts.load("note", "{not json") is None
    assert prompts.load("note", json.dumps({"key": "406-14"})) is None
    assert prompts.load("someday", "{}") is None


def test_a_prompt_waits_until_taken_and_a_new_one_replaces_it(desk):
    @use_case(writes=True)
    def ask_then_replace(desk) -> None:
        prompts.wait_for(desk, 1001, 1001, NotePrompt("406-15", "Sở Xây dựng", Status.VUONG_MAC))
        prompts.wait_for(desk, 1001, 1001, OfferPrompt("406-14", Status.HOAN_THANH))

    @use_case(writes=True)
    def take(desk):
        return prompts.take(desk, 1001, 1001)

    desk.call(ask_then_replace)
    waiting = desk.call(take)
    assert waiting is not None and waiting.prompt == OfferPrompt("406-14", Status.HOAN_THANH)
    assert abs(waiting.since - desk.clock.now()) < timedelta(seconds=1)
    assert waiting.since.tzinfo is not None
    assert desk.call(take) is None
    assert desk.repo.peek_pending(1001, 1001) is None


def test_an_offer_of_several_items_waits_for_the_others_once_one_is_written():
    offer = OfferPrompt("tq-2021-05-20", Status.HOAN_THANH, "", "", ("406-14", "406-15"))
    assert offer.keys == ("tq-2021-05-20", "406-14", "406-15")
    assert offer.without("406-14") == OfferPrompt(
        "tq-2021-05-20", Status.HOAN_THANH, others=("406-15",)
    )
    assert offer.without("tq-2021-05-20") == OfferPrompt(
        "406-14", Status.HOAN_THANH, others=("406-15",)
    )
    assert OfferPrompt("406-14", Status.HOAN_THANH).without("406-14") is None


def test_the_rows_of_one_press_for_all_are_decided_once():
    """u26 #5: what the offer shows under "Ghi cả n" and what its press writes are one rule."""
    named = OfferPrompt("406-23", Status.VUONG_MAC, "x", others=("406-24",), named=True)
    assert named.at_once == ()  # a note that says nothing: asked row by row
    noted = OfferPrompt("406-23", Status.VUONG_MAC, "chưa có", others=("406-24",), named=True)
    assert noted.at_once == ("406-23", "406-24")
    assert noted.without("406-23") == OfferPrompt(
        "406-24", Status.VUONG_MAC, "chưa có", named=True
    )
    reminder = OfferPrompt("406-23", Status.HOAN_THANH, others=("406-24",))
    assert reminder.at_once == ()  # a reminder's rows: one button each
