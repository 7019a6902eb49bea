"""The "Cơ quan thực hiện" rule: one rule for the data files and for an imported BIỂU 01."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.catalogue.agency_cell import clean_cell, split_roles
from knowledge.catalogue.importer import read_table, validate

ROOT = Path(__file__).resolve().parents[3]


def test_the_rule_gives_back_every_transcribed_lead_and_coordinate(catalogue, assistant):
    # role_text keeps the printed cell: reading it must give what the transcriber wrote
    # (the table in force has "UBND huyện" as each district unit: expand reads the cell so too)
    province = catalogue.province("tuyen-quang")
    table = province.assignments
    assert len(table) > 40
    for key, a in table.items():
        lead, coordinate = split_roles(a.role_text, assistant.agencies)
        assert (province.expand(lead), province.expand(coordinate)) == (a.lead, a.coordinate), key


@pytest.mark.parametrize(
    "cell, lead, coordinate",
    [
        ("Sở Giáo dục và Đào tạo", ("Sở Giáo dục và Đào tạo",), ()),
        (
            "- Sở Giao thông vận tải chủ trì, phối hợp với Công an tỉnh, Sở Y tế tổ chức. "
            "- Sở Y tế chủ trì chia sẻ dữ liệu. - Sở Tài chính bố trí kinh phí",
            ("Sở Giao thông vận tải", "Sở Y tế"),
            ("Công an tỉnh", "Sở Tài chính"),
        ),
        # the ministry in the aside is not a provincial agency
        ("Sở Xây dựng chủ trì (theo hướng dẫn của Bộ Tư pháp)", ("Sở Xây dựng",), ()),
        (
            "<p>- Sở Tài chính chủ trì</p> <p>- Sở Y tế phối hợp</p>",
            ("Sở Tài chính",),
            ("Sở Y tế",),
        ),
    ],
)
def test_cells(assistant, cell, lead, coordinate):
    assert split_roles(cell, assistant.agencies) == (lead, coordinate)


def test_clean_cell_drops_the_markup():
    assert clean_cell('<ul style="x"> - A &amp; B\n</ul>') == "- A & B"


def test_the_seed_bieu01_as_printed_reads_as_the_data_file(catalogue, assistant):
    rows = validate(read_table(ROOT / "examples/bieu01_tuyen-quang.csv"), assistant, "406")
    province = catalogue.province("tuyen-quang")
    table = province.assignments
    assert [r.key for r in rows] == list(table)
    for r in rows:
        a = table[r.key]
        lead, coordinate = province.expand(r.lead), province.expand(r.coordinate)
        assert (lead, coordinate, r.deadline_text, r.role_text) == (
            a.lead,
            a.coordinate,
            a.deadline_text,
            a.role_text,
        ), r.key
