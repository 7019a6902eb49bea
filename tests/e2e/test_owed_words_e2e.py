"""An approved officer asks in the words of a task their unit owes, end to end: the task is
answered, with how to say it is not that one (one candidate, the unit's own: ux14b item 12;
several are offered, "Có phải bạn hỏi…"), never a catalogue row that happens to print the
same words, nor "not in the catalogue". Phrasings written for these tests."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_tryout_2023 import MONTHLY, play, published


async def test_a_units_own_dossier_asked_in_two_words_is_that_task(player):
    await register(player, 1001, "Sở Y tế")
    for question in ("han ho so the nao", "hồ sơ gửi ở đâu vậy"):
        out = texts(await player.send(1001, question), 1001)[-1]
        assert "(tq-2021-04-20)" in out.split("\n")[0], (question, out)
        assert "Không phải nhiệm vụ này?" in out and "406-35" not in out, (question, out)
    # words beyond the task's text keep the service they name
    out = texts(await player.send(1001, "ho so cap giay phep xay dung gui khi nao"), 1001)[-1]
    assert "406-14" in out.split("\n")[0], out


async def test_a_district_asking_about_its_monthly_report_gets_the_report(player):
    await published(player)
    await play(player, "@ 2023-09-05 08:00")
    out = texts(await play(player, "1002 > cai bao cao thang muoi gui han nao vay"), 1002)[-1]
    assert MONTHLY in out and "411-6" not in out, out
