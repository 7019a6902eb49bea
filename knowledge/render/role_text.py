"""The answer to a unit objecting that it only supports what it was reminded of ("bên em chỉ
phối hợp thôi mà", ux38 #4): its role in each row as the assignment table gives it, who leads,
why a supporting unit is reminded too, how to report its part and how to stop the reminders.
Nothing is written: the table is the coordinator's to change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.messages.markup import typed_key
from knowledge.render.answers import clip, esc, key_tag

TITLE_CHARS = 80  # a row's title beside its key: which row, not its text
MAX_LISTED = 5  # rows named when no row was replied to nor just written: the rest counted


@dataclass(frozen=True)
class RolePart:
    """A row the objection is about: the unit's role there ("lead", "coordinate", or None for
    none), and the units that lead it."""

    key: str
    title: str
    role: str | None
    lead: tuple[str, ...]


def role_answer(unit: str, parts: Sequence[RolePart], coordinator: str, listed: bool) -> str:
    """`listed`: no row was named by a reply or a write, so `parts` are every row the unit
    supports, named in brief."""
    u = esc(unit)
    if listed:
        if not parts:
            return (
                f"Theo bảng phân công, {u} không phối hợp ở mục nào. Tin nhắc hạn gửi cho "
                f"{u} là của mục chủ trì hoặc hồ sơ phải nộp: xem /tiendo. Không có gì thay đổi."
            )
        keys = ", ".join(key_tag(p.key) for p in parts[:MAX_LISTED])
        more = f" và {len(parts) - MAX_LISTED} mục khác" if len(parts) > MAX_LISTED else ""
        lines = [f"Đúng, {u} là đơn vị <b>phối hợp</b> ở {len(parts)} mục: {keys}{more}."]
    else:
        lines = [_part_line(u, p) for p in parts]
    supports = [p for p in parts if p.role == "coordinate"]
    if supports:
        key = typed_key(supports[0].key)
        lines.append(
            "Bot nhắc cả đơn vị phối hợp: khi mục còn mở và sắp tới hạn, phần việc phối hợp "
            "cũng được theo dõi. Báo phần việc của đơn vị: "
            f"<code>/capnhat {key} đang làm</code> hoặc <code>/capnhat {key} xong &lt;đã làm "
            "gì&gt;</code>."
        )
    if any(p.role != "coordinate" for p in parts):
        lines.append(f"Nếu bảng phân công sai, báo {esc(coordinator)} để sửa.")
    lines.append("Không muốn nhận tin nhắc hạn: <code>/nhacnho tat</code>. Không có gì thay đổi.")
    return "\n".join(lines)


def _part_line(unit: str, p: RolePart) -> str:
    head = f"• {key_tag(p.key)} {esc(clip(p.title, TITLE_CHARS))}"
    if p.role == "coordinate":
        lead = ", ".join(esc(a) for a in p.lead) or "chưa ghi"
        return f"{head}: {unit} là đơn vị <b>phối hợp</b>; chủ trì: {lead}."
    if p.role == "lead":
        return f"{head}: theo bảng phân công, {unit} <b>chủ trì</b> mục này."
    return f"{head}: {unit} không có trong bảng phân công của mục này."
