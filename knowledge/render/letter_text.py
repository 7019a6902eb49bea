"""A letter's draft as the coordinator reads it: plain Vietnamese text, one block per task."""

from __future__ import annotations

import re

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.reported import period_label, period_start
from knowledge.letters.edits import CORRECTED, printed_part
from knowledge.letters.model import Draft, Recurrence, Task
from knowledge.render.answers import esc

SHOWN_UNITS = 8  # a long list of units is summarised after this many
PERIODS = {
    "month": "hằng tháng",
    "quarter": "hằng quý",
    "half-year": "6 tháng một lần",
    "year": "hằng năm",
}


DISTRICT_PREFIX = "UBND "  # the district-level units, as the register prints them


def _units(names: tuple[str, ...]) -> str:
    if not names:
        return "(chưa rõ)"
    if len(names) <= SHOWN_UNITS:
        return ", ".join(names)
    # the kinds counted, so that a list cut short still shows whether the districts are in it
    # (a Sở task drafted for the districts too was invisible behind the "…")
    districts = sum(1 for n in names if n.startswith(DISTRICT_PREFIX))
    kinds = (
        f" ({len(names) - districts} sở, ban, ngành; {districts} UBND huyện, thành phố)"
        if districts and districts < len(names)
        else " (UBND huyện, thành phố)"
        if districts
        else ""
    )
    return f"{len(names)} đơn vị{kinds}: " + ", ".join(names[:SHOWN_UNITS]) + ", …"


def recurrence_text(r: Recurrence) -> str:
    """ "hằng quý (tháng cuối quý), ngày 25": how often and on which day (a year's with its month,
    which its first occurrence gives)."""
    period = PERIODS.get(r.every, r.every)
    if r.every == "quarter" and r.first and r.first.month % 3 == 0:
        period += " (tháng cuối quý)"
    day = f"{r.day}/{r.first.month}" if r.every == "year" and r.first else f"{r.day}"
    if r.every == "half-year" and r.first:  # both months of the year, the earlier first
        early = (r.first.month - 1) % 6 + 1
        day = f"{r.day}/{early} và {r.day}/{early + 6}"
    return f"{period}, ngày {day}"


def published_when(task: Task) -> str:
    """ "20/8/2021", "hằng tháng, ngày 20 (lần đầu 20/8/2021)": a published task's date."""
    if task.recurrence is not None:
        first = task.recurrence.first
        since = f" (lần đầu {fmt_date(first)}{_reports(task)})" if first else ""
        return f"{recurrence_text(task.recurrence)}{since}"
    return fmt_date(task.deadline) if task.deadline else "chưa có hạn"


def _reports(task: Task) -> str:
    """ ": báo cáo tháng 10/2021": the period a report due after it covers, for its first
    occurrence, so the review shows which period each occurrence reports
    (knowledge/catalogue/reported.py)."""
    r = task.recurrence
    if r is None or r.first is None or not task.lag or r.every not in ("month", "quarter"):
        return ""
    return f": báo cáo {period_label(r.every, period_start(r.every, task.lag, r.first))}"


_BARE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?")


def _when(task: Task) -> str:
    if task.recurrence:
        r = task.recurrence
        first = f", lần đầu {fmt_date(r.first)}{_reports(task)}" if r.first else ""
        return f"{recurrence_text(r)}{first} — “{task.deadline_text}”"
    if task.deadline:
        # a date printed or typed bare ("14/5/2021", a table's cell) is not quoted back to itself
        said, to = printed_part(task.deadline_text)
        if to and said != to:  # corrected: the date in force, and what the letter printed
            return f"{fmt_date(task.deadline)}{CORRECTED} — công văn ghi “{said}”"
        if _BARE.fullmatch(said.strip()):
            return fmt_date(task.deadline) + (CORRECTED if to else "")
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
    if not draft.tasks and not draft.problems:  # a letter that only informs
        lines += [
            "",
            "Công văn chỉ để thông báo: không giao nhiệm vụ nào có thời hạn, không có gì "
            "cần theo dõi.",
        ]
    elif not draft.tasks:
        lines += ["", "Không có nhiệm vụ nào có thời hạn."]
    if draft.unread:
        lines += ["", "Chưa đọc được:"] + [f"• {p}" for p in draft.unread]
    doubts = [p for p in draft.blocking if p.doubt]
    if doubts:  # read, with the value the reader chose: checked before publishing
        lines += ["", "Cần kiểm tra trước khi công bố:"] + [f"• {p}" for p in doubts]
    if draft.notes:  # looked at, not held against publishing
        lines += ["", "Cần xem lại (không chặn công bố):"] + [f"• {p}" for p in draft.notes]
    return "\n".join(lines)


