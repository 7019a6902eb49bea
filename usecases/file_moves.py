"""A file filed under the wrong occurrence, moved to the one it belongs to (ux32 #3): "em gửi
nhầm bc tháng 5 rồi, đó là bc tháng 4" was read as a new status for May. The words are read by
knowledge/reader/misfiled.py; here the file is found (the unit's latest file on the month said
to be wrong, else its latest file of a recurring task), the move is offered by a button, quoted
back (`MoveOffer`), and only the press writes it (`move_file`), in one unit of work:
- the file taken off the wrong occurrence (its version undone, logged in `submission_undos`),
  and that occurrence's status put back as before the file marked it (reopened, chased again);
- the same file kept as a new version for the right occurrence, on the day it was first sent
  (its lateness is that day's), and that occurrence marked sent.
Its "Hoàn tác" is the move back, by the same rule. Nothing is ever removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.calendar.deadlines import month_end
from knowledge.catalogue.model import split_key
from knowledge.catalogue.reported import report_month_year, reported_start, reports_of
from knowledge.deliverables.handed_files import FILE_FORM
from knowledge.deliverables.period_begun import Early, not_begun
from knowledge.messages.markup import esc, key_tag
from knowledge.reader.misfiled import Misfiled, misfiled
from knowledge.rules.statuses import Change, Status
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.handed_files import target_of
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.task_titles import task_title

RECENT_DAYS = 60  # a file sent longer ago is not the one the officer means
MOVED_NOTE = "Chuyển tệp {name} từ {wrong} (gửi nhầm kỳ)"
GONE = "Tệp này không còn là bản nộp đang được tính của kỳ đó (đã chuyển, thay hoặc hoàn tác). "


@dataclass(frozen=True)
class MoveOffer:
    """The move the words ask, not written yet: the file (its stored id), from, to."""

    submission: int
    name: str
    agency: str
    wrong: str  # the occurrence it is filed under
    right: str  # the occurrence it belongs to
    wrong_title: str
    right_title: str
    sent_text: str  # when it was sent: "10:00 22/04/2021"
    early: Early | None = None  # the right occurrence's period has not begun


@dataclass(frozen=True)
class FileMoved:
    """The move written: the file now counts for `right`, `wrong` reopened."""

    offer: MoveOffer
    submission: int  # the new version, kept for `right` (what "Hoàn tác" moves back)
    reopened: Change | None  # `wrong`'s status put back (None: the file had not marked it)
    done: Change | None  # `right` marked sent (None: it already was)


@use_case(database=False)
def says_misfiled(desk: Desk, caller: Caller, text: str) -> bool:
    """The words say a file of the caller's unit was filed under the wrong month: read before
    the database is asked for the file (`move_asked`)."""
    return caller.agency is not None and _read(desk, text) is not None


def _read(desk: Desk, text: str) -> Misfiled | None:
    return desk.remembered("misfiled", text, lambda: misfiled(text))


@use_case(writes=False)
def move_asked(desk: Desk, caller: Caller, text: str) -> MoveOffer | Refusal | None:
    """The move `text` asks for the caller's unit's file; None when the words ask no such
    thing, or the unit has no file the words can mean (read as usual then)."""
    said = _read(desk, text)
    agency = caller.agency
    if said is None or agency is None:
        return None
    today = desk.clock.today()
    since = today - timedelta(days=RECENT_DAYS)
    sent = [
        s
        for s in desk.submissions.submissions(agency=agency, form=FILE_FORM)
        if s.submitted_at.date() >= since
    ]
    found, placed = [], []
    for s in sorted(sent, key=lambda s: s.submitted_at, reverse=True):
        at = desk.province.task_at(s.task)
        if at is None or not at[0].recurring or at[1] is None:
            continue
        start = reported_start(at[0], at[1])
        if said.wrong is None or start.month == said.wrong[0]:
            found.append((s, at[0]))
        elif start.month == said.right[0]:
            placed.append(s)
    if not found:
        # never read as a status of the month said to be wrong: what the files are, said
        if placed:
            file = placed[0]
            return Refusal(
                f"Tệp {esc(file.file_name)} đang được tính cho {esc(task_title(desk, file.task))} "
                f"{key_tag(file.task)}; không có tệp nào ở kỳ khác để chuyển. Không có gì thay "
                "đổi."
            )
        wrong = f" tháng {said.wrong[0]}" if said.wrong else ""
        return Refusal(
            f"Không thấy tệp nào {esc(agency)} đã nộp cho kỳ{wrong} trong {RECENT_DAYS} ngày "
            "qua để chuyển; xem các tệp đã nộp: /nopbai. Không có gì thay đổi."
        )
    file, task = found[0]
    month, year = said.right
    year = year or report_month_year(month, today)
    dues = reports_of(task, date(year, month, 1), month_end(month, year))
    if task.every != "month" or len(dues) != 1 or task.key_of(dues[0]) == file.task:
        return None
    right = task.key_of(dues[0])
    target = target_of(desk, caller, right, file.file_name)
    if isinstance(target, Refusal):
        return target
    return MoveOffer(
        file.id,
        file.file_name,
        file.agency,
        file.task,
        right,
        task_title(desk, file.task),
        task_title(desk, right),
        file.submitted_at.strftime("%H:%M %d/%m/%Y"),
        not_begun(task, dues[0], today),
    )


@use_case(writes=True)
def move_file(desk: Desk, caller: Caller, submission_id: int, to: str) -> FileMoved | Refusal:
    """The file `submission_id` moved to the occurrence `to` (the press of the offer's button,
    or of the move's "Hoàn tác", which moves it back)."""
    subs, repo = desk.submissions, desk.repo
    sent = subs.get(submission_id)
    if sent is None or sent.form != FILE_FORM:
        return Refusal(f"{GONE}Không có gì thay đổi.")
    accepted = subs.submissions(task=sent.task, agency=sent.agency, form=FILE_FORM)
    if sent.undone or not accepted or accepted[-1].id != sent.id:
        return Refusal(f"{GONE}Không có gì thay đổi.")
    found = desk.province.task_at(to)
    if found is None or sent.task == to or split_key(sent.task)[0] != split_key(to)[0]:
        return Refusal("Kỳ này không nhận tệp đó. Không có gì thay đổi.")
    unit = sent.agency if sent.agency != caller.agency else None
    target = target_of(desk, caller, to, sent.file_name, unit)
    if isinstance(target, Refusal):
        return target
    content = subs.content(sent.id)
    assert content is not None
    now = desk.clock.now()
    behalf = caller.writer if unit is not None else None
    # the wrong occurrence reopened: the status before the file marked it, while the file's
    # mark is still its latest (a newer status of its own stands)
    reopened = None
    marked = repo.change(sent.marked) if sent.marked is not None else None
    latest = repo.current(sent.task, sent.agency)
    if marked is not None and latest is not None and latest.id == marked.id:
        before = repo.before(marked)
        status = before.new if before is not None else Status.CHUA_BAT_DAU
        note = before.note if before is not None else ""
        sent_on = before.sent_on if before is not None else None
        reopened = repo.record_after(marked, status, note, caller.user_id, now, behalf, sent_on)
    subs.undo(sent.id, caller.user_id, now, behalf, reopened.id if reopened else None)
    wrong_title = task_title(desk, sent.task)
    note = MOVED_NOTE.format(name=sent.file_name, wrong=wrong_title)
    done = repo.record_unless(
        to,
        sent.agency,
        Status.HOAN_THANH,
        note,
        caller.user_id,
        now,
        lambda current: current is not None and current.new == Status.HOAN_THANH,
        behalf,
        sent.submitted_at.date(),  # sent that day: its lateness is that day's
    )
    data = {"form": FILE_FORM, "file": sent.file_name, "bytes": len(content), "moved": sent.id}
    kept = subs.add(
        to,
        FILE_FORM,
        sent.agency,
        caller.user_id,
        sent.submitted_at,
        "file",
        sent.file_name,
        content,
        data,
        sent.summary,
        behalf,
        marked=done.id if done is not None else None,
    )
    task, due = found
    offer = MoveOffer(
        sent.id,
        sent.file_name,
        sent.agency,
        sent.task,
        to,
        wrong_title,
        task_title(desk, to),
        sent.submitted_at.strftime("%H:%M %d/%m/%Y"),
        not_begun(task, due, desk.clock.today()),
    )
    return FileMoved(offer, kept.id, reopened, done)
