"""Who may change what: every command and button that writes, tried by each kind of user; only the
allowed ones change anything. The rightful officer and the admin are the controls.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import ChatAgency, Officer, Proposal, StatusChange
from handlers.buttons import SetStatus
from knowledge.rules.statuses import Status
from tests.botkit import ADMIN

OWNER = 1001  # Sở Xây dựng, leads 406-14
GROUP = -700
ACTORS = {
    "unregistered": (2001, None),
    "pending": (2002, None),
    "other_agency": (2003, None),
    "revoked": (2004, None),
    "group": (OWNER, GROUP),  # the rightful officer, but writing from a group
}


def snapshot(player) -> dict:
    sessions = player.app.bot_data["services"].repo.sessions
    with sessions() as s:
        return {
            "statuses": [(c.key, c.agency, c.new) for c in s.scalars(select(StatusChange))],
            "officers": sorted(
                (o.user_id, o.agency, o.state, o.reminders) for o in s.scalars(select(Officer))
            ),
            "groups": sorted((c.chat_id, c.agency) for c in s.scalars(select(ChatAgency))),
            "proposals": sorted((p.id, p.state, p.level) for p in s.scalars(select(Proposal))),
        }


async def setup(player) -> dict[str, int]:
    """Written straight to the database (registration by chat has its own tests): the matrix is
    about writes. Returns the ids the forged buttons carry.
    """
    svc = player.app.bot_data["services"]
    now = svc.clock.now()
    for user, agency, state in [
        (OWNER, "Sở Xây dựng", "approved"),
        (2002, "Sở Xây dựng", "pending"),
        (2003, "Sở Y tế", "approved"),
        (2004, "Sở Xây dựng", "revoked"),
    ]:
        svc.repo.request_registration(user, f"Cán bộ {user}", agency, now)
        player.emulator.started.add(user)  # registering, they wrote to the bot
        if state != "pending":
            svc.repo.decide(user, state, ADMIN, now)
    data = {
        "name": "Cấp phép di dời",
        "sector": "",
        "tier": "tinh",
        "level": 3,
        "lead": "Sở Xây dựng",
        "coordinate": [],
        "quarter": "Quý II/2021",
        "note": "",
    }
    proposal = svc.proposals.add("Sở Xây dựng", OWNER, data, now)
    withdrawn = svc.proposals.add("Sở Xây dựng", OWNER, data, now)
    svc.proposals.withdraw(withdrawn.id, OWNER, now)
    change = svc.repo.record("406-14", "Sở Xây dựng", "dang_thuc_hien", "", OWNER, now)
    return {"proposal": proposal.id, "withdrawn": withdrawn.id, "change": change.id}


def row_button(player, key: str, status_index: int) -> str:
    return SetStatus(key, list(Status)[status_index]).encode()


async def act(player, user: int, chat: int | None, action: str, ids: dict[str, int]) -> None:
    """One attempt: a command, or a button forged with data the user never received."""
    if action.startswith("button "):
        data = action.removeprefix("button ").format(row=row_button(player, "406-14", 3), **ids)
        await player.forged(user, data, chat)
    else:
        await player.send(user, action, chat)


WRITES = [
    "/capnhat 406-14 xong",
    "/capnhat 406-14 vướng mắc chờ hướng dẫn",
    "/duyet 2002",
    "/tuchoi 2002",
    "/thuhoi 1001",
    "/theodoi Sở Y tế",
    "/botheodoi",
    "button {row}",
    "button ok:2002",
    "button no:2002",
    "button pw:{proposal}",
    "button pe:{proposal}",
    "button pr:{withdrawn}",
    "button pn:0",
    "button un:{change}",
]
# Allowed to these actors only; everything else must change nothing.
OWN_CHANGES = ["/nhacnho tat", "/dangky Sở Tư pháp"]
ALLOWED = {
    ("other_agency", "/nhacnho tat"),  # their own reminders
    ("unregistered", "/dangky Sở Tư pháp"),
    ("pending", "/dangky Sở Tư pháp"),
    ("other_agency", "/dangky Sở Tư pháp"),
    ("revoked", "/dangky Sở Tư pháp"),  # a request, which an admin must still approve
    # the officer's own "Hoàn tác" within its window: a write made in a group, on a reply to
    # its reminder, is quoted back there with its undo (the undo checks whose write it is)
    ("group", "button un:{change}"),
}


@pytest.mark.parametrize("actor", list(ACTORS))
async def test_only_allowed_writes_change_anything(player, actor):
    ids = await setup(player)
    user, chat = ACTORS[actor]
    if chat:
        await player.send(OWNER, "/start", chat)  # the group exists
    for action in WRITES + OWN_CHANGES:
        before = snapshot(player)
        calls = len(player.emulator.calls)
        await act(player, user, chat, action, ids)
        assert len(player.emulator.calls) > calls, f"{actor} {action}: no answer"
        changed = snapshot(player) != before
        assert changed == ((actor, action) in ALLOWED), f"{actor} {action}: changed={changed}"


async def test_controls_the_owner_and_the_admin_may_write(player):
    ids = await setup(player)
    before = snapshot(player)
    await act(player, OWNER, None, "button un:{change}", ids)
    await act(player, OWNER, None, "button {row}", ids)
    assert snapshot(player)["statuses"] == before["statuses"] + [
        ("406-14", "Sở Xây dựng", "chua_bat_dau"),
        ("406-14", "Sở Xây dựng", "hoan_thanh"),
    ]
    await player.send(ADMIN, "/duyet 2002")
    assert (2002, "Sở Xây dựng", "approved", True) in snapshot(player)["officers"]
    await act(player, OWNER, None, "button pw:{proposal}", ids)
    await act(player, OWNER, None, "button pr:{withdrawn}", ids)
    assert snapshot(player)["proposals"] == [
        (ids["proposal"], "withdrawn", 3),
        (ids["withdrawn"], "active", 3),
    ]
    player.emulator.group_admins[GROUP].add(OWNER)
    await player.send(OWNER, "/theodoi Sở Xây dựng", GROUP)
    assert snapshot(player)["groups"] == [(GROUP, "Sở Xây dựng")]
