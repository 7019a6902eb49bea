"""The rows one "✅ Ghi cả n" press left unwritten, on its receipt: each row with its unit and
why, one line a row, under one head (u31: a row already done was named "406-24: <b>406-24</b> đã
ở trạng thái …", its tags shown as typed and its unit not said; a row another officer recorded
done after the offer was taken back to work under way without a word)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from knowledge.messages.markup import esc, key_tag
from knowledge.rules.statuses import Status


@dataclass(frozen=True)
class Skipped:
    """A row the press did not write: its key, its unit, and why (a line, HTML)."""

    key: str
    unit: str
    why: str


def _who(name: str, at: datetime) -> str:
    by = f"{esc(name)}, " if name else ""
    return f"{by}{at:%H:%M} {at.day}/{at.month}"


def already_there(status: Status, name: str, at: datetime) -> str:
    """The status pressed already stands: who recorded it, when."""
    return f"đã là {esc(status.label)} từ trước ({_who(name, at)}), không ghi lại"


def done_since(key: str, said: Status, name: str, at: datetime) -> str:
    """Recorded done after the offer was made: not taken back to `said` by a press made for the
    row as it stood; the line that still writes it, typed."""
    return (
        f"đã được ghi {esc(Status.HOAN_THANH.label)} sau khi bot hỏi ({_who(name, at)}), nên "
        f"không đổi thành {esc(said.label)}; muốn đổi: <code>/capnhat {esc(key)} "
        f"{esc(said.label.lower())}</code>"
    )


def skipped_lines(skipped: Sequence[Skipped], undone: bool = False) -> list[str]:
    """The receipt's lines for the rows left unwritten (`undone`: not undone); [] when none."""
    if not skipped:
        return []
    lines = [f"Bỏ qua {len(skipped)} mục (không {'hoàn tác' if undone else 'ghi'}):"]
    for s in skipped:
        unit = f" ({esc(s.unit)})" if s.unit else ""
        lines.append(f"• {key_tag(s.key)}{unit}: {s.why}")
    return lines
