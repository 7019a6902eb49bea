"""Every submission has its "Hoàn tác": a form sent in the chat (BIỂU 02, Phụ lục I) or a file
handed in for a published letter's task, whether or not it changed the task's status. Within the
10 minutes of every write, by whoever sent it or an admin, while it is still the accepted version:
the version before it is accepted again exactly as it was (or none), the task's status before it
comes back when the submission had written it (the task completed, or its first part under way),
and the undo is logged, nothing removed.
Through the emulator and the real Application; the database is read after every write.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.models import StatusChange, Submission, SubmissionUndo
from tests.botkit import ADMIN, register, texts

DOSSIER = "tq-2021-04-20"  # asks for BIỂU 02 only
PHU_LUC = "tq-2021-05-20"  # asks for Phụ lục I–IV
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BOSS = "Trần Điều Phối"


def desk(player):
    return player.app.bot_data["services"]


def rows(player, model, **where):
    """What the database holds, read with a session of its own."""
    with desk(player).sessions() as s:
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return list(s.scalars(query.order_by(model.id)))


def accepted(player, form: str, agency: str = "Sở Y tế"):
    return desk(player).submissions.submissions(agency=agency, form=form)


async def press_under(player, user: int, containing: str, label: str = "Hoàn tác"):
    """The button of the latest bot message in the chat that says `containing`, as a person
    scrolls up to it."""
    emulator = player.emulator
    for message in reversed(emulator.messages[user]):
        keyboard = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        found = [b for row in keyboard for b in row if b["text"] == label]
        if containing in (message.get("text") or "") and found:
            start = len(emulator.calls)
            await player.deliver(
                emulator._callback(user, user, message, found[0]["callback_data"])
            )
            return emulator.calls[start:]
    raise AssertionError(f"no message with {containing!r} and [{label}]")


def undo_data(player, user: int, containing: str) -> str:
    for message in reversed(player.emulator.messages[user]):
        keyboard = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        if containing in (message.get("text") or ""):
            return next(b["callback_data"] for row in keyboard for b in row)
    raise AssertionError(containing)


async def propose_and_send_bieu02(player, user: int = 1002) -> list[str]:
    await player.send(user, "/dexuat")
    for line in [
        "[➕ Đề xuất dịch vụ mới]",
        "Cấp giấy phép hoạt động khám bệnh",
        "Khám bệnh, chữa bệnh",
        "[Cấp tỉnh]",
        "[Mức 3]",
        "[Sở Y tế]",
        "[Không có]",
        "[Quý III/2021]",
        "[Bỏ qua]",
    ]:
        await player.send(user, line)
    await player.send(user, "/nop bieu02")
    return texts(await player.send(user, "[✅ Nộp]"), user)


async def send_pl1(player, user: int, tier_a: str) -> list[str]:
    await player.send(user, "/nop pl1")
    await player.send(user, tier_a)
    await player.send(user, "[Không có]")
    await player.send(user, "[Không có]")
    return texts(await player.send(user, "[✅ Nộp]"), user)


async def test_bieu_02_that_completed_the_task_is_undone_with_its_status(player):
    await register(player, 1002, "Sở Y tế", "Bình")
    out = await propose_and_send_bieu02(player)
    assert "Đã nhận BIỂU 02 của Sở Y tế" in out[0] and "Đã ghi nhiệm vụ" in out[0]
    assert "Bấm Hoàn tác trong 10 phút" in out[0]
    services = desk(player)
    done = services.repo.current(DOSSIER, "Sở Y tế")
    assert done.new == "hoan_thanh"
    [sent] = accepted(player, "bieu02")
    assert sent.marked == done.id  # the status change kept with the submission
    # "hoàn tác" typed: the last write is the submission (never its status alone), offered by
    # the submission's own button; nothing undone yet
    calls = await player.send(1002, "hoan tac")
    out = texts(calls, 1002)
    assert out[0].startswith("Lần nộp gần nhất của bạn: lần 1 BIỂU 02 của Sở Y tế"), out
    assert calls[-1]["buttons"] == [["Hoàn tác"]]
    assert services.repo.current(DOSSIER, "Sở Y tế").id == done.id
    assert [s.version for s in accepted(player, "bieu02")] == [1]

    await player.line("@ 2021-04-13 08:09")  # nine minutes later: still within the window
    out = texts(await player.send(1002, "[Hoàn tác]"), 1002)
    assert "Đã hoàn tác lần nộp 1 BIỂU 02 của Sở Y tế" in out[0] and DOSSIER in out[0]
    assert "Không còn bản nào được tính: BIỂU 02 coi như chưa nộp" in out[0]
    assert "Trạng thái nhiệm vụ" in out[0] and "Hoàn thành → Chưa bắt đầu" in out[0]
    # the database: the version kept and marked undone, the undo logged with the status it
    # appended, the status history appended (never rewritten)
    assert accepted(player, "bieu02") == []
    [kept] = rows(player, Submission, form="bieu02")
    [undo] = rows(player, SubmissionUndo)
    assert (undo.submission_id, undo.by, undo.behalf) == (kept.id, 1002, None)
    history = rows(player, StatusChange, key=DOSSIER)
    assert [(c.old, c.new) for c in history] == [
        (None, "hoan_thanh"),
        ("hoan_thanh", "chua_bat_dau"),
    ]
    assert undo.restored == history[-1].id
    # its button pressed again (u28): said undone, when, and what counts now; nothing written
    out = texts(await press_under(player, 1002, "Đã nhận BIỂU 02"), 1002)
    assert out == [
        f"Nút này đã dùng rồi: lần nộp 1 BIỂU 02 của Sở Y tế ({DOSSIER}) đã được hoàn tác lúc "
        "08:09 13/4; không còn bản nào được tính: BIỂU 02 coi như chưa nộp. Không có gì thay đổi."
    ]
    assert len(rows(player, SubmissionUndo)) == 1 and accepted(player, "bieu02") == []
    assert len(rows(player, StatusChange, key=DOSSIER)) == 2
    out = texts(await player.send(1002, "/nopbai"), 1002)
    assert f"{DOSSIER} Biểu 02" in out[0] and "✅ đã nộp" not in out[0]

    # sent again: the task done again; the undone version was no sending, so this is "lần nộp
    # 1" again (the log stores it past the undone one, which it keeps)
    out = texts(await player.send(1002, "/nop bieu02"), 1002)
    out = texts(await player.send(1002, "[✅ Nộp]"), 1002)
    assert "(lần nộp 1, 08:09" in out[0] and "thay lần trước" not in out[0], out
    assert "Đã ghi nhiệm vụ" in out[0]
    assert [s.version for s in accepted(player, "bieu02")] == [1]
    assert [s.version for s in rows(player, Submission, task=DOSSIER)] == [1, 2]
    assert services.repo.current(DOSSIER, "Sở Y tế").new == "hoan_thanh"


async def test_phu_luc_i_gives_back_the_version_before_exactly_and_the_status_with_the_first(
    player,
):
    await register(player, 1002, "Sở Y tế", "Bình")
    await player.line("@ 2021-05-10 09:00")
    out = await send_pl1(player, 1002, "12 2 6 4")
    assert "Còn thiếu: Phụ lục II" in out[0] and "Bấm Hoàn tác" in out[0]
    # the first part: the task under way, quoted (and undone with it)
    assert (
        f"Đã ghi nhiệm vụ: Phụ lục I–IV {PHU_LUC} (Sở Y tế): Chưa bắt đầu → Đang thực hiện"
        in out[0]
    )
    [first] = accepted(player, "pl1")
    first_data = desk(player).submissions.data(first.id)
    first_file = desk(player).submissions.content(first.id)
    await player.line("@ 2021-05-10 09:03")
    out = await send_pl1(player, 1002, "20 5 10 5")
    assert "lần nộp 2, thay lần trước" in out[0]
    assert desk(player).submissions.data(accepted(player, "pl1")[0].id) != first_data

    out = texts(await player.send(1002, "[Hoàn tác]"), 1002)  # under the second version
    assert "Đã hoàn tác lần nộp 2 Phụ lục I của Sở Y tế" in out[0]
    assert "Bản được tính lại: lần nộp 1 (09:00 10/05/2021)" in out[0]
    assert "12 TTHC" in out[0] and "Trạng thái nhiệm vụ" not in out[0]
    [again] = accepted(player, "pl1")
    assert again.id == first.id and again.version == 1
    assert desk(player).submissions.data(again.id) == first_data
    assert desk(player).submissions.content(again.id) == first_file
    # the second version wrote no status, and its undo none: the first one's stands
    assert [c.new for c in desk(player).repo.history(PHU_LUC)] == ["dang_thuc_hien"]
    assert [u.restored for u in rows(player, SubmissionUndo)] == [None]

    # the first one's own button, scrolled up to: none is accepted any more
    out = texts(await press_under(player, 1002, "lần nộp 1"), 1002)
    assert "Đã hoàn tác lần nộp 1 Phụ lục I" in out[0]
    assert "Không còn bản nào được tính: Phụ lục I coi như chưa nộp" in out[0]
    assert "Trạng thái nhiệm vụ: " in out[0] and "Đang thực hiện → Chưa bắt đầu" in out[0]
    assert accepted(player, "pl1") == []
    assert desk(player).repo.current(PHU_LUC, "Sở Y tế").new == "chua_bat_dau"
    assert len(rows(player, Submission, form="pl1")) == 2  # both versions kept
    assert len(rows(player, SubmissionUndo)) == 2
    # the coordinator's compiled Phụ lục I has no unit left in it
    await player.send(ADMIN, "/baocao")
    calls = await player.send(ADMIN, "[Tổng hợp Phụ lục I]")
    assert "tổng hợp từ 0 đơn vị đã nộp" in [c["text"] for c in calls if c["text"]][-1]


async def test_an_undo_is_refused_out_of_its_window_to_others_and_after_a_newer_version(player):
    await register(player, 1002, "Sở Y tế", "Bình")
    await register(player, 1003, "Sở Y tế", "Chi")
    await player.line("@ 2021-05-10 09:00")
    await send_pl1(player, 1002, "12 2 6 4")
    first = undo_data(player, 1002, "lần nộp 1")
    # another officer of the same unit: only whoever sent it, or an admin
    out = texts(await player.forged(1003, first), 1003)
    assert out == [
        "Chỉ người đã nộp lần này hoặc quản trị viên mới hoàn tác được. Không có gì thay đổi."
    ]
    await player.line("@ 2021-05-10 09:05")
    await send_pl1(player, 1002, "20 5 10 5")
    # the first version's button once a newer one came
    out = texts(await press_under(player, 1002, "lần nộp 1"), 1002)
    assert "đã nộp Phụ lục I lần 2 sau lần này nên không hoàn tác được" in out[0]
    # past the window of the second
    await player.line("@ 2021-05-10 09:16")
    out = texts(await player.send(1002, "[Hoàn tác]"), 1002)
    assert "chỉ dùng được trong 10 phút sau khi nộp (lần nộp 2 Phụ lục I)" in out[0]
    # a forged id, and nothing changed by any of these
    out = texts(await player.forged(1002, "su:999999"), 1002)
    assert out == ["Không tìm thấy lần nộp này. Không có gì thay đổi."]
    assert rows(player, SubmissionUndo) == []
    assert [s.version for s in accepted(player, "pl1")] == [2]


async def test_an_admin_undoes_for_the_unit_and_a_second_press_changes_nothing(player):
    await register(player, 1002, "Sở Y tế", "Bình")
    await player.send(ADMIN, "/start", name=BOSS)
    await player.line("@ 2021-05-10 09:00")
    await send_pl1(player, 1002, "12 2 6 4")
    data = undo_data(player, 1002, "lần nộp 1")
    out = texts(await player.forged(ADMIN, data), ADMIN)
    assert "Đã hoàn tác lần nộp 1 Phụ lục I của Sở Y tế" in out[0]
    # the status its first part wrote goes back with it, written by the admin for the unit
    assert f"Do {BOSS} ghi thay Sở Y tế." in out[0] and "→ Chưa bắt đầu" in out[0]
    [undo] = rows(player, SubmissionUndo)
    assert (undo.by, undo.behalf) == (ADMIN, BOSS)
    out = texts(await player.send(1002, "[Hoàn tác]"), 1002)
    assert out == [
        f"Nút này đã dùng rồi: lần nộp 1 Phụ lục I của Sở Y tế ({PHU_LUC}) đã được hoàn tác lúc "
        "09:00 10/5; không còn bản nào được tính: Phụ lục I coi như chưa nộp. Không có gì thay "
        "đổi."
    ]
    assert len(rows(player, SubmissionUndo)) == 1 and accepted(player, "pl1") == []


async def test_a_file_handed_in_is_undone_version_by_version_with_the_task_marked_sent(player):
    for line in [
        "@ 2021-08-02 08:00",
        "1001 Lê Văn Cường > /dangky so y te",
        f"{ADMIN} {BOSS} > /duyet 1001",
        f"{ADMIN} < {EXAMPLES}/letter_2021-08.txt",
        f"{ADMIN} > [Công bố]",
    ]:
        await player.line(line)
    task = next(t for t in desk(player).province.tasks if t.form == "Mẫu số 01")
    pdf = (EXAMPLES / "mau01_so_y_te.pdf").read_bytes()
    await player.send(1001, "/nop mau 01")
    out = texts(await player.upload(1001, "mau01.pdf", pdf), 1001)
    assert out[0].startswith("✅ Đã nhận tệp mau01.pdf") and "Đã ghi nhiệm vụ" in out[0]
    assert "Bấm Hoàn tác trong 10 phút để hủy lần nộp này: coi như chưa nộp" in out[0]
    marked = desk(player).repo.current(task.id, "Sở Y tế")
    assert marked.new == "hoan_thanh"
    await player.line("@ 2021-08-02 08:04")
    await player.send(1001, "/nop mau 01")
    second = pdf.replace(b"%PDF-", b"%PDF-", 1) + b"\n% corrected\n"
    out = texts(await player.upload(1001, "mau01_sua.pdf", second), 1001)
    assert "lần nộp 2, thay lần trước" in out[0] and "Đã ghi nhiệm vụ" not in out[0]

    out = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert "Đã hoàn tác lần nộp 2 tệp của Sở Y tế" in out[0]
    assert "Bản được tính lại: lần nộp 1" in out[0] and "mau01.pdf" in out[0]
    [kept] = accepted(player, "tep")
    assert kept.version == 1 and desk(player).submissions.content(kept.id) == pdf
    assert desk(player).repo.current(task.id, "Sở Y tế").id == marked.id  # still sent

    out = texts(await press_under(player, 1001, "lần nộp 1"), 1001)
    assert "Không còn bản nào được tính: tệp coi như chưa nộp" in out[0]
    assert "Hoàn thành → Chưa bắt đầu" in out[0]
    assert accepted(player, "tep") == []
    history = rows(player, StatusChange, key=task.id)
    assert [c.new for c in history] == ["hoan_thanh", "chua_bat_dau"]
    undos = rows(player, SubmissionUndo)
    assert [u.restored for u in undos] == [None, history[-1].id]
    out = texts(await player.send(1001, "/nopbai"), 1001)
    assert task.id in out[0] and "✅ đã nộp" not in out[0]
    # /hoantac now: the undo is not undone (it used to put "Hoàn thành" back alone, with no
    # file accepted, and /nopbai listed the file as sent)
    out = texts(await player.send(1001, "/hoantac"), 1001)
    assert out == [
        f"Lần nộp 1 của Sở Y tế cho {task.id} đã được hoàn tác; không còn gì để hoàn tác. Nộp "
        f"lại thì gửi lại: /nop {task.id}."
    ]
    assert [c.new for c in rows(player, StatusChange, key=task.id)] == [
        "hoan_thanh",
        "chua_bat_dau",
    ]
    out = texts(await player.send(1001, "/nopbai"), 1001)
    assert task.id in out[0] and "✅ đã nộp" not in out[0]
    # the status the undo put back is not undone by its id either (a forged or old button)
    restored = history[-1].id
    out = texts(await player.forged(1001, f"un:{restored}"), 1001)
    assert "hoàn tác lần nộp 1 tệp" in out[0], out
    # sent again after the undo: the first accepted version again, not "thay lần trước", and
    # "lần nộp 1": the two undone ones were no sendings
    await player.send(1001, "/nop mau 01")
    out = texts(await player.upload(1001, "mau01.pdf", pdf), 1001)
    assert "lần nộp 1, 08:04" in out[0] and "thay lần trước" not in out[0], out
    assert "để hủy lần nộp này: coi như chưa nộp" in out[0]
