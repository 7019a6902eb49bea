"""Letters asked about by date, sender or addressee ("văn bản tháng 4 của sở tttt", "công văn
mới nhất", knowledge/reader/letters_named.py): the letters that fit, each with its tasks as a
letter named by its number is answered (task_answers.letter_answer); none: said so, with the
letters in force to name instead."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.letters.sources import TrackedLetter
from knowledge.messages.markup import esc

MAX_TASKS_LISTED = 3  # a letter in force listed when none fits: its first tasks' ids


def letters_said(period: str, sender: str | None, unit: str | None, latest: bool) -> str:
    """What the question said of the letters: "mới nhất, tháng 4/2021, của Sở …, gửi Sở Y tế"."""
    parts = ["mới nhất"] if latest else []
    if period:
        parts.append(period[0].lower() + period[1:])
    if sender:
        parts.append(f"của {sender}")
    if unit:
        parts.append(f"gửi {unit}")
    return ", ".join(parts)


def letters_found(said: str, parts: Sequence[str]) -> str:
    """Several letters fit: a head line, then each letter's own answer."""
    if len(parts) == 1:
        return parts[0]
    head = f"📨 {len(parts)} công văn đang theo dõi ({esc(said)}):"
    return "\n\n".join([head, *parts])


def no_letters(said: str, letters: Sequence[TrackedLetter]) -> str:
    """None fits: said so, and the letters in force, each with its tasks' ids."""
    lines = [f"Không có công văn nào đang theo dõi ({esc(said)})."]
    if letters:
        lines.append("Các công văn đang theo dõi:")
    for letter in letters:
        ids = ", ".join(esc(t.id) for t in letter.tasks[:MAX_TASKS_LISTED])
        more = "…" if len(letter.tasks) > MAX_TASKS_LISTED else ""
        lines.append(f"• {esc(letter.title)} — {ids}{more}")
    if letters:
        lines.append(
            "Gõ số công văn (ví dụ <code>cv 415</code>) hoặc mã nhiệm vụ để xem chi tiết."
        )
    return "\n".join(lines)
