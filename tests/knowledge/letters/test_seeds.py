"""The seed letters through the reader: the stored drafts are the extraction, checked by hand."""

from __future__ import annotations

import json
from datetime import date

import pytest

from knowledge.catalogue.loader import draft_path, load_catalogue
from knowledge.letters.model import Draft
from knowledge.letters.seeds import extract_seed, seed_letters

DISTRICTS = 7


@pytest.fixture(scope="module")
def drafts():
    catalogue = load_catalogue(letters=False)
    return {letter[:3]: extract_seed(catalogue, slug, letter) for slug, letter in seed_letters()}


def test_the_stored_drafts_are_what_the_reader_extracts(drafts):
    for _slug, letter in seed_letters():
        stored = json.loads(draft_path(_data(), letter).read_text(encoding="utf-8"))
        assert drafts[letter[:3]].to_json() == stored, "run: python -m knowledge.letters.seeds"


def _data():
    from knowledge.catalogue.loader import DATA_DIR

    return DATA_DIR


def test_the_april_dossier_by_hand(drafts):
    draft = drafts["000"]
    assert (draft.letter.number, draft.letter.date) == (None, None)  # printed blank
    assert draft.letter.sender == "Sở Thông tin và Truyền thông" and not draft.problems
    (task,) = draft.tasks
    assert (task.deadline, task.deadline_text) == (date(2021, 4, 20), "trước ngày 20/4/2021")
    # the Sở, ban, ngành but Sở TT&TT (who receives it) and Viễn thông; Công an, BHXH by name
    assert len(task.units) == 19 and {"Công an tỉnh", "Bảo hiểm xã hội tỉnh"} <= set(task.units)
    assert "Sở Thông tin và Truyền thông" not in task.units
    assert "Viễn thông Tuyên Quang" not in task.units
    # §4: the districts comment; §5: Viễn thông supports
    assert len(task.supporting) == DISTRICTS + 1 and "Viễn thông Tuyên Quang" in task.supporting
    assert task.forms == ("Biểu 02",) and task.recipient == "Sở Thông tin và Truyền thông"
    assert len(task.steps) == 6 and len(task.contents) == 4
    assert task.source == "000_db91aa521f843c23.txt#mục 2 và mục 6"


def test_the_may_list_by_hand(drafts):
    (task,) = drafts["003"].tasks
    assert task.deadline == date(2021, 5, 20)
    assert task.forms == ("Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV")
    # 003 addresses "Các Sở, ban, ngành" alone: not Công an tỉnh nor Bảo hiểm xã hội tỉnh
    assert len(task.units) == 17 and len(task.supporting) == DISTRICTS
    assert not {"Công an tỉnh", "Bảo hiểm xã hội tỉnh"} & set(task.units)
    assert len(task.steps) == 4  # 1.1–1.4, each on its Phụ lục


def test_khanh_hoa_by_hand(drafts):
    draft = drafts["001"]
    assert draft.letter.number == "3363/UBND-KSTT" and draft.letter.date == date(2020, 4, 10)
    assert draft.letter.sender == "UBND tỉnh"
    report, dossier, sync = draft.tasks
    assert report.units == ("Sở Thông tin và Truyền thông",) and report.recipient == "UBND tỉnh"
    assert report.deadline == date(2020, 4, 10) and dossier.deadline == date(2020, 4, 20)
    assert sync.deadline is None and sync.recurrence is not None
    assert (sync.recurrence.every, sync.recurrence.day) == ("month", 1)
    assert sync.recurrence.first == date(2020, 5, 1) and sync.recipient is None


def test_the_catalogue_tracks_them_under_their_ids(catalogue):
    tq = {t.id: t for t in catalogue.province("tuyen-quang").tasks}
    assert set(tq) == {"tq-2021-04-20", "tq-2021-05-20"}
    assert tq["tq-2021-05-20"].form == "Phụ lục I–IV" and tq["tq-2021-04-20"].form == "Biểu 02"
    kh = {t.id for t in catalogue.province("khanh-hoa").tasks}
    assert kh == {"kh-2020-04-10", "kh-2020-04-20", "kh-monthly-sync"}


def test_round_trip(drafts):
    for draft in drafts.values():
        assert Draft.from_json(json.loads(json.dumps(draft.to_json()))) == draft
