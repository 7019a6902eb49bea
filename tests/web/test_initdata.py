"""initData: Telegram's signature over the sorted data-check-string with HMAC-SHA256("WebAppData",
token) as the key; anything altered, signed with another token, too old or from the future is
refused."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode

import pytest

from web.initdata import Rejected, secret_key, sign, verify

TOKEN = "123456:EMULATOR"
NOW = datetime(2021, 4, 13, 8, 0).astimezone()
DAY = 24 * 3600


def test_round_trip_and_telegrams_scheme():
    data = sign(1001, TOKEN, NOW, "Nguyễn Văn An")
    user = verify(data, TOKEN, NOW + timedelta(hours=1), DAY)
    assert (user.user_id, user.name) == (1001, "Nguyễn Văn An")
    # the hash is Telegram's: HMAC-SHA256 of the sorted data-check-string
    fields = dict(parse_qsl(data))
    check = "\n".join(f"{k}={fields[k]}" for k in sorted(fields) if k != "hash")
    secret = hmac.new(b"WebAppData", TOKEN.encode(), hashlib.sha256).digest()
    assert secret == secret_key(TOKEN)
    assert fields["hash"] == hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()


def altered(data: str, **changes: str) -> str:
    fields = dict(parse_qsl(data))
    fields.update(changes)
    return urlencode(fields)


@pytest.mark.parametrize(
    "case",
    ["another user", "another token", "no hash", "stale", "future", "twice", "garbage", "long"],
)
def test_refused(case):
    data = sign(1001, TOKEN, NOW)
    now = NOW
    if case == "another user":
        data = altered(data, user='{"id":9000,"first_name":"Admin"}')
    elif case == "another token":
        data = sign(1001, "654321:OTHER", NOW)
    elif case == "no hash":
        data = "&".join(p for p in data.split("&") if not p.startswith("hash="))
    elif case == "stale":
        now = NOW + timedelta(seconds=DAY + 1)
    elif case == "future":
        now = NOW - timedelta(hours=1)
    elif case == "twice":
        data += "&auth_date=1"
    elif case == "garbage":
        data = "%%%"
    elif case == "long":
        data += "&x=" + "a" * 5000
    with pytest.raises(Rejected):
        verify(data, TOKEN, now, DAY)
