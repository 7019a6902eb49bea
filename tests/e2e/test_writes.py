"""Writes officers can trust, through the emulator; each test reads the database afterwards with
`python -m bot status --json` (in-process), not only the replies.

- a waiting prompt ends, writing nothing and saying so, on a command, another message's button,
  a question, or after 10 minutes; "Hoàn tác" is valid 10 minutes;
- /capnhat is read exactly; the same status again appends nothing;
- free text naming a row and a status is one confirmation button;
- registration says where it stands; a group follows several agencies.
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

from sqlalchemy import select

from bot.status import main as status_main
from db.models import Proposal
from tests.botkit import register, texts


def statuses(db_url, capsys) -> list[tuple[str, str, str, list]]:
    """(key, agency, status, note, [(old, new, note)...]) as `status --json` prints them."""
    capsys.readouterr()
    assert status_main(argparse.Namespace(config=None, db=db_url, json=True)) == 0
    rows = json.loads(capsys.readouterr().out)
    return [
        (r["key"], r["status"], r["note"], [(h["old"], h["new"], h["note"]) for h in r["history"]])
        for r in rows
    ]


def buttons(calls, chat: int) -> list[list[list[str]]]:
    return [c["buttons"] for c in calls if c["chat_id"] == chat and c["buttons"]]


async def later(player, minutes: float) -> None:
    await player.set_clock(player.clock.now() + timedelta(minutes=minutes))


# -- waiting for input ---------------------------------------------------------------------------
async def test_a_question_is_answered_and_the_reason_still_awaited(player, db_url, capsys):
    """u26 #4: a question asked while a reason is awaited is answered, and the reason is still
    awaited, said so with how to drop it (it dropped the wait, "Đã bỏ ghi chú đang chờ", and
    the reason typed next needed a button); the reason typed next is written with it."""
    await register(player)
    out = texts(await player.send(1001, "/capnhat 406-15 khong du dieu kien"), 1001)
    assert "cần lý do" in out[-1]
    out = texts(await player.send(1001, "cho em hỏi tháng 5 có gì đến hạn ạ"), 1001)
    assert len(out) == 2 and "5/2021" in out[0]  # the question is answered
    assert out[1] == (
        "📝 Vẫn chờ lý do cho 406-15 (Không đủ điều kiện): gõ ở tin nhắn tiếp theo (trong 30 "
        "phút), hoặc /huy để bỏ. Chưa có gì được ghi."
    )
    assert statuses(db_url, capsys) == []
    out = texts(await player.send(1001, "chưa có phần mềm chuyên ngành"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-15")
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("406-15", "khong_du_dieu_kien", "chưa có phần mềm chuyên ngành")
    ]
    # asked again and dropped: "huỷ" ends the wait, nothing written
    await player.send(1001, "/capnhat 406-14 vuong")
    await player.send(1001, "gpxd han khi nao?")
    out = texts(await player.send(1001, "huỷ"), 1001)
    assert "406-14" in out[0]
    assert [s[0] for s in statuses(db_url, capsys)] == ["406-15"]


async def test_commands_and_other_buttons_end_the_wait(player, db_url, capsys):
    await register(player)
    await player.send(1001, "/capnhat 406-14 xong")
    done = player.app.bot_data["services"].repo.history("406-14")[-1].id
    await player.send(1001, "/capnhat 406-15 vuong")
    out = texts(await player.send(1001, "/tiendo"), 1001)
    assert out[0] == "Đã bỏ ghi chú đang chờ cho 406-15; không có gì được ghi."
    await player.send(1001, "/muc 406-22")
    await player.send(1001, "gplx")  # the message that used to become the note
    await player.send(1001, "/capnhat 406-15 vuong")
    out = texts(await player.forged(1001, f"un:{done}"), 1001)  # the button of an older message
    assert out[0] == (
        "Đã bỏ ghi chú đang chờ cho 406-15 (bạn đã bấm nút của tin nhắn khác); "
        "không có gì được ghi."
    )
    assert "Đã hoàn tác" in out[1]  # and the button does its own work
    await player.send(1001, "Thiếu máy chủ")
    assert statuses(db_url, capsys) == [
        (
            "406-14",
            "chua_bat_dau",
            "",
            [(None, "hoan_thanh", ""), ("hoan_thanh", "chua_bat_dau", "")],
        )
    ]


async def test_a_status_statement_ends_the_wait_and_is_offered(player, db_url, capsys):
    await register(player)
    await player.send(1001, "/capnhat 406-15 vuong")
    out = await player.send(1001, "406-14 xong roi")
    assert texts(out, 1001)[0] == (
        "Đã bỏ ghi chú đang chờ cho 406-15 (tin nhắn vừa gửi là cập nhật trạng thái, không phải "
        "nội dung cần nhập); không có gì được ghi."
    )
    assert buttons(out, 1001) == [[["Ghi 406-14 → Hoàn thành?"]]]
    assert statuses(db_url, capsys) == []


async def test_a_note_that_says_when_the_work_can_be_done_is_the_note(player, db_url, capsys):
    """ "khi nào Bộ cấp thì làm được" in a blocker's note is a condition, not a question: the
    note is written, not dropped as a question."""
    await register(player)
    await player.send(1001, "/capnhat 406-15 vuong")
    note = "chua co du lieu quy hoach tu bo, khi nao bo cap thi lam duoc"
    out = texts(await player.send(1001, note), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-15")
    assert [(k, s, n) for k, s, n, _ in statuses(db_url, capsys)] == [
        ("406-15", "vuong_mac", note)
    ]


async def test_a_note_is_waited_for_thirty_minutes_then_offered(player, db_url, capsys):
    """ux24 #1: an officer on a phone types a note in more than 10 minutes. Within 30 it is
    the note; later it is offered for the row by a button, never read as a question, and
    nothing is written before the press."""
    await register(player)
    await player.send(1001, "/capnhat 406-15 vướng mắc")
    await later(player, 25)
    out = texts(await player.send(1001, "Thiếu máy chủ"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-15")  # within 30 minutes: the note
    out = texts(await player.send(1001, "/capnhat 406-14 vuong"), 1001)
    assert "(trong 30 phút)" in out[0]
    await later(player, 31)
    out = texts(await player.send(1001, "chờ hướng dẫn của Bộ"), 1001)
    assert out == [
        "Ghi vướng mắc cho 406-14 với ghi chú «chờ hướng dẫn của Bộ»?\nLượt chờ ghi chú cho "
        "406-14 đã hết (quá 30 phút) nên chưa ghi gì. Bấm nút để ghi; không bấm thì không có "
        "gì thay đổi."
    ]
    assert [(k, s, n) for k, s, n, _ in statuses(db_url, capsys)] == [
        ("406-15", "vuong_mac", "Thiếu máy chủ")
    ]
    out = texts(await player.send(1001, "[Ghi 406-14 → Vướng mắc]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-14")
    assert sorted((k, s, n) for k, s, n, _ in statuses(db_url, capsys)) == [
        ("406-14", "vuong_mac", "chờ hướng dẫn của Bộ"),
        ("406-15", "vuong_mac", "Thiếu máy chủ"),
    ]


async def test_a_question_after_a_note_wait_ran_out_is_answered(player, db_url, capsys):
    """The line after the wait ran out is offered as the note only when it reads as one: a
    question is answered, the wait's end said."""
    await register(player)
    await player.send(1001, "/capnhat 406-14 vuong")
    await later(player, 31)
    out = texts(await player.send(1001, "gpxd han khi nao?"), 1001)
    assert out[0] == "Đã bỏ ghi chú đang chờ cho 406-14 (đã quá 30 phút); không có gì được ghi."
    assert out[1].startswith("406-14 · Cấp giấy phép xây dựng")
    assert statuses(db_url, capsys) == []


