"""The admins' warning of reminders that never went names an occurrence by its short key, as
every view does (ux21 #12: "-500 — Sở Y tế: tq-2021-12-20@2021-12-20")."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from bot import reminder_trouble
from usecases.reminders import Failed


async def test_a_failed_reminder_names_the_occurrence_by_its_short_key(monkeypatch):
    told: list[str] = []

    async def notify(bot, desk, admin, text, what):
        told.append(text)

    monkeypatch.setattr(reminder_trouble, "notify", notify)
    desk = SimpleNamespace(config=SimpleNamespace(admins=[9000]))
    failed = [Failed(-500, "Sở Y tế", ("406-11/Y tế", "tq-2021-12-20@2021-12-20"), None)]
    app = SimpleNamespace(bot=None)
    count = await reminder_trouble.report_failed(app, desk, failed, date(2021, 12, 22))
    assert count == 1
    [text] = told
    assert "• <code>-500</code> — Sở Y tế: 406-11/Y tế, tq-2021-12-20 tháng 12/2021" in text
    assert "@" not in text
