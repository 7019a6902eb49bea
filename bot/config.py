"""Configuration: config.toml (or the file given), then the environment, then embedded defaults,
validated by one schema (pydantic) before anything starts.

Every bad value is one line naming its key (or its environment variable) and what is expected;
load_config raises ConfigError with those lines and the command line exits 2. Enumerations are
enumerations and booleans booleans: `mode = "webhok"` or `port = "abc"` is refused, never read as
the default. A key the schema does not know is refused too (a typo would otherwise be ignored),
except the keys that were dropped, which load with a warning.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tomllib
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
)
from pydantic import field_validator as validates

from bot.config_error import ConfigError
from bot.os_errors import why_unreadable
from knowledge.deliverables.digest import Cadence, parse_weekdays
from knowledge.rules.reminders import Policy

log = logging.getLogger(__name__)
DEFAULT_DATABASE = "sqlite:///data/bot.db"


class Mode(StrEnum):
    POLLING = "polling"
    WEBHOOK = "webhook"


@dataclass
class Config:
    token: str = ""
    mode: Mode = Mode.POLLING
    webhook_url: str = ""
    webhook_secret: str = ""
    listen: str = "127.0.0.1"
    port: int = 8443
    province: str = "tuyen-quang"
    admins: list[int] = field(default_factory=list)
    database: str = DEFAULT_DATABASE
    reminder_time: time = time(8, 0)  # Asia/Ho_Chi_Minh
    policy: Policy = field(default_factory=Policy)
    digest: Cadence = field(default_factory=Cadence)  # when the coordinator's digest goes out
    # where the province came from, to name it if no such province exists (bot/app.py)
    province_key: str = "[bot] province"
    # the web desk (a Telegram Mini App): its public HTTPS address; empty means the one under
    # webhook_url's host (https://host/app/), or none in polling mode
    web_url: str = ""
    web_max_age: int = 24 * 3600  # seconds a Mini App's initData stays valid after auth_date
    one_core: bool = True  # a running bot's threads kept to one CPU core (bot/cores.py)

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


# -- the schema ---------------------------------------------------------------------------------
UserId = Annotated[StrictInt, Field(gt=0)]
Days = Annotated[StrictInt, Field(ge=0)]
Slug = Annotated[StrictStr, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TelegramSection(Section):
    token: StrictStr = ""
    mode: Mode = Mode.POLLING
    webhook_url: StrictStr = ""
    webhook_secret: StrictStr = ""
    listen: StrictStr = "127.0.0.1"
    port: Annotated[StrictInt, Field(ge=1, le=65535)] = 8443


class BotSection(Section):
    province: Slug = "tuyen-quang"
    admins: list[UserId] = []
    database: Annotated[StrictStr, Field(min_length=1)] = DEFAULT_DATABASE
    one_core: StrictBool = True

    @validates("one_core", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> Any:
        # BOT_ONE_CORE=false: the environment gives text; TOML gives a real boolean
        if isinstance(value, str):
            return {"true": True, "1": True, "false": False, "0": False}.get(
                value.strip().lower(), value
            )
        return value

    @validates("admins", mode="before")
    @classmethod
    def _listed(cls, value: Any) -> Any:
        # BOT_ADMINS="1001, 1002": ids separated by commas or spaces; ASCII digits only
        if isinstance(value, str):
            items = value.replace(",", " ").split()
            return [int(x) if x.isascii() and x.isdigit() else x for x in items]
        return value


class RemindersSection(Section):
    time: dt.time = dt.time(8, 0)
    offsets: list[Days] = list(Policy().offsets)
    overdue_every: Days = Policy().overdue_every


class DigestSection(Section):
    weekdays: list[StrictStr] = ["mon"]
    before_deadline: Days = Cadence().before_deadline

    @validates("weekdays")
    @classmethod
    def _weekdays(cls, value: list[str]) -> list[str]:
        parse_weekdays(value)
        return value


class WebSection(Section):
    url: Annotated[StrictStr, Field(pattern=r"^(https://\S+)?$")] = ""
    max_age: Annotated[StrictInt, Field(gt=0)] = 24 * 3600


class Settings(Section):
    telegram: TelegramSection = TelegramSection()
    bot: BotSection = BotSection()
    reminders: RemindersSection = RemindersSection()
    digest: DigestSection = DigestSection()
    web: WebSection = WebSection()


# environment variable -> (section, key); the environment wins over the file
ENVIRONMENT = {
    "TELEGRAM_BOT_TOKEN": ("telegram", "token"),
    "BOT_DATABASE_URL": ("bot", "database"),
    "BOT_PROVINCE": ("bot", "province"),
    "BOT_ADMINS": ("bot", "admins"),
    "BOT_WEB_URL": ("web", "url"),
    "BOT_ONE_CORE": ("bot", "one_core"),
}
# keys that were dropped: still accepted, with a warning
DROPPED = {
    ("bot", "single_instance"): (
        "không còn dùng: các tiến trình chia việc nhắc hạn theo hạn giữ (lease) nên không cần "
        "khai báo; hãy bỏ dòng này"
    ),
}
EXPECTED = {
    ("telegram", "mode"): "polling hoặc webhook",
    ("telegram", "port"): "một số nguyên từ 1 đến 65535",
    ("bot", "province"): "mã tỉnh viết thường, nối bằng gạch, ví dụ tuyen-quang",
    ("bot", "admins"): "danh sách id Telegram (số nguyên dương), ví dụ [123456789]",
    ("bot", "database"): "một URL cơ sở dữ liệu, ví dụ sqlite:///data/bot.db",
    ("bot", "one_core"): "true hoặc false",
    ("reminders", "time"): 'giờ dạng "HH:MM", ví dụ "08:00"',
    ("reminders", "offsets"): "danh sách số ngày không âm, ví dụ [7, 3, 1, 0]",
    ("reminders", "overdue_every"): "một số ngày không âm (0: không nhắc quá hạn)",
    ("digest", "weekdays"): 'danh sách thứ mon..sun hoặc T2..T7, CN, ví dụ ["mon"]',
    ("digest", "before_deadline"): "một số ngày làm việc không âm",
    ("web", "url"): "một địa chỉ https://… (Telegram chỉ mở Mini App ở địa chỉ HTTPS)",
    ("web", "max_age"): "một số giây dương, ví dụ 86400",
}


# what pydantic found wrong, for a key with no entry in EXPECTED
BY_TYPE = {
    "int_type": "một số nguyên",
    "int_parsing": "một số nguyên",
    "string_type": "một chuỗi trong dấu nháy",
    "bool_type": "true hoặc false",
    "list_type": "một danh sách [...]",
    "model_type": "một mục [tên] của TOML",
    "dict_type": "một mục [tên] của TOML",
}


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 60 else text[:57] + "…"


def _name(path: tuple, from_env: dict[tuple, str]) -> str:
    key = tuple(str(p) for p in path[:2])
    if key in from_env:
        return from_env[key]
    if len(path) == 1:
        return f"[{path[0]}]"
    rest = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[2:])
    return f"[{path[0]}] {path[1]}{rest}"


def _lines(error: ValidationError, data: dict, from_env: dict[tuple, str]) -> list[str]:
    lines = []
    for problem in error.errors():
        path = problem["loc"]
        name = _name(path, from_env)
        if problem["type"] == "extra_forbidden":
            where = Settings if len(path) == 1 else Settings.model_fields[str(path[0])].annotation
            known = ", ".join(getattr(where, "model_fields", {}))
            what = "mục" if len(path) == 1 else "khóa"
            lines.append(f"{name}: không có {what} này (có: {known}).")
            continue
        expected = EXPECTED.get((str(path[0]), str(path[1]))) if len(path) > 1 else None
        value = data
        for part in path:
            value = value[part] if isinstance(value, dict | list) else value
        detail = expected or BY_TYPE.get(problem["type"], problem["msg"])
        if expected and problem["type"] == "value_error":  # a weekday: say which one
            detail = f"{expected} ({problem['msg'].removeprefix('Value error, ')})"
        lines.append(f"{name} = {_shown(value)}: cần {detail}.")
    return lines


def _read_file(file: Path) -> dict:
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: không phải văn bản UTF-8.") from None
    except OSError as exc:
        raise ConfigError(f"{file}: không đọc được ({why_unreadable(exc)}).") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: TOML sai cú pháp: {exc}.") from None


def load_config(path: str | None = None) -> Config:
    """The configuration, validated; ConfigError with one line per bad value."""
    file = Path(path) if path else Path("config.toml")
    if path and not file.is_file():
        raise ConfigError(f"{file}: không có tệp cấu hình này.")
    data = _read_file(file) if file.is_file() else {}
    for (section, key), why in DROPPED.items():
        part = data.get(section)
        if isinstance(part, dict) and key in part:
            log.warning("Cấu hình: [%s] %s %s.", section, key, why)
            part.pop(key)
    from_env: dict[tuple, str] = {}
    for variable, (section, key) in ENVIRONMENT.items():
        value = os.environ.get(variable)
        if value:
            part = data.setdefault(section, {})
            if isinstance(part, dict):
                part[key] = value
                from_env[(section, key)] = variable
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        raise ConfigError("\n".join(_lines(error, data, from_env))) from None
    tg, bot, reminders, digest = (
        settings.telegram,
        settings.bot,
        settings.reminders,
        settings.digest,
    )
    return Config(
        token=tg.token,
        mode=tg.mode,
        webhook_url=tg.webhook_url,
        webhook_secret=tg.webhook_secret,
        listen=tg.listen,
        port=tg.port,
        province=bot.province,
        admins=list(bot.admins),
        database=bot.database,
        reminder_time=reminders.time,
        policy=Policy(offsets=tuple(reminders.offsets), overdue_every=reminders.overdue_every),
        digest=Cadence(
            weekdays=parse_weekdays(digest.weekdays), before_deadline=digest.before_deadline
        ),
        province_key=from_env.get(("bot", "province"), "[bot] province"),
        web_url=settings.web.url,
        web_max_age=settings.web.max_age,
        one_core=bot.one_core,
    )


def province_for(given: str | None, path: str | None = None) -> str:
    """The province a command works on: `--province` when given, else the configuration's
    (`[bot] province`, `BOT_PROVINCE`), as `run` reads it: one path for every command, so a bot
    set up for Khánh Hòa the documented way is not answered as Tuyên Quang by `demo` or `ask`."""
    return given or load_config(path).province
