"""The shapes a date's figures take in a letter, as pieces of the patterns that look for them (on
a line's plain form): the readers of deadlines (dates.py), of spans (counting.py), of retold
documents (opening.py), of a scan's cut lines (scanned.py) and of a reviewer's edits (edits.py)
say "a date" by one of these, so that what one reader takes for a date the others do too.
"""

from __future__ import annotations

# a day, a month and a year apart by slashes, spaces allowed: "15/6/2023", "15 / 6 / 2023"
SLASHED_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
# a day and month, the year if printed: "15/6", "15/6/2023"
SLASHED_DAY = r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
# the same apart by a slash, a dot or a dash, as typed: "15.6.2023", "15-6"
ANY_DAY = r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
# a month and its year: "7/2022"
MONTH_YEAR = r"\d{1,2}\s*/\s*\d{4}"
# a quarter in Roman figures and its year: "III/2022"
QUARTER_YEAR = r"[IVX]{1,4}\s*/\s*\d{4}"
