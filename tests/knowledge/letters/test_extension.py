"""An extension letter read as a change to the task it cites (knowledge/letters/extension.py),
a moved deadline applied to the catalogue's tasks (knowledge/letters/moves.py), and the typed
corrections that name the task an extension moves or rename a task (draft_talk.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.model import occurrence_key
from knowledge.letters import extension
from knowledge.letters.draft_talk import read_draft_talk
from knowledge.letters.extract import read_letter
from knowledge.letters.moves import Move, moved_tasks
from knowledge.letters.publish import Published, extended_moves

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 860/STTTT-CNTT
V/v gia hạn thời gian gửi báo cáo kết quả kết nối dữ liệu dân cư
Tuyên Quang, ngày 12 tháng 10 năm 2021

Kính gửi:
- Sở Y tế;
- Công an tỉnh.

Ngày 01/10/2021, Sở Thông tin và Truyền thông ban hành Công văn số 815/STTTT-CNTT đề nghị báo \
cáo kết quả kết nối dữ liệu dân cư. Do một số đơn vị đề nghị thêm thời gian, Sở Thông tin và \
Truyền thông gia hạn thời gian gửi báo cáo đến trước 17 giờ 00 ngày 22/10/2021.
Đề nghị Sở Y tế, Công an tỉnh hoàn thiện báo cáo (theo Mẫu số 04), gửi về Sở Thông tin và \
Truyền thông đúng thời hạn trên./.

Nơi nhận:
- Như trên;
- Lưu: VT, CNTT.
GIÁM ĐỐC
"""
UNITS = ("Sở Y tế", "Công an tỉnh")


def candidate(key: str, letter="815/STTTT-CNTT", units=UNITS, form="Mẫu số 04", due=None):
    return extension.Candidate(
        key, "Báo cáo", letter, units, form, due or date(2021, 10, 11), "trước ngày 11/10/2021"
    )


@pytest.fixture(scope="module")
def draft(catalogue):
    return read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "cv860.txt")


def test_the_task_is_the_request_after_the_new_date(draft):
    (task,) = draft.tasks
    assert task.title.startswith("Hoàn thiện báo cáo kết quả kết nối dữ liệu dân cư (theo Mẫu")
    assert (task.deadline, task.forms, task.units) == (date(2021, 10, 22), ("Mẫu số 04",), UNITS)
    assert task.to_json(stored=False).keys() == replace(task, extends="x").to_json(False).keys()


def test_an_extension_cites_the_earlier_letter_not_its_own(draft):
    found = extension.reading(LETTER, draft)
    assert found == extension.Extension(("815/stttt-cntt",))
    plain = LETTER.replace("gia hạn", "đề nghị gửi")
    subject = replace(draft.letter, subject="báo cáo kết quả kết nối dữ liệu dân cư")
    assert extension.reading(plain, replace(draft, letter=subject)) is None


def test_the_one_task_of_the_cited_letter_the_units_owe_is_moved(draft):
    found = extension.reading(LETTER, draft)
    assert found is not None
    others = [
        candidate("tq-2021-10-11"),
        candidate("tq-2021-12-20", units=(*UNITS, "Sở Tư pháp"), form="Mẫu số 03", due=date.max),
        candidate("tq-2021-04-20", letter="618/STTTT-CNTT"),
    ]
    linked = extension.linked(draft, found, others)
    assert [t.extends for t in linked.tasks] == ["tq-2021-10-11"] and not linked.problems
    assert extension.change_of(linked.tasks[0], others[0]) == (
        "tq-2021-10-11: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021"
    )


