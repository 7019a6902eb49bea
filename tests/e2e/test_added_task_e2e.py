"""A dated duty the reader missed is said in the draft, and the coordinator adds it while
reviewing (UX report 20, item 1: letter 742's mục 2 vanished, the draft said "Có thể công bố 1
nhiệm vụ" and "thêm … vào nv 2" could not bring it back). Through the emulator with the real
Application, on the test's database; the miss is made on purpose, as the reader once made it.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.letters import dating
from tests.botkit import ADMIN, register, texts

LETTER = Path(__file__).resolve().parents[1] / "data" / "letters" / "ux20_cv742.txt"
ADD = (
    "them nhiem vu: Báo cáo kết quả kết nối dữ liệu dân cư; cong an tinh, bhxh tinh, so tu phap;"
    " truoc 17 gio 00 ngay 15/10/2021; mau so 02"
)


def _letters(player):
    found = player.app.bot_data["services"].letters
    assert found is not None
    return found


async def _say(player, text: str) -> str:
    return texts(await player.send(ADMIN, text), ADMIN)[0]


async def test_a_missed_duty_is_said_added_in_words_and_published(player, monkeypatch):
    # the reader of round 20 took the "chia sẻ" of mục 2 for the sender's "sẽ"
    monkeypatch.setattr(
        dating, "_own_work", lambda line, found, sender, register: "chia sẻ" in line.text
    )
    await player.line("@ 2021-09-20 08:30")
    await register(player, 6101, "Công an tỉnh", "Hải")
    out = texts(await player.upload(ADMIN, LETTER.name, LETTER.read_bytes()), ADMIN)
    review = "\n".join(out)
    assert "Có thể công bố" not in review and "Chưa công bố được" in review
    assert "mục 2 có hạn 15/10/2021" in review and "chưa thành nhiệm vụ" in review
    assert "thêm nhiệm vụ: tên; đơn vị; hạn; biểu mẫu" in review

    # the shape alone, and a task without its units, change nothing and say the shape
    assert "thêm nhiệm vụ: tên; đơn vị; hạn; biểu mẫu" in await _say(player, "thêm nhiệm vụ")
    out = await _say(player, "thêm nhiệm vụ: Báo cáo kết nối; 15/10/2021")
    assert "còn thiếu đơn vị" in out and "Không có gì thay đổi" in out
    assert _letters(player).drafts(limit=5)[0].revision == 0

    out = await _say(player, ADD)
    assert out.startswith("Đã thêm nhiệm vụ 2: Báo cáo kết quả kết nối dữ liệu dân cư — ")
    assert "hạn 15/10/2021; 3 đơn vị phải nộp; Mẫu số 02." in out
    assert "Có thể công bố 2 nhiệm vụ" in out  # the net's line settled by the task added
    (stored,) = _letters(player).drafts(limit=5)
    added = stored.draft.tasks[1]
    assert added.units == ("Sở Tư pháp", "Công an tỉnh", "Bảo hiểm xã hội tỉnh")
    assert added.deadline_text == "trước 17 giờ 00 ngày 15/10/2021"
    assert added.recipient == "Sở Thông tin và Truyền thông"
    assert added.source == f"{LETTER.name}#mục 2"

    # undone, the net's line is back; made again, it goes
    out = await _say(player, "[↩️ Hoàn tác]")
    assert out.startswith("Đã hoàn tác: Đã thêm nhiệm vụ 2") and "chưa thành nhiệm vụ" in out
    await _say(player, "[↪️ Làm lại]")  # the undo's own button: never a second "Hoàn tác"
    out = await _say(player, "[Công bố]")
    assert "tq-2021-10-15" in out
    # the unit is told and tracked like any letter's task
    notice = texts(player.emulator.calls, 6101)[-1]
    assert "Báo cáo kết quả kết nối dữ liệu dân cư" in notice and "15/10/2021" in notice
    out = texts(await player.send(6101, "/nopbai"), 6101)[0]
    assert "tq-2021-10-15" in out
