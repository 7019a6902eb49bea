"""The readings of q23b: whether one unit sent one task's document or did one row
(sent_asked.py), how a letter's tasks stand (letter_standing.py), a row said not done by its key
(undone_said.py). Pure: the catalogue with a letter of our own published (Mẫu số 01 to four Sở,
15/5/2021), no database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.reader.ask import Assistant
from knowledge.reader.letter_standing import letter_standing_asked
from knowledge.reader.sent_asked import sent_asked
from knowledge.reader.undone_said import undone_said
from tests.letterkit import published

LETTER = Path(__file__).resolve().parents[2] / "data" / "letters" / "q23b_cv618.txt"
TODAY = date(2021, 4, 27)
SLUG = "tuyen-quang"
TASK = "tq-2021-05-15"


@pytest.fixture(scope="module")
def reader(catalogue):
    grown, _ = published(catalogue, SLUG, LETTER.read_text(encoding="utf-8"), LETTER.name)
    return Assistant(grown)


def read(reader, text, agency=None):
    province = reader.catalogue.province(SLUG)
    parsed = reader.parse(text, TODAY, province)
    return sent_asked(parsed, reader.ask(text, TODAY, SLUG, agency))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "đầu tư" is no "đâu" (where): the unit's name is left out before asking words
        ("so ke hoach dau tu nop mau 01 chua", "Sở Kế hoạch và Đầu tư"),
        ("Sở Tài chính đã gửi mẫu số 01 chưa ạ", "Sở Tài chính"),
        ("mau 01 so tu phap nop chua a", "Sở Tư pháp"),
    ],
)
def test_a_unit_and_a_task_named_in_any_order_read_as_whether_it_sent(reader, text, unit):
    found = read(reader, text)
    assert found is not None and found.sure
    assert (found.key, found.is_task, found.unit) == (TASK, True, unit)


def test_a_row_and_a_unit_read_as_whether_the_row_is_done(reader):
    found = read(reader, "so tnmt 406-20 xong chua")
    assert found is not None and found.sure
    assert (found.key, found.is_task, found.unit) == (
        "406-20",
        False,
        "Sở Tài nguyên và Môi trường",
    )


def test_the_askers_own_unit_when_none_is_named(reader):
    found = read(reader, "bên em nộp mẫu 01 chưa", agency="Sở Y tế")
    assert found is not None and (found.key, found.unit) == (TASK, None)


@pytest.mark.parametrize(
    "text",
    [
        "so tai chinh nop mau 01 khi nao",  # when: the task's card
        "mau 01 nop o dau",  # where
        "ai chua nop mau 01",  # who: /nopbai's list of units
        "cac so da nop mau 01 chua",  # several units
        "so tai chinh nop mau 01 roi",  # said, not asked
        "so tai chinh va so y te nop mau 01 chua",  # two units
    ],
)
def test_other_questions_are_not_one_units_standing(reader, text):
    assert read(reader, text) is None


def letter_read(reader, text):
    return letter_standing_asked(reader.parse(text, TODAY, reader.catalogue.province(SLUG)))


@pytest.mark.parametrize(
    "text", ["cv 618 tinh hinh the nao", "công văn 618 tiến độ ra sao", "cv 618 ai chưa nộp"]
)
def test_a_letter_named_by_number_with_progress_words_asks_its_standing(reader, text):
    found = letter_read(reader, text)
    assert found is not None and found.sure
    assert found.letter.number == "618/STTTT-CNTT"


@pytest.mark.parametrize("text", ["cv 618 gồm những gì", "cv 618 hạn khi nào", "618 tinh hinh"])
def test_what_a_letter_asks_or_a_bare_figure_is_not_its_standing(reader, text):
    assert letter_read(reader, text) is None


@pytest.mark.parametrize(
    "text",
    ["406-20 chua xong", "nham roi, 406-20 chua xong dau", "406-20 vẫn chưa hoàn thành nhé"],
)
def test_a_row_said_not_done_by_its_key(text):
    found = undone_said(text)
    assert found is not None and found.sure and found.key == "406-20"


@pytest.mark.parametrize(
    "text",
    [
        "406-20 xong chua",  # asked
        "sao 406-20 chua xong",  # asked why
        "406-20 chua xong a?",
        "406-20 chua xong, vuong mac cho huong dan",  # a status with its note: the statement's
        "406-20 va 406-21 chua xong",  # two rows
        "406-20 xong roi",
    ],
)
def test_other_texts_are_not_a_row_said_not_done(text):
    assert undone_said(text) is None
