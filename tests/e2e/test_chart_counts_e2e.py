"""f18b item 2 through the real Application: on a scripted day (2/6/2021, then 1/10/2021, past
the sectors' 30/9) the picture's caption, /quahan tinh, /tiendo tinh and the coordinator's digest
give the same late counts, the lead rows and tasks and, apart, the coordinating rows; a district
that only coordinates 406-11 is counted apart and never late (item 1)."""

from __future__ import annotations

import re

from knowledge.deliverables.digest import Cadence
from knowledge.render.charts import chart_data, totals
from knowledge.rules.standing import marks_of
from tests.botkit import ADMIN, register, sketched_charts, texts

FINANCE, DISTRICT = 1002, 2002


def number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in {text!r}"
    return int(found.group(1))


async def _same_counts(player, day: str) -> tuple[int, int]:
    # the day's digest, the last the clock line ran (each working day's on its day, ux34 #6)
    digest = [t for t in texts(await player.line(f"@ {day} 09:00"), ADMIN) if "Tổng hợp" in t]
    digest = digest[-1:]
    late = "\n".join(texts(await player.send(ADMIN, "/quahan tinh"), ADMIN))
    whole = texts(await player.send(ADMIN, "/tiendo tinh"), ADMIN)[0]
    photo = [
        c
        for c in await player.send(ADMIN, "[📊 Xem biểu đồ]")
        if c["method"] == "sendPhoto" and c["error"] is None
    ]
    assert photo and photo[0]["file"]
    caption = photo[0]["text"]
    lead, coordinating = number(r"(\d+) mục quá hạn ở", late), number(r"phối hợp: (\d+) mục", late)
    # the digest heads with /quahan tinh's count in its words (ux30 #7), the missing dossiers
    # and the late rows said apart (ux20 #11): both dossiers are past their dates on these days
    assert digest and number(r"(\d+) mục quá hạn", digest[0]) == lead
    documents = number(r"\((\d+) lượt hồ sơ chưa nộp quá hạn", digest[0])
    assert documents + number(r"(\d+) mục ở danh sách Quá hạn", digest[0]) == lead
    assert number(r"phối hợp: (\d+) mục", digest[0]) == coordinating
    assert number(r"Toàn tỉnh: [^\n]*?❗(\d+) quá hạn", caption) == lead
    assert number(r"mục phối hợp \(đếm riêng\): [^\n]*?❗(\d+) quá hạn", caption) == coordinating
    total_line = next(line for line in whole.splitlines() if line.startswith("Toàn tỉnh"))
    apart_line = next(line for line in whole.splitlines() if line.startswith("Mục phối hợp"))
    assert total_line.removeprefix("Toàn tỉnh: ") in caption
    assert apart_line.removeprefix("Mục phối hợp (đếm riêng): ") in caption
    # what the desk's bars add up to is the same pair
    svc = player.app.bot_data["services"]
    bars = chart_data(
        svc.assistant.catalogue, svc.province, marks_of(svc.repo.current_all()), svc.clock.today()
    )
    counted, apart = totals(bars)
    assert (counted.late, apart.late) == (lead, coordinating)
    assert "UBND huyện Lâm Bình" not in late  # it coordinates 406-11 only: never late
    return lead, coordinating


async def test_the_chart_counts_as_quahan_tinh_and_the_digest(player, monkeypatch):
    # what the picture counts is its caption and `chart_data`, not its pixels: drawn by
    # tests/e2e/test_bot_reports.py and tests/usecases/test_progress.py
    sketched_charts(monkeypatch)
    await register(player, FINANCE, "Sở Tài chính", "Trần Thị Bình")
    await register(player, DISTRICT, "lam binh", "Ma Văn Tùng")
    await player.line("@ 2021-05-20 09:00")
    for user, line in (
        (FINANCE, "/capnhat 406-18 xong"),  # a row it coordinates
        (FINANCE, "/capnhat 406-39 đang làm"),
        (DISTRICT, "/capnhat 406-11 đang làm"),
    ):
        assert texts(await player.send(user, line), user)[0].startswith("✅ Đã ghi")
    marks = player.app.bot_data["services"].statuses().marks
    assert marks[("406-18", "Sở Tài chính")].status == "hoan_thanh"
    assert marks[("406-11", "UBND huyện Lâm Bình")].status == "dang_thuc_hien"
    player.config.digest = Cadence(weekdays=(0, 1, 2, 3, 4))
    june = await _same_counts(player, "2021-06-02")
    october = await _same_counts(player, "2021-10-01")
    assert october[0] > june[0] and october[1] > june[1]
