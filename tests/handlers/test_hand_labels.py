"""A file offer's button leads with the task's short title and keeps its key whole (ux23 #2):
"Nộp cho tq-2023-09-20 tháng 9/2023" named nothing an officer reads."""

from __future__ import annotations

from handlers.common import BUTTON_TEXT
from handlers.handed_files import hand_label


def test_the_title_leads_and_the_key_follows():
    label = hand_label("Mẫu số 02 — tháng 9/2023", "tq-2023-09-20@2023-09-20")
    assert label == "Nộp: Mẫu số 02 — tháng 9/2023 (tq-2023-09-20 tháng 9/2023)"


def test_a_long_title_is_cut_at_a_word_and_the_key_stays_whole():
    title = "Cử 01 lãnh đạo và 01 cán bộ đầu mối phụ trách dịch vụ công trực tuyến của đơn vị"
    label = hand_label(title, "tq-2023-08-28")
    assert len(label) <= BUTTON_TEXT and label.endswith("… (tq-2023-08-28)"), label
    assert label.startswith("Nộp: Cử 01 lãnh đạo")


def test_no_title_names_the_key():
    assert hand_label("", "tq-2021-08-20") == "Nộp cho tq-2021-08-20"
