"""Forms units send (BIỂU 02, Phụ lục I–IV): in the chat step by step (/nop), as a filled
template sent back, the templates themselves, and the province's compiled forms for admins.

Every accepted submission is a new version (db/submission_repo.py); when the unit has sent every
form its task asks for, hoan_thanh is appended for the task through the status history (undone
like any status change); when it sends the first part of a task of several forms (Phụ lục I of
Phụ lục I–IV) and had reported nothing, dang_thuc_hien is, so that every view of the one standing
rule shows the task under way, as /nopbai shows the part sent.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from knowledge.deliverables.forms import FORMS, TIERS, Form, summary
from knowledge.deliverables.lateness import lateness
from knowledge.deliverables.submissions import (
    Target,
    blank,
    counts_data,
    form_named,
    may_submit,
    missing_forms,
    other_unit_named,
    pl4_prefill,
    read_counts,
    read_line,
    unit_in_cell,
)
from knowledge.formats.book import Book
from knowledge.formats.form_book import form_of, parse_book, template, unit_cell
from knowledge.messages.borrowed import borrowed_template
from knowledge.messages.refusals import line_usage
from knowledge.reader.prompt_ends import says_finished
from knowledge.render.answers import esc
from knowledge.render.submission_text import line_text
from knowledge.rules.statuses import Change, Status
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.drafts import Kept, Resumed, keep_replaced, kept_forms, resume_form
from usecases.handins import Handins, unit_handins
from usecases.no_proposals import no_proposals
from usecases.officers import named_unit
from usecases.prompts import BlankPrompt, SubmitPrompt
from usecases.proposal_sync import BEFORE, Synced, current_lines, hold
from usecases.results import Refusal, Refused
from usecases.runner import use_case
from usecases.task_titles import task_title

# what the chat shows of a form being filled: the forms, the tiers, a line as read back
__all__ = ["FORMS", "TIERS", "Form", "line_text", "line_usage"]

MAX_ERRORS = 30
UNIT_UNREAD = (
    "Không đọc được đơn vị trên mẫu {form}: ghi tên đơn vị sau “{label}” (ví dụ Sở Y tế) rồi "
    "gửi lại. Không có gì được lưu."
)
# an officer's template whose unit line names another unit (only an admin files for another)
OTHER_UNIT = (
    "Tệp ghi đơn vị là {other} (dòng “{label}”), còn bạn là cán bộ của {own}: bot không nhận "
    "biểu của đơn vị khác; sửa dòng đó thành {own} rồi gửi lại. Không có gì được lưu."
)
SENT_NOTE = "Đã nộp đủ {forms} qua bot"
PART_NOTE = "Đã nộp {forms} qua bot, chưa đủ"
STEP_ACTIONS = ("ok", "no", "zero", "pop", "clear")


@dataclass(frozen=True)
class FormMenu:
    """/nop without a known form: what the unit owes (None for an admin), and the forms."""

    owed: Handins | None
    unknown: str  # what was typed when it named no form ("" when nothing was)
    drafts: tuple[Kept, ...] = ()  # forms a command ended, kept to take up (usecases/drafts.py)


@dataclass(frozen=True)
class FormStep:
    """The form being filled: ask the next tier's counts, or show the lines so far."""

    form: Form
    prompt: SubmitPrompt
    held: str  # a counts form's summary once every tier is in
    finished: bool = False  # "xong" typed: the lines are shown for the ✅ Nộp press
    resumed: Resumed | None = None  # taken up from the draft a command had ended it into
    reopened: bool = False  # /nop named the form already open: it goes on


@dataclass(frozen=True)
class FormDropped:
    form: Form


@dataclass(frozen=True)
class Submitted:
    form: Form
    agency: str
    version: int
    at_text: str  # "HH:MM dd/mm/YYYY"
    held: str
    missing: tuple[Form, ...]  # the task's forms still to send
    # the task's status this submission wrote: hoan_thanh once every form is in, dang_thuc_hien
    # for the first part of a task of several forms (none when the unit's status stands)
    done: Change | None
    behalf: str | None = None  # "ghi thay": the admin who sent it for the unit
    id: int = 0  # the stored version: what its "Hoàn tác" names
    replaces: bool = False  # a version was accepted before it (not one undone): it replaces that
    # BIỂU 02: how the unit's proposals changed to hold what it sent (None for other forms)
    synced: Synced | None = None
    due: date | None = None  # the task's deadline
    days_late: int = 0  # sent after it: by how many days, as /nopbai counts them
    # the file of a blank form that waited for its press, ended by this filled one
    superseded: str = ""
    title: str = ""  # the task's short title ("Biểu 02"): the status line leads with it (ux23 #2)


