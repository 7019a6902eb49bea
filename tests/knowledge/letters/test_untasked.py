"""The safety net under the reader (knowledge/letters/untasked.py): a section that names units
and dates their work ahead of the letter, but drafted no task, is said under "Cần kiểm tra" at
its line; the dates that set nothing stay silent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.letters import dating
from knowledge.letters.extract import read_letter
from knowledge.letters.untasked import NOT_DRAFTED, missed

LETTERS = Path(__file__).resolve().parents[2] / "data" / "letters"

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Số: 801/STTTT-CNTT
V/v rà soát hệ thống một cửa điện tử

Tuyên Quang, ngày 04 tháng 10 năm 2021

Kính gửi:
- Các Sở, ban, ngành;
- UBND các huyện, thành phố.

Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2021 của UBND tỉnh, trong đó các cơ quan đã hoàn \
thành kết nối trong tháng 3/2021, Sở Thông tin và Truyền thông đề nghị:

1. Các Sở, ban, ngành
Rà soát tài khoản trên Hệ thống một cửa điện tử, báo cáo (theo Mẫu số 01) gửi về Sở Thông \
tin và Truyền thông trước ngày 20/10/2021.

2. UBND các huyện, thành phố
Báo cáo số liệu tính đến ngày 30/9/2021 (theo Mẫu số 02) gửi về Sở Thông tin và Truyền \
thông trước ngày 25/10/2021.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def _read(catalogue, text, name="cv801.txt"):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), name)


def _net(draft):
    return [p for p in draft.problems if NOT_DRAFTED in p.message]


def test_a_letter_read_whole_raises_nothing(catalogue):
    draft = _read(catalogue, LETTER)
    assert [t.deadline for t in draft.tasks] == [date(2021, 10, 20), date(2021, 10, 25)]
    # the grounds' past month and the figures' "tính đến" date set nothing
    assert draft.problems == ()


@pytest.fixture
def blind(monkeypatch):
    """The reader missing every dated duty the sender is named before (as it once took "chia
    sẻ" for the sender's "sẽ"): what the net is for."""
    monkeypatch.setattr(dating, "_own_work", lambda line, found, sender, register: True)


def test_a_section_whose_date_was_missed_is_said_at_its_line(catalogue, blind):
    draft = _read(catalogue, LETTER)
    assert draft.tasks == ()
    lines = _net(draft)
    assert [p.line for p in lines] == [16, 19]
    first = str(lines[0])
    assert first.startswith("dòng 16: cần kiểm tra: mục 1 có hạn 20/10/2021")
    assert "thêm nhiệm vụ:" in first
    assert all(p.doubt for p in lines)  # read whole otherwise: checked, never refused


def test_the_missed_section_of_ux20_letter_742_is_said(catalogue, monkeypatch):
    # as the reader once did: mục 2's report "kết nối, chia sẻ dữ liệu …" dropped, mục 1 read
    monkeypatch.setattr(
        dating, "_own_work", lambda line, found, sender, register: "chia sẻ" in line.text
    )
    path = LETTERS / "ux20_cv742.txt"
    draft = _read(catalogue, path.read_text(encoding="utf-8"), path.name)
    (line,) = _net(draft)
    assert str(line).startswith("dòng 25: cần kiểm tra: mục 2 có hạn 15/10/2021")


def test_only_the_section_missed_is_said(catalogue, monkeypatch):
    monkeypatch.setattr(
        dating, "_own_work", lambda line, found, sender, register: "Rà soát" in line.text
    )
    draft = _read(catalogue, LETTER)
    assert [t.deadline for t in draft.tasks] == [date(2021, 10, 25)]
    assert [p.line for p in _net(draft)] == [16]


def test_a_recurrence_missed_is_said_by_its_phrase(catalogue, blind):
    path = LETTERS / "ux20_cv742.txt"
    draft = _read(catalogue, path.read_text(encoding="utf-8"), path.name)
    monthly, once = _net(draft)
    assert str(monthly).startswith(
        "dòng 22: cần kiểm tra: mục 1 có hạn “Định kỳ hằng tháng, trước ngày 05 của tháng sau” "
        "nhưng chưa thành nhiệm vụ"
    )
    assert missed(monthly) == ("mục 1", None)
    assert missed(once) == ("mục 2", date(2021, 10, 15))
