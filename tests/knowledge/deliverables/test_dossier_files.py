"""A task whose form the bot has a layout of (BIỂU 02) takes the unit's dossier as a document
(.pdf, .docx), never as a workbook, which must be the template itself (its cells checked)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from knowledge.deliverables.handed_files import (
    FILE_FORM,
    accepts_file,
    file_tasks,
    may_hand_in,
)
from knowledge.render.submission_text import handin_details
from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor

APRIL = "tq-2021-04-20"


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_the_dossier_of_biểu_02_is_taken_as_a_document_not_as_a_workbook(tq):
    task = tq.task(APRIL)
    assert accepts_file(tq, task, "ho_so_de_xuat.pdf")
    assert accepts_file(tq, task, "Cong van de xuat.DOCX")
    assert not accepts_file(tq, task, "bieu02.xlsx")


def test_a_units_tasks_for_a_pdf_hold_its_dossier_and_for_no_file_named_none(tq):
    assert [t.id for t in file_tasks(tq, "Sở Y tế", "hs.pdf")] == [APRIL, "tq-2021-05-20"]
    assert file_tasks(tq, "Sở Y tế", "hs.xlsx") == []
    assert file_tasks(tq, "Sở Y tế") == []  # the letters' own files only, as before


def test_only_an_addressee_hands_the_dossier_in(tq):
    officer = Actor(1001, "Sở Y tế", False)
    assert may_hand_in(tq, officer, APRIL, "hs.pdf") == "Sở Y tế"
    assert isinstance(may_hand_in(tq, officer, APRIL, "hs.xlsx"), Refusal)
    assert isinstance(may_hand_in(tq, officer, APRIL), Refusal)  # no file named: the form's
    district = Actor(1002, "UBND huyện Hàm Yên", False)
    assert isinstance(may_hand_in(tq, district, APRIL, "hs.pdf"), Refusal)


@dataclass(frozen=True)
class _Sent:
    task: str
    agency: str
    form: str
    version: int
    submitted_at: datetime
    file_name: str = ""
    behalf: str | None = None


def test_nopbai_says_the_dossiers_file_not_that_it_went_outside_the_bot(tq):
    sent = [_Sent(APRIL, "Sở Y tế", FILE_FORM, 1, datetime(2021, 4, 22, 8), "hs.pdf")]
    details = handin_details(tq, sent, reported=[(APRIL, "Sở Y tế")])
    assert details[(APRIL, "Sở Y tế")] == "tệp hs.pdf lần 1 (22/4/2021)"
