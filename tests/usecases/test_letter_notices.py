"""The notices a change of the letters in force records (usecases/letter_notices.py), without
Telegram: who gets one, what each says at send time, and the retraction only to those told."""

from __future__ import annotations

from datetime import timedelta

from db.models import DeliveryState
from tests.usecases.conftest import ADMIN, caller, officer
from tests.usecases.test_letters import _review
from usecases import letter_notices, publishing
from usecases.publishing import LetterPublished, LettersRestored


def _log(desk) -> dict[tuple[str, int], object]:
    return {
        (r.uniq.split("|")[1], r.chat_id): r
        for r in desk.reminders.log()
        if r.uniq.split("|")[1] in ("congvan", "thuhoi")
    }


def test_the_units_officers_are_recorded_and_told_their_own_part(desk):
    officer(desk, 1001, "Sở Y tế")
    officer(desk, 1002, "Viễn thông Tuyên Quang")
    officer(desk, 1003, "UBND huyện Hàm Yên")
    officer(desk, 1004, "Sở Tài chính")
    desk.reminders.set_chat(1004, "private", active=False)  # blocked the bot before
    review = _review(desk)
    done = desk.call(
        publishing.publish_letter, caller(desk, ADMIN), review.letter, review.revision
    )
    assert isinstance(done, LetterPublished) and done.announced is not None
    told = done.announced
    assert told.recorded == 3 and told.letters == (review.letter,)
    assert {"Sở Y tế", "UBND huyện Hàm Yên", "Viễn thông Tuyên Quang"} <= set(told.units)
    log = _log(desk)
    assert set(log) == {("congvan", 1001), ("congvan", 1002), ("congvan", 1003)}
    assert log[("congvan", 1001)].keys == "tq-2021-08-20"
    assert log[("congvan", 1003)].keys == "tq-2021-09-25"
    owed = desk.reminders.claim("me", desk.clock.now(), 10)
    texts = dict(desk.call(letter_notices.texts_for, owed))
    by_chat = {o.chat_id: texts[o.id] for o in owed}
    assert "Sở Y tế phải thực hiện:" in by_chat[1001] and "tq-2021-08-20" in by_chat[1001]
    assert "hằng tháng, ngày 25 (lần đầu 25/9/2021)" in by_chat[1003]
    assert "phối hợp, hỗ trợ (không phải nộp)" in by_chat[1002]
    # sent to 1001 only; the others still being sent when the letter is undone
    desk.reminders.finish([o.id for o in owed if o.chat_id == 1001], DeliveryState.SENT)
    report = desk.call(letter_notices.report, told)
    assert report.told == {"Sở Y tế": 1} and report.waiting == 2
    assert "Sở Tài chính" in report.unreached and "Sở Xây dựng" in report.no_officer
    undone = desk.call(publishing.undo_version, caller(desk, ADMIN), done.number)
    assert isinstance(undone, LettersRestored) and undone.announced is not None
    retracted = {k for k in _log(desk) if k[0] == "thuhoi"}
    # those told (sent) or being sent hear of it; the pending ones are dropped at send time
    assert retracted == {("thuhoi", 1001), ("thuhoi", 1002), ("thuhoi", 1003)}
    stale = [o for o in owed if o.chat_id != 1001]
    assert dict(desk.call(letter_notices.texts_for, stale)) == {o.id: None for o in stale}
    desk.reminders.finish([o.id for o in stale], DeliveryState.DROPPED)
    # the retraction is said only where the notice went
    words = desk.reminders.claim("me", desk.clock.now(), 10)
    said = {
        o.chat_id: text
        for o, (_, text) in zip(words, desk.call(letter_notices.texts_for, words), strict=True)
    }
    assert said[1002] is None and said[1003] is None
    assert said[1001].startswith("↩️ <b>Công văn đã được hủy công bố — Sở Y tế</b>")


def test_a_notice_stuck_retrying_is_not_sent_again_after_an_undo_and_a_new_publication(desk):
    """A notice waiting out a 429 when the letter was undone and published again: the new
    publication's notice speaks, the old one is dropped at its retry (one word per letter, unit,
    chat and kind); the retraction in between went nowhere (nobody had been told)."""
    officer(desk, 1001, "Sở Y tế")
    review = _review(desk)
    admin = caller(desk, ADMIN)
    done = desk.call(publishing.publish_letter, admin, review.letter, review.revision)
    assert isinstance(done, LetterPublished)
    [first] = desk.reminders.claim("me", desk.clock.now(), 10)
    desk.reminders.release([first.id], desk.clock.now())  # a 429: owed again in a minute
    undone = desk.call(publishing.undo_version, caller(desk, ADMIN), done.number)
    assert isinstance(undone, LettersRestored) and undone.unpublished is not None
    assert not [k for k in _log(desk) if k[0] == "thuhoi"]  # nobody was told: nothing to take back
    again = desk.call(publishing.publish_letter, caller(desk, ADMIN), *undone.unpublished)
    assert isinstance(again, LetterPublished) and again.announced is not None
    # the first one's retry has come too: both owed in one batch, only the newer speaks
    desk.clock.set(desk.clock.now() + timedelta(minutes=5))
    desk.reminders.requeue(desk.clock.now())
    batch = desk.reminders.claim("me", desk.clock.now(), 10)
    assert [o.id for o in batch] == [first.id, again_id(desk, first.id)]
    said = desk.call(letter_notices.texts_for, batch)
    assert said[0] == (first.id, None) and said[1][1] is not None and "tq-2021-08-20" in said[1][1]
    desk.reminders.finish([batch[1].id], DeliveryState.SENT)
    desk.reminders.finish([first.id], DeliveryState.DROPPED)
    report = desk.call(letter_notices.report, again.announced)
    assert report.told == {"Sở Y tế": 1} and report.waiting == 0
    # a word of the same kind after it, the chat told already: never said twice
    assert desk.call(letter_notices.texts_for, [batch[0]]) == [(first.id, None)]


def again_id(desk, first: int) -> int:
    return next(r.id for r in desk.reminders.log() if r.id != first and "congvan" in r.uniq)


def test_a_supporting_unit_with_no_officer_is_named_apart_from_those_that_owe(desk):
    """ux20 #12: Viễn thông Tuyên Quang, which only supports, was counted among the units
    "chưa có cán bộ được duyệt, chưa được báo" as if it owed the task: it is named apart."""
    officer(desk, 1001, "Sở Y tế")
    review = _review(desk)
    done = desk.call(
        publishing.publish_letter, caller(desk, ADMIN), review.letter, review.revision
    )
    assert isinstance(done, LetterPublished) and done.announced is not None
    report = desk.call(letter_notices.report, done.announced)
    assert "Viễn thông Tuyên Quang" not in report.no_officer
    assert report.no_officer_support == ("Viễn thông Tuyên Quang",)
    assert "Sở Xây dựng" in report.no_officer
