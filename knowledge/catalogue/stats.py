"""Statistics from a province's service report (Bắc Giang): dossiers received online, services at a
level, the online share per department. Counts are quoted as printed; an empty cell is unknown,
never zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.model import Province, ServiceStat
from knowledge.render.answers import esc

PERIOD = "01/01/2020–31/5/2020"
_DOSSIERS = re.compile(
    r"\b(?:bao nhieu|so luong|so|tong so|tong)\s+(?:ho so|hs)\b|\bho so\b.*\b(?:bao nhieu|may)\b"
)
_LEVEL = re.compile(r"\b(?:muc do|muc|md|level|cap do)\s*([34])\b")
_WHICH = re.compile(r"\b(?:nao|nhung|danh sach|liet ke|gom|co gi|bao nhieu)\b")
_SHARE = re.compile(r"\b(?:ty le|ti le|phan tram|ty trong|ti trong)\b")
MAX_LISTED = 30


@dataclass(frozen=True)
class StatsQuestion:
    kind: str  # dossiers | level | share
    agency: str | None
    level: int | None = None


def stats_question(folded: str, agency: str | None) -> StatsQuestion | None:
    if _SHARE.search(folded) and (
        "truc tuyen" in folded or "online" in folded or "qua mang" in folded
    ):
        return StatsQuestion("share", agency)
    level = _LEVEL.search(folded)
    if level and agency and _WHICH.search(folded) and "ho so" not in folded:
        return StatsQuestion("level", agency, int(level.group(1)))
    if _DOSSIERS.search(folded) and agency:
        return StatsQuestion("dossiers", agency, int(level.group(1)) if level else None)
    return None


def rows_of(province: Province, resolver: AgencyResolver, agency: str) -> list[ServiceStat]:
    """The department's lines of the report (cấp tỉnh), however the report spelled its name."""
    return [s for s in province.stats if s.tier == "tinh" and resolver.resolve(s.agency) == agency]


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


def share_by_agency(province: Province, resolver: AgencyResolver) -> list[tuple[str, int, int]]:
    """(department, online, total) for each department with a total, best share first."""
    sums: dict[str, list[int]] = {}
    for r in province.stats:
        if r.tier != "tinh":
            continue
        name = resolver.resolve(r.agency) or r.agency
        pair = sums.setdefault(name, [0, 0])
        pair[0] += r.online or 0
        pair[1] += r.total or 0
    rows = [(name, online, total) for name, (online, total) in sums.items() if total]
    return sorted(rows, key=lambda t: (-t[1] / t[2], t[0]))


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
