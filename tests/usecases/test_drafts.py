"""Nothing typed is lost when a command ends a prompt (ux19 #8): a form's typed lines or counts
kept as a draft that the same /nop takes up again; a status's note prompt ended by a look-up,
its note typed next offered with it. Drafts survive a restart, expire, and never count as sent.
Also a blank form's wait ended by the filled file that replaces it (ux19 #13)."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import Clock
from bot.config import Config
from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.submissions import read_line
from knowledge.formats.form_book import template
from tests.usecases.conftest import ADMIN, NOW, caller, officer
from usecases import documents, drafts, proposals, statuses, submissions
from usecases.callers import end_prompt_unless_answer
from usecases.desk import Desk
from usecases.prompt_asides import prompt_aside
from usecases.prompts import NotePrompt
from usecases.statuses import Status
from usecases.submissions import BlankAsked, FormStep, Submitted

TASK = "tq-2021-05-20"
LINE = "tỉnh; Xây dựng; Cấp giấy phép xây dựng; 4"


def typed_pl2(desk: Desk) -> None:
    officer(desk)
    desk.call(submissions.start_form, caller(desk, 1001), "pl2")
    who = caller(desk, 1001)
    assert who.waiting is not None
    desk.call(submissions.form_line, who, who.waiting.prompt, LINE)


def test_a_look_up_keeps_the_typed_lines_and_the_same_nop_takes_them_up(desk):
    typed_pl2(desk)
    ended = desk.call(end_prompt_unless_answer, caller(desk, 1001), "/tiendo", None)
    assert ended is not None and ended.kept == drafts.Kept("nộp Phụ lục II", "1 dòng", "/nop pl2")
    assert caller(desk, 1001).waiting is None  # the prompt still ends (the product's rule)
    # a draft is no submission, and changes no status
    assert desk.submissions.submissions(task=TASK) == []
    assert desk.repo.current(TASK, "Sở Xây dựng") is None
    # /nop's menu lists it
    menu = desk.call(submissions.start_form, caller(desk, 1001), "")
    assert isinstance(menu, submissions.FormMenu)
    assert menu.drafts == (drafts.Kept("nộp Phụ lục II", "1 dòng", "/nop pl2"),)
    again = desk.call(submissions.start_form, caller(desk, 1001), "pl2")
    assert isinstance(again, FormStep) and again.resumed is not None
    assert again.resumed.typed == "1 dòng" and len(again.prompt.lines) == 1
    assert desk.repo.peek_draft(1001, 1001, "pl2") is None  # taken up: back in the prompt
    # "Xóa hết" starts it again
    who = caller(desk, 1001)
    assert who.waiting is not None
    cleared = desk.call(submissions.form_button, who, who.waiting.prompt, "clear")
    assert isinstance(cleared, FormStep) and cleared.prompt.lines == []


def test_the_draft_survives_a_restart_and_expires_after_a_week(desk, db_url, assistant):
    typed_pl2(desk)
    desk.call(end_prompt_unless_answer, caller(desk, 1001), "/quahan", None)
    later = Desk.open(
        Config(database=db_url, admins=[ADMIN]), Clock(NOW + timedelta(days=2)), assistant
    )
    try:
        resumed = later.call(submissions.start_form, caller(later, 1001), "pl2")
        assert isinstance(resumed, FormStep) and len(resumed.prompt.lines) == 1
        later.call(end_prompt_unless_answer, caller(later, 1001), "/tiendo", None)
        later.clock.set(later.clock.now() + timedelta(days=8))
        fresh = later.call(submissions.start_form, caller(later, 1001), "pl2")
        assert isinstance(fresh, FormStep) and fresh.resumed is None and fresh.prompt.lines == []
    finally:
        later.sessions.kw["bind"].dispose()


def test_nop_naming_the_open_form_goes_on_with_it_and_counts_are_kept_too(desk):
    typed_pl2(desk)
    assert desk.call(end_prompt_unless_answer, caller(desk, 1001), "/nop pl2", None) is None
    same = desk.call(submissions.start_form, caller(desk, 1001), "pl2")
    assert isinstance(same, FormStep) and same.reopened and len(same.prompt.lines) == 1
    # Phụ lục I: the tiers typed are kept the same way, "clear" starts them again
    desk.call(submissions.start_form, caller(desk, 1001), "pl1")  # ends pl2 (kept)
    who = caller(desk, 1001)
    assert who.waiting is not None
    desk.call(submissions.form_line, who, who.waiting.prompt, "12 2 6 4")
    ended = desk.call(end_prompt_unless_answer, caller(desk, 1001), "/tiendo", None)
    assert ended is not None and ended.kept is not None and ended.kept.typed == "số liệu 1/3 cấp"
    counts = desk.call(submissions.start_form, caller(desk, 1001), "pl1")
    assert isinstance(counts, FormStep) and counts.resumed is not None
    who = caller(desk, 1001)
    assert who.waiting is not None
    again = desk.call(submissions.form_button, who, who.waiting.prompt, "clear")
    assert isinstance(again, FormStep) and again.prompt.counts == {}


def test_a_form_with_nothing_typed_keeps_no_draft(desk):
    officer(desk)
    desk.call(submissions.start_form, caller(desk, 1001), "pl3")
    ended = desk.call(end_prompt_unless_answer, caller(desk, 1001), "/tiendo", None)
    assert ended is not None and ended.kept is None
    assert desk.repo.peek_draft(1001, 1001, "pl3") is None


def test_the_note_typed_after_a_look_up_is_offered_for_the_status_that_waited(desk):
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-15 vướng")
    ended = desk.call(end_prompt_unless_answer, caller(desk, 1001), "/quahan", None)
    assert ended is not None and isinstance(ended.prompt, NotePrompt)
    assert desk.repo.current("406-15", "Sở Xây dựng") is None  # still unwritten
    # a question is no note: asked as a question, the kept wait untouched
    assert not desk.call(drafts.reads_as_note, caller(desk, 1001), "406-15 hạn khi nào")
    assert not desk.call(drafts.reads_as_note, caller(desk, 1001), "ok")
    assert desk.call(drafts.reads_as_note, caller(desk, 1001), "chua co kinh phi")
    offer = desk.call(drafts.note_after_end, caller(desk, 1001), "chua co kinh phi")
    assert offer is not None
    said = (offer.key, offer.status, offer.note)
    assert said == ("406-15", Status.VUONG_MAC, "chua co kinh phi")
    # once: the next message is read as it would be
    assert desk.call(drafts.note_after_end, caller(desk, 1001), "chua co kinh phi") is None


def test_what_the_reader_answers_for_sure_is_no_note(desk):
    """ "gpxd", "sở xây dựng" read like notes but ask about a service, an agency: answered."""
    for typed in ("gpxd", "so xay dung"):
        who = caller(desk, 1001) if typed != "gpxd" else officer(desk)
        desk.call(statuses.update_status, who, "/capnhat 406-15 vướng")
        desk.call(end_prompt_unless_answer, caller(desk, 1001), "/quahan", None)
        assert desk.call(drafts.note_after_end, caller(desk, 1001), typed) is None, typed


def test_the_kept_note_wait_lapses_after_ten_minutes_and_a_question_keeps_the_wait(desk):
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-15 vướng")
    desk.call(end_prompt_unless_answer, caller(desk, 1001), "/quahan", None)
    desk.clock.set(NOW + timedelta(minutes=11))
    assert desk.call(drafts.note_after_end, caller(desk, 1001), "chua co kinh phi") is None
    desk.clock.set(NOW)
    desk.call(statuses.update_status, caller(desk, 1001), "/capnhat 406-15 vướng")
    asked = "406-14 hạn khi nào"
    # a question asked aside ends nothing: the note is still awaited, from now (u26 #4)
    assert desk.call(end_prompt_unless_answer, caller(desk, 1001), asked, None) is None
    desk.clock.set(NOW + timedelta(minutes=20))
    kept = desk.call(prompt_aside, caller(desk, 1001), asked)
    assert kept is not None and (kept.key, kept.status) == ("406-15", "vuong_mac")
    waiting = caller(desk, 1001).waiting
    assert waiting is not None and isinstance(waiting.prompt, NotePrompt)
    assert waiting.since == desk.clock.now()
    # a note is no question: nothing kept aside, the note prompt takes it
    assert desk.call(prompt_aside, caller(desk, 1001), "chua co kinh phi") is None


def test_a_filled_file_ends_the_blank_forms_wait_and_says_so_once(desk):
    officer(desk)
    form = FORMS["pl2"]
    blank = template(form, "Sở Xây dựng")
    asked = desk.call(documents.receive_document, caller(desk, 1001), "trong.xlsx", blank)
    assert isinstance(asked, BlankAsked)
    line = read_line(form, LINE)
    assert isinstance(line, dict)
    filled = template(form, "Sở Xây dựng", [line])
    done = desk.call(documents.receive_document, caller(desk, 1001), "du.xlsx", filled)
    assert isinstance(done, Submitted) and done.superseded == "trong.xlsx"
    assert caller(desk, 1001).waiting is None  # the receipt's undo then ends nothing


def test_dexuat_after_the_window_says_it_is_closed(desk):
    officer(desk)
    open_list = desk.call(proposals.own_proposals, caller(desk, 1001))
    assert isinstance(open_list, proposals.AgencyProposals)
    assert open_list.opens and open_list.closed == ""
    desk.clock.set(NOW + timedelta(days=8))  # 21/4/2021, the day after BIỂU 02's 20/4
    closed = desk.call(proposals.own_proposals, caller(desk, 1001))
    assert isinstance(closed, proposals.AgencyProposals) and not closed.opens
    assert "20/4/2021" in closed.closed


def test_a_form_sent_drops_its_draft(desk):
    typed_pl2(desk)
    desk.call(end_prompt_unless_answer, caller(desk, 1001), "/tiendo", None)
    assert desk.repo.peek_draft(1001, 1001, "pl2") is not None
    line = read_line(FORMS["pl2"], LINE)
    assert isinstance(line, dict)
    filled = template(FORMS["pl2"], "Sở Xây dựng", [line, line])
    done = desk.call(documents.receive_document, caller(desk, 1001), "du.xlsx", filled)
    assert isinstance(done, Submitted)
    assert desk.repo.peek_draft(1001, 1001, "pl2") is None
    fresh = desk.call(submissions.start_form, caller(desk, 1001), "pl2")
    assert isinstance(fresh, FormStep) and fresh.resumed is None


def test_a_file_sent_while_a_form_is_open_keeps_the_typed_lines(desk):
    """A blank template sent while Phụ lục II is being typed replaces the form's wait with the
    blank one's: the lines typed are kept as the draft all the same."""
    typed_pl2(desk)
    blank = template(FORMS["pl3"], "Sở Xây dựng")
    asked = desk.call(documents.receive_document, caller(desk, 1001), "pl3.xlsx", blank)
    assert isinstance(asked, BlankAsked)
    again = desk.call(submissions.start_form, caller(desk, 1001), "pl2")
    assert isinstance(again, FormStep) and again.resumed is not None
    assert len(again.prompt.lines) == 1


