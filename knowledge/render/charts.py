"""Progress as pictures (PNG): units by status per agency, and late units, for those who would
rather look. The units and their states are those of knowledge/rules/progress.py; `chart_data` is
what the pictures (and the web desk's bars) draw.

A unit whose task's tracking the coordinator ended (`State.ENDED` of knowledge/rules/standing.py)
is its own category, "Đã kết thúc theo dõi", never "Chưa bắt đầu": the officer reading the bar
counts what the unit was asked for, and /tiendo counts such units apart ("⏹ đã kết thúc theo
dõi") rather than dropping them, so the chart shows them apart too, and only when there are some.

matplotlib's bundled DejaVu Sans draws Vietnamese diacritics; the Agg backend needs no screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.rules.progress import AGENCY_UNITS, PROVINCE_UNITS, Marks, by_agency, standings
from knowledge.rules.standing import STATE_LABELS, Standing, State
from knowledge.rules.statuses import STATUSES

COLORS = {
    "chua_bat_dau": "#c8c8c8",
    "dang_thuc_hien": "#3b82f6",
    "dang_kiem_thu": "#8b5cf6",
    "hoan_thanh": "#22c55e",
    "vuong_mac": "#f97316",
    "khong_du_dieu_kien": "#6b7280",
    State.ENDED.value: "#a16207",
}
LATE_COLOR = "#dc2626"
FONT = {"family": "DejaVu Sans"}
# what a bar counts units under: every status, then the tasks no longer tracked
ENDED = State.ENDED.value
CATEGORIES = {**STATUSES, ENDED: STATE_LABELS[State.ENDED]}


@dataclass(frozen=True)
class Bar:
    """What the chart draws for one agency: its units by status, and how many are late."""

    agency: str
    counts: dict[str, int]  # category (CATEGORIES: `category`) -> units
    late: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def category(s: Standing) -> str:
    """What a unit is counted under: ENDED when its task's tracking was ended and it had not sent
    it, else its status as the standing rule counts it (`Standing.code`: hoan_thanh only when
    done, khong_du_dieu_kien only when closed)."""
    return ENDED if s.state is State.ENDED else s.code


def shown(bars: list[Bar]) -> dict[str, str]:
    """The categories a chart draws and labels: every status, and ENDED when a bar counts it."""
    ended = any(b.counts.get(ENDED) for b in bars)
    return {c: label for c, label in CATEGORIES.items() if c != ENDED or ended}


def chart_data(
    catalogue: Catalogue, province: Province, marks: Marks, today: date, agency: str | None = None
) -> list[Bar]:
    """The bars: one per agency of the province's units (agency None), in Vietnamese order, or
    one for the agency's own units; empty when the scope has no unit.
    """
    bars = []
    for name, units in by_agency(standings(catalogue, province, marks, today, agency)).items():
        counts = dict.fromkeys(CATEGORIES, 0)
        for s in units:
            counts[category(s)] += 1
        bars.append(Bar(name, counts, sum(s.state is State.LATE for s in units)))
    return bars


def _pyplot():
    """pyplot on the first chart drawn: importing it takes most of a second, which every process
    (each command of the CLI, each test worker) would otherwise pay at start, drawing or not."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(figure) -> bytes:
    out = BytesIO()
    figure.savefig(out, format="png", dpi=110, bbox_inches="tight")
    _pyplot().close(figure)
    return out.getvalue()


def province_chart(
    catalogue: Catalogue, province: Province, marks: Marks, today: date
) -> bytes | None:
    """The province's picture as PNG; None when it has no unit (say so in words instead)."""
    bars = chart_data(catalogue, province, marks, today)
    return _png(province_figure(province, bars, today)) if bars else None


def agency_chart(
    catalogue: Catalogue, province: Province, agency: str, marks: Marks, today: date
) -> bytes | None:
    """The agency's picture as PNG; None when it owes nothing in the province."""
    bars = chart_data(catalogue, province, marks, today, agency)
    if len(bars) > 1:  # "UBND huyện": a bar for each of its units, as they report apart
        return _png(province_figure(province, bars, today, AGENCY_UNITS))
    return _png(agency_figure(province, bars[0], today)) if bars else None


def province_figure(province: Province, bars: list[Bar], today: date, scope: str = PROVINCE_UNITS):
    """Units by status per agency, and a panel of late units only when some are late."""
    agencies = [b.agency for b in bars]
    late = any(b.late for b in bars)
    height = max(4.0, 0.42 * len(bars) + 1.5)
    plt = _pyplot()
    if late:
        figure, (left, right) = plt.subplots(
            1, 2, figsize=(13, height), gridspec_kw={"width_ratios": [3, 1]}, sharey=True
        )
    else:
        figure, left = plt.subplots(figsize=(10, height))
    positions = range(len(bars))
    starts = [0] * len(bars)
    for code, label in shown(bars).items():
        values = [b.counts[code] for b in bars]
        left.barh(positions, values, left=starts, color=COLORS[code], label=label)
        starts = [s + v for s, v in zip(starts, values, strict=True)]
    left.set_yticks(list(positions), agencies, fontdict=FONT, fontsize=9)
    left.invert_yaxis()
    left.set_xlabel(f"Số mục ({scope})", fontdict=FONT)
    left.set_title(f"Mục theo trạng thái — {province.name}, {fmt_date(today)}", fontdict=FONT)
    left.legend(loc="lower right", fontsize=8, prop={"family": "DejaVu Sans", "size": 8})
    left.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    if late:
        right.barh(positions, [b.late for b in bars], color=LATE_COLOR)
        right.set_title("Mục quá hạn", fontdict=FONT)
        right.set_xlabel("Số mục", fontdict=FONT)
        right.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    return figure


def agency_figure(province: Province, bar: Bar, today: date):
    """The agency's units by status, and a late bar only when some are late."""
    codes = shown([bar])
    labels = list(codes.values())
    values = [bar.counts[c] for c in codes]
    colors = [COLORS[c] for c in codes]
    if bar.late:
        labels, values, colors = [*labels, "Quá hạn"], [*values, bar.late], [*colors, LATE_COLOR]
    plt = _pyplot()
    figure, axis = plt.subplots(figsize=(8, 4))
    bars_drawn = axis.barh(range(len(labels)), values, color=colors)
    axis.bar_label(bars_drawn, padding=3)
    axis.set_yticks(range(len(labels)), labels, fontdict=FONT)
    axis.invert_yaxis()
    axis.set_xlabel(f"Số mục ({AGENCY_UNITS})", fontdict=FONT)
    axis.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    axis.set_title(f"{bar.agency} — {province.name}, {fmt_date(today)}", fontdict=FONT)
    return figure
