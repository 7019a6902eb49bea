"""The desk's views as JSON for the page: plain values and the very words the chat prints (the
tally of an agency as /tiendo tinh writes it, a task's counts as /nopbai tinh writes them), so a
figure on the page is the chat's figure. The page puts every string in as text, never as markup.
"""

from __future__ import annotations

from datetime import date, datetime

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import plain_key
from knowledge.messages.refusals import WINDOW_MINUTES
from knowledge.render.answers import to_plain
from knowledge.render.charts import COLORS, LATE_COLOR, Bar, shown, totals
from knowledge.render.standing_dates import late_done, standing_text
from knowledge.render.tracking_text import (
    before_text,
    counts_text,
    nudge_preview,
    nudge_report,
    state_text,
    task_label,
)
from usecases.desk_views import (
    FORMS,
    HANDIN_ICONS,
    HANDIN_LABELS,
    NEEDS_NOTE,
    ROLE_LABELS,
    STATE_LABELS,
    STATUS_ICONS,
    STATUSES,
    WRITE_WINDOW,
    Board,
    Change,
    Point,
    Standing,
    Status,
    Tally,
    TaskHandins,
    UnitPage,
    agency_tally_text,
    apart,
    by_agency,
    dated,
    item_title,
    note_needed,
    own_head,
    recorder,
    tally,
    tally_text,
    task_hour,
    unit_status,
)
from usecases.desk_writes import Refused, Written
from usecases.handins import NudgePlan, NudgesRecorded


def day(value: date | None) -> str | None:
    return fmt_date(value) if value else None


def moment(value: datetime) -> str:
    return value.strftime("%H:%M ") + fmt_date(value.date())


def figures(t: Tally, share: bool = True) -> dict:
    """A tally's counts and its words; not `share`: rows a unit only coordinates, counted
    apart without a percentage, as /tiendo tinh says them."""
    return {
        "total": t.total,
        "done": t.done,
        "closed": t.closed,
        "late": t.late,
        "ended": t.ended,
        "open": t.open,
        "text": tally_text(t, share),
    }


def statuses() -> list[dict]:
    """The statuses an officer chooses from, and which ask for a note."""
    return [
        {
            "code": code,
            "label": label,
            "icon": STATUS_ICONS[code],
            "note": note_needed(Status(code)) if code in NEEDS_NOTE else None,
        }
        for code, label in STATUSES.items()
    ]


def standing(board: Board | UnitPage, s: Standing, with_last: bool = True) -> dict:
    item: dict = {
        "key": s.key,
        # as an officer reads and types it: an occurrence by its short key ("… T10/2021")
        "shown": plain_key(s.key),
        "agency": s.agency,
        "title": item_title(board.catalogue, board.province, s.key),
        "task": s.is_task,
        "role": s.role,
        "role_label": ROLE_LABELS[s.role],
        "state": s.state.value,
        # sent late is said on the badge too, as every chat view says it (ux30 #4)
        "state_label": f"{STATE_LABELS[s.state]} — {late_done(s)}"
        if s.sent_late
        else STATE_LABELS[s.state],
        "late_by": s.late_by,
        "status": s.code,
        "reported": s.status,
        "status_label": unit_status(s),
        "due": s.due.isoformat() if s.due else None,
        "due_text": day(s.due),
        "days": s.days,
        "ended": s.ended.isoformat() if s.ended else None,
        # a task's hour as the chat says it ("hạn 17 giờ 00 ngày 20/8/2021")
        "when": standing_text(s, task_hour(board.province, s.key) if s.is_task else ""),
    }
    if isinstance(board, Board) and s.key in board.dates:
        # every month one of its dates falls in, as "tháng 9" and the reminders count them
        item["months"] = sorted({d.isoformat()[:7] for d in board.dates[s.key]})
    if with_last and isinstance(board, Board):
        change = board.latest.get((s.key, s.agency))
        if change is not None:
            item["last"] = last_change(board, change)
            item["behalf"] = (s.key, s.agency) in board.behalf
        until = board.undo_until(s.key, s.agency)
        if until is not None and change is not None:
            left = int((until - board.now).total_seconds())
            item["undo"] = {"id": change.id, "seconds": max(0, left)}
            if change.undoes is not None and change.old is not None:
                # pressing it writes the undone status back: named so ("Ghi lại Hoàn thành",
                # as the chat's button), and reviewed before it is written
                item["undo"]["redo"] = {"from": change.new.label, "to": change.old.label}
    return item


def last_change(board: Board, change: Change) -> dict:
    return {
        "id": change.id,
        "by": recorder(change, board.names),
        "at": moment(change.at),
        "note": change.note,
    }


def handins(tracked: list[TaskHandins], today: date, behalf=frozenset()) -> list[dict]:
    return [
        {
            # a recurring task is owed per occurrence: its key ("tq-2023-09-20@2023-09-20")
            # tells its columns apart, and a "ghi thay" is kept under it
            "id": t.key,
            # as officers read and type it back: "tq-2023-09-20 T9/2023", "Mẫu số 02 — tháng 9"
            "shown": plain_key(t.key),
            "label": task_label(t.task, t.key),
            "form": t.task.form,
            "due": t.due.isoformat() if t.due else None,
            # with the hour its letter ends the day at, as /nopbai tinh says it
            "due_text": dated(t.due, t.task.deadline_text) if t.due else None,
            # a moved deadline: the date it replaced, as /nopbai tinh heads it (ux23 #4)
            "due_before_text": before_text(t.before).strip(" ()") or None,
            "ended": day(t.ended),
            "counts": counts_text(t),
            "sent": t.sent,
            "owed": t.owed,
            "missing": t.missing,
            "late": t.late,
            "units": [
                {
                    "unit": u.unit,
                    "state": u.state.value,
                    "label": HANDIN_LABELS[u.state],
                    "icon": HANDIN_ICONS[u.state],
                    "sent_on": day(u.sent_on),
                    "text": state_text(u),
                    "days_late": u.days_late,
                    "behalf": u.sent and (t.key, u.unit) in behalf,
                }
                for u in t.units
            ],
        }
        for t in tracked
    ]


