"""Status updates: /capnhat (typed exactly, or by buttons), the note a status needs, and an
admin's write for a unit ("ghi thay", with the unit's button when the row has several). A status
read from free text, offered for a press, and the press: usecases/status_offers.py.

Who may write which row for which agency, and what an undo restores, is
knowledge/rules/statuses.py; how a typed line is read, knowledge/reader/writes.py. A change an
admin writes for a unit carries the admin's name in `Change.behalf` (stored, not guessed): the
chat quotes it, /lichsu shows it, and the web desk marks it.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.catalogue.near_ids import looks_like_task_id
from knowledge.catalogue.occurrence_names import spell_out, typed_gap
from knowledge.catalogue.units import registrable, unit_read
from knowledge.messages.markup import typed_key
from knowledge.messages.no_occurrence import no_occurrence
from knowledge.messages.refusals import usage
from knowledge.reader.capnhat_line import CapnhatKind, read_capnhat_line, whole_key
from knowledge.reader.row_runs import several_keys
from knowledge.reader.sent_dates import said_sent
from knowledge.reader.spelling import untelexed
from knowledge.reader.status_spelling import companions_respelled
from knowledge.reader.typed_notes import kept_note
from knowledge.reader.writes import Offer, offer_for, under_way
from knowledge.render.answers import esc, key_tag
from knowledge.rules.officers import may_write
from knowledge.rules.statuses import (
    Change,
    Status,
    Target,
    UnitChoice,
    example_row,
    note_needed,
    parts_meant,
    says_something,
    target_for,
)
from knowledge.rules.typed_years import year_anchor
from usecases import capnhat_tasks as capnhat
from usecases import prompts, refs
from usecases.callers import Caller
from usecases.capnhat_tasks import task_keys_read, tasks_by_words, unknown_item, which_task
from usecases.desk import Desk
from usecases.early_occurrences import early_done
from usecases.period_keys import period_alone
from usecases.prompts import NotePrompt, UnitPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.sent_days import day_ahead, sent_day
from usecases.short_numbers import number_offer
from usecases.statements import read_statement
from usecases.statements_items import meant_offer
from usecases.statements_kinds import Several, Why
from usecases.status_choice import (
    ADMIN_USAGE,
    STALE_BUTTON,
    Item,
    RowChoice,
    StatusChoice,
    choose_status,
    rows_to_update,
    status_choice,
)
from usecases.status_offers import offer_status
from usecases.status_results import (
    MAX_NOTE,
    NoteAsked,
    Offered,
    Recorded,
    UnitAsked,
    UnitOption,
)
from usecases.status_writes import save, write_status
from usecases.unit_asking import unit_in_words
from usecases.withdrawn_tasks import refused_line, withdrawn_task

__all__ = [
    "MAX_NOTE",
    "Change",
    "Item",
    "NoteAsked",
    "Offered",
    "Recorded",
    "Status",
    "UnitAsked",
    "UnitOption",
    "choose_status",
]

UNIT_LAPSED = (
    "Lựa chọn đơn vị này đã hết hiệu lực. Gõ lại <code>/capnhat &lt;mã mục&gt; &lt;đơn vị&gt; "
    "&lt;trạng thái&gt;</code>. " + UNCHANGED
)


# -- /capnhat ------------------------------------------------------------------------------------
@use_case(writes=True)
def update_status(
    desk: Desk, caller: Caller, line: str
) -> RowChoice | StatusChoice | UnitAsked | Recorded | NoteAsked | Offered | Several | Refusal:
    """/capnhat <key> [<unit>] <status> [note], read exactly; without arguments, the rows to
    choose from; with a whole key but no status right after it, that key's statuses. The unit
    is an admin's, writing for it ("ghi thay"); a note that only names a unit is taken as the
    unit too when an admin writes (`/capnhat tq-2021-04-20 đã nộp Sở Y tế`)."""
    who = caller.actor
    if may_write(who) is not None:
        return Refusal(caller.standing)
    today = desk.clock.today()
    province = desk.province
    # "/capnhat 406-11 xong rooif": a Telex left-over read back, not kept as the note
    line = untelexed(line, desk.assistant.vocabulary)
    line = companions_respelled(line)  # "xong ruoi": "rồi" mistyped, no note (u49 #3)
    # "/capnhat 406-30 đến 406-33 đang làm", "/capnhat 406-30, 406-31 xong": several rows and one
    # status, offered as the same words typed in the chat are (a button each, and one for all)
    listed = line.partition(" ")[2]
    if several_keys(listed):
        found = read_statement(desk, caller, listed)
        if isinstance(found, Several | Refusal):
            return found

    def resolve(text: str) -> str | None:
        return desk.assistant.resolve_key(text, province, today)

    def unit_of(text: str) -> str | None:
        # a unit by its name, else by its own words where a unit stands ("… hàm yên xong"); the
        # province's units listed once per table version, and only when a unit is looked for
        units = desk.per_table("units", lambda a: registrable(a.catalogue.agencies, province))
        return unit_read(text, desk.assistant.agencies.whole, units)

    # a period alone where the key stands ("/capnhat T9/2021 đã nộp"): the occurrence of the
    # unit's one recurring task, else each task's exact line
    named_period = period_alone(desk, caller, line)
    if isinstance(named_period, Refusal):
        return named_period
    line = named_period or line
    # a short occurrence key ("tq-2021-09-25 T10/2021") read as its raw key, as typed whole;
    # one whose period holds none of its task's dates is said so, never another read (u51 #2)
    gap = typed_gap(line, province, today)
    if gap is not None:
        return Refusal(no_occurrence(*gap, "/capnhat"))
    line = spell_out(line, province, today)

    gaps: list[str] = []  # a recurring task named with a period holding none of its dates

    def task_of(text: str, unit: str | None) -> tuple[str, ...]:
        # "mẫu số 01", "cv 618", "hạn 24/9": a task's name, as exact as its id
        keys, gap = task_keys_read(desk, text, unit or who.agency)
        gaps.extend([gap] if gap else [])
        return keys

    reading = read_capnhat_line(line, resolve, unit_of, task_of)
    if gaps and reading.key is not None:  # never its current occurrence instead (u51 #2)
        return Refusal(gaps[-1])
    if reading.kind == CapnhatKind.ROWS:
        return rows_to_update(desk, who.agency, who.is_admin)
    if reading.kind == CapnhatKind.TASKS:
        return which_task(desk, reading.named, reading.keys, reading.status, reading.unit)
    if reading.kind == CapnhatKind.USAGE:
        # "/capnhat gpxd xong": no key typed whole, but a row and a status free text would
        # offer; offered the same way, for a press (it only explained the form). An admin's
        # unit before the status ("gpxd Sở Xây dựng xong") is whom the offer is for, when the
        # words before it name the item alone, among the unit's (the unit's words may also be
        # a service's: "giấy phép xây dựng xong" names 406-14 whole, and no unit).
        offer = offer_for(line.partition(" ")[2], desk.assistant, province, today, who.agency)
        if offer is None and not who.is_admin:
            # "/capnhat 23 xong": the number alone, as /muc reads it, offered for a press
            number = number_offer(desk, caller, line.partition(" ")[2])
            if isinstance(number, Several | Refusal):
                return number
            offer = number
        if who.is_admin and reading.unit is not None and reading.status is not None:
            stated = f"{reading.named} {reading.status.label} {reading.note}".strip()
            alone = offer_for(stated, desk.assistant, province, today, reading.unit)
            if alone is not None and (offer is None or offer.key == alone.key):
                offer = alone if alone.unit else replace(alone, unit=reading.unit)
            if offer is None or not isinstance(
                target_for(province, who, offer.key, reading.unit), Target
            ):
                # nothing the unit owns read: the unit's task by its own words ("danh sách
                # dịch vụ công đã tích hợp thanh toán Sở Y tế xong"), not another unit's task
                keys = tasks_by_words(desk, reading.named, reading.unit)
                if len(keys) > 1:
                    return which_task(desk, reading.named, keys, reading.status, reading.unit)
                if keys:
                    offer = Offer(keys[0], reading.status, reading.note, unit=reading.unit)
        meant = meant_offer(desk, caller, offer) if offer is not None else None
        if isinstance(meant, Several):  # a parent row whose several sub-rows are the writer's
            return meant
        if meant is not None and not isinstance(target_for(province, who, meant.key), Refusal):
            return offer_status(desk, caller, meant)
        typed = line.partition(" ")[2].split(" ", 1)[0]
        gone = withdrawn_task(desk, typed) if looks_like_task_id(typed) else None
        if gone is not None:  # a task of a letter taken back: said so, which and when
            return Refusal(f"{refused_line(gone)} {UNCHANGED}")
        if looks_like_task_id(typed):  # an id no task has: which ones it may have meant
            return capnhat.unknown_id(desk, typed, None if who.is_admin else who.agency)
        if reading.unit is not None and reading.status is not None and who.is_admin:
            # the unit and the status read, the item not: the unit's tasks' lines to type
            return unknown_item(desk, reading.named, reading.unit, reading.status)
        typed_item = reading.named or line.partition(" ")[2]  # "lltp đang làm"
        not_theirs = capnhat.row_not_theirs(desk, typed_item, who.agency)
        if not_theirs is not None:
            return not_theirs
        example = example_row(province, who.agency)  # the form shown on one of its rows
        return Refusal(usage(reading, example) + (" " + ADMIN_USAGE if who.is_admin else ""))
    assert reading.key is not None
    unit, note = reading.unit, reading.note
    if unit is None and reading.note_unit is not None and who.is_admin:
        unit, note = reading.note_unit, ""
    key = reading.key
    # "/capnhat 406-11 …" from Sở Y tế, which owns 406-11/Y tế, not 406-11: that sub-row (or
    # one button each of its several), never "Sở Y tế has no role in 406-11"
    parts = parts_meant(province, unit or who.agency, key)
    if len(parts) > 1:
        if reading.kind == CapnhatKind.CHOOSE or reading.status is None:
            titles = desk.catalogue.rows
            return RowChoice(
                unit or who.agency or "", tuple(Item(p, titles[p].short_title) for p in parts)
            )
        offer = Offer(key, reading.status, note, unit=unit or "")
        return Several(tuple(replace(offer, key=p) for p in parts), Why.PARTS, key)
    if parts:
        key = parts[0]
        if reading.status is not None:
            # not the key typed: the sub-row is offered for a press, never written unasked
            return offer_status(desk, caller, Offer(key, reading.status, note, unit=unit or ""))
    if reading.kind == CapnhatKind.CHOOSE:
        # "/capnhat 406-14 406-15 xong": the second key was dropped without a word
        others = dict.fromkeys(whole_key(w, resolve) for w in line.split()[2:])
        others.pop(reading.key, None)
        others.pop(key, None)
        others.pop(None, None)
        if others:
            return Refusal(
                "Mỗi lần một mục: "
                + "; ".join(
                    f"<code>/capnhat {typed_key(k or '')} &lt;trạng thái&gt;</code>"
                    for k in (key, *others)
                )
                + f". {UNCHANGED}"
            )
        target = target_for(province, who, key, unit)
        if isinstance(target, Refusal):
            return target
        if isinstance(target, UnitChoice) and unit is None:
            # "tuyen quang da nop": a place in two units' names before the status; which
            # unit is asked, the status typed kept (it was lost, and the status asked again)
            asked = unit_in_words(desk, caller, target, line)
            if asked is not None:
                return asked
        named = target.agency if isinstance(target, Target) and unit is not None else None
        return status_choice(desk, caller, key, unclear=True, unit=named)
    assert reading.status is not None
    said = under_way(Offer(key, reading.status, note, unit=unit or ""), note)
    if early_done(desk, key, said.status) is not None:
        # a period not begun (u46 #3): the one due now offered, never written (the check is
        # the offer's, one rule for both paths, u47 #3)
        return offer_status(desk, caller, said)
    if said.partial:  # "/capnhat 406-15 xong 50%": under way, offered; never written as done
        return offer_status(desk, caller, said)
    done = said.status == Status.HOAN_THANH
    ahead = day_ahead(desk, key, said.status, note)
    if ahead is not None:  # "/capnhat … đã nộp ngày 21/4/2021" on 20/4: never written
        return ahead
    anchor = year_anchor(desk.province, key, today)
    day, rest = said_sent(note, today, bare=False, anchor=anchor) if done else (None, note)
    if day is not None:
        # "/capnhat tq-2021-04-20 Sở Y tế đã nộp ngày 19/4" (a paper dossier typed in later):
        # the day sent read out of the note, offered for a press as free text's is
        return offer_status(desk, caller, replace(said, note=rest, sent_on=day))
    return write_status(desk, caller, key, reading.status, note, unit)


@use_case(writes=True)
def set_status(
    desk: Desk, caller: Caller, row: str, status: Status, unit: str | None = None
) -> Recorded | NoteAsked | UnitAsked | Offered | Refusal:
    """A status button: save, or ask for the note that the status requires (`unit`: the unit
    an admin chose to write for, by reference)."""
    key = refs.item_key(desk, row)
    named = refs.agency_name(desk, unit) if unit is not None else None
    if key is None or (unit is not None and named is None):
        return Refusal(STALE_BUTTON)
    return write_status(desk, caller, key, status, "", named)


@use_case(writes=True)
def write_for_unit(
    desk: Desk, caller: Caller, row: str, unit: str
) -> Recorded | NoteAsked | UnitAsked | Offered | Refusal:
    """The unit's button of an admin's /capnhat on a shared row: the status (and note) typed
    are written for that unit, while the chat still waits for this choice."""
    assert caller.chat_id is not None
    waiting = prompts.take(desk, caller.chat_id, caller.user_id)
    prompt = waiting.prompt if waiting is not None else None
    key = refs.item_key(desk, row)
    named = refs.agency_name(desk, unit)
    if not isinstance(prompt, UnitPrompt) or key != prompt.key or named is None:
        return Refusal(UNIT_LAPSED)
    said = Offer(key, prompt.status, prompt.note, unit=named, sent_on=prompt.sent_on)
    # the day typed as sent, kept when it may stand for this unit (as the offer keeps it)
    kept, not_taken = sent_day(desk, said, named)
    written = write_status(
        desk, caller, key, prompt.status, prompt.note, named, sent_on=kept.sent_on
    )
    if isinstance(written, Recorded) and kept.sent_on is None and not_taken:
        return replace(written, said=not_taken)
    return written


@use_case(writes=True)
def give_note(
    desk: Desk, caller: Caller, prompt: NotePrompt, text: str
) -> Recorded | NoteAsked | Refusal:
    """The chat owed a note for a status: this message is that note."""
    assert caller.chat_id is not None
    prompts.take(desk, caller.chat_id, caller.user_id)
    note = text.strip()
    if not note:
        prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
        return Refusal("Ghi chú không được để trống. Hãy gõ nội dung, hoặc /huy để bỏ.")
    what = note_needed(prompt.status)
    kept, dropped = kept_note(note)
    if what and dropped and not kept:
        # "mà sao vẫn nhắc" typed where the note was asked: talk to the bot, not the note
        prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
        return Refusal(
            f"«{esc(dropped[:60])}» chưa phải {what} cho {key_tag(prompt.key)}: hãy gõ {what} "
            "(ví dụ <i>chờ Bộ hướng dẫn</i>), hoặc /huy để bỏ. Chưa có gì được ghi."
        )
    note = kept or note
    if what and not says_something(note):
        # "🙏🙏" typed after the prompt: no reason; asked again, the prompt still waiting
        prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
        return Refusal(
            f"“{esc(note[:20])}” chưa phải {what}: hãy gõ {what} bằng chữ (ví dụ "
            "<i>chưa có chữ ký số</i>), hoặc /huy để bỏ. Chưa có gì được ghi."
        )
    # The agency was decided when the status was chosen; decide again: rights may have changed.
    target = target_for(desk.province, caller.actor, prompt.key, prompt.agency)
    if isinstance(target, Refusal):
        return target
    if not isinstance(target, Target) or target.agency != prompt.agency:
        return Refusal(
            f"Bạn không còn cập nhật {key_tag(prompt.key)} cho {esc(prompt.agency)}. " + UNCHANGED
        )
    return save(desk, caller, prompt.key, target, prompt.status, note)
