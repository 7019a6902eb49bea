"""Keys kept as one text (knowledge/catalogue/key_lists.py): a sector printed with a comma."""

from __future__ import annotations

from knowledge.catalogue.key_lists import can_join, join_keys, split_keys


def test_every_catalogue_row_and_task_key_comes_back_whole(catalogue):
    keys = list(catalogue.rows)
    for slug in ("tuyen-quang", "khanh-hoa"):
        keys += [t.id for t in catalogue.province(slug).tasks]
    assert [k for k in keys if not can_join(k)] == []
    assert split_keys(join_keys(keys)) == tuple(keys)


def test_a_sector_with_a_comma_is_one_key():
    keys = ("406-11/Lao động, Thương binh và Xã hội", "406-11/Y tế", "tq-2021-04-20")
    assert join_keys(keys) == "406-11/Lao động, Thương binh và Xã hội,406-11/Y tế,tq-2021-04-20"
    assert split_keys(join_keys(keys)) == keys
    assert split_keys("") == ()
