"""The coordinator's digest as Telegram HTML: what knowledge/deliverables/digest.py found (the
documents still missing, the late units, the units due within the week never reported on),
by task then unit, every piece of data escaped.
"""

from __future__ import annotations

from knowledge.calendar.deadlines import WEEKDAYS, fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.deliverables.digest import SOON, Digest
from knowledge.messages.markup import esc, key_tag
from knowledge.render.compact_text import FULL_ARG, by_unit_lines, fits, units_named
from knowledge.render.standing_dates import when_text
from knowledge.render.tracking_text import counts_text, task_heading
from knowledge.rules.progress import by_agency, item_title
from knowledge.rules.standing import Standing
from knowledge.rules.statuses import STATUSES


def digest_message(
    catalogue: Catalogue, province: Province, digest: Digest, full: bool = False
) -> str:
    """The digest; said by unit (compact_text.py) when the full one would not fit one message
    (unless `full`): each document's missing units, the first named, and each unit's late and
    due items by key, with the commands that list them all."""
    text = _digest(catalogue, province, digest, full=True)
    return text if full or fits(text) else _digest(catalogue, province, digest, full=False)


def _digest(catalogue: Catalogue, province: Province, digest: Digest, full: bool) -> str:
    day = digest.day
    counts = f"<b>{digest.late_count} mục quá hạn</b>"
    if digest.late_apart:
        counts += f" (và {digest.late_apart} mục phối hợp, đếm riêng)"
    if digest.missing_units:
        counts += f"; {digest.missing_units} đơn vị chưa nộp hồ sơ"
    lines = [
        f"📋 <b>Tổng hợp {esc(province.name)}</b> ({WEEKDAYS[day.weekday()]}, "
        f"{fmt_date(day)}): {counts}"
    ]
    if digest.documents:
        lines.append("\n<b>Hồ sơ, biểu mẫu chưa nộp</b>")
        for t in digest.documents:
            missing = [u.unit for u in t.units if u.missing]
            lines += [task_heading(t, day), esc(counts_text(t))]
            named = "; ".join(esc(u) for u in missing) if full else units_named(missing)
            lines.append(f"• chưa nộp ({len(missing)}): {named}")
    if digest.late:
        lines.append("\n<b>Quá hạn</b>")
        lines += _item_lines(catalogue, province, digest.late, late=True, full=full)
    if digest.soon:
        lines.append(f"\n<b>Đến hạn trong {SOON} ngày, chưa báo cáo</b>")
        lines += _item_lines(catalogue, province, digest.soon, late=False, full=full)
    every = "" if full else f" (đủ: <code>/quahan tinh {FULL_ARG}</code>)"
    lines.append(f"\nChi tiết: <code>/nopbai tinh</code>, <code>/quahan tinh</code>{every}")
    return "\n".join(lines)


def _item_lines(
    catalogue: Catalogue,
    province: Province,
    groups: dict[str, list[Standing]],
    late: bool,
    full: bool = True,
) -> list[str]:
    """By item, each unit under it; not `full`: by unit, its items by key."""
    if not full:
        return by_unit_lines(by_agency([s for units in groups.values() for s in units]))
    lines = []
    for key, units in groups.items():
        pin = "📌 " if units[0].is_task else ""
        lines.append(f"{pin}{key_tag(key)} {esc(item_title(catalogue, province, key))}")
        for s in units:
            # the date that applies, and for a row of several dates which of them it is, as
            # /tiendo and /quahan say it (a row late for its second date read as "less late")
            when = when_text(s) if s.due else ""
            status = f" ({STATUSES[s.code]})" if late else ""
            role = " (phối hợp)" if s.role == "coordinate" else ""
            lines.append(f"• {esc(s.agency)}{role} — {esc(when)}{esc(status)}")
    return lines
