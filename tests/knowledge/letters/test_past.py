"""A date before the letter's own date: a doubt when other duties read whole, a refusal only
when it is the letter's one deadline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.letters.extract import read_letter

AMENDING = """UBND TỈNH TUYÊN QUANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN

Số: 310/SNN-VP
V/v điều chỉnh thời hạn báo cáo

Tuyên Quang, ngày 10 tháng 9 năm 2022

Kính gửi: UBND các huyện, thành phố.

1. Văn bản số 250/SNN-VP đã đề nghị các đơn vị gửi danh sách cán bộ đầu mối trước ngày 15/8/2022.
2. Nay đề nghị UBND các huyện, thành phố báo cáo kết quả rà soát thủ tục (theo Biểu số 01) gửi \
về Sở Nông nghiệp và Phát triển nông thôn trước ngày 30/9/2022.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snn.txt")


def test_a_cited_past_deadline_is_a_doubt_not_a_refusal(catalogue):
    draft = _read(catalogue, AMENDING)
    assert [t.deadline for t in draft.tasks] == [date(2022, 9, 30)]
    assert draft.tasks[0].forms == ("Biểu số 01",) and len(draft.tasks[0].units) == 7
    assert not draft.unread  # read whole: the coordinator may publish after checking
    (doubt,) = draft.problems
    assert doubt.doubt and doubt.line is not None
    assert "15/8/2022 trước ngày của công văn" in doubt.message


def test_a_letter_whose_only_deadline_has_passed_is_refused(catalogue):
    text = AMENDING.replace("trước ngày 30/9/2022", "trước ngày 05/9/2022")
    draft = _read(catalogue, text)
    assert draft.unread
    assert any("5/9/2022 trước ngày của công văn" in p.message for p in draft.unread)
    assert not draft.publishable


def test_a_cited_documents_target_and_a_validity_date_are_no_tasks(catalogue):
    text = AMENDING.replace(
        "1. Văn bản số 250/SNN-VP đã đề nghị các đơn vị gửi danh sách cán bộ đầu mối trước ngày "
        "15/8/2022.",
        "1. Để đạt chỉ tiêu tại Kế hoạch số 40/KH-UBND (tối thiểu 50% hồ sơ trực tuyến đến hết "
        "ngày 31/12/2022), các tài khoản đã cấp có giá trị sử dụng đến hết ngày 30/11/2022.",
    )
    draft = _read(catalogue, text)
    assert [t.deadline for t in draft.tasks] == [date(2022, 9, 30)]
    assert not draft.problems


OWN_PASSED = """UBND TỈNH TUYÊN QUANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN

Số: 311/SNN-VP
V/v rà soát thủ tục hành chính

Tuyên Quang, ngày 10 tháng 9 năm 2022

Kính gửi: UBND các huyện, thành phố.

1. UBND các huyện, thành phố
a) Rà soát thủ tục hành chính cấp huyện (theo Biểu số 01).
b) Kết quả gửi về Sở Nông nghiệp và Phát triển nông thôn chậm nhất ngày 25/8/2022.
2. Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, UBND các huyện, thành phố báo cáo \
kết quả giải quyết hồ sơ trực tuyến gửi về Sở Nông nghiệp và Phát triển nông thôn.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_duty_asked_by_a_passed_date_stays_with_its_date_to_correct(catalogue):
    from knowledge.letters.publish import blockers
    from knowledge.letters.settling import corrected

    draft = _read(catalogue, OWN_PASSED)
    first = draft.tasks[0]
    assert first.deadline == date(2022, 8, 25) and first.forms == ("Biểu số 01",)
    assert len(draft.tasks) == 2
    (unread,) = draft.unread  # no doubt to wave through: the date must be corrected
    assert "25/8/2022 trước ngày của công văn" in unread.message
    assert "sửa hạn nv 1 thành" in unread.message
    assert not draft.publishable
    said = blockers(draft, catalogue, catalogue.province("tuyen-quang"))
    assert len([s for s in said if "25/8/2022" in s]) == 1  # said once
    fixed = corrected(draft, 0, replace(first, deadline=date(2022, 9, 25)), deadline=True)
    assert fixed.publishable


def test_a_passed_deadline_an_earlier_plan_set_is_cited(catalogue):
    text = OWN_PASSED.replace(
        "a) Rà soát thủ tục hành chính cấp huyện (theo Biểu số 01).\n"
        "b) Kết quả gửi về Sở Nông nghiệp và Phát triển nông thôn chậm nhất ngày 25/8/2022.\n",
        "Theo Kế hoạch số 40/KH-UBND, các đơn vị hoàn thành rà soát thủ tục trước ngày "
        "25/8/2022.\n",
    )
    draft = _read(catalogue, text)
    assert [t.deadline for t in draft.tasks] == [None]
    (doubt,) = draft.problems
    assert doubt.doubt and "Đã kiểm tra" in doubt.message and "thêm nhiệm vụ" not in doubt.message


CONCLUSION = """UBND TỈNH TUYÊN QUANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG                      Độc lập - Tự do - Hạnh phúc
Số: 45/TB-VP                   Tuyên Quang, ngày 2 tháng 10 năm 2023
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số quý III/2023

Ngày 28/9/2023, Chủ tịch UBND tỉnh chủ trì cuộc họp về chuyển đổi số. Sau khi nghe báo cáo, \
Chủ tịch UBND tỉnh kết luận như sau:

I. KẾT QUẢ THỰC HIỆN
Các cơ quan đã hoàn thành phần lớn nhiệm vụ; việc gửi báo cáo quý về Sở Thông tin và Truyền \
thông trước ngày 15/9/2023 còn chậm.
II. NHIỆM VỤ
1. Giao Sở Nội vụ hoàn thiện quy chế, gửi Văn phòng UBND tỉnh trước ngày 20/10/2023.
Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:
- Sở Nội vụ;
"""


def test_a_passed_date_no_unit_owes_recounts_and_refuses_nothing(catalogue):
    # a conclusion's first part tells what was late: no duty, and nobody to correct it for
    draft = _read(catalogue, CONCLUSION)
    assert [t.deadline for t in draft.tasks] == [date(2023, 10, 20)]
    assert draft.tasks[0].units == ("Sở Nội vụ",)
    assert not draft.unread
    assert all(p.doubt for p in draft.problems)


def test_a_notice_going_straight_into_its_parts_is_read(catalogue):
    # no Kính gửi and no opening sentence: the body starts at its first part
    intro = CONCLUSION[CONCLUSION.index("Ngày 28/9") : CONCLUSION.index("I. KẾT")]
    draft = _read(catalogue, CONCLUSION.replace(intro, ""))
    assert [t.units for t in draft.tasks] == [("Sở Nội vụ",)]
    assert not draft.unread
