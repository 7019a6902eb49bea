"""What every call of the desk's API goes through: who is asking (the Mini App's initData, checked
and paced, then the chat's permissions), the body read within its bound, and the JSON answer or
refusal with the desk's headers. Used by the endpoints of web/app.py and web/tracking.py.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import JSONResponse

from usecases import desk_views
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from web import render
from web.guard import Limits, Window
from web.initdata import Rejected, verify

HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
REOPEN = "Mở lại bảng theo dõi từ nút “Mở bảng theo dõi” trong chat với bot."


class WebDesk:
    """The use cases' desk, the bot's token (the key initData is signed with) and the limits."""

    def __init__(
        self,
        services: Desk,
        token: str,
        max_age: int,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.services, self.token, self.max_age = services, token, max_age
        self.limits = limits or Limits()
        self.reads = Window(self.limits.reads, self.limits.period, clock)
        self.writes = Window(self.limits.writes, self.limits.period, clock)
        self.failures = Window(self.limits.failures, self.limits.period, clock)

    async def call(self, function: Callable[..., Any], *args: Any) -> Any:
        """A use case, off the event loop in its unit of work (usecases/desk.py)."""
        return await self.services.run(function, *args)


def refuse(status: int, text: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(render.message(text), status, {**HEADERS, **(headers or {})})


def answer(body: dict, status: int = 200) -> JSONResponse:
    return JSONResponse(body, status, HEADERS)


async def identify(request: Request, write: bool = False) -> Caller | JSONResponse:
    """Who is asking, from the initData alone; or the response that refuses them."""
    desk: WebDesk = request.app.state.desk
    scheme, _, data = request.headers.get("authorization", "").partition(" ")
    address = request.client.host if request.client else "?"
    try:
        if scheme.lower() != "tma":
            raise Rejected("thiếu")
        user = verify(data.strip(), desk.token, desk.services.clock.now(), desk.max_age)
    except Rejected as err:
        wait = desk.failures.retry_after(address)
        if wait is not None:
            return refuse(429, "Quá nhiều yêu cầu. Thử lại sau ít phút.", _retry(wait))
        return refuse(403, f"Không xác nhận được người dùng Telegram (dữ liệu {err}). {REOPEN}")
    wait = (desk.writes if write else desk.reads).retry_after(user.user_id)
    if wait is not None:
        return refuse(429, "Bạn thao tác quá nhanh. Thử lại sau ít giây.", _retry(wait))
    who = await desk.call(desk_views.enter, user.user_id, user.name)
    if isinstance(who, Refusal):
        return refuse(403, who.reason)
    return who


def _retry(seconds: float) -> dict:
    return {"Retry-After": str(max(1, int(seconds + 0.999)))}


async def read_json(request: Request) -> Any:
    """The body as JSON, refused past the size limit (before reading it when it says so)."""
    limit = request.app.state.desk.limits.max_body
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyError(413, "Yêu cầu quá lớn.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyError(413, "Yêu cầu quá lớn.")
    try:
        return json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise BodyError(400, "Yêu cầu không đọc được.") from None


T = TypeVar("T")


async def write_request(
    request: Request, parse: Callable[[Any], T | str]
) -> tuple[Caller, T] | JSONResponse:
    """Who writes and what they ask for: the caller identified for a write, the body read within
    its bound and parsed (`parse` returns the plain values, or the line that refuses the body);
    or the response that refuses them."""
    who = await identify(request, write=True)
    if isinstance(who, JSONResponse):
        return who
    try:
        parsed = parse(await read_json(request))
    except BodyError as err:
        return refuse(err.status, err.text)
    if isinstance(parsed, str):
        return refuse(400, parsed)
    return who, parsed


def positive_id(field: str, missing: str) -> Callable[[Any], int | str]:
    """A parser of bodies naming one thing by its id (`{"change": 12}`): the id, or `missing`."""

    def parse(body: Any) -> int | str:
        value = body.get(field) if isinstance(body, dict) else None
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            return missing
        return value

    return parse


class BodyError(Exception):
    def __init__(self, status: int, text: str):
        super().__init__(text)
        self.status, self.text = status, text
