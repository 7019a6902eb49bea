"""The coordinator ends the tracking of a start-up letter's task ("Kết thúc theo dõi"): from the
press on, the units that never sent it are not late, not reminded, not "chưa nộp"; those that sent
keep their date; it is undone, reopened and rolled back, all logged as versions and kept across a
restart. Through the emulator with the real Application, on the test's database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from db.letter_repo import LetterRepo
from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import later

DOSSIER = "tq-2021-04-20"
PHULUC = "tq-2021-05-20"


def letters(player) -> LetterRepo:
    found = player.app.bot_data["services"].letters
    assert found is not None
    return found


def sent_to(player, chat: int, since: str, containing: str) -> list[dict]:
    return [
        c
        for c in player.emulator.calls
        if c["method"] == "sendMessage"
        and c["chat_id"] == chat
        and since <= c["at"] < "2022"
        and containing in (c["text"] or "")
    ]


@pytest.mark.daily_ticks  # the reminders of each day, sent on their day
async def test_the_coordinator_ends_a_seed_task_and_every_view_agrees(player):
    await register(player, 1001, "Sở Y tế", "An")
    await register(player, 1002, "Sở Xây dựng", "Bình")
    await player.send(1002, f"/capnhat {DOSSIER} đã nộp")
    await player.line("@ 2021-04-22 09:00")
    assert DOSSIER in texts(await player.send(1001, "/quahan"), 1001)[0]

    # /congvan lists the start-up letters, marked so, each with its button
    out = await player.send(ADMIN, "/congvan")
    shown = texts(out, ADMIN)[0]
    assert "công văn khởi tạo" in shown and DOSSIER in shown and PHULUC in shown
    assert next(c["buttons"] for c in out if c["buttons"])[:2] == [
        ["⏹ Kết thúc 1"],
        ["⏹ Kết thúc 2"],
    ]
    # the first press only shows what would end, with the tally so far
    out = texts(await player.send(ADMIN, "[⏹ Kết thúc 1]"), ADMIN)
    assert out[0].startswith("Kết thúc theo dõi công văn khởi tạo Văn bản số .../STTTT-CNTT")
    assert f"{DOSSIER} " in out[0] and "đã nộp 1/19, 18 quá hạn" in out[0]
    assert letters(player).in_force_number() == 0 and letters(player).ended() == {}

    # the confirmation ends it, quoted back with the final tally and "Hoàn tác"
    out = await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    said = texts(out, ADMIN)[0]
    assert said.startswith("⏹ Đã kết thúc theo dõi công văn khởi tạo")
    assert "từ 22/4/2021: phiên bản 1" in said and "đã nộp 1/19, 18 không nộp" in said
    assert [c["buttons"] for c in out if c["buttons"]] == [[["↩️ Hoàn tác"]]]
    assert letters(player).ended() == {DOSSIER: date(2021, 4, 22)}
    (version,) = letters(player).history()
    assert (version.action, version.by, version.letters) == ("end", ADMIN, ())

    # every view: not late, not missing, shown as ended with its date; the sender keeps its date
    late = texts(await player.send(1001, "/quahan"), 1001)[0]
    assert DOSSIER not in late
    mine = texts(await player.send(1001, "/nopbai"), 1001)[0]
    assert "đã kết thúc theo dõi 22/4/2021" in mine and "không nộp (đã kết thúc theo dõi)" in mine
    whole = texts(await player.send(ADMIN, "/nopbai tinh"), ADMIN)[0]
    assert "đã nộp 1/19 · không nộp 18 (đã kết thúc theo dõi)" in whole
    assert "✅ Sở Xây dựng — đã nộp 13/4/2021" in whole
    progress = texts(await player.send(1001, "/tiendo"), 1001)[0]
    assert "Không nộp (đã kết thúc theo dõi)" in progress and "⏹1 đã kết thúc theo dõi" in progress
    assert DOSSIER not in texts(await player.send(ADMIN, "/quahan tinh"), ADMIN)[0]

    # across a restart; then no overdue reminder (27/4) and no line in the digest (26/4),
    # while the 20/5 task is still reminded
    await player.line("! restart")
    for day in ("2021-04-26", "2021-04-27", "2021-05-13"):
        await player.line(f"@ {day} 09:00")
    assert not sent_to(player, 1001, "2021-04-23", DOSSIER)
    digests = sent_to(player, ADMIN, "2021-04-23", "Tổng hợp Tuyên Quang")
    assert digests and not [c for c in digests if DOSSIER in c["text"]]
    # Monday 3/5 (a day in lieu) is Friday 30/4's, also a day off: Monday's overdue is none;
    # 7 working days before 20/5 is 11/5, on its day as the clock moves (ux34 #6)
    assert [c["at"][:10] for c in sent_to(player, 1001, "2021-04-23", PHULUC)] == ["2021-05-11"]

    # reopened: late again, and the reopening is a version of its own
    out = texts(await player.send(ADMIN, f"/molai {DOSSIER}"), ADMIN)
    assert out[0].startswith(f"Mở lại theo dõi nhiệm vụ {DOSSIER}")
    assert letters(player).ended() == {DOSSIER: date(2021, 4, 22)}  # nothing before the press
    out = texts(await player.send(ADMIN, "[▶️ Mở lại theo dõi]"), ADMIN)
    assert out[0].startswith(f"▶️ Đã mở lại theo dõi nhiệm vụ {DOSSIER}: phiên bản 2.")
    assert letters(player).ended() == {}
    assert DOSSIER in texts(await player.send(1001, "/quahan"), 1001)[0]

    # "Hoàn tác" of the reopening: ended again, as the version before
    out = texts(await player.send(ADMIN, "[↩️ Hoàn tác]"), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác: dùng lại các công văn của phiên bản 1")
    assert letters(player).ended() == {DOSSIER: date(2021, 4, 22)}
    assert DOSSIER not in texts(await player.send(1001, "/quahan"), 1001)[0]

    # the history and a rollback, in chat
    out = await player.send(ADMIN, "/congvan lichsu")
    history = texts(out, ADMIN)[0]
    assert f"1 · 22/4/2021 09:00 · kết thúc theo dõi {DOSSIER}" in history
    assert f"2 · 13/5/2021 09:00 · mở lại theo dõi {DOSSIER}" in history
    assert "3 · 13/5/2021 09:00 · quay lại phiên bản 1" in history and "← đang dùng" in history
    await player.send(ADMIN, "[↩️ Quay lại 0]")
    assert letters(player).in_force_number() == 3  # shown, not yet done
    out = texts(await player.send(ADMIN, "[↩️ Quay lại phiên bản 0]"), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác: dùng lại các công văn của phiên bản 0")
    assert letters(player).in_force_number() == 4 and letters(player).ended() == {}
    assert [v.action for v in letters(player).history()] == [
        "end",
        "reopen",
        "rollback",
        "rollback",
    ]


async def test_ending_is_the_coordinators_and_bad_input_changes_nothing(player):
    await register(player, 1001, "Sở Y tế", "An")
    out = texts(await player.send(1001, f"/ketthuc {DOSSIER}"), 1001)
    assert out == ["Chỉ quản trị viên kết thúc hay mở lại việc theo dõi nhiệm vụ."]
    out = texts(await player.send(ADMIN, "/ketthuc"), ADMIN)
    assert out[0].startswith("Cách dùng: /ketthuc <mã nhiệm vụ | số công văn>")
    out = texts(await player.send(ADMIN, "/ketthuc tq-2030-01-01"), ADMIN)
    assert out == [
        "Không thấy nhiệm vụ hay công văn “tq-2030-01-01” đang theo dõi. Xem danh sách: "
        "/congvan. Không có gì thay đổi."
    ]
    out = texts(await player.send(ADMIN, "/molai 20/5"), ADMIN)
    assert "Tất cả đang được theo dõi: không có gì để làm." in out[0]
    # a task named by its date; a second press after the end (a minute on) changes nothing
    await player.send(ADMIN, "/ketthuc han 20/5")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    assert letters(player).ended() == {PHULUC: date(2021, 4, 13)}
    await later(player, 1)
    out = texts(await player.send(ADMIN, "[⏹ Kết thúc theo dõi]"), ADMIN)
    assert out == [f"nhiệm vụ {PHULUC} đã kết thúc theo dõi từ trước. Không có gì thay đổi."]
    assert len(letters(player).history()) == 1
    # the reminders of the ended task stop: none before 20/5, none after
    for day in ("2021-05-13", "2021-05-17", "2021-05-19", "2021-05-20", "2021-05-27"):
        await player.line(f"@ {day} 09:00")
    reminded = [
        c
        for c in player.emulator.calls
        if c["method"] == "sendMessage" and c["chat_id"] == 1001 and PHULUC in (c["text"] or "")
    ]
    # told once that it ended (on the press, 13/4), never reminded of it after
    assert [c["at"][:10] for c in reminded] == ["2021-04-13"]
    assert "Kết thúc theo dõi — Sở Y tế" in reminded[0]["text"]


async def test_loose_names_are_shown_before_the_press_and_a_row_is_not_a_task(player):
    out = texts(await player.send(ADMIN, "/ketthuc bieu 02"), ADMIN)
    assert out[0].startswith(f"Kết thúc theo dõi nhiệm vụ {DOSSIER}")
    out = texts(await player.send(ADMIN, "/ketthuc 406-14"), ADMIN)
    assert out[0].startswith("406-14 là một mục của bảng phân công, không phải nhiệm vụ")
    assert letters(player).history() == []


LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.docx"
MONTHLY = "tq-2021-09-25"


async def test_a_published_letters_recurring_task_ends_after_its_last_occurrence(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    await player.send(ADMIN, "[✅ Công bố]")
    await player.line("@ 2021-10-27 09:00")  # the reports due 25/9 and 25/10 are late
    assert f"{MONTHLY} tháng 9/2021" in texts(await player.send(1002, "/quahan"), 1002)[0]

    # one period named ends that period alone (ux21 #5: "/ketthuc bc quy 4" ended every quarter)
    out = texts(await player.send(ADMIN, f"/ketthuc {MONTHLY} tháng 9/2021"), ADMIN)
    assert out[0].startswith(f"Kết thúc theo dõi nhiệm vụ {MONTHLY} tháng 9/2021 (")
    assert "kỳ sau" not in out[0]
    out = await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    # the unit that had not sent it is told, as of a letter; the coordinator says so
    [told] = texts(out, 1002)
    assert told.startswith("⏹ Kết thúc theo dõi — UBND huyện Hàm Yên")
    assert f"{MONTHLY} tháng 9/2021" in told and "các kỳ sau vẫn theo dõi (kỳ tới hạn" in told
    assert "📣 Đã báo 1 cán bộ của 1 đơn vị liên quan." in texts(out, ADMIN)[0]
    one = f"{MONTHLY}@2021-09-25"
    assert letters(player).ended() == {one: date(2021, 10, 27)}
    late = texts(await player.send(1002, "/quahan"), 1002)[0]
    assert f"{MONTHLY} tháng 9/2021" not in late and f"{MONTHLY} tháng 10/2021" in late
    history = texts(await player.send(ADMIN, "/congvan lichsu"), ADMIN)[0]
    assert f"kết thúc theo dõi {MONTHLY} tháng 9/2021 · 1 công văn, 1 kỳ đã kết thúc" in history

    out = await player.send(ADMIN, "/congvan")
    rows = next(c["buttons"] for c in out if c["buttons"])
    assert ["⏹ Kết thúc 3", "🗑 Thu hồi 3"] in rows
    assert ["⏹ tq-2021-08-20", f"⏹ {MONTHLY}"] in rows
    # the whole recurring task: said plainly that the later periods stop, before the press
    plan = texts(await player.send(ADMIN, f"[⏹ {MONTHLY}]"), ADMIN)[0]
    assert "kết thúc cả nhiệm vụ thì không theo dõi, không nhắc các kỳ sau nữa (" in plan
    assert f"Chỉ kết thúc một kỳ: /ketthuc {MONTHLY} tháng 10/2021." in plan
    out = texts(await player.send(ADMIN, "[⏹ Kết thúc theo dõi]"), ADMIN)
    assert out[0].startswith(f"⏹ Đã kết thúc theo dõi nhiệm vụ {MONTHLY} từ 27/10/2021")
    assert letters(player).ended() == {MONTHLY: date(2021, 10, 27), one: date(2021, 10, 27)}
    assert letters(player).in_force_number() == 3  # the letter is still in force (2 ends)

    # no month after the end is owed; the last one before it is the final tally
    late = texts(await player.send(1002, "/quahan"), 1002)[0]
    assert MONTHLY not in late
    mine = texts(await player.send(1002, "/nopbai"), 1002)[0]
    assert f"{MONTHLY} tháng 10/2021" in mine and "không nộp (đã kết thúc theo dõi)" in mine
    assert f"{MONTHLY} tháng 11/2021" not in mine
    out = texts(await player.send(ADMIN, "/congvan"), ADMIN)[0]
    assert f"{MONTHLY} " in out and "đã kết thúc theo dõi 27/10/2021" in out


def callback_of(player, chat: int, label: str) -> str:
    """The callback data of the button labelled `label` in the chat's latest message having it."""
    for message in reversed(player.emulator.messages[chat]):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for key in row:
                if key["text"] == label:
                    return key["callback_data"]
    raise AssertionError(f"no button {label!r}")


