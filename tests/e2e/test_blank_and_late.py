"""A form sent back with nothing filled in, and a receipt after the deadline (ux16a blind test,
item 6): BIỂU 02 exactly as /baocao sent it is questioned, nothing stored and the task not
closed, and sent blank only by its button; the receipt of a form sent after its deadline says it
is late, as /nopbai does."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import load_workbook

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons, statuses

HEALTH = 4001
TASK = "tq-2021-04-20"


async def template(player, user: int, label: str) -> bytes:
    await player.send(user, "/baocao")
    calls = await player.send(user, f"[{label}]")
    [path] = [c["file"] for c in calls if c["method"] == "sendDocument" and c["error"] is None]
    return Path(path).read_bytes()


async def test_a_blank_form_is_questioned_and_sent_only_on_the_press(player, db_url, capsys):
    await player.line("@ 2021-05-12 09:00")
    await register(player, HEALTH, "Sở Y tế", "Phạm Quốc Huy")
    blank = await template(player, HEALTH, "Mẫu BIỂU 02")
    services = player.app.bot_data["services"]
    out = await player.upload(HEALTH, "mau_bieu02.xlsx", blank)
    [text] = texts(out, HEALTH)
    assert text.startswith(
        "📭 BIỂU 02 trong tệp mau_bieu02.xlsx để trống (không có dòng nào). Có phải bạn gửi nhầm "
        "mẫu chưa điền? Chưa có gì được lưu."
    )
    assert buttons(out, HEALTH) == [[["📭 Nộp BIỂU 02 trống"]]]
    assert services.submissions.submissions(agency="Sở Y tế") == []
    assert statuses(db_url, capsys) == []
    # another message: the question lapses, its button writes nothing
    await player.send(HEALTH, "/tiendo")
    out = texts(await player.send(HEALTH, "[📭 Nộp BIỂU 02 trống]"), HEALTH)
    assert out[0].startswith("Nút nộp biểu trống này đã hết hiệu lực")
    assert services.submissions.submissions(agency="Sở Y tế") == []
    # sent blank on purpose: the unit's version, late, and the receipt says so
    await player.upload(HEALTH, "mau_bieu02.xlsx", blank)
    out = texts(await player.send(HEALTH, "[📭 Nộp BIỂU 02 trống]"), HEALTH)
    assert out[0].startswith("✅ Đã nhận BIỂU 02 của Sở Y tế (lần nộp 1, 09:00 12/05/2021).")
    assert "🕓 Nộp muộn: hạn 20/4/2021, sau hạn 22 ngày." in out[0]
    [sent] = services.submissions.submissions(agency="Sở Y tế")
    assert (sent.task, sent.form, sent.summary) == (TASK, "bieu02", "không có dịch vụ nào")
    assert [(k, s) for k, s, _, _ in statuses(db_url, capsys)] == [(TASK, "hoan_thanh")]
    mine = texts(await player.send(HEALTH, "/nopbai"), HEALTH)[0]
    assert "nộp muộn 12/5/2021 (sau hạn 22 ngày)" in mine


async def test_a_filled_form_in_time_says_nothing_of_lateness(player, db_url, capsys):
    await player.line("@ 2021-05-12 09:00")
    await register(player, HEALTH, "Sở Y tế", "Phạm Quốc Huy")
    filled = await template(player, HEALTH, "Mẫu Phụ lục I")
    book = load_workbook(BytesIO(filled))
    book["Phụ lục I"]["B7"] = 3
    out = BytesIO()
    book.save(out)
    replies = texts(await player.upload(HEALTH, "pl1.xlsx", out.getvalue()), HEALTH)
    assert replies[0].startswith("✅ Đã nhận Phụ lục I của Sở Y tế")
    assert "Nộp muộn" not in replies[0]
