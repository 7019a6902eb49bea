"""A letter dated after today (ux26: a letter of 2/8/2021 published on 13/4/2021 without a
word): the draft says so under "Cần xem lại", as `python -m bot letter` prints it, and does not
hold the publication back. Through the emulator with the real Application, on
examples/letter_2021-08.txt (Số 512/STTTT-CNTT, 2/8/2021)."""

from __future__ import annotations

from pathlib import Path

from knowledge.render.answers import to_plain
from tests.botkit import ADMIN, texts

LETTER = Path(__file__).resolve().parents[2] / "examples" / "letter_2021-08.txt"
AHEAD = (
    "• cần kiểm tra: công văn ghi ngày 2/8/2021, sau hôm nay (13/4/2021): kiểm tra lại ngày "
    "của công văn (đọc nhầm, gõ nhầm, hoặc công văn chưa ký)"
)


def review(calls) -> tuple[str, list[str]]:
    [call] = [c for c in calls if c["chat_id"] == ADMIN and c["buttons"]]
    return to_plain(call["text"]), [label for row in call["buttons"] for label in row]


async def test_a_letter_dated_after_today_is_flagged_and_still_publishable(player):
    text, labels = review(await player.upload(ADMIN, LETTER.name, LETTER.read_bytes()))
    lines = text.splitlines()
    notes = lines.index("🔎 Cần xem lại (không chặn công bố):")
    assert AHEAD in lines[notes + 1 :]
    assert "✅ Công bố" in labels
    out = texts(await player.send(ADMIN, "[✅ Công bố]"), ADMIN)
    assert any(t.startswith("✅ Đã công bố") for t in out), out
    letters = player.app.bot_data["services"].letters
    assert len(letters.in_force()) == 1


async def test_a_letter_dated_today_has_no_such_note(player):
    await player.line("@ 2021-08-02 08:00")
    text, _ = review(await player.upload(ADMIN, LETTER.name, LETTER.read_bytes()))
    assert "sau hôm nay" not in text
