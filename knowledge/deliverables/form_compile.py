"""The province's forms compiled from every unit's accepted submission, for the coordinator:
laid out as the seeds print them (tiers A/B/C, fields I/II/…, the "(Kèm theo văn bản số …)"
line), each line naming the unit that sent it; Phụ lục I sums the units' counts per tier.
Rendered by knowledge/formats/xlsx.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.deliverables.forms import COUNT_KEYS, TIERS, Form
from knowledge.deliverables.layout import Table, roman

UNIT_HEADER = "Cơ quan, đơn vị gửi"


@dataclass(frozen=True)
class Sent:
    """One unit's latest accepted submission of a form."""

    agency: str
    version: int
    data: dict


def compile_form(form: Form, province_name: str, sent: Sequence[Sent], today: date) -> Table:
    if form.shape == "counts":
        return _counts(form, province_name, sent, today)
    return _lists(form, province_name, sent, today)


def _table(form: Form, province_name: str, sent: Sequence[Sent], today: date) -> Table:
    headers = [[*h, UNIT_HEADER if i == 0 else ""] for i, h in enumerate(form.headers)]
    width = len(form.columns) + 1
    merges = list(form.merges)
    if len(headers) > 1:
        merges.append((1, width, len(headers), width))
    units = ", ".join(s.agency for s in sent) or "chưa có đơn vị nào"
    return Table(
        sheet=form.name,
        titles=[
            *form.titles,
            form.attached,
            f"Tổng hợp của tỉnh {province_name} từ {len(sent)} đơn vị đã nộp, đến "
            f"{fmt_date(today)}",
        ],
        headers=headers,
        merges=merges,
        numbers=[f"({i})" for i in range(1, width + 1)],
        widths=[6 if c.key == "stt" else 60 if c.key == "name" else 14 for c in form.columns]
        + [30],
        notes=[f"Đơn vị đã nộp: {units}."],
    )


def _counts(form: Form, province_name: str, sent: Sequence[Sent], today: date) -> Table:
    """Each tier: the province's sum (bold), then one line per unit with its own counts."""
    table = _table(form, province_name, sent, today)
    table.widths = [30, 14, 14, 14, 14, 30, 30]
    grand = dict.fromkeys(COUNT_KEYS, 0)
    for tier, _, label in TIERS:
        sums = dict.fromkeys(COUNT_KEYS, 0)
        lines = []
        for s in sent:
            counts = s.data["counts"].get(tier) or {}
            if not any(counts.get(k) for k in COUNT_KEYS):
                continue
            lines.append(
                [
                    f"  {s.agency}",
                    *(counts.get(k, 0) for k in COUNT_KEYS),
                    counts.get("note", ""),
                    s.agency,
                ]
            )
            for k in COUNT_KEYS:
                sums[k] += counts.get(k, 0)
        table.sections.add(len(table.rows))
        table.rows.append([label, *(sums[k] for k in COUNT_KEYS), "", f"{len(lines)} đơn vị"])
        table.rows.extend(lines)
        for k in COUNT_KEYS:
            grand[k] += sums[k]
    table.sections.add(len(table.rows))
    table.rows.append(["Tổng", *(grand[k] for k in COUNT_KEYS), "", ""])
    return table


def _lists(form: Form, province_name: str, sent: Sequence[Sent], today: date) -> Table:
    table = _table(form, province_name, sent, today)
    width = table.width
    every = [(s.agency, line) for s in sent for line in s.data["lines"]]
    for tier, letter, label in TIERS:
        in_tier = [(a, line) for a, line in every if line["tier"] == tier]
        if not in_tier:
            continue
        table.sections.add(len(table.rows))
        table.rows.append([letter, label.upper()] + [""] * (width - 2))
        fields = list(dict.fromkeys(line["field"] for _, line in in_tier))
        for f_index, field in enumerate(fields):
            table.sections.add(len(table.rows))
            table.rows.append(
                [roman(f_index), f"Lĩnh vực {field or '(chưa ghi)'}"] + [""] * (width - 2)
            )
            chosen = [(a, line) for a, line in in_tier if line["field"] == field]
            for n, (agency, line) in enumerate(chosen, start=1):
                cells = [
                    ("x" if line.get(c.key) else "") if c.kind == "mark" else line.get(c.key, "")
                    for c in form.columns[1:]
                ]
                table.rows.append([n, *cells, agency])
    if form.code == "bieu02":
        table.sections.add(len(table.rows))
        table.rows.append(
            ["", "Tổng số DVCTT đề xuất tích hợp, kết nối"]
            + [sum(bool(line.get(k)) for _, line in every) for k in form.levels]
            + [""] * (width - 4)
        )
    return table
