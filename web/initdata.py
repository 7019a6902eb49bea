"""Who opened the page: the Mini App's initData, signed by Telegram with the bot's token.

Telegram's scheme (core.telegram.org/bots/webapps, "Validating data received via the Mini App"):
the data-check-string is every received field but `hash`, as `key=value` sorted by key and joined
by line feeds; the secret key is HMAC-SHA256 of the bot token keyed with "WebAppData"; the hash
is the hex HMAC-SHA256 of the data-check-string under that secret. A valid hash says Telegram
gave these fields to this user of this bot; `auth_date` says when, and an old one is refused, so a
copied link does not open the desk for ever.

`sign` builds the same string locally: the demo (`python -m bot web --demo`) and the tests open
the page with it, as Telegram would.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode

from usecases.desk_views import DEMO_NAME

MAX_INIT_DATA = 4096  # bytes; Telegram's are a few hundred
FUTURE_SKEW = 300  # seconds an auth_date may lie ahead of our clock (clocks differ)


@dataclass(frozen=True)
class WebUser:
    user_id: int
    name: str
    auth_date: int


class Rejected(ValueError):
    """initData that does not prove who is asking: forged, altered, stale or malformed."""


def secret_key(token: str) -> bytes:
    return hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()


def _check_string(fields: dict[str, str]) -> str:
    return "\n".join(f"{k}={fields[k]}" for k in sorted(fields) if k != "hash")


def _hash(fields: dict[str, str], token: str) -> str:
    return hmac.new(secret_key(token), _check_string(fields).encode(), hashlib.sha256).hexdigest()


def verify(init_data: str, token: str, now: datetime, max_age: int) -> WebUser:
    """The user the initData was signed for; Rejected when it is not Telegram's, or too old."""
    if not init_data or len(init_data.encode()) > MAX_INIT_DATA:
        raise Rejected("thiếu hoặc quá dài")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        raise Rejected("không đọc được") from None
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise Rejected("một trường xuất hiện hai lần")
    given = fields.get("hash", "")
    if not given or not hmac.compare_digest(_hash(fields, token), given.lower()):
        raise Rejected("chữ ký không đúng")
    try:
        auth_date = int(fields.get("auth_date", ""))
        user = json.loads(fields.get("user", ""))
        user_id = int(user["id"])
    except (ValueError, TypeError, KeyError):
        raise Rejected("thiếu auth_date hoặc user") from None
    age = now.timestamp() - auth_date
    if age > max_age or age < -FUTURE_SKEW:
        raise Rejected("đã hết hạn")
    name = " ".join(str(user.get(k) or "") for k in ("first_name", "last_name")).strip()
    return WebUser(user_id, name or str(user_id), auth_date)


def sign(user_id: int, token: str, at: datetime, name: str = "") -> str:
    """initData as Telegram would give it to `user_id` at `at`: for the demo and the tests."""
    first, _, last = (name or DEMO_NAME.format(user_id)).partition(" ")
    user = {"id": user_id, "first_name": first, "language_code": "vi"}
    if last:
        user["last_name"] = last
    fields = {
        "auth_date": str(int(at.timestamp())),
        "query_id": f"demo-{user_id}-{int(at.timestamp())}",
        "user": json.dumps(user, ensure_ascii=False, separators=(",", ":")),
    }
    fields["hash"] = _hash(fields, token)
    return urlencode(fields)
