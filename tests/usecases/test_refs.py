"""References to rows, tasks and agencies: short, stable, derived from the name, resolved only
against what is in force."""

from __future__ import annotations

from usecases import refs


def test_every_row_task_and_agency_has_its_own_short_reference(desk):
    catalogue, province = desk.assistant.catalogue, desk.province
    names = [
        *catalogue.rows,
        *(t.id for t in province.tasks),
        *catalogue.agencies,
        *province.units,
    ]
    found = refs.index(names)  # raises on two names with one reference
    assert len(found) == len(set(names))
    assert all(len(r.encode()) <= 24 for r in found)


def test_a_short_ascii_key_stands_for_itself_and_others_are_digests():
    assert refs.ref("406-14") == "406-14"
    assert refs.ref("tq-2021-04-20") == "tq-2021-04-20"
    long = refs.ref("406-11/Lao động, Thương binh và Xã hội")
    assert long.startswith("~") and len(long) == 9
    assert refs.ref(long) == long  # a reference is its own
    assert refs.ref("Sở Xây dựng") != refs.ref("Sở Y tế")


def test_a_reference_resolves_only_against_the_table_in_force(desk):
    sub = "406-11/Lao động, Thương binh và Xã hội"
    assert refs.item_key(desk, refs.ref(sub)) == sub
    assert refs.item_key(desk, "406-14") == "406-14"
    assert refs.item_key(desk, "tq-2021-04-20") == "tq-2021-04-20"
    # a list position, as buttons carried before: names nothing
    assert refs.item_key(desk, "31") is None
    assert refs.item_key(desk, "~aaaaaaaa") is None
    assert refs.agency_name(desk, refs.ref("UBND huyện Hàm Yên")) == "UBND huyện Hàm Yên"
    assert refs.agency_name(desk, "5") is None
