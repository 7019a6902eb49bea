"""Configuration: config.toml (or the file given), then the environment, then embedded defaults."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


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


def load_config(path: str | None = None) -> Config:
    config = Config()
    file = Path(path) if path else Path("config.toml")
    if file.exists():
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        tg, bot = data.get("telegram", {}), data.get("bot", {})
        for key in ("token", "mode", "webhook_url", "webhook_secret", "listen", "port"):
            if key in tg:
                setattr(config, key, tg[key])
        for key in ("province", "admins", "database"):
            if key in bot:
                setattr(config, key, bot[key])
    env = os.environ
    config.token = env.get("TELEGRAM_BOT_TOKEN", config.token)
    config.database = env.get("BOT_DATABASE_URL", config.database)
    config.province = env.get("BOT_PROVINCE", config.province)
    if env.get("BOT_ADMINS"):
        config.admins = [int(x) for x in env["BOT_ADMINS"].replace(",", " ").split()]
    config.admins = [int(a) for a in config.admins]
    return config
