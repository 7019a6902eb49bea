"""One standing for a row in every view (ux28 #1, #3): asked in free text, in /tiendo and in
/quahan on the same day, a row and a unit's duties stand alike, by the one standing rule
(knowledge/rules/standing.py). Through the emulator with the real Application."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_report_periods_e2e import LETTER as MONTHLY

FINANCE = 1001
AGENCY = "Sở Tài chính"  # coordinates 406-22 (Đổi giấy phép lái xe), due nationally 30/9/2021
HEALTH = 1002
LEAD = "Sở Y tế"  # leads 406-22 with Sở Giao thông vận tải
LATE_SINCE_DECISION = "hạn QĐ 406: 30/9/2021 (quá hạn 1 ngày)"


def line_of(text: str, key: str) -> str:
    [found] = [x for x in text.splitlines() if key in x and ("hạn" in x or "mốc" in x)]
    return found


async def test_a_row_moved_after_the_decisions_date_is_late_in_every_view(player):
    """For a lead (Sở Y tế); Sở Tài chính, which only supports the row, goes by the
    province's date in every view alike, never late for the decision's (ux38 #3)."""
    await player.line("@ 2021-08-02 09:00")
    await register(player, FINANCE, AGENCY, "Phạm Thị Tài")
    await register(player, HEALTH, LEAD, "Lê Thị Hoa")
    await player.send(ADMIN, "/giao 406-22 han thang 10")
    await player.send(ADMIN, "[Áp dụng]")
    await player.send(HEALTH, "/capnhat 406-22 dang lam")

    await player.line("@ 2021-10-01 08:00")
    asked = texts(await player.send(HEALTH, "doi bang lai xe han khi nao"), HEALTH)[0]
    tiendo = texts(await player.send(HEALTH, "/tiendo"), HEALTH)[0]
    quahan = texts(await player.send(HEALTH, "/quahan"), HEALTH)[0]
    said = line_of(asked, "Tiến độ")
    # the answer says the row late from the decision's date, as /tiendo and /quahan do
    assert said.startswith(f"• Tiến độ {LEAD}: 🔵 Đang thực hiện — {LATE_SINCE_DECISION}")
    assert said.endswith("❗QUÁ HẠN")
    assert LATE_SINCE_DECISION in line_of(tiendo, "406-22")
    assert "QUÁ HẠN" in line_of(tiendo, "406-22")
    assert LATE_SINCE_DECISION in line_of(quahan, "406-22")
    # the same words for the dates in all three
    dates = said.split(" — ", 1)[1].removesuffix(" ❗QUÁ HẠN")
    assert dates in line_of(tiendo, "406-22") and dates in line_of(quahan, "406-22")

    asked = texts(await player.send(FINANCE, "doi bang lai xe han khi nao"), FINANCE)[0]
    tiendo = texts(await player.send(FINANCE, "/tiendo"), FINANCE)[0]
    quahan = texts(await player.send(FINANCE, "/quahan"), FINANCE)[0]
    assert "Hạn của tỉnh: Tháng 10/2021 → 31/10/2021" in asked and "còn 31 ngày" in asked
    assert "QUÁ HẠN" not in asked and "QUÁ HẠN" not in line_of(tiendo, "406-22"), asked
    assert "hạn 31/10/2021" in line_of(tiendo, "406-22")
    assert "406-22" not in quahan


async def test_the_duty_list_stands_each_item_as_quahan_and_tiendo_do(player):
    await player.line("@ 2021-09-16 09:00")
    await register(player, FINANCE, AGENCY, "Phạm Thị Tài")
    await player.upload(ADMIN, "cv615.txt", MONTHLY.encode(), name="Trần Điều Phối")
    await player.send(ADMIN, "[✅ Công bố]")
    # 406-39's two milestones reported, the row done
    for _ in range(2):
        await player.send(FINANCE, "/capnhat 406-39 xong")

    await player.line("@ 2021-12-13 09:00")  # October's and November's reports unsent, late
    duties = texts(await player.send(FINANCE, "ben em phai lam gi"), FINANCE)[0]
    tiendo = texts(await player.send(FINANCE, "/tiendo"), FINANCE)[0]
    quahan = texts(await player.send(FINANCE, "/quahan"), FINANCE)[0]
    late = [x for x in quahan.splitlines() if x.startswith("• ")]
    assert any("tháng 10/2021" in x for x in late) and any("tháng 11/2021" in x for x in late)
    owed, _, finished = duties.partition("✅ Đã xong, đã đóng")
    for line in late:  # every late item /quahan lists, with the dates it says, in the list
        # a row's key, a task's key and the two words after (its period: "tháng 11/2021")
        words = line.split(" ")
        key = " ".join(words[2:5]) if words[1] == "📌" else words[1]
        found = [x for x in owed.splitlines() if f" {key} " in x and "❗QUÁ HẠN" in x]
        assert found and line.split(" — ")[-2] in found[0], (line, duties)
    # the row reported done is in the done group, said as /tiendo says it, never late
    done = line_of(finished, "406-39")
    assert "✅ Hoàn thành" in done and "quá hạn" not in done
    assert done.split(" — ", 1)[1] in line_of(tiendo, "406-39")
    assert "406-39" not in owed
