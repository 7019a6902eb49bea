"""A letter that only informs sets no task and is read whole; one that asks, or dates anything
ahead of its own day, and yields no task still says so."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.model import NO_TASKS
from knowledge.render.letter_text import draft_text

NOTICE = """UBND TỈNH TUYÊN QUANG
SỞ KẾ HOẠCH VÀ ĐẦU TƯ

Số: 640/SKHĐT-ĐKKD
V/v thông báo số doanh nghiệp thành lập mới 6 tháng đầu năm 2022

Tuyên Quang, ngày 12 tháng 7 năm 2022

Kính gửi: UBND các huyện, thành phố.

Sở Kế hoạch và Đầu tư thông báo tình hình đăng ký doanh nghiệp trên địa bàn tỉnh như sau:
1. Từ ngày 01/01/2022 đến ngày 30/6/2022, toàn tỉnh có 214 doanh nghiệp thành lập mới, tăng \
12% so với cùng kỳ năm 2021.
2. UBND huyện Yên Sơn, UBND huyện Sơn Dương có số doanh nghiệp thành lập mới cao nhất trong \
quý II/2022.
{close}

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC
"""
INFORMS = "Sở Kế hoạch và Đầu tư thông báo để các cơ quan, đơn vị biết./."


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "tb.txt")


def test_a_letter_that_only_informs_is_read_whole_with_nothing_to_track(catalogue):
    draft = _read(catalogue, NOTICE.format(close=INFORMS))
    assert draft.tasks == () and draft.problems == ()
    assert draft.letter.number == "640/SKHĐT-ĐKKD"
    assert "không có gì cần theo dõi" in draft_text(draft)


def test_a_close_that_asks_to_act_keeps_the_letter_one_with_a_duty_unread(catalogue):
    asks = INFORMS.replace("biết./.", "biết, thực hiện./.")
    draft = _read(catalogue, NOTICE.format(close=asks))
    assert draft.tasks == () and [str(p) for p in draft.problems] == [NO_TASKS]


def test_a_request_or_a_date_ahead_keeps_the_letter_one_with_a_duty_unread(catalogue):
    # a duty whose date the reader could not read, or a request with no date at all
    for close in (
        "Đề nghị các đơn vị phổ biến kết quả đến các doanh nghiệp./.",
        "Số liệu cả năm sẽ được công bố vào tháng 01/2023./.",
    ):
        draft = _read(catalogue, NOTICE.format(close=close))
        assert draft.tasks == () and [str(p) for p in draft.problems] == [NO_TASKS], close


def test_a_request_cited_or_a_meeting_chaired_asks_nothing_of_the_addressees(catalogue):
    text = NOTICE.format(close=INFORMS).replace(
        "Sở Kế hoạch và Đầu tư thông báo tình hình",
        "Theo đề nghị của Sở Tài chính tại cuộc họp ngày 05/7/2022 do Sở Tài chính chủ trì, "
        "Sở Kế hoạch và Đầu tư thông báo tình hình",
    )
    draft = _read(catalogue, text)
    assert draft.tasks == () and draft.problems == ()
