"""Configuration: the reminder settings read from config.toml, bad values refused with a clear
message.
"""

from __future__ import annotations

from datetime import time

import pytest

from bot.config import ConfigError, load_config
from knowledge.deliverables.digest import Cadence


def test_reminder_settings_from_file(tmp_path, monkeypatch):
    monkeypatch.delenv("BOT_ADMINS", raising=False)
    path = tmp_path / "config.toml"
    path.write_text(
        '[bot]\nadmins = [9000]\n[reminders]\ntime = "07:30"\noffsets = [5, 0]\noverdue_every = '
        "0\n",
        encoding="utf-8",
    )
    config = load_config(str(path))
    assert config.reminder_time == time(7, 30)
    assert config.policy.offsets == (5, 0) and config.policy.overdue_every == 0
    assert config.admins == [9000]


@pytest.mark.parametrize("section", ['time = "25:00"', "offsets = [-1]", 'overdue_every = "x"'])
def test_bad_reminder_settings_refused(tmp_path, section):
    path = tmp_path / "config.toml"
    path.write_text(f"[reminders]\n{section}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[reminders\]"):
        load_config(str(path))


def test_digest_cadence_from_the_config(tmp_path):
    path = tmp_path / "config.toml"
    assert load_config(str(path)).digest == Cadence(weekdays=(0,), before_deadline=3)
    path.write_text('[digest]\nweekdays = ["mon", "thu"]\nbefore_deadline = 2\n', encoding="utf-8")
    assert load_config(str(path)).digest == Cadence(weekdays=(0, 3), before_deadline=2)


@pytest.mark.parametrize("section", ['weekdays = ["lundi"]', "before_deadline = -1"])
def test_bad_digest_settings_refused(tmp_path, section):
    path = tmp_path / "config.toml"
    path.write_text(f"[digest]\n{section}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[digest\]"):
        load_config(str(path))


def test_the_desk_address(tmp_path, monkeypatch):
    monkeypatch.delenv("BOT_WEB_URL", raising=False)
    path = tmp_path / "c.toml"
    path.write_text(
        '[telegram]\nmode = "webhook"\nwebhook_url = "https://bot.example.org/telegram"\n',
        encoding="utf-8",
    )
    assert load_config(str(path)).desk_url == "https://bot.example.org/app/"
    path.write_text('[web]\nurl = "https://desk.example.org/bang/"\n', encoding="utf-8")
    assert load_config(str(path)).desk_url == "https://desk.example.org/bang/"
    path.write_text("[telegram]\n", encoding="utf-8")
    assert load_config(str(path)).desk_url == ""  # polling, no address: no Mini App button
    path.write_text('[web]\nurl = "http://127.0.0.1/app/"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(str(path))
