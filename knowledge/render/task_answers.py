"""Answers about the province's tasks, as Telegram HTML: a task in full, who must do it (the
units by kind, not forty names), the tasks to choose from when the question fits several, a
letter's tasks, and the forms the tasks ask for. Apart from the rows' answers (answers.py), which
share their escaping and date phrases from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from knowledge.calendar.deadlines import fmt_date, fmt_due_inner
from knowledge.calendar.hours import due_hour
from knowledge.calendar.last_day import last_day
from knowledge.catalogue.model import Province, Task
from knowledge.catalogue.occurrence_names import titled
from knowledge.catalogue.reported import reported_label
from knowledge.catalogue.views import RowView, TaskView
from knowledge.deliverables.moved_dues import deadline_words
from knowledge.letters.sources import TrackedLetter
from knowledge.messages.offers import capnhat_line, code
from knowledge.render.answers import (
    clip,
    due_phrase,
    esc,
    key_tag,
    row_list,
    support_date,
    support_due,
)
from knowledge.render.task_names import task_head
from knowledge.render.tracking_text import usage_for

TITLE_CHARS = 110  # a task's title in a list
# where a task stands for the officer's unit (knowledge/rules/standing.py's states)
STANDING_TEXT = {
    "open": "▫️ chưa nộp",
    "late": "❗ chưa nộp, quá hạn",
    "done": "✅ đã nộp",
    "closed": "⛔ không đủ điều kiện",
    "ended": "⏹ không nộp (đã kết thúc theo dõi)",
}
OWED = ("open", "late")  # the standings that still owe the document


def standing_text(view: TaskView) -> str:
    """Where the unit stands on the task (or the occurrence) `view` shows: /nopbai's words; an
    ended one with the day its tracking ended and that nothing is owed ("⏹ đã kết thúc theo dõi
    18/10/2021 — không phải nộp"), as every view says it."""
    ended = view.task.ended_on(view.due) if view.due is not None else view.task.ended
    if view.standing == "ended" and ended is not None:
        return f"⏹ đã kết thúc theo dõi {fmt_date(ended)} — không phải nộp"
    if view.standing == "done" and view.late_by and view.due is not None:
        # sent late is a fact of its own, said as /nopbai and /tiendo say it (ux30 #4)
        sent = fmt_date(last_day(view.due) + timedelta(days=view.late_by))
        return f"🕓 nộp muộn {view.late_by} ngày (nộp {sent}, hạn {fmt_due_inner(view.due)})"
    return STANDING_TEXT.get(view.standing or "", "chưa nộp")


def task_answer(
    view: TaskView,
    province: Province,
    today: date,
    asker: str | None,
    source: str,
    others: Sequence[TaskView] = (),
    brief: bool = False,
    asked: bool = False,
    full: bool = False,
) -> str:
    """A provincial task in full: what, by when (as printed and as a date), for whom, how.
    `others`: the other tasks the question named, this one chosen among them (said, so the
    choice can be seen and undone); `brief`: only when it falls due was asked
    (reader/when_asked.py), so the steps and the dossier are behind the task's code. `asked`:
    the occurrence shown is the one the question asked for ("bc tháng 11"): how to send it
    names that occurrence, not the task's bare id (which writes the oldest one still owed)."""
    task = view.task
    key = task.key_of(view.due) if asked and task.recurring and view.due else task.id
    if asker is not None and not full and supports_only(task, province, asker):
        return supporter_answer(view, province, today, asker, others)
    printed = deadline_words(task, view.due).strip()  # a moved occurrence: from which date
    # a deadline the coordinator corrected is printed as its date alone: said once
    alone = printed == "" or (view.due is not None and printed == fmt_date(view.due))
    said = "" if alone else f"{printed} → "
    owes = asker is not None and bool(set(province.members(asker)) & set(task.addressees))
    deadline, when = "Hạn", due_phrase(view.due, today)
    # nothing owed (sent, not eligible, its tracking ended: the standing rule's word for the
    # unit, else the task's end for anyone): the date alone, never "còn 20 ngày" (ux34 #1)
    ended = view.task.ended_on(view.due) if view.due is not None else task.ended
    settled = view.standing is not None and view.standing not in OWED
    if view.standing is None and ended is not None:
        printed_due = f"{fmt_date(view.due)} — " if view.due else ""
        when = f"{printed_due}⏹ đã kết thúc theo dõi {fmt_date(ended)}, không phải nộp"
    elif settled and view.due is not None:
        when = fmt_date(view.due)
    elif asker is not None and supports_only(task, province, asker):
        # the owners' date: never late for a unit that only supports the task
        deadline, when = "Hạn của đơn vị nộp", support_date(view.due, today)
    elif asker is not None and not owes:
        # a unit that does not owe the task is never told it is late ("đã qua")
        when = support_date(view.due, today)
    lines = [
        f"📌 <b>{esc(task.title)}</b> ({key_tag(task.id)})",
        f"• {deadline}: {esc(said)}{esc(when)}{esc(_period(view))}",
    ]
    if task.form:
        lines.append(f"• Biểu mẫu: {esc(task.form)}")
    lines.append(f"• Cơ quan phải thực hiện: {esc(addressees_text(task, province))}")
    if task.supporting:
        lines.append(f"• Phối hợp (không phải nộp): {esc(supporting_text(task, province))}")
    if asker and view.standing and view.unit == asker:  # the occurrence asked: where it stands
        standing = standing_text(view)
        lines.append(f"• {esc(asker)}: {duty_text(task, province, asker)} — {standing}.")
    elif asker:
        lines.append(f"• {esc(asker)}: {duty_text(task, province, asker)}.")
    if brief and (task.steps or task.contents):
        lines.append(f"• Các bước, hồ sơ: gõ {code(task.id)} để xem đủ.")
    elif task.steps:
        lines.append("• Các bước / nội dung:")
        lines += [f"  {esc(step)}" for step in task.steps]
    if task.contents and not brief:
        lines.append("• Hồ sơ gồm:")
        lines += [f"  + {esc(item)}" for item in task.contents]
    lines.append(f"Nguồn: {esc(source)}")
    if others:
        lines.append("\nNhiệm vụ khác cũng khớp câu hỏi:")
        lines += [task_item(v, today, duty=_duty_of(v.task, province, asker)) for v in others]
    if view.standing in ("ended", "closed") or ended is not None:
        pass  # nothing to send or report: no "/nop" line (ux34 #1); sent: a new version may be
    elif owes and task.form:  # a document the asker's unit sends: how, as /nopbai says it
        lines.append("\n" + usage_for(province, [key]))
    elif owes or asker is None:
        lines.append(f"\nĐã xong thì báo: {code(capnhat_line(key, 'xong'))}")
    return "\n".join(lines)


def recipient_line(task: Task) -> str:
    """Whom the task's document goes to, as its letter names it, with the task's code."""
    return f"📮 Gửi về: <b>{esc(task.recipient)}</b> ({key_tag(task.id)})"


def _duty_of(task: Task, province: Province, asker: str | None) -> str | None:
    """The asker's part in a task it does not owe ("phối hợp, không phải nộp"); None when it
    owes it or no unit asks."""
    if asker is None or set(province.members(asker)) & set(task.addressees):
        return None
    return duty_text(task, province, asker)


def supports_only(task: Task, province: Province, agency: str) -> bool:
    """Whether `agency` only supports the task (comments on, helps with it), owing nothing."""
    members = set(province.members(agency))
    return not members & set(task.addressees) and bool(members & set(task.supporting))


def supporter_answer(
    view: TaskView, province: Province, today: date, asker: str, others: Sequence[TaskView] = ()
) -> str:
    """A task asked about by a unit that only supports it (u23c #6): one line — its title, the
    owners' date (past: "đã qua", never late for the asker) and the asker's role; the steps and
    the dossier, which are the owners' work, behind a button ("Các bước, hồ sơ")."""
    task = view.task
    label = f"{task.form}: {clip(task.title, TITLE_CHARS)}" if task.form else task.title
    due = support_due(view.due, today)
    ended = task.ended_on(view.due) if view.due is not None else task.ended
    if ended is not None and view.due is not None:  # nothing to support now (ux34 #1)
        due = f"hạn của đơn vị nộp: {fmt_date(view.due)}, ⏹ đã kết thúc theo dõi {fmt_date(ended)}"
    lines = [
        f"📌 <b>{esc(clip(label, TITLE_CHARS))}</b> ({key_tag(task.id)}) — "
        f"{esc(due)} — {esc(asker)}: {duty_text(task, province, asker)}."
    ]
    if others:
        lines.append("\nNhiệm vụ khác cũng khớp câu hỏi:")
        lines += [task_item(v, today, duty=_duty_of(v.task, province, asker)) for v in others]
    return "\n".join(lines)


def _period(view: TaskView) -> str:
    """ ", kỳ tháng 10/2021": the period an occurrence of a recurring task reports."""
    if not view.task.recurring or view.due is None:
        return ""
    return f", kỳ {reported_label(view.task, view.due)}"


def duty_text(task: Task, province: Province, agency: str) -> str:
    members = set(province.members(agency))
    if members & set(task.addressees):
        return "thuộc đối tượng phải thực hiện"
    if members & set(task.supporting):
        return "phối hợp, không phải nộp"
    return "không thuộc đối tượng phải thực hiện"


def task_item(
    view: TaskView,
    today: date,
    occurrence: bool = False,
    duty: str | None = None,
    days: bool = True,
) -> str:
    """A task in a list: its id, form and title, and its date; `occurrence`: a recurring
    task's by the occurrence's key ("tq-2021-09-28 T11/2021"), as /nopbai names it; `duty`: the
    part of a unit that does not owe it, said instead of how late it is; not `days`: the date
    alone (a unit that owes it no more: sent, not eligible, its tracking ended)."""
    task = view.task
    key = f"{task.id}@{view.due.isoformat()}" if occurrence and view.due else task.id
    label = f"{task.form}: {clip(task.title, TITLE_CHARS)}" if task.form else task.title
    if not task.form:
        label = clip(label, TITLE_CHARS)
    label = titled(task, view.due, label)  # an occurrence: the period it reports
    hour = due_hour(task.deadline_text)  # the hour the letter's day ends at, when printed
    when = f"{hour} ngày " if hour and view.due else ""
    head = task_head(task, key, esc(label))
    ended = task.ended_on(view.due) if view.due is not None else task.ended
    if days and ended is not None and view.due is not None:  # no days left (ux34 #1)
        stopped = f"⏹ đã kết thúc theo dõi {fmt_date(ended)}"
        return f"• 📌 {head} — hạn {esc(when + fmt_date(view.due))}, {stopped}"
    if duty is not None:
        return f"• 📌 {head} — hạn {esc(when + support_date(view.due, today))} ({esc(duty)})"
    if not days and view.due is not None:
        return f"• 📌 {head} — hạn {esc(when + fmt_date(view.due))}"
    return f"• 📌 {head} — hạn {esc(when + due_phrase(view.due, today))}"


def standing_answer(view: TaskView, province: Province, today: date, agency: str) -> str:
    """Where a unit stands on one task, in a line: sent or not, and by when (a recurring
    task's occurrence by its own key)."""
    # the days left or late only while the unit owes it: "quá hạn 54 ngày" over an ended
    # period, or over one sent, read as late (ux28 #4)
    owed = view.standing is None or view.standing in OWED
    head = task_item(view, today, occurrence=view.task.recurring, days=owed)
    if view.standing is None:
        return f"{head}\n   {esc(agency)}: {duty_text(view.task, province, agency)}."
    return f"{head}\n   {esc(agency)}: {esc(standing_text(view))}."


def none_owed(agency: str, label: str, nearest: TaskView | None, today: date) -> str:
    """A unit asked about its document of a month it owes nothing in: said, and the nearest
    occurrence it does owe."""
    lines = [f"{esc(agency)} không có báo cáo, hồ sơ nào phải nộp trong {esc(label)}."]
    if nearest is not None:
        lines += ["Gần nhất:", task_item(nearest, today)]
    lines.append("Xem tất cả: /nopbai")
    return "\n".join(lines)


EVERY_WORDS = {"month": "hằng tháng", "quarter": "hằng quý", "year": "hằng năm"}


def none_recurring(agency: str | None, every: str) -> str:
    """A recurring report asked about when no task of that recurrence is in force: said, for
    the asker's unit or the province, and where its documents are listed."""
    which = f"báo cáo {EVERY_WORDS.get(every, 'định kỳ')}"
    if agency:
        return f"{esc(agency)} không có {which} nào phải nộp. Xem tất cả: /nopbai"
    return f"Chưa có {which} nào đang theo dõi. Các công văn đang theo dõi: /congvan"


def _who_line(view: TaskView, province: Province, asker: str | None) -> str:
    """Who must do a task, and what it asks of the asker's unit."""
    who = f"   Phải thực hiện: {esc(addressees_text(view.task, province))}"
    if asker:
        who += f"; {esc(asker)}: {duty_text(view.task, province, asker)}"
    return who


NOT_THIS_ONE = (
    "<i>Không phải nhiệm vụ này? Gõ thêm tên biểu mẫu hoặc mã nhiệm vụ; /nopbai liệt kê các hồ "
    "sơ đơn vị phải nộp.</i>"
)


def choices_answer(
    views: Sequence[TaskView],
    province: Province,
    today: date,
    asker: str | None,
    rows: Sequence[RowView] = (),
) -> str:
    """Several tasks fit the question and nothing in it tells which: each, with who must do it,
    to choose from; `rows`: a catalogue row the words fit too, offered after them."""
    count = f"{len(views)} nhiệm vụ" + (f" và {len(rows)} mục trong danh mục" if rows else "")
    lines = [f"Câu hỏi khớp {count}. Có phải bạn hỏi…"]
    for view in views:
        lines.append(task_item(view, today))
        lines.append(_who_line(view, province, asker))
    if rows:
        lines.append("\nhay dịch vụ trong danh mục:")
        lines += row_list(list(rows), today)
    lines.append(
        "\nBấm một nhiệm vụ bên dưới, hoặc gõ mã nhiệm vụ (ví dụ "
        f"<code>{esc(views[0].task.id)}</code>)."
    )
    return "\n".join(lines)


def letter_answer(
    letter: TrackedLetter,
    views: Sequence[TaskView],
    province: Province,
    today: date,
    asker: str | None,
) -> str:
    """A letter named by its number: the tasks it sets, those the asker's unit must deliver
    first, each with where it stands for the unit (`standing`, read from the statuses)."""
    lines = [f"📨 <b>{esc(letter.title)}</b>: {len(views)} nhiệm vụ."]
    mine = [v for v in views if asker and v.unit == asker]
    if asker and mine:
        lines.append(f"\n<b>Việc của {esc(asker)}</b>")
        for view in mine:
            # days left or late only while it is owed: an ended task is not "còn 20 ngày"
            owed = view.standing is None or view.standing in OWED
            lines.append(task_item(view, today, days=owed))
            lines.append(f"   {esc(standing_text(view))}")
    rest = [v for v in views if v not in mine]
    if rest:
        if mine:
            lines.append("\n<b>Nhiệm vụ khác của công văn</b>")
        for view in rest:
            lines.append(task_item(view, today))
            lines.append(_who_line(view, province, asker))
    lines.append(
        f"\nXem chi tiết: gõ mã nhiệm vụ (ví dụ <code>{esc(views[0].task.id)}</code>)."
        if views
        else ""
    )
    return "\n".join(lines).rstrip()


def addressees_text(task, province: Province) -> str:
    """Who must do a task, in a line: the units by kind, not forty names."""
    return _units_text(task.addressees, province)


def supporting_text(task, province: Province) -> str:
    return _units_text(task.supporting, province)


def _units_text(names: tuple[str, ...], province: Province) -> str:
    count = len(names)
    if count <= 3:
        return ", ".join(names)
    districts = set(names) & set(province.units)
    if districts == set(names):
        return f"{count} UBND huyện, thành phố của {province.name}"
    kinds = "các sở, ban, ngành" + (" và UBND cấp huyện" if districts else "")
    others = [n for n in names if n not in districts]
    if len(others) <= 3 and districts:
        return f"{', '.join(others)} và {len(districts)} UBND huyện, thành phố"
    return f"{count} cơ quan, đơn vị ({kinds} của {province.name})"


def forms_answer(typed: str, views: list[TaskView], province: Province) -> str:
    """A form no task of the province asks for: the forms it does ask for."""
    lines = [f"{esc(province.name)} không yêu cầu biểu mẫu “{esc(typed.strip()[:80])}”."]
    if views:
        lines.append("Các biểu mẫu các đơn vị phải gửi:")
        lines += [
            f"• {esc(v.task.form)} — {esc(v.task.title)} ({esc(v.task.deadline_text)}), "
            f"mã {key_tag(v.task.id)}"
            for v in views
        ]
    return "\n".join(lines)
