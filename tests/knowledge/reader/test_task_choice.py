"""A form, a letter's number or a task's words naming several tasks: the evidence weighs which
(the asker's unit, the day, a period, a letter), and what it cannot tell apart is offered.

The province here has the seeds' letters and a letter of 2022 (tests/data/letter_2022-03.txt,
415/STTTT-CNTT, written for these tests) whose first task asks the districts for their own "Biểu
số 02" before 31/3/2022 and whose second asks the Sở, ban, ngành for "Mẫu số 03" by 15/4/2022.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.language.text import tokenize
from knowledge.letters.sources import tracked_letters
from knowledge.reader.ask import Assistant
from knowledge.reader.letter_refs import find_letters
from knowledge.reader.periods import Period
from knowledge.reader.task_choice import Clues, current, narrowed, occurrences
from knowledge.reader.writes import Offer, Unclear, statement
from knowledge.rules.standing import Mark
from tests import letterkit

LETTER = Path(__file__).resolve().parents[2] / "data" / "letter_2022-03.txt"
SLUG = "tuyen-quang"
DOSSIER = "tq-2021-04-20"  # the seed's BIỂU 02, owed by the Sở, ban, ngành; the districts comment
ANNEXES = "tq-2021-05-20"  # the seed's Phụ lục I–IV
DISTRICT = "UBND huyện Hàm Yên"
HEALTH = "Sở Y tế"
MARCH = date(2022, 3, 14)  # the 2022 letter is in force, its tasks ahead
JUNE = date(2022, 6, 14)  # every Biểu 02 is past


@pytest.fixture(scope="module")
def published(catalogue):
    return letterkit.published(catalogue, SLUG, LETTER.read_text(encoding="utf-8"), "cv415.txt")[0]


@pytest.fixture(scope="module")
def reader(published):
    return Assistant(published)


@pytest.fixture(scope="module")
def province(published):
    return published.province(SLUG)


def _ids(answer) -> list[str]:
    return [t.task.id for t in answer.tasks]


def test_the_later_letters_form_is_read_however_its_filler_is_typed(reader, province):
    form = next(t for t in province.tasks if t.form == "Biểu số 02")
    for typed in ("bieu so 02", "biểu 02", "Bieu 2", "BIỂU SỐ 02"):
        parsed = reader.parse(f"{typed} nop khi nao", MARCH, province)
        assert {r.task.id for r in parsed.tasks} == {DOSSIER, form.id}, typed


def test_a_form_two_letters_ask_for_is_the_askers_own(reader):
    """A district owes the 2022 Biểu số 02, not the 2021 dossier it only comments on; a Sở owes
    the 2021 one (still late) and not the districts' 2022 one."""
    answer = reader.ask("bieu so 02 nop khi nao", MARCH, SLUG, DISTRICT)
    assert answer.sure and _ids(answer) == ["tq-2022-03-31"]
    assert "UBND huyện Hàm Yên: thuộc đối tượng phải thực hiện" in answer.text
    # the other task the form names is said beside it, not hidden
    assert "Nhiệm vụ khác cũng khớp câu hỏi:" in answer.text and DOSSIER in answer.text
    answer = reader.ask("bieu 02 han khi nao a", MARCH, SLUG, HEALTH)
    assert answer.sure and _ids(answer) == [DOSSIER]


def test_without_an_asker_the_current_one_else_the_choice(reader):
    answer = reader.ask("bieu so 02 nop khi nao", MARCH, SLUG)
    assert answer.sure and _ids(answer) == ["tq-2022-03-31"]
    # in June both are past: nothing tells them apart, so both are offered
    answer = reader.ask("bieu so 02 nop khi nao", JUNE, SLUG)
    assert answer.intent == "task" and not answer.sure and answer.close
    assert sorted(_ids(answer)) == [DOSSIER, "tq-2022-03-31"]
    assert answer.text.startswith("Câu hỏi khớp 2 nhiệm vụ. Có phải bạn hỏi…")
    # a date or a year the question gives decides
    for question in ("bieu 02 han 31/3 nop gi", "bieu 02 nam 2022", "bieu 02 nam 2021"):
        answer = reader.ask(question, JUNE, SLUG)
        assert answer.sure and len(answer.tasks) == 1, question
    assert _ids(reader.ask("bieu 02 nam 2021", JUNE, SLUG)) == [DOSSIER]


