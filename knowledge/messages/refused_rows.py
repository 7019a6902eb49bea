"""The words of a status said of several rows none of which the writer may write ("/capnhat
406-14, 406-15 xong" from Sở LĐTBXH): every row named, with whose it is, one line a row, and
that nothing was written (u28: only the first row was named before)."""

from __future__ import annotations

from knowledge.messages.markup import esc, key_tag
from knowledge.messages.refusals import UNCHANGED
from knowledge.rules.decisions import Refusal, Refused


def _whose(refusal: Refusal) -> str:
    """One refused row's line: whose the row is, else the refusal's own words."""
    data = refusal.data
    if refusal.code is Refused.NO_ROLE_IN_ROW:
        leads = data.get("leads") or ()
        who = f"chủ trì: {esc(', '.join(leads))}" if leads else "chưa giao đơn vị chủ trì"
        return f"• {key_tag(data['key'])} — {who}"
    if refusal.code is Refused.ROW_UNASSIGNED:
        return f"• {key_tag(data['key'])} — chưa giao cho đơn vị nào trong bảng phân công"
    if refusal.code is Refused.UNIT_NOT_OWNER:
        return f"• {key_tag(data['key'])} — {esc(data['unit'])} không phải đơn vị của mục này"
    return f"• {refusal.reason.removesuffix(' ' + UNCHANGED)}"


def none_of_yours(agency: str | None, refusals: list[Refusal]) -> str:
    """Several rows named, none the writer's: each row with whose it is, nothing written."""
    head = (
        f"{esc(agency)} không chủ trì hay phối hợp mục nào trong {len(refusals)} mục đã nêu, "
        "nên không ghi được:"
        if agency
        else f"Không ghi được mục nào trong {len(refusals)} mục đã nêu:"
    )
    lines = list(dict.fromkeys(_whose(r) for r in refusals))
    return "\n".join([head, *lines, UNCHANGED])
