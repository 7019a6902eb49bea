"""The next date anything falls due, named without a date: "hạn gần nhất", "mốc tiếp theo",
"hạn kế tiếp", "việc nào gần hạn nhất", "còn bao nhiêu ngày (nữa)" (Period.nearest; the answer
keeps only what falls due that day, knowledge/reader/period_answers.py)."""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from knowledge.reader.day_names import DayReader
from knowledge.reader.periods import Period

NEAREST_YEARS = 2  # how far ahead the next date is looked for (a plan's span)
_AFTER_DUE = (("gan", "nhat"), ("tiep", "theo"), ("ke", "tiep"))


def nearest_at(self: DayReader, i: int) -> tuple[Period, int] | None:
    due = self.fold(i) in ("han", "moc") and (self.fold(i + 1), self.fold(i + 2)) in _AFTER_DUE
    end = i + 3
    # "còn bao nhiêu ngày (nữa)", "còn mấy ngày": the days left to the next date
    if self.words(i, "con", "bao", "nhieu", "ngay") or self.words(i, "con", "may", "ngay"):
        end = i + 4 + (self.fold(i + 1) == "bao")
        end += self.fold(end - 1) == "nua"
    elif not (due or self.words(i, "gan", "han", "nhat")):
        return None
    last = self.today + relativedelta(years=NEAREST_YEARS)
    return Period(self.today, last, "hạn gần nhất", nearest=True), end
