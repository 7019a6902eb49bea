"""The tasks a unit only supports, with the owners' date: a district supports the seeds' two
dossiers; a Sở that owes them supports none."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.loader import default_catalogue
from knowledge.rules.supporting import supported_tasks


def test_a_district_supports_the_two_dossiers_in_date_order() -> None:
    province = default_catalogue().province("tuyen-quang")
    found = supported_tasks(province, "UBND huyện Hàm Yên", date(2021, 4, 28))
    assert [(t.id, day) for t, day in found] == [
        ("tq-2021-04-20", date(2021, 4, 20)),  # past, still said with its date
        ("tq-2021-05-20", date(2021, 5, 20)),
    ]


def test_an_owner_supports_none_of_what_it_owes() -> None:
    province = default_catalogue().province("tuyen-quang")
    assert supported_tasks(province, "Sở Y tế", date(2021, 4, 28)) == []
