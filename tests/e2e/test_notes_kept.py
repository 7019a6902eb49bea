"""A note is the officer's note about the item (ux17 blind test, item 9): "đã nộp rồi mà sao
vẫn nhắc" in reply to a reminder, "đã gửi cho sở tttt rồi ạ" do not become the note in silence;
the offer says what was left out, and the press writes no such note. Through the emulator and
the real Application; the database is asserted after the press."""

from __future__ import annotations

from datetime import timedelta

from tests.botkit import ADMIN, texts
from tests.e2e.test_writes import buttons, statuses
from usecases import prompts


async def test_a_complaint_in_reply_to_a_reminder_is_no_note(player, db_url, capsys):
    for line in (
        "@ 2021-05-03 08:00",
        "1001 Lê Thị Hoa > /dangky so y te",
        f"{ADMIN} > /duyet 1001",
        "@ 2021-05-10 08:30",
    ):
        await player.line(line)
    await player.line("@ 2021-05-13 08:30")  # the Phụ lục's reminder
    out = await player.line("1001 >> da nop roi ma sao van nhac")
    [text] = texts(out, 1001)
    assert "Ghi chú:" not in text
    assert "Không lưu «ma sao van nhac» làm ghi chú" in text
    assert "/capnhat tq-2021-05-20 hoàn thành <ghi chú>" in text
    assert statuses(db_url, capsys) == []
    label = buttons(out, 1001)[0][0][0]
    await player.send(1001, f"[{label}]")
    assert [s[:3] for s in statuses(db_url, capsys)] == [("tq-2021-05-20", "hoan_thanh", "")]


async def test_where_it_was_sent_is_no_note(player, db_url, capsys):
    for line in (
        "@ 2021-05-03 08:00",
        "1001 Lê Thị Hoa > /dangky so y te",
        f"{ADMIN} > /duyet 1001",
        "@ 2021-05-14 09:00",
    ):
        await player.line(line)
    out = await player.send(1001, "tq-2021-05-20 da gui cho so tttt roi a")
    [text] = texts(out, 1001)
    assert "Không lưu «cho so tttt» làm ghi chú" in text and "Ghi chú:" not in text
    out = await player.send(1001, "406-22 xong roi, cho ban giao ma sao van nhac")
    [text] = texts(out, 1001)
    assert "Ghi chú: cho ban giao" in text
    assert "Không lưu «ma sao van nhac» làm ghi chú" in text
    await player.send(1001, "[Ghi 406-22 → Hoàn thành?]")
    assert [s[:3] for s in statuses(db_url, capsys)] == [("406-22", "hoan_thanh", "cho ban giao")]
    # ux38 #11: the label typed before a note is not kept ("Ghi chú: ghi chu: …")
    out = await player.send(1001, "406-11/Y tế xong nhe, ghi chu: da phoi hop voi so gtvt")
    text = "\n".join(texts(out, 1001))
    assert "Ghi chú: da phoi hop voi so gtvt" in text and "ghi chu:" not in text


async def test_how_and_to_whom_it_was_sent_are_no_note(player, db_url, capsys):
    """Left by the write flows' fixer (round 17): "da gui qua mail cho so tttt" kept the whole
    line as the note, though it only says how and to whom the form went, which the offer's
    button records ("đã gửi ngoài bot"). The offer says what it keeps and what it leaves out;
    the words about the task itself stay, as typed."""
    for line in (
        "@ 2021-04-13 08:00",
        "1001 Lê Thị Hoa > /dangky so y te",
        f"{ADMIN} > /duyet 1001",
    ):
        await player.line(line)
    out = await player.send(1001, "bieu 02 da gui qua mail cho so tttt")
    [text] = texts(out, 1001)
    assert "Không lưu «qua mail cho so tttt» làm ghi chú" in text and "Ghi chú:" not in text
    out = await player.send(1001, "bieu 02 da gui qua mail, con thieu chu ky so")
    [text] = texts(out, 1001)
    assert "Ghi chú: con thieu chu ky so" in text and "Không lưu «qua mail» làm ghi chú" in text
    assert statuses(db_url, capsys) == []  # nothing before the press
    await player.send(1001, "[Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("tq-2021-04-20", "hoan_thanh", "con thieu chu ky so")
    ]


