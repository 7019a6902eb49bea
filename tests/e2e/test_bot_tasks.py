"""Provincial tasks updated like rows, and the error handler: the user and the admins told, the bot
alive.
"""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts


async def test_task_updated_by_date_and_by_id(player):
    await register(player)
    out = texts(await player.send(1001, "/capnhat 20/4 xong"), 1001)
    assert "tq-2021-04-20" in out[0] and "Hoàn thành" in out[0]
    out = texts(await player.send(1001, "/capnhat tq-2021-05-20 đang làm"), 1001)
    assert "tq-2021-05-20" in out[0] and "Đang thực hiện" in out[0]
    repo = player.app.bot_data["services"].repo
    assert [(c.key, c.agency, c.new) for c in repo.history()] == [
        ("tq-2021-04-20", "Sở Xây dựng", "hoan_thanh"),
        ("tq-2021-05-20", "Sở Xây dựng", "dang_thuc_hien"),
    ]
    out = texts(await player.send(1001, "/tiendo"), 1001)
    assert "tq-2021-04-20" in out[0] and "Hoàn thành" in out[0]


async def test_task_refused_for_agency_not_addressed(player):
    # The 20/4 dossier goes to Sở TT&TT; it does not file one itself.
    await register(player, 1002, "Sở Thông tin và Truyền thông")
    out = texts(await player.send(1002, "/capnhat tq-2021-04-20 xong"), 1002)
    # said as a task is: the unit does not send it
    assert out == [
        "Sở Thông tin và Truyền thông không phải nộp tq-2021-04-20. Không có gì thay đổi."
    ]
    assert player.app.bot_data["services"].repo.history() == []


async def test_task_in_button_flow(player):
    await register(player)
    out = await player.send(1001, "/capnhat")
    keys = [label.split(" · ")[0] for row in out[-1]["buttons"] for label in row]
    assert "406-14" in keys and "tq-2021-05-20" in keys
    await player.send(1001, "[tq-2021-05-20]")
    out = texts(await player.send(1001, "[Đang kiểm thử]"), 1001)
    assert "tq-2021-05-20" in out[0] and "Đang kiểm thử" in out[0]


async def test_error_is_reported_and_bot_keeps_working(player):
    await register(player)
    repo = player.app.bot_data["services"].repo
    original = repo.record_unless

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    repo.record_unless = broken
    out = await player.send(1001, "/capnhat 406-14 xong")
    assert any("đã có lỗi" in t for t in texts(out, 1001))
    assert any("database went away" in t for t in texts(out, ADMIN))
    repo.record_unless = original
    out = texts(await player.send(1001, "/capnhat 406-14 xong"), 1001)
    assert "Hoàn thành" in out[0]
    assert [c.new for c in repo.history()] == ["hoan_thanh"]