def test_a_doubt_names_the_choices_or_the_unknown_letter(draft):
    found = extension.reading(LETTER, draft)
    assert found is not None
    two = [candidate("tq-2021-10-11"), candidate("tq-2021-10-11-2")]
    doubted = extension.linked(draft, found, two)
    assert doubted.tasks[0].extends is None
    (said,) = (p.message for p in doubted.problems)
    assert said.startswith("cần kiểm tra: nhiệm vụ 1 gia hạn một nhiệm vụ của công văn số 815")
    assert "tq-2021-10-11 (" in said and "tq-2021-10-11-2 (" in said
    unknown = extension.linked(draft, found, [candidate("tq-1", letter="700/STTTT-CNTT")])
    assert "chưa được theo dõi trong bot" in unknown.problems[0].message
    # the coordinator names the task: linked, its doubt settled
    named = replace(unknown, tasks=(replace(unknown.tasks[0], extends="tq-1"),))
    assert extension.settled(named).problems == ()


def test_a_move_keeps_the_key_and_changes_the_date(catalogue):
    monthly = next(t for t in catalogue.province("khanh-hoa").tasks if t.recurring)
    one_off = catalogue.province("tuyen-quang").task("tq-2021-04-20")
    scheduled = monthly.occurrences(date(2020, 6, 1), date(2020, 6, 30))[0]
    later = date(2020, 7, 3)
    key = occurrence_key(monthly.id, scheduled)
    move = Move(date(2021, 4, 30), "trước ngày 30/4/2021", date(2021, 4, 20), "x")
    shifted, moved = moved_tasks(
        [monthly, one_off],
        {key: Move(later, "", scheduled, ""), "tq-2021-04-20": move},
    )
    assert (moved.due, moved.deadline_text) == (date(2021, 4, 30), "trước ngày 30/4/2021")
    assert later in shifted.occurrences(date(2020, 7, 1), date(2020, 7, 31))
    assert scheduled not in shifted.occurrences(date(2020, 6, 1), date(2020, 6, 30))
    assert shifted.key_of(later) == key and shifted.is_occurrence(scheduled)
    assert shifted.after(shifted.before(later) or later) == later


def test_an_extension_in_force_moves_its_task(catalogue, draft):
    one_off = catalogue.province("tuyen-quang").task("tq-2021-04-20")
    task = replace(draft.tasks[0], extends=one_off.id)
    found = extended_moves([Published(9, "cv860.txt", draft.letter, (("tq-x", task),))], [one_off])
    assert found[one_off.id].due == date(2021, 10, 22)
    assert found[one_off.id].was == one_off.due


@pytest.mark.parametrize(
    ("said", "field", "value"),
    [
        ("sua ten nv 1 thanh Bao cao dan cu (gia han)", "t", "Bao cao dan cu (gia han)"),
        ("gia hạn nv 1 cho tq-2021-10-11", "x", "tq-2021-10-11"),
        ("bỏ gia hạn nv 1", "x", "không"),
    ],
)
def test_typed_corrections(said, field, value):
    talk = read_draft_talk(said)
    assert talk is not None and (talk.task, talk.field, talk.value) == (1, field, value)
    assert read_draft_talk("gia hạn nộp báo cáo đến khi nào") is None


@pytest.mark.parametrize(
    ("said", "letter", "cited"),
    [
        ("cv 860 la gia han cho nv 2 cua cv 815", "860", ("815", 2)),
        (
            "Công văn số 860 là gia hạn nhiệm vụ 1 của công văn 815/STTTT-CNTT",
            "860",
            ("815/STTTT-CNTT", 1),
        ),
        ("gia hạn nv 1 của cv 815", "", ("815", 1)),
        ("cv 860 gia hạn cho cv 815", "860", ("815", None)),
    ],
)
def test_an_extension_named_by_the_task_of_its_letter(said, letter, cited):
    """The task a draft moves named by its place in its own letter: read, not "Chưa hiểu"."""
    talk = read_draft_talk(said)
    assert talk is not None and (talk.field, talk.letter, talk.cited) == ("x", letter, cited)
    assert read_draft_talk("cv 860 là gia hạn cho nv 2 của cv 815 phải không?") is None
    assert read_draft_talk("gia hạn nv 1 cho tq-2021-10-11").cited is None