def test_with_the_seeds_alone_a_form_names_its_one_task(assistant):
    answer = assistant.ask("bieu 02 nop khi nao", date(2021, 4, 13), SLUG, DISTRICT)
    assert answer.sure and _ids(answer) == [DOSSIER]
    assert "Nhiệm vụ khác" not in answer.text


def test_narrowed_weighs_letter_period_asker_then_day(province):
    later = province.task("tq-2022-03-31")
    dossier = province.task(DOSSIER)
    both = (dossier, later)
    assert narrowed(both, province, Clues(agency=DISTRICT)) == (later,)
    assert narrowed(both, province, Clues(agency=HEALTH)) == (dossier,)
    assert narrowed(both, province, Clues(today=MARCH)) == (later,)
    assert narrowed(both, province, Clues(today=JUNE)) == both
    april = Period(date(2021, 4, 1), date(2021, 4, 30), "tháng 4/2021")
    assert narrowed(both, province, Clues(today=MARCH, periods=(april,))) == (dossier,)
    assert narrowed(both, province, Clues(letter=(later.id,), agency=HEALTH)) == (later,)
    # a period no task falls in says nothing: the rest still weighs
    may = Period(date(2023, 5, 1), date(2023, 5, 31), "tháng 5/2023")
    assert narrowed(both, province, Clues(today=MARCH, periods=(may,))) == (later,)
    assert current(later, MARCH) and not current(later, JUNE)


def test_a_letter_is_named_by_its_number_only_when_said_to_be_a_letter(published, province):
    letters = tracked_letters(published, province)
    for typed in ("cv 415", "công văn số 415", "cong van 415/STTTT-CNTT", "415/stttt", "vb 415"):
        refs = find_letters(tokenize(f"{typed} nop gi"), letters)
        assert [r.letters[0].number for r in refs] == ["415/STTTT-CNTT"], typed
    # a figure alone, or one no letter in force has, is no letter
    for typed in ("415 nop gi", "cv 416 nop gi", "số 415", "mục 41"):
        assert find_letters(tokenize(typed), letters) == [], typed


def test_a_letter_asked_about_lists_its_tasks_and_the_askers_standing(reader):
    answer = reader.ask("cv 415 nop gi", MARCH, SLUG)
    assert answer.intent == "task" and _ids(answer) == ["tq-2022-03-31", "tq-2022-04-15"]
    assert answer.text.startswith("📨 Công văn số 415/STTTT-CNTT ngày 10/3/2022")
    asked = reader.understand("công văn 415 yêu cầu gửi gì", MARCH, SLUG, DISTRICT)
    assert asked.needs_statuses  # where the unit stands comes from the statuses
    done = {("tq-2022-03-31", DISTRICT): Mark("hoan_thanh", date(2022, 3, 12))}
    answer = reader.answer(asked, done)
    mine = [t for t in answer.tasks if t.unit == DISTRICT]
    assert [(t.task.id, t.standing) for t in mine] == [("tq-2022-03-31", "done")]
    text = answer.text
    assert "Việc của UBND huyện Hàm Yên" in text and "✅ đã nộp" in text
    assert "UBND huyện Hàm Yên: không thuộc đối tượng phải thực hiện" in text  # the Mẫu số 03
    late = reader.answer(reader.understand("cv 415 nop gi", JUNE, SLUG, HEALTH), {})
    assert [(t.task.id, t.standing) for t in late.tasks if t.unit] == [("tq-2022-04-15", "late")]
    # the letter and one of its tasks' words: that task
    answer = reader.ask("cv 415 bao cao so hoa ho so", MARCH, SLUG, HEALTH)
    assert answer.sure and _ids(answer) == ["tq-2022-04-15"]


def test_tasks_named_among_a_units_own_offers_what_it_cannot_tell(reader, province):
    mine = province.tasks_of(HEALTH)
    named = reader.tasks_named("ho so de xuat", MARCH, province, HEALTH, mine)
    assert [t.id for t in named.tasks] == [DOSSIER]
    # "báo cáo" fits two of its tasks as well; the current one is chosen in March
    named = reader.tasks_named("bao cao", MARCH, province, HEALTH, mine)
    assert [t.id for t in named.tasks] == ["tq-2022-04-15"]
    named = reader.tasks_named("bao cao", JUNE, province, HEALTH, mine)
    assert sorted(t.id for t in named.tasks) == [ANNEXES, "tq-2022-04-15"]
    named = reader.tasks_named("bao cao thang 4/2022", JUNE, province, HEALTH, mine)
    assert [t.id for t in named.tasks] == ["tq-2022-04-15"]
    assert reader.tasks_named("abc xyz", MARCH, province, HEALTH, mine).tasks == ()


