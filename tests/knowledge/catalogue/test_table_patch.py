"""Patching the assignment table: a file's rows merged into the table in force (the others
kept, with their own provenance), and one row edited from a line typed in chat."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.calendar.deadlines import DeadlineError
from knowledge.catalogue.importer import (
    ImportedRow,
    edit_source,
    merged_source,
    table_label,
    with_imported,
)
from knowledge.catalogue.plan import plan_year, plan_years
from knowledge.catalogue.table_patch import (
    EditRefused,
    RowEdit,
    edited_row,
    in_force_rows,
    merge_rows,
    read_deadline,
    read_row_edit,
)
from knowledge.catalogue.table_versions import Entry, diff, table_of, unit_lines
from knowledge.reader.capnhat_line import whole_key
from knowledge.render.table_text import render_diff, render_row_change

TODAY = date(2021, 4, 13)
GTVT, HEALTH, POLICE = "Sở Giao thông vận tải", "Sở Y tế", "Công an tỉnh"


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


@pytest.fixture(scope="module")
def resolve(assistant, tq):
    return lambda text: whole_key(text, lambda t: assistant.resolve_key(t, tq, TODAY))


def test_a_merge_changes_only_the_rows_given_and_keeps_the_others_provenance(catalogue, tq):
    patch = [
        ImportedRow(2, "406-14", ("Sở Xây dựng",), (), "Tháng 6/2022"),
        ImportedRow(3, "406-1", (POLICE,), (), "Quý IV/2021"),  # a row not in the table yet
    ]
    rows = merge_rows(in_force_rows(tq.assignments.values()), patch, "sua.csv")
    assert len(rows) == len(tq.assignments) + 1
    change = diff(table_of(tq.assignments.values()), table_of(rows, tq.expand))
    assert (change.added, change.removed, change.changed) == (["406-1"], [], ["406-14"])
    by_key = {r.key: r for r in rows}
    assert by_key["406-14"].source == "sua.csv#dòng 2"
    assert by_key["406-22"].source == tq.assignments["406-22"].source  # the seed's BIỂU 01
    # stored and read back as the table in force: the kept rows exactly as before
    merged = with_imported(catalogue, tq.slug, tq.name, "406", rows, merged_source("sua.csv"))
    after = merged.province(tq.slug)
    for key, assignment in tq.assignments.items():
        if key != "406-14":
            assert after.assignments[key] == assignment, key
    assert after.assignments["406-14"].deadline_text == "Tháng 6/2022"
    assert after.assignments["406-1"].source == "sua.csv#dòng 3"
    assert after.assignments_label == (
        "bảng phân công của tỉnh, sửa đổi gần nhất: sua.csv, các dòng trong tệp"
    )


def test_a_row_whose_lead_changes_still_says_its_deadline_moved(tq):
    """ux21 #4: 406-16 given to Sở Tư pháp with a new date showed only the agencies that gained
    and lost it; the row's own line says every field, for a review, a merge and a rollback."""
    patch = [ImportedRow(2, "406-16", ("Sở Tư pháp",), (POLICE,), "Trước ngày 30/9/2021")]
    rows = merge_rows(in_force_rows(tq.assignments.values()), patch, "sua2.xlsx")
    before, after = table_of(tq.assignments.values()), table_of(rows, tq.expand)
    old = tq.assignments["406-16"]
    line = (
        f"406-16: chủ trì {', '.join(old.lead)} → Sở Tư pháp; phối hợp — → {POLICE}; "
        f"hạn {old.deadline_text} → Trước ngày 30/9/2021"
    )
    assert diff(before, after).rows == [line]
    lines = render_diff(diff(before, after), "Tệp sua2.xlsx", "bảng đang dùng")
    assert f"  đổi {line}" in lines
    back = diff(after, before)  # the rollback's review says the same in reverse
    assert back.rows == [
        f"406-16: chủ trì Sở Tư pháp → {', '.join(old.lead)}; phối hợp {POLICE} → —; "
        f"hạn Trước ngày 30/9/2021 → {old.deadline_text}"
    ]


def test_a_whole_table_is_still_cited_as_its_file():
    assert table_label("bieu01.xlsx") == "bảng nhập từ bieu01.xlsx"
    assert table_label(edit_source("406-22")).endswith("sửa đổi gần nhất: /giao 406-22")


