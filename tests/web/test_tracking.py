"""The coordinator ends and reopens a task's tracking on the web desk, through the chat's use
cases: the letters listed with their tasks, a plan shown before anything is written (the chat's
tallies), the end confirmed, quoted back with "Hoàn tác" for 10 minutes, refused for anyone but
an admin. At the HTTP level and in headless Chromium; the database is read after every write, and
the chat agrees with the page.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from tests.botkit import ADMIN, texts
from tests.web.test_api import call, text

DOSSIER = "tq-2021-04-20"
SETUP = [
    "@ 2021-04-13 08:00",
    "1001 Nguyễn Văn An > /dangky Sở Xây dựng",
    f"{ADMIN} > /duyet 1001",
    "1002 Trần Thị Bình > /dangky Sở Y tế",
    f"{ADMIN} > /duyet 1002",
    "@ 2021-04-19 09:00",
    f"1002 > /capnhat {DOSSIER} đã nộp",
    "@ 2021-04-22 09:00",  # the dossier is two days late for the units that did not send it
]


def letters(live):
    return live.services.letters


def test_only_an_admin_ends_and_the_plan_writes_nothing(live):
    live.say(*SETUP)
    desk = live.serve()
    status, body = call(desk, "api/tracking", ADMIN)
    assert status == 200
    by_task = {t["id"]: t for letter in body["letters"] for t in letter["tasks"]}
    assert by_task[DOSSIER]["ended"] is None and "tq-2021-05-20" in by_task
    seeds = [letter for letter in body["letters"] if DOSSIER in str(letter["tasks"])]
    assert seeds[0]["seed"] is True

    # an officer: refused everything, and nothing written
    assert call(desk, "api/tracking", 1001)[0] == 403
    status, body = call(desk, "api/tracking/plan?target=" + DOSSIER, 1001)
    assert status == 403 and "Chỉ quản trị viên" in text(body)
    status, body = call(desk, "api/tracking", 1001, {"target": DOSSIER})
    assert status == 403 and "Chỉ quản trị viên kết thúc" in text(body)
    assert letters(live).ended() == {} and letters(live).history() == []

    # the plan: the chat's tally of the task, and nothing written
    status, plan = call(desk, "api/tracking/plan?target=" + DOSSIER, ADMIN)
    assert status == 200 and plan["pending"] == [DOSSIER] and not plan["reopen"]
    [item] = plan["items"]
    units = live.services.province.task(DOSSIER).addressees
    assert item["counts"] == f"đã nộp 1/{len(units)}, {len(units) - 1} quá hạn"
    chat = "\n".join(texts(live.say(f"{ADMIN} > /ketthuc {DOSSIER}"), ADMIN))
    assert item["counts"] in chat and plan["effect"] in chat
    assert letters(live).history() == []
    status, body = call(desk, "api/tracking/plan?target=" + quote("không có"), ADMIN)
    assert status == 404 and "Không thấy nhiệm vụ hay công văn" in text(body)
    assert call(desk, "api/tracking", ADMIN, {"target": 7})[0] == 400
    assert call(desk, "api/tracking", ADMIN, {"target": DOSSIER, "reopen": "x"})[0] == 400


def test_end_undo_and_reopen_through_the_chats_use_cases(live):
    live.say(*SETUP)
    desk = live.serve()
    status, done = call(desk, "api/tracking", ADMIN, {"target": DOSSIER})
    assert status == 200, done
    assert done["text"].startswith(f"⏹ Đã kết thúc theo dõi nhiệm vụ {DOSSIER} từ 22/4/2021")
    units = live.services.province.task(DOSSIER).addressees
    assert done["items"][0]["counts"] == f"đã nộp 1/{len(units)}, {len(units) - 1} không nộp"
    assert done["undo"] == {"version": 1, "seconds": 600}
    # the database: a new version of the letters carries the end; every view reads it
    assert letters(live).ended() == {DOSSIER: date(2021, 4, 22)}
    [version] = letters(live).history()
    assert (version.number, version.action, version.by) == (1, "end", ADMIN)
    assert live.services.province.task(DOSSIER).ended == date(2021, 4, 22)
    late = "\n".join(texts(live.say(f"{ADMIN} > /quahan tinh"), ADMIN))
    assert DOSSIER not in late
    # again: nothing to end
    status, body = call(desk, "api/tracking", ADMIN, {"target": DOSSIER})
    assert status == 409 and "đã kết thúc theo dõi từ trước" in text(body)

    # "Hoàn tác": an officer may not; the admin does, within 10 minutes
    assert call(desk, "api/tracking/undo", 1001, {"version": 1})[0] == 403
    status, body = call(desk, "api/tracking/undo", ADMIN, {"version": 1})
    assert status == 200 and body["text"].startswith("↩️ Đã hoàn tác: dùng lại các công văn")
    assert letters(live).ended() == {}
    assert [v.action for v in letters(live).history()] == ["end", "rollback"]
    assert live.services.province.task(DOSSIER).ended is None
    status, body = call(desk, "api/tracking/undo", ADMIN, {"version": 1})  # not in force any more
    assert status == 409 and "Không có gì thay đổi" in text(body)

    # ended again, and reopened; its undo out of the window is refused
    assert call(desk, "api/tracking", ADMIN, {"target": DOSSIER})[0] == 200
    status, plan = call(desk, "api/tracking/plan?target=" + DOSSIER + "&reopen=1", ADMIN)
    assert plan["reopen"] and plan["pending"] == [DOSSIER]
    status, done = call(desk, "api/tracking", ADMIN, {"target": DOSSIER, "reopen": True})
    assert (
        status == 200 and done["text"] == f"▶️ Đã mở lại theo dõi nhiệm vụ {DOSSIER}: phiên bản 4."
    )
    assert letters(live).ended() == {}
    live.say("@ 2021-04-22 09:11")
    status, body = call(desk, "api/tracking/undo", ADMIN, {"version": 4})
    assert status == 409 and "Đã quá 10 phút" in text(body)
    assert [v.action for v in letters(live).history()] == ["end", "rollback", "end", "reopen"]


def test_the_coordinator_ends_a_task_on_the_page_and_undoes_it(live, page, tmp_path):
    live.say(*SETUP)
    desk = live.serve()
    # an officer has no such tab (a page of their own: the link differs only by its fragment)
    officer = page.context.new_page()
    officer.goto(desk.link(1001, "Nguyễn Văn An"))
    officer.locator("#tab-mine").wait_for()
    assert officer.locator("#tab-tracking").count() == 0
    officer.close()

    page.goto(desk.link(ADMIN, "Điều phối viên"))
    page.click("#tab-tracking")
    task = page.locator(f'#tracking li[data-task="{DOSSIER}"]')
    task.wait_for()
    assert task.get_attribute("data-ended") == "0"
    letter = page.locator(f'#tracking article:has(li[data-task="{DOSSIER}"])')
    letter.locator('button[data-reopen="0"]').click()
    # the plan, with the chat's tally, and nothing written before the confirmation
    page.locator("#tracking-confirm").wait_for()
    counts = page.locator("#tracking-confirm .count").inner_text()
    assert counts in "\n".join(texts(live.say(f"{ADMIN} > /ketthuc {DOSSIER}"), ADMIN))
    assert letters(live).ended() == {}
    folder = tmp_path / "screens"
    folder.mkdir(exist_ok=True)
    page.screenshot(path=str(folder / "tracking-confirm.png"), full_page=True)
    page.click("#tracking-confirm-write")

    result = page.locator("#tracking-result")
    result.wait_for()
    # the letter's button: its one task
    assert "Đã kết thúc theo dõi công văn khởi tạo" in result.inner_text()
    assert "không nộp" in result.locator(".count").inner_text()
    assert letters(live).ended() == {DOSSIER: date(2021, 4, 22)}
    ended = page.locator(f'#tracking li[data-task="{DOSSIER}"][data-ended="1"]')
    ended.wait_for()
    assert "đã kết thúc theo dõi 22/4/2021" in ended.inner_text()
    page.screenshot(path=str(folder / "tracking-ended.png"), full_page=True)
    # the other views read it at once: the matrix shows the state
    page.click("#tab-matrix")
    cell = page.locator(f'#matrix tr[data-unit="Sở Xây dựng"] td[data-key="{DOSSIER}"]')
    assert cell.get_attribute("data-state") == "ended"
    page.click("#tab-tracking")

    page.click("#tracking-undo")
    page.locator("#notice.ok", has_text="Đã hoàn tác").wait_for()
    page.locator(f'#tracking li[data-task="{DOSSIER}"][data-ended="0"]').wait_for()
    assert letters(live).ended() == {}
    assert [v.action for v in letters(live).history()] == ["end", "rollback"]
    assert page.locator("#tracking-result").count() == 0


def test_a_moves_undo_back_to_a_passed_date_is_asked_again_in_the_page(live):
    """The undo of /doihan back to a date already passed: the page asks once more, with the
    units that turn late at once, as the chat does (u26 #1), instead of sending the coordinator
    to the chat (u28); nothing written before the second press, which writes it."""
    live.say(*SETUP, f"{ADMIN} > /doihan {DOSSIER} hạn 30/4/2021", f"{ADMIN} > [🗓 Đổi hạn]")
    assert letters(live).moved()[DOSSIER].due == date(2021, 4, 30)
    desk = live.serve()
    status, asked = call(desk, "api/tracking/undo", ADMIN, {"version": 1})
    assert status == 200 and asked["asked"] is True and asked["version"] == 1
    assert asked["title"] == "Hạn trở lại đã qua — chưa hoàn tác"
    assert asked["lines"][:2] == [
        f"• {DOSSIER}: hạn 30/4/2021 → 20/4/2021",
        "⚠️ Hạn trở lại 20/4/2021 đã qua.",
    ]
    late = asked["lines"][2]  # Sở Y tế sent it: not among the units turning late
    assert late.startswith("18 đơn vị sẽ quá hạn ngay: Sở Xây dựng; Sở Tư pháp;")
    assert "Sở Y tế" not in late
    assert "không bấm thì hạn vẫn là 30/4/2021" in asked["question"]
    # nothing written yet
    assert letters(live).moved()[DOSSIER].due == date(2021, 4, 30)
    assert len(letters(live).history()) == 1
    # the chat asks the same, word for word (u31: one wording, knowledge/messages)
    chat = texts(live.say(f"{ADMIN} > [↩️ Hoàn tác]"), ADMIN)[0].splitlines()
    assert chat[0] == asked["title"], chat
    assert [line.strip() for line in chat[1:-1]] == asked["lines"], chat
    assert chat[-1] == asked["question"], chat
    assert len(letters(live).history()) == 1
    assert call(desk, "api/tracking/undo", ADMIN, {"version": 1, "past_ok": "x"})[0] == 400
    # the second press: the date before in force again, as the chat's "⚠️ Vẫn hoàn tác"
    status, done = call(desk, "api/tracking/undo", ADMIN, {"version": 1, "past_ok": True})
    assert status == 200 and done["text"].startswith("↩️ Đã hoàn tác"), done
    assert letters(live).moved() == {}
    assert [v.action for v in letters(live).history()] == ["move", "rollback"]


def test_the_page_asks_again_before_a_moves_undo_back_to_a_passed_date(live, page):
    """In headless Chromium: the /doihan move in force carries its "Hoàn tác"; pressed, the page
    asks again with the units that turn late at once (u28: it sent the coordinator to the
    chat); "Quay lại" writes nothing; "⚠️ Vẫn hoàn tác" puts the date before back."""
    live.say(*SETUP, f"{ADMIN} > /doihan {DOSSIER} hạn 30/4/2021", f"{ADMIN} > [🗓 Đổi hạn]")
    desk = live.serve()
    page.goto(desk.link(ADMIN, "Điều phối viên"))
    page.click("#tab-tracking")
    move = page.locator(f'#tracking li[data-task="{DOSSIER}"] button.move-undo')
    move.click()
    asked = page.locator("#tracking-undo-past")
    asked.wait_for()
    shown = asked.inner_text()
    assert "Hạn trở lại đã qua — chưa hoàn tác" in shown
    assert f"{DOSSIER}: hạn 30/4/2021 → 20/4/2021" in shown
    assert "18 đơn vị sẽ quá hạn ngay: Sở Xây dựng;" in shown
    assert letters(live).moved()[DOSSIER].due == date(2021, 4, 30)
    assert len(letters(live).history()) == 1
    page.click("#tracking-back")
    move.click()
    page.click("#tracking-undo-past-write")
    page.locator("#notice.ok", has_text="Đã hoàn tác").wait_for()
    assert letters(live).moved() == {}
    assert [v.action for v in letters(live).history()] == ["move", "rollback"]
    assert page.locator(f'#tracking li[data-task="{DOSSIER}"] button.move-undo').count() == 0


def test_an_end_undone_on_the_page_is_told_to_the_units_at_once(live):
    """u31: the page's "Hoàn tác" of "Kết thúc theo dõi" left the units' word to a later tick of
    the reminder log, and said nothing of who heard, while the chat's told them at once and
    said so (ux27 #8). One front for both (usecases/restored_told.py): the same word, at once,
    and the same report."""
    live.say(*SETUP)
    desk = live.serve()
    emulator = live.player.emulator

    def heard(start: int, words: str) -> list[dict]:
        return [
            c
            for c in emulator.calls[start:]
            if c["method"] == "sendMessage" and c["chat_id"] == 1001 and words in c["text"]
        ]

    start = len(emulator.calls)
    status, done = call(desk, "api/tracking", ADMIN, {"target": DOSSIER})
    assert status == 200 and done["told"] == ["📣 Đã báo 2 cán bộ của 2 đơn vị liên quan."], done
    assert len(heard(start, "Kết thúc theo dõi")) == 1, emulator.calls[start:]
    start = len(emulator.calls)
    status, body = call(desk, "api/tracking/undo", ADMIN, {"version": 1})
    assert status == 200 and body["text"].startswith("↩️ Đã hoàn tác"), body
    # the unit that had not sent the dossier hears at once that it is tracked again
    back = heard(start, "Theo dõi lại")
    assert len(back) == 1 and DOSSIER in back[0]["text"], emulator.calls[start:]
    assert back[0]["at"].startswith("2021-04-22T09:00"), back
    assert body["told"] == ["📣 Đã báo 2 cán bộ của 2 đơn vị liên quan."], body
    assert letters(live).ended() == {}
    # no second word at the next round of the reminder log
    live.say("@ 2021-04-22 09:30")
    assert len(heard(start, "Theo dõi lại")) == 1
    # the chat says the same of the same undo
    live.say(f"{ADMIN} > /ketthuc {DOSSIER}", f"{ADMIN} > [⏹ Kết thúc theo dõi]")
    chat = texts(live.say(f"{ADMIN} > [↩️ Hoàn tác]"), ADMIN)[0]
    assert all(line in chat for line in body["told"]), (chat, body["told"])
