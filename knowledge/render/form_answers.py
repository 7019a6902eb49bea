"""A form explained (reader/form_asked.py): its title as the seed prints it, what one line or
cell holds, the task that asks for it and by when, and how to get and send it."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.views import TaskView
from knowledge.deliverables.forms import TIERS, Form
from knowledge.render.answers import due_phrase, esc, key_tag


def form_answer(form: Form, view: TaskView, today: date) -> str:
    title = " ".join(t.strip() for t in form.titles[1:])
    lines = [f"📄 <b>{esc(form.name)}</b>: {esc(title)}"]
    if form.shape == "counts":
        tiers = ", ".join(label.lower() for _, _, label in TIERS)
        counted = ", ".join(c.header for c in form.columns[1:] if c.kind == "count")
        lines.append(f"• Mỗi cấp ({esc(tiers)}) một dòng: {esc(counted)}.")
    else:
        headers = "; ".join(c.header for c in form.columns if c.key != "stt")
        lines.append(f"• Mỗi dịch vụ một dòng, các cột: {esc(headers)}.")
    task = view.task
    ended = task.ended_on(view.due) if view.due is not None else task.ended
    when = due_phrase(view.due, today)
    if ended is not None and view.due is not None:  # owed by no one now: no days (ux34 #1)
        when = f"{fmt_date(view.due)}, ⏹ đã kết thúc theo dõi {fmt_date(ended)}"
    lines.append(f"• Thuộc nhiệm vụ {key_tag(task.id)} ({esc(task.form)}), hạn {esc(when)}.")
    lines.append(
        f"Lấy mẫu trống: /baocao · Điền ngay trong chat: /nop {esc(form.code)} · "
        f"Xem cả nhiệm vụ: gõ <code>{esc(task.id)}</code>"
    )
    return "\n".join(lines)