async def test_the_recipient_named_by_its_kind_is_no_note(player, db_url, capsys):
    """ux20 #12: "da gui qua mail cho so roi ma" left out "qua mail" but kept "cho so" as the
    note: "sở" is the task's recipient (Sở TT&TT) named by its kind, as "cho so tttt" is."""
    for line in (
        "@ 2021-04-13 08:00",
        "1001 Lê Thị Hoa > /dangky so y te",
        f"{ADMIN} > /duyet 1001",
    ):
        await player.line(line)
    out = await player.send(1001, "bieu 02 da gui qua mail cho so roi ma")
    [text] = texts(out, 1001)
    assert "Không lưu «qua mail cho so» làm ghi chú" in text and "Ghi chú:" not in text
    out = await player.send(1001, "bieu 02 da gui cho so roi, con thieu chu ky so")
    [text] = texts(out, 1001)
    assert "Ghi chú: con thieu chu ky so" in text and "Không lưu «cho so» làm ghi chú" in text
    assert statuses(db_url, capsys) == []
    await player.send(1001, "[Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành]")
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("tq-2021-04-20", "hoan_thanh", "con thieu chu ky so")
    ]


async def test_done_said_with_a_complaint_is_read_as_the_status_said_alone(player, db_url, capsys):
    """ux24 #10: "đã xong rồi mà sao vẫn nhắc" typed (not in reply) got "Tôi chưa hiểu câu hỏi
    này"; the why asked of the bot is no question of the catalogue: it is read as "xong rồi"
    is, the unit's open items offered by buttons, nothing written before a press."""
    for line in (
        "@ 2021-08-25 08:00",
        "1006 Vũ Thị Mai > /dangky so tai chinh",
        f"{ADMIN} > /duyet 1006",
    ):
        await player.line(line)
    # nothing asked before: "xong" after a question about one row is about that row, or says
    # whose it is (u26 #7, u31: tests/e2e/test_answered_row.py)
    alone = await player.send(1006, "xong rồi")
    out = await player.send(1006, "đã xong rồi mà sao vẫn nhắc")
    assert texts(out, 1006) == texts(alone, 1006)
    assert texts(out, 1006)[0].startswith("Bạn chưa nêu mục nào; đây là 6 việc đơn vị chưa xong")
    assert not any("chưa hiểu" in t for t in texts(out, 1006))
    assert statuses(db_url, capsys) == []
    await player.send(1006, "[Ghi 406-22 → Hoàn thành]")
    assert [s[:2] for s in statuses(db_url, capsys)] == [("406-22", "hoan_thanh")]
    # a question of its own after "mà" stays a question
    out = texts(await player.send(1006, "xong rồi, mà gpxd hạn khi nào"), 1006)
    assert not out[0].startswith("Bạn chưa nêu mục nào")


async def test_a_late_note_is_taken_and_offered_in_one_transaction(
    player, db_url, capsys, monkeypatch
):
    """u26 #6: a note typed after its 30-minute wait was taken in one transaction and offered
    in another; when the offer failed, the note's wait was gone and the same note typed again
    was read as anything else. In one transaction the failure takes nothing: typed again, it
    is offered; the press writes it, "Hoàn tác" takes it back."""
    for line in (
        "@ 2021-05-03 08:00",
        "1001 Lê Thị Hoa > /dangky so y te",
        f"{ADMIN} > /duyet 1001",
    ):
        await player.line(line)
    await player.send(1001, "/capnhat 406-22 vuong mac")
    await player.set_clock(player.clock.now() + timedelta(minutes=31))
    note = "chua co tai khoan ket noi voi bo"
    kept = prompts.wait_for

    def broken(*args, **kwargs):
        raise RuntimeError("mất kết nối")

    monkeypatch.setattr(prompts, "wait_for", broken)
    out = texts(await player.send(1001, note), 1001)
    assert any("đã có lỗi" in t for t in out)
    monkeypatch.setattr(prompts, "wait_for", kept)
    out = await player.send(1001, note)
    [text] = texts(out, 1001)
    assert text.startswith(f"Ghi vướng mắc cho 406-22 với ghi chú «{note}»?")
    assert "đã hết (quá 30 phút)" in text
    assert statuses(db_url, capsys) == []  # nothing written before the press
    out = await player.send(1001, "[Ghi 406-22 → Vướng mắc]")
    assert texts(out, 1001)[0].startswith("✅ Đã ghi: 406-22 (Sở Y tế): Chưa bắt đầu → Vướng")
    assert [s[:3] for s in statuses(db_url, capsys)] == [("406-22", "vuong_mac", note)]
    await player.send(1001, "[Hoàn tác]")
    assert [s[:3] for s in statuses(db_url, capsys)] == [("406-22", "chua_bat_dau", "")]
