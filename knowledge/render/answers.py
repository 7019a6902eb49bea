"""Answers in Vietnamese, as Telegram HTML: a row in full, a row in a list, a choice of rows.
Every piece of data is escaped here, once (the lists by date: list_answers.py).

The chat handlers send these strings as they are; `to_plain` gives the text as the chat shows it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import describe_days, fmt_date, fmt_due
from knowledge.catalogue.model import Province
from knowledge.catalogue.occurrence_names import titled
from knowledge.catalogue.views import ROLE_LABELS, RowView, TaskView
from knowledge.deliverables.moved_dues import deadline_words
from knowledge.messages.markup import esc as esc  # re-exported: the renderers' escaping
from knowledge.messages.markup import key_tag as key_tag
from knowledge.render.kept_lines import kept_row_line
from knowledge.render.row_card_parts import level_text, phases_text, plan_note, source_line
from knowledge.render.standing_dates import when_text
from knowledge.render.task_names import clipped, task_head

MAX_ROLE_CHARS = 300
_TAG = re.compile(r"<[^>]+>")


def to_plain(markup: str) -> str:
    return html.unescape(_TAG.sub("", markup))


def _short(text: str, limit: int = MAX_ROLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clip(text: str, limit: int) -> str:
    """The text, or its words up to `limit` characters and "…": a title shortened is never cut
    inside a word and always says it is shortened."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[: limit - 1]
    return cut.rstrip(" ,;:—-") + "…"


def due_phrase(due: date | None, today: date) -> str:
    if due is None:
        return "chưa có hạn"
    return fmt_due(due, describe_days(today, due))


def support_due(due: date | None, today: date) -> str:
    """A supported task's date: the owners' date, past or to come — a supporter is never late,
    so a past date is "đã qua", not "quá hạn"."""
    return "hạn của đơn vị nộp: " + support_date(due, today)


def support_date(due: date | None, today: date) -> str:
    """ "20/4/2021 (đã qua)": the owners' date as a supporter reads it, never late for it."""
    if due is not None and due < today:
        return f"{fmt_date(due)} (đã qua)"
    return due_phrase(due, today)


def row_full(
    view: RowView,
    province: Province,
    today: date,
    agency: str | None = None,
    role: str | None = None,
) -> str:
    """The row in full; `role`: the asker's part said for it (its sub-rows' roles), when the
    row's own assignment gives it none."""
    row = view.row
    # a sub-row is headed as every other view names it, its cell as printed beside
    lines = [f"{key_tag(row.key)} · {esc(row.short_title)}"]
    if row.short_title != row.title:
        lines.append(f"• Theo quyết định: {esc(row.title)}")
    lines.append(f"• {esc(level_text(row.level).capitalize())}")
    if not view.in_plan:
        lines.append(f"• ⚠️ {esc(plan_note(view, province))}")
    if view.assignment:
        lines.append(f"• Chủ trì: {esc(', '.join(view.assignment.lead))}")
        if view.assignment.coordinate:
            lines.append(f"• Phối hợp: {esc(', '.join(view.assignment.coordinate))}")
    else:
        if row.ministry_role:
            lines.append(f"• Bộ, ngành: {esc(_short(row.ministry_role))}")
        if row.local_role:
            lines.append(f"• Địa phương: {esc(_short(row.local_role))}")
        if province.assignments:
            lines.append(
                f"• {esc(province.name)} chưa giao mục này cho cơ quan nào trong "
                f"{esc(province.assignments_label)}."
            )
    if agency:
        said = ROLE_LABELS.get(view.role or "", role or "không có vai trò")
        lines.append(f"• Vai trò của {esc(agency)}: {esc(said)}")
    phased = bool(view.assignment and len(view.assignment.milestones) > 1)
    if view.assignment and view.assignment.milestones:
        # a row of several milestones: each date, its standing on the line after (ux24 #3,
        # knowledge/render/row_standing_answers.py), never the nearest alone as the row's
        local = phases_text(view.assignment.milestones) if phased else ""
        lines.append(
            f"• Hạn của tỉnh: {esc(view.deadline_text)} → "
            + esc(local or due_phrase(view.deadline, today))
        )
        national = phases_text(row.milestones) if len(row.milestones) > 1 else ""
        if view.national_deadline and not national:
            national = fmt_date(view.national_deadline)
        lines.append(
            f"• Hạn quốc gia: {esc(row.deadline_text or 'theo từng ngành')}"
            + (f" → {esc(national)}" if national else "")
        )
    elif not view.in_plan:
        # The province owes no date for it: show the decision's date, not days late.
        lines.append(
            f"• Hạn của QĐ {esc(row.decision)}: {esc(row.deadline_text)}"
            + (f" → {esc(fmt_date(view.national_deadline))}" if view.national_deadline else "")
        )
    elif not row.deadline_text and view.assignment is not None:
        # assigned with no date of its own: it owes by its sectors' dates, as /tiendo says
        lines.append(
            "• Hạn: tỉnh chưa giao hạn riêng cho mục này; theo hạn các ngành (các mục con "
            "dưới đây)"
        )
        if agency and view.beside:  # the asker owes none of them (views.by_parts)
            dates = ", ".join(fmt_date(d) for d in view.beside)
            lines.append(
                f"• {esc(agency)}: đơn vị phối hợp, không có hạn riêng; hạn các ngành chủ trì: "
                f"{dates}"
            )
        elif agency and view.parts and view.deadline:
            lines.append(
                f"• {esc(agency)}: theo hạn các ngành, gần nhất "
                f"{esc(due_phrase(view.deadline, today))}"
            )
    else:
        lines.append(
            f"• Hạn: {esc(row.deadline_text or 'theo từng ngành (xem các mục con)')}"
            + (f" → {esc(due_phrase(view.deadline, today))}" if view.deadline else "")
        )
    if view.deadline_label and not phased:  # several: each milestone is said with its own
        lines.append(f"• Giai đoạn gần nhất: {esc(view.deadline_label)}")
    lines.append(source_line(view, province))
    return "\n".join(lines)


