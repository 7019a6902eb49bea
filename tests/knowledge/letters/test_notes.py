"""Deadlines printed outside the body (a footnote, a note after the signature) and a Kính gửi
naming units by what they do, resolved by the list it points to."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

HEAD = (
    "UBND TỈNH TUYÊN QUANG\nSỞ XÂY DỰNG\nSố: 95/SXD-QLN\nV/v báo cáo nhà ở xã hội\n"
    "Tuyên Quang, ngày 03 tháng 4 năm 2024\n\n"
)
SIGNED = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Minh\n"


def _tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_a_deadline_in_a_footnote_is_the_task_that_calls_it(catalogue):
    text = (
        HEAD
        + "Kính gửi: UBND các huyện, thành phố.\n\n"
        + "Thực hiện Nghị định số 100/2024/NĐ-CP¹, Sở Xây dựng đề nghị UBND các huyện, thành "
        "phố rà soát nhu cầu nhà ở xã hội (theo Mẫu số 02), gửi Sở Xây dựng (qua Phòng Quản lý "
        "nhà)2.\n"
        + SIGNED
        + "¹ Nghị định ngày 26/7/2024 của Chính phủ.\n"
        + "² Thời hạn gửi: trước ngày 19/4/2024.\n"
    )
    (task,) = read_letter(text, catalogue, _tq(catalogue), "xd.txt").tasks
    assert (task.deadline, task.deadline_text) == (date(2024, 4, 19), "trước ngày 19/4/2024")
    assert len(task.units) == 7 and task.forms == ("Mẫu số 02",)


def test_a_deadline_in_a_note_after_the_signature(catalogue):
    text = (
        HEAD
        + "Kính gửi: UBND các huyện, thành phố.\n\n"
        + "UBND các huyện, thành phố báo cáo kết quả phát triển nhà ở xã hội, gửi Sở Xây dựng "
        "theo thời hạn tại phần Ghi chú cuối văn bản.\n"
        + SIGNED
        + "Ghi chú: Hạn gửi báo cáo: chậm nhất ngày 26/4/2024.\n"
    )
    (task,) = read_letter(text, catalogue, _tq(catalogue), "xd.txt").tasks
    assert task.deadline == date(2024, 4, 26) and len(task.units) == 7


def test_a_note_stands_in_its_sentence_and_the_list_after_it_is_read(catalogue):
    text = (
        HEAD
        + "Kính gửi: UBND các huyện, thành phố.\n\n"
        + "UBND các huyện, thành phố báo cáo kết quả phát triển nhà ở xã hội, gửi Sở Xây dựng "
        "theo thời hạn tại phần Ghi chú cuối văn bản. Báo cáo gồm:\n"
        + "+ Số căn hộ đã xây;\n+ Khó khăn, vướng mắc.\n"
        + SIGNED
        + "Ghi chú: Hạn gửi báo cáo: chậm nhất ngày 26/4/2024.\n"
    )
    (task,) = read_letter(text, catalogue, _tq(catalogue), "xd.txt").tasks
    assert task.deadline == date(2024, 4, 26)
    assert task.contents == ("Số căn hộ đã xây;", "Khó khăn, vướng mắc.")


def test_a_kinh_gui_by_function_is_the_units_its_bracket_names(catalogue):
    text = (
        HEAD
        + "Kính gửi: Các cơ quan có dự án nhà ở chậm tiến độ (gồm:\n"
        + "Sở Tài chính, Sở Kế hoạch và Đầu tư,\nUBND huyện Yên Sơn).\n\n"
        + "Đề nghị các cơ quan báo cáo nguyên nhân chậm tiến độ, gửi Sở Xây dựng trước ngày "
        "15/4/2024.\n" + SIGNED
    )
    draft = read_letter(text, catalogue, _tq(catalogue), "xd.txt")
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND huyện Yên Sơn"}
    assert not draft.problems


def test_a_kinh_gui_by_function_is_the_units_of_the_list_attached(catalogue):
    text = (
        HEAD
        + "Kính gửi: Các cơ quan quản lý dự án nhà ở (theo Danh sách kèm theo).\n\n"
        + "Đề nghị các cơ quan báo cáo tiến độ dự án, gửi Sở Xây dựng trước ngày 15/4/2024.\n"
        + SIGNED
        + "\nDANH SÁCH CÁC CƠ QUAN QUẢN LÝ DỰ ÁN NHÀ Ở\n"
        + "STT | Cơ quan | Số dự án\n1 | Sở Tài chính | 2\n2 | UBND huyện Hàm Yên | 1\n"
    )
    draft = read_letter(text, catalogue, _tq(catalogue), "xd.txt")
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Tài chính", "UBND huyện Hàm Yên"}
    assert not draft.problems


def test_a_report_dated_again_in_the_closing_paragraph_is_one_task_with_a_doubt(catalogue):
    text = (
        HEAD
        + "Kính gửi: UBND các huyện, thành phố.\n\n"
        + "1. Rà soát quỹ đất nhà ở xã hội; báo cáo kết quả (theo Mẫu số 03) gửi về Sở Xây dựng "
        "trước ngày 22/4/2024.\n"
        + "2. Cập nhật dữ liệu nhà ở trên hệ thống, hoàn thành trước ngày 30/5/2024.\n"
        + "Để kịp tổng hợp, đề nghị UBND các huyện, thành phố gửi báo cáo nêu tại mục 1 về Sở "
        "Xây dựng chậm nhất ngày 18/4/2024./.\n" + SIGNED
    )
    draft = read_letter(text, catalogue, _tq(catalogue), "xd.txt")
    survey, update = draft.tasks
    assert survey.deadline == date(2024, 4, 18)  # the earlier of the two, said as a doubt
    assert update.deadline == date(2024, 5, 30)
    (doubt,) = draft.problems
    assert doubt.doubt and "22/4/2024" in str(doubt) and "18/4/2024" in str(doubt)


def test_a_group_listed_in_a_footnote_owes_its_item_alone(catalogue):
    text = (
        HEAD
        + "Kính gửi:\n- Các sở, ban, ngành;\n- UBND các huyện, thành phố.\n\n"
        + "Sở Xây dựng đề nghị các cơ quan, đơn vị thực hiện:\n"
        + "1. Các đơn vị quản lý quỹ đất lớn(1)\n"
        + "Rà soát quỹ đất dành cho nhà ở xã hội, gửi Sở Xây dựng trước ngày 22/4/2024.\n"
        + "2. UBND các huyện, thành phố\n"
        + "Báo cáo nhu cầu nhà ở của công nhân, gửi Sở Xây dựng trước ngày 26/4/2024.\n"
        + SIGNED
        + "(1) Gồm: Sở Tài nguyên và Môi trường, Sở Kế hoạch và Đầu tư.\n"
    )
    first, second = read_letter(text, catalogue, _tq(catalogue), "xd.txt").tasks
    # the footnote's list, not every addressee the group's words would mean
    assert first.units == ("Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư")
    assert len(second.units) == 7 and "Sở Tài nguyên và Môi trường" not in second.units
