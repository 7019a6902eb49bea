"""The issue's hostile workbooks sent to the bot: each refused in one line naming the file, in
under 2 s and within the sandbox's memory, nothing stored and no admin alerted, while another
officer's question sent at the same moment is answered in under a second; a stranger's file is
not even downloaded.
"""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from knowledge.formats import sandbox
from tests.botkit import ADMIN, register, texts
from tests.knowledge.formats.test_xlsx_reader import HOSTILE

# the budgets with the child the bot starts, a new interpreter (tests/sandbox_zygote.py)
pytestmark = pytest.mark.real_sandbox

MB = 1024 * 1024
QUESTION = "giấy phép xây dựng hạn khi nào"


async def test_hostile_workbooks_are_refused_while_others_are_answered(player, caplog):
    caplog.set_level(logging.INFO, logger=sandbox.__name__)
    await register(player, 1001, "Sở Xây dựng", "An")
    submissions = player.app.bot_data["services"].submissions
    for probe, (make, says) in HOSTILE.items():
        data = make()
        first = len(player.emulator.calls)
        caplog.clear()
        started = time.perf_counter()
        upload = asyncio.create_task(player.upload(1001, "pl1.xlsx", data))
        await asyncio.sleep(0)  # the upload is under way: the question arrives at the same moment
        await player.send(1002, QUESTION)
        asked = time.perf_counter() - started
        await upload
        refused = time.perf_counter() - started
        calls = player.emulator.calls[first:]
        assert asked < 1.0, (probe, asked)
        assert "406-" in texts(calls, 1002)[0] or "411-" in texts(calls, 1002)[0]
        out = texts(calls, 1001)
        assert refused < 2.0, (probe, refused)
        assert len(out) == 1 and "\n" not in out[0], (probe, out)
        assert out[0].startswith("Tệp pl1.xlsx") and says in out[0], (probe, out)
        assert out[0].endswith("Không có gì được lưu.")
        assert texts(calls, ADMIN) == [], probe  # no alert: a bad file is not the bot's error
        stats = [r.sandbox for r in caplog.records if hasattr(r, "sandbox")]
        assert len(stats) == 1 and stats[0].refused and stats[0].peak < 200 * MB, stats
    assert submissions.submissions() == []


async def test_a_strangers_file_is_refused_before_it_is_downloaded(player):
    data = HOSTILE["5 million shared strings"][0]()
    await player.send(1003, "/dangky Sở Y tế", name="Chưa duyệt")
    for user in (7777, 1003):  # never registered; registration not yet approved
        calls = await player.upload(user, "pl1.xlsx", data)
        out = texts(calls, user)
        assert len(out) == 1 and "Tệp không được đọc, không có gì được lưu." in out[0]
        assert [c for c in calls if c["method"] == "getFile"] == []
        assert texts(calls, ADMIN) == []


async def test_a_broken_letter_is_refused_in_one_line_and_no_draft_is_kept(player):
    # an admin's letter is read in the sandbox too (job "letter"): a .docx that is no zip
    calls = await player.upload(ADMIN, "cong_van.docx", b"PK\x03\x04" + b"\x00" * 300)
    out = texts(calls, ADMIN)
    assert len(out) == 1 and "\n" not in out[0], out
    assert "cong_van.docx" in out[0] and out[0].endswith("Không có gì thay đổi.")
    letters = player.app.bot_data["services"].letters
    assert letters is not None and letters.letter(1) is None
