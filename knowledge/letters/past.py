"""What the reader says of a deadline before the letter's own date (knowledge/letters/passed.py
tells which such dates are cited and which are a duty's misprinted deadline)."""

from __future__ import annotations

from datetime import date

PAST = "trước ngày của công văn"


def past_message(due: date) -> str:
    """What the reader says of a deadline before the letter's date."""
    return f"hạn {due.day}/{due.month}/{due.year} {PAST}"