@pytest.mark.parametrize(
    ("text", "edit"),
    [
        (
            "406-22 chủ trì Sở Y tế; phối hợp Công an tỉnh; hạn Tháng 9/2021",
            RowEdit("406-22", (HEALTH,), (POLICE,), "Tháng 9/2021"),
        ),
        # typed the way people type: no marks, short forms, a colon, another order
        (
            "406-22 han thang 9/2021; chu tri: SYT, so gtvt",
            RowEdit("406-22", (HEALTH, GTVT), None, "Tháng 9/2021"),
        ),
        ("406/22 ph CA tinh va VP UBND", RowEdit("406-22", None, (POLICE, "Văn phòng UBND tỉnh"))),
        ("406-22 phoi hop khong", RowEdit("406-22", None, ())),  # no coordinator any more
        ("406-22 hạn quy 4/2021", RowEdit("406-22", None, None, "Quý IV/2021")),
        ("406-22 han 30/9/2021", RowEdit("406-22", None, None, "Trước ngày 30/9/2021")),
        # the fields one a line, as a phone's keyboard sends them
        (
            "406-11/Y tế\nchủ trì Sở Y tế\nhạn Quý III/2021",
            RowEdit("406-11/Y tế", (HEALTH,), None, "Quý III/2021"),
        ),
        (
            "406-11/Lao động, Thương binh và Xã hội chủ trì Sở LĐTBXH",
            RowEdit(
                "406-11/Lao động, Thương binh và Xã hội",
                ("Sở Lao động, Thương binh và Xã hội",),
            ),
        ),
    ],
)
def test_a_row_edit_is_read(assistant, resolve, text, edit):
    assert read_row_edit(text, resolve, assistant.agencies) == edit


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("406-999 hạn Tháng 9/2021", "Không có mục “406-999”"),
        ("gpxd han thang 9/2021", "Không có mục “gpxd”"),
        ("406-22 chủ trì Sở Vũ Trụ", "Không rõ cơ quan “sở vũ trụ”"),
        ("406-22 chủ trì Sở Y tế và Bộ Ngoại giao", "Không rõ cơ quan “bộ ngoại giao”"),
        ("406-22 hạn 31/4/2021", "ngày 31/4/2021 không có"),
        ("406-22 hạn tháng 13/2021", "tháng 13 không có"),
        ("406-22 hạn sắp tới", "Hạn “sắp tới” không đọc được: ghi như Tháng 9/2021"),
        ("406-22 xong", "Không hiểu “xong”"),
        ("406-22", "Cú pháp"),
        ("406-22 hạn Tháng 9/2021; hạn Tháng 10/2021", "có hai lần"),
        ("406-22 chủ trì", "Phần “chủ trì” trống"),
    ],
)
def test_a_row_edit_that_does_not_read_is_refused_in_one_line(assistant, resolve, text, says):
    with pytest.raises(EditRefused) as refused:
        read_row_edit(text, resolve, assistant.agencies)
    assert says in str(refused.value) and "\n" not in str(refused.value)


def test_the_row_an_edit_leaves(catalogue, tq):
    current = tq.assignments["406-22"]
    row = edited_row(catalogue, current, RowEdit("406-22", None, None, "Tháng 9/2021"))
    assert (row.lead, row.coordinate, row.deadline_text) == (
        current.lead,
        current.coordinate,
        "Tháng 9/2021",
    )
    assert row.role_text == current.role_text  # who does what still as printed
    moved = edited_row(catalogue, current, RowEdit("406-22", (HEALTH,)))
    assert moved.role_text == ""  # the printed text no longer says who leads
    with pytest.raises(EditRefused, match="cần “chủ trì"):
        edited_row(catalogue, None, RowEdit("406-1", None, None, "Quý IV/2021"))
    with pytest.raises(EditRefused, match="cần “hạn"):
        edited_row(catalogue, None, RowEdit("406-1", (POLICE,)))
    with pytest.raises(EditRefused, match="vừa chủ trì vừa phối hợp"):
        edited_row(catalogue, current, RowEdit("406-22", (POLICE,)))


def test_the_preview_of_a_row_edit(tq):
    before = table_of(tq.assignments.values())
    after = dict(before)
    after["406-22"] = before["406-22"].__class__((HEALTH,), (POLICE,), "Tháng 9/2021")
    assert render_row_change("406-22", before["406-22"], after["406-22"], 0) == [
        "Sửa mục 406-22 trong bảng phân công đang dùng (phiên bản 0):",
        f"• Chủ trì: {GTVT}, {HEALTH} → {HEALTH}",
        f"• Phối hợp: {POLICE}, Văn phòng UBND tỉnh, Sở Tài chính → {POLICE}",
        "• Hạn: Tháng 8/2021 → Tháng 9/2021",
        "Các mục khác giữ nguyên.",
    ]


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("thang 9/2021", "Tháng 9/2021"),
        ("T9/2021", "Tháng 9/2021"),
        ("quý iii/2021", "Quý III/2021"),
        ("truoc ngay 15/10/2021", "Trước ngày 15/10/2021"),
        ("Quý II/2021 (thí điểm); Quý IV/2021", "Quý II/2021 (thí điểm); Quý IV/2021"),
    ],
)
def test_a_deadline_is_kept_as_printed(typed, printed):
    assert read_deadline(typed) == printed


