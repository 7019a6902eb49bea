"""Each district its own unit, end to end: officers register to one district unit, and two
districts' statuses, reminders and digest lines are independent (the database read afterwards).
"""

from __future__ import annotations

import json
import subprocess
import sys

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


async def test_two_districts_statuses_reminders_and_digest_are_independent(player, db_url):
    await register_unit(player, 2001, "ubnd ham yen", HAM_YEN)
    await register_unit(player, 2002, "TP Tuyên Quang", CITY)
    out = texts(await player.send(2001, "/capnhat 20/4 xong"), 2001)
    assert "tq-2021-04-20" in out[0] and "Hoàn thành" in out[0]

    # the database: Hàm Yên's status only, the city's untouched
    current = services(player).repo.current_all()
    assert current[("tq-2021-04-20", HAM_YEN)].new == "hoan_thanh"
    assert ("tq-2021-04-20", CITY) not in current
    assert not [k for k in current if k[1] == "UBND huyện"]
    rows = json.loads(
        subprocess.run(
            [sys.executable, "-m", "bot", "status", "--db", db_url, "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert [(r["key"], r["agency"], r["status"]) for r in rows] == [
        ("tq-2021-04-20", HAM_YEN, "hoan_thanh")
    ]

    # each unit's progress, and its own line in the province's
    mine = texts(await player.send(2002, "/tiendo"), 2002)[0]
    assert f"Tiến độ {CITY}" in mine and "Chưa bắt đầu" in mine and "Hoàn thành" not in mine
    whole = texts(await player.send(ADMIN, "/tiendo tinh"), ADMIN)[0]
    # the province counts tasks and lead rows: the two dossiers
    assert f"{HAM_YEN}: 1/2 xong" in whole and f"{CITY}: 0/2 xong" in whole
    assert "UBND huyện:" not in whole

    # 19/4, the day before: the city is reminded of the dossier, Hàm Yên (done) is not; the
    # coordinator's digest names the city and not Hàm Yên
    start = len(player.emulator.calls)
    await player.line("@ 2021-04-19 08:00")
    sent = player.emulator.calls[start:]
    assert any("tq-2021-04-20" in t for t in texts(sent, 2002))
    assert not [t for t in texts(sent, 2001) if "tq-2021-04-20" in t]
    digest = [t for t in texts(sent, ADMIN) if "Tổng hợp" in t]
    assert digest and CITY in digest[0] and HAM_YEN not in digest[0]
    log = [r for r in services(player).reminders.log() if r.day.isoformat() == "2021-04-19"]
    reminded = {
        (r.chat_id, r.agency) for r in log if r.chat_id != ADMIN and "tq-2021-04-20" in r.keys
    }
    assert reminded == {(2002, CITY)}
    # the digest is logged once for the coordinator, naming the task it chases
    assert [(r.agency, r.keys) for r in log if r.chat_id == ADMIN] == [
        ("*digest*", "tq-2021-04-20")
    ]

    # the late list on 21/4: the city's dossier only
    await player.line("@ 2021-04-21 09:00")
    late = texts(await player.send(ADMIN, "/quahan tinh"), ADMIN)[0]
    assert CITY in late and HAM_YEN not in late


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
    assert f"{HAM_YEN}: 0/3 xong" in overview and "Xem một đơn vị" in overview
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
