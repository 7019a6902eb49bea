"""Buttons carry names, not positions, end to end: a row button pressed after a new assignment
table that reorders the rows acts on the row it named, or is refused when that row is no longer
the officer's; data no button kind reads is refused with one line and changes nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.botkit import ADMIN, register, texts

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "knowledge/data/assignments_tuyen-quang.tsv"
LDTBXH = "Sở Lao động, Thương binh và Xã hội"
SUB_ROW = "406-11/Lao động, Thương binh và Xã hội"


def keyboard(player, chat: int) -> list[tuple[str, str]]:
    """(label, callback data) of the latest message in the chat that has buttons."""
    last = [m for m in player.emulator.messages[chat] if m.get("reply_markup")][-1]
    rows = last["reply_markup"]["inline_keyboard"]
    return [(b["text"], b["callback_data"]) for row in rows for b in row]


def reordered_table(without: str) -> bytes:
    """The province's table in force, its rows in reverse order and one row left out, as a
    coordinator would send it (.csv: Mục, Chủ trì, Phối hợp, Thời hạn)."""
    lines = [
        line.split("\t")
        for line in DATA.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    out = io.StringIO()
    table = csv.writer(out)
    table.writerow(["Mục", "Chủ trì", "Phối hợp", "Thời hạn"])
    for key, lead, coordinate, deadline, *_ in reversed(lines):
        if key != without:
            table.writerow([key, lead.replace("|", "; "), coordinate.replace("|", "; "), deadline])
    return out.getvalue().encode("utf-8")


def statuses(player) -> dict[tuple[str, str], str]:
    current = player.app.bot_data["services"].repo.current_all()
    return {item: change.new for item, change in current.items()}


async def test_a_row_button_acts_on_the_row_it_named_after_a_table_reorders_the_rows(player):
    await register(player, 1001, LDTBXH, "Lê Thị Lan")
    await player.send(1001, "/capnhat")
    rows_before = [label.split(" · ")[0] for label, _ in keyboard(player, 1001)]
    assert rows_before[0] == SUB_ROW and rows_before.index("406-23") < rows_before.index("406-33")
    # the status buttons the officer was shown for the sub-row, and for 406-33
    await player.send(1001, "[#1]")
    done_sub_row = dict(keyboard(player, 1001))["Hoàn thành"]
    await player.send(1001, "/capnhat")
    await player.send(1001, "[406-33]")
    working_33 = dict(keyboard(player, 1001))["Đang thực hiện"]
    assert all(len(data.encode()) < 64 for data in (done_sub_row, working_33))

    # the coordinator applies a new version: the rows reversed, 406-33 left out
    out = texts(await player.upload(ADMIN, "bieu01_dao.csv", reordered_table("406-33")), ADMIN)
    assert "bỏ 1" in "\n".join(out)
    out = texts(await player.send(ADMIN, "[Thay cả bảng, bỏ 1 mục…]"), ADMIN)
    assert out[0].startswith("⚠️ Thay cả bảng phân công bằng bảng bieu01_dao.csv?")
    assert "bỏ 1 mục đang có: 406-33." in out[0]
    out = texts(await player.send(ADMIN, "[⚠️ Xác nhận bỏ 1 mục]"), ADMIN)
    assert out[0].startswith("✅ Đã áp dụng bảng bieu01_dao.csv: phiên bản 1")
    await player.send(1001, "/capnhat")
    rows_after = [label.split(" · ")[0] for label, _ in keyboard(player, 1001)]
    assert "406-33" not in rows_after
    assert rows_after.index("406-23") > rows_after.index("406-32")  # another order
    assert rows_after != [k for k in rows_before if k != "406-33"]

    # the old button names its row: that row, and no other, is written
    out = texts(await player.forged(1001, done_sub_row), 1001)
    assert out[0].startswith(f"✅ Đã ghi: {SUB_ROW} ({LDTBXH}): Chưa bắt đầu → Hoàn thành")
    assert statuses(player) == {(SUB_ROW, LDTBXH): "hoan_thanh"}
    # the button of a row the new table no longer gives the unit: refused, nothing written
    out = texts(await player.forged(1001, working_33), 1001)
    assert "không chủ trì hay phối hợp mục 406-33" in out[0]
    assert statuses(player) == {(SUB_ROW, LDTBXH): "hoan_thanh"}


async def test_data_no_button_reads_is_refused_in_one_line(player):
    await register(player)
    for data in ("u:31", "u:~aaaaaaaa", "s:31:3", "wo:31:3", "zz:1", "ok:1001:Sở Y tế"):
        calls = await player.forged(1001, data)
        answers = [c for c in calls if c["method"] == "answerCallbackQuery"]
        lines = [c.get("text") for c in answers if c.get("text")] + texts(calls, 1001)
        assert len(answers) == 1 and len(lines) == 1, (data, lines)
        assert lines[0].startswith("Nút này không còn hợp lệ."), (data, lines)
    assert player.app.bot_data["services"].repo.history() == []
