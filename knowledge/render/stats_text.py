"""Answers from a province's service report (knowledge/catalogue/stats.py reads the question and
the lines): counts quoted as printed; an empty cell is unknown, never zero."""

from __future__ import annotations

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.model import Province
from knowledge.catalogue.stats import MAX_LISTED, PERIOD, StatsQuestion, rows_of, share_by_agency
from knowledge.messages.markup import esc


def _num(value: int | None) -> str:
    return "không ghi" if value is None else f"{value:,}".replace(",", ".")


def answer(question: StatsQuestion, province: Province, resolver: AgencyResolver) -> str:
    head = f"Theo báo cáo của {esc(province.name)} ({PERIOD})"
    if question.kind == "share" or question.agency is None:
        return share_answer(province, resolver, head)
    rows = rows_of(province, resolver, question.agency)
    if not rows:
        return (
            f"{head}: không có dịch vụ nào của <b>{esc(question.agency)}</b> trong danh sách "
            "dịch vụ công trực tuyến mức độ 3, 4."
        )
    if question.kind == "level":
        chosen = [r for r in rows if r.level == question.level]
        lines = [
            f"{head}, <b>{esc(question.agency)}</b> có {len(chosen)} dịch vụ ở mức độ "
            f"{question.level}:"
        ]
        lines += [
            f"• {esc(r.service)} — {_num(r.online)}/{_num(r.total)} hồ sơ trực tuyến"
            for r in chosen[:MAX_LISTED]
        ]
        if not chosen:
            lines[0] = (
                f"{head}, <b>{esc(question.agency)}</b> không có dịch vụ nào ở mức độ "
                f"{question.level}."
            )
        return "\n".join(lines)
    chosen = [r for r in rows if question.level is None or r.level == question.level]
    online = sum(r.online or 0 for r in chosen)
    total = sum(r.total or 0 for r in chosen)
    unknown = sum(1 for r in chosen if r.online is None)
    share = f" ({_pct(online, total)} trên tổng {_num(total)} hồ sơ)" if total else ""
    level = f" mức độ {question.level}" if question.level else " mức độ 3, 4"
    lines = [
        f"{head}, <b>{esc(question.agency)}</b> nhận <b>{_num(online)}</b> hồ sơ trực "
        f"tuyến{share} "
        f"qua {len(chosen)} dịch vụ{level}:"
    ]
    lines += [
        f"• [mức {r.level}] {esc(r.service)} — {_num(r.online)}/{_num(r.total)}"
        for r in sorted(chosen, key=lambda r: -(r.online or 0))[:MAX_LISTED]
    ]
    if unknown:
        lines.append(f"({unknown} dịch vụ không ghi số hồ sơ trong báo cáo.)")
    return "\n".join(lines)


def share_answer(province: Province, resolver: AgencyResolver, head: str) -> str:
    lines = [
        f"{head}, tỷ lệ hồ sơ trực tuyến theo sở, ngành (hồ sơ trực tuyến / tổng hồ sơ của các "
        "dịch vụ "
        "mức độ 3, 4):"
    ]
    for name, online, total in share_by_agency(province, resolver):
        lines.append(f"• {esc(name)}: {_pct(online, total)} ({_num(online)}/{_num(total)})")
    return "\n".join(lines)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%".replace(".", ",")