@dataclass(frozen=True)
class BlankAsked:
    """A form sent back with nothing filled in: nothing stored; the chat waits for the press
    that sends it blank on purpose. `held`: the unit's proposals a blank BIỂU 02 would
    withdraw."""

    form: Form
    agency: str
    file_name: str
    held: int = 0
    behalf: bool = False


def ask_step(desk: Desk, caller: Caller, form: Form, prompt: SubmitPrompt) -> FormStep:
    """The state waits in the chat; each step gives the officer another 10 minutes."""
    assert caller.chat_id is not None
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    done = form.shape == "counts" and len(prompt.counts) >= len(TIERS)
    return FormStep(form, prompt, summary(form, counts_data(prompt.counts)) if done else "")


@use_case(writes=True)
def start_form(desk: Desk, caller: Caller, arg: str) -> FormMenu | FormStep | Refusal:
    """/nop [form]."""
    who = caller.actor
    form = form_named(arg) if arg else None
    if who.agency is None and not who.is_admin:
        return Refusal(caller.standing)
    if form is None:
        owed = unit_handins(desk, who.agency) if who.agency else None
        kept = kept_forms(desk, caller, who.agency) if who.agency else ()
        return FormMenu(owed, arg, kept)
    target = may_submit(desk.province, who, form)
    if not isinstance(target, Target):
        return target
    # nothing typed is lost: the same form still open goes on, or its draft is taken up
    waiting = caller.waiting.prompt if caller.waiting else None
    if (
        isinstance(waiting, SubmitPrompt)
        and waiting.form == form.code
        and waiting.agency == target.agency
    ):
        return replace(ask_step(desk, caller, form, waiting), reopened=True)
    resumed = resume_form(desk, caller, form.code, target.agency)
    if resumed is not None:
        return replace(ask_step(desk, caller, form, resumed.prompt), resumed=resumed)
    lines: list[dict] = []
    if form.code == "bieu02":
        lines = current_lines(desk, target.agency)
        if not lines:
            return no_proposals(desk, caller, target)
    if form.code == "pl4":
        lines = pl4_prefill(desk.catalogue, desk.statuses().current, target.agency)
    return ask_step(desk, caller, form, SubmitPrompt(form.code, target.agency, lines, {}))


@use_case(writes=True)
def form_line(desk: Desk, caller: Caller, prompt: SubmitPrompt, text: str) -> FormStep | Refusal:
    """A message while a form is open: the next tier's counts, or one more line."""
    form = FORMS[prompt.form]
    text = text.strip()
    if form.shape == "counts" and len(prompt.counts) < len(TIERS):
        got = read_counts(text)
    elif form.shape == "list" and form.code != "bieu02":
        if says_finished(text):  # "xong": the lines so far again, with the ✅ Nộp button
            return replace(ask_step(desk, caller, form, prompt), finished=True)
        got = read_line(form, text)
    else:
        return Refusal("Bấm ✅ Nộp hoặc Hủy (hay /huy).")
    if isinstance(got, Refusal):
        return Refusal(Refused.ANSWER_AGAIN, refusal=got)
    if form.shape == "counts":
        counts = {**prompt.counts, TIERS[len(prompt.counts)][0]: got}
        return ask_step(desk, caller, form, replace(prompt, counts=counts))
    return ask_step(desk, caller, form, replace(prompt, lines=[*prompt.lines, got]))


@use_case(writes=True)
def form_button(
    desk: Desk, caller: Caller, prompt: SubmitPrompt, action: str
) -> FormStep | FormDropped | Submitted | Refusal:
    """✅ Nộp submits, Hủy drops, Không có (a tier without procedures), ↩️ / Xóa hết (lines)."""
    assert caller.chat_id is not None
    form = FORMS[prompt.form]
    if action == "no":
        prompts.take(desk, caller.chat_id, caller.user_id)
        return FormDropped(form)
    if action == "zero" and form.shape == "counts" and len(prompt.counts) < len(TIERS):
        prompt = replace(prompt, counts={**prompt.counts, TIERS[len(prompt.counts)][0]: {}})
    elif action == "pop" and prompt.lines:
        prompt = replace(prompt, lines=prompt.lines[:-1])
    elif action == "clear":  # the lines, or a counts form's tiers: started again
        prompt = replace(prompt, lines=[], counts={})
    elif action == "ok" and (form.shape == "list" or len(prompt.counts) == len(TIERS)):
        return _submit(desk, caller, form, prompt)
    return ask_step(desk, caller, form, prompt)


