"""The notes a draft's review and `python -m bot letter` both say without holding it back: a
letter dated after today first, then each task's date on a day off."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from knowledge.letters.review_notes import dated_ahead, review_notes

LETTER = (
    "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 52/SNV-CCVC\nV/v thống kê hồ sơ trực tuyến\n"
    "Tuyên Quang, ngày 10 tháng 5 năm 2021\n\nKính gửi: UBND các huyện, thành phố.\n\n"
    "Hằng tháng, UBND các huyện, thành phố tổng hợp số hồ sơ nộp trực tuyến, gửi Sở Nội vụ "
    "trước ngày 05 của tháng sau.\n\nTrân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_a_letter_dated_after_today_comes_first_and_only_then(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "nv.txt")
    ahead, day_off = review_notes(draft, catalogue.calendar, date(2021, 5, 9))
    assert ahead == (
        "cần kiểm tra: công văn ghi ngày 10/5/2021, sau hôm nay (9/5/2021): kiểm tra lại ngày "
        "của công văn (đọc nhầm, gõ nhầm, hoặc công văn chưa ký)"
    )
    assert day_off.startswith("nhiệm vụ 1: cần kiểm tra")
    # on its own day, or after it, nothing is said of its date
    assert dated_ahead(draft, date(2021, 5, 10)) == ""
    assert len(review_notes(draft, catalogue.calendar, date(2021, 6, 1))) == 1
