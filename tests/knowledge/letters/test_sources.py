"""The letters the tasks come from, as /congvan lists them and /ketthuc names them."""

from __future__ import annotations

from knowledge.letters.sources import find_letter, tracked_letters


def test_the_seed_letters_with_their_tasks_and_numbers(catalogue):
    kh = tracked_letters(catalogue, catalogue.province("khanh-hoa"))
    assert [(x.number, x.seed, [t.id for t in x.tasks]) for x in kh] == [
        ("3363/UBND-KSTT", True, ["kh-2020-04-10", "kh-2020-04-20", "kh-monthly-sync"])
    ]
    tq = tracked_letters(catalogue, catalogue.province("tuyen-quang"))
    # printed unnumbered ("Số: .../STTTT-CNTT"): no number to be named by
    assert [(x.number, [t.id for t in x.tasks]) for x in tq] == [
        (None, ["tq-2021-04-20"]),
        (None, ["tq-2021-05-20"]),
    ]


def test_a_letter_is_named_by_its_number_whole_or_its_figure_or_its_key(catalogue):
    kh = tracked_letters(catalogue, catalogue.province("khanh-hoa"))
    for typed in ("3363/UBND-KSTT", "3363/ubnd-kstt", "3363", "công văn 3363", "cv 3363"):
        assert find_letter(typed, kh) is kh[0], typed
    assert find_letter(kh[0].key, kh) is kh[0]
    for typed in ("", "3364", "UBND", "..."):
        assert find_letter(typed, kh) is None, typed
    tq = tracked_letters(catalogue, catalogue.province("tuyen-quang"))
    assert find_letter("...", tq) is None and find_letter(tq[1].key, tq) is tq[1]
