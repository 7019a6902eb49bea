"""A letter's outline: parts, items and points nested as printed, the units a heading addresses,
and the sections a support duty names."""

from __future__ import annotations

import pytest

from knowledge.letters.references import references, refers_to
from knowledge.letters.sections import classify, outline, supports, walk
from knowledge.letters.text import lines_of

BODY = """I. YÊU CẦU CHUNG
Thủ trưởng các cơ quan chịu trách nhiệm về kết quả.
II. NHIỆM VỤ CỤ THỂ
1. Sở Y tế (cơ quan đầu mối của ngành)
a) Lập danh sách cơ sở khám bệnh.
b) Báo cáo kết quả trước ngày 10/6/2022.
2. Các cơ quan, đơn vị, địa phương
Thực hiện chế độ báo cáo.
III. ĐỐI VỚI UBND CÁC HUYỆN, THÀNH PHỐ
Phối hợp với Sở Y tế thực hiện nội dung tại điểm b khoản 1 Mục II.
"""


def _tree(register, text=BODY):
    root, placed = outline(lines_of(text))
    for section in walk(root):
        classify(section, register)
    return root, placed


def test_parts_items_and_points_nest_in_the_order_first_used(register):
    root, placed = _tree(register)
    assert [s.number for s in root.children] == ["I", "II", "III"]
    tasks = root.children[1]
    assert [s.number for s in tasks.children] == ["1", "2"]
    health = tasks.children[0]
    assert [s.number for s in health.children] == ["a", "b"]
    point = health.children[1]
    assert point.path == ("ii", "1", "b")
    assert point.label == "mục II, khoản 1, điểm b"
    # every line knows its innermost section; a heading its own
    line, section = next((ln, s) for ln, s in placed if "10/6/2022" in ln.text)
    assert section is point and line is point.heading
    assert line.text.startswith("Báo cáo")  # the heading without its "b)"
    assert any(ln.text.startswith("b) Báo cáo") for ln in tasks.lines)  # as printed above


def test_what_a_heading_addresses(register):
    root, _ = _tree(register)
    parts = root.children
    health = parts[1].children[0]
    assert health.units == ("Sở Y tế",)  # the bracket after the name is an aside
    assert parts[1].children[1].generic  # the letter's addressees as a whole
    assert len(parts[2].units) == 7  # "ĐỐI VỚI UBND CÁC HUYỆN, THÀNH PHỐ", in capitals
    assert not parts[0].units and not parts[1].units
    assert not [p for s in walk(root) for p in s.problems]


def test_an_unknown_body_heading_a_section_is_a_problem(register):
    root, _ = _tree(register, "1. Sở Du lịch biển đảo\nBáo cáo trước ngày 2/5/2022.\n")
    assert "Sở Du lịch biển đảo" in str(root.children[0].problems[0])


def test_a_duty_whose_first_word_folds_to_a_body_s_is_no_unknown_body(register):
    # "Số hóa …" folds to the "so" of "Sở …": only the marks tell a duty from a body's name
    root, _ = _tree(register, "1. Số hóa hồ sơ hộ tịch còn lại\nHoàn thành trước 2/5/2022.\n")
    assert not root.children[0].problems
    root, _ = _tree(register, "1. So Du lich bien dao\nBao cao truoc ngay 2/5/2022.\n")
    assert root.children[0].problems  # typed without marks, the letters alone decide


def test_a_group_named_by_its_kind_with_its_duty_is_no_unknown_body(register):
    # the units are the table's below it; "Các sở" is a kind of body, not a name to look up
    root, _ = _tree(register, "1. Các sở thực hiện các nhiệm vụ theo bảng sau:\n")
    assert not root.children[0].problems


def test_a_heading_that_is_a_whole_sentence_after_its_units_is_their_duty(register):
    # whatever its verb: the names open a sentence that ends the heading
    root, _ = _tree(
        register, "1. Sở Giáo dục và Đào tạo triển khai học bạ số tại các trường.\nHạn: 5/2022.\n"
    )
    item = root.children[0]
    assert item.units == ("Sở Giáo dục và Đào tạo",) and item.sentence_heading
    root, _ = _tree(register, "1. Sở Giáo dục và Đào tạo và các đơn vị liên quan\n")
    assert not root.children[0].sentence_heading  # a list of names, no sentence


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ("hỗ trợ tại điểm b khoản 1 Mục II văn bản này", [("ii", "1", "b")]),
        ("các Sở nêu tại mục 2 thực hiện nội dung tại điểm a mục 2", [("2", "a")]),
        ("phục vụ báo cáo tại điểm a, điểm c mục 3", [("3", "a"), ("3", "c")]),
        ("theo nội dung tại mục 1, mục 4", [("1",), ("4",)]),
        ("điểm a, b mục 2", [("2", "a"), ("2", "b")]),
        ("nâng cấp theo khoản 3", [("*", "3")]),
        ("đạt mức 4 và đúng mục tiêu", []),  # "mức", not "mục"; "mục tiêu" is no section
    ],
)
def test_references_to_sections(text, paths):
    assert references(text) == paths


