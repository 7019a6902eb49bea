"""The words of a file offer that weigh what the file says of itself (usecases/file_offers.py,
knowledge/deliverables/file_claims.py): the period and form it prints, a choice it contradicts,
a unit line naming another unit (ux30 #1, #2)."""

from __future__ import annotations

from knowledge.calendar.deadlines import fmt_date
from knowledge.render.answers import esc
from usecases.file_offers import Early, FileOffer


def file_says(offer: FileOffer) -> str:
    """ "Tệp ghi Mẫu số 01, THÁNG 8/2021. ": what the file prints, when a choice contradicts it;
    "" when it prints neither, or nothing is contradicted."""
    claims = offer.claims
    printed = [p for p in (claims.form_text, claims.period_text) if p]
    if not printed or not any(c.clash for c in offer.choices):
        return ""
    return f"Tệp ghi {esc(', '.join(printed))}. "


def all_clash(file: str, said: str, lines: str) -> str:
    """Every choice contradicted by the file: listed with why, none pressable."""
    return (
        f"{said}Tệp {file} không khớp nhiệm vụ nào đơn vị đang phải nộp:\n{lines}\n"
        "Không có gì được lưu. Nếu tệp đúng là cho một nhiệm vụ trên, gửi lại tệp kèm chú thích "
        "<code>/nop &lt;mã nhiệm vụ&gt;</code>."
    )


def other_unit_line(offer: FileOffer) -> str:
    """The unit line naming another unit, both named: asked before anything is kept."""
    if offer.other_unit is None:
        return ""
    # its unit line as printed; else the unit its title names, by the register's name
    printed = f"Đơn vị: {offer.claims.unit_text}" if offer.claims.unit_text else offer.other_unit
    return (
        f"⚠️ Tệp ghi «{esc(printed)}», không phải {esc(offer.agency)}. "
        f"Chỉ bấm nút nếu đây đúng là tệp của {esc(offer.agency)}.\n"
    )


def early_line(early: Early) -> str:
    """An occurrence whose period has not begun (ux32 #2), as its line and its receipt say it."""
    return f"⏳ kỳ {esc(early.period)} chưa bắt đầu (từ {fmt_date(early.begins)})"


def early_head(offer: FileOffer, file: str) -> str:
    """The head of an offer holding an occurrence whose period has not begun: said first, the
    occurrence due now offered before it; "" when none is."""
    early = next((c for c in offer.pressable if c.early is not None), None)
    if early is None or early.early is None:
        return ""
    printed = offer.claims.period_text
    due = next(
        (c for c in offer.pressable if c.early is None and c.task.id == early.task.id), None
    )
    if due is None:
        return ""  # no occurrence of its task begun to offer before it: its line says it
    period = f"kỳ {esc(early.early.period)} chưa bắt đầu (từ {fmt_date(early.early.begins)})"
    said = f"Tệp ghi {esc(printed)}, nhưng {period}" if printed else period[0].upper() + period[1:]
    now = f" — có phải tệp {esc(due.title or due.key)}?"
    return f"{said}{now} Nộp tệp {file} cho kỳ nào?"


def unlike_line(unlike: str, file: str) -> str:
    """A paper titled by another kind of document, with no form or period (a meeting
    invitation, ux34 #2): said before the choices, and in the receipt if pressed all the same."""
    if not unlike:
        return ""
    named = f"Tệp {file}" if file else "Tệp"
    return f"⚠️ {named} ghi «{esc(unlike)}»: tệp không giống báo cáo/biểu mẫu nào.\n"
