"""Answers about the province's tasks, as Telegram HTML: a task in full, who must do it (the
units by kind, not forty names), and the forms the tasks ask for. Apart from the rows' answers
(answers.py), which share their escaping and date phrases from there.
"""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.model import Province
from knowledge.catalogue.views import TaskView
from knowledge.render.answers import due_phrase, esc, key_tag


def task_answer(
    view: TaskView, province: Province, today: date, asker: str | None, source: str
) -> str:
    """A provincial task in full: what, by when (as printed and as a date), for whom, how."""
    task = view.task
    lines = [
        f"📌 <b>{esc(task.title)}</b> ({key_tag(task.id)})",
        f"• Hạn: {esc(task.deadline_text)} → {esc(due_phrase(view.due, today))}",
    ]
    if task.form:
        lines.append(f"• Biểu mẫu: {esc(task.form)}")
    lines.append(f"• Cơ quan phải thực hiện: {esc(addressees_text(task, province))}")
    if task.supporting:
        lines.append(f"• Phối hợp (không phải nộp): {esc(supporting_text(task, province))}")
    if asker:
        owes = bool(set(province.members(asker)) & set(task.addressees))
        helps = bool(set(province.members(asker)) & set(task.supporting))
        lines.append(
            f"• {esc(asker)}: "
            + (
                "thuộc đối tượng phải thực hiện."
                if owes
                else "phối hợp, không phải nộp."
                if helps
                else "không thuộc đối tượng phải thực hiện."
            )
        )
    if task.steps:
        lines.append("• Các bước / nội dung:")
        lines += [f"  {esc(step)}" for step in task.steps]
    if task.contents:
        lines.append("• Hồ sơ gồm:")
        lines += [f"  + {esc(item)}" for item in task.contents]
    lines.append(f"Nguồn: {esc(source)}")
    lines.append(f"\nĐã xong thì báo: <code>/capnhat {esc(task.id)} xong</code>")
    return "\n".join(lines)


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
