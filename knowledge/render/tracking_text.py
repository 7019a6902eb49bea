"""The words of hand-in tracking (knowledge/deliverables/tracking.py): /nopbai for a unit, /nopbai
tinh for the
coordinator, the reminder to a unit still missing, and the quote back of a round of reminders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from knowledge.calendar.deadlines import WEEKDAYS, describe_days, fmt_date, fmt_due
from knowledge.calendar.hours import dated
from knowledge.catalogue.model import Province, Task, split_key
from knowledge.catalogue.occurrence_names import titled
from knowledge.deliverables.forms import task_forms
from knowledge.deliverables.handed_files import takes_files
from knowledge.deliverables.moved_dues import Before
from knowledge.deliverables.tracking import (
    HANDIN_ICONS,
    HANDIN_LABELS,
    Handin,
    TaskHandins,
    UnitHandin,
)
from knowledge.messages.markup import typed_key
from knowledge.messages.offers import capnhat_line, code, record_for
from knowledge.render.answers import esc
from knowledge.render.submission_text import Partly, partly_html
from knowledge.render.task_names import task_head

TITLE_CHARS = 70


def task_label(task: Task, key: str = "") -> str:
    """ "Biểu 02: Hồ sơ đề xuất Danh mục DVCTT…": the form, then the title cut at a word; for
    an occurrence's `key`, then the period its date falls in ("… — tháng 10/2021")."""
    title = task.title
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return titled(task, split_key(key)[1], f"{task.form}: {title}" if task.form else title)


def task_heading(t: TaskHandins, today: date, relative: bool = True) -> str:
    """The task, its key and its date; `relative`: with the days left or late (not for a unit
    that has sent it: "quá hạn 23 ngày" over "✅ đã nộp" read as late)."""
    when = "chưa có hạn"
    if t.due:
        days = describe_days(today, t.due) if relative else ""
        # the hour the letter's day ends at, when printed; the day off, the date a move
        # replaced and the days in one bracket (three in a row read as nested, u54 #5)
        beside = "; ".join(p for p in (before_words(t.before), days) if p)
        when = f"hạn {dated(t.due, t.task.deadline_text, beside)}"
    if t.ended is not None and t.due is not None:
        when = f"hạn {fmt_due(t.due)}, {ended_text(t.ended)}"
    return f"📌 {task_head(t.task, t.key, esc(task_label(t.task, t.key)))} — {esc(when)}"


def before_words(before: Before | None) -> str:
    """ "trước: 20/6/2021" beside a moved deadline: the date the move replaced, and the task's
    own when it moved more than once (ux23 #4); "" when it never moved."""
    if before is None:
        return ""
    first = (
        f"; ban đầu {dated(before.first, before.first_text, ends=False)}" if before.first else ""
    )
    return f"trước: {dated(before.was, before.was_text, ends=False)}{first}"


def before_text(before: Before | None) -> str:
    """`before_words` in its bracket: " (trước: 20/6/2021)"; "" when it never moved."""
    words = before_words(before)
    return f" ({words})" if words else ""


def ended_text(day: date) -> str:
    return f"⏹ đã kết thúc theo dõi {fmt_date(day)}"


def counts_text(t: TaskHandins) -> str:
    sent = f"đã nộp {t.sent}/{t.owed}"
    if t.ended is not None:
        return f"{sent} · không nộp {t.count(Handin.ENDED)} (đã kết thúc theo dõi)"
    if t.count(Handin.SENT_LATE):
        sent += f" ({t.count(Handin.SENT_LATE)} nộp muộn)"
    missing = f"chưa nộp {t.missing}"
    if t.count(Handin.OVERDUE):
        missing += f" ({t.count(Handin.OVERDUE)} quá hạn)"
    parts = [sent, missing]
    if t.count(Handin.EXCUSED):
        parts.append(f"{t.count(Handin.EXCUSED)} không đủ điều kiện")
    return " · ".join(parts)


