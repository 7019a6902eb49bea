"""Progress in words, as Telegram HTML: /tiendo (an agency's units, the province's counts),
/quahan and the progress questions asked in words (some units, by agency), /lichsu (a row's
history). The units and their states are knowledge/rules/progress.py's; here they are only
written, every piece of data escaped.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import describe_days, fmt_date, fmt_due_inner
from knowledge.calendar.hours import due_hour
from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.row_history import RowEdit
from knowledge.messages.markup import esc, key_tag, typed_key
from knowledge.reader.progress import Found
from knowledge.render.compact_text import (
    ROWS_LABEL,
    TASKS_LABEL,
    by_unit_lines,
    count_text,
    fits,
    see_all,
    tasks_first,
)
from knowledge.render.due_today_text import due_today_note
from knowledge.render.kept_lines import kept_line
from knowledge.render.sent_late_text import NOTHING_LATE_NOW, sent_late_lines
from knowledge.render.standing_dates import done_text, standing_text, when_text
from knowledge.render.task_names import item_head
from knowledge.rules.progress import (
    AGENCY_UNITS,
    PROVINCE_LISTS,
    ROLE_LABELS,
    Marks,
    Tally,
    apart,
    by_agency,
    item_title,
    standings,
    tally,
)
from knowledge.rules.sent_days import corrected_day
from knowledge.rules.standing import DONE_STATUS, Standing, State
from knowledge.rules.statuses import STATUS_ICONS, STATUSES, Change


def status_line(code: str | None) -> str:
    code = code or "chua_bat_dau"
    return f"{STATUS_ICONS[code]} {STATUSES[code]}"


def tally_text(t: Tally, share: bool = True) -> str:
    """ "1/4 xong (25%), ❗2 quá hạn": the count and share done (those done after their date
    said beside: "🕓1 xong sau hạn"), as every view prints them;
    not `share`: the count alone, for the rows a unit only coordinates, counted apart (a
    district's "phối hợp 0/1 xong (0%)" read as a score it had failed, not a row it helps)."""
    parts = [f"{t.done}/{t.total} xong" + (f" ({t.percent}%)" if share else "")]
    if t.sent_late:  # done, yet after the date: a standing every view states (ux30 #4)
        parts.append(f"🕓{t.sent_late} xong sau hạn")
    if t.closed:
        parts.append(f"⛔{t.closed} không đủ điều kiện")
    if t.late:
        parts.append(f"❗{t.late} quá hạn")
    if t.ended:
        parts.append(f"⏹{t.ended} đã kết thúc theo dõi")
    return ", ".join(parts)


def agency_tally_text(units: Sequence[Standing]) -> str:
    """An agency's count in the province's views, its coordinating rows apart and without a
    share: "1/4 xong (25%), ❗1 quá hạn; phối hợp 0/2 xong, ❗1 quá hạn"; a unit that only
    coordinates, "phối hợp 0/1 xong, ❗1 quá hạn" (knowledge/rules/progress.py)."""
    counted, coordinating = apart(units)
    parts = [tally_text(tally(counted))] if counted else []
    if coordinating:
        parts.append(f"phối hợp {tally_text(tally(coordinating), share=False)}")
    return "; ".join(parts)


def unit_status(s: Standing) -> str:
    """The status the unit counts under; a monthly task done for an earlier month says so."""
    if s.state is State.ENDED:
        return "⏹ Không nộp (đã kết thúc theo dõi)"
    text = status_line(s.code)
    if s.status == DONE_STATUS and s.state in (State.OPEN, State.LATE):
        text += " (kỳ trước đã xong)"
    return text


def unit_line(catalogue: Catalogue, province: Province, s: Standing, role: bool) -> str:
    return kept_line(catalogue, province, s, role, _unit_line)  # once per standing (kept_lines)


def _unit_line(catalogue: Catalogue, province: Province, s: Standing, role: bool) -> str:
    pin = "📌 " if s.is_task else ""
    label = f" [{ROLE_LABELS[s.role]}]" if role and not s.is_task else ""
    mark = " ❗<b>QUÁ HẠN</b>" if s.state is State.LATE else ""
    return (
        f"• {pin}{item_head(province, s.key, esc(item_title(catalogue, province, s.key)))}"
        f"{label} — "
        f"{esc(unit_status(s))} — {esc(standing_text(s, _hour(province, s)))}{mark}"
    )


def _hour(province: Province, s: Standing) -> str:
    """The hour a task's letter ends its day at, as the desk and /nopbai print it."""
    found = province.task_at(s.key) if s.is_task else None
    return due_hour(found[0].deadline_text) if found is not None else ""


def province_progress(catalogue: Catalogue, province: Province, marks: Marks, today: date) -> str:
    """/tiendo tinh: each agency's count (its coordinating rows apart; a district unit that
    only coordinates has its line too), then the province's."""
    units = standings(catalogue, province, marks, today, coordinating=True)
    lines = [f"<b>Tiến độ {esc(province.name)}</b> ({PROVINCE_LISTS}, tính đến {fmt_date(today)})"]
    for agency, mine in by_agency(units).items():
        lines.append(f"• {esc(agency)}: {agency_tally_text(mine)}")
    counted, coordinating = apart(units)
    lines.append(f"<b>Toàn tỉnh: {tally_text(tally(counted))}</b>")
    if coordinating:
        lines.append(f"Mục phối hợp (đếm riêng): {tally_text(tally(coordinating), share=False)}")
    return "\n".join(lines)


def late_report(
    catalogue: Catalogue,
    province: Province,
    marks: Marks,
    today: date,
    agency: str | None = None,
    full: bool = False,
) -> str:
    """/quahan: the late units of one agency, or (agency None) of the province by agency, its
    coordinating rows too, counted apart; full: every line even when that takes several
    messages (`/quahan tinh du`), else by unit when it would."""
    units = standings(catalogue, province, marks, today, agency, coordinating=agency is None)
    late = [s for s in units if s.state is State.LATE]
    # what was sent after its date is said beside as sent late, never as late (ux30 #4)
    counted = [s for s in units if s.role != "coordinate"] if agency is None else units
    sent_late = [s for s in counted if s.sent_late]
    return units_report(
        catalogue, province, late, today, agency, LATE_WORDS, full=full, sent_late=sent_late
    )


MAX_LATE_BESIDE = 5  # late items named beside a date question; the rest counted


def late_beside(
    catalogue: Catalogue,
    province: Province,
    marks: Marks,
    today: date,
    agency: str,
    units: Sequence[Standing] | None = None,
    said: Collection[str] = (),
    held: Sequence[str] = (),
) -> str:
    """What is already late for an agency, said beside the answer to "how long until my next
    deadline" (the same standing rule as /quahan): a date to come hides nothing past; "" when
    nothing is late. `units`: the agency's standings when the caller has them already; `said`:
    the keys the answer above lists with their standing (late once, not twice); `held`: rows
    the answer held back as late on an earlier date although a later date of theirs falls in
    the period (ux22 #1): named first, that later date beside as whose it is."""
    if units is None:
        units = standings(catalogue, province, marks, today, agency)
    late = [s for s in units if s.state is State.LATE and s.key not in said]
    late.sort(key=lambda s: s.key not in held)  # stable: /quahan's order otherwise
    if not late:
        return ""
    # each with the date it is late for: a row of two dates may be late for the first while
    # its second is the date to come listed above ("406-22: 30/9" beside "31/8, quá hạn")
    named = ", ".join(
        f"{key_tag(s.key)} ({_late_for(s, s.key in held)})" if s.due else key_tag(s.key)
        for s in late[:MAX_LATE_BESIDE]
    )
    more = f" và {len(late) - MAX_LATE_BESIDE} mục khác" if len(late) > MAX_LATE_BESIDE else ""
    return f"\n⚠️ Đã quá hạn: {named}{more}. Xem /quahan."


def _late_for(s: Standing, later: bool) -> str:
    """ "hạn 31/5/2021, quá hạn 1 ngày"; `later`: with the row's next date beside, as whose it
    is, in the words of every other view (`when_text`: "hạn QĐ 406: 30/9/2021 (quá hạn 1
    ngày); hạn của tỉnh: 31/10/2021"), never a province's date as a "mốc sau" (ux29 #5); the
    next date without its days, never read as the unit's date to come (ux22 #1)."""
    if later:
        return when_text(s, next_days=False)
    due = s.due or s.today  # the caller names only a standing with a date
    return f"hạn{_whose(s)} {fmt_due_inner(due)}, {describe_days(s.today, due)}"


def _whose(s: Standing) -> str:
    """ " các ngành" before a date that is the row's sub-rows' (`parts_text`)."""
    return " các ngành" if s.deadline is not None and s.deadline.parts else ""


@dataclass(frozen=True)
class ReportWords:
    heading: str  # "Mục quá hạn"
    counted: str  # "mục quá hạn"
    empty: str  # "Không có mục nào quá hạn. 👍"


LATE_WORDS = ReportWords("Mục quá hạn", "mục quá hạn", "Không có mục nào quá hạn. 👍")
OPEN_WORDS = ReportWords("Việc chưa xong", "mục chưa xong", "Không còn mục nào chưa xong. 👍")
DONE_WORDS = ReportWords("Đã hoàn thành", "mục đã xong", "Chưa có mục nào hoàn thành.")


def units_report(
    catalogue: Catalogue,
    province: Province,
    units: list[Standing],
    today: date,
    agency: str | None,
    words: ReportWords,
    within: str = "",
    full: bool = False,
    marks: Marks | None = None,
    ranked: bool = False,
    sent_late: Sequence[Standing] = (),
) -> str:
    """Some units of one agency, or (agency None) of the province by agency, one line each with
    the date that applies and the status: /quahan, and the progress questions asked in words.
    within: the period they were narrowed to, as a label. The province's list that would not
    fit one message is said by agency (compact_text.py) unless `full`. The done ones, with
    `marks`: when each was reported done and by whom, in place of the date and status.
    `ranked`: the units by their count, most first ("đơn vị nào trễ hạn nhiều nhất").
    `sent_late`: what was sent or done after its date, said after the list (sent_late_text.py)."""
    groups = by_agency(units)
    if ranked:
        groups = dict(sorted(groups.items(), key=lambda g: _rank(g[1])))
    whose = esc(agency) if agency else f"toàn tỉnh {esc(province.name)}"
    scope = AGENCY_UNITS if agency else PROVINCE_LISTS
    span = f" trong {esc(within)}" if within else ""
    head = f"<b>{words.heading}{span} — {whose}</b> ({scope}, tính đến {fmt_date(today)})"
    head += RANKED_NOTE if ranked else ""
    beside = sent_late_lines(catalogue, province, sent_late, agency)
    if not units:
        empty = NOTHING_LATE_NOW if beside else words.empty
        return "\n".join([head, empty, *beside])
    counted, coordinating = apart(units)
    lines = [head, _count_line(counted, coordinating, groups, agency, words)]
    several = agency is None or province.members(agency) != (agency,)
    for name, mine in groups.items():
        if several:
            lines.append(f"\n<b>{esc(name)}</b> — {count_text(mine)}")
        tasks, rows = tasks_first(mine)
        for s in tasks + rows:
            if several and tasks and rows and s is (tasks[0] if s.is_task else rows[0]):
                # a unit's tasks (what it sends) apart from its rows (what it puts online)
                label = (TASKS_LABEL if s.is_task else ROWS_LABEL).capitalize()
                lines.append(f"<i>{label}:</i>")
            pin = "📌 " if s.is_task else ""
            shown = agency or s.role == "coordinate"
            label = f" [{ROLE_LABELS[s.role]}]" if shown and not s.is_task else ""
            said = f"{when_text(s)} — {STATUSES[s.code]}"
            if marks is not None and s.state is State.DONE:
                said = done_text(s, marks.get((s.key, s.agency)))
            title = esc(item_title(catalogue, province, s.key))
            lines.append(f"• {pin}{item_head(province, s.key, title)}{label} — {esc(said)}")
    text = "\n".join(lines + beside)
    if full or agency is not None or fits(text):
        return text
    largest = max(groups, key=lambda n: len(groups[n]))  # the unit named as an example
    titles = {
        s.key: item_title(catalogue, province, s.key) for s in units if s.is_task
    }  # a task's short title beside its key ("tq-2021-04-20 (Biểu 02)")
    compact = [*lines[:2], "", *by_unit_lines(groups, titles), see_all(largest), *beside]
    return "\n".join(compact)


RANKED_NOTE = "\nXếp theo số mục của từng cơ quan, nhiều nhất trước."


def _rank(mine: list[Standing]) -> tuple[int, int]:
    """A unit's place: its items, most first (the count its line shows), then those it leads
    or owes before those it only coordinates; ties keep the names' order."""
    counted, _ = apart(mine)
    return (-len(mine), -len(counted))


def _count_line(
    counted: list[Standing],
    coordinating: list[Standing],
    groups: dict[str, list[Standing]],
    agency: str | None,
    words: ReportWords,
) -> str:
    """ "3 mục quá hạn (1 mục phối hợp)" for an agency; for the province, the lead rows' and
    tasks' count, the coordinating rows' apart: "45 mục quá hạn ở 20 cơ quan; phối hợp: 12 mục
    ở 9 đơn vị (đếm riêng)"."""
    if agency:
        total = len(counted) + len(coordinating)
        among = (
            (" (mục phối hợp)" if not counted else f" (trong đó {len(coordinating)} mục phối hợp)")
            if coordinating
            else ""
        )
        return f"<b>{total} {words.counted}</b>{among}"
    owners = len({s.agency for s in counted})
    text = f"<b>{len(counted)} {words.counted}</b> ở {owners} cơ quan" if counted else ""
    if coordinating:
        units = len({s.agency for s in coordinating})
        apart_text = f"phối hợp: {len(coordinating)} mục ở {units} đơn vị (đếm riêng)"
        text = f"{text}; {apart_text}" if text else f"<b>{apart_text}</b>"
    return text


def province_count_line(counted: list[Standing], coordinating: list[Standing]) -> str:
    """/quahan tinh's count of the province's late units, for the digest's headline to say
    the same: "45 mục quá hạn ở 20 cơ quan; phối hợp: 12 mục ở 9 đơn vị (đếm riêng)"; ""
    when nothing is late."""
    return _count_line(counted, coordinating, {}, None, LATE_WORDS)


REPORT_WORDS = {"late": LATE_WORDS, "open": OPEN_WORDS, "done": DONE_WORDS}


def found_report(
    catalogue: Catalogue,
    province: Province,
    found: Found,
    today: date,
    marks: Marks | None = None,
) -> str:
    """A progress question's answer: the units it found, as /quahan lists them; what is done
    with when and by whom (`marks`: the statuses /tiendo reads)."""
    words = REPORT_WORDS[found.standing]
    within = found.within + (", kể cả việc đã quá hạn" if found.overdue else "")
    done = marks if found.standing == "done" else None
    text = units_report(
        catalogue,
        province,
        found.units,
        today,
        found.agency,
        words,
        within,
        marks=done,
        ranked=found.ranked,
        sent_late=found.sent_late,
    )
    text += due_today_note(catalogue, province, found.due_today, today, found.agency)
    if found.tally is None:
        return text
    # asked as an amount: the count /tiendo heads with, and its share, before the list
    head, _, rest = text.partition("\n")
    return "\n".join([head, f"<b>Tiến độ: {tally_text(found.tally)}</b>", rest])


def recorder(c: Change, names: Mapping[int, str]) -> str:
    """Who recorded a change, as /lichsu and the desk both name them: the name a "ghi thay" was
    signed with, else the officer's registered name, else "người dùng <id>" (never a bare id)."""
    return c.behalf or names.get(c.by) or f"người dùng {c.by}"


def history_text(key: str, changes: Sequence[Change], names: dict[int, str]) -> str:
    if not changes:
        return f"{key_tag(key)}: chưa có cập nhật nào."
    lines = [f"<b>Lịch sử {typed_key(key)}</b>"]
    before: dict[str, Change] = {}  # each unit's change before, in the page: a day corrected
    for c in changes:
        day_was = corrected_day(before.get(c.agency), c.new, c.sent_on)
        before[c.agency] = c
        # the first change starts from "Chưa bắt đầu", as its receipt said (ux22 #10)
        old = STATUSES.get(c.old or "chua_bat_dau", "—")
        # written for the unit by someone else: their name as stored with the change
        who = f"do {c.behalf} ghi thay" if c.behalf else recorder(c, names)
        # an undo puts the status before back: marked, so that it does not read as a new mind
        who += ", hoàn tác" if c.undoes is not None else ""
        note = f" — “{esc(c.note)}”" if c.note else ""
        if c.sent_on is not None and day_was is not None:  # ux23 #1: old → new
            note = f", ngày gửi {fmt_date(day_was)} → {fmt_date(c.sent_on)}{note}"
        elif c.sent_on is not None:  # the day said sent, which the views count from
            note = f", đã gửi {fmt_date(c.sent_on)}{note}"
        lines.append(
            f"• {esc(c.at.strftime('%d/%m/%Y %H:%M'))} {esc(c.agency)}: {esc(old)} → "
            f"<b>{esc(STATUSES[c.new])}</b> ({esc(who)}){note}"
        )
    return "\n".join(lines)


def row_edits_text(edits: Sequence[RowEdit]) -> str:
    """The row's edits in the assignment table, under its statuses in /lichsu."""
    lines = ["<b>Bảng phân công</b>"]
    for e in edits:
        when = e.at.strftime("%d/%m/%Y %H:%M") if e.at else ""
        who = f"quản trị {e.by}" if e.by is not None else "dòng lệnh"
        lines.append(
            f"• {esc(when)} phiên bản {e.number} ({esc(e.what)}, {esc(who)}): "
            + esc("; ".join(e.changes))
        )
    return "\n".join(lines)
