"""The data files against the seeds: every row present, with the printed level and deadline."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from knowledge.catalogue.loader import DATA_DIR, CatalogueError, load_catalogue

# (number, level, national deadline of the last milestone) for every 406 row, as printed in the
# annex.
EXPECTED_406 = {
    1: (3, date(2021, 6, 30)),
    2: (4, date(2021, 6, 30)),
    3: (3, date(2021, 9, 30)),
    4: (3, date(2021, 9, 30)),
    5: (4, date(2021, 9, 30)),
    6: (4, date(2021, 9, 30)),
    7: (4, date(2021, 9, 30)),
    8: (4, date(2021, 9, 30)),
    9: (3, date(2021, 9, 30)),
    10: (4, date(2021, 9, 30)),
    11: (None, None),
    12: (4, date(2021, 6, 30)),
    13: (4, date(2021, 3, 31)),
    14: (4, date(2021, 6, 30)),
    15: (4, date(2021, 6, 30)),
    16: (4, date(2021, 3, 31)),
    17: (4, date(2021, 6, 30)),
    18: (4, date(2021, 6, 30)),
    19: (4, date(2021, 6, 30)),
    20: (3, date(2021, 6, 30)),
    21: (3, date(2021, 6, 30)),
    22: (4, date(2021, 9, 30)),
    **{n: (4, date(2021, 9, 30)) for n in range(23, 39)},
    39: (4, date(2021, 9, 30)),
    40: (4, date(2021, 3, 31)),
    41: (4, date(2021, 6, 30)),
    42: (4, date(2021, 6, 30)),
    43: (4, date(2021, 6, 30)),
    44: (4, date(2021, 6, 30)),
    45: (4, date(2021, 6, 30)),
    46: (4, date(2021, 6, 30)),
    47: (4, date(2021, 12, 31)),
    48: (4, date(2021, 12, 31)),
    49: (4, date(2021, 12, 31)),
    **{n: (4, date(2021, 12, 31)) for n in range(50, 56)},
}
SECTORS_406_11 = {
    "Bảo hiểm xã hội": 9,
    "Tư pháp": 9,
    "Ngoại giao": 9,
    "Tài chính": 9,
    "Giáo dục và Đào tạo": 9,
    "Giao thông vận tải": 9,
    "Tài nguyên và Môi trường": 9,
    "Thông tin và Truyền thông": 12,
    "Kế hoạch và Đầu tư": 12,
    "Quốc phòng": 12,
    "Công Thương": 12,
    "Lao động, Thương binh và Xã hội": 12,
    "Khoa học và Công nghệ": 12,
    "Văn hóa, Thể thao và Du lịch": 12,
    "Nông nghiệp và Phát triển nông thôn": 12,
    "Xây dựng": 12,
    "Y tế": 12,
}
# 411: number -> (last milestone, level)
EXPECTED_411 = {
    1: date(2020, 3, 31),
    2: date(2020, 3, 31),
    3: date(2020, 3, 31),
    4: date(2020, 6, 30),
    5: date(2020, 9, 30),
    6: date(2020, 9, 30),
    7: date(2020, 6, 30),
    8: date(2020, 9, 30),
    9: date(2020, 3, 31),
    10: date(2020, 6, 30),
    11: date(2020, 6, 30),
    12: date(2020, 3, 31),
    13: date(2020, 3, 31),
    14: date(2020, 3, 31),
    15: date(2020, 6, 30),
    16: date(2020, 6, 30),
    17: date(2020, 6, 30),
    18: date(2020, 6, 30),
    19: date(2020, 6, 30),
}


def test_every_406_row_with_level_and_deadline(catalogue):
    main_rows = {
        int(r.number): r for r in catalogue.rows.values() if r.decision == "406" and not r.sub
    }
    assert sorted(main_rows) == list(range(1, 56))
    for number, (level, last) in EXPECTED_406.items():
        row = main_rows[number]
        assert row.level == level, row.key
        assert (row.milestones[-1].due if row.milestones else None) == last, row.key


def test_406_row_11_has_18_sub_rows(catalogue):
    subs = {r.sub: r for r in catalogue.sub_rows("11")}
    assert len(subs) == 18
    for sector, month in SECTORS_406_11.items():
        assert subs[sector].milestones[-1].due.month == month, sector
    pilot = [s for s in subs if s.startswith("Thí điểm")]
    assert len(pilot) == 1 and subs[pilot[0]].milestones[-1].due == date(2021, 12, 31)


def test_every_411_row(catalogue):
    rows = {int(r.number): r for r in catalogue.rows.values() if r.decision == "411"}
    assert sorted(rows) == list(range(1, 20))
    for number, last in EXPECTED_411.items():
        assert rows[number].milestones[-1].due == last, number
    assert rows[16].level == 4 and rows[1].level is None
    assert rows[10].milestones[0].due == date(2020, 3, 31)  # pilot phase
    assert rows[1].subgroup == "Nhóm về chỉ số khởi sự kinh doanh"


def test_multi_phase_rows(catalogue):
    assert [m.due for m in catalogue.rows["406-39"].milestones] == [
        date(2021, 6, 30),
        date(2021, 9, 30),
    ]
    assert [m.due for m in catalogue.rows["406-48"].milestones] == [
        date(2021, 6, 30),
        date(2021, 12, 31),
    ]
    assert [m.due for m in catalogue.rows["406-47"].milestones] == [
        date(2021, 9, 30),
        date(2021, 12, 31),
    ]


@pytest.mark.parametrize(
    "key, lead, coordinate, deadline",
    [
        ("406-14", ["Sở Xây dựng"], [], [date(2021, 5, 31)]),
        ("406-15", ["Sở Xây dựng"], [], [date(2021, 5, 31)]),
        ("406-54", ["Sở Xây dựng"], [], [date(2021, 11, 30)]),
        (
            "406-22",
            ["Sở Giao thông vận tải", "Sở Y tế"],
            ["Công an tỉnh", "Văn phòng UBND tỉnh", "Sở Tài chính"],
            [date(2021, 8, 31)],
        ),
        (
            "406-39",
            ["Sở Tài chính"],
            ["Sở Tài nguyên và Môi trường", "Văn phòng UBND tỉnh"],
            [date(2021, 5, 31), date(2021, 8, 31)],
        ),
        (
            "406-18",
            ["Sở Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh"],
            ["Sở Tài chính", "Sở Lao động, Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh"],
            [date(2021, 5, 31)],
        ),
        ("406-16", ["Sở Giáo dục và Đào tạo"], [], [date(2021, 4, 30)]),
        (
            "406-20",
            ["Sở Tài nguyên và Môi trường"],
            ["Sở Tư pháp", "Công an tỉnh", "Văn phòng UBND tỉnh"],
            [date(2021, 5, 31)],
        ),
        ("406-7", ["Sở Tư pháp", "Công an tỉnh", "Bảo hiểm xã hội tỉnh"], [], [date(2021, 9, 30)]),
        ("406-25", ["Sở Lao động, Thương binh và Xã hội"], [], [date(2021, 8, 31)]),
        ("406-37", ["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"], [date(2021, 8, 31)]),
        ("406-55", ["Sở Nông nghiệp và Phát triển nông thôn"], [], [date(2021, 11, 30)]),
        (
            "406-11/Xây dựng",
            ["Sở Xây dựng"],
            ["Công an tỉnh", "Văn phòng UBND tỉnh"],
            [date(2021, 12, 31)],
        ),
        (
            "406-11/Tư pháp",
            ["Sở Tư pháp"],
            ["Công an tỉnh", "Văn phòng UBND tỉnh"],
            [date(2021, 9, 30)],
        ),
    ],
)
def test_tuyen_quang_bieu_01(catalogue, key, lead, coordinate, deadline):
    a = catalogue.province("tuyen-quang").assignments[key]
    assert list(a.lead) == lead
    assert list(a.coordinate) == coordinate
    assert [m.due for m in a.milestones] == deadline


def test_tuyen_quang_covers_bieu_01_rows(catalogue):
    keys = set(catalogue.province("tuyen-quang").assignments)
    expected = {
        f"406-{n}"
        for n in [
            7,
            8,
            11,
            14,
            15,
            16,
            17,
            18,
            19,
            20,
            22,
            *range(23, 34),
            37,
            38,
            39,
            52,
            53,
            54,
            55,
        ]
    }
    assert {k for k in keys if "/" not in k} == expected
    assert len([k for k in keys if "/" in k]) == 14


def test_provincial_tasks(catalogue):
    tq = catalogue.province("tuyen-quang")
    due = {t.id: t.due for t in tq.tasks}
    assert due == {"tq-2021-04-20": date(2021, 4, 20), "tq-2021-05-20": date(2021, 5, 20)}
    dossier = tq.tasks[0]
    assert len(dossier.steps) == 6 and len(dossier.contents) == 4
    assert (
        "Sở Xây dựng" in dossier.addressees
        and "Sở Thông tin và Truyền thông" not in dossier.addressees
    )
    kh = {t.id: t for t in catalogue.province("khanh-hoa").tasks}
    assert kh["kh-2020-04-10"].due == date(2020, 4, 10)
    assert kh["kh-2020-04-20"].due == date(2020, 4, 20)
    assert kh["kh-monthly-sync"].occurrences(date(2020, 4, 1), date(2020, 7, 31)) == [
        date(2020, 5, 1),
        date(2020, 6, 1),
        date(2020, 7, 1),
    ]
    assert len(catalogue.province("khanh-hoa").named_services) == 8


def test_bac_giang_counts_add_up_to_the_printed_totals(catalogue):
    stats = catalogue.province("bac-giang").stats
    for level, online, total in [(3, 757, 13597), (4, 1560, 6728)]:
        rows = [s for s in stats if s.level == level]
        assert sum(s.online or 0 for s in rows) == online
        assert sum(s.total or 0 for s in rows) == total
    lltp = [s for s in stats if "lý lịch tư pháp" in s.service]
    assert lltp[0].agency == "Sở Tư pháp" and (lltp[0].online, lltp[0].total) == (162, 4905)


def _copy_data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        (
            "catalogue_406.tsv",
            "\tQuý II/2021\t002_ff202b7eaba68e52.txt#annex/TT 01",
            "\tsớm\t002_ff202b7eaba68e52.txt#annex/TT 01",
            "không đọc được thời hạn",
        ),
        ("catalogue_406.tsv", "406-14\t14\t\t", "406-15\t14\t\t", "should be '406-14'"),
        (
            "assignments_tuyen-quang.tsv",
            "406-14\tSở Xây dựng",
            "406-14\tSở Xay dung",
            "unknown agency 'Sở Xay dung'",
        ),
        ("assignments_tuyen-quang.tsv", "406-54\t", "406-99\t", "unknown row '406-99'"),
        ("catalogue_411.tsv", "411-3\t03\t", "411-3\t03\textra\t", "cells, expected 10"),
    ],
)
def test_loading_names_file_line_and_problem(tmp_path, file, old, new, message):
    data = _copy_data(tmp_path)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(data)
    assert file in str(err.value) and message in str(err.value)
    assert ":" in str(err.value).split(file, 1)[1][:3]  # a line number follows the file name
