"""A period's list by date files a row the standing rule has late under the date it missed,
headed late, never under the period's date "còn 20 ngày" (ux24: "tháng 6 có gì đến hạn" on
10/6/2021 listed rows late since the province's 31/5 under "Hạn 30/6/2021 (còn 20 ngày)")."""

from __future__ import annotations

from datetime import date

from knowledge.reader.ask import default_assistant


def _groups(text: str) -> dict[str, list[str]]:
    """Each heading of the list and the keys under it."""
    groups: dict[str, list[str]] = {}
    heading = ""
    for line in text.splitlines():
        if line.startswith(("📅", "⚠️")):
            heading = line
            groups[heading] = []
        elif line.startswith("• ") and heading:
            groups[heading].append(line.split()[1])
    return groups


def test_rows_late_since_may_are_headed_late_in_june():
    answer = default_assistant().ask("tháng 6 có gì đến hạn", date(2021, 6, 10), "tuyen-quang")
    groups = _groups(answer.text)
    assert "406-14" in groups["⚠️ Hạn 31/5/2021 (quá hạn 10 ngày)"]
    assert not any("406-14" in keys for head, keys in groups.items() if "còn" in head)


def test_before_the_provinces_date_they_are_due_in_june():
    answer = default_assistant().ask("tháng 6 có gì đến hạn", date(2021, 5, 10), "tuyen-quang")
    groups = _groups(answer.text)
    assert "406-14" in groups["📅 Hạn 30/6/2021 (còn 51 ngày)"]
    assert not any(head.startswith("⚠️") for head in groups)
