"""/nopbai tinh as a workbook: one line per task and addressee, with the counts under each task."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date, fmt_due_inner
from knowledge.catalogue.model import Province, split_key
from knowledge.catalogue.occurrence_names import short_key, titled
from knowledge.deliverables.layout import Table
from knowledge.deliverables.tracking import HANDIN_LABELS, TaskHandins
from knowledge.render.tracking_text import before_words, counts_text


def handins_table(province: Province, tracked: list[TaskHandins], today: date) -> Table:
    table = Table(
        sheet="Tình hình nộp",
        titles=[
            "TÌNH HÌNH NỘP HỒ SƠ, BIỂU MẪU CỦA CÁC CƠ QUAN, ĐƠN VỊ",
            f"gửi {province.coordinator} tỉnh {province.name}",
            f"Số liệu đến {fmt_date(today)}",
        ],
        headers=[
            [
                "STT",
                "Cơ quan, đơn vị",
                "Tình trạng",
                "Ngày nộp",
                "Số ngày muộn",
                "Hồ sơ đã nộp",
            ]
        ],
        merges=[],
        numbers=[f"({i})" for i in range(1, 7)],
        widths=[6, 55, 20, 14, 12, 40],
    )
    for index, t in enumerate(tracked):
        table.sections.add(len(table.rows))
        # a moved deadline with the date it replaced, as the chat's table heads it (ux23 #4)
        # in the heading's one bracket: no bracket in it (u54 #5)
        due = "chưa có hạn"
        if t.due:
            due = "hạn " + "; ".join(
                w for w in (fmt_due_inner(t.due), before_words(t.before)) if w
            )
        # an occurrence by its short key and its period, as the chat shows it
        name = titled(t.task, split_key(t.key)[1], f"{t.task.form}: {t.task.title}")
        heading = f"{short_key(t.key)} — {name} ({due})"
        table.rows.append([_letter(index), heading, counts_text(t), "", "", ""])
        for n, u in enumerate(t.units, start=1):
            table.rows.append(
                [
                    n,
                    u.unit,
                    HANDIN_LABELS[u.state],
                    fmt_date(u.sent_on) if u.sent_on else "",
                    u.days_late or "",
                    u.detail,
                ]
            )
    table.notes = [
        "Đã nộp: đơn vị báo hoàn thành nhiệm vụ hoặc nộp biểu mẫu qua bot; ngày nộp là ngày báo.",
        "Quá hạn: chưa nộp khi đã qua hạn; nộp muộn: nộp sau hạn. Số ngày muộn tính từ hạn.",
    ]
    return table


def _letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def handins_file_name(province: Province, today: date) -> str:
    return f"nopbai_{province.slug}_{today.isoformat()}.xlsx"
