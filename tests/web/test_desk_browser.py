"""The desk in headless Chromium at a phone's width: the coordinator's matrices show a unit that
sent and one that did not, with the chat's very figures; an officer changes two statuses, undoes
one, and the chat agrees; forged or stale initData is refused. A screenshot of each view is
written under the test's temporary folder (screens/).
"""

from __future__ import annotations

import re
import zipfile

from knowledge.rules.statuses import WINDOW_MINUTES
from tests.botkit import ADMIN, texts

SETUP = [
    "@ 2021-04-13 08:00",
    "1001 Nguyễn Văn An > /dangky Sở Xây dựng",
    f"{ADMIN} > /duyet 1001",
    "1002 Trần Thị Bình > /dangky Sở Y tế",
    f"{ADMIN} > /duyet 1002",
    "@ 2021-04-19 09:00",
    "1002 > /capnhat tq-2021-04-20 đã nộp",
    "1001 > /capnhat 406-14 dang lam",
    "@ 2021-04-22 09:00",
    # the coordinator writes a row for Sở Tài chính, one of its three units: "ghi thay"
    f"{ADMIN} > /capnhat 406-11/Tài chính Sở Tài chính dang kiem thu theo công văn",
]


def shoot(page, tmp_path, name: str) -> None:
    folder = tmp_path / "screens"
    folder.mkdir(exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def chat_lines(live, line: str) -> list[str]:
    return "\n".join(texts(live.say(line))).splitlines()


def test_coordinator_sees_who_sent_and_the_chats_figures(live, page, tmp_path):
    live.say(*SETUP)
    desk = live.serve()
    page.goto(desk.link(ADMIN, "Điều phối viên"))

    # units × deliverables: Sở Y tế sent the 20/4 dossier, Sở Xây dựng did not
    table = page.locator("#handins-table")
    table.wait_for()
    sent = table.locator('tr[data-unit="Sở Y tế"] td[data-state]').first
    missing = table.locator('tr[data-unit="Sở Xây dựng"] td[data-state]').first
    assert sent.get_attribute("data-state") == "sent"
    assert "đã nộp 19/4/2021" in sent.inner_text()
    assert missing.get_attribute("data-state") == "overdue"
    assert "quá hạn 2 ngày" in missing.inner_text()
    # each task's counts are /nopbai tinh's
    nopbai = chat_lines(live, f"{ADMIN} > /nopbai tinh")
    counts = page.locator(".counts .count").all_inner_texts()
    assert counts and all(c in nopbai for c in counts), (counts, nopbai)
    shoot(page, tmp_path, "handins")

    # the reminder's preview is the chat's, and sending it reaches the missing unit's officer
    chat_preview = texts(live.say(f"{ADMIN} > [Nhắc các đơn vị chưa nộp]"))[-1]
    page.click("#nudge-preview")
    assert page.locator("#nudge-text").inner_text() == chat_preview
    before = len(live.player.emulator.calls)
    page.click("#nudge-send")
    page.locator("#nudge-text", has_text="Đã nhắc").wait_for()
    reminded = [c for c in live.player.emulator.calls[before:] if c["method"] == "sendMessage"]
    assert [c["chat_id"] for c in reminded] == [1001]
    assert "Nhắc nộp hồ sơ — Sở Xây dựng" in reminded[0]["text"]

    # units × rows: every agency's figure and the province's are /tiendo tinh's
    page.click("#tab-matrix")
    page.locator("#matrix").wait_for()
    tiendo = chat_lines(live, f"{ADMIN} > /tiendo tinh")
    rows = page.locator("#matrix tbody tr")
    assert rows.count() == len([line for line in tiendo if line.startswith("• ")])
    for i in range(rows.count()):
        row = rows.nth(i)
        unit, figure = row.get_attribute("data-unit"), row.locator(".tally").inner_text()
        assert f"• {unit}: {figure}" in tiendo
    total = page.locator("#province-tally").inner_text()
    assert total in tiendo
    behalf = page.locator('tr[data-unit="Sở Tài chính"] td[data-key="406-11/Tài chính"]')
    assert "(ghi thay)" in behalf.get_attribute("aria-label")
    shoot(page, tmp_path, "matrix")
    page.select_option("#f-state", "late")
    states = set(
        page.locator("#matrix td[data-state]").evaluate_all(
            "cells => cells.map(c => c.dataset.state)"
        )
    )
    assert states == {"late"}
    page.select_option("#f-state", "")
    page.select_option("#f-agency", "Sở Xây dựng")
    assert page.locator("#matrix tbody tr").count() == 1

    # a unit's page: its history, as /lichsu keeps it
    page.select_option("#f-agency", "")
    page.click('#matrix tr[data-unit="Sở Y tế"] button')
    page.locator("#unit-title", has_text="Sở Y tế").wait_for()
    assert "tq-2021-04-20" in page.locator(".history").inner_text()
    assert page.locator("#unit-tally").inner_text() in chat_lines(live, "1002 > /tiendo")[0]
    shoot(page, tmp_path, "unit")

    # the chart over time ends on today's figure
    page.click("#tab-chart")
    page.locator("svg.trend").wait_for()
    assert total.removeprefix("Toàn tỉnh: ") in page.locator("#trend figcaption").inner_text()
    # the bars add up to /tiendo tinh's two lines, the coordinating rows apart (f18b item 2)
    apart = next(line for line in tiendo if line.startswith("Mục phối hợp"))
    drawn = page.locator("#chart-total").inner_text()
    assert drawn.startswith(total) and apart in drawn
    assert (
        apart.removeprefix("Mục phối hợp (đếm riêng): ")
        in page.locator("#trend figcaption").inner_text()
    )
    shoot(page, tmp_path, "chart")

    # downloads: the workbook /nopbai tinh sends
    page.click("#tab-files")
    with page.expect_download() as download:
        page.click('button[data-file="nopbai"]')
    path = download.value.path()
    assert zipfile.is_zipfile(path) and download.value.suggested_filename.endswith(".xlsx")
    shoot(page, tmp_path, "files")


def status_of(lines: list[str], key: str) -> str:
    line = next(line for line in lines if line.startswith(f"• {key} ") or f" {key} " in line)
    return line


def test_officer_changes_two_statuses_undoes_one_and_the_chat_agrees(live, page, tmp_path):
    live.say(*SETUP[:3], "@ 2021-04-22 09:00")
    desk = live.serve()
    page.goto(desk.link(1001, "Nguyễn Văn An"))
    page.locator("#mine-list").wait_for()
    assert page.locator("#mine-tally").inner_text() in chat_lines(live, "1001 > /tiendo")[0]
    # the undo window as the chat says it (knowledge.rules.statuses.WINDOW_MINUTES)
    assert f"hoàn tác trong {WINDOW_MINUTES} phút" in page.locator(".summary").inner_text()
    shoot(page, tmp_path, "mine")

    page.select_option('select[data-key="406-14"]', "hoan_thanh")
    page.fill('input[data-key="406-14"]', "đã tích hợp lên Cổng")
    page.select_option('select[data-key="tq-2021-04-20"]', "vuong_mac")
    # a status that needs a note, without one: refused on the page, nothing written
    page.click("#review")
    page.locator("#notice", has_text="cần ghi chú về vướng mắc").wait_for()
    page.fill('input[data-key="tq-2021-04-20"]', "chờ số liệu của phòng")
    page.click("#review")
    page.locator("#confirm").wait_for()
    shoot(page, tmp_path, "confirm")
    assert live.services.repo.history() == []  # nothing before the confirmation
    page.click("#confirm-write")
    page.locator("#results").wait_for()
    history = live.services.repo.history()
    assert [(c.key, c.new, c.note, c.by) for c in history] == [
        ("406-14", "hoan_thanh", "đã tích hợp lên Cổng", 1001),
        ("tq-2021-04-20", "vuong_mac", "chờ số liệu của phòng", 1001),
    ]
    shoot(page, tmp_path, "written")

    page.click(f'#results button[data-change="{history[1].id}"]')
    page.locator("#notice", has_text="Đã hoàn tác").wait_for()
    history = live.services.repo.history()
    assert [(c.key, c.old, c.new) for c in history][-1] == (
        "tq-2021-04-20",
        "vuong_mac",
        "chua_bat_dau",
    )
    # the chat agrees: /tiendo and /lichsu read the same history
    tiendo = chat_lines(live, "1001 > /tiendo")
    assert "✅ Hoàn thành" in status_of(tiendo, "406-14")
    assert "⚪ Chưa bắt đầu" in status_of(tiendo, "tq-2021-04-20")
    assert page.locator("#mine-tally").inner_text() in tiendo[0]
    lichsu = "\n".join(chat_lines(live, "1001 > /lichsu 406-14"))
    assert "Đang thực hiện" not in lichsu and "→ Hoàn thành (Nguyễn Văn An)" in lichsu
    card = page.locator('li[data-key="406-14"]')
    assert "Hoàn thành" in card.locator(".status").inner_text()
    shoot(page, tmp_path, "undone")


def test_forged_or_stale_init_data_is_refused_on_the_page(live, page, tmp_path):
    live.say(*SETUP[:3])
    desk = live.serve()
    good = desk.link(1001)
    forged = re.sub(r"hash%3D[0-9a-f]{6}", "hash%3D000000", good)
    page.goto(forged)
    page.locator("#notice", has_text="Không xác nhận được người dùng Telegram").wait_for()
    assert page.locator("#tabs button").count() == 0
    shoot(page, tmp_path, "forged")
    # signed two days before the bot's clock: too old
    live.say("@ 2021-04-15 08:00")
    page.goto("about:blank")
    page.goto(good)
    page.locator("#notice", has_text="đã hết hạn").wait_for()
    # someone Telegram vouches for, who is not an officer: told where they stand
    live.say("1005 > /dangky Sở Y tế")
    page.goto("about:blank")
    page.goto(desk.link(1005))
    page.locator("#notice", has_text="đang chờ duyệt").wait_for()


def test_coordinator_writes_for_one_unit_of_a_shared_row_on_its_page(live, page, tmp_path):
    """A row several units own (406-22: Sở Giao thông vận tải and Sở Y tế lead, Công an tỉnh
    coordinates) could not be written "ghi thay" on the desk: there was no unit to name. On a
    unit's page the coordinator writes for that unit, as `/capnhat 406-22 Sở Y tế …` does."""
    live.say(*SETUP[:5], "@ 2021-04-22 09:00")
    desk = live.serve()
    page.goto(desk.link(ADMIN, "Trần Điều Phối"))
    page.click("#tab-matrix")
    page.locator("#matrix").wait_for()
    page.click('#matrix tr[data-unit="Sở Y tế"] button')
    page.locator("#unit-title", has_text="Sở Y tế").wait_for()
    # a status that needs a note, without one: refused on the page, nothing written
    page.select_option('select[data-behalf="406-22"]', "vuong_mac")
    page.click('button[data-behalf-write="406-22"]')
    page.locator("#notice", has_text="cần ghi chú về vướng mắc").wait_for()
    assert live.services.repo.history() == []
    page.fill('input[data-behalf-note="406-22"]', "chờ kết nối CSDL dân cư")
    page.click('button[data-behalf-write="406-22"]')
    # reviewed before it is written, as an officer's batch is: the unit, the item, old → new
    review = page.locator("#confirm")
    assert review.locator("h2").inner_text() == "Ghi thay Sở Y tế 1 thay đổi?"
    shown = review.inner_text()
    assert "406-22" in shown
    assert "Sở Y tế: ⚪ Chưa bắt đầu → Vướng mắc — “chờ kết nối CSDL dân cư”" in shown, shown
    shoot(page, tmp_path, "behalf-review")
    assert live.services.repo.history() == []  # nothing before the confirmation
    page.click("#confirm-back")  # back: nothing written
    page.locator("#unit-title", has_text="Sở Y tế").wait_for()
    assert live.services.repo.history() == []
    page.select_option('select[data-behalf="406-22"]', "vuong_mac")
    page.fill('input[data-behalf-note="406-22"]', "chờ kết nối CSDL dân cư")
    page.click('button[data-behalf-write="406-22"]')
    page.click("#confirm-write")
    page.locator("#results", has_text="ghi thay").wait_for()
    shoot(page, tmp_path, "behalf")
    [change] = live.services.repo.history()
    assert (change.key, change.agency, change.new, change.note, change.by) == (
        "406-22",
        "Sở Y tế",
        "vuong_mac",
        "chờ kết nối CSDL dân cư",
        ADMIN,
    )
    assert change.behalf  # signed "ghi thay", as the chat signs it
    # only Sở Y tế's status: the row's other units keep theirs
    assert live.services.repo.current("406-22", "Sở Giao thông vận tải") is None
    lichsu = "\n".join(chat_lines(live, f"{ADMIN} > /lichsu 406-22"))
    assert "Sở Y tế: Chưa bắt đầu → Vướng mắc (do Trần Điều Phối ghi thay)" in lichsu, lichsu
    # the unit's officer sees it as theirs
    assert "🟠 Vướng mắc" in status_of(chat_lines(live, "1002 > /tiendo"), "406-22")
    # the recorder by name in the page's history, as /lichsu names them (not a bare id)
    recorded = page.locator(".history tbody tr").first.locator("td").nth(3).inner_text()
    assert recorded.startswith("Trần Điều Phối"), recorded
    # and it is undone like any write
    page.click(f'#results button[data-change="{change.id}"]')
    page.locator("#notice", has_text="Đã hoàn tác").wait_for()
    assert live.services.repo.current("406-22", "Sở Y tế").new == "chua_bat_dau"
