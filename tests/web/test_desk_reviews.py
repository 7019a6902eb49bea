"""The desk in headless Chromium at a phone's width, after the round-16 blind test: every write is
reviewed before it is made (a "ghi thay", writing an undone status back, a note alone), the
matrix names rows by their keys, shows a blocked row and lists a row under each month a date of
it falls in as the chat's "tháng 9" does, and the hand-in table says what a unit owes where its
name stays in sight. The database is read after every write; the chat agrees with the page.
"""

from __future__ import annotations

import re

from tests.botkit import ADMIN, texts
from tests.web.test_desk_browser import SETUP, chat_lines, shoot

BLOCKED = "chờ phần mềm quy hoạch của Bộ Xây dựng"


def test_a_note_alone_is_a_change_and_an_undone_status_is_written_back_only_on_review(
    live, page, tmp_path
):
    live.say(*SETUP[:3], "@ 2021-04-22 09:00")
    desk = live.serve()
    page.goto(desk.link(1001, "Nguyễn Văn An"))
    page.locator("#mine-list").wait_for()

    # a note alone, the status kept: a change, reviewed as "giữ nguyên", then appended
    page.fill('input[data-key="406-14"]', "đã họp với Bộ, chờ hướng dẫn")
    assert page.locator("#review").is_enabled()
    page.click("#review")
    line = page.locator("#confirm li").inner_text()
    assert "giữ nguyên ⚪ Chưa bắt đầu, ghi chú mới “đã họp với Bộ, chờ hướng dẫn”" in line, line
    assert live.services.repo.history() == []
    page.click("#confirm-write")
    page.locator("#results").wait_for()
    [noted] = live.services.repo.history()
    assert (noted.key, noted.new, noted.note) == (
        "406-14",
        "chua_bat_dau",
        "đã họp với Bộ, chờ hướng dẫn",
    )

    # a status, written and undone: the row's button then says what it does ("Ghi lại …")
    page.select_option('select[data-key="406-14"]', "hoan_thanh")
    page.click("#review")
    page.click("#confirm-write")
    page.locator("#results").wait_for()
    done = live.services.repo.current("406-14", "Sở Xây dựng")
    assert done.new == "hoan_thanh"
    page.click(f'#results button[data-change="{done.id}"]')
    page.locator("#notice", has_text="Đã hoàn tác").wait_for()
    undone = live.services.repo.current("406-14", "Sở Xây dựng")
    assert undone.new == "chua_bat_dau" and undone.undoes == done.id
    redo = page.locator('button[data-redo="406-14"]')
    assert redo.inner_text().startswith("Ghi lại Hoàn thành (")
    assert page.locator('li[data-key="406-14"] button', has_text="Hoàn tác").count() == 0
    shoot(page, tmp_path, "redo-offered")

    # pressed: a review first; "Quay lại" writes nothing
    redo.click()
    assert page.locator("#confirm h2").inner_text() == "Ghi lại “Hoàn thành”?"
    assert "406-14" in page.locator("#confirm").inner_text()
    assert "Chưa bắt đầu → Hoàn thành" in page.locator("#confirm").inner_text()
    shoot(page, tmp_path, "redo-review")
    page.click("#confirm-back")
    page.locator("#mine-list").wait_for()
    assert live.services.repo.current("406-14", "Sở Xây dựng").id == undone.id
    page.click('button[data-redo="406-14"]')
    page.click("#confirm-write")
    page.locator("#notice", has_text="Đã ghi lại").wait_for()
    again = live.services.repo.current("406-14", "Sở Xây dựng")
    # written back as a write of its own, as the chat's "↪️ Làm lại" does (no undo of the undo)
    assert again.new == "hoan_thanh" and again.undoes is None and again.id > undone.id
    lichsu = "\n".join(chat_lines(live, "1001 > /lichsu 406-14"))
    assert lichsu.endswith("Chưa bắt đầu → Hoàn thành (Nguyễn Văn An)"), lichsu


