"""A letter's draft as the coordinator reads it: plain Vietnamese text, one block per task."""

from __future__ import annotations

from knowledge.calendar.deadlines import fmt_date
from knowledge.letters.model import Draft, Task

SHOWN_UNITS = 8  # a long list of units is summarised after this many
_PERIODS = {"month": "hằng tháng", "quarter": "hằng quý (tháng cuối quý)", "year": "hằng năm"}


def _units(names: tuple[str, ...]) -> str:
    if not names:
        return "(chưa rõ)"
    if len(names) <= SHOWN_UNITS:
        return ", ".join(names)
    return f"{len(names)} đơn vị: " + ", ".join(names[:SHOWN_UNITS]) + ", …"


def _when(task: Task) -> str:
    if task.recurrence:
        r = task.recurrence
        period = _PERIODS.get(r.every, r.every)
        day = f"{r.day}/{r.first.month}" if r.every == "year" and r.first else f"{r.day}"
        first = f", lần đầu {fmt_date(r.first)}" if r.first else ""
        return f"{period}, ngày {day}{first} — “{task.deadline_text}”"
    if task.deadline:
        return f"{fmt_date(task.deadline)} — “{task.deadline_text}”"
    return f"chưa đọc được — “{task.deadline_text}”"


def draft_text(draft: Draft) -> str:
    letter = draft.letter
    lines = [
        "Bản nháp nhiệm vụ từ công văn",
        f"Số: {letter.number or '(để trống)'}",
        f"Ngày: {fmt_date(letter.date) if letter.date else '(để trống)'}",
        f"Cơ quan gửi: {letter.sender or '(chưa rõ)'}",
        f"V/v: {letter.subject or '(không có)'}",
    ]
    for n, task in enumerate(draft.tasks, start=1):
        lines += ["", f"{n}. {task.title}", f"   Hạn: {_when(task)}"]
        lines.append(f"   Đơn vị thực hiện: {_units(task.units)}")
        if task.supporting:
            lines.append(f"   Phối hợp: {_units(task.supporting)}")
        if task.forms:
            lines.append(f"   Biểu mẫu: {', '.join(task.forms)}")
        if task.recipient:
            lines.append(f"   Gửi về: {task.recipient}")
        if task.steps:
            lines.append(f"   Các bước: {len(task.steps)}")
        if task.contents:
            lines.append(f"   Hồ sơ gồm: {len(task.contents)} thành phần")
        lines.append(f"   Nguồn: {task.source}")
    if not draft.tasks:
        lines += ["", "Không có nhiệm vụ nào có thời hạn."]
    if draft.problems:
        lines += ["", "Chưa đọc được:"] + [f"• {p}" for p in draft.problems]
    return "\n".join(lines)