def test_a_deadline_that_does_not_exist_is_refused():
    for typed in ("31/4/2021", "29/2/2021", "abc", ""):
        with pytest.raises(DeadlineError):
            read_deadline(typed)


def test_a_year_left_out_is_the_given_one_and_a_comma_may_part_the_fields(
    assistant, resolve, catalogue
):
    """ "/giao 406-22 han thang 10" on 14/4/2021 is October 2021, printed so in the preview;
    "chủ trì A, phối hợp B, C" parts at the comma before a field's word, not inside the list."""
    edit = read_row_edit("406-22 han thang 10", resolve, assistant.agencies, 2021)
    assert edit.deadline_text == "Tháng 10/2021"
    assert read_row_edit("406-22 hạn quý 4", resolve, assistant.agencies, 2021).deadline_text == (
        "Quý IV/2021"
    )
    assert read_row_edit("406-22 hạn 30/9", resolve, assistant.agencies, 2021).deadline_text == (
        "Trước ngày 30/9/2021"
    )
    # the year given is the plan's (catalogue/plan.py `plan_year`), not today's: Khánh Hòa's
    # plan is 2020's, so its "10/10" typed on 11/10/2021 is 2020's (u54 #6)
    kh = plan_years(catalogue, catalogue.province("khanh-hoa"))
    year = plan_year(kh, date(2021, 10, 11))
    assert year in kh and year != 2021
    assert read_row_edit("406-22 hạn 10/10", resolve, assistant.agencies, year).deadline_text == (
        f"Trước ngày 10/10/{year}"
    )
    assert (
        plan_year(plan_years(catalogue, catalogue.province("tuyen-quang")), date(2021, 10, 11))
        == 2021
    )
    with pytest.raises(EditRefused):  # without a year given, still refused
        read_row_edit("406-22 han thang 10", resolve, assistant.agencies)
    edit = read_row_edit(
        "406-14 chu tri so xay dung, phoi hop so tai nguyen, so tai chinh",
        resolve,
        assistant.agencies,
    )
    assert edit.lead == ("Sở Xây dựng",)
    assert edit.coordinate == ("Sở Tài nguyên và Môi trường", "Sở Tài chính")


def test_each_unit_is_told_its_rows_old_to_new_and_nothing_of_others():
    """ux38 #8: patch.xlsx made Sở Y tế phối hợp on 406-22 and moved 406-11/Y tế's date; Na
    Hang became phối hợp on 406-14. Each unit's lines, with the row's key; a unit only named
    beside a changed row (its role and the date the same) is told nothing."""
    syt, gt, nh = "Sở Y tế", "Sở Giao thông vận tải", "UBND huyện Na Hang"
    old = {
        "406-22": Entry((gt, syt), (), "Tháng 8/2021"),
        "406-11/Y tế": Entry((syt,), ("Công an tỉnh",), "Tháng 12/2021"),
        "406-14": Entry(("Sở Xây dựng",), (), "Tháng 9/2021"),
    }
    new = {
        "406-22": Entry((gt,), (syt,), "Tháng 8/2021"),
        "406-11/Y tế": Entry((syt,), ("Công an tỉnh",), "Tháng 11/2021"),
        "406-14": Entry(("Sở Xây dựng",), (nh,), "Tháng 9/2021"),
    }
    told = unit_lines(old, new)
    assert told[syt] == [
        "406-11/Y tế: hạn Tháng 12/2021 → Tháng 11/2021",
        "406-22: chủ trì → phối hợp",
    ]
    assert told["Công an tỉnh"] == ["406-11/Y tế: hạn Tháng 12/2021 → Tháng 11/2021"]
    assert told[nh] == ["406-14: giao mới (phối hợp), hạn Tháng 9/2021"]
    assert gt not in told and "Sở Xây dựng" not in told
    assert unit_lines(new, old)[nh] == ["406-14: bỏ (phối hợp)"]  # a rollback: told again