def state_text(u: UnitHandin) -> str:
    """ "đã nộp 19/4/2021", "nộp muộn 22/4/2021 (sau hạn 2 ngày)", "chưa nộp, quá hạn 3 ngày"."""
    if u.sent_on is not None:
        text = f"{HANDIN_LABELS[u.state]} {fmt_date(u.sent_on)}"
        if u.late:
            text += f" (sau hạn {u.days_late} ngày)"
        return text + (f" — {u.detail}" if u.detail else "")
    if u.detail and _some_received(u.detail):
        # some of a task's forms, not all: what was sent is said first, then what is missing,
        # never "chưa nộp" before a form it lists as sent (ux38 #7)
        late = f"chưa đủ, quá hạn {u.days_late} ngày — " if u.state is Handin.OVERDUE else ""
        return f"{late}đã nộp {u.detail}"
    detail = f" — {u.detail}" if u.detail else ""
    if u.state is Handin.OVERDUE:
        return f"chưa nộp, quá hạn {u.days_late} ngày{detail}"
    return HANDIN_LABELS[u.state] + detail


def _some_received(detail: str) -> bool:
    """Whether a unit's detail (submission_text.py's `sent_details`) opens with a form it sent
    ("Phụ lục I lần 1 (18/5/2021); còn thiếu …"), not with what is missing or who recorded it."""
    first = detail.split("; ")[0]
    return " lần " in first and not first.startswith(("còn thiếu", "do ", "tệp "))


def late_line(due: date, days: int) -> str:
    """A receipt after the deadline, in /nopbai's words: "nộp muộn (sau hạn 22 ngày)"."""
    late = HANDIN_LABELS[Handin.SENT_LATE].capitalize()
    return f"🕓 {late}: hạn {fmt_due(due)}, sau hạn {days} ngày."


def unit_line(u: UnitHandin) -> str:
    return f"{HANDIN_ICONS[u.state]} {esc(u.unit)} — {esc(state_text(u))}"


def how_to_send(province: Province, task_id: str) -> str:
    """How to send the task `task_id` (an occurrence's key too)."""
    return usage_for(province, [task_id])


def send_usage(province: Province, tracked: list[TaskHandins], behalf: str = "") -> str:
    """/nop, /nopbai: how to send what the unit still owes ("" for nothing); `behalf`: the unit
    an admin looks at, for whom it is recorded instead."""
    missing = [t.key for t in tracked if t.units and t.units[0].missing]
    if behalf and missing:
        return record_for(behalf, missing[0])
    return usage_for(province, missing)


MAX_FILE_LINES = 3  # tasks a line on sending files names


def usage_for(province: Province, missing: list[str]) -> str:
    """How to send these tasks (keys): the forms the bot has a layout of in the chat or from
    their templates; a document it has none of ("Mẫu số 01" of a new letter) as a file, for
    which /baocao has no template; and either, sent on paper, reported with /capnhat."""
    if not missing:
        return ""
    files = [key for key in missing if _takes_files(province, key)]
    forms = [key for key in missing if key not in files]
    parts = []
    if forms:
        codes = dict.fromkeys(
            f.code for key in forms for f in task_forms(province, split_key(key)[0])
        )
        where = ", ".join(f"<code>/nop {c}</code>" for c in codes) or "<code>/nop</code>"
        parts.append(
            f"Nộp biểu qua bot: {where} (trong chat) hoặc /baocao → “Mẫu …”, điền rồi gửi lại tệp."
        )
    if files:
        # each task taking a file, in the order given (the most urgent first): naming only the
        # first left a unit owing two reports the line of the later one (ux21 #14)
        # (one a task: its first occurrence given; at most MAX_FILE_LINES)
        first: dict[str, str] = {}
        for key in files:
            first.setdefault(split_key(key)[0], key)
        named = list(first.values())[:MAX_FILE_LINES]
        each = ", ".join(f"<code>/nop {typed_key(province.keyed(key))}</code>" for key in named)
        parts.append(
            f"Nộp tệp: {each} rồi gửi tệp .xlsx, .docx hoặc .pdf "
            "(hoặc trả lời tin nhắc hạn bằng tệp)."
        )
    found = province.task_at(missing[0])
    to = (found[0].recipient if found is not None else "") or province.coordinator
    line = capnhat_line(province.keyed(missing[0]), "đã nộp")
    parts.append(f"Đã gửi {esc(to)} bằng văn bản thì báo: {code(line)}")
    return " ".join(parts)


