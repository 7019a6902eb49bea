"""Progress as pictures (PNG): units by status per agency, and late units, for those who would
rather look. The units and their states are those of knowledge/rules/progress.py; `chart_data` is
what the pictures (and the web desk's bars) draw.

A unit whose task's tracking the coordinator ended (`State.ENDED` of knowledge/rules/standing.py)
is its own category, "Đã kết thúc theo dõi", never "Chưa bắt đầu": the officer reading the bar
counts what the unit was asked for, and /tiendo counts such units apart ("⏹ đã kết thúc theo
dõi") rather than dropping them, so the chart shows them apart too, and only when there are some.

The province's picture counts as /tiendo tinh, /quahan tinh and the digest do: each agency's lead
rows and tasks, and beside them, counted apart, the rows it coordinates
(knowledge/rules/progress.py `apart`): a panel of its own, and their late ones hatched beside the
late lead ones, so that the picture's "quá hạn" is /quahan tinh's ("45 mục quá hạn …; phối hợp:
8 mục …") on the same day, and a district unit that only coordinates has its bar too
(`Bar.apart`, `totals`).

matplotlib's bundled DejaVu Sans draws Vietnamese diacritics; the Agg backend needs no screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from io import BytesIO

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.rules.progress import (
    AGENCY_UNITS,
    PROVINCE_LISTS,
    Marks,
    Tally,
    apart,
    by_agency,
    standings,
)
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
    # the province's picture: the rows the agency coordinates, counted apart, as `counts`
    apart: dict[str, int] = field(default_factory=dict)
    late_apart: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def total_apart(self) -> int:
        return sum(self.apart.values())


def _tally(counts: dict[str, int], late: int) -> Tally:
    return Tally(
        sum(counts.values()),
        counts.get("hoan_thanh", 0),
        counts.get("khong_du_dieu_kien", 0),
        late,
        counts.get(ENDED, 0),
    )


def totals(bars: list[Bar]) -> tuple[Tally, Tally]:
    """(lead rows and tasks, coordinating rows): what the bars add up to, the two counts of
    /tiendo tinh's "Toàn tỉnh" and "Mục phối hợp (đếm riêng)" and of /quahan tinh's head."""
    counted = dict.fromkeys(CATEGORIES, 0)
    coordinating = dict.fromkeys(CATEGORIES, 0)
    for b in bars:
        for code in CATEGORIES:
            counted[code] += b.counts.get(code, 0)
            coordinating[code] += b.apart.get(code, 0)
    return (
        _tally(counted, sum(b.late for b in bars)),
        _tally(coordinating, sum(b.late_apart for b in bars)),
    )


def category(s: Standing) -> str:
    """What a unit is counted under: ENDED when its task's tracking was ended and it had not sent
    it, else its status as the standing rule counts it (`Standing.code`: hoan_thanh only when
    done, khong_du_dieu_kien only when closed)."""
    return ENDED if s.state is State.ENDED else s.code


def shown(bars: list[Bar]) -> dict[str, str]:
    """The categories a chart draws and labels: every status, and ENDED when a bar counts it."""
    ended = any(b.counts.get(ENDED) or b.apart.get(ENDED) for b in bars)
    return {c: label for c, label in CATEGORIES.items() if c != ENDED or ended}


def chart_data(
    catalogue: Catalogue, province: Province, marks: Marks, today: date, agency: str | None = None
) -> list[Bar]:
    """The bars: one per agency of the province's units (agency None), in Vietnamese order, its
    coordinating rows apart (a unit that only coordinates has its bar), or one for the agency's
    own units (lead, coordinating rows and tasks, as /tiendo <agency> counts them; a group, one
    per unit); empty when the scope has no unit.
    """
    province_wide = agency is None
    units = standings(catalogue, province, marks, today, agency, coordinating=province_wide)
    bars = []
    for name, mine in by_agency(units).items():
        counted, coordinating = apart(mine) if province_wide else (mine, [])
        bars.append(
            Bar(
                name,
                _counts(counted),
                sum(s.state is State.LATE for s in counted),
                _counts(coordinating),
                sum(s.state is State.LATE for s in coordinating),
            )
        )
    return bars


def _counts(units: list[Standing]) -> dict[str, int]:
    counts = dict.fromkeys(CATEGORIES, 0)
    for s in units:
        counts[category(s)] += 1
    return counts


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
    return province_picture(province, chart_data(catalogue, province, marks, today), today)


def province_picture(province: Province, bars: list[Bar], today: date) -> bytes | None:
    """The province's bars (`chart_data`) drawn as PNG; None when there are none."""
    return _png(province_figure(province, bars, today)) if bars else None


