"""A file sent as a reply to a reminder of several documents (ux12 item 10): it was filed at
once for the one task taking files, and marked that task sent, though the officer meant another
(the contact list for an earlier task). Now it is offered, a button a task, kept on the press;
a filled template of one of the reminder's forms is still read as that form; the reminder of
one task still files at once (tests/e2e/test_tryout_2023.py, the October report)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import load_workbook

from tests.botkit import ADMIN, register, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
DOCX = b"PK\x03\x04" + b"\x00" * 300  # kept as sent, never opened
TASK = "tq-2021-08-20"  # Mẫu số 01, a file
UNIT = "Sở Y tế"


def services(player):
    return player.app.bot_data["services"]


async def reminded(player):
    """Sở Y tế on 13/8/2021: the reminder names the 2021 Biểu 02 and Phụ lục I–IV it still owes
    and the new letter's Mẫu số 01, due 20/8."""
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1001, UNIT, "An")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    await player.send(ADMIN, "[Công bố]")
    # down over Monday 9/8 (the late forms) and Wednesday 11/8 (Mẫu số 01, 7 working days
    # before 20/8): the start's catch-up is one reminder of all three (ux34 #6)
    await player.line("! restart @ 2021-08-13 08:00")
    reminder = player.latest(1001)
    for key in ("tq-2021-04-20", "tq-2021-05-20", TASK):
        assert key in reminder["text"]
    return reminder


async def filled_pl1(player, officer: int = 1001):
    """The officer's Phụ lục I template from /baocao, one line of counts filled in."""
    await player.send(officer, "/baocao")
    [path] = [
        c["file"]
        for c in await player.send(officer, "[Mẫu Phụ lục I]")
        if c["method"] == "sendDocument"
    ]
    book = load_workbook(path)
    for cell, value in {"B7": 30, "C7": 5, "D7": 10, "E7": 15}.items():
        book["Phụ lục I"][cell] = value
    return book


def saved(book) -> bytes:
    data = BytesIO()
    book.save(data)
    return data.getvalue()


async def test_a_file_in_reply_to_a_reminder_of_several_is_offered(player):
    reminder = await reminded(player)
    calls = await player.upload(1001, "daumoi.docx", DOCX, reply_to=reminder)
    out = texts(calls, 1001)
    assert out[0].startswith(
        "Tin nhắn bạn trả lời nhắc nhiều nhiệm vụ. Nộp tệp daumoi.docx cho nhiệm vụ nào?"
    )
    # a document may be the late 2021 dossiers too (their forms' workbooks are read as forms)
    assert [row for c in calls if c["buttons"] for row in c["buttons"]] == [
        ["Nộp: Biểu 02 (tq-2021-04-20)"],
        ["Nộp: Phụ lục I–IV (tq-2021-05-20)"],
        [f"Nộp: Mẫu số 01 ({TASK})"],
    ]
    # nothing kept, nothing marked before the press
    assert services(player).submissions.submissions(task=TASK) == []
    assert services(player).repo.current(TASK, UNIT) is None
    out = texts(await player.send(1001, f"[Nộp: Mẫu số 01 ({TASK})]"), 1001)
    assert out[0].startswith(f"✅ Đã nhận tệp daumoi.docx (1 KB) của {UNIT}")
    assert f"Đã ghi nhiệm vụ: Mẫu số 01 {TASK} ({UNIT}): Chưa bắt đầu → Hoàn thành" in out[0]
    assert "không kiểm tra số liệu" not in out[0]  # a letter's form: a file is what it asks
    [kept] = services(player).submissions.submissions(task=TASK)
    assert (kept.agency, kept.form, kept.version) == (UNIT, "tep", 1)
    assert services(player).repo.current(TASK, UNIT).new == "hoan_thanh"
    # a wrong file: its undo, as for any file
    out = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert out[0].startswith(f"↩️ Đã hoàn tác lần nộp 1 tệp của {UNIT} (08:00 13/08/2021)")
    assert services(player).repo.current(TASK, UNIT).new == "chua_bat_dau"


async def test_the_offer_outlives_another_message_and_is_spent_by_its_press(player):
    """ux32 #8: a command after the file ended its wait and the file was lost (it had to be
    sent again); the button now still hands it in, once."""
    reminder = await reminded(player)
    await player.upload(1001, "daumoi.docx", DOCX, reply_to=reminder)
    await player.send(1001, "/nopbai")
    assert services(player).submissions.submissions(task=TASK) == []
    out = texts(await player.send(1001, f"[Nộp: Mẫu số 01 ({TASK})]"), 1001)
    assert out[0].startswith("✅ Đã nhận tệp daumoi.docx"), out
    assert len(services(player).submissions.submissions(task=TASK)) == 1
    # pressed again (a double tap): nothing more is kept
    await player.send(1001, f"[Nộp: Mẫu số 01 ({TASK})]")
    assert len(services(player).submissions.submissions(task=TASK, latest_only=False)) == 1


async def test_a_filled_template_in_reply_is_read_as_its_form(player):
    """Filed as the Mẫu số 01 file before, though it was the unit's Phụ lục I."""
    reminder = await reminded(player)
    book = await filled_pl1(player)
    out = texts(await player.upload(1001, "pl1.xlsx", saved(book), reply_to=reminder), 1001)
    assert f"Đã nhận Phụ lục I của {UNIT} (lần nộp 1" in out[0]
    assert services(player).submissions.submissions(task=TASK) == []
    assert [s.form for s in services(player).submissions.submissions(agency=UNIT)] == ["pl1"]
