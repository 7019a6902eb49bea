"""A row's view with some of its fields changed (`RowView.replaced`, which a period's answer
makes for each row it lists under a date) is the view `dataclasses.replace` makes, and leaves
the view it came from as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.views import row_view
from knowledge.reader.ask import default_assistant


def test_a_view_replaced_is_the_dataclass_replace_of_it_and_the_first_is_unchanged():
    catalogue = default_assistant().catalogue
    prov = catalogue.province("tuyen-quang")
    view = row_view(catalogue.rows["406-14"], prov, date(2021, 4, 13), "Sở Xây dựng")
    before = view.to_json()
    changed = view.replaced(deadline=date(2021, 6, 30), parts=True, standing="late")
    assert changed == replace(view, deadline=date(2021, 6, 30), parts=True, standing="late")
    assert changed.to_json()["deadline"] == "2021-06-30" and changed.parts
    assert view.to_json() == before and not view.parts
