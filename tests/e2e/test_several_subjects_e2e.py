"""ux33 #2: two rows named in one message are both answered, compared when asked, and a
follow-up after them asks which; the second row is never dropped. Through the emulator and the
real Application; nothing is written."""

from __future__ import annotations

from tests.botkit import texts
from tests.e2e.test_follow_ups import keys_of, nothing_written


async def test_two_rows_in_one_message_are_both_answered_and_compared(player):
    await player.line("@ 2021-04-22 09:00")
    [text] = texts(await player.send(1001, "mục 22 với mục 14 cái nào muộn hơn"), 1001)
    # each row's card with its key and date, in the order asked, then the comparison
    assert text.startswith("406-22 ·") and "\n\n406-14 ·" in text, text
    assert text.index("31/8/2021") < text.index("406-14 ·") < text.index("31/5/2021"), text
    line = text.splitlines()[-1]
    assert line.startswith("⚖️ So sánh:") and "→ 406-14 đến hạn trước 406-22" in line, line
    # a follow-up on them asks which of the two
    out = await player.send(1001, "thế còn hạn thì sao")
    assert texts(out, 1001)[0].startswith("Bạn hỏi tiếp về mục nào?"), out
    assert keys_of(out, 1001) == ["406-22", "406-14"], out
    # a row named after the question asked is answered beside it, not in its place
    [text] = texts(await player.send(1001, "tháng 6 có hạn gì, cả mục 39 nữa"), 1001)
    assert "406-39 ·" in text and text.index("tháng 6") < text.index("406-39 ·"), text
    assert nothing_written(player)
