"""A group that follows agencies, end to end through the real Application and the emulator, as
the round-13 tester met it: every agency a /theodoi names followed, /tiendo and /quahan about
the agencies followed, one reminder a day for the whole group, and a reply to that reminder
handled as in a private chat."""

from __future__ import annotations

from tests.botkit import ADMIN, texts

GROUP = -500
SXD, SYT, HAM_YEN = "Sở Xây dựng", "Sở Y tế", "UBND huyện Hàm Yên"


def followed(player, chat=GROUP):
    return sorted(player.app.bot_data["services"].reminders.followed(chat))


async def test_every_agency_a_theodoi_names_is_followed_and_quoted(player):
    """ "/theodoi sxd syt" followed Sở Xây dựng only; "so y te va so xay dung" Sở Y tế only;
    "ham yen" was not read."""
    out = texts(await player.line(f"g-800 {ADMIN} > /theodoi sxd syt"), -800)
    assert out[0].startswith(f"Nhóm sẽ nhận nhắc hạn của {SXD}, {SYT}"), out
    assert followed(player, -800) == [SXD, SYT]
    out = texts(await player.line(f"g-801 {ADMIN} > /theodoi so y te va so xay dung"), -801)
    assert out[0].startswith(f"Nhóm sẽ nhận nhắc hạn của {SYT}, {SXD}"), out
    assert followed(player, -801) == [SXD, SYT]
    out = texts(await player.line(f"g-700 {ADMIN} > /theodoi ham yen"), -700)
    assert out[0].startswith(f"Nhóm sẽ nhận nhắc hạn của {HAM_YEN}"), out
    assert followed(player, -700) == [HAM_YEN]
    # a place in two names is no unit: nothing followed, the words said back
    out = texts(await player.line(f"g-701 {ADMIN} > /theodoi syt tuyen quang"), -701)
    assert out == [
        "Không nhận ra cơ quan “tuyen quang” (đọc được: Sở Y tế). Không có gì thay đổi."
    ]
    assert followed(player, -701) == []
