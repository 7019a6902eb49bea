"""A task's blank form (usecases/letter_forms.py): which tasks take one, who sees it, a newer one
replacing it, its undo within the window; every attach and undo kept."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.clock import TZ
from tests.usecases.conftest import ADMIN, caller, officer
from tests.usecases.test_handed_files import _published
from usecases import letter_forms
from usecases.letter_forms import FormAttached, FormDetached
from usecases.results import Refusal

TASK, MONTHLY = "tq-2021-08-20", "tq-2021-09-25"
DOCX = b"PK\x03\x04docx"


def test_a_newer_file_replaces_the_form_and_only_the_units_owing_or_supporting_see_it(desk):
    officer(desk, 1001, "Sở Y tế")
    officer(desk, 1003, "UBND huyện Hàm Yên")
    _published(desk)
    boss = caller(desk, ADMIN)
    first = desk.call(letter_forms.attach_blank_form, boss, TASK, "m1.docx", DOCX)
    assert isinstance(first, FormAttached) and first.replaced is None
    again = desk.call(letter_forms.attach_blank_form, boss, "mẫu số 01", "m1b.docx", DOCX)
    assert isinstance(again, FormAttached) and again.replaced == first.form
    monthly = desk.call(letter_forms.attach_blank_form, boss, MONTHLY, "m2.xlsx", DOCX)
    assert isinstance(monthly, FormAttached)
    mine = desk.call(letter_forms.blank_forms_for, caller(desk, 1001))
    assert [(f.task.id, f.form.file_name) for f in mine] == [(TASK, "m1b.docx")]
    district = desk.call(letter_forms.blank_forms_for, caller(desk, 1003))
    assert [f.task.id for f in district] == [MONTHLY]
    assert desk.call(letter_forms.blank_form_file, caller(desk, 1001), again.form.id) == (
        "m1b.docx",
        DOCX,
    )
    refused = desk.call(letter_forms.blank_form_file, caller(desk, 1003), again.form.id)
    assert isinstance(refused, Refusal)


def test_a_file_that_is_not_what_it_says_or_a_task_unnamed_is_refused(desk):
    _published(desk)
    boss = caller(desk, ADMIN)
    bad = desk.call(letter_forms.attach_blank_form, boss, TASK, "m.pdf", DOCX)
    assert isinstance(bad, Refusal)
    unnamed = desk.call(letter_forms.attach_blank_form, boss, "", "m.docx", DOCX)
    assert isinstance(unnamed, Refusal) and "/mautrong" in unnamed.reason
    assert desk.blank_forms.current() == {}


def test_the_undo_puts_the_form_before_back_within_ten_minutes_only(desk):
    _published(desk)
    boss = caller(desk, ADMIN)
    first = desk.call(letter_forms.attach_blank_form, boss, TASK, "m1.docx", DOCX)
    second = desk.call(letter_forms.attach_blank_form, boss, TASK, "m2.docx", DOCX)
    undone = desk.call(letter_forms.undo_blank_form, boss, second.form.id)
    assert isinstance(undone, FormDetached) and undone.back == first.form
    assert desk.blank_forms.current()[TASK] == first.form
    # the first is in force again; its undo after the window is refused
    desk.clock.set(datetime.now(TZ).replace(year=2021, month=8, day=2) + timedelta(hours=1))
    late = desk.call(letter_forms.undo_blank_form, boss, first.form.id)
    assert isinstance(late, Refusal) and "Đã quá 10 phút" in late.reason
    assert desk.blank_forms.current()[TASK] == first.form
