"""Configuration: config.toml (or the file given), then the environment, then embedded defaults."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from urllib.parse import urlsplit

from knowledge.deliverables.digest import Cadence, parse_weekdays
from knowledge.rules.reminders import Policy


@dataclass
class Config:
    token: str = ""
    mode: str = "polling"
    webhook_url: str = ""
    webhook_secret: str = ""
    listen: str = "127.0.0.1"
    port: int = 8443
    province: str = "tuyen-quang"
    admins: list[int] = field(default_factory=list)
    database: str = "sqlite:///data/bot.db"
    reminder_time: time = time(8, 0)  # Asia/Ho_Chi_Minh
    policy: Policy = field(default_factory=Policy)
    digest: Cadence = field(default_factory=Cadence)  # when the coordinator's digest goes out
    # several processes on one database: claims are recovered only when stale
    single_instance: bool = True
    # the web desk (a Telegram Mini App): its public HTTPS address; empty means the one under
    # webhook_url's host (https://host/app/), or none in polling mode
    web_url: str = ""
    web_max_age: int = 24 * 3600  # seconds a Mini App's initData stays valid after auth_date

    @property
    def desk_url(self) -> str:
        """The HTTPS address Telegram opens the desk at, or "" when there is none: Telegram
        accepts a web_app button only with an HTTPS URL."""
        url = self.web_url or _beside(self.webhook_url, WEB_PATH)
        return url if url.startswith("https://") else ""


WEB_PATH = "/app/"  # where the bot's own server serves the desk


def _beside(url: str, path: str) -> str:
    """`path` on `url`'s scheme and host: the page beside the webhook."""
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{path}" if parts.scheme and parts.netloc else ""


class ConfigError(ValueError):
    pass


def load_config(path: str | None = None) -> Config:
    config = Config()
    file = Path(path) if path else Path("config.toml")
    if file.exists():
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        tg, bot = data.get("telegram", {}), data.get("bot", {})
        for key in ("token", "mode", "webhook_url", "webhook_secret", "listen", "port"):
            if key in tg:
                setattr(config, key, tg[key])
        for key in ("province", "admins", "database", "single_instance"):
            if key in bot:
                setattr(config, key, bot[key])
        _web(config, data.get("web", {}))
        _reminders(config, data.get("reminders", {}))
        _digest(config, data.get("digest", {}))
    env = os.environ
    config.token = env.get("TELEGRAM_BOT_TOKEN", config.token)
    config.database = env.get("BOT_DATABASE_URL", config.database)
    config.province = env.get("BOT_PROVINCE", config.province)
    config.web_url = env.get("BOT_WEB_URL", config.web_url)
    if env.get("BOT_ADMINS"):
        config.admins = [int(x) for x in env["BOT_ADMINS"].replace(",", " ").split()]
    config.admins = [int(a) for a in config.admins]
    return config


def _reminders(config: Config, section: dict) -> None:
    try:
        if "time" in section:
            config.reminder_time = time.fromisoformat(str(section["time"]))
        offsets = tuple(int(x) for x in section.get("offsets", config.policy.offsets))
        every = int(section.get("overdue_every", config.policy.overdue_every))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"[reminders]: {exc}") from None
    if any(x < 0 for x in offsets) or every < 0:
        raise ConfigError("[reminders]: offsets and overdue_every must not be negative")
    config.policy = Policy(offsets=offsets, overdue_every=every)


def _digest(config: Config, section: dict) -> None:
    try:
        weekdays = section.get("weekdays")
        days = parse_weekdays(weekdays) if weekdays is not None else config.digest.weekdays
        before = int(section.get("before_deadline", config.digest.before_deadline))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"[digest]: {exc}") from None
    if before < 0:
        raise ConfigError("[digest]: before_deadline must not be negative")
    config.digest = Cadence(weekdays=days, before_deadline=before)


def _web(config: Config, section: dict) -> None:
    url = str(section.get("url", config.web_url))
    if url and not url.startswith("https://"):
        raise ConfigError("[web] url: Telegram opens a Mini App only at an https:// address")
    try:
        age = int(section.get("max_age", config.web_max_age))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"[web] max_age: {exc}") from None
    if age <= 0:
        raise ConfigError("[web] max_age must be positive")
    config.web_url, config.web_max_age = url, age