def row_line(view: RowView, today: date, show_lead: bool = False) -> str:
    return kept_row_line(view, today, show_lead, _row_line)  # once per line said (kept_lines)


def _row_line(view: RowView, today: date, show_lead: bool) -> str:
    row = view.row
    # a sub-row whose key already is its title (406-11's "Thí điểm … cung cấp điện.") says it once
    named = "" if row.sub and row.sub == row.title else f" {esc(row.short_title)}"
    parts = [f"{key_tag(row.key)}{named}"]
    if view.role:
        parts[0] += f" [{ROLE_LABELS[view.role]}]"
    if row.level:
        parts.append(f"mức {row.level}")
    if show_lead and view.assignment:
        parts.append("chủ trì: " + esc(", ".join(view.assignment.lead)))
    if view.deadline and not view.in_plan:
        parts.append(
            esc(f"hạn QĐ {row.decision}: {fmt_date(view.deadline)}, ngoài kế hoạch của tỉnh")
        )
    elif view.dated is not None:  # a row's several dates in a period, said once as /tiendo's
        parts.append(esc(when_text(view.dated)))
    elif view.beside:
        # a unit that owes none of the sectors' dates (knowledge/catalogue/views.py `by_parts`)
        dates = ", ".join(fmt_date(d) for d in view.beside)
        parts.append(
            esc(
                "tỉnh chưa giao hạn riêng (đơn vị phối hợp, không có hạn riêng); "
                f"hạn các ngành chủ trì: {dates}"
            )
        )
    elif view.deadline and view.parts:
        # never said as the row's own date: the province set it none (knowledge/catalogue/views)
        parts.append(
            esc(f"hạn các ngành {due_phrase(view.deadline, today)}; tỉnh chưa giao hạn riêng")
        )
    elif view.deadline:
        parts.append(esc(f"hạn {due_phrase(view.deadline, today)}"))
    return "• " + " — ".join(parts)


def task_line(view: TaskView) -> str:
    """A task in a list; an occurrence of a recurring one by its key and the period it reports
    ("— kỳ tháng 10/2021"), so two of its occurrences in one span are told apart."""
    task = view.task
    if task.recurring and view.due is not None:
        title = titled(task, view.due, clipped(task.title))
        words = deadline_words(task, view.due)
        return f"• 📌 {key_tag(task.key_of(view.due))} {esc(title)} ({esc(words)})"
    head = task_head(task, task.id, esc(clipped(task.title)))
    if head.endswith(")"):  # "… (mã tq-2021-06-30)": its date after a dash, not a 2nd bracket
        return f"• 📌 {head} — {esc(task.deadline_text)}"
    return f"• 📌 {head} ({esc(task.deadline_text)})"


def row_list(views: list[RowView], today: date, show_lead: bool = False) -> list[str]:
    return [row_line(v, today, show_lead) for v in views]


def part_heading(clause: str) -> str:
    """The line before the answer to one part of a message that asks two things."""
    return f"❓ <i>{esc(clause)}</i>\n"


def unanswered_note(clauses: Sequence[str]) -> str:
    """The parts of a message the answer above does not answer, named back."""
    said = "; ".join(f"“{esc(c)}”" for c in clauses)
    return f"\n\nChưa trả lời phần: {said}. Hãy hỏi riêng phần này."


def service_answer(
    best: RowView, others: list[RowView], province: Province, today: date, agency: str | None
) -> str:
    lines = [row_full(best, province, today, agency)]
    if others:
        lines.append("\nCó thể bạn muốn hỏi:")
        lines += row_list(others, today)
    return "\n".join(lines)


def named_answer(province: Province, index: int, source: str) -> str:
    """A service a provincial letter names outside the catalogue of the province's plan."""
    lines = [
        f"<b>{esc(province.named_services[index])}</b>",
        f"• Dịch vụ do văn bản của tỉnh {esc(province.name)} nêu tên, theo lộ trình của "
        f"QĐ {esc(province.decision)}/QĐ-TTg; không phải một mục của danh mục.",
    ]
    if province.named_addressee:
        lines.append(f"• Giao: {esc(province.named_addressee)}")
    lines.append("• Hạn: văn bản không ghi hạn riêng cho dịch vụ này.")
    lines.append(f"Nguồn: {esc(source)}")
    return "\n".join(lines)


def suggest_answer(views: list[RowView], today: date) -> str:
    lines = ["Tôi chưa chắc bạn hỏi dịch vụ nào. Có phải bạn hỏi…"]
    lines += row_list(views, today)
    lines.append("\nBấm một mục bên dưới, hoặc hỏi rõ hơn (ví dụ tên đầy đủ của dịch vụ).")
    return "\n".join(lines)


def sub_rows_answer(
    parent: RowView,
    subs: list[RowView],
    province: Province,
    today: date,
    agency: str | None = None,
) -> str:
    own = [f"{ROLE_LABELS[v.role]} mục con {v.row.key}" for v in subs if v.role]
    return "\n".join(
        [
            row_full(parent, province, today, agency, "; ".join(own) or None),
            "\nCác mục con theo ngành:",
            *row_list(subs, today, True),
        ]
    )
