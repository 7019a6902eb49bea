"""Where one unit stands on one item, and how a letter's tasks stand, as answers to questions in
words (knowledge/reader/sent_asked.py, letter_standing.py): the same labels and counts as
/nopbai and /tiendo print, said short, with the item's key on every line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import describe_days, fmt_date, fmt_due
from knowledge.catalogue.model import Catalogue, Province
from knowledge.deliverables.tracking import HANDIN_ICONS, Handin, TaskHandins, UnitHandin
from knowledge.letters.sources import TrackedLetter
from knowledge.messages.markup import esc, typed_key
from knowledge.render.progress_text import unit_status
from knowledge.render.standing_dates import standing_text
from knowledge.render.task_names import item_head, task_head
from knowledge.render.tracking_text import counts_text, task_heading, task_label
from knowledge.rules.progress import item_title
from knowledge.rules.standing import Standing, State

MISSING_NAMED = 8  # units named as missing under a task; more are counted


def handin_text(u: UnitHandin, behalf: bool) -> str:
    """ "✅ đã nộp 27/4/2021 (ghi thay)", "▫️ chưa nộp, hạn 15/5/2021 (còn 18 ngày)"."""
    icon = HANDIN_ICONS[u.state]
    if u.sent_on is not None:
        text = f"{icon} {'nộp muộn' if u.late else 'đã nộp'} {fmt_date(u.sent_on)}"
        if u.late:
            text += f" (sau hạn {u.days_late} ngày)"
        return text + (" (ghi thay)" if behalf else "")
    if u.state is Handin.EXCUSED:
        return f"{icon} không phải nộp (báo không đủ điều kiện)"
    if u.state is Handin.ENDED:
        return f"{icon} không nộp (đã kết thúc theo dõi)"
    if u.due is None:
        return f"{icon} chưa nộp"
    return f"{icon} chưa nộp, hạn {fmt_due(u.due, describe_days(u.standing.today, u.due))}"


def task_sent_answer(u: UnitHandin, behalf: bool, hint: str = "") -> str:
    """One unit's hand-in of one task: the task by its key and form, the unit, where it stands."""
    head = task_head(u.task, u.key, esc(task_label(u.task, u.key)))
    lines = [f"📌 {head} — {esc(u.unit)}: {handin_text(u, behalf)}"]
    if hint:
        lines.append(hint)
    return "\n".join(lines)


def row_standing_answer(catalogue: Catalogue, province: Province, s: Standing) -> str:
    """One unit's standing on one row, as /tiendo prints its line: the status it counts under
    and the dates, late said first."""
    title = esc(item_title(catalogue, province, s.key))
    late = "❗ <b>QUÁ HẠN</b> — " if s.state is State.LATE else ""
    dates = standing_text(s)  # done: the day and how it met its date, as /tiendo says it
    return (
        f"{item_head(province, s.key, title)} — {esc(s.agency)}: {late}{esc(unit_status(s))}"
        f" — {esc(dates)}"
    )


def not_owed_text(key: str, unit: str) -> str:
    return (
        f"{esc(unit)} không phải thực hiện <code>{esc(typed_key(key))}</code> "
        "(không thuộc đơn vị chủ trì, phối hợp hay phải nộp)."
    )


def letter_standing_answer(
    letter: TrackedLetter, tracked: Sequence[TaskHandins], untracked: int, today: date
) -> str:
    """Per task of the letter: how many units have sent it, how many are late, who is missing.
    `untracked`: the letter's tasks nothing is collected for (said, not listed)."""
    lines = [f"📨 <b>{esc(letter.title)}</b> — tình hình nộp (tính đến {fmt_date(today)})"]
    for t in tracked:
        lines.append(task_heading(t, today))
        lines.append(f"   {esc(counts_text(t))}")
        missing = [u.unit for u in t.units if u.missing]
        if missing:
            named = "; ".join(missing[:MISSING_NAMED])
            more = (
                f" và {len(missing) - MISSING_NAMED} đơn vị khác"
                if len(missing) > MISSING_NAMED
                else ""
            )
            late = {u.unit for u in t.units if u.state is Handin.OVERDUE}
            word = "chưa nộp (quá hạn)" if late and late == set(missing) else "chưa nộp"
            lines.append(f"   ▫️ {word}: {esc(named)}{more}")
    if untracked:
        lines.append(f"({untracked} nhiệm vụ khác của công văn không có biểu phải nộp.)")
    if tracked:
        lines.append("\nChi tiết từng đơn vị: <code>/nopbai tinh</code>")
    return "\n".join(lines)
