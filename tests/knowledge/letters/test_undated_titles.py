"""The title of work a later sentence dates: the text holds no date, so its first clause says
the work and its last clause (a detail asked of it) does not stand for it."""

from __future__ import annotations

from knowledge.letters.register import Register
from knowledge.letters.titles import title


def test_an_undated_texts_long_last_clause_does_not_replace_its_work(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    text = (
        "Các Sở, ban, ngành thống kê số lượng máy trạm, máy chủ đang vận hành tại cơ quan theo "
        "Mẫu số 03 kèm theo văn bản này; giải trình cụ thể lý do đối với các thiết bị hết hạn "
        "bảo hành chưa được thay thế và kiến nghị phương án xử lý phù hợp."
    )
    assert title(text, [], register).startswith("Thống kê số lượng máy trạm")