def test_a_reference_names_the_section_or_one_within():
    tops = {"i", "ii"}
    assert refers_to(("ii", "1"), ("ii", "1", "b"), tops)
    assert not refers_to(("ii", "1", "b"), ("ii", "1", "a"), tops)
    assert refers_to(("*", "1", "b"), ("ii", "1", "b"), tops)  # no part named: any part's
    assert refers_to(("2",), ("ii", "2"), tops)  # the letter has no part 2: its item 2


@pytest.mark.parametrize(
    ("duty", "support"),
    [
        ("Phối hợp với Sở Y tế thẩm định hồ sơ.", True),  # its first duty
        ("Cử cán bộ tham gia Tổ thẩm định; phối hợp với Sở Y tế chấm điểm.", True),
        ("Theo dõi tiến độ; hỗ trợ các đơn vị thực hiện nội dung tại mục 1.", True),
        ("Theo dõi, đôn đốc; phối hợp với Văn phòng Chính phủ nhận tài khoản.", False),
        ("Xây dựng kế hoạch tuyên truyền của ngành.", False),
    ],
)
def test_a_unit_section_that_supports(register, duty, support):
    root, _ = _tree(register, f"2. Sở Tư pháp\n{duty}\n")
    assert supports(root.children[0], register) is support


def test_points_at_the_top_are_named_points(register):
    root, _ = _tree(register, "a) Rà soát hồ sơ.\nb) Báo cáo trước ngày 2/5/2022.\n")
    assert [s.label for s in root.children] == ["điểm a", "điểm b"]


def test_bodies_said_to_be_concerned_are_no_one(catalogue):
    from knowledge.letters.extract import read_letter

    text = """ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TUYÊN QUANG     Độc lập - Tự do - Hạnh phúc
Số: 88/UBND-NC     Tuyên Quang, ngày 2 tháng 3 năm 2023
V/v thu thập số điện thoại công vụ

Kính gửi:
- Các sở, ban, ngành;
- Các cơ quan, đơn vị có liên quan.

Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nội vụ
Tổng hợp danh bạ số điện thoại công vụ, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/3/2023.
2. Các cơ quan, đơn vị có liên quan
Phối hợp, tạo điều kiện cung cấp số điện thoại cho Sở Nội vụ.
Nơi nhận:
- Như trên;
"""
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "ub.txt")
    assert not draft.problems  # no unit the register lacks, only no unit at all
    (task,) = draft.tasks
    assert task.units == ("Sở Nội vụ",) and task.supporting == ()


@pytest.mark.parametrize(
    ("duty", "helping"),
    [
        ("phối hợp với Sở Y tế thẩm định hồ sơ", True),
        ("nghiên cứu, cho ý kiến góp ý đối với dự thảo, gửi Sở Tư pháp", True),
        ("bảo đảm đường truyền, hỗ trợ tài khoản cho các xã", True),
        ("bảo đảm việc kết xuất số liệu, kịp thời khắc phục lỗi đồng bộ", True),
        ("bảo đảm tiến độ, gửi báo cáo về Sở Y tế", False),  # sends its own work
        ("rà soát hồ sơ, lập danh sách đề nghị", False),
    ],
)
def test_duties_that_help_others(duty, helping):
    from knowledge.letters.helping import helps
    from knowledge.letters.text import plain

    assert helps(plain(duty)) is helping


def test_an_addition_after_the_items_is_the_letters_unless_it_sets_a_date(register):
    text = (
        "1. Sở Y tế\nHoàn thành kết nối trước ngày 30/10/2023.\n\n"
        "Ngoài ra, Sở Thông tin và Truyền thông đề nghị Viễn thông Tuyên Quang hỗ trợ kết nối.\n"
    )
    root, placed = _tree(register, text)
    section = next(s for ln, s in placed if ln.text.startswith("Ngoài ra"))
    assert section is root  # the letter's, no part of item 1
    dated = text.replace("hỗ trợ kết nối.", "báo cáo trước ngày 15/11/2023.")
    root, placed = _tree(register, dated)
    section = next(s for ln, s in placed if ln.text.startswith("Ngoài ra"))
    assert section.number == "1"  # a duty with its own date stays in the item