def _submit(desk: Desk, caller: Caller, form: Form, prompt: SubmitPrompt) -> Submitted | Refusal:
    assert caller.chat_id is not None
    prompts.take(desk, caller.chat_id, caller.user_id)
    # Decided again: the officer's rights may have changed while the form was open.
    target = may_submit(desk.province, caller.actor, form)
    if not isinstance(target, Target) or target.agency != prompt.agency:
        reason = target.reason if not isinstance(target, Target) else ""
        return Refusal(f"{reason} Chưa nộp {esc(form.name)}.".strip())
    if form.shape == "counts":
        data = counts_data(prompt.counts)
        content = template(form, target.agency, counts=data["counts"])
    else:
        data = {"form": form.code, "counts": {}, "lines": prompt.lines}
        content = template(form, target.agency, prompt.lines)
    return accept(desk, caller, form, target, data, content, f"{form.code}_chat.xlsx", "chat")


@use_case(writes=True)
def upload_form(
    desk: Desk, caller: Caller, file_name: str, content: bytes, book: Book
) -> Submitted | BlankAsked | Refusal:
    """A filled template sent back: checked cell by cell, refused whole on any error (`book`:
    the workbook read from `content` in the sandbox, usecases/documents.py)."""
    found = form_of(book)
    if found is None:
        return Refusal("Tệp này không phải mẫu biểu của bot. Tải mẫu ở /baocao.")
    form, unit = found
    named = None
    line = unit_cell(book, form)

    def whole(text: str) -> str | None:  # any spelling the register reads ("Hàm Yên")
        return named_unit(desk, text)

    if caller.is_admin:
        # an admin sends a unit's form for it: the unit its line names (the name typed on a
        # blank template, or the unit's own template forwarded), else the one it was made for
        typed = unit_in_cell(line, form, whole)
        named = typed or unit or None
        if named is None and caller.agency is None:
            return Refusal(UNIT_UNREAD.format(form=esc(form.name), label=esc(form.unit_label)))
    target = may_submit(desk.province, caller.actor, form, named)
    if not isinstance(target, Target):
        return target
    if unit and unit != target.agency and not caller.is_admin:
        return Refusal(borrowed_template(form.name, unit, target.agency, line))
    own = target.agency
    other = None if caller.is_admin else other_unit_named(desk.province, form, line, whole, own)
    if other is not None:  # the unit line typed over with another unit's name
        return Refusal(
            OTHER_UNIT.format(
                other=esc(other), own=esc(own), label=esc(form.unit_label.rstrip(" :"))
            )
        )
    parsed = parse_book(book, form, desk.assistant.agencies.resolve)
    if not parsed.errors and blank(form, parsed.data):
        # the template sent back unfilled: asked, sent blank only on a press
        assert caller.chat_id is not None
        prompt = BlankPrompt(form.code, target.agency, file_name, parsed.data)
        prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
        held = len(current_lines(desk, target.agency)) if form.code == "bieu02" else 0
        return BlankAsked(form, target.agency, file_name, held, target.behalf)
    ended = _end_chat_form(desk, caller)
    if parsed.errors:
        shown = parsed.errors[:MAX_ERRORS]
        more = len(parsed.errors) - len(shown)
        return Refusal(
            f"❌ Chưa nhận {esc(form.name)} ({esc(file_name)}): {len(parsed.errors)} lỗi, "
            "không có gì được lưu. Sửa rồi gửi lại:\n"
            + "\n".join(f"• {esc(e)}" for e in shown)
            + (f"\n… và {more} lỗi nữa." if more > 0 else "")
            + (f"\n{ended}" if ended else "")
        )
    superseded = _end_blank_wait(desk, caller)
    done = accept(desk, caller, form, target, parsed.data, content, file_name, "file")
    return replace(done, superseded=superseded) if superseded else done