def _takes_files(province: Province, key: str) -> bool:
    found = province.task_at(key)
    return found is not None and takes_files(province, found[0])


def unit_view(
    province: Province,
    unit: str,
    tracked: list[TaskHandins],
    today: date,
    hint: bool = True,
    behalf: bool = False,
) -> str:
    """/nopbai: what one unit owes the coordinator, what it sent and when (and, with `hint`, how
    to send it; `behalf`: an admin looking at the unit, how to record it for the unit)."""
    head = f"<b>Hồ sơ phải nộp — {esc(unit)}</b> (tính đến {fmt_date(today)})"
    if not tracked:
        # the coordinator's own officer: it owes itself nothing (what it owes elsewhere is in
        # /tiendo), so no "… cho Sở Thông tin và Truyền thông" after its own name
        to = "" if unit == province.coordinator else f" cho {esc(province.coordinator)}"
        return head + f"\n{esc(unit)} không phải nộp biểu mẫu nào{to}."
    lines = [head]
    for t in tracked:
        u = t.units[0]
        lines.append(task_heading(t, today, relative=u.missing))
        lines.append(f"   {HANDIN_ICONS[u.state]} {esc(state_text(u))}")
    usage = send_usage(province, tracked, unit if behalf else "") if hint else ""
    if usage:
        lines.append("\n" + usage)
    return "\n".join(lines)


def sent_yet(
    province: Province, unit: str, t: TaskHandins, today: date, behalf: bool = False
) -> str:
    """Whether one unit sent one document ("bc tháng 11 nộp chưa"): said first, by the standing
    rule /nopbai counts with ("UBND huyện Hàm Yên: ❗ chưa nộp, quá hạn 2 ngày"), then the
    document, then how to send (or record) it while it is not sent."""
    u = t.units[0]
    lines = [
        f"<b>{esc(unit)}</b>: {HANDIN_ICONS[u.state]} {esc(state_text(u))}",
        task_heading(t, today, relative=u.missing),
    ]
    usage = send_usage(province, [t], unit if behalf else "")
    return "\n".join(lines + (["", usage] if usage else []))


def province_view(province: Province, tracked: list[TaskHandins], today: date) -> str:
    """/nopbai tinh: per task, its counts, then every addressee: sent (when), late, missing."""
    lines = [f"<b>Tình hình nộp hồ sơ — {esc(province.name)}</b> (tính đến {fmt_date(today)})"]
    if not tracked:
        return lines[0] + "\nTỉnh chưa có nhiệm vụ nào phải nộp theo biểu mẫu."
    for t in tracked:
        lines += ["", task_heading(t, today), f"<b>{esc(counts_text(t))}</b>"]
        lines += [unit_line(u) for u in t.units]
    return "\n".join(lines)


def nudge_message(
    province: Province,
    owed_by: dict[str, list[UnitHandin]],
    today: date,
    group: bool = False,
    partly: Mapping[tuple[str, str], Partly] | None = None,
) -> str:
    """The reminder the coordinator sends to the officers of units still missing a document, one
    message a chat (a group following several such units gets them all in it). `group`: where
    /nop, /baocao and /capnhat are refused: what works there (a reply), and the private chat for
    sending. `partly`: (task key, unit) -> the forms sent and still owed, said on the task's
    line as the day's reminders say it (u49 #6)."""
    units = sorted(owed_by)
    lines = [
        f"🔔 <b>Nhắc nộp hồ sơ — {', '.join(esc(u) for u in units)}</b> "
        f"({WEEKDAYS[today.weekday()]}, {fmt_date(today)})",
        f"{esc(province.coordinator)} chưa nhận được:",
    ]
    for unit in units:
        if len(units) > 1:
            lines.append(f"🏢 <b>{esc(unit)}</b>")
        for u in owed_by[unit]:
            when = f"hạn {fmt_due(u.due, describe_days(today, u.due))}" if u.due else "chưa có hạn"
            head = task_head(u.task, u.key, esc(task_label(u.task)))
            split = (partly or {}).get((u.key, unit))
            sent = f" — {partly_html(split)}" if split is not None else ""
            lines.append(f"• 📌 {head} — {esc(when)}{sent}")
    if group:
        lines.append(
            "\nCán bộ của đơn vị nộp trong tin nhắn riêng với bot (<code>/nop</code>, hoặc "
            "/baocao → “Mẫu …”); đã gửi bằng văn bản thì <b>trả lời tin nhắn này</b>: "
            "<code>đã nộp rồi</code> (bot hỏi lại bằng nút trước khi ghi)."
        )
        return "\n".join(lines)
    keys = list(dict.fromkeys(u.key for unit in units for u in owed_by[unit]))
    lines.append("\n" + usage_for(province, keys) + " · Xem lại: /nopbai")
    return "\n".join(lines)


