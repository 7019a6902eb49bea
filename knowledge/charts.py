"""Progress as pictures (PNG): rows by status per agency, and late rows, for those who would rather
look.

matplotlib's bundled DejaVu Sans draws Vietnamese diacritics; the Agg backend needs no screen.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

from knowledge.deadlines import fmt_date
from knowledge.model import Catalogue, Province
from knowledge.statuses import DONE, STATUSES
from knowledge.views import agency_rows

COLORS = {
    "chua_bat_dau": "#c8c8c8",
    "dang_thuc_hien": "#3b82f6",
    "dang_kiem_thu": "#8b5cf6",
    "hoan_thanh": "#22c55e",
    "vuong_mac": "#f97316",
    "khong_du_dieu_kien": "#6b7280",
}
LATE_COLOR = "#dc2626"
FONT = {"family": "DejaVu Sans"}


def _counts(
    catalogue: Catalogue,
    province: Province,
    agency: str,
    statuses: dict,
    today: date,
    lead_only: bool,
):
    lead, coordinate = agency_rows(catalogue, province, agency, today)
    views = lead if lead_only else lead + coordinate
    counts = {code: 0 for code in STATUSES}
    late = 0
    for v in views:
        code = statuses.get((v.key, agency)) or "chua_bat_dau"
        counts[code] += 1
        if v.deadline and v.deadline < today and code not in DONE:
            late += 1
    return counts, late


def _png(figure) -> bytes:
    out = BytesIO()
    figure.savefig(out, format="png", dpi=110, bbox_inches="tight")
    plt.close(figure)
    return out.getvalue()


def province_chart(catalogue: Catalogue, province: Province, statuses: dict, today: date) -> bytes:
    agencies = sorted({a for x in province.assignments.values() for a in x.lead})
    data = {a: _counts(catalogue, province, a, statuses, today, lead_only=True) for a in agencies}
    height = max(4.0, 0.42 * len(agencies) + 1.5)
    figure, (left, right) = plt.subplots(
        1, 2, figsize=(13, height), gridspec_kw={"width_ratios": [3, 1]}, sharey=True
    )
    positions = range(len(agencies))
    starts = [0] * len(agencies)
    for code, label in STATUSES.items():
        values = [data[a][0][code] for a in agencies]
        left.barh(positions, values, left=starts, color=COLORS[code], label=label)
        starts = [s + v for s, v in zip(starts, values, strict=False)]
    left.set_yticks(list(positions), agencies, fontdict=FONT, fontsize=9)
    left.invert_yaxis()
    left.set_xlabel("Số mục chủ trì", fontdict=FONT)
    left.set_title(f"Mục theo trạng thái — {province.name}, {fmt_date(today)}", fontdict=FONT)
    left.legend(loc="lower right", fontsize=8, prop={"family": "DejaVu Sans", "size": 8})
    right.barh(positions, [data[a][1] for a in agencies], color=LATE_COLOR)
    right.set_title("Mục quá hạn", fontdict=FONT)
    right.set_xlabel("Số mục", fontdict=FONT)
    for axis in (left, right):
        axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    return _png(figure)


def agency_chart(
    catalogue: Catalogue, province: Province, agency: str, statuses: dict, today: date
) -> bytes:
    counts, late = _counts(catalogue, province, agency, statuses, today, lead_only=False)
    labels = [*list(STATUSES.values()), "Quá hạn"]
    values = [counts[c] for c in STATUSES] + [late]
    colors = [COLORS[c] for c in STATUSES] + [LATE_COLOR]
    figure, axis = plt.subplots(figsize=(8, 4))
    bars = axis.barh(range(len(labels)), values, color=colors)
    axis.bar_label(bars, padding=3)
    axis.set_yticks(range(len(labels)), labels, fontdict=FONT)
    axis.invert_yaxis()
    axis.set_xlabel("Số mục (chủ trì và phối hợp)", fontdict=FONT)
    axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    axis.set_title(f"{agency} — {province.name}, {fmt_date(today)}", fontdict=FONT)
    return _png(figure)
