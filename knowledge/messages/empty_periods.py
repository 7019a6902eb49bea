"""What is said of a period nothing falls due in: the year it was read in, when the same month
or quarter of another year has work (ux36 #1), in the deadline answer and in the who-has-sent
answer alike; the rule that finds that other year is knowledge/reader/periods.py `other_year`."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.messages.markup import esc, key_tag

MAX_KEYS = 5  # the keys named at most; the rest counted


def named_keys(keys: Sequence[str]) -> str:
    named = ", ".join(key_tag(k) for k in keys[:MAX_KEYS])
    return named + (f" và {len(keys) - MAX_KEYS} mục khác" if len(keys) > MAX_KEYS else "")


def other_year_line(label: str, other: str, keys: Sequence[str]) -> str:
    """ "tháng 2" read as 2/2022 while 2/2021 has work: which year was read, and the other."""
    asked = other[:1].lower() + other[1:]
    year = label.rpartition("/")[2]
    said = f"{esc(other)} có: {named_keys(keys)}"
    return f"Đọc theo năm {esc(year)}; {said} (hỏi «{esc(asked)}» để xem)."


def nothing_due_in(period: str, other: tuple[str, list[str]] | None = None) -> str:
    """A who-has-sent question naming a period nothing falls due in: said before the rest;
    other: the same month or quarter of another year and what is due in it."""
    said = period[:1].lower() + period[1:]  # "Tháng 9/2021" inside a sentence
    line = f"Không có hồ sơ nào hạn trong {esc(said)}; dưới đây là tất cả hồ sơ phải nộp."
    return line + ("\n" + other_year_line(period, *other) if other is not None else "")
