"""A letter named by what it is about ("công văn số hóa yêu cầu nộp gì"): its subject's words,
said to be a letter's, name it; words every subject prints, or no letter word, name none."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.language.text import tokenize
from knowledge.letters.sources import TrackedLetter
from knowledge.reader.ask import Assistant
from knowledge.reader.letter_subjects import described_letter
from tests.letterkit import published

SLUG = "tuyen-quang"
LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 702/STTTT-CNTT
V/v báo cáo kết quả số hóa hồ sơ thủ tục hành chính
Tuyên Quang, ngày 04 tháng 10 năm 2021
Kính gửi: Sở Y tế; Sở Tư pháp.
1. Sở Y tế thống kê hồ sơ thủ tục hành chính đã được số hóa trong quý III, gửi về Sở Thông
tin và Truyền thông trước ngày 25/10/2021.
2. Sở Tư pháp lập danh sách cán bộ đầu mối theo Mẫu số 01, gửi về Sở Thông tin và Truyền thông
trước ngày 20/10/2021.
"""


def _letter(key: str, subject_words: str) -> tuple[TrackedLetter, str]:
    return TrackedLetter(key, key, None, False, ()), subject_words


def test_a_pair_one_subject_prints_names_that_letter_when_a_letter_is_asked_of():
    a, sa = _letter("a", "báo cáo tình hình số hóa hồ sơ")
    b, sb = _letter("b", "báo cáo kết quả thanh toán trực tuyến")
    subjects = {"a": sa, "b": sb}
    assert described_letter(tokenize("cong van so hoa yeu cau gi"), [a, b], subjects) == a
    assert described_letter(tokenize("vb thanh toan truc tuyen han nao"), [a, b], subjects) == b
    # "báo cáo" is both letters' subject: it names neither
    assert described_letter(tokenize("công văn báo cáo hạn nào"), [a, b], subjects) is None
    # no letter word: the words may be a service's or a task's, read as such elsewhere
    assert described_letter(tokenize("so hoa ho so han nao"), [a, b], subjects) is None


@pytest.fixture(scope="module")
def reader(catalogue):
    with_letter, draft = published(catalogue, SLUG, LETTER, "cv702.txt")
    assert len(draft.tasks) == 2
    return Assistant(with_letter)


def test_the_letter_asked_of_by_its_subject_lists_the_askers_task_first(reader):
    answer = reader.ask("cong van so hoa yeu cau nop gi", date(2021, 10, 11), SLUG, "Sở Y tế")
    assert answer.intent == "task"
    assert [t.task.due for t in answer.tasks][:1] == [date(2021, 10, 25)]
    assert "702/STTTT-CNTT" in answer.html or "25/10/2021" in answer.html


def test_without_a_letter_word_the_same_words_are_not_a_letter(reader):
    answer = reader.ask("yêu cầu cấp điện hạ áp", date(2021, 10, 11), SLUG, "Sở Y tế")
    assert answer.intent != "task"
