"""The coordinator moves a tracked task's deadline (/doihan), and an extension letter moves the
task it cites instead of adding a second one (UX report 21, problem 1): quoted back old → new,
"Hoàn tác", every view at once, the units still owing told, what was sent still counted.
Through the emulator with the real Application, on the test's database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.letter_repo import LetterRepo
from knowledge.render.answers import to_plain
from tests.botkit import ADMIN, register, texts

DOSSIER = "tq-2021-04-20"


def services(player):
    return player.app.bot_data["services"]


def letters(player) -> LetterRepo:
    found = player.app.bot_data["services"].letters
    assert found is not None
    return found


def told(player, chat: int, containing: str) -> list[str]:
    return [
        to_plain(c["text"])
        for c in player.emulator.calls
        if c["method"] == "sendMessage"
        and c["chat_id"] == chat
        and containing in (c["text"] or "")
    ]


async def test_doihan_moves_a_task_everywhere_and_is_undone(player):
    await register(player, 1001, "Sở Y tế", "An")
    await register(player, 1002, "Sở Xây dựng", "Bình")
    await player.send(1002, f"/capnhat {DOSSIER} đã nộp")
    await player.line("@ 2021-04-22 09:00")
    assert DOSSIER in texts(await player.send(1001, "/quahan"), 1001)[0]

    # shown first: nothing written before the press
    out = await player.send(ADMIN, f"/doihan {DOSSIER} hạn 30/4/2021")
    shown = texts(out, ADMIN)[0]
    assert "hạn 20/4/2021 → 30/4/2021" in shown and "1 đơn vị đã nộp: vẫn tính" in shown
    assert [c["buttons"] for c in out if c["buttons"]] == [[["🗓 Đổi hạn"]]]
    assert letters(player).moved() == {}

    out = await player.send(ADMIN, "[🗓 Đổi hạn]")
    said = texts(out, ADMIN)[-1]
    assert said.startswith("✅ Đã đổi hạn (phiên bản 1)") and "20/4/2021 → 30/4/2021" in said
    assert [c["buttons"] for c in out if c["buttons"]][-1] == [["↩️ Hoàn tác"]]
    move = letters(player).moved()[DOSSIER]
    assert (move.was, move.due, move.text) == (
        date(2021, 4, 20),
        date(2021, 4, 30),
        "trước ngày 30/4/2021",
    )
    assert letters(player).history()[-1].action == "move"
    # the unit that still owes it is told; the one that sent it is not
    assert any("Hạn mới: trước ngày 30/4/2021" in t for t in told(player, 1001, "Đổi hạn"))
    assert told(player, 1002, "Đổi hạn") == []

    # every view at once: not late, the new date; the sender still counted
    assert DOSSIER not in texts(await player.send(1001, "/quahan"), 1001)[0]
    mine = texts(await player.send(1001, "/nopbai"), 1001)[0]
    # 30/4-3/5/2021 are days off: counted to the end of 4/5 (BLDS 2015 Điều 148)
    assert "hạn 30/4/2021 (nghỉ lễ, tính đến hết 4/5/2021; trước: 20/4/2021; còn 12 ngày)" in mine
    whole = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert "✅ Sở Xây dựng — đã nộp" in whole and "hạn 30/4/2021" in whole
    history = texts(await player.send(ADMIN, "/congvan lichsu"), ADMIN)[0]
    assert f"đổi hạn {DOSSIER}: hạn 20/4/2021 → 30/4/2021" in history
    history = texts(await player.send(ADMIN, f"/lichsu {DOSSIER}"), ADMIN)[0]
    assert f"/doihan, quản trị {ADMIN}): {DOSSIER}: hạn 20/4/2021 → 30/4/2021" in history

    # "Hoàn tác" back to 20/4, passed on 22/4: asked once more, as /doihan asks (u26 #1),
    # with the unit that turns late; nothing written nor told before the second press
    notices = len(told(player, 1001, "Đổi hạn"))
    out = await player.send(ADMIN, "[↩️ Hoàn tác]")
    asked = texts(out, ADMIN)[0]
    assert asked.startswith("Hạn trở lại đã qua — chưa hoàn tác")
    assert f"• {DOSSIER}: hạn 30/4/2021 → 20/4/2021" in asked
    assert "⚠️ Hạn trở lại 20/4/2021 đã qua." in asked
    assert "18 đơn vị sẽ quá hạn ngay: Sở Y tế; Sở Tư pháp;" in asked
    assert [c["buttons"] for c in out if c["buttons"]] == [[["⚠️ Vẫn hoàn tác"]]]
    assert letters(player).moved()[DOSSIER].due == date(2021, 4, 30)
    assert len(letters(player).history()) == 1
    assert len(told(player, 1001, "Đổi hạn")) == notices
    assert DOSSIER not in texts(await player.send(1001, "/quahan"), 1001)[0]
    # /hoantac asks the same, and writes nothing either
    again = texts(await player.send(ADMIN, "/hoantac"), ADMIN)[0]
    assert again.startswith("Hạn trở lại đã qua — chưa hoàn tác")
    assert len(letters(player).history()) == 1

    # the second press: the date before, quoted, in every view again
    out = texts(await player.send(ADMIN, "[⚠️ Vẫn hoàn tác]"), ADMIN)
    assert f"{DOSSIER}: hạn 30/4/2021 → 20/4/2021" in out[0]
    assert letters(player).moved() == {}
    assert DOSSIER in texts(await player.send(1001, "/quahan"), 1001)[0]
    # the unit told of the move is told the move is cancelled, and how late the date back is
    # said as the move taken back (ux27 #8), not as one more "Đổi hạn … theo hạn mới"
    undone = told(player, 1001, "Hủy đổi hạn")[-1]
    assert "đã hủy việc đổi hạn" in undone and "sang 30/4/2021." in undone, undone
    assert "Hạn trở lại như trước: trước ngày 20/4/2021 (đã quá hạn 2 ngày)." in undone
    assert "Hạn mới" not in undone and "theo hạn mới" not in undone, undone

    # a recurring task is moved one occurrence at a time; a date that is no date is refused
    out = texts(await player.send(ADMIN, f"/doihan {DOSSIER} 31/4/2021"), ADMIN)
    assert "31/4/2021 không có thật" in out[0] and len(letters(player).history()) == 2


HEAD = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: {number}/STTTT-CNTT
V/v {subject}
Tuyên Quang, ngày {day} tháng 10 năm 2021

Kính gửi:
- Sở Y tế;
- Công an tỉnh.

"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT, CNTT.
GIÁM ĐỐC
"""
FIRST = HEAD.format(number=815, subject="báo cáo kết quả kết nối dữ liệu dân cư", day="01") + (
    "Sở Y tế, Công an tỉnh báo cáo kết quả kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia "
    "về dân cư (theo Mẫu số 04 kèm theo), gửi về Sở Thông tin và Truyền thông trước ngày "
    "11/10/2021.\n" + TAIL
)
EXTENSION = HEAD.format(
    number=860, subject="gia hạn thời gian gửi báo cáo kết quả kết nối dữ liệu dân cư", day="12"
) + (
    "Ngày 01/10/2021, Sở Thông tin và Truyền thông ban hành Công văn số 815/STTTT-CNTT đề nghị "
    "báo cáo kết quả kết nối dữ liệu dân cư. Do một số đơn vị đề nghị thêm thời gian, Sở Thông "
    "tin và Truyền thông gia hạn thời gian gửi báo cáo đến trước 17 giờ 00 ngày 22/10/2021.\n"
    "Đề nghị Sở Y tế, Công an tỉnh hoàn thiện báo cáo (theo Mẫu số 04), gửi về Sở Thông tin và "
    "Truyền thông đúng thời hạn trên./.\n" + TAIL
)
TASK = "tq-2021-10-11"