async def test_a_late_note_to_the_ux24_script_is_offered_not_answered(player):
    """ux24 s11: the note names another sector's words ("kết nối … bộ gtvt, đã gửi cv"), which
    once read as a status of 406-11/Giao thông vận tải and then as a question about who sent."""
    await register(player, agency="Sở Y tế")
    await player.send(1001, "/capnhat 406-22 vuong mac")
    await later(player, 45)
    note = "chua co huong dan ket noi tu bo gtvt, da gui cv hoi 2 lan"
    out = texts(await player.send(1001, note), 1001)
    assert out[0].startswith(f"Ghi vướng mắc cho 406-22 với ghi chú «{note}»?")
    assert len(out) == 1
    out = texts(await player.send(1001, "[Ghi 406-22 → Vướng mắc]"), 1001)
    assert out[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Vướng mắc")
    [change] = player.app.bot_data["services"].repo.history()
    assert (change.key, change.new, change.note) == ("406-22", "vuong_mac", note)


async def test_a_question_is_not_taken_for_a_proposal_name(player):
    await register(player)
    await player.send(1001, "/dexuat")
    await player.send(1001, "[➕ Đề xuất dịch vụ mới]")
    out = texts(await player.send(1001, "cho em hỏi hạn nộp biểu 02 khi nào"), 1001)
    assert out[0].startswith("Đã bỏ đề xuất đang nhập dở (tin nhắn vừa gửi là câu hỏi")
    with player.app.bot_data["services"].repo.sessions() as s:
        assert list(s.scalars(select(Proposal))) == []


async def test_undo_is_valid_ten_minutes(player, db_url, capsys):
    await register(player)
    out = await player.send(1001, "/capnhat 406-14 xong")
    assert "Đã ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành" in texts(out, 1001)[0]
    assert buttons(out, 1001) == [[["Hoàn tác"]]]
    await later(player, 11)
    out = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert "chỉ dùng được trong 10 phút" in out[0] and "Không có gì thay đổi" in out[0]
    assert statuses(db_url, capsys) == [("406-14", "hoan_thanh", "", [(None, "hoan_thanh", "")])]


# -- /capnhat grammar ----------------------------------------------------------------------------
