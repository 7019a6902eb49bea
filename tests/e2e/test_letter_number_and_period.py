"""A letter's number with a period (ux29 #4): `/ketthuc 512 T10/2021` and `/doihan 512 T10/2021
<date>` name that period of the letter's one monthly task, as `/ketthuc 512` names the letter and
`/ketthuc <task> T10/2021` the period; the end is written on the press, that period alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.botkit import ADMIN, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"  # số 512: a report by 20/8, then monthly
MONTHLY = "tq-2021-09-25"  # from 9/2021, before the 25th


def monthly(player):
    province = player.app.bot_data["services"].province
    return next(t for t in province.tasks if t.id == MONTHLY)


async def published(player) -> None:
    await player.line("@ 2021-08-10 09:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    out = texts(await player.send(ADMIN, "[Công bố]"), ADMIN)
    assert out[0].startswith("✅ Đã công bố")
    await player.line("@ 2021-10-27 09:00")


async def test_a_letter_number_and_a_period_end_that_period_alone(player):
    await published(player)
    out = texts(await player.send(ADMIN, "/ketthuc 512 tháng 10/2021"), ADMIN)
    assert out[0].startswith(f"Kết thúc theo dõi nhiệm vụ {MONTHLY} tháng 10/2021 (tháng 10/2021)")
    assert "tq-2021-08-20" not in out[0]
    assert monthly(player).ended_on(date(2021, 10, 25)) is None  # nothing before the press

    out = texts(await player.send(ADMIN, "[⏹ Kết thúc theo dõi]"), ADMIN)
    assert out[0].startswith(f"⏹ Đã kết thúc theo dõi nhiệm vụ {MONTHLY} tháng 10/2021")
    task = monthly(player)
    assert task.ended_on(date(2021, 10, 25)) is not None
    assert task.ended is None and task.ended_on(date(2021, 11, 25)) is None


async def test_a_letter_number_and_a_period_name_the_period_to_move(player):
    await published(player)
    out = texts(await player.send(ADMIN, "/doihan 512 thang 11 30/11/2021"), ADMIN)
    assert out[0].startswith("Đổi hạn nhiệm vụ\n")
    assert f"{MONTHLY} tháng 11/2021" in out[0] and "hạn 25/11/2021 → 30/11/2021" in out[0]