async def test_an_extension_letter_moves_the_task_it_cites(player):
    await player.line("@ 2021-10-01 14:00")
    await register(player, 1001, "Sở Y tế", "An")
    await register(player, 1004, "Công an tỉnh", "Dũng")
    await player.upload(ADMIN, "cv815.txt", FIRST.encode(), name="Điều phối")
    assert TASK in texts(await player.send(ADMIN, "[Công bố]"), ADMIN)[0]
    await player.send(1004, f"/capnhat {TASK} đã nộp")
    await player.line("@ 2021-10-12 09:00")

    # the draft proposes a change to the task in force, titled by the duty, its form kept
    out = await player.upload(ADMIN, "cv860.txt", EXTENSION.encode(), name="Điều phối")
    review = "\n".join(texts(out, ADMIN))
    assert "1. Hoàn thiện báo cáo kết quả kết nối dữ liệu dân cư (theo Mẫu số 04)" in review
    assert (
        f"Gia hạn nhiệm vụ đang theo dõi — {TASK}: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021"
        in review
    )
    assert "Có thể công bố đổi hạn 1 nhiệm vụ đang theo dõi" in review

    out = texts(await player.send(ADMIN, "[Công bố]"), ADMIN)
    assert f"🗓 Đổi hạn {TASK}: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021" in out[-1]
    desk = player.app.bot_data["services"]
    # no second task: the extension's task is the old one, due on the new date
    ours = [t for t in desk.province.tasks if t.id.startswith("tq-2021-10")]
    assert [(t.id, t.due, t.form) for t in ours] == [(TASK, date(2021, 10, 22), "Mẫu số 04")]
    published = letters(player).in_force()[-1]
    assert [t.extends for _, t in published.tasks] == [TASK]
    assert any("trước 17 giờ 00 ngày 22/10/2021" in t for t in told(player, 1001, "Đổi hạn"))
    assert told(player, 1004, "Đổi hạn") == []  # it had sent the report
    mine = texts(await player.send(1001, "/nopbai"), 1001)[0]
    assert "hạn 17 giờ 00 ngày 22/10/2021 (trước: 11/10/2021; còn 10 ngày)" in mine
    history = texts(await player.send(ADMIN, f"/lichsu {TASK}"), ADMIN)[0]
    assert "công văn 860/STTTT-CNTT gia hạn" in history
    assert TASK not in texts(await player.send(1001, "/quahan"), 1001)[0]

    # /doihan names the task by its form too; old is the date in force, the extension's
    out = texts(await player.send(ADMIN, "/doihan mẫu số 04 25/10/2021"), ADMIN)
    assert f"{TASK} Mẫu số 04" in out[0] and "hạn 17 giờ 00 ngày 22/10/2021 → 25/10/2021" in out[0]

    # withdrawn: the task is due on its own date again, said so
    await player.send(ADMIN, "[Thu hồi công văn]")  # shown first, then confirmed
    out = texts(await player.send(ADMIN, "[🗑 Thu hồi công văn]"), ADMIN)
    assert f"{TASK}: hạn 17 giờ 00 ngày 22/10/2021 → 11/10/2021" in out[0]
    assert "Hạn mới: trước ngày 11/10/2021" in told(player, 1001, "Đổi hạn")[-1]
    assert TASK in texts(await player.send(1001, "/quahan"), 1001)[0]