@pytest.mark.parametrize(
    ("text", "agency", "expected"),
    [
        ("ben em nop bieu 02 roi", DISTRICT, Offer("tq-2022-03-31", "hoan_thanh")),
        ("bên em nộp biểu 02 rồi", HEALTH, Offer(DOSSIER, "hoan_thanh")),
        ("đã gửi phụ lục rồi", HEALTH, Offer(ANNEXES, "hoan_thanh")),
        ("da gui bieu so 02 roi a", DISTRICT, Offer("tq-2022-03-31", "hoan_thanh")),
        # what follows the marker is the note
        (
            "nop bieu 02 roi, ban giay gui sau",
            DISTRICT,
            Offer("tq-2022-03-31", "hoan_thanh", "ban giay gui sau"),
        ),
        ("chua nop bieu 02 roi", DISTRICT, None),  # not done
        ("nop bieu 02 chua", DISTRICT, None),  # a question
        ("em nop gplx roi", HEALTH, None),  # after the verb only a task is the object
    ],
)
def test_a_statement_about_a_form_is_about_the_writers_task(
    reader, province, text, agency, expected
):
    assert statement(text, reader, province, MARCH, agency) == expected


def test_a_statement_fitting_two_owed_tasks_is_asked_back(reader, province):
    found = statement("da gui bao cao roi", reader, province, JUNE, HEALTH)
    assert isinstance(found, Unclear) and sorted(found.keys) == [ANNEXES, "tq-2022-04-15"]


def test_a_period_names_one_occurrence_of_a_recurring_task(catalogue):
    """ "/nop báo cáo tháng 6": the occurrence due in June, not the oldest still owed."""
    province = catalogue.province("khanh-hoa")
    sync, report = province.task("kh-monthly-sync"), province.task("kh-2020-04-10")
    june = Period(date(2020, 6, 1), date(2020, 6, 30), "tháng 6/2020")
    assert occurrences([sync, report], [june]) == {sync.id: date(2020, 6, 1)}
    summer = Period(date(2020, 6, 1), date(2020, 8, 31), "quý III")
    assert occurrences([sync], [summer]) == {}  # three: the period names none of them


def test_a_month_the_words_do_not_fit_offers_both_not_one_guessed(reader, province):
    """ "báo cáo tháng 4/2021": the words fit the reports, but what Sở Y tế owed in April 2021
    is the dossier: the words and the month disagree, so both are offered; words that fit a task
    due in the month keep that one."""
    mine = province.tasks_of(HEALTH)
    named = reader.tasks_named("bao cao thang 4/2021", JUNE, province, HEALTH, mine)
    ids = [t.id for t in named.tasks]
    assert DOSSIER in ids and len(ids) > 1
    named = reader.tasks_named("bao cao thang 4/2022", JUNE, province, HEALTH, mine)
    assert [t.id for t in named.tasks] == ["tq-2022-04-15"]
    named = reader.tasks_named("ho so thang 4/2021", JUNE, province, HEALTH, mine)
    assert [t.id for t in named.tasks] == [DOSSIER]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coordinator names the unit: that unit's tasks, not the coordinator's own
        ("ghi thay so y te da nop bao cao thang 4/2022", Offer("tq-2022-04-15", "hoan_thanh")),
        ("So Y te da nop bieu 02", Offer(DOSSIER, "hoan_thanh")),
    ],
)
def test_a_statement_naming_a_unit_is_about_that_units_task(reader, province, text, expected):
    found = statement(text, reader, province, MARCH, "Sở Thông tin và Truyền thông")
    assert isinstance(found, Offer) and (found.key, found.status) == (expected.key, "hoan_thanh")
    assert found.unit == HEALTH


def test_how_far_along_words_frame_a_task_question(reader):
    """ "tình hình nộp hồ sơ đề xuất thế nào": "tình hình" asks how far along, it names no row
    (411-6 prints it); the rest names the dossier, for anyone who asks. (An officer's own task's
    words offered when no row holds them: test_owed_words.py.)"""
    for agency in (HEALTH, None):
        answer = reader.ask("tinh hinh nop ho so de xuat the nao", MARCH, SLUG, agency)
        assert answer.intent == "task" and _ids(answer)[:1] == [DOSSIER]
    assert reader.ask("cap phep karaoke", MARCH, SLUG, HEALTH).intent == "absent"
