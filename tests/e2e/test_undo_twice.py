"""A second press of "Hoàn tác" (ux26 #2): the now spent button says the write was undone
already and writes nothing (the second tap of a double tap, within seconds, is answered with no
text: u31); the undo's own receipt offers "↪️ Làm lại", which writes the status back as a new
write (quoted "Đã ghi lại", with its own "Hoàn tác"), never a second "Hoàn tác" that redoes
under a name saying the opposite. The same for an admin's "ghi thay" and for the coordinator's
acts on the letters. The history stays append-only and /lichsu reads it.
"""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_writes import later

BOSS = "Trần Điều Phối"


def desk(player):
    return player.app.bot_data["services"]


def history(player, key: str) -> list[tuple[str, str, int, int | None]]:
    return [(c.agency, c.new, c.by, c.undoes) for c in desk(player).repo.history(key)]


def labels(calls, chat: int) -> list[list[list[str]]]:
    return [c["buttons"] for c in calls if c["chat_id"] == chat and c["buttons"]]


async def test_a_double_tap_on_hoan_tac_changes_nothing_and_lichsu_reads_right(player):
    await register(player, 6001, "sxd", "Lý Văn Hùng")
    await player.send(6001, "/capnhat 406-14 xong")
    out = await player.send(6001, "[Hoàn tác]")
    assert texts(out, 6001)[0].startswith(
        "↩️ Đã hoàn tác: 406-14 (Sở Xây dựng): Hoàn thành → Chưa bắt đầu"
    )
    assert labels(out, 6001) == [[["↪️ Làm lại"]]]  # no "Hoàn tác" under an undo
    # the second tap of a double tap, within a second: answered with no text (u31)
    out = await player.send(6001, "[Hoàn tác]")
    assert [(c["method"], c["text"]) for c in out] == [("answerCallbackQuery", None)], out
    assert len(history(player, "406-14")) == 2
    # pressed again later: "Hoàn tác" on the write's own message says it was used
    await later(player, 1)
    out = texts(await player.send(6001, "[Hoàn tác]"), 6001)
    assert out == [
        "Nút này đã dùng rồi: 406-14 (Sở Xây dựng) đã được hoàn tác lúc 08:00 13/4, về "
        "Chưa bắt đầu. Không có gì thay đổi."
    ]
    first = desk(player).repo.history("406-14")[0].id
    assert history(player, "406-14") == [
        ("Sở Xây dựng", "hoan_thanh", 6001, None),
        ("Sở Xây dựng", "chua_bat_dau", 6001, first),
    ]
    lichsu = texts(await player.send(6001, "/lichsu 406-14"), 6001)[0]
    assert lichsu.splitlines()[-1].endswith(
        "Sở Xây dựng: Hoàn thành → Chưa bắt đầu (Lý Văn Hùng, hoàn tác)"
    )
    progress = texts(await player.send(6001, "/muc 406-14"), 6001)[0]
    assert "Hoàn thành" not in progress

    # "Làm lại": a new write, quoted as one, with its own undo; pressed twice, written once
    out = await player.send(6001, "[↪️ Làm lại]")
    assert texts(out, 6001)[0].startswith(
        "↪️ Đã ghi lại: 406-14 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành"
    )
    assert labels(out, 6001) == [[["Hoàn tác"]]]
    await later(player, 1)
    out = texts(await player.send(6001, "[↪️ Làm lại]"), 6001)
    assert out[0].startswith("Nút này đã dùng rồi: 406-14 (Sở Xây dựng) đã được ghi lại Hoàn")
    assert [c[1:] for c in history(player, "406-14")] == [
        ("hoan_thanh", 6001, None),
        ("chua_bat_dau", 6001, first),
        ("hoan_thanh", 6001, None),  # a write, not an undo of the undo
    ]
    lichsu = texts(await player.send(6001, "/lichsu 406-14"), 6001)[0]
    assert lichsu.splitlines()[-1].endswith("Chưa bắt đầu → Hoàn thành (Lý Văn Hùng)")


async def test_an_admins_ghi_thay_undone_twice_stays_undone(player):
    await player.send(ADMIN, "/start", name=BOSS)
    await player.send(ADMIN, "/capnhat 406-14 Sở Xây dựng xong", name=BOSS)
    assert [c[1] for c in history(player, "406-14")] == ["hoan_thanh"]
    out = await player.send(ADMIN, "[Hoàn tác]", name=BOSS)
    said = texts(out, ADMIN)[0]
    assert said.startswith("↩️ Đã hoàn tác: 406-14 (Sở Xây dựng): Hoàn thành → Chưa bắt đầu")
    assert f"Do {BOSS} ghi thay Sở Xây dựng." in said
    assert labels(out, ADMIN) == [[["↪️ Làm lại"]]]
    await later(player, 1)
    out = texts(await player.send(ADMIN, "[Hoàn tác]", name=BOSS), ADMIN)
    assert out[0].startswith("Nút này đã dùng rồi: 406-14 (Sở Xây dựng) đã được hoàn tác")
    assert [c[1] for c in history(player, "406-14")] == ["hoan_thanh", "chua_bat_dau"]
    assert desk(player).repo.current("406-14", "Sở Xây dựng").new == "chua_bat_dau"
    # written back by the admin: "ghi thay" again, as the first write was
    out = texts(await player.send(ADMIN, "[↪️ Làm lại]", name=BOSS), ADMIN)
    assert out[0].startswith("↪️ Đã ghi lại: 406-14 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành")
    assert [c.behalf for c in desk(player).repo.history("406-14")] == [BOSS, BOSS, BOSS]


async def test_the_letters_hoan_tac_pressed_twice_says_it_was_undone(player):
    await player.send(ADMIN, "/start", name=BOSS)
    await player.send(ADMIN, "/ketthuc tq-2021-04-20", name=BOSS)
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]", name=BOSS)
    out = texts(await player.send(ADMIN, "[↩️ Hoàn tác]", name=BOSS), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác: dùng lại các công văn của phiên bản 0")
    await later(player, 1)
    out = texts(await player.send(ADMIN, "[↩️ Hoàn tác]", name=BOSS), ADMIN)
    assert out == [
        "Nút này đã dùng rồi: phiên bản 1 của công văn đã được hoàn tác lúc 08:00 13/4 (dùng "
        "lại phiên bản 0, nay là phiên bản 2). Không có gì thay đổi."
    ]
    letters = desk(player).letters
    assert [v.action for v in letters.history()] == ["end", "rollback"]
    assert letters.ended() == {}