async def test_a_months_report_is_named_alike_and_a_moved_task_by_its_form(player):
    """ux22 #8: `/doihan bc tháng 9 …` takes the words `/ketthuc` takes for the monthly
    report's September, although a one-off report was moved into September; #9: the moved
    one-off task is named by its form and title, its id (made from its old date) after them
    as its code, and the notice of a month's move names the month and how to send it."""
    examples = Path(__file__).resolve().parents[2] / "examples"
    await register(player, 1001, "Sở Y tế", "An")
    await register(player, 1201, "UBND huyện Hàm Yên", "Hoa")
    for line in [
        "@ 2021-08-03 09:00",
        f"{ADMIN} < {examples}/letter_2021-08.txt",
        f"{ADMIN} > [Công bố]",
    ]:
        await player.line(line)
    tasks = services(player).province.tasks
    once = next(t for t in tasks if t.form == "Mẫu số 01")
    monthly = next(t for t in tasks if t.form == "Mẫu số 02")
    await player.send(ADMIN, f"/doihan {once.id} 15/9/2021")
    await player.send(ADMIN, "[🗓 Đổi hạn]")

    out = texts(await player.send(ADMIN, "/doihan bc thang 9 28/9"), ADMIN)[0]
    assert f"{monthly.id} tháng 9/2021" in out and "— tháng 9/2021" in out, out
    assert "hạn 25/9/2021 → 28/9/2021" in out
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    moved = letters(player).moved()
    assert moved[f"{monthly.id}@2021-09-25"].due == date(2021, 9, 28)
    assert moved[once.id].due == date(2021, 9, 15)
    notice = told(player, 1201, "Đổi hạn")[-1]
    assert f"{monthly.id} tháng 9/2021" in notice and "tháng 9/2021" in notice
    assert f"/nop {monthly.id} tháng 9/2021" in notice
    # every view of the unit asks the task for September's date in force (ux37 #7): the file
    # awaited, a file sent with no caption, and a question, never the letter's day beside it
    asked = texts(await player.send(1201, f"/nop {monthly.id} tháng 9/2021"), 1201)[0]
    assert f"{monthly.id} tháng 9/2021 — hạn 28/9/2021" in asked, asked
    await player.send(1201, "/huy")
    pdf = (examples / "mau01_so_y_te.pdf").read_bytes()
    offer = texts(await player.upload(1201, "bc_thang_9.pdf", pdf, name="Hoa"), 1201)[0]
    assert f"{monthly.id} tháng 9/2021 — hạn 28/9/2021" in offer and "25/9/2021" not in offer, (
        offer
    )
    said = texts(await player.send(1201, "thang 9 ben em phai nop gi"), 1201)[-1]
    assert "28/9/2021" in said and "đổi hạn từ 25/9/2021" in said, said
    assert "trước ngày 25 hằng tháng" not in said
    ended = texts(await player.send(ADMIN, "/ketthuc bc thang 9"), ADMIN)[0]
    assert ended.startswith(f"Kết thúc theo dõi nhiệm vụ {monthly.id} tháng 9/2021 (tháng 9/2021)")

    mine = texts(await player.send(1001, "/nopbai"), 1001)[0]
    line = next(x for x in mine.splitlines() if once.id in x)
    assert line.startswith("📌 Mẫu số 01: Rà soát") and f"(mã {once.id}) — hạn 15/9/2021" in line