# -- the chat (HTML) ---------------------------------------------------------------------------
TITLE_CHARS = 160


def _cut(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def letter_line(draft: Draft) -> str:
    """ "Số 512/STTTT-CNTT, ngày 2/8/2021, Sở Thông tin và Truyền thông" (escaped)."""
    letter = draft.letter
    parts = [
        f"Số {letter.number}" if letter.number else "Số (để trống)",
        f"ngày {fmt_date(letter.date)}" if letter.date else "ngày (để trống)",
        letter.sender or "cơ quan gửi (chưa rõ)",
    ]
    return esc(", ".join(parts))


def task_block(n: int, task: Task, full: bool = False) -> list[str]:
    """One task of a draft as the coordinator reviews it (escaped); `full`: every unit."""
    units = ", ".join(task.units) if full else _units(task.units)
    lines = [
        f"<b>{n}. {esc(task.title if full else _cut(task.title))}</b>",
        f"   Hạn: {esc(_when(task))}",
        f"   Đơn vị phải nộp: {esc(units or '(chưa có)')}",
    ]
    if task.supporting:
        supporting = ", ".join(task.supporting) if full else _units(task.supporting)
        lines.append(f"   Phối hợp: {esc(supporting)}")
    if task.forms:
        lines.append(f"   Biểu mẫu: {esc(', '.join(task.forms))}")
    if task.recipient:
        lines.append(f"   Gửi về: {esc(task.recipient)}")
    return lines


def review_html(
    name: str,
    draft: Draft,
    blockers: tuple[str, ...],
    changed: str = "",
    moves: tuple[str, ...] = (),
    notes: tuple[str, ...] = (),
) -> str:
    """The draft with what keeps it from being published, line by line; `moves`: per task, the
    deadline of a task in force it moves (an extension letter's), or ""; `notes`: what the
    coordinator should check that does not hold the draft back (a date on a day off)."""
    lines = [changed] if changed else []
    lines += [
        f"📄 <b>Bản nháp nhiệm vụ từ công văn {esc(name)}</b>",
        letter_line(draft),
        f"V/v: {esc(draft.letter.subject or '(không có)')}",
    ]
    for n, task in enumerate(draft.tasks, start=1):
        lines += ["", *task_block(n, task)]
        if n <= len(moves) and moves[n - 1]:
            lines.append(
                f"   🗓 <b>Gia hạn nhiệm vụ đang theo dõi</b> — {esc(moves[n - 1])} (không tạo "
                "nhiệm vụ mới; biểu mẫu, đơn vị, bài đã nộp giữ nguyên)"
            )
    if not draft.tasks:
        lines += ["", "Không thấy nhiệm vụ nào có thời hạn."]
    if notes:
        lines += ["", "🔎 <b>Cần xem lại</b> (không chặn công bố):"]
        lines += [f"• {esc(n)}" for n in notes]
    if blockers:
        lines += ["", "⚠️ <b>Chưa công bố được</b> — cần sửa:"]
        lines += [f"• {esc(b)}" for b in blockers]
        if draft.problems and draft.tasks:
            lines.append(
                "Sửa từng nhiệm vụ bằng nút “Sửa n”; đã kiểm tra các nhiệm vụ mà vẫn đúng thì bấm "
                "“Đã kiểm tra, bỏ qua lỗi đọc”."
            )
    else:
        moved = sum(1 for m in moves if m)
        new = len(draft.tasks) - moved
        what = f"{new} nhiệm vụ" if new else ""
        if moved:  # an extension letter's: no task of its own
            what += (", " if what else "") + f"đổi hạn {moved} nhiệm vụ đang theo dõi"
        lines += ["", f"✅ Có thể công bố {what}. Kiểm tra rồi bấm “Công bố”."]
    return "\n".join(lines)


def _due(task: Task) -> str:
    if task.recurrence:
        return recurrence_text(task.recurrence)
    return fmt_date(task.deadline) if task.deadline else "chưa có hạn"


def _first(task: Task) -> str:
    first = task.recurrence.first if task.recurrence else None
    return f", lần đầu {fmt_date(first)}" if first else ""


def _names_change(before: tuple[str, ...], after: tuple[str, ...]) -> str:
    added = [n for n in after if n not in before]
    dropped = [n for n in before if n not in after]
    parts = [f"thêm {', '.join(added)}"] if added else []
    parts += [f"bỏ {', '.join(dropped)}"] if dropped else []
    return f"{'; '.join(parts) or 'không đổi'} (còn {len(after)})"


def edit_quote(number: int, field: str, before: Task, after: Task) -> str:
    """A correction to a draft's task quoted back, old → new: "Đã sửa nhiệm vụ 1: hạn 8/9/2023 →
    11/9/2023." (`field`: deadline, units, supporting, forms, title or extends)."""
    if field == "deadline":
        if (_due(before), _first(before), before.deadline_text) == (
            _due(after),
            _first(after),
            after.deadline_text,
        ):
            # the same deadline typed again (ux36 #8): no change to quote as one
            return f"Nhiệm vụ {number}: hạn {esc(_due(after) + _first(after))} không đổi."
        change = f"hạn {_due(before)} → {_due(after)}"
        moved = _first(before) != _first(after)
        if moved and (before.recurrence or after.recurrence):
            # the same schedule from another start reads as no change: the start is quoted
            change = f"hạn {_due(before)}{_first(before)} → {_due(after)}{_first(after)}"
        elif _due(before) == _due(after) and before.deadline_text != after.deadline_text:
            # the same day with an hour ("trước 17 giờ 00 ngày 20/8/2021"): what changed is
            # the wording, quoted, not "20/8/2021 → 20/8/2021"
            change += f" (“{after.deadline_text}”)"
    elif field in ("units", "supporting"):
        # a unit moved from one list to the other leaves the first: both are quoted
        units = f"đơn vị phải nộp: {_names_change(before.units, after.units)}"
        helping = f"phối hợp: {_names_change(before.supporting, after.supporting)}"
        if field == "units":
            first, other, moved = units, helping, before.supporting != after.supporting
        else:
            first, other, moved = helping, units, before.units != after.units
        change = f"{first}; {other}" if moved else first
    elif field == "title":
        change = f"tên “{before.title}” → “{after.title}”"
    elif field == "extends":
        change = (
            f"gia hạn {before.extends} → {after.extends} (không tạo nhiệm vụ mới)"
            if after.extends and before.extends
            else f"là gia hạn của {after.extends} (không tạo nhiệm vụ mới)"
            if after.extends
            else f"không còn là gia hạn của {before.extends}: nhiệm vụ mới"
        )
    else:
        change = (
            f"biểu mẫu {', '.join(before.forms) or 'không có'} → "
            f"{', '.join(after.forms) or 'không có'}"
        )
    return f"Đã sửa nhiệm vụ {number}: {esc(change)}."


def added_quote(number: int, task: Task, twins: list[int] | None = None) -> str:
    """A task added to a draft quoted back: "Đã thêm nhiệm vụ 2: Báo cáo … — hạn 15/10/2021;
    3 đơn vị phải nộp; Mẫu số 02." (escaped); `twins`: the tasks due the same day, said so
    that one task is not tracked twice."""
    parts = [f"hạn {_due(task)}{_first(task)}", f"{len(task.units)} đơn vị phải nộp"]
    parts += [", ".join(task.forms)] if task.forms else []
    said = f"Đã thêm nhiệm vụ {number}: {esc(_cut(task.title, 80))} — {esc('; '.join(parts))}."
    if twins:
        shown = ", ".join(map(str, twins))
        said += (
            f" Lưu ý: nhiệm vụ {shown} cùng hạn — nếu trùng, gõ <code>bỏ nhiệm vụ {number}</code>."
        )
    return said
