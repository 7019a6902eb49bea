"""The coordinator keeps a file a unit sent by e-mail (ux28 #8): `/nop <task> <unit>` from an
admin waits for the file, which is then kept as that unit's version, "do <admin> ghi thay",
counted as sent, versioned and undoable like an officer's; the file is never read as a letter.
The same with the command as the file's caption, and as a reply to the bot's prompt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.botkit import ADMIN, register, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
PDF = b"%PDF-1.4\n" + b"0" * 2000  # kept as sent, never opened
TASK = "tq-2021-08-20"  # Mẫu số 01, a file
UNIT = "Sở Y tế"
OTHER = "Sở Tư pháp"  # an addressee that has sent nothing
BOSS = "Trần Điều Phối"
OFFICER = 1001


def services(player):
    return player.app.bot_data["services"]


async def published(player):
    await player.line("@ 2021-08-02 08:00")
    await player.send(ADMIN, "/start", name=BOSS)
    await register(player, OFFICER, UNIT, "Lê Văn Cường")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name=BOSS)
    await player.send(ADMIN, "[Công bố]", name=BOSS)
    await player.line("@ 2021-08-18 09:00")


def kept(player):
    return [
        (s.agency, s.version, s.file_name, s.behalf)
        for s in services(player).submissions.submissions(task=TASK)
    ]


async def test_a_unit_file_kept_by_the_coordinator_after_nop(player):
    await published(player)
    out = texts(await player.send(ADMIN, f"/nop {TASK} so y te", name=BOSS), ADMIN)
    assert "Sở Y tế" in out[0] and TASK in out[0] and "ghi thay" in out[0]
    assert kept(player) == [] and services(player).repo.current(TASK, UNIT) is None

    calls = await player.upload(ADMIN, "bc_syt.pdf", PDF, name=BOSS)
    out = texts(calls, ADMIN)
    assert len(out) == 1 and "công văn" not in out[0].lower()
    assert out[0].startswith(f"✅ Đã nhận tệp bc_syt.pdf (2 KB) của {UNIT} (lần nộp 1")
    assert f"do {BOSS} ghi thay" in out[0] and TASK in out[0]
    assert [c for c in calls if c["chat_id"] == ADMIN][-1]["buttons"] == [["Hoàn tác"]]
    # the unit's officer told, in one line, after the receipt (ux29 #2)
    [told] = texts(calls, OFFICER)
    assert f"đã ghi thay {UNIT}: {TASK} " in told and "\n" not in told
    assert kept(player) == [(UNIT, 1, "bc_syt.pdf", BOSS)]
    change = services(player).repo.current(TASK, UNIT)
    assert (change.new, change.by, change.behalf) == ("hoan_thanh", ADMIN, BOSS)
    # nothing filed under the coordinator's own agency, no letter drafted from the file
    assert services(player).letters.drafts() == []

    # counted as the unit's: its officer and the province's view say sent, by whom
    mine = texts(await player.send(OFFICER, "/nopbai"), OFFICER)[0]
    assert f"✅ đã nộp 18/8/2021 — tệp bc_syt.pdf lần 1 (18/8/2021, do {BOSS} ghi thay)" in mine
    province = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh", name=BOSS), ADMIN))
    block = province[province.index(f"📌 {TASK}") :]
    line = next(x for x in block.splitlines() if f" {UNIT} — " in x)
    assert "đã nộp 18/8/2021" in line and f"do {BOSS} ghi thay" in line, line
    assert "đã nộp 1/17" in block

    # a second file, the command as its caption: the next version, which its undo takes back
    out = texts(
        await player.upload(
            ADMIN, "bc_syt_v2.pdf", PDF, name=BOSS, caption=f"/nop {TASK} Sở Y tế"
        ),
        ADMIN,
    )
    assert f"của {UNIT} (lần nộp 2, thay lần trước" in out[0]
    assert kept(player)[0] == (UNIT, 2, "bc_syt_v2.pdf", BOSS)
    out = texts(await player.send(ADMIN, "[Hoàn tác]", name=BOSS), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác lần nộp 2")
    assert kept(player) == [(UNIT, 1, "bc_syt.pdf", BOSS)]
    assert services(player).repo.current(TASK, UNIT).new == "hoan_thanh"

    # a task of the bot's forms named with the day its e-mail came: the line that records it
    # (ux38 #6: told to use the bot's form, with no word of the way that works)
    line = "/nop tq-2021-05-20 so y te nhan email ngay 17/5"
    said = texts(await player.send(ADMIN, line, name=BOSS), ADMIN)[-1]
    typed = f"/capnhat tq-2021-05-20 {UNIT} đã nộp ngày 17/5"
    assert typed in said and "Không có gì thay đổi" in said, said
    assert services(player).repo.current("tq-2021-05-20", UNIT) is None
    calls = await player.send(ADMIN, typed, name=BOSS)  # quoted back, one press writes it
    assert "Ngày gửi: 17/5/2021 (đúng hạn)" in texts(calls, ADMIN)[-1]
    [[press, *_], *_] = [c for c in calls if c["chat_id"] == ADMIN][-1]["buttons"]
    await player.send(ADMIN, f"[{press}]", name=BOSS)
    change = services(player).repo.current("tq-2021-05-20", UNIT)
    assert (change.new, change.sent_on) == ("hoan_thanh", date(2021, 5, 17))


async def test_the_unit_must_be_named_and_owe_the_task(player):
    await published(player)
    out = texts(await player.send(ADMIN, f"/nop {TASK}", name=BOSS), ADMIN)
    assert len(out) == 1 and f"/nop {TASK} <đơn vị>" in out[0]
    assert "ngày nhận khác hôm nay thì thêm sau tên đơn vị" in out[0]  # ux37 #5: how to date it
    out = texts(await player.send(ADMIN, f"/nop {TASK} Viễn thông Tuyên Quang"), ADMIN)
    assert "Viễn thông Tuyên Quang không thuộc các đơn vị phải nộp" in out[0]
    # no prompt left: a letter sent now is read as a letter
    await player.upload(ADMIN, "bc.pdf", PDF, name=BOSS)
    assert kept(player) == []


async def test_a_reply_to_the_prompt_after_it_ended(player):
    await published(player)
    await player.send(ADMIN, f"/nop {TASK} syt", name=BOSS)
    prompt = player.latest(ADMIN)
    await player.send(ADMIN, "/nopbai tinh", name=BOSS)  # another command ends the prompt
    out = texts(await player.upload(ADMIN, "syt.pdf", PDF, name=BOSS, reply_to=prompt), ADMIN)
    assert out[0].startswith(f"✅ Đã nhận tệp syt.pdf (2 KB) của {UNIT} (lần nộp 1")
    assert kept(player) == [(UNIT, 1, "syt.pdf", BOSS)]

    # ux37 #5: the day the unit's e-mail came, said with the unit, is the day it counts from;
    # on Monday 23/8, after Friday 20/8, a file received on 19/8 is on time
    await player.line("@ 2021-08-23 09:00")
    out = texts(await player.send(ADMIN, f"/nop {TASK} so tu phap ngay 25/8", name=BOSS), ADMIN)
    assert out == [
        "Ngày nhận 25/8/2021 chưa đến (hôm nay 23/8/2021): gõ lại ngày đơn vị gửi. "
        "Không có gì được lưu."
    ]
    out = texts(
        await player.send(ADMIN, f"/nop {TASK} sở tư pháp ngày 1/7/2021", name=BOSS), ADMIN
    )
    assert out[0].startswith("Ngày nhận 1/7/2021 trước ngày công văn giao")
    assert services(player).repo.current(TASK, OTHER) is None
    said = f"/nop {TASK} sở tư pháp nhận email ngày 19/8"
    out = texts(await player.send(ADMIN, said, name=BOSS), ADMIN)
    assert "Ngày nhận: 19/8/2021" in out[0] and OTHER in out[0]
    out = texts(await player.upload(ADMIN, "stp.pdf", PDF, name=BOSS), ADMIN)
    assert "Ngày gửi: 19/8/2021" in out[0] and "muộn" not in out[0]
    change = services(player).repo.current(TASK, OTHER)
    assert (change.new, change.sent_on, change.behalf) == ("hoan_thanh", date(2021, 8, 19), BOSS)
    province = "\n".join(texts(await player.send(ADMIN, "/nopbai tinh", name=BOSS), ADMIN))
    block = province[province.index(f"📌 {TASK}") :]
    line = next(x for x in block.splitlines() if f" {OTHER} — " in x)
    assert "✅" in line and "đã nộp 19/8/2021" in line and "muộn" not in line, line
    # undone with the file (the receipt's button): nothing stands for the unit, nor its day
    out = texts(await player.send(ADMIN, "[Hoàn tác]", name=BOSS), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác lần nộp 1")
    assert services(player).repo.current(TASK, OTHER).new != "hoan_thanh"
    assert kept(player) == [(UNIT, 1, "syt.pdf", BOSS)]
