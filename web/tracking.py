"""The coordinator ends (or reopens) the tracking of a task or a whole letter from the web desk, as
`/ketthuc`, `/molai` and the buttons of `/congvan` do in the chat, through the same use cases
(usecases/task_ends.py; the undo is usecases/publishing.py's): the letters and their tasks are
listed, a press shows what would end with each task's tally so far and writes nothing, the
confirmation writes, and the result comes back with its "Hoàn tác" for 10 minutes. Admins only:
anyone else is refused by the use cases, as in the chat.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from usecases import deadline_history, end_notices, publishing, restored_told, task_ends
from usecases.callers import Caller
from usecases.move_undo import UndoPastAsked
from usecases.results import Refusal
from web import render_tracking
from web.requests import WebDesk, answer, identify, positive_id, refuse, write_request

TARGET_CHARS = 200  # a task's id or occurrence, a letter's key: a few dozen characters


def _refused(who: Caller, refusal: Refusal, status: int = 409) -> Response:
    """A refusal for someone who is not an admin is a 403; else `status` (the target not found,
    or the letters changed since the page was loaded)."""
    return refuse(403 if not who.is_admin else status, refusal.reason)


async def letters(request: Request) -> Response:
    """The letters in force and their tasks, each with the day its tracking ended."""
    who = await identify(request)
    if isinstance(who, Response):
        return who
    desk: WebDesk = request.app.state.desk
    found = await desk.call(publishing.in_force, who)
    if isinstance(found, Refusal):
        return _refused(who, found)
    # each task's deadline moves and the extension letters, as /lichsu and /congvan tell them
    moves = await desk.call(deadline_history.deadline_history, who)
    if isinstance(moves, Refusal):
        return _refused(who, moves)
    return answer(render_tracking.tracked(found, moves, desk.services.clock.now()))


async def plan(request: Request) -> Response:
    """What ending (`reopen=0`) or reopening (`reopen=1`) a task or letter would do: nothing
    written."""
    who = await identify(request)
    if isinstance(who, Response):
        return who
    target = request.query_params.get("target", "")[:TARGET_CHARS]
    reopen = request.query_params.get("reopen") == "1"
    desk: WebDesk = request.app.state.desk
    use = task_ends.plan_reopen if reopen else task_ends.plan_end
    found = await desk.call(use, who, target)
    if isinstance(found, Refusal):
        return _refused(who, found, 404)
    return answer(render_tracking.end_plan(found))


def _body(body: Any) -> tuple[str, bool] | str:
    if not isinstance(body, dict):
        return "Yêu cầu không đọc được."
    target, reopen = body.get("target"), body.get("reopen", False)
    if not isinstance(target, str) or not target.strip() or not isinstance(reopen, bool):
        return "Thiếu nhiệm vụ hay công văn cần kết thúc (hoặc mở lại) theo dõi."
    return target[:TARGET_CHARS], reopen


async def change(request: Request) -> Response:
    """The confirmation pressed: the tasks still tracked (or still ended) among the target's are
    ended (or reopened) as a new version of the letters."""
    asked = await write_request(request, _body)
    if isinstance(asked, Response):
        return asked
    who, (target, reopen) = asked
    desk: WebDesk = request.app.state.desk
    use = task_ends.reopen_tracking if reopen else task_ends.end_tracking
    done = await desk.call(use, who, target)
    if isinstance(done, Refusal):
        return _refused(who, done)
    # the units concerned told at once, and whom it reached, as the chat's /ketthuc says it
    told = "" if done.announced is None else await desk.call(end_notices.tell_now, done.announced)
    return answer(render_tracking.tracking_changed(done, told))


def _undo_body(body: Any) -> tuple[int, bool] | str:
    """The version to undo, and `past_ok`: the second press of the undo of a move back to a
    date already passed (usecases/move_undo.py)."""
    version = positive_id("version", "Thiếu phiên bản cần hoàn tác.")(body)
    if isinstance(version, str):
        return version
    past_ok = body.get("past_ok", False)
    if not isinstance(past_ok, bool):
        return "Yêu cầu không đọc được."
    return version, past_ok


async def undo(request: Request) -> Response:
    """ "Hoàn tác": the version before the end (or reopening) in force again, within 10 minutes
    and while nothing newer changed the letters."""
    asked = await write_request(request, _undo_body)
    if isinstance(asked, Response):
        return asked
    who, (version, past_ok) = asked
    desk: WebDesk = request.app.state.desk
    done = await desk.call(publishing.undo_version, who, version, past_ok)
    if isinstance(done, Refusal):
        return _refused(who, done)
    if isinstance(done, UndoPastAsked):  # a move's undo back to a passed date: asked again
        return answer(render_tracking.undo_asked(done))
    # the units told at once (a letter taken back, a date moved back, an end undone), as the
    # chat's "Hoàn tác" tells them, not at the next round of the reminder log (30 s on)
    told = await desk.call(restored_told.tell_restored, done)
    return answer(render_tracking.letters_restored(done, told))


ROUTES = [
    Route("/api/tracking", letters, methods=["GET"]),
    Route("/api/tracking/plan", plan, methods=["GET"]),
    Route("/api/tracking", change, methods=["POST"]),
    Route("/api/tracking/undo", undo, methods=["POST"]),
]
