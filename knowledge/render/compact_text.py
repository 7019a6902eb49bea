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


TASKS_LABEL = "hồ sơ phải nộp"  # a unit's tasks (what it sends), apart from its catalogue rows
ROWS_LABEL = "dịch vụ công"  # a unit's catalogue rows (what it puts online)


def tasks_first(mine: Sequence[Standing]) -> tuple[list[Standing], list[Standing]]:
    """A unit's items as the coordinator acts on them: the tasks it must send, then its rows."""
    return [s for s in mine if s.is_task], [s for s in mine if not s.is_task]


def by_unit_lines(
    groups: Mapping[str, Sequence[Standing]], titles: Mapping[str, str] | None = None
) -> list[str]:
    """One line a unit: its count, its first items by key, its tasks (with their short title,
    from `titles`) apart from its rows, the rest counted."""
    lines = []
    for name, mine in groups.items():
        tasks, rows = tasks_first(mine)
        shown_tasks, shown_rows = tasks[:SHOWN_KEYS], rows[: max(0, SHOWN_KEYS - len(tasks))]

        def named(s: Standing) -> str:
            title = (titles or {}).get(s.key, "")
            return "📌" + key_tag(s.key) + (f" ({esc(title)})" if title else "")

        parts = []
        if shown_tasks:
            parts.append(f"{TASKS_LABEL} " + ", ".join(named(s) for s in shown_tasks))
        if shown_rows:
            parts.append(f"{ROWS_LABEL} " + ", ".join(key_tag(s.key) for s in shown_rows))
        left = len(mine) - len(shown_tasks) - len(shown_rows)
        more = f" … và {left} mục khác" if left > 0 else ""
        lines.append(f"• <b>{esc(name)}</b> — {count_text(mine)}: {'; '.join(parts)}{more}")
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
