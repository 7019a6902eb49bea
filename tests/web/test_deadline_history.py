"""The web desk shows each tracked task's deadline in force with its moves (old → new, by
/doihan or by the extension letter, when) and lists the extension letters with the task each
moved, in the chat's words (/lichsu, /congvan): through the use case, at the HTTP level and in
headless Chromium. Read-only: a move stays the chat's /doihan with its confirmation and undo.
"""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_deadline_moves import EXTENSION, FIRST, TASK
from tests.web.test_api import call, text
from usecases.deadline_history import DOIHAN

EXTENDED = f"{TASK}: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021"
MOVED = f"{TASK}: hạn 17 giờ 00 ngày 22/10/2021 → 25/10/2021"


def setup(live, tmp_path) -> None:
    first, extension = tmp_path / "cv815.txt", tmp_path / "cv860.txt"
    first.write_text(FIRST, encoding="utf-8")
    extension.write_text(EXTENSION, encoding="utf-8")
    live.say(
        "@ 2021-10-01 14:00",
        "1001 Nguyễn Văn An > /dangky Sở Y tế",
        f"{ADMIN} > /duyet 1001",
        f"{ADMIN} Điều phối < {first}",
        f"{ADMIN} > [Công bố]",
        "@ 2021-10-12 09:00",
        f"{ADMIN} Điều phối < {extension}",
        f"{ADMIN} > [Công bố]",
        "@ 2021-10-13 10:00",
        f"{ADMIN} > /doihan {TASK} 25/10/2021",
        f"{ADMIN} > [🗓 Đổi hạn]",
    )


def test_the_desk_shows_moves_and_extension_letters(live, tmp_path, page):
    setup(live, tmp_path)
    server = live.serve()
    status, body = call(server, "api/tracking", ADMIN)
    assert status == 200
    task = next(t for x in body["letters"] for t in x["tasks"] if t["id"] == TASK)
    assert task["deadline"] == "trước ngày 25/10/2021"
    assert [(m["how"], m["change"], m["when"]) for m in task["moves"]] == [
        ("công văn 860/STTTT-CNTT", EXTENDED, "12/10/2021 09:00"),
        (DOIHAN, MOVED, "13/10/2021 10:00"),
    ]
    chat = texts(live.say(f"{ADMIN} > /lichsu {TASK}"), ADMIN)[0]
    assert MOVED in chat and "công văn 860/STTTT-CNTT gia hạn" in chat  # the chat's story
    [extension] = body["extensions"]
    assert extension["moved"] == [{"task": TASK, "title": task["title"], "change": EXTENDED}]
    status, refused = call(server, "api/tracking", 1001)
    assert status == 403 and "Chỉ quản trị viên" in text(refused)

    page.goto(server.link(ADMIN, "Điều phối viên"))
    page.click("#tab-tracking")
    row = page.locator(f'#tracking li[data-task="{TASK}"]')
    row.wait_for()
    assert "hạn trước ngày 25/10/2021" in row.inner_text()
    moves = row.locator("ul.moves li")
    assert moves.count() == 2
    assert moves.nth(0).inner_text() == f"🗓 12/10/2021 09:00 — công văn 860/STTTT-CNTT: {EXTENDED}"
    # the /doihan move in force, made within 10 minutes, carries its "Hoàn tác" (u28)
    moved = moves.nth(1).inner_text()  # the countdown runs on the browser's own clock
    assert moved.startswith(f"🗓 13/10/2021 10:00 — /doihan: {MOVED} Hoàn tác (")
    assert moves.nth(0).locator("button.move-undo").count() == 0
    card = page.locator("#tracking article.extension")
    assert card.count() == 1
    assert "Công văn số 860/STTTT-CNTT" in card.locator("h3").inner_text()
    assert f"Gia hạn {TASK}" in card.inner_text() and EXTENDED in card.inner_text()
    # nothing written by looking
    assert [v.action for v in live.services.letters.history()] == ["publish", "publish", "move"]


def test_the_desk_lists_an_undone_move_as_the_chat_does(live):
    """ux29 #1: the move and its "Hoàn tác", in that order, the last with the date in force."""
    pl = "tq-2021-05-20"
    live.say(
        "@ 2021-05-15 10:00",
        f"{ADMIN} > /doihan {pl} 14/5/2021",
        f"{ADMIN} > [🗓 Đổi hạn]",
        f"{ADMIN} > [⚠️ Vẫn đổi hạn]",
        f"{ADMIN} > [↩️ Hoàn tác]",
    )
    status, body = call(live.serve(), "api/tracking", ADMIN)
    assert status == 200
    task = next(t for x in body["letters"] for t in x["tasks"] if t["id"] == pl)
    assert task["deadline"] == "trước ngày 20/5/2021"
    assert [(m["how"], m["change"]) for m in task["moves"]] == [
        (DOIHAN, f"{pl}: hạn 20/5/2021 → 14/5/2021"),
        ("↩️ hoàn tác", f"{pl}: bỏ hạn 14/5/2021, hạn trở lại 20/5/2021"),
    ]
    chat = texts(live.say(f"{ADMIN} > /lichsu {pl}"), ADMIN)[0]
    assert chat.rstrip().endswith(task["moves"][-1]["change"])  # the chat reads the same
