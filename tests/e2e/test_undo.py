"""Every status change is quoted back with a "Hoàn tác" button; pressing it appends the status and
note before the change (history is never rewritten), for the same person or an admin, only while
the change is still the latest for its row and agency. A withdrawn proposal can be restored.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.clock import TZ
from db.models import Proposal
from tests.botkit import ADMIN, register, texts

BUILDING = "Sở Xây dựng"


def history(player, key: str) -> list[tuple[str, str, int]]:
    return [(c.new, c.note, c.by) for c in player.app.bot_data["services"].repo.history(key)]


def current(player, key: str, agency: str = BUILDING) -> tuple[str, str]:
    change = player.app.bot_data["services"].repo.current(key, agency)
    return change.new, change.note


def last_id(player, key: str) -> int:
    return player.app.bot_data["services"].repo.history(key)[-1].id


def buttons(calls, chat: int) -> list[list[str]]:
    return [c["buttons"] for c in calls if c["chat_id"] == chat and c["buttons"]]


async def test_undo_restores_the_status_and_note_before_and_is_quoted_back(player):
    await register(player)
    await player.send(1001, "/capnhat 406-15 vướng mắc chờ máy chủ")
    out = await player.send(1001, "/capnhat 406-15 xong")
    assert buttons(out, 1001) == [[["Hoàn tác"]]]
    done = last_id(player, "406-15")
    out = await player.send(1001, "[Hoàn tác]")
    reply = texts(out, 1001)
    assert any("Đã hoàn tác" in t and "Hoàn thành → Vướng mắc" in t for t in reply), reply
    # the undo's own button writes the change back as a new write, never under "Hoàn tác"
    assert buttons(out, 1001) == [[["↪️ Làm lại"]]]
    assert history(player, "406-15") == [
        ("vuong_mac", "chờ máy chủ", 1001),
        ("hoan_thanh", "", 1001),
        ("vuong_mac", "chờ máy chủ", 1001),
    ]
    assert current(player, "406-15") == ("vuong_mac", "chờ máy chủ")

    # The same button pressed again: it was undone already, and nothing is written.
    out = texts(await player.forged(1001, f"un:{done}"), 1001)
    assert out == [
        "Nút này đã dùng rồi: 406-15 (Sở Xây dựng) đã được hoàn tác lúc 08:00 13/4, về "
        "Vướng mắc. Không có gì thay đổi."
    ]
    assert len(history(player, "406-15")) == 3

    # The undo's own button brings the undone change back, quoted as a write with its undo.
    out = await player.send(1001, "[↪️ Làm lại]")
    assert texts(out, 1001)[0].startswith("↪️ Đã ghi lại: 406-15 (Sở Xây dựng): Vướng")
    assert buttons(out, 1001) == [[["Hoàn tác"]]]
    assert current(player, "406-15") == ("hoan_thanh", "")
    assert len(history(player, "406-15")) == 4


async def test_undoing_a_first_change_restores_not_started(player):
    await register(player)
    await player.send(1001, "/capnhat")
    await player.send(1001, "[406-14]")
    out = await player.send(1001, "[Hoàn thành]")
    assert buttons(out, 1001) == [[["Hoàn tác"]]]  # the button flow is quoted back the same way
    await player.send(1001, "[Hoàn tác]")
    assert history(player, "406-14") == [("hoan_thanh", "", 1001), ("chua_bat_dau", "", 1001)]


async def test_a_status_saved_with_its_pending_note_can_be_undone(player):
    await register(player)
    await player.send(1001, "/capnhat 406-15 vướng mắc")
    out = await player.send(1001, "Thiếu máy chủ")
    assert buttons(out, 1001) == [[["Hoàn tác"]]]
    await player.send(1001, "[Hoàn tác]")
    assert current(player, "406-15") == ("chua_bat_dau", "")


async def test_another_officer_may_not_undo_an_admin_may(player):
    await register(player)
    await register(player, user=1002, name="Trần Thị Bình")  # same agency, a colleague
    await player.send(1001, "/capnhat 406-14 xong")
    change = last_id(player, "406-14")
    for stranger in (1002, 2001):
        out = texts(await player.forged(stranger, f"un:{change}"), stranger)
        assert "Không có gì thay đổi" in out[0]
    assert history(player, "406-14") == [("hoan_thanh", "", 1001)]
    out = texts(await player.forged(ADMIN, f"un:{change}"), ADMIN)
    assert "Đã hoàn tác" in out[0]
    assert history(player, "406-14") == [("hoan_thanh", "", 1001), ("chua_bat_dau", "", ADMIN)]


async def test_no_undo_after_a_newer_change_or_after_losing_the_right(player):
    await register(player)
    await player.send(1001, "/capnhat 406-14 đang làm")
    first = last_id(player, "406-14")
    await player.send(1001, "/capnhat 406-14 kiểm thử")
    out = texts(await player.forged(1001, f"un:{first}"), 1001)
    assert "mới hơn" in out[0]
    assert current(player, "406-14") == ("dang_kiem_thu", "")

    await player.send(ADMIN, "/thuhoi 1001")
    out = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert "chưa là cán bộ" in out[0]
    assert len(history(player, "406-14")) == 2


async def test_unknown_change_ids_change_nothing(player):
    await register(player)
    for data in ("un:999", "un:0", "un:" + "9" * 40):
        out = texts(await player.forged(1001, data), 1001)
        assert out and "Không có gì thay đổi" in out[0]
    assert player.app.bot_data["services"].repo.history() == []


async def proposal_states(player) -> list[str]:
    with player.app.bot_data["services"].repo.sessions() as s:
        return [p.state for p in s.scalars(select(Proposal))]


async def test_a_withdrawn_proposal_is_restored_until_the_deadline(player):
    await register(player)
    svc = player.app.bot_data["services"]
    data = {
        "name": "Cấp phép di dời",
        "sector": "",
        "tier": "tinh",
        "level": 3,
        "lead": BUILDING,
        "coordinate": [],
        "quarter": "Quý II/2021",
        "note": "",
    }
    proposal = svc.proposals.add(BUILDING, 1001, data, svc.clock.now())
    await player.send(1001, "/dexuat")
    out = await player.send(1001, f"[🗑 Rút #{proposal.id}]")
    assert buttons(out, 1001) == [[["Khôi phục"]]]
    assert await proposal_states(player) == ["withdrawn"]
    out = texts(await player.send(1001, "[Khôi phục]"), 1001)
    assert "Đã khôi phục" in out[0]
    assert await proposal_states(player) == ["active"]
    out = texts(await player.forged(1001, f"pr:{proposal.id}"), 1001)  # pressed twice
    assert "chưa bị rút" in out[0]
    await player.send(1001, "[Rút lại]")
    await player.set_clock(datetime(2021, 4, 21, 8, 0, tzinfo=TZ))
    out = texts(await player.forged(1001, f"pr:{proposal.id}"), 1001)
    assert "quá hạn" in out[0]
    assert await proposal_states(player) == ["withdrawn"]


async def test_hoantac_undoes_my_last_status_and_nothing_else(player):
    out = texts(await player.send(1001, "/hoantac"), 1001)
    assert "chưa ghi trạng thái hay nộp gì" in out[0] and "Không có gì thay đổi" in out[0]
    await register(player)
    out = texts(await player.send(1001, "/hoantac"), 1001)
    assert "chưa ghi trạng thái hay nộp gì" in out[0]
    await player.send(1001, "/capnhat 406-14 đang làm")
    await player.send(1001, "/capnhat 406-15 vướng mắc chờ máy chủ")
    out = texts(await player.send(1001, "/hoantac"), 1001)
    assert any("Đã hoàn tác" in t and "406-15" in t for t in out), out
    # the last one written, appended: 406-14 untouched
    assert current(player, "406-15") == ("chua_bat_dau", "")
    assert [c[0] for c in history(player, "406-15")] == ["vuong_mac", "chua_bat_dau"]
    assert current(player, "406-14") == ("dang_thuc_hien", "")
    # someone else's /hoantac does not touch mine
    await register(player, 1002, "Sở Xây dựng")
    out = texts(await player.send(1002, "/hoantac"), 1002)
    assert "chưa ghi trạng thái hay nộp gì" in out[0]
    assert len(history(player, "406-15")) == 2


async def test_hoantac_after_ten_minutes_changes_nothing(player):
    await register(player)
    await player.send(1001, "/capnhat 406-14 xong")
    await player.set_clock(player.clock.now() + timedelta(minutes=11))
    out = texts(await player.send(1001, "/hoantac"), 1001)
    assert "10 phút" in out[0] and "Không có gì thay đổi" in out[0]
    assert current(player, "406-14") == ("hoan_thanh", "")


async def test_a_mistyped_command_offers_the_one_it_is_a_slip_of(player):
    out = texts(await player.send(1001, "/capnhap 406-14 xong"), 1001)
    assert "/capnhat" in out[0] and "Có phải" in out[0]
    out = texts(await player.send(1001, "/tien_do"), 1001)
    assert "/tiendo" in out[0]
    out = texts(await player.send(1001, "/zzqq"), 1001)
    assert "chưa biết" in out[0] and "Có phải" not in out[0]
    assert player.app.bot_data["services"].repo.history() == []


async def test_undo_typed_as_text_offers_the_button_and_never_undoes_by_itself(player):
    """ "hoàn tác", "hoan tac", "huỷ thao tác vừa rồi" were "Tôi chưa hiểu câu hỏi này"."""
    await register(player)
    out = texts(await player.send(1001, "hoàn tác"), 1001)
    assert out[0].startswith("Bạn chưa ghi trạng thái hay nộp gì để hoàn tác."), out
    await player.send(1001, "/capnhat 406-14 dang lam")
    for typed in ("hoàn tác", "hoan tac", "huỷ thao tác vừa rồi", "em muon huy cai vua ghi"):
        calls = await player.send(1001, typed)
        assert texts(calls, 1001) == [
            "Thay đổi gần nhất bạn ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Đang thực hiện\n"
            "Bấm Hoàn tác để đưa về trạng thái trước đó; không bấm thì không có gì thay đổi."
        ], typed
        assert buttons(calls, 1001) == [[["Hoàn tác"]]]
        assert current(player, "406-14") == ("dang_thuc_hien", "")  # nothing undone yet
    out = texts(await player.send(1001, "[Hoàn tác]"), 1001)
    assert out[0].startswith("↩️ Đã hoàn tác: 406-14 (Sở Xây dựng): Đang thực hiện → Chưa")
    assert [c[0] for c in history(player, "406-14")] == ["dang_thuc_hien", "chua_bat_dau"]
    # a service that cancels something is still a question
    out = texts(await player.send(1001, "hủy mẫu con dấu doanh nghiệp hạn khi nào"), 1001)
    assert "411-2" in out[0]


async def test_a_second_hoantac_says_the_undo_is_done_and_asks_before_writing_back(player):
    """/hoantac twice undid the undo: the status came back without a word of warning."""
    await register(player)
    await player.send(1001, "/capnhat 406-14 dang lam")
    out = texts(await player.send(1001, "/hoantac"), 1001)
    assert out[0].startswith("↩️ Đã hoàn tác: 406-14 (Sở Xây dựng): Đang thực hiện → Chưa")
    calls = await player.send(1001, "/hoantac")
    assert texts(calls, 1001) == [
        "Bạn vừa hoàn tác: 406-14 (Sở Xây dựng): Đang thực hiện → Chưa bắt đầu\n"
        "Không còn gì để hoàn tác; không có gì thay đổi.\n"
        "Muốn ghi lại “Đang thực hiện” cho 406-14? Bấm nút."
    ]
    assert buttons(calls, 1001) == [[["↪️ Làm lại Đang thực hiện"]]]
    assert [c[0] for c in history(player, "406-14")] == ["dang_thuc_hien", "chua_bat_dau"]
    # typed as text: the same
    out = texts(await player.send(1001, "hoan tac"), 1001)
    assert out[0].startswith("Bạn vừa hoàn tác: 406-14")
    # the press writes it back, as the undo's own "↪️ Làm lại" would: a write of its own
    out = texts(await player.send(1001, "[↪️ Làm lại Đang thực hiện]"), 1001)
    assert "Đã ghi lại: 406-14 (Sở Xây dựng): Chưa bắt đầu → Đang thực hiện" in out[0]
    assert current(player, "406-14") == ("dang_thuc_hien", "")
    # that press was a write: /hoantac undoes it as its "Hoàn tác" would
    out = texts(await player.send(1001, "/hoantac"), 1001)
    assert out[0].startswith("↩️ Đã hoàn tác: 406-14 (Sở Xây dựng): Đang thực hiện → Chưa")
    # past the 10 minutes of that undo: nothing is offered
    await player.set_clock(player.clock.now() + timedelta(minutes=11))
    calls = await player.send(1001, "/hoantac")
    assert texts(calls, 1001)[0].endswith("Không còn gì để hoàn tác; không có gì thay đổi.")
    assert buttons(calls, 1001) == []
    assert [c[0] for c in history(player, "406-14")] == [
        "dang_thuc_hien",
        "chua_bat_dau",
        "dang_thuc_hien",
        "chua_bat_dau",
    ]