async def test_a_withdrawal_is_confirmed_and_a_press_on_an_older_list_does_nothing(player):
    """ux22 #6: "🗑 Thu hồi" withdrew a letter with one press, from a list of an older version,
    and told every officer. Now it shows what it would do, as an end does; the confirmation
    withdraws it (a version with "Hoàn tác"); a press on an older list is refused, the list shown
    again, nothing written and nobody told."""
    await player.line("@ 2021-08-02 08:00")
    await register(player, 1002, "UBND huyện Hàm Yên", "Bình")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    await player.send(ADMIN, "[✅ Công bố]")
    await player.send(ADMIN, "/congvan")
    older = callback_of(player, ADMIN, "🗑 Thu hồi 3")  # shown under version 1
    await player.send(ADMIN, f"/ketthuc {DOSSIER}")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    assert letters(player).in_force_number() == 2
    told_before = len(sent_to(player, 1002, "2021", "hủy công bố"))

    out = texts(await player.forged(ADMIN, older), ADMIN)
    assert out[0].startswith(
        "Danh sách bạn bấm là của phiên bản 1; các công văn nay ở phiên bản 2. Không có gì thay "
        "đổi. Danh sách mới:\nCông văn đang theo dõi (phiên bản 2)"
    ), out
    assert [v.action for v in letters(player).history()] == ["publish", "end"]
    assert MONTHLY in {t.id for t in player.app.bot_data["services"].province.tasks}

    # the list as it is now: the press shows the withdrawal first, nothing written yet
    await player.send(ADMIN, "/congvan")
    out = texts(await player.send(ADMIN, "[🗑 Thu hồi 3]"), ADMIN)
    assert out[0].startswith("Thu hồi Công văn số 512/STTTT-CNTT") and MONTHLY in out[0], out
    assert out[0].endswith("Bấm để xác nhận.")
    assert len(letters(player).history()) == 2
    assert len(sent_to(player, 1002, "2021", "hủy công bố")) == told_before

    out = await player.send(ADMIN, "[🗑 Thu hồi công văn]")
    assert texts(out, ADMIN)[0].startswith("🗑 Đã thu hồi Công văn số 512/STTTT-CNTT")
    assert [v.action for v in letters(player).history()] == ["publish", "end", "withdraw"]
    assert MONTHLY not in {t.id for t in player.app.bot_data["services"].province.tasks}
    assert texts(out, 1002)[0].startswith("↩️ Công văn đã được hủy công bố")
    assert callback_of(player, ADMIN, "↩️ Hoàn tác")  # undo offered
