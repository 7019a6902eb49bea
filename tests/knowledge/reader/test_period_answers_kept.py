"""A period's rows are read once a day per table (period_answers.py `_Day`): a new table version
is answered by its own dates at once, the table before it keeps its own, and a unit's statuses
are read whenever they are given, never the standing kept for none."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.importer import ImportedRow, with_imported
from knowledge.catalogue.table_patch import in_force_rows, merge_rows
from knowledge.reader.ask import Assistant, default_assistant
from knowledge.rules.standing import Mark

BUILDING = "Sở Xây dựng"


def _listed(text: str) -> list[str]:
    return [line.split()[1] for line in text.splitlines() if line.startswith("• ")]


def test_a_new_table_version_is_answered_by_its_own_dates_at_once():
    reader = default_assistant()
    day = date(2021, 4, 13)
    before = reader.ask("tháng 4 có gì đến hạn", day, "tuyen-quang")
    assert "406-14" not in _listed(before.text)  # Tháng 5/2021 in the seed's BIỂU 01
    catalogue = reader.catalogue
    prov = catalogue.province("tuyen-quang")
    rows = merge_rows(
        in_force_rows(prov.assignments.values()),
        [ImportedRow(2, "406-14", (BUILDING,), (), "Tháng 4/2021")],
        "sua.csv",
    )
    moved = with_imported(catalogue, prov.slug, prov.name, prov.decision, rows, "sua.csv")
    after = Assistant(moved).ask("tháng 4 có gì đến hạn", day, "tuyen-quang")
    line = next(x for x in after.text.splitlines() if x.startswith("• 406-14 "))
    # 30/4-3/5/2021 are days off: the period runs to the end of Tuesday 4/5 (BLDS 2015 Điều 148)
    assert "hạn 30/4/2021 (nghỉ lễ, tính đến hết 4/5/2021; còn 21 ngày)" in line
    assert "406-14" in [i.key for i in after.items]
    again = reader.ask("tháng 4 có gì đến hạn", day, "tuyen-quang")
    assert again.text == before.text  # the table before keeps its own dates


def test_a_units_statuses_are_read_each_time_they_are_given():
    reader = default_assistant()
    day = date(2021, 6, 10)
    done = {("406-14", BUILDING): Mark("hoan_thanh", date(2021, 5, 3))}
    question = "tháng 6 bên em phải xong gì"
    none = reader.ask(question, day, "tuyen-quang", BUILDING)
    # late since 31/5 with nothing reported: said late beside, not due in June
    assert none.items == [] and "406-14 (hạn 31/5/2021 (quá hạn 10 ngày" in none.text
    told = reader.ask(question, day, "tuyen-quang", BUILDING, done)
    assert [(i.key, i.standing) for i in told.items] == [("406-14", "done")]
    assert "Đã xong/đóng (1): 406-14 (✅ Hoàn thành)" in told.text
    assert reader.ask(question, day, "tuyen-quang", BUILDING).text == none.text
