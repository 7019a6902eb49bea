"""The coordinator's digest as Telegram HTML: what knowledge/deliverables/digest.py found (the
documents still missing, the late units, the units due within the week never reported on),
by task then unit, every piece of data escaped.
"""

from __future__ import annotations

from knowledge.calendar.deadlines import WEEKDAYS, fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.occurrence_names import short_key, titled
from knowledge.deliverables.digest import (
    SOON,
    Digest,
    Headline,
    chased_from,
    listed_before,
    sent_since,
)
from knowledge.deliverables.tracking import TaskHandins
from knowledge.messages.markup import esc, key_tag
from knowledge.render.compact_text import (
    FULL_ARG,
    SHOWN_UNITS,
    by_unit_lines,
    fits,
    units_named,
)
from knowledge.render.progress_text import province_count_line
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


def quiet_message(province: Province, digest: Digest) -> str:
    """A digest day with nothing new since the digest before (knowledge/deliverables/digest.py
    `nothing_new`): one line with the counts, and where the lists are."""
    assert digest.since is not None
    day, since = digest.day, fmt_date(digest.since)
    return (
        f"📋 <b>Tổng hợp {esc(province.name)}</b> ({WEEKDAYS[day.weekday()]}, {fmt_date(day)}): "
        f"không có gì mới từ bản tổng hợp {since[: since.rfind('/')]} — "
        f"{_counts(digest.headline)}. Xem đủ: <code>/tonghop</code>, <code>/nopbai tinh</code>"
    )


def _digest(catalogue: Catalogue, province: Province, digest: Digest, full: bool) -> str:
    day = digest.day
    lines = [
        f"📋 <b>Tổng hợp {esc(province.name)}</b> ({WEEKDAYS[day.weekday()]}, "
        f"{fmt_date(day)}): {_counts(digest.headline)}"
    ]
    if digest.documents:
        lines.append("\n<b>Hồ sơ, biểu mẫu chưa nộp</b>")
        for t in digest.documents:
            # a unit that sent some of the forms apart, with what it still owes (ux35 #8: it
            # was listed with the units that sent nothing)
            missing = [u.unit for u in t.units if u.missing and not u.detail]
            lines += [task_heading(t, day), esc(counts_text(t))]
            if listed_before(t, digest):
                lines += _since_lines(t, digest) + _partly_lines(t, full)
                continue
            lines += _partly_lines(t, full)
            named = "; ".join(esc(u) for u in missing) if full else units_named(missing)
            nothing = "chưa nộp gì" if len(missing) < t.missing else "chưa nộp"
            if missing:
                lines.append(f"• {nothing} ({len(missing)}): {named}")
    lines += _later_lines(digest)
    if digest.late:
        lines.append("\n<b>Quá hạn</b>")
        lines += _item_lines(catalogue, province, digest.late, late=True, full=full)
    if digest.soon:
        lines.append(f"\n<b>Đến hạn trong {SOON} ngày, chưa báo cáo</b>")
        lines += _item_lines(catalogue, province, digest.soon, late=False, full=full)
    every = "" if full else f" (đủ: <code>/quahan tinh {FULL_ARG}</code>)"
    lines.append(f"\nChi tiết: <code>/nopbai tinh</code>, <code>/quahan tinh</code>{every}")
    return "\n".join(lines)


def _partly_lines(t: TaskHandins, full: bool) -> list[str]:
    """The units missing the document that sent some of its forms: each with what was received
    and what is still owed, as /nopbai tinh splits it ("đã nhận Phụ lục I, II; còn thiếu …")."""
    partly = [u for u in t.units if u.missing and u.detail]
    if not partly:
        return []
    shown = partly if full else partly[:SHOWN_UNITS]
    named = "; ".join(f"{esc(u.unit)} — {esc(u.detail)}" for u in shown)
    rest = len(partly) - len(shown)
    more = f" … và {rest} đơn vị khác" if rest > 0 else ""
    return [f"• chưa nộp đủ ({len(partly)}): {named}{more}"]


def _later_lines(digest: Digest) -> list[str]:
    """The documents still owed that are not chased yet, each with why it is not listed above
    (ux24 #8: a task whose deadline moved past the week vanished from the digest)."""
    if not digest.later:
        return []
    lines = ["\n<b>Chưa tới kỳ nhắc</b> (còn phải nộp, chưa liệt kê đơn vị)"]
    for t in digest.later:
        start = chased_from(digest, t)
        since = f"; nhắc từ {fmt_date(start)}" if start is not None else ""
        lines.append(f"{task_heading(t, digest.day)}: {t.missing} đơn vị chưa nộp{since}")
    return lines


def _since_lines(t: TaskHandins, digest: Digest) -> list[str]:
    """A document the previous digest listed: who sent it since, and where the full list is."""
    assert digest.since is not None
    since = fmt_date(digest.since)[: fmt_date(digest.since).rfind("/")]  # "21/4"
    sent = sent_since(t, digest.since)
    news = (
        f"• từ bản tổng hợp {since}: {len(sent)} đơn vị nộp thêm — "
        + "; ".join(esc(u) for u in sent)
        if sent
        else f"• từ bản tổng hợp {since}: chưa đơn vị nào nộp thêm"
    )
    return [
        news,
        f"• {t.missing} đơn vị chưa nộp: danh sách ở <code>/nopbai tinh</code> (nút bên dưới)",
    ]


def _counts(head: Headline) -> str:
    """The late units in /quahan tinh's words and count ("19 mục quá hạn ở 19 cơ quan", ux30
    #7), with how many are documents not sent and how many the "Quá hạn" list holds (ux20
    #11), then each document's missing units: "88 mục quá hạn ở 20 cơ quan (52 lượt hồ sơ chưa
    nộp quá hạn, 36 mục ở danh sách Quá hạn); phối hợp: …; 57 lượt hồ sơ chưa nộp (…)"."""
    late = province_count_line(list(head.lead), list(head.coordinating))
    if head.documents_late:
        kinds = [f"{head.documents_late} lượt hồ sơ chưa nộp quá hạn"]
        kinds += [f"{head.listed} mục ở danh sách Quá hạn"] if head.listed else []
        late = late.replace(" cơ quan", f" cơ quan ({', '.join(kinds)})", 1)
    parts = [late or "không có mục quá hạn"]
    if head.missing_total:
        each = ", ".join(f"{esc(_name(t))}: {n}" for t, n in head.missing)
        parts.append(f"<b>{head.missing_total} lượt hồ sơ chưa nộp</b> ({each})")
    return "; ".join(parts)


def _name(t: TaskHandins) -> str:
    """A document in the headline: its form, with the period of an occurrence ("Mẫu số 01 —
    tháng 10/2021"); a task without a form, its key as typed."""
    return titled(t.task, t.due, t.task.form) if t.task.form else short_key(t.key)


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