async def test_an_undone_move_is_the_last_line_of_the_history(player):
    """ux29 #1: /doihan to a date passed, confirmed, then "Hoàn tác": /lichsu lists the undo
    after the move, so whoever reads it sees the date in force, not the one taken back."""
    pl = "tq-2021-05-20"
    await register(player, 1001, "Sở Y tế", "An")
    await player.line("@ 2021-05-15 10:00")
    await player.send(ADMIN, f"/doihan {pl} 14/5/2021")
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    await player.send(ADMIN, "[⚠️ Vẫn đổi hạn]")
    assert letters(player).moved()[pl].due == date(2021, 5, 14)
    await player.send(ADMIN, "[↩️ Hoàn tác]")
    assert letters(player).moved() == {}
    assert [v.action for v in letters(player).history()] == ["move", "rollback"]

    history = texts(await player.send(ADMIN, f"/lichsu {pl}"), ADMIN)[0]
    lines = [line for line in history.splitlines() if line.startswith("• phiên bản")]
    assert len(lines) == 2, history
    assert lines[0].endswith(f"/doihan, quản trị {ADMIN}): {pl}: hạn 20/5/2021 → 14/5/2021")
    assert lines[1].startswith("• phiên bản 2 (15/5/2021 10:00, ↩️ hoàn tác"), history
    assert lines[1].endswith(f"{pl}: bỏ hạn 14/5/2021, hạn trở lại 20/5/2021"), history
    # the views read the date back with no "trước: 14/5" left over from the undone move
    mine = texts(await player.send(1001, "/nopbai"), 1001)[0]
    assert "hạn 20/5/2021 (còn 5 ngày)" in mine and "14/5/2021" not in mine, mine
