"""A question naming a recurrence and read as a row or as nothing ("huyện em có phải nộp bc
tháng không" read as 411-6, the row printing "báo cáo 6 tháng"): read again as the province's
recurring tasks of that period, the one the asker's unit owes answered (task_choice.py decides,
by who asks), with its form and next occurrence on its card."""

from __future__ import annotations

from knowledge.catalogue.model import Province
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading
from knowledge.reader.recurrence_asked import fits, named_in, names_report
from knowledge.reader.task_choice import task_reading

# what the question may have been read as for the recurring tasks to be asked instead: a row
# found on "báo cáo … tháng", rows offered, or nothing
REPLACED = ("service", "suggest", "absent", "unknown")
NOTHING_READ = ("absent", "unknown")


def recurring_report(
    parsed: Parsed, prov: Province, reading: Reading, asker: str | None
) -> Reading | None:
    """The reading of the recurring tasks the question's recurrence names, or None (another
    reading, no recurrence named, or no such task in force)."""
    if reading.intent not in REPLACED or parsed.rows or parsed.tasks or parsed.letters:
        return None
    every = named_in(parsed)
    if every is None:
        return None
    recurring = [t for t in prov.tasks if t.recurring and fits(every, t.every)]
    if not recurring and reading.intent in NOTHING_READ and names_report(parsed):
        # none in force, and no row read: said so, never a service missing from the
        # catalogues (ux22 #10); a row read on such words ("trợ cấp hằng tháng") stays
        return Reading("task", agency=asker, asked=every)
    if not recurring:
        return None
    return task_reading(recurring, parsed, prov, asker)