def _end_chat_form(desk: Desk, caller: Caller) -> str:
    """A form being filled in the chat (`/nop pl1`) ends when a filled template is sent: the
    file is the answer, and the next message is never read as the form's numbers (ux38 #10: a
    refused file left the prompt waiting, ended later by an unrelated message). What was typed
    is kept as the form's draft. The line that says so and what to do next, or ""."""
    waiting = caller.waiting.prompt if caller.waiting else None
    if not isinstance(waiting, SubmitPrompt) or caller.chat_id is None:
        return ""
    keep_replaced(desk, caller.chat_id, caller.user_id)
    prompts.take(desk, caller.chat_id, caller.user_id)
    return (
        f"Phần nhập {esc(waiting.form_name)} trong chat đã dừng: sửa tệp rồi gửi lại "
        f"(không cần gõ lệnh), hoặc nhập trong chat: <code>/nop {esc(waiting.form)}</code>."
    )


def _end_blank_wait(desk: Desk, caller: Caller) -> str:
    """A blank form that waited for the press sending it blank ends when a filled one is
    accepted: said once, with the receipt (else the next button pressed, the receipt's
    "Hoàn tác", ended it first with a line of its own). The blank file's name, or ""."""
    waiting = caller.waiting.prompt if caller.waiting else None
    if not isinstance(waiting, BlankPrompt) or caller.chat_id is None:
        return ""
    taken = prompts.take(desk, caller.chat_id, caller.user_id)
    return waiting.name if taken is not None else ""


def accept(
    desk: Desk,
    caller: Caller,
    form: Form,
    target: Target,
    data: dict,
    content: bytes,
    file_name: str,
    source: str,
) -> Submitted:
    """Store a checked submission as the unit's new version, and mark the task sent once every
    form it asks for is in (the status change kept with the submission, which its "Hoàn tác"
    undoes with it: usecases/submission_undo.py)."""
    now = desk.clock.now()
    held = summary(form, data)
    behalf = caller.writer if target.behalf else None
    if caller.chat_id is not None:  # the form sent: a draft of it kept from before is done with
        desk.repo.take_draft(caller.chat_id, caller.user_id, form.code)
    before = desk.submissions.submissions(task=target.task, agency=target.agency)
    sent = {s.form for s in before} | {form.code}
    missing = tuple(missing_forms(desk.province, target.task, sent))
    current = desk.repo.current(target.task, target.agency)
    names = ", ".join(f.name for f in FORMS.values() if f.code in sent)
    marked = None
    if not missing and (current is None or current.new != Status.HOAN_THANH):
        marked = (Status.HOAN_THANH, SENT_NOTE.format(forms=names))
    elif missing and (current is None or current.new == Status.CHUA_BAT_DAU):
        # a first part of a task of several forms: under way, as /tiendo, the reminders and
        # every view of the standing rule then say beside /nopbai's "còn thiếu …" (not done:
        # only every form is); a status the unit reported itself is left as it is
        marked = (Status.DANG_THUC_HIEN, PART_NOTE.format(forms=names))
    done = None
    if marked is not None:
        status, note = marked
        done = desk.repo.record(
            target.task, target.agency, status, note, caller.user_id, now, behalf
        )
    # the accepted version before it, if any (an undone one replaces nothing)
    replaces = bool(
        desk.submissions.submissions(task=target.task, agency=target.agency, form=form.code)
    )
    synced = None
    if form.code == "bieu02":
        # what the unit sent is its proposals: /dexuat, /nop bieu02 and the province's list
        # show it; the proposals it replaced are kept in the submission for its undo
        data = {**data, BEFORE: current_lines(desk, target.agency)}
        synced = hold(desk, target.agency, list(data.get("lines") or []), caller.user_id)
    saved = desk.submissions.add(
        target.task,
        form.code,
        target.agency,
        caller.user_id,
        now,
        source,
        file_name,
        content,
        data,
        held,
        behalf,
        done.id if done is not None else None,
    )
    at_text = saved.submitted_at.strftime("%H:%M %d/%m/%Y")
    due, days_late = lateness(desk.province, target.task, now.date())
    return Submitted(
        form,
        target.agency,
        saved.version,
        at_text,
        held,
        missing,
        done,
        behalf,
        saved.id,
        replaces,
        synced,
        due,
        days_late,
        title=task_title(desk, target.task),
    )