def summary(bars: list[Bar]) -> str:
    """What the province's picture adds up to, in /tiendo tinh's words, for its caption:
    "Toàn tỉnh: 4/64 xong (6%), ❗40 quá hạn; mục phối hợp (đếm riêng): 0/12 xong, ❗5 quá
    hạn"."""
    from knowledge.render.progress_text import tally_text  # the words every view shares

    counted, coordinating = totals(bars)
    text = f"Toàn tỉnh: {tally_text(counted)}"
    if coordinating.total:
        text += f"; mục phối hợp (đếm riêng): {tally_text(coordinating, share=False)}"
    return text


def agency_chart(
    catalogue: Catalogue, province: Province, agency: str, marks: Marks, today: date
) -> bytes | None:
    """The agency's picture as PNG; None when it owes nothing in the province."""
    bars = chart_data(catalogue, province, marks, today, agency)
    if len(bars) > 1:  # "UBND huyện": a bar for each of its units, as they report apart
        return _png(province_figure(province, bars, today, AGENCY_UNITS))
    return _png(agency_figure(province, bars[0], today)) if bars else None


def province_figure(province: Province, bars: list[Bar], today: date, scope: str = PROVINCE_LISTS):
    """Units by status per agency; the coordinating rows by status in a panel of their own when
    some are counted apart; and a panel of late units (the coordinating ones hatched, stacked
    after the lead ones) only when some are late."""
    agencies = [b.agency for b in bars]
    late = any(b.late or b.late_apart for b in bars)
    coordinating = any(b.total_apart for b in bars)
    height = max(4.0, 0.42 * len(bars) + 1.5)
    plt = _pyplot()
    ratios = [3] + ([2] if coordinating else []) + ([1] if late else [])
    figure, axes = plt.subplots(
        1,
        len(ratios),
        figsize=(10 + 3 * (len(ratios) - 1), height),
        gridspec_kw={"width_ratios": ratios},
        sharey=True,
        squeeze=False,
    )
    panels = list(axes[0])
    left = panels.pop(0)
    positions = range(len(bars))
    counted, apart_total = totals(bars)
    _stacked(left, bars, positions, lambda b: b.counts)
    left.set_yticks(list(positions), agencies, fontdict=FONT, fontsize=9)
    left.invert_yaxis()
    left.set_xlabel(f"Số mục ({scope})", fontdict=FONT)
    left.set_title(
        f"{'Mục chủ trì và nhiệm vụ' if scope == PROVINCE_LISTS else 'Mục'} theo trạng thái"
        f" — {province.name}, {fmt_date(today)}\n"
        f"{counted.done}/{counted.total} xong, {counted.late} quá hạn",
        fontdict=FONT,
    )
    left.legend(loc="lower right", fontsize=8, prop={"family": "DejaVu Sans", "size": 8})
    left.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    if coordinating:
        middle = panels.pop(0)
        _stacked(middle, bars, positions, lambda b: b.apart)
        middle.set_title(
            f"Mục phối hợp (đếm riêng)\n{apart_total.done}/{apart_total.total} xong, "
            f"{apart_total.late} quá hạn",
            fontdict=FONT,
        )
        middle.set_xlabel("Số mục", fontdict=FONT)
        middle.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    if late:
        right = panels.pop(0)
        lead_late = [b.late for b in bars]
        right.barh(positions, lead_late, color=LATE_COLOR, label="chủ trì, nhiệm vụ")
        if any(b.late_apart for b in bars):
            right.barh(
                positions,
                [b.late_apart for b in bars],
                left=lead_late,
                color="white",
                edgecolor=LATE_COLOR,
                hatch="///",
                label="phối hợp (đếm riêng)",
            )
            right.legend(loc="lower right", prop={"family": "DejaVu Sans", "size": 7})
        right.set_title(
            f"Mục quá hạn\n{counted.late} (phối hợp: {apart_total.late})", fontdict=FONT
        )
        right.set_xlabel("Số mục", fontdict=FONT)
        right.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    return figure


def _stacked(axis, bars: list[Bar], positions: range, counts_of) -> None:
    """Units by status, one stacked horizontal bar per agency."""
    starts = [0] * len(bars)
    for code, label in shown(bars).items():
        values = [counts_of(b).get(code, 0) for b in bars]
        axis.barh(positions, values, left=starts, color=COLORS[code], label=label)
        starts = [s + v for s, v in zip(starts, values, strict=True)]


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