def test_a_new_proposal_ended_by_a_command_is_offered_again_by_dexuat(desk):
    who = officer(desk)
    first = desk.call(proposals.start_proposal, who, "Cấp giấy phép di dời công trình")
    assert isinstance(first, proposals.AskStep)
    second = desk.call(proposals.answer_step, caller(desk, 1001), first.prompt, "Xây dựng")
    assert isinstance(second, proposals.AskStep)
    ended = desk.call(end_prompt_unless_answer, caller(desk, 1001), "/tiendo", None)
    assert ended is not None
    assert ended.kept == drafts.Kept("nhập đề xuất mới", "2/8 bước", "/dexuat")
    asked = desk.call(proposals.interrupted, caller(desk, 1001), "")
    assert isinstance(asked, proposals.GoOnOrRestart) and asked.answered == 2
    assert asked.prompt.data["name"] == "Cấp giấy phép di dời công trình"
    assert desk.proposals.list("Sở Xây dựng") == []  # a draft is no proposal


def test_expired_drafts_are_dropped_when_drafts_are_read_anyones_after_a_week(desk):
    """Reading one's drafts drops one's own expired ones (a note's after its window) and
    everyone's older than a form's week, so that a draft nobody came back to is not kept."""
    typed_pl2(desk)
    desk.call(end_prompt_unless_answer, caller(desk, 1001), "/tiendo", None)
    desk.repo.save_draft(-500, 1002, "note", "note", "{}", NOW)  # someone else's, elsewhere
    desk.clock.set(NOW + timedelta(minutes=30))
    desk.repo.save_draft(1001, 1001, "note", "note", "{}", NOW)  # past its 10 minutes
    desk.call(submissions.start_form, caller(desk, 1001), "")
    assert [d.slot for d in desk.repo.drafts_of(1001, 1001)] == ["pl2"]
    assert desk.repo.peek_draft(-500, 1002, "note") is not None  # not read, not a week old
    desk.clock.set(NOW + timedelta(days=7, minutes=1))
    officer(desk, 1003)
    desk.call(submissions.start_form, caller(desk, 1003), "")
    assert (
        desk.repo.drafts_of(1001, 1001) == [] and desk.repo.peek_draft(-500, 1002, "note") is None
    )
