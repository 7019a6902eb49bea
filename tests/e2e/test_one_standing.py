"""One standing for a row in every view (ux28 #1, #3): asked in free text, in /tiendo and in
/quahan on the same day, a row and a unit's duties stand alike, by the one standing rule
(knowledge/rules/standing.py). Through the emulator with the real Application."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts

FINANCE = 1001
AGENCY = "Sở Tài chính"  # coordinates 406-22 (Đổi giấy phép lái xe), due nationally 30/9/2021
LATE_SINCE_DECISION = "hạn QĐ 406: 30/9/2021 (quá hạn 1 ngày)"


def line_of(text: str, key: str) -> str:
    [found] = [x for x in text.splitlines() if key in x and ("hạn" in x or "mốc" in x)]
    return found


async def test_a_row_moved_after_the_decisions_date_is_late_in_every_view(player):
    await player.line("@ 2021-08-02 09:00")
    await register(player, FINANCE, AGENCY, "Phạm Thị Tài")
    await player.send(ADMIN, "/giao 406-22 han thang 10")
    await player.send(ADMIN, "[Áp dụng]")
    await player.send(FINANCE, "/capnhat 406-22 dang lam")

    await player.line("@ 2021-10-01 08:00")
    asked = texts(await player.send(FINANCE, "doi bang lai xe han khi nao"), FINANCE)[0]
    tiendo = texts(await player.send(FINANCE, "/tiendo"), FINANCE)[0]
    quahan = texts(await player.send(FINANCE, "/quahan"), FINANCE)[0]
    said = line_of(asked, "Tiến độ")
    # the answer says the row late from the decision's date, as /tiendo and /quahan do
    assert said.startswith(f"• Tiến độ {AGENCY}: 🔵 Đang thực hiện — {LATE_SINCE_DECISION}")
    assert said.endswith("❗QUÁ HẠN")
    assert LATE_SINCE_DECISION in line_of(tiendo, "406-22")
    assert "QUÁ HẠN" in line_of(tiendo, "406-22")
    assert LATE_SINCE_DECISION in line_of(quahan, "406-22")
    # the same words for the dates in all three
    dates = said.split(" — ", 1)[1].removesuffix(" ❗QUÁ HẠN")
    assert dates in line_of(tiendo, "406-22") and dates in line_of(quahan, "406-22")
