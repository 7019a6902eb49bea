"""The desk as a web page: a Starlette app the bot's own process serves under /app/, opened from
the chat as a Telegram Mini App.

Every API call carries the Mini App's initData (`Authorization: tma <initData>`): its signature
and age are checked (web/initdata.py), then the person is who the chat knows — an admin sees the
province, an approved officer their agency, anyone else is refused (403). Each endpoint parses,
calls a use case off the event loop, and renders JSON (web/render.py); no endpoint reads the
database itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from usecases import behalf_told, desk_views, desk_writes, form_files, handins, reports
from usecases.desk_writes import Edit, Recorded, Refused
from usecases.results import Refusal
from web import render, tracking
from web.requests import (
    HEADERS,
    WebDesk,
    answer,
    identify,
    positive_id,
    refuse,
    write_request,
)

__all__ = ["WebDesk", "desk_app", "site"]

STATIC = Path(__file__).parent / "static"
PAGE_HEADERS = {
    **HEADERS,
    # the page's own files only: no third-party script, nothing loaded from elsewhere
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'"
    ),
}
STATUS = {
    desk_writes.Problem.FORBIDDEN: 403,
    desk_writes.Problem.INVALID: 400,
    desk_writes.Problem.STALE: 409,
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# -- the page ------------------------------------------------------------------------------------
async def page(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", headers=PAGE_HEADERS, media_type="text/html")


async def to_page(request: Request) -> Response:
    return RedirectResponse(request.url.path + "/", 308)


# -- reads ---------------------------------------------------------------------------------------
async def desk_view(request: Request) -> Response:
    who = await identify(request)
    if isinstance(who, Response):
        return who
    desk: WebDesk = request.app.state.desk
    board = await desk.call(desk_views.board, who)
    return answer(render.board(board))


async def unit_view(request: Request) -> Response:
    who = await identify(request)
    if isinstance(who, Response):
        return who
    name = request.query_params.get("name", "")[:200]
    result = await request.app.state.desk.call(desk_views.unit_page, who, name)
    if isinstance(result, Refusal):
        return refuse(404 if result.reason == desk_views.UNKNOWN_UNIT else 403, result.reason)
    return answer(render.unit_page(result))


async def trend_view(request: Request) -> Response:
    who = await identify(request)
    if isinstance(who, Response):
        return who
    agency = request.query_params.get("agency") or None
    result = await request.app.state.desk.call(desk_views.progress_trend, who, agency)
    if isinstance(result, Refusal):
        return refuse(403, result.reason)
    return answer(render.trend(result))


async def nudge_view(request: Request) -> Response:
    who = await identify(request, write=request.method == "POST")
    if isinstance(who, Response):
        return who
    desk: WebDesk = request.app.state.desk
    if request.method == "GET":
        plan = await desk.call(handins.plan_nudges, who)
        if isinstance(plan, Refusal):
            return refuse(403, plan.reason)
        return answer(render.nudge_plan(plan))
    done = await desk.call(handins.record_nudges, who)
    if isinstance(done, Refusal):
        return refuse(403, done.reason)
    deliver = desk.services.deliver_owed
    if done.reached and deliver is not None:
        await deliver()
    failed = await desk.call(handins.failed_nudges, list(done.reached))
    return answer(render.nudge_round(done, failed))


async def download(request: Request) -> Response:
    who = await identify(request)
    if isinstance(who, Response):
        return who
    kind = request.path_params["kind"]
    desk: WebDesk = request.app.state.desk
    result: Any
    if kind in ("tiendo", "tiendo-tinh"):
        result = await desk.call(reports.report, who, "tiendo", kind == "tiendo-tinh")
    elif kind == "nopbai":
        result = await desk.call(handins.handins_workbook, who)
    elif kind.startswith("tonghop-"):
        result = await desk.call(form_files.compiled, who, kind.removeprefix("tonghop-"))
    else:
        return refuse(404, "Không có tệp này.")
    if isinstance(result, Refusal):
        return refuse(403, result.reason)
    if not result.content:
        return refuse(500, f"Không tạo được tệp {result.name}; bạn thử lại sau.")
    disposition = f"attachment; filename*=UTF-8''{quote(result.name)}"
    return Response(
        result.content, media_type=XLSX, headers={**HEADERS, "Content-Disposition": disposition}
    )


# -- writes --------------------------------------------------------------------------------------
def parse_edits(body: Any) -> tuple[list[Edit], int] | str:
    if not isinstance(body, dict) or not isinstance(body.get("edits"), list):
        return "Thiếu danh sách thay đổi."
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return "Thiếu phiên bản bảng phân công của trang."
    edits = []
    for item in body["edits"][: desk_writes.MAX_EDITS + 1]:
        if not isinstance(item, dict):
            return "Thay đổi không đọc được."
        key, status, note = item.get("key"), item.get("status"), item.get("note", "")
        unit = item.get("unit")
        if not (isinstance(key, str) and isinstance(status, str) and isinstance(note, str)):
            return "Thay đổi không đọc được."
        if unit is not None and not isinstance(unit, str):
            return "Thay đổi không đọc được."
        edits.append(Edit(key[:100], status[:40], note, unit[:200] if unit else None))
    return edits, version


async def write_statuses(request: Request) -> Response:
    asked = await write_request(request, parse_edits)
    if isinstance(asked, Response):
        return asked
    who, (edits, version) = asked
    result = await request.app.state.desk.call(desk_writes.record_statuses, who, edits, version)
    if isinstance(result, Refused):
        return JSONResponse(render.refused(result), STATUS[result.problem], HEADERS)
    if any(w.change is not None and w.change.behalf for w in result):
        await request.app.state.desk.call(behalf_told.tell_now)  # the units told now (ux29 #2)
    return answer(render.written(result))


async def undo(request: Request) -> Response:
    asked = await write_request(request, positive_id("change", "Thiếu thay đổi cần hoàn tác."))
    if isinstance(asked, Response):
        return asked
    who, change_id = asked
    result = await request.app.state.desk.call(desk_writes.undo_status, who, change_id)
    if isinstance(result, Refusal):
        return refuse(403, result.reason)
    assert isinstance(result, Recorded)
    if result.change.behalf:  # a write for the unit taken back: its officers told now
        await request.app.state.desk.call(behalf_told.tell_now)
    return answer({"restored": render.change(result.change)})


def desk_app(desk: WebDesk) -> Starlette:
    """The desk's routes, to mount at /app (the page asks its API relative to itself)."""
    app = Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
            Route("/api/desk", desk_view, methods=["GET"]),
            Route("/api/unit", unit_view, methods=["GET"]),
            Route("/api/trend", trend_view, methods=["GET"]),
            Route("/api/nudge", nudge_view, methods=["GET", "POST"]),
            Route("/api/file/{kind}", download, methods=["GET"]),
            Route("/api/statuses", write_statuses, methods=["POST"]),
            Route("/api/undo", undo, methods=["POST"]),
            *tracking.ROUTES,
        ]
    )
    app.state.desk = desk
    return app


def site(desk: WebDesk, routes: list | None = None) -> Starlette:
    """The whole site: the desk under /app/, and whatever else the process serves (the
    webhook)."""
    return Starlette(
        routes=[
            *(routes or []),
            Route("/app", to_page, methods=["GET"]),
            Mount("/app", desk_app(desk)),
        ]
    )
