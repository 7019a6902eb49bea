"""ux30 #10: "dk ubnd huyen son duong" showed only a button; the officer did not press it, and
the coordinator's "/duyet 1005" found no request. One unit named by its name after the verb is
read surely: the request is made and said so, with its undo; a place alone stays a choice.
Still waiting for approval, "huyen e qua han gi ko" got the whole province's overdue list: it
is answered for the unit asked to join, and says so. Through the emulator; the database read."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from usecases.officers import OfficerState

SD = 1005
UNIT = "UBND huyện Sơn Dương"


def repo(player):
    return player.app.bot_data["services"].repo


async def test_a_unit_typed_whole_is_requested_and_reaches_the_coordinator(player):
    await player.line("@ 2021-05-12 08:00")
    out = await player.send(SD, "dk ubnd huyen son duong", name="Hoàng Văn Dũng")
    assert texts(out, SD)[0].startswith(f"Đã gửi yêu cầu đăng ký làm cán bộ của {UNIT}.")
    assert repo(player).officer(SD).agency == UNIT
    assert repo(player).officer(SD).state == OfficerState.PENDING
    assert texts(out, ADMIN)[0].startswith(f"Yêu cầu đăng ký: Hoàng Văn Dũng (id {SD}) — {UNIT}")
    out = texts(await player.send(ADMIN, f"/duyet {SD}"), ADMIN)
    assert out == [f"Đã duyệt Hoàng Văn Dũng — {UNIT}."]
    assert repo(player).officer(SD).state == OfficerState.APPROVED


async def test_a_place_alone_is_still_offered(player):
    await player.line("@ 2021-05-12 08:00")
    out = await player.send(SD, "dang ky son duong a", name="Hoàng Văn Dũng")
    assert [label for row in out[-1]["buttons"] for label in row] == [UNIT]
    assert repo(player).officer(SD) is None


async def test_waiting_for_approval_own_questions_are_the_units(player):
    await player.line("@ 2021-05-12 08:00")
    await player.send(SD, "/dangky ubnd huyen son duong", name="Hoàng Văn Dũng")
    [late] = texts(await player.send(SD, "huyen e qua han gi ko"), SD)
    assert late.startswith(f"ℹ️ Trả lời cho {UNIT} — đơn vị bạn xin đăng ký (đang chờ duyệt).")
    assert f"Mục quá hạn — {UNIT}" in late and "toàn tỉnh" not in late
    [mine] = texts(await player.send(SD, "ben em qua han gi ko"), SD)
    assert f"Mục quá hạn — {UNIT}" in mine
    # the province asked by name stays the province's, unlabelled
    [whole] = texts(await player.send(SD, "toan tinh qua han gi"), SD)
    assert whole.startswith("Mục quá hạn — toàn tỉnh") and "ℹ️" not in whole
