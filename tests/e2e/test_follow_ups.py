"""ux32 #6: a short follow-up with no subject of its own ("thế còn hạn thì sao", "còn cái kia")
is read against the chat's last answer — its choices offered again, the row pressed, another of
the choices — never as the unit's whole list. Through the emulator and the real Application;
nothing is written (the database read after each step)."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons, later

HAM_YEN = "UBND huyện Hàm Yên"
CHOICES = ["406-22", "411-17", "411-16"]


def keys_of(out, chat: int) -> list[str]:
    return [row[0].split(" · ")[0] for rows in buttons(out, chat) for row in rows]


def nothing_written(player) -> bool:
    services = player.app.bot_data["services"]
    return services.repo.history() == []


async def test_follow_ups_are_read_against_the_last_answer(player):
    await player.line("@ 2021-04-28 09:00")
    await register(player, 2001, HAM_YEN, "Tran Van Binh")
    out = await player.send(2001, "giay phep lai xe han khi nao")
    assert keys_of(out, 2001) == CHOICES, out
    # the choices just offered: which of them, the same buttons, not the unit's list
    for said in ("the con han thi sao", "con cai kia"):
        out = await player.send(2001, said)
        [text] = texts(out, 2001)
        assert text.startswith("Bạn hỏi tiếp về mục nào?"), text
        assert HAM_YEN not in text and all(k in text for k in CHOICES), text
        assert keys_of(out, 2001) == CHOICES, out
        assert nothing_written(player)
    # one pressed: "cái kia" is another of them, "thế còn hạn" the one shown
    assert texts(await player.send(2001, "[#1]"), 2001)[0].startswith("406-22 ·")
    out = await player.send(2001, "còn cái kia")
    assert keys_of(out, 2001) == ["411-17", "411-16"], out
    assert texts(await player.send(2001, "[#2]"), 2001)[0].startswith("411-16 ·")
    [text] = texts(await player.send(2001, "thế còn hạn thì sao"), 2001)
    assert text.startswith("411-16 ·"), text
    [text] = texts(await player.send(2001, "còn cái kia"), 2001)
    assert text.startswith("411-17 ·"), text
    # a message not understood leaves nothing to ask on: said so, not the unit's list
    await player.send(2001, "thời tiết hôm nay")
    [text] = texts(await player.send(2001, "the con han thi sao"), 2001)
    assert text.startswith("Tôi chưa rõ bạn hỏi tiếp về mục nào"), text
    assert nothing_written(player)
    # a row asked by /muc is what "thế còn hạn thì sao" is about
    await player.send(2001, "/muc 406-22")
    [text] = texts(await player.send(2001, "thế còn hạn thì sao"), 2001)
    assert text.startswith("406-22 ·"), text
    # "cái kia" after one row with no other choice: which other one is asked, not the row as if
    # it were another (ux33 #6)
    out = await player.send(2001, "thế còn mục đó")
    assert texts(out, 2001)[0].startswith("406-22 ·"), out  # "mục đó" points at it (ux33 #1)
    out = await player.send(2001, "con cai kia")
    [text] = texts(out, 2001)
    assert text.startswith("Câu trước chỉ nói về một mục"), text
    assert "406-22" in text and keys_of(out, 2001) == ["406-22"], out
    # long after the last answer, the same words are read as they are
    await later(player, 11)
    [text] = texts(await player.send(2001, "the con han thi sao"), 2001)
    assert not text.startswith(("406-22", "Bạn hỏi tiếp", "Tôi chưa rõ")), text
    assert nothing_written(player)
