"""Each district its own unit, end to end: officers register to one district unit, and two
districts' statuses, reminders and digest lines are independent (the database read afterwards).
"""

from __future__ import annotations

import pytest

from bot.player import ScriptError
from knowledge.rules.officers import OfficerState
from tests.botkit import ADMIN, texts

HAM_YEN = "UBND huyện Hàm Yên"
CITY = "UBND thành phố Tuyên Quang"


def services(player):
    return player.app.bot_data["services"]


async def register_unit(player, user, typed, unit):
    """/dangky with a short form of the unit; the request must name the unit itself."""
    out = texts(await player.send(user, f"/dangky {typed}", name=f"Cán bộ {user}"), user)
    assert unit in out[0]
    assert services(player).repo.officer(user).agency == unit
    await player.send(ADMIN, f"/duyet {user}")
    assert services(player).repo.officer(user).state == OfficerState.APPROVED


async def test_the_group_is_not_a_unit_one_registers_to(player):
    out = await player.send(2001, "/dangky UBND huyện", name="Cán bộ Hàm Yên")
    reply = texts(out, 2001)[0]
    assert "7 đơn vị" in reply and "Chưa có gì thay đổi" in reply
    labels = [label for row in out[-1]["buttons"] for label in row]
    assert HAM_YEN in labels and CITY in labels and "UBND huyện" not in labels
    assert services(player).repo.officer(2001) is None
    out = await player.send(2001, f"[{HAM_YEN}]")
    assert HAM_YEN in texts(out, 2001)[0]
    assert services(player).repo.officer(2001).agency == HAM_YEN
    # the picker of /dangky offers the units, not the group
    out = await player.send(2002, "/dangky", name="Cán bộ khác")
    labels = [label for row in out[-1]["buttons"] for label in row]
    assert {HAM_YEN, CITY} <= set(labels) and "UBND huyện" not in labels


async def test_districts_comment_on_the_dossiers_and_are_never_chased_for_them(player):
    # 000 §4: the districts comment on the proposals; they owe no Biểu 02 (issue 19)
    await register_unit(player, 2001, "ubnd ham yen", HAM_YEN)
    await register_unit(player, 2002, "TP Tuyên Quang", CITY)
    out = texts(await player.send(2001, "/capnhat 20/4 xong"), 2001)
    assert "tq-2021-04-20" in out[0] and "Không có gì thay đổi" in out[0]
    assert services(player).repo.current_all() == {}
    # 19/4, the day before: no district is reminded of it, the digest chases the units that owe
    start = len(player.emulator.calls)
    await player.line("@ 2021-04-19 08:00")
    sent = player.emulator.calls[start:]
    assert not [t for t in texts(sent, 2001) + texts(sent, 2002) if "tq-2021-04-20" in t]
    digest = [t for t in texts(sent, ADMIN) if "Tổng hợp" in t]
    assert digest and "Sở Y tế" in digest[0]
    assert CITY not in digest[0] and HAM_YEN not in digest[0]
    # the late list on 21/4 names no district for it
    await player.line("@ 2021-04-21 09:00")
    late = texts(await player.send(ADMIN, "/quahan tinh"), ADMIN)[0]
    assert CITY not in late and HAM_YEN not in late and "Sở Y tế" in late


async def test_a_district_that_says_it_commented_is_acknowledged_not_given_a_list(player):
    """ux20 #10: "huyện em đã góp ý cho sở tư pháp rồi nhé" from a district that only comments
    on the Sở's proposals (000 §4) listed Sở Tư pháp's items: the agency the comment went to is
    no subject. Its part is acknowledged, by the task's own word, and nothing is written."""
    await register_unit(player, 2001, "ubnd ham yen", HAM_YEN)
    said = (
        "huyen em da gop y cho so tu phap roi nhe",
        "bieu 02 huyen em gop y xong roi",
    )
    for line in said:
        out = texts(await player.send(2001, line), 2001)
        assert out == [
            f"👌 {HAM_YEN} chỉ phối hợp góp ý cho tq-2021-04-20 (Biểu 02); không cần ghi gì."
        ]
    assert services(player).repo.current_all() == {}
    assert services(player).repo.history() == []
    # a question about it is still answered
    out = texts(await player.send(2001, "huyen em co phai gop y khong"), 2001)
    assert "👌" not in out[0]


