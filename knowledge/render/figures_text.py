"""The answer to figures the bot does not hold (knowledge/reader/figures.py): said plainly, with
what it does hold and, for an agency named, where its own progress is."""

from __future__ import annotations

from knowledge.catalogue.model import DECISION_TITLES, Catalogue, Province
from knowledge.catalogue.stats import PERIOD
from knowledge.messages.markup import esc


def no_figures_answer(catalogue: Catalogue, province: Province, agency: str | None) -> str:
    whose = f" của {esc(agency)}" if agency else f" của {esc(province.name)}"
    lines = [
        f"Tôi không có số liệu hồ sơ{whose} (số hồ sơ tiếp nhận, hồ sơ trực tuyến, tỷ lệ trực "
        "tuyến): tôi không đọc số liệu của Cổng Dịch vụ công.",
        f"Tôi theo dõi hạn tích hợp các dịch vụ của {esc(DECISION_TITLES['406'])} và "
        f"{esc(DECISION_TITLES['411'])} theo kế hoạch của {esc(province.name)}, các nhiệm vụ "
        "của tỉnh và trạng thái các đơn vị báo.",
    ]
    if agency:
        lines.append(f"Tiến độ của {esc(agency)}: <code>/tiendo {esc(agency)}</code>")
    reports = [p.name for p in catalogue.provinces.values() if p.stats and p != province]
    if reports:
        names = ", ".join(esc(n) for n in reports)
        lines.append(
            f"Số liệu hồ sơ duy nhất tôi có là báo cáo của {names} ({PERIOD}), chỉ để tham khảo."
        )
    return "\n".join(lines)
