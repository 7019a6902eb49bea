"""Every change of a proposal is logged (proposal_changes); an edit is quoted back field by field
with a "Hoàn tác" button that appends a change putting the values before it back: for the
editor or an admin, within 10 minutes, while the edit is the proposal's latest change and the
BIỂU 02 window is open. Each test reads the database afterwards.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Proposal, ProposalChange
from tests.botkit import ADMIN, register, texts

NEW = [
    "[➕ Đề xuất dịch vụ mới]",
    "Cấp giấy phép di dời công trình",
    "Xây dựng",
    "[Cấp tỉnh]",
    "[Mức 3]",
    "[Sở Xây dựng]",
    "[Không có]",
    "[Quý II/2021]",
    "[Bỏ qua]",
]


def stored(player) -> list[tuple[int, int, str, str]]:
    with player.app.bot_data["services"].proposals.sessions() as s:
        return [(p.id, p.level, p.note, p.state) for p in s.scalars(select(Proposal))]


def log(player) -> list[tuple[str, dict, dict, int, int | None]]:
    with player.app.bot_data["services"].proposals.sessions() as s:
        rows = s.scalars(select(ProposalChange).order_by(ProposalChange.id))
        return [(r.kind, json.loads(r.before), json.loads(r.after), r.by, r.undoes) for r in rows]


def last_change(player) -> int:
    return player.app.bot_data["services"].proposals.changes()[-1].id


async def propose(player, user: int = 1001) -> int:
    await player.send(user, "/dexuat")
    for line in NEW:
        out = texts(await player.send(user, line), user)
    assert "Đã ghi đề xuất" in out[0], out
    return player.app.bot_data["services"].proposals.list()[-1].id


async def edit(
    player, proposal: int, user: int = 1001, field: str = "[Mức]", value: str = "[Mức 4]"
) -> list[dict]:
    """An edit: the field chosen, then its new value (an edit changes one field)."""
    await player.send(user, "/dexuat")
    await player.send(user, f"[✏️ Sửa #{proposal}]")
    await player.send(user, field)
    return await player.send(user, value)


async def edit_level_and_note(player, proposal: int, user: int = 1001) -> list[dict]:
    await edit(player, proposal, user)
    return await edit(player, proposal, user, "[Ghi chú]", "cần <gấp>")


async def test_an_edit_is_quoted_logged_and_undone_and_the_undo_undone(player):
    await register(player)
    pid = await propose(player)
    out = await edit(player, pid)
    reply = texts(out, 1001)
    assert f"Đã sửa đề xuất #{pid}" in reply[0], reply
    assert "Mức: 3 → 4" in reply[0] and "Ghi chú" not in reply[0]
    assert [c["buttons"] for c in out if c["buttons"]] == [[["Hoàn tác"]]]
    assert stored(player) == [(pid, 4, "", "active")]
    out = await edit(player, pid, field="[Ghi chú]", value="cần <gấp>")
    reply = texts(out, 1001)
    assert "Ghi chú: — → cần <gấp>" in reply[0] and "Mức" not in reply[0]
    assert stored(player) == [(pid, 4, "cần <gấp>", "active")]
    edited = last_change(player)

    await player.line("@ 2021-04-13 08:09")  # nine minutes later
    reply = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert f"Đã hoàn tác lần sửa đề xuất #{pid}" in reply[0]
    assert "Ghi chú: cần <gấp> → —" in reply[0]
    assert stored(player) == [(pid, 4, "", "active")]
    created = {
        "name": "Cấp giấy phép di dời công trình",
        "sector": "Xây dựng",
        "tier": "tinh",
        "level": 3,
        "lead": "Sở Xây dựng",
        "coordinate": [],
        "quarter": "Quý II/2021",
        "note": "",
    }
    changed_before, changed_after = {"note": ""}, {"note": "cần <gấp>"}
    assert log(player) == [
        ("create", {}, created, 1001, None),
        ("edit", {"level": 3}, {"level": 4}, 1001, None),
        ("edit", changed_before, changed_after, 1001, None),
        ("undo", changed_after, changed_before, 1001, edited),
    ]

    # The edit's button pressed again: nothing is reverted twice, and the reply says the edit
    # was undone already, when and back to what (not "changed since", u28)
    await player.line("@ 2021-04-13 08:10")
    reply = texts(await player.forged(1001, f"pu:{edited}"), 1001)
    assert reply == [
        f"Nút này đã dùng rồi: lần sửa đề xuất #{pid} đã được hoàn tác lúc 08:09 13/4, về "
        "Ghi chú: —. Không có gì thay đổi."
    ]
    assert stored(player) == [(pid, 4, "", "active")] and len(log(player)) == 4

    # The undo's own button, "↪️ Làm lại" (never a second "Hoàn tác"), brings the edit back,
    # quoted as an edit with its own undo, and is logged too.
    out = await player.send(1001, "[↪️ Làm lại]")
    assert texts(out, 1001)[0].startswith(f"↪️ Đã sửa lại đề xuất #{pid}")
    assert [c["buttons"] for c in out if c["buttons"]] == [[["Hoàn tác"]]]
    assert stored(player) == [(pid, 4, "cần <gấp>", "active")]
    assert [entry[0] for entry in log(player)] == ["create", "edit", "edit", "undo", "undo"]
    # the edit's button once more, after the redo: both said, nothing written
    reply = texts(await player.forged(1001, f"pu:{edited}"), 1001)
    assert reply == [
        f"Nút này đã dùng rồi: lần sửa đề xuất #{pid} đã được hoàn tác lúc 08:09 13/4, về "
        "Ghi chú: —. Lần sửa đã được làm lại lúc 08:10 13/4. Không có gì thay đổi."
    ]
    assert stored(player) == [(pid, 4, "cần <gấp>", "active")] and len(log(player)) == 5


async def test_an_edit_that_keeps_everything_writes_nothing(player):
    await register(player)
    pid = await propose(player)
    await player.send(1001, "/dexuat")
    await player.send(1001, f"[✏️ Sửa #{pid}]")
    await player.send(1001, "[Ghi chú]")
    out = await player.send(1001, "[Giữ nguyên]")
    assert "giữ nguyên mọi mục" in texts(out, 1001)[0]
    assert not [c for c in out if c["buttons"]]
    out = await edit(player, pid, field="[Phối hợp]", value="[Không có]")  # none before either
    assert "giữ nguyên mọi mục" in texts(out, 1001)[0]
    await player.send(1001, "/dexuat")
    await player.send(1001, f"[✏️ Sửa #{pid}]")
    out = await player.send(1001, "muc 3")  # the level it holds, typed at the field question
    assert "giữ nguyên mọi mục" in texts(out, 1001)[0]
    assert [entry[0] for entry in log(player)] == ["create"]


async def test_no_undo_after_ten_minutes_or_for_a_colleague_an_admin_may(player):
    await register(player)
    await register(player, user=1002, name="Trần Thị Bình")  # same agency
    pid = await propose(player)
    await edit_level_and_note(player, pid)
    edited = last_change(player)
    reply = texts(await player.forged(1002, f"pu:{edited}"), 1002)
    assert "Chỉ người đã sửa" in reply[0]
    await player.line("@ 2021-04-13 08:11")
    reply = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert f"trong 10 phút sau khi sửa đề xuất #{pid}" in reply[0]
    assert stored(player) == [(pid, 4, "cần <gấp>", "active")]
    assert len(log(player)) == 3

    out = await edit(player, pid, user=1002, value="[Mức 3]")
    assert "Mức: 4 → 3" in texts(out, 1002)[0] and "Ghi chú" not in texts(out, 1002)[0]
    colleague = last_change(player)
    reply = texts(await player.forged(ADMIN, f"pu:{colleague}"), ADMIN)
    assert "Đã hoàn tác" in reply[0]
    assert stored(player) == [(pid, 4, "cần <gấp>", "active")]
    assert [(kind, by) for kind, _, _, by, _ in log(player)] == [
        ("create", 1001),
        ("edit", 1001),
        ("edit", 1001),
        ("edit", 1002),
        ("undo", ADMIN),
    ]


async def test_no_undo_once_withdrawn_or_once_the_window_has_closed(player):
    await register(player)
    pid = await propose(player)
    await edit_level_and_note(player, pid)
    edited = last_change(player)
    await player.send(1001, "/dexuat")
    await player.send(1001, f"[🗑 Rút #{pid}]")
    reply = texts(await player.forged(1001, f"pu:{edited}"), 1001)
    assert "đã bị rút" in reply[0] and "Không có gì thay đổi" in reply[0]
    assert stored(player) == [(pid, 4, "cần <gấp>", "withdrawn")]
    await player.send(1001, "[Khôi phục]")
    kinds = [entry[0] for entry in log(player)]
    assert kinds == ["create", "edit", "edit", "withdraw", "restore"]
    assert log(player)[3][1:3] == ({"state": "active"}, {"state": "withdrawn"})

    # Edited five minutes before the BIỂU 02 window closes (20/4/2021), undone after it closed.
    await player.line("@ 2021-04-20 23:55")
    out = texts(await edit(player, pid, value="[Mức 3]"), 1001)
    assert "Mức: 4 → 3" in out[0]
    await player.line("@ 2021-04-21 00:02")
    reply = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert "quá hạn nộp đề xuất (20/4/2021)" in reply[0] and "Không có gì thay đổi" in reply[0]
    assert stored(player) == [(pid, 3, "cần <gấp>", "active")]
    assert [entry[0] for entry in log(player)][-1] == "edit"


async def test_unknown_or_forged_change_ids_change_nothing(player):
    await register(player)
    pid = await propose(player)
    created = last_change(player)
    for data in ("pu:999", "pu:0", "pu:" + "9" * 40, f"pu:{created}"):
        reply = texts(await player.forged(1001, data), 1001)
        assert reply and "Không có gì thay đổi" in reply[0], data
    assert stored(player) == [(pid, 3, "", "active")] and len(log(player)) == 1