async def test_an_officer_of_the_group_is_asked_to_choose_a_unit(player):
    # Registered to "UBND huyện" before the province listed its units: kept, readable, but a
    # write of one district must not stand for all.
    repo = services(player).repo
    now = services(player).clock.now()
    repo.request_registration(2003, "Cán bộ cũ", "UBND huyện", now)
    repo.decide(2003, OfficerState.APPROVED, ADMIN, now)
    out = texts(await player.send(2003, "/capnhat 20/4 xong"), 2003)
    assert "/dangky" in out[0] and "đơn vị riêng" in out[0]
    assert repo.history() == []
    overview = texts(await player.send(2003, "/tiendo"), 2003)[0]
    assert f"{HAM_YEN}: phối hợp 0/1 xong" in overview and "Xem một đơn vị" in overview
    await player.send(2003, f"/dangky {HAM_YEN}")
    assert repo.officer(2003).agency == HAM_YEN


async def test_a_group_following_the_district_committees_is_offered_the_units(player):
    """'UBND huyện' is no unit of its own: a group that asks to follow it is shown the units
    (each reminded on its own), and nothing is followed until it names one."""
    await player.line("@ 2021-04-12 09:00")
    player.emulator.group_admins[-700].add(2001)
    out = texts(await player.line("g-700 2001 > /theodoi ubnd huyen"), -700)
    assert f"/theodoi {HAM_YEN}" in out[0] and f"/theodoi {CITY}" in out[0]
    assert "Không có gì thay đổi" in out[0]
    reminders = services(player).reminders
    assert reminders.followed(-700) == []
    out = texts(await player.line("g-700 2001 > /theodoi ubnd ham yen"), -700)
    assert HAM_YEN in out[0]
    assert reminders.followed(-700) == [HAM_YEN]


async def test_a_script_line_sends_a_file(player, tmp_path):
    # "ID [Name] < PATH": the user sends that file as a document; the bot reads it
    path = tmp_path / "ghi-chu.txt"
    path.write_text("không phải mẫu biểu", encoding="utf-8")
    out = await player.line(f"2005 Nguyễn Văn An < {path}")
    assert [c for c in out if c["method"] == "getFile"] == []  # refused before downloading
    # a stranger: told where their registration stands, the file not read
    assert "Tệp không được đọc, không có gì được lưu." in texts(out, 2005)[0]
    stored = list(player.emulator.uploads.values())
    assert stored and stored[-1][1] == "không phải mẫu biểu".encode()
    with pytest.raises(ScriptError):
        await player.line("2005 < /khong/co/tep.xlsx")


async def test_a_district_registers_by_its_place_alone(player):
    """ux12 item 12: "/dangky ham yen" was "Không nhận ra cơ quan"; the register reads the place
    as the unit where a unit stands (/capnhat), and so does /dangky, typed or as a sentence."""
    await register_unit(player, 2001, "ham yen", HAM_YEN)
    out = texts(await player.send(2001, "ben em co gi qua han ko"), 2001)
    assert HAM_YEN in out[0] and "Tôi chưa biết" not in out[0]
    # as a sentence: /dangky's button, nothing requested before the press
    out = await player.send(2002, "dang ky son duong a", name="Cán bộ Sơn Dương")
    assert [label for row in out[-1]["buttons"] for label in row] == ["UBND huyện Sơn Dương"]
    assert services(player).repo.officer(2002) is None
    # a place two units' names hold is no unit: nothing requested, the usual refusal
    out = texts(await player.send(2003, "/dangky tuyen quang", name="Cán bộ 2003"), 2003)
    assert out[0].startswith("Không nhận ra cơ quan “tuyen quang”")
    assert services(player).repo.officer(2003) is None


async def test_who_is_not_registered_is_told_the_line_to_type(player):
    """ "bên em …" from someone never registered: the exact command, /dangky, whose buttons
    list the units (the example "/dangky Sở Xây dựng (tên cơ quan của bạn)" was copied)."""
    out = texts(await player.send(2001, "ben em co gi qua han ko", name="Cán bộ 2001"), 2001)
    assert out[0].startswith("Tôi chưa biết bạn thuộc cơ quan nào")
    assert "gõ /dangky rồi bấm tên cơ quan của bạn" in out[0]
    out = await player.send(2001, "/dangky")
    assert HAM_YEN in [label for row in out[-1]["buttons"] for label in row]
    await player.send(2001, f"[{HAM_YEN}]")
    assert services(player).repo.officer(2001).agency == HAM_YEN
    assert services(player).repo.officer(2001).state == OfficerState.PENDING