def test_the_matrix_uses_the_chats_months_keys_and_shows_a_blocked_row(live, page, tmp_path):
    live.say(*SETUP, f"1001 > /capnhat 406-15 vướng mắc {BLOCKED}")
    assert live.services.repo.current("406-15", "Sở Xây dựng").new == "vuong_mac"
    desk = live.serve()
    page.goto(desk.link(ADMIN, "Trần Điều Phối"))
    page.click("#tab-matrix")
    page.locator("#matrix").wait_for()

    # headers: the whole key, as the chat prints it and an officer types it back
    headers = page.locator("#matrix thead .vkey").all_inner_texts()
    assert "406-22" in headers and "406-11/Y tế" in headers, headers
    assert not any(re.fullmatch(r"\d+", h) for h in headers), headers

    # the status reported beside the state: Vướng mắc and Đang thực hiện, with their legend
    blocked = page.locator('tr[data-unit="Sở Xây dựng"] td[data-key="406-15"]')
    assert blocked.get_attribute("data-status") == "vuong_mac"
    assert blocked.inner_text().endswith("V") and BLOCKED not in blocked.inner_text()
    working = page.locator('tr[data-unit="Sở Xây dựng"] td[data-key="406-14"]')
    assert working.inner_text().endswith("Đ")
    legend = page.locator("#matrix-legend").inner_text()
    assert "V Vướng mắc" in legend and "Đ Đang thực hiện" in legend
    page.select_option("#f-status", "vuong_mac")
    cells = page.locator("#matrix td[data-state]")
    assert cells.count() == 1 and cells.first.get_attribute("data-key") == "406-15"
    shoot(page, tmp_path, "matrix-blocked")
    page.select_option("#f-status", "")

    # "Hạn tháng" lists a row under each month one of its dates falls in: the chat's "tháng 9"
    page.select_option("#f-month", "2021-09")
    desk_keys = set(
        page.locator("#matrix td[data-state]").evaluate_all(
            "cells => cells.map(c => c.dataset.key)"
        )
    )
    chat = "\n".join(texts(live.say(f"{ADMIN} > tháng 9/2021 có gì đến hạn"), ADMIN))
    assert "Đến hạn trong Tháng 9/2021" in chat, chat[:200]
    rows = live.services.assistant.catalogue.rows
    chat_keys = {k for k in rows if re.search(re.escape(k) + r"(?![\d/])", chat)}
    assert len(chat_keys) > 5 and "406-22" in desk_keys  # its province's 31/8, its national 30/9
    assert desk_keys & set(rows) == chat_keys, (desk_keys, chat_keys)
    shoot(page, tmp_path, "matrix-september")


def test_the_hand_in_table_says_what_a_unit_owes_and_that_it_scrolls(live, page, tmp_path):
    live.say(*SETUP)
    desk = live.serve()
    page.goto(desk.link(ADMIN, "Trần Điều Phối"))
    page.locator("#handins-table").wait_for()
    # the unit's column stays in sight and says what it still owes
    owed = page.locator('#handins-table tr[data-unit="Sở Xây dựng"] th .owed').inner_text()
    assert owed.startswith("chưa nộp: 1 quá hạn"), owed
    sent = page.locator('#handins-table tr[data-unit="Sở Y tế"] th .owed').inner_text()
    assert "quá hạn" not in sent, sent
    # at a phone's width the table is wider than the screen: a visible cue says so
    cue = page.locator("#handins-cue")
    cue.wait_for()
    assert "vuốt sang trái" in cue.inner_text()
    shoot(page, tmp_path, "handins-cue")

    # the reminder's preview names the missing units it cannot reach, as its reply does
    page.click("#nudge-preview")
    preview = page.locator("#nudge-text").inner_text()
    assert preview.startswith("Sẽ nhắc 1 đơn vị chưa nộp") and "Sở Xây dựng" in preview
    assert "chưa có cán bộ nhận nhắc" in preview
    page.click("#nudge-send")
    page.locator("#nudge-text", has_text="Đã nhắc").wait_for()
    # nobody left to remind: the chat's words and "Đóng", no stray "null"
    page.click("#nudge-preview")
    page.locator("#nudge-text", has_text="Không nhắc thêm").wait_for()
    nudge = page.locator("#nudge").inner_text()
    assert "null" not in nudge and page.locator("#nudge-send").count() == 0
    assert page.locator("#nudge-close").is_visible()
