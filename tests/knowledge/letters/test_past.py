"""A date before the letter's own date: a doubt when other duties read whole, a refusal only
when it is the letter's one deadline."""

from __future__ import annotations

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
