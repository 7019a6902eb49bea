"""Views of progress: an agency's or the province's (/tiendo), what is late (/quahan), a row's
history (/lichsu) and the progress charts.

What is open, late, done or closed is knowledge/rules/standing.py, through progress.py: every view
asks it. Where the core still writes the chat's text itself (progress, late, history), the result
carries that text as `html`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.occurrence_names import spell_out
from knowledge.catalogue.row_history import RowEdit, row_edits
from knowledge.catalogue.table_versions import Entry
from knowledge.language.text import fold
from knowledge.render.answers import esc
from knowledge.render.charts import agency_chart, chart_data, province_picture, summary
from knowledge.render.compact_text import FULL_ARG
from knowledge.render.own_progress import agency_progress
from knowledge.render.progress_text import (
    history_text,
    late_report,
    province_progress,
    row_edits_text,
)
from knowledge.rules.standing import milestone_key
from knowledge.rules.statuses import Change
from usecases import deadline_moves, refs, task_history
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.officers import unit_named
from usecases.results import Refusal, known_id
from usecases.runner import use_case
from usecases.withdrawn_tasks import Withdrawn, refused_line, withdrawn_task

HISTORY_SHOWN = 10  # /lichsu: the latest changes of a row; a button pages to older ones
WHOLE = ("tinh", "toan tinh")
# pyplot keeps global state: one chart drawn at a time, whichever worker thread asks
_DRAWING = threading.Lock()


@dataclass(frozen=True)
class Progress:
    html: str
    agency: str | None  # None: the province's, or several agencies' (`agencies`)
    agencies: tuple[str, ...] = ()  # a group's /tiendo: the agencies it follows, each shown


@dataclass(frozen=True)
class History:
    html: str
    key: str
    older: int  # changes before the ones shown
    oldest: int | None  # the id of the oldest change shown (the next page is before it)


@dataclass(frozen=True)
class Chart:
    png: bytes
    whose: str
    today: date
    # the province's: what the picture adds up to, as /tiendo tinh and /quahan tinh count it
    summary: str = ""


def whole_province(arg: str, province: str = "") -> bool:
    """ "tinh", "toàn tỉnh", or the province's own name ("tuyen quang": the province, not the
    city that shares its name)."""
    folded = fold(arg)
    named = (fold(province), "tinh " + fold(province)) if province else ()
    return folded in WHOLE or folded in named


def named_agency(desk: Desk, arg: str) -> str | None:
    """The agency a command's argument names, or the district unit its place alone names
    ("/tiendo chiem hoa"), as /dangky reads it."""
    return desk.assistant.agencies.resolve(arg) or unit_named(desk, arg)


def group_agencies(desk: Desk, caller: Caller) -> tuple[str, ...]:
    """In a group, the agencies it follows: what its /tiendo and /quahan are about (a private
    chat's id is its person's). A member who is no officer was told "Bạn chưa là cán bộ"."""
    if caller.chat_id is None or caller.chat_id == caller.user_id:
        return ()
    return tuple(desk.reminders.followed(caller.chat_id))


@use_case(writes=False)
def progress(desk: Desk, caller: Caller, arg: str) -> Progress | Refusal:
    """/tiendo [agency|tinh]: one agency's (by default the caller's), or the province's (also by
    default for an admin who acts for no agency: the coordinator's own view)."""
    today = desk.clock.today()
    catalogue, province = desk.catalogue, desk.province
    statuses = desk.statuses()
    group = () if arg else group_agencies(desk, caller)
    if group:

        def one(agency: str) -> str:
            return statuses.view(
                ("progress", agency, today, desk.table_number, desk.letters_number),
                lambda: agency_progress(catalogue, province, agency, statuses.marks, today),
            )

        html = "\n\n".join(one(a) for a in group)
        return Progress(html, group[0] if len(group) == 1 else None, group)
    agency = None
    whole = whole_province(arg, desk.province.name) or (
        not arg and caller.agency is None and caller.is_admin
    )
    if not whole:
        agency = named_agency(desk, arg) if arg else caller.agency
        if agency is None:
            hint = f"Không nhận ra cơ quan “{esc(arg[:80])}”. " if arg else caller.standing + "\n"
            return Refusal(
                hint + "Gõ <code>/tiendo tinh</code> hoặc <code>/tiendo Sở Xây dựng</code>."
            )

    def build() -> str:
        if agency is None:
            return province_progress(catalogue, province, statuses.marks, today)
        return agency_progress(catalogue, province, agency, statuses.marks, today)

    return Progress(
        statuses.view(("progress", agency, today, desk.table_number, desk.letters_number), build),
        agency,
    )


