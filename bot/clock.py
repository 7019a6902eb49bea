"""Time for the bot: Asia/Ho_Chi_Minh, and a clock the emulator can set."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def today_local() -> date:
    return datetime.now(TZ).date()


class Clock:
    """Real time unless set; the scripted demo sets it line by line."""

    def __init__(self, fixed: datetime | None = None):
        self._fixed = fixed

    def set(self, moment: datetime) -> None:
        self._fixed = moment if moment.tzinfo else moment.replace(tzinfo=TZ)

    def now(self) -> datetime:
        return self._fixed if self._fixed is not None else datetime.now(TZ)

    def today(self) -> date:
        return self.now().date()
