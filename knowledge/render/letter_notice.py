"""The words of a published letter's notice to the units (Telegram HTML): one short message to
each officer of a unit that owes or supports one of its tasks, sent when the coordinator presses
"Công bố" (a unit first heard of its new task at the 7-day reminder); the word that a letter was
taken back ("Hoàn tác" of the publication, or its withdrawal) to those already told; and the
coordinator's account of who was told.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.model import Province, Task
from knowledge.deliverables.tracking import collects
from knowledge.messages.offers import capnhat_line, code
from knowledge.render.answers import clip, esc, key_tag
from knowledge.render.tracking_text import usage_for

TITLE_CHARS = 160


@dataclass(frozen=True)
class NoticeTask:
    task: Task
    when: str  # "24/9/2021", "hằng tháng, ngày 10 (lần đầu 10/10/2021)"


SENT_ALREADY = "đơn vị đã nộp, không cần làm gì"


def _task_lines(province: Province, t: NoticeTask, owes: bool) -> list[str]:
    task = t.task
    lines = [f"📌 {key_tag(task.id)} {esc(clip(task.title, TITLE_CHARS))}"]
    parts = [f"Hạn: {t.when}"]
    if task.form:
        parts.append(f"Biểu mẫu: {task.form}")
    if owes and (task.recipient or collects(province, task)):
        parts.append(f"Gửi: {task.recipient or province.coordinator}")
    lines.append("   " + esc(" · ".join(parts)))
    return lines


def _first_due(t: NoticeTask) -> date:
    """A task's date, or a recurring one's first occurrence (unplaced: last)."""
    return t.task.due or t.task.starts or date.max


def notice_message(
    province: Province,
    unit: str,
    letter: str,
    subject: str,
    owed: Sequence[NoticeTask],
    supported: Sequence[NoticeTask],
    sent: Sequence[NoticeTask] = (),
) -> str:
    """What a unit is told when a letter is published: the tasks it owes (title, date or
    recurrence, form, recipient) and how to send them; those it only supports, in a line;
    those of `owed` it has sent already (a letter published again) said so, not asked again."""
    about = f" ({esc(subject)})" if subject else ""
    lines = [
        f"📬 <b>Công văn mới — {esc(unit)}</b>",
        f"{esc(letter)}{about} vừa được công bố; bot theo dõi các nhiệm vụ của đơn vị.",
    ]
    if owed:
        lines.append(f"<b>{esc(unit)} phải thực hiện:</b>")
        for t in owed:
            lines += _task_lines(province, t, True)
            if t in sent:
                lines.append(f"   ✅ {SENT_ALREADY}")
    if supported:
        lines.append(
            f"<b>{esc(unit)} phối hợp, hỗ trợ (không phải nộp):</b> "
            + "; ".join(f"{key_tag(t.task.id)} {esc(clip(t.task.title, 80))}" for t in supported)
        )
    # the most urgent first: the line on how to send names it before a later report (ux21 #14)
    due = [t for t in owed if t not in sent]
    files = [t.task.id for t in sorted(due, key=_first_due) if collects(province, t.task)]
    done = [t.task.id for t in due if not collects(province, t.task)]
    how = []
    if files:
        how.append(usage_for(province, files))
    if done:
        how.append(f"Xong thì báo: {code(capnhat_line(done[0], 'xong'))}")
    if how:
        lines.append("\n" + " ".join(how))
    lines.append(
        "Bot sẽ nhắc trước hạn. Xem lại: /nopbai, /tiendo"
        if due
        else "Xem lại: /nopbai, /tiendo"
        if owed
        else "Xem lại: /tiendo"
    )
    return "\n".join(lines)


def retract_message(province: Province, unit: str, letter: str, tasks: Sequence[str]) -> str:
    """What a unit told of a letter hears once it is taken back (its publication undone, or the
    letter withdrawn): its tasks are no longer tracked, nothing is owed under them."""
    ids = ", ".join(key_tag(t) for t in tasks)
    return (
        f"↩️ <b>Công văn đã được hủy công bố — {esc(unit)}</b>\n"
        f"{esc(province.coordinator)} đã hủy công bố {esc(letter)}: {ids} không còn được theo "
        "dõi; đơn vị không phải thực hiện theo tin báo trước đó. Nếu công văn được công bố lại, "
        "bot sẽ báo lại."
    )


def notices_report(
    told: Mapping[str, int],
    waiting: int,
    blocked: int,
    unreached: Sequence[str],
    no_officer: Sequence[str],
    no_officer_support: Sequence[str] = (),
) -> str:
    """The coordinator's account of a publication's notices: officers and units told, sends
    still owed (retried by the reminder jobs), chats that blocked the bot, units whose officers
    all turned reminders off, and units with no approved officer (told nothing): those that owe
    a task apart from those that only support (Viễn thông: to be told, owing nothing)."""
    officers = sum(told.values())
    lines = [
        f"📬 Đã báo cho {officers} cán bộ của {len(told)} đơn vị"
        + (": " + "; ".join(esc(u) for u in told) if told else "")
        + "."
    ]
    if waiting:
        lines.append(f"{waiting} tin chưa gửi được: bot sẽ gửi lại.")
    if blocked:
        lines.append(f"{blocked} cán bộ đã chặn bot: không gửi lại.")
    if unreached:
        lines.append(
            f"{len(unreached)} đơn vị có cán bộ nhưng đã tắt nhắc hoặc không nhận được tin: "
            + "; ".join(esc(u) for u in unreached)
            + "."
        )
    if no_officer:
        lines.append(
            f"⚠️ {len(no_officer)} đơn vị chưa có cán bộ được duyệt, chưa được báo: "
            + "; ".join(esc(u) for u in no_officer)
            + "."
        )
    if no_officer_support:
        lines.append(
            f"{len(no_officer_support)} đơn vị chỉ phối hợp (không phải nộp) chưa có cán bộ "
            "được duyệt, chưa được báo: " + "; ".join(esc(u) for u in no_officer_support) + "."
        )
    return "\n".join(lines)


def retracts_report(told: int) -> str:
    return f"Đã báo {told} cán bộ đã nhận tin công văn này rằng công văn đã được hủy công bố."


def restored_message(province: Province, unit: str, letter: str, lines: Sequence[str]) -> str:
    """What a unit told of a letter, then told it was taken back, hears when it stands again
    (the withdrawal undone, or published again unchanged): only that, not the whole notice a
    third time; `lines`: each task's line with the deadline in force now (ux26 #5: a date moved
    since the first notice is the one to go by, late or not), `back_line`."""
    return "\n".join(
        [
            f"↪️ <b>Công văn có hiệu lực trở lại — {esc(unit)}</b>",
            f"{esc(province.coordinator)} đã công bố lại {esc(letter)}; tin hủy công bố trước "
            "đó không còn giá trị. Các nhiệm vụ được theo dõi lại:",
            *lines,
            "Xem lại: /nopbai, /tiendo",
        ]
    )


def back_line(key: str, name: str, now: str) -> str:
    """ "• 📌 tq-2021-08-20 Mẫu số 03 — hạn hiện nay: …": a task that stands again, `now` its
    deadline in force (knowledge/render/due_now_text.py, escaped)."""
    said = f" — {now}" if now else ""
    return f"• 📌 {key_tag(key)} {esc(name)}{said}"
