"""An agency's rows and tasks, and a task by its id, are found once per province and table
(province_lookups.py): a new table version or a published letter is answered by its own rows
and tasks at once, the version before keeps its own, and a field set anew is read again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.importer import ImportedRow, with_imported
from knowledge.catalogue.table_patch import in_force_rows, merge_rows
from knowledge.reader.ask import Assistant, default_assistant

JUSTICE = "Sở Tư pháp"
BUILDING = "Sở Xây dựng"
DAY = date(2021, 4, 13)
ASKED = "Sở Tư pháp chủ trì những mục nào"


def _moved_to_justice(catalogue):
    """The table with 406-14 led by the Sở Tư pháp instead of the Sở Xây dựng."""
    prov = catalogue.province("tuyen-quang")
    rows = merge_rows(
        in_force_rows(prov.assignments.values()),
        [ImportedRow(2, "406-14", (JUSTICE,), (), "Tháng 5/2021")],
        "sua.csv",
    )
    return with_imported(catalogue, prov.slug, prov.name, prov.decision, rows, "sua.csv")


def test_a_new_table_version_lists_its_own_rows_at_once_and_the_old_keeps_its_own():
    reader = default_assistant()
    before = reader.ask(ASKED, DAY, "tuyen-quang")
    assert "406-14" not in [i.key for i in before.items]
    old = reader.catalogue.province("tuyen-quang")
    assert "406-14" in [a.key for a in old.rows_of(BUILDING)]  # asked, so kept for the old one

    moved = _moved_to_justice(reader.catalogue)
    after = Assistant(moved).ask(ASKED, DAY, "tuyen-quang")
    assert "406-14" in [i.key for i in after.items]
    assert "• 406-14 Cấp giấy phép xây dựng nhà ở riêng lẻ" in after.text
    new = moved.province("tuyen-quang")
    assert "406-14" not in [a.key for a in new.rows_of(BUILDING)]
    # the version before (a rollback's) still answers by its own table
    assert "406-14" in [a.key for a in old.rows_of(BUILDING)]
    assert reader.ask(ASKED, DAY, "tuyen-quang").text == before.text


def test_a_published_task_is_the_units_and_found_by_its_id_at_once():
    prov = default_assistant().catalogue.province("tuyen-quang")
    first = prov.tasks[0]
    assert prov.task("tq-moi") is None and prov.task(first.id) is first
    mine = [t.id for t in prov.tasks_of(JUSTICE)]
    added = replace(first, id="tq-moi")
    published = replace(prov, tasks=[*prov.tasks, added])
    assert published.task("tq-moi") is added
    assert [t.id for t in published.tasks_of(JUSTICE)] == [*mine, "tq-moi"]
    assert prov.task("tq-moi") is None  # the province before the letter has no such task


def test_a_field_set_anew_is_read_again():
    prov = replace(default_assistant().catalogue.province("tuyen-quang"))
    assert [a.key for a in prov.rows_of(JUSTICE)] == ["406-7", "406-8", "406-11/Tư pháp", "406-20"]
    prov.assignments = {k: a for k, a in prov.assignments.items() if k != "406-7"}
    assert [a.key for a in prov.rows_of(JUSTICE)] == ["406-8", "406-11/Tư pháp", "406-20"]
    kept = prov.tasks[1:]
    prov.tasks = kept
    assert prov.task(prov.tasks[0].id) is kept[0]
    assert [t.id for t in prov.tasks_of(JUSTICE)] == [
        t.id for t in kept if JUSTICE in t.addressees
    ]