@use_case(writes=False)
def late(desk: Desk, caller: Caller, arg: str) -> Progress | Refusal:
    """/quahan: late rows and tasks, my agency's, or (admins, or `/quahan tinh`) the
    province's; in a group, the agencies it follows."""
    statuses, today = desk.statuses(), desk.clock.today()
    group = () if arg else group_agencies(desk, caller)
    if group:

        def one(agency: str) -> str:
            return statuses.view(
                ("late", agency, today, desk.table_number, desk.letters_number),
                lambda: late_report(desk.catalogue, desk.province, statuses.marks, today, agency),
            )

        html = "\n\n".join(one(a) for a in group)
        return Progress(html, group[0] if len(group) == 1 else None, group)
    # "/quahan tinh du": every line, however many messages (the province's list is else said
    # by agency when it would not fit one, knowledge/render/compact_text.py)
    words = arg.split()
    full = bool(words) and fold(words[-1]) == FULL_ARG
    arg = " ".join(words[:-1]) if full else arg
    whole = whole_province(arg, desk.province.name) or (not arg and caller.agency is None)
    agency = None
    if not whole:
        agency = named_agency(desk, arg) if arg else caller.agency
        if agency is None:
            return Refusal(
                f"Không nhận ra cơ quan “{esc(arg[:80])}”. Gõ <code>/quahan tinh</code> "
                "hoặc <code>/quahan Sở Xây dựng</code>."
            )
    text = statuses.view(
        ("late", agency, today, desk.table_number, desk.letters_number, full),
        lambda: late_report(desk.catalogue, desk.province, statuses.marks, today, agency, full),
    )
    return Progress(text, agency)


HISTORY_USAGE = (
    "Gõ mã mục sau lệnh, ví dụ <code>/lichsu 406-14</code> hoặc <code>/lichsu gpxd</code>."
)


@use_case(writes=False)
def history(desk: Desk, caller: Caller, arg: str) -> History | Refusal:
    """/lichsu <key or words>: the row's latest changes, with their authors' names (read by id),
    and its edits in the assignment table. A row is named as /capnhat's free text names it
    ("gpxd", "giấy phép xây dựng"): by its key, else by the question reader when it is sure."""
    if not arg.strip():
        return Refusal(HISTORY_USAGE)
    today, province = desk.clock.today(), desk.province
    arg = spell_out(arg, province, today)  # a short occurrence key: its raw key
    key = desk.assistant.resolve_key(arg, province, today)
    gone = withdrawn_task(desk, arg.split()[0]) if key is None else None
    if gone is not None:  # a task of a letter taken back: said so, and what it had recorded
        return _withdrawn_history(desk, gone)
    if key is None:  # a task's form or name, as /capnhat reads it ("mẫu 02")
        named = task_history.task_by_name(desk, caller, arg)
        if isinstance(named, Refusal):
            return named
        key = named
    if key is None:
        answer = desk.assistant.ask(arg, today, province.slug, caller.agency)
        if answer.intent in ("service", "item") and answer.items and answer.sure:
            key = answer.items[0].row.key
        elif answer.intent == "task" and len(answer.tasks) == 1 and answer.sure:
            key = answer.tasks[0].task.id
        elif answer.items and answer.intent == "service":  # not sure: the rows it may be
            named = ", ".join(
                f"<code>/lichsu {esc(v.row.key)}</code> ({esc(v.row.short_title)})"
                for v in answer.items[:3]
            )
            return Refusal(f"“{esc(arg[:60])}” có thể là: {named}.")
    if key is None:
        return Refusal(f"Không nhận ra mục “{esc(arg[:60])}”. " + HISTORY_USAGE)
    return _history(desk, key, None)


@use_case(writes=False)
def older_history(desk: Desk, caller: Caller, row: str, before: int) -> History | Refusal:
    """The page of a row's history before change `before` (its button)."""
    key = refs.item_key(desk, row)
    if key is None or not known_id(before):
        return Refusal("Nút này không còn hợp lệ. Gõ <code>/lichsu &lt;mã mục&gt;</code>.")
    return _history(desk, key, before)


