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


def skipped(agency: str, refusals: list[Refusal]) -> str:
    """Beside the offer of the writer's own rows, the rows of the same list or range that are
    not its own: named, grouped by whose they are, so that none is dropped without a word
    (ux27 #3: a list stopped at its first row not the writer's)."""
    by_whose: dict[str, list[str]] = {}
    for refusal in refusals:
        key = refusal.data.get("key")
        line = _whose(refusal)
        if key is None:
            by_whose.setdefault(line, [])
            continue
        whose = line.removeprefix(f"• {key_tag(key)} — ")
        by_whose.setdefault(whose, []).append(key_tag(key))
    head = f"Bỏ qua (không ghi được), {esc(agency)} không chủ trì hay phối hợp:"
    lines = [
        f"• {', '.join(keys)} — {whose}" if keys else whose for whose, keys in by_whose.items()
    ]
    return "\n".join([head, *lines])
