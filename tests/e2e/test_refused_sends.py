"""What Telegram refuses in the bot's own flows, and how the bot takes it. A message it starts to
someone who never opened it is refused (403): the bot logs it, tells the other admins once, and
does not try again until that person writes to it. An empty file is never sent.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.clock import TZ
from bot.player import Player
from tests.botkit import ADMIN, register, start_on, texts

LATE_ADMIN = 9001  # listed in the config, never opened the bot
NEVER_OPENED = "403 Forbidden: bot can't initiate conversation with a user"


def told(calls) -> list[str]:
    return [t for t in texts(calls, ADMIN) if "Không gửi được" in t and str(LATE_ADMIN) in t]


async def test_a_digest_to_an_admin_who_never_opened_the_bot(tmp_path, db_url, caplog):
    player = Player(db_url, [ADMIN, LATE_ADMIN], files_dir=tmp_path)
    player.never_opened(LATE_ADMIN)
    # 15/4/2021, three working days before 20/4: a digest day (knowledge/deliverables/digest.py);
    # before 08:00
    player.clock.set(datetime(2021, 4, 15, 7, 0, tzinfo=TZ))
    caplog.set_level(logging.WARNING, logger="handlers.notices")
    await player.start()
    try:
        out = await player.line("@ 2021-04-15 08:00")  # the day's tick: a digest to each admin
        refused = [c for c in out if c["error"]]
        assert [(c["chat_id"], c["error"]) for c in refused] == [(LATE_ADMIN, NEVER_OPENED)]
        assert any("Tổng hợp Tuyên Quang" in t for t in texts(out, ADMIN))
        [notice] = told(out)
        assert "chưa từng mở bot" in notice and "bản tổng hợp" in notice
        assert any(str(LATE_ADMIN) in r.getMessage() for r in caplog.records)
        reminders = player.app.bot_data["services"].reminders
        assert reminders.chat(LATE_ADMIN).active is False
        assert [r.state for r in reminders.log() if r.chat_id == LATE_ADMIN] == ["blocked"]
        # The next tick the same day, and the next digest day: not tried again, nor told again.
        for moment in ("@ 2021-04-15 16:00", "@ 2021-04-16 08:00"):
            out = await player.line(moment)
            assert not [c for c in out if c["chat_id"] == LATE_ADMIN] and not told(out)
        assert [r.state for r in reminders.log() if r.chat_id == LATE_ADMIN] == ["blocked"]
        # Once they open the bot, the next digest reaches them.
        await player.send(LATE_ADMIN, "/start")
        assert reminders.chat(LATE_ADMIN).active is True
        out = await player.line("@ 2021-04-19 08:00")
        assert [c["error"] for c in out if c["chat_id"] == LATE_ADMIN] == [None]
    finally:
        await player.stop()


async def test_a_registration_notice_to_an_admin_who_never_opened_the_bot(tmp_path, db_url):
    player = Player(db_url, [ADMIN, LATE_ADMIN], files_dir=tmp_path)
    player.never_opened(LATE_ADMIN)
    player.clock.set(datetime(2021, 4, 11, 10, 0, tzinfo=TZ))  # a Sunday: no digest
    await player.start()
    try:
        out = await player.send(1001, "/dangky Sở Xây dựng")
        assert [c["chat_id"] for c in out if c["error"]] == [LATE_ADMIN]
        assert any("Yêu cầu đăng ký" in t for t in texts(out, ADMIN))
        [notice] = told(out)
        assert "chưa từng mở bot" in notice
        out = await player.send(1002, "/dangky Sở Y tế")
        assert not [c for c in out if c["chat_id"] == LATE_ADMIN] and not told(out)
        assert any("Yêu cầu đăng ký" in t for t in texts(out, ADMIN))
    finally:
        await player.stop()


async def test_an_officer_who_never_opened_the_bot_is_not_reminded(tmp_path, db_url):
    """Written to the database by an import or by hand: the first reminder is refused, reported
    once, and not tried again.
    """
    player = Player(db_url, [ADMIN], files_dir=tmp_path)
    await start_on(player, "@ 2021-04-12 09:00")
    try:
        await player.send(1001, "/dangky Sở Xây dựng")
        await player.send(ADMIN, "/duyet 1001")
        await player.line("! never-opened 1001")  # as if it had registered some other way
        out = await player.line("@ 2021-04-15 08:00")
        assert [c["chat_id"] for c in out if c["error"]] == [1001]
        assert len([t for t in texts(out, ADMIN) if "Không gửi được" in t and "1001" in t]) == 1
        out = await player.line("@ 2021-04-15 17:00")
        assert not [c for c in out if c["chat_id"] == 1001]
        await player.line("! blocked 1002")
        assert 1002 in player.emulator.blocked
    finally:
        await player.stop()


async def test_an_empty_report_file_is_never_sent(player, monkeypatch):
    """Telegram refuses an empty upload: the officer reads one line instead, nothing is sent."""
    from usecases import reports  # where the workbook is written

    await register(player)
    monkeypatch.setattr(reports, "render", lambda table: b"")
    await player.send(1001, "/baocao")
    out = await player.send(1001, "[Tiến độ BIỂU 01 (Sở Xây dựng)]")
    assert not [c for c in out if c["method"] == "sendDocument"]
    assert any("Không tạo được tệp" in t for t in texts(out, 1001))


async def test_an_error_is_told_to_the_user_and_the_admins_who_opened_the_bot(
    tmp_path, db_url, monkeypatch
):
    """A handler that fails: the user is told in Vietnamese, the admins get the error, and an
    admin who never opened the bot is marked and reported once instead of failing silently."""
    player = Player(db_url, [ADMIN, LATE_ADMIN], files_dir=tmp_path)
    player.never_opened(LATE_ADMIN)
    player.clock.set(datetime(2021, 4, 11, 10, 0, tzinfo=TZ))  # a Sunday: no digest
    await player.start()
    try:
        services = player.app.bot_data["services"]

        def broken(*args, **kwargs):
            raise RuntimeError("hỏng")

        # what a question in chat calls first; undone after the test: the reader of the shipped
        # catalogue is shared by every bot of the process (default_assistant)
        monkeypatch.setattr(services.assistant, "understand", broken)
        out = await player.send(1001, "giấy phép xây dựng hạn khi nào")
        assert any("đã có lỗi" in t for t in texts(out, 1001))
        assert any("⚠️ Lỗi" in t and "hỏng" in t for t in texts(out, ADMIN))
        assert [c["chat_id"] for c in out if c["error"]] == [LATE_ADMIN]
        [notice] = told(out)
        assert "chưa từng mở bot" in notice
        assert services.reminders.chat(LATE_ADMIN).active is False
        # the next error reaches the admin who opened the bot, and no attempt at the other
        out = await player.send(1001, "mục 22")
        assert any("⚠️ Lỗi" in t for t in texts(out, ADMIN))
        assert not [c for c in out if c["chat_id"] == LATE_ADMIN] and not told(out)
    finally:
        await player.stop()