def _milestones_history(desk: Desk, key: str) -> list[str]:
    """The history of each milestone of a row of several that was reported on its own (its
    key `406-39@2021-05-31`), one block each; none when nothing was."""
    assignment = desk.province.assignments.get(key)
    row = desk.catalogue.rows.get(key)
    if assignment is None or row is None:
        return []
    dues = sorted({m.due for m in (*assignment.milestones, *row.milestones)})
    blocks = []
    for due in dues if len(dues) > 1 else ():
        changes, _, names = desk.repo.latest_changes(milestone_key(key, due), HISTORY_SHOWN)
        if changes:
            blocks.append(history_text(milestone_key(key, due), changes, names))
    return blocks


def _history(desk: Desk, key: str, before: int | None) -> History:
    task = task_history.recurring(desk, key) if before is None else None
    if task is not None:  # its id alone: every occurrence's history, newest first
        text = task_history.occurrences_history(desk, task)
        moves = deadline_moves.moves_of(desk, key)
        if moves:  # an occurrence's deadline moved (/doihan)
            text += "\n<b>Đổi hạn:</b>\n" + "\n".join(f"• {esc(line)}" for line in moves)
        return History(text, key, 0, None)
    changes, older, names = desk.repo.latest_changes(key, HISTORY_SHOWN, before)
    oldest = changes[0].id if changes else None
    text = history_text(key, changes, names)
    milestones = _milestones_history(desk, key) if before is None else []
    if milestones:  # a row's milestones reported one by one (knowledge/rules/standing.py)
        text = "\n".join(([text] if changes else []) + milestones)
    edits = _table_edits(desk, key) if before is None else []  # on the first page only
    if edits:
        text += "\n" + row_edits_text(edits)
    moves = deadline_moves.moves_of(desk, key) if before is None else []
    if moves:  # a task's deadline moved (/doihan, an extension letter)
        text += "\n<b>Đổi hạn:</b>\n" + "\n".join(f"• {esc(line)}" for line in moves)
    return History(text, key, older, oldest)


def _withdrawn_history(desk: Desk, gone: Withdrawn) -> History:
    """/lichsu of a withdrawn letter's task: that it was taken back (which letter, when), then
    the changes it had, which are kept."""
    task = gone.task
    if task.recurring:
        shown = task_history.occurrences_history(desk, task)
    else:
        changes, _, names = desk.repo.latest_changes(task.id, HISTORY_SHOWN, None)
        shown = history_text(task.id, changes, names) if changes else ""
    text = refused_line(gone) + (f"\n\n{shown}" if shown else "")
    return History(text, task.id, 0, None)


def _table_edits(desk: Desk, key: str) -> list[RowEdit]:
    """The row's edits in the province's assignment table (/giao, a table applied)."""
    if desk.tables is None or desk.province.task_at(key):
        return []
    slug = desk.province.slug
    base = (desk.base or desk.assistant).catalogue.provinces.get(slug)
    seeded = base.assignments.get(key) if base else None
    seed = Entry(seeded.lead, seeded.coordinate, seeded.deadline_text) if seeded else None
    return row_edits(seed, desk.tables.row_versions(slug, key))


@use_case(writes=False)
def chart(desk: Desk, caller: Caller, agency: str | None) -> Chart | Refusal:
    """The province's picture (`agency` None), or one agency's (by its reference)."""
    marks = desk.statuses().marks
    today = desk.clock.today()
    catalogue, province = desk.catalogue, desk.province
    summed = ""
    if agency is None:
        whose = province.name
        bars = chart_data(catalogue, province, marks, today)
        summed = summary(bars)
        with _DRAWING:
            png = province_picture(province, bars, today)
    else:
        found = refs.agency_name(desk, agency)
        if found is None:
            return Refusal("Nút này không còn hợp lệ. Gõ /tiendo để xem lại.")
        whose = found
        with _DRAWING:
            png = agency_chart(catalogue, province, whose, marks, today)
    if not png:  # None when nothing to draw; never send an empty file
        return Refusal(f"{esc(whose)} chưa có mục nào để vẽ biểu đồ.")
    return Chart(png, whose, today, summed)


@dataclass(frozen=True)
class StatusLine:
    current: Change
    history: list[Change]  # this row's and agency's, oldest first


@use_case(writes=False)
def all_statuses(desk: Desk) -> list[StatusLine]:
    """Every current status, with its history (`python -m bot status`)."""
    history = desk.repo.history()
    by_item: dict[tuple[str, str], list[Change]] = {}
    for change in history:
        by_item.setdefault((change.key, change.agency), []).append(change)
    return [
        StatusLine(change, by_item.get(item, []))
        for item, change in sorted(desk.statuses().current.items())
    ]