def nudge_preview(
    chats: dict[str, int],
    unreachable: Sequence[str] = (),
    already: Sequence[str] = (),
    split: Mapping[str, str] | None = None,
) -> str:
    """Who a round of reminders would reach (unit -> its chats), before it is confirmed, and the
    missing units it will not reach (no officer, reminded today): the preview named only the
    first, so a coordinator pressed "Gửi nhắc" believing every missing unit was chased.
    `split`: unit -> what it sent of a document and still owes, said beside it."""
    head = (
        f"Sẽ nhắc {len(chats)} đơn vị chưa nộp ({sum(chats.values())} cán bộ/nhóm), mỗi đơn vị "
        f"một tin: {_units(chats, split)}."
    )
    return "\n".join([head, *_not_reminded(unreachable, already, split)])


def _units(units: Sequence[str] | Mapping[str, int], split: Mapping[str, str] | None) -> str:
    """ "Sở Xây dựng (đã nhận Phụ lục I; còn thiếu Phụ lục II, III, IV); Sở Y tế": a unit that
    sent part of a document named with the split the reminders and the digest say
    (submission_text.Partly), so the urging never reads as if it had sent nothing (u49 #6)."""
    said = split or {}
    return "; ".join(esc(u) + (f" ({esc(said[u])})" if u in said else "") for u in units)


def _not_reminded(
    unreachable: Sequence[str], already: Sequence[str], split: Mapping[str, str] | None = None
) -> list[str]:
    """The missing units a round does not reach, as its preview and its quote back say them."""
    lines = []
    if already:
        lines.append(
            f"Hôm nay đã nhắc {len(already)} đơn vị, không nhắc lại: {_units(already, split)}."
        )
    if unreachable:
        lines.append(
            f"{len(unreachable)} đơn vị chưa nộp nhưng chưa có cán bộ nhận nhắc: "
            f"{_units(unreachable, split)}."
        )
    return lines


def nudge_report(
    reached: dict[str, int],
    unreachable: Sequence[str],
    already: Sequence[str],
    failed: int = 0,
    split: Mapping[str, str] | None = None,
) -> str:
    """The quote back of one press of "Nhắc các đơn vị chưa nộp".

    reached: unit -> how many of its chats the reminder went to; unreachable: missing units with
    no officer to remind; already: missing units reminded earlier today (not again); split: as
    `nudge_preview`'s.
    """
    if not (reached or unreachable or already):
        return "Không còn đơn vị nào chưa nộp hồ sơ đang thu: không nhắc ai."
    lines = []
    if reached:
        chats = sum(reached.values())
        lines.append(
            f"🔔 Đã nhắc {len(reached)} đơn vị chưa nộp ({chats} cán bộ/nhóm): "
            f"{_units(reached, split)}."
        )
    lines += _not_reminded(unreachable, already, split)
    if failed:
        lines.append(f"{failed} tin chưa gửi được: bot sẽ gửi lại trong hôm nay.")
    if not reached:
        lines.insert(0, "Không nhắc thêm đơn vị nào.")
    return "\n".join(lines)
