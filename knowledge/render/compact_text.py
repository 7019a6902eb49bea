"""A province-wide list as one message: /quahan tinh, a progress question for the whole
province and the coordinator's Monday digest ran to two to five messages on a phone, mostly one
agency's lines repeated. When the full list would not fit one message it is said by unit
instead: each unit's count and its first items by key, "… và N mục khác", and the command that
shows everything (`/quahan tinh du`, `/quahan <cơ quan>`, `/nopbai tinh`). Nothing is dropped
that those commands do not show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.messages.markup import esc, key_tag
from knowledge.rules.progress import apart
from knowledge.rules.standing import Standing

# markup one message holds with room to spare: Telegram refuses a text over 4096 characters as
# shown, and the tags and entities this markup carries are not shown
ONE_MESSAGE = 3800
SHOWN_KEYS = 4  # a unit's items named by key in the compact list; the rest counted
SHOWN_UNITS = 6  # units named in a document's "chưa nộp" line; the rest counted
FULL_ARG = "du"  # `/quahan tinh du`: the full list, however many messages it takes


def fits(html: str) -> bool:
    return len(html) <= ONE_MESSAGE


def count_text(mine: Sequence[Standing]) -> str:
    """ "5 mục (1 phối hợp)", "phối hợp 2 mục": a unit's count, its coordinating rows apart."""
    counted, coordinating = apart(list(mine))
    if not counted:
        return f"phối hợp {len(coordinating)} mục"
    return f"{len(mine)} mục" + (f" ({len(coordinating)} phối hợp)" if coordinating else "")


def by_unit_lines(groups: Mapping[str, Sequence[Standing]]) -> list[str]:
    """One line a unit: its count, its first items by key (a task pinned), the rest counted."""
    lines = []
    for name, mine in groups.items():
        keys = ", ".join(("📌" if s.is_task else "") + key_tag(s.key) for s in mine[:SHOWN_KEYS])
        more = f" … và {len(mine) - SHOWN_KEYS} mục khác" if len(mine) > SHOWN_KEYS else ""
        lines.append(f"• <b>{esc(name)}</b> — {count_text(mine)}: {keys}{more}")
    return lines


def see_all(example: str) -> str:
    """The commands that show what the compact list only counts (`example`: a unit to name)."""
    one = f"<code>/quahan {esc(example)}</code>"
    return f"\nXem đủ từng mục: <code>/quahan tinh {FULL_ARG}</code>; một cơ quan: {one}"


def units_named(units: Sequence[str]) -> str:
    """A document's missing units, the first few named and the rest counted."""
    shown = "; ".join(esc(u) for u in units[:SHOWN_UNITS])
    rest = len(units) - SHOWN_UNITS
    return shown + (f" … và {rest} đơn vị khác" if rest > 0 else "")