def bars(items: list[Bar]) -> dict:
    counted, coordinating = totals(items)
    return {
        # what the bars add up to: /tiendo tinh's "Toàn tỉnh" and its coordinating rows apart
        "total": figures(counted),
        "apart": figures(coordinating, share=False),
        "colors": {**COLORS, "late": LATE_COLOR},
        "labels": shown(items),
        "bars": [
            {
                "agency": b.agency,
                "counts": b.counts,
                "late": b.late,
                # the rows it coordinates, counted apart (as /tiendo tinh's "phối hợp …")
                "apart": b.apart,
                "late_apart": b.late_apart,
            }
            for b in items
        ],
    }


def board(b: Board) -> dict:
    who = b.who
    result: dict = {
        "today": b.today.isoformat(),
        "today_text": fmt_date(b.today),
        "version": b.version,
        "province": b.province.name,
        "coordinator": b.province.coordinator,
        "user": {"id": who.user_id, "agency": who.agency, "admin": who.is_admin},
        "statuses": statuses(),
        "undo_minutes": WINDOW_MINUTES,  # the page says it as the chat does
    }
    if who.agency is not None:
        result["mine"] = {
            "agency": who.agency,
            # its lead rows and tasks, the coordinating rows apart, as its /tiendo heads it
            "tally": figures(tally(apart(b.mine)[0])) | {"text": own_head(b.mine)},
            "apart": figures(tally(apart(b.mine)[1]), share=False),
            "items": [standing(b, s) for s in b.mine],
            "handins": handins(b.my_handins, b.today, b.behalf),
        }
    if who.is_admin:
        counted, coordinating = apart(b.units)
        result["province_view"] = {
            # the lead rows and tasks, and the coordinating rows apart, as /tiendo tinh counts
            "tally": figures(tally(counted)),
            "apart": figures(tally(coordinating), share=False),
            "agencies": [
                {
                    "agency": name,
                    "tally": figures(tally(apart(mine)[0])) | {"text": agency_tally_text(mine)},
                }
                for name, mine in by_agency(b.units).items()
            ],
            "items": [standing(b, s) for s in b.units],
            "handins": handins(b.handins, b.today, b.behalf),
            "chart": bars(b.bars),
            "forms": [{"code": f.code, "name": f.name} for f in FORMS.values()],
        }
    return result


def unit_page(page: UnitPage) -> dict:
    return {
        "unit": page.unit,
        "today_text": fmt_date(page.today),
        "tally": figures(tally(page.units)),
        "items": [standing(page, s, with_last=False) for s in page.units],
        "handins": handins(page.handins, page.today),
        "history": [
            {
                "id": c.id,
                "key": c.key,
                "at": moment(c.at),
                # a first change starts from "Chưa bắt đầu", as the chat's /lichsu says
                "old": STATUSES.get(c.old or "chua_bat_dau", "—"),
                "new": STATUSES[c.new],
                "by": recorder(c, page.names),
                "note": c.note,
                "behalf": c.id in page.behalf,
            }
            for c in page.history
        ],
    }


def trend(points: list[Point]) -> dict:
    return {
        "points": [
            {
                "day": p.day.isoformat(),
                "day_text": fmt_date(p.day),
                **figures(p.tally),
                # the coordinating rows, counted apart as /tiendo tinh and /quahan tinh do
                "apart": figures(p.apart, share=False),
            }
            for p in points
        ]
    }


def change(c: Change) -> dict:
    old = c.old.label if c.old else STATUSES["chua_bat_dau"]
    return {
        "id": c.id,
        "key": c.key,
        "agency": c.agency,
        "old": old,
        "new": c.new.label,
        "note": c.note,
        "at": moment(c.at),
        "undo_seconds": int(WRITE_WINDOW.total_seconds()),
    }


def written(items: list[Written]) -> dict:
    return {
        "written": [
            {
                "key": w.key,
                "agency": w.agency,
                "status": w.status.value,
                "label": w.status.label,
                "change": change(w.change) if w.change else None,
            }
            for w in items
        ]
    }


def refused(r: Refused) -> dict:
    return {
        "error": r.problem.value,
        "messages": [{"key": key, "text": to_plain(reason)} for key, reason in r.reasons],
    }


def message(text: str) -> dict:
    """A refusal's line (the chat's words, its markup dropped: the page shows text)."""
    return {"error": "refused", "messages": [{"key": None, "text": to_plain(text)}]}


def nudge_plan(plan: NudgePlan) -> dict:
    """Who "Nhắc các đơn vị chưa nộp" would reach, in the chat's words."""
    text = (
        nudge_preview(plan.chats, plan.unreachable, plan.already, plan.split)
        if plan.chats
        else nudge_report({}, plan.unreachable, plan.already, split=plan.split)
    )
    return {
        "text": to_plain(text),
        "units": [{"unit": u, "chats": n} for u, n in plan.chats.items()],
        "unreachable": plan.unreachable,
        "already": plan.already,
        "can_send": bool(plan.chats),
    }


def nudge_round(done: NudgesRecorded, failed: int) -> dict:
    text = nudge_report(done.reached, done.unreachable, done.already, failed, done.split)
    return {"text": to_plain(text), "reached": done.reached, "failed": failed}
