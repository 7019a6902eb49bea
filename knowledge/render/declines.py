"""The answers that say what the bot does not hold or is not sure of: a service in neither
catalogue (`absent_answer`), dossier figures it does not read (`no_figures_answer`), a question
about nothing it knows (`unknown_answer`, with examples drawn from the province's own data), a
row number out of range, and the help text. Split from answers.py, whose row lines they list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.catalogue.model import DECISION_TITLES, Catalogue, Province
from knowledge.catalogue.stats import PERIOD
from knowledge.catalogue.views import RowView
from knowledge.render.answers import esc, row_list

HELP_TEXT = (
    "Tôi trả lời về hạn tích hợp dịch vụ công trực tuyến theo QĐ 406/QĐ-TTg và 411/QĐ-TTg. Bạn có "
    "thể hỏi:\n"
    "• Theo dịch vụ: <i>giấy phép xây dựng hạn khi nào</i>, <i>gplx</i>\n"
    "• Theo cơ quan: <i>Sở Xây dựng phải làm gì</i>, <i>so tttt</i>\n"
    "• Theo thời gian: <i>tháng 5/2021 hạn những mục nào</i>, <i>quý III</i>, <i>sắp đến hạn</i>\n"
    "• Theo mã mục: <i>406-14</i>, <i>mục 22</i>, <i>411/16</i>\n"
    "Lệnh: /hoi, /muc, /dangky, /capnhat, /tiendo, /lichsu, /quahan, /nhacnho, /help"
)


def help_text(catalogue: Catalogue, province: Province) -> str:
    """The help's examples, for the province they are asked in. HELP_TEXT's are Tuyên Quang's
    (the building permit its plan holds, Sở Xây dựng that leads rows there); a province whose
    plan holds neither gets examples drawn from its own data, each a question its data
    answers: the shortest title of its plan, the agency that leads most of its rows (else
    its coordinator, or the unit most of its tasks are for), the first month something falls
    due, and a row of its plan by its number."""
    rows = _plan_rows(catalogue, province)
    leads = [a.lead[0] for a in province.assignments.values() if a.lead]
    if any("giấy phép xây dựng" in r.title for r in rows) and "Sở Xây dựng" in leads:
        return HELP_TEXT
    lines = [HELP_TEXT.split("\n", 1)[0]]
    if rows:
        first = min(rows, key=lambda r: len(r.title))
        lines.append(
            f"• Theo dịch vụ: <i>{esc(first.title[0].lower() + first.title[1:])} hạn khi nào</i>"
        )
    agency = _example_agency(province, leads)
    if agency:
        lines.append(f"• Theo cơ quan: <i>{esc(agency)} phải làm gì</i>")
    dates = sorted(m.due for r in rows for m in r.milestones)
    dates += sorted(t.due for t in province.tasks if t.due)
    if dates:
        day = min(dates)
        lines.append(
            f"• Theo thời gian: <i>tháng {day.month}/{day.year} hạn những mục nào</i>, "
            "<i>sắp đến hạn</i>"
        )
    if rows:
        row = rows[0]
        lines.append(f"• Theo mã mục: <i>{esc(row.key)}</i>, <i>mục {esc(row.number)}</i>")
    lines.append(HELP_TEXT.rsplit("\n", 1)[1])
    return "\n".join(lines)


def _plan_rows(catalogue: Catalogue, province: Province) -> list:
    """The rows of the province's plan: those its table assigns, else its decision's."""
    assigned = [catalogue.rows[k] for k in province.assignments if not catalogue.rows[k].sub]
    return assigned or [
        r for r in catalogue.rows.values() if r.decision == province.decision and not r.sub
    ]


def _example_agency(province: Province, leads: list[str]) -> str | None:
    if leads:
        return max(set(leads), key=leads.count)
    addressed = [a for t in province.tasks for a in t.addressees]
    if province.coordinator in addressed:
        return province.coordinator
    return max(set(addressed), key=addressed.count) if addressed else None


def missing_item_answer(ref_text: str, decision: str, count: int, near: Sequence[str] = ()) -> str:
    """A key no row has, in one line: the decision's range, and the real keys nearest to it
    (one to type back), else how a key is typed."""
    how = (
        "Mục gần nhất: " + ", ".join(f"<code>{esc(k)}</code>" for k in near) + "."
        if near
        else "Gõ ví dụ <code>406-14</code> hoặc <code>mục 22</code>."
    )
    return (
        f"Không có mục {esc(ref_text)}. Quyết định {esc(decision)} có các mục từ 1 đến {count}. "
        + how
    )


def absent_answer(asked: str, near: list[RowView], province: Province, today: date) -> str:
    """A service the catalogues do not hold: said plainly, with at most the nearest rows, each
    labelled as another service."""
    what = f"“{esc(asked)}”" if asked else "Dịch vụ bạn hỏi"
    lines = [
        f"{what} không có trong danh mục của {esc(DECISION_TITLES['406'])} và "
        f"{esc(DECISION_TITLES['411'])}, cũng không có trong kế hoạch của {esc(province.name)}: "
        "không có hạn tích hợp nào cho dịch vụ này."
    ]
    if near:
        lines.append("\nCác mục gần nhất (là dịch vụ khác, không phải dịch vụ bạn hỏi):")
        lines += row_list(near, today)
    lines.append("\nNếu bạn hỏi một dịch vụ khác, hãy gõ tên đầy đủ hoặc mã mục (ví dụ 406-14).")
    return "\n".join(lines)


def no_figures_answer(catalogue: Catalogue, province: Province, agency: str | None) -> str:
    """Dossier counts asked where the province's data holds none (knowledge/reader/figures.py):
    said plainly, with what the bot tracks and, for an agency named, where its progress is."""
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


def examples(catalogue: Catalogue, province: Province) -> list[str]:
    """Questions an officer can ask, drawn from the province's own data."""
    found: list[str] = []
    assigned = [catalogue.rows[k] for k in province.assignments if not catalogue.rows[k].sub]
    rows = assigned or [r for r in catalogue.rows.values() if r.decision == province.decision]
    if rows:
        first = min(rows, key=lambda r: len(r.title))
        found.append(f"{first.title[0].lower()}{first.title[1:]} hạn khi nào")
    lead = [a.lead[0] for a in province.assignments.values()]
    if lead:
        found.append(f"{max(set(lead), key=lead.count)} phải làm gì")
    dates = sorted(m.due for a in province.assignments.values() for m in a.milestones)
    dates = dates or sorted(m.due for r in rows for m in r.milestones)
    if dates:
        found.append(f"các mục hạn tháng {dates[0].month}/{dates[0].year}")
    for task in province.tasks:
        if task.form:
            found.append(f"{task.form} nộp khi nào")
            break
    if rows:
        found.append(f"mục {rows[0].key}")
    return found


def unknown_answer(has_text: bool, samples: list[str] | None = None) -> str:
    first = "Tôi chưa hiểu câu hỏi này." if has_text else "Bạn chưa nhập câu hỏi."
    if not samples:
        return first + "\n\n" + HELP_TEXT
    lines = [first, "Bạn có thể hỏi, ví dụ:"] + [f"• <i>{esc(q)}</i>" for q in samples]
    lines.append("\nGõ /help để xem các lệnh.")
    return "\n".join(lines)
