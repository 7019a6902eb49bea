"""The desk in headless Chromium after a 2023 letter with a monthly report (tests/e2e/
letter_2023.py): each occurrence of the report is its own deliverable, named by its key as in the
chat, a "ghi thay" on one is marked, and an officer's page prints no stray text."""

from __future__ import annotations

from urllib.parse import quote

from knowledge.catalogue.occurrence_names import short_key
from tests.botkit import ADMIN, texts
from tests.e2e.letter_2023 import NAME, letter_docx
from tests.web.test_api import call
from tests.web.test_desk_browser import shoot

SEPTEMBER = "tq-2023-09-20@2023-09-20"
OCTOBER = "tq-2023-09-20@2023-10-20"


def setup(live) -> None:
    live.say("@ 2023-08-21 09:00")
    live.run(live.player.upload(ADMIN, NAME, letter_docx(), name="Trần Văn Điều"))
    live.say(
        f"{ADMIN} > [Sửa 3]",
        f"{ADMIN} > [Bỏ nhiệm vụ này]",
        f"{ADMIN} > [Đã kiểm tra, bỏ qua lỗi đọc]",
        f"{ADMIN} > [Công bố]",
        "1002 Lê Văn Nam > /dangky ubnd ham yen",
        "1006 Vi Thị Yên > /dangky ubnd yen son",
        f"{ADMIN} > /duyet 1002, 1006",
        "@ 2023-09-21 09:00",
        # Na Hang's report came on paper: the coordinator records it for the unit
        f"{ADMIN} > /capnhat {SEPTEMBER} ubnd na hang da nop",
        # October's month begun: its report listed beside September's (ux36 #2)
        "@ 2023-10-02 09:00",
    )
    change = live.services.repo.current(SEPTEMBER, "UBND huyện Na Hang")
    assert change.new == "hoan_thanh" and change.behalf


def test_each_occurrence_of_a_monthly_report_is_its_own_column_named_as_in_the_chat(
    live, page, tmp_path
):
    setup(live)
    desk = live.serve()
    page.goto(desk.link(ADMIN, "Điều phối viên"))
    page.locator("#handins-table").wait_for()
    tasks = page.locator(".counts li").evaluate_all("items => items.map(i => i.dataset.task)")
    assert SEPTEMBER in tasks and OCTOBER in tasks, tasks
    nopbai = "\n".join(texts(live.say(f"{ADMIN} > /nopbai tinh")))
    for key in (SEPTEMBER, OCTOBER):
        line = page.locator(f'.counts li[data-task="{key}"]').inner_text()
        # as the chat names it: the short key, the form, the month (f18b item 3)
        month = int(key[-5:-3])
        assert line.startswith(f"📌 {short_key(key)} Mẫu số 02"), line
        assert f"— tháng {month}/2023" in line and key not in line
        assert page.locator(f'.counts li[data-task="{key}"] .count').inner_text() in nopbai
    row = page.locator('#handins-table tr[data-unit="UBND huyện Na Hang"]')
    september = row.locator(f'td[data-task="{SEPTEMBER}"]')
    assert september.get_attribute("data-state") == "sent_late"
    assert september.locator(".badge.behalf").inner_text() == "ghi thay"
    assert "Mẫu số 02 hạn 20/9/2023: nộp muộn 21/9/2023" in september.get_attribute("aria-label")
    october = row.locator(f'td[data-task="{OCTOBER}"]')
    assert october.get_attribute("data-state") == "waiting"
    shoot(page, tmp_path, "handins-2023")
    # the "Mục" filter names each occurrence by its short key, never the raw one (ux21 #12)
    page.click("#tab-matrix")
    page.locator("#matrix").wait_for()
    options = page.locator("#f-item option").all_inner_texts()
    assert any(o.startswith(f"{short_key(SEPTEMBER)} · ") for o in options), options
    assert not [o for o in options if "@" in o], options
    # ending the monthly report whole says first that its later months stop too (ux21 #5)
    status, plan = call(desk, "api/tracking/plan?target=tq-2023-09-20", ADMIN)
    assert status == 200 and plan["later"], plan
    assert plan["later"][0].startswith("⚠️ tq-2023-09-20 là nhiệm vụ định kỳ: kết thúc cả")
    # one period: that period alone, named by its short key, nothing said of the later ones
    status, one = call(desk, "api/tracking/plan?target=" + quote(OCTOBER), ADMIN)
    assert status == 200 and one["pending"] == [OCTOBER] and not one["later"], one
    assert one["items"][0]["shown"] == short_key(OCTOBER)
    page.click("#tab-tracking")
    page.locator('#tracking button[data-target="tq-2023-09-20"]').click()
    page.locator("#tracking-confirm").wait_for()
    shown = page.locator("#tracking-confirm").inner_text()
    assert plan["later"][0] in shown and shown.index(plan["later"][0]) < shown.index("Kết thúc:")
    assert live.services.letters.ended() == {}  # nothing written before the press
    page.click("#tracking-back")
    page.click("#tab-handins")
    page.locator("#handins-table").wait_for()
    # the unit's page: its reports, the one recorded for it marked, no stray text
    row.locator("button").click()
    page.locator("#unit-title", has_text="UBND huyện Na Hang").wait_for()
    body = page.locator("#view").inner_text()
    assert "null" not in body and "undefined" not in body, body[:300]
    assert f"{short_key(SEPTEMBER)} Mẫu số 02" in body and "ghi thay" in body
    shoot(page, tmp_path, "unit-2023")


def test_an_officers_page_prints_no_stray_text(live, page, tmp_path):
    """ "nullHiện:": the officer's view (and a unit's page) handed an empty part (no recent
    writes) to the page as the text "null"."""
    setup(live)
    desk = live.serve()
    page.goto(desk.link(1006, "Vi Thị Yên"))
    page.locator("#mine-list").wait_for()
    body = page.locator("#view").inner_text()
    assert "null" not in body and "undefined" not in body
    assert body.startswith("Tiến độ UBND huyện Yên Sơn")
    # each occurrence by its short key and its month (f18b item 3)
    assert "tq-2023-09-20 tháng 9/2023" in body and "tq-2023-09-20 tháng 10/2023" in body
    assert "tháng 10/2023" in body and SEPTEMBER not in body
    shoot(page, tmp_path, "mine-2023")
