"""Officers: asking to be registered, an admin's decision on it, revoking, the list, and one's
own reminders on or off.

Which request is allowed and who decides is knowledge/rules/officers.py; here each decision is
taken on the registration as read and written only if it is still that one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from knowledge.catalogue import units
from knowledge.language.text import ascii_number, tokenize
from knowledge.messages.offers import switch_reminders
from knowledge.reader.registering import registration_named, workplace_registration
from knowledge.reader.reminder_talk import reminders_asked
from knowledge.render.answers import esc
from knowledge.rules import officers
from knowledge.rules.officers import Actor, OfficerState, Registration
from usecases import refs
from usecases.approval_notices import record_approved
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal, Refused
from usecases.runner import use_case

__all__ = ["OfficerState", "Registration"]


@dataclass(frozen=True)
class AgencyChoice:
    """Nothing written: the agencies (or a group's units) to choose from."""

    agencies: tuple[str, ...]
    group: str | None = None  # the group the person named ("UBND huyện"), whose units these are
    # "dk ubnd huyen son duong": a registration verb and one unit's whole name, from someone
    # with no registration: read surely, the request is made (`register_said`), undoable
    said: bool = False


@dataclass(frozen=True)
class Registered:
    registration: Registration
    paused: str | None  # the agency the person acted for until now and no longer does
    admins: tuple[int, ...]  # whom to tell


@dataclass(frozen=True)
class Decided:
    registration: Registration
    state: OfficerState


def registrable(desk: Desk) -> tuple[str, ...]:
    """Each district unit, never "UBND huyện" as one; the same for a whole table version."""
    return desk.per_table(
        "registrable",
        lambda a: tuple(
            units.registrable(a.catalogue.agencies, a.catalogue.province(_slug(desk)))
        ),
    )


def unit_named(desk: Desk, text: str) -> str | None:
    """A unit by the words only its name holds ("ham yen", "son duong", "vien thong"), as the
    register reads a unit where one stands for /capnhat: a district officer types the place, not
    the committee's title ("/dangky ham yen" was "Không nhận ra cơ quan")."""
    return units.unit_by_words(tokenize(text), registrable(desk))


def named_unit(desk: Desk, text: str) -> str | None:
    """The agency or unit a whole text names, in any spelling the register reads."""
    return units.unit_read(text, desk.assistant.agencies.whole, registrable(desk))


def _place_dropped(desk: Desk, text: str, agency: str) -> str:
    """The words typed after a group the province lists no units of ("ubnd huyen dien khanh"
    read as "UBND huyện"): the place, which registering to the group would drop in silence;
    "" when the text names the agency whole, or the group has its units (they are offered)."""
    found = desk.assistant.agencies.find(text)
    kind = desk.catalogue.agencies.get(agency)
    if found is None or kind is None or kind.kind != "ubnd":
        return ""
    if desk.province.members(agency) != (agency,):
        return ""
    tokens = tokenize(text)
    return " ".join(t.raw for i, t in enumerate(tokens) if not found.start <= i < found.end)


def _other_province(desk: Desk, agency: str) -> str:
    """The province a body of another province's register belongs to ("Viễn thông Tuyên
    Quang" typed in Bắc Giang: the register reads every province's names), "" for one's own."""
    found = desk.catalogue.agencies.get(agency)
    if found is None or found.province in ("", _slug(desk)):
        return ""
    other = desk.catalogue.provinces.get(found.province)
    return f"tỉnh {other.name}" if other is not None else f"tỉnh {found.province}"


@use_case(database=False)
def registration_choices(desk: Desk) -> AgencyChoice:
    return AgencyChoice(registrable(desk))


@use_case(writes=True)
def ask_registration(
    desk: Desk, caller: Caller, name: str, agency_text: str
) -> AgencyChoice | Registered | Refusal:
    """/dangky <agency>: the request, or the units to choose from when a group was named."""
    agency = desk.assistant.agencies.resolve(agency_text) or unit_named(desk, agency_text)
    if agency is None:
        return Refusal(Refused.UNKNOWN_AGENCY_REGISTER, text=agency_text)
    elsewhere = _other_province(desk, agency)
    if elsewhere:
        return Refusal(
            f"“{esc(agency)}” là đơn vị của {esc(elsewhere)}, không thuộc danh sách của "
            f"{esc(desk.province.name)}. Các cơ quan, đơn vị đăng ký được: "
            f"{esc(', '.join(registrable(desk)))}. Chưa có gì thay đổi."
        )
    dropped = _place_dropped(desk, agency_text, agency)
    if dropped:
        return Refusal(
            f"Chưa có danh sách đơn vị cấp huyện của {esc(desk.province.name)}: «{esc(dropped)}» "
            f"chưa được ghi nhận, nên không đăng ký vào “{esc(agency)}” chung. Các cơ quan, đơn "
            f"vị đăng ký được: {esc(', '.join(registrable(desk)))}. Chưa có gì thay đổi."
        )
    choices = units.choose_unit(desk.province, agency)
    if choices:
        return AgencyChoice(tuple(choices), group=agency)
    return register(desk, caller, name, agency)


@use_case(database=False)
def reminders_switch_asked(desk: Desk, text: str) -> Refusal | None:
    """ "tắt nhắc nhở", "nhac nho bat lai": /nhacnho's exact command said back (the setting
    changes only on the command); None for anything else."""
    switch = desk.remembered("reminder talk", text, lambda: reminders_asked(text))
    return Refusal(switch_reminders(switch == "on")) if switch is not None else None


@use_case(database=False)
def registration_asked(desk: Desk, caller: Caller, text: str) -> AgencyChoice | Refusal | None:
    """ "dang ky so y te" typed as a sentence: the agency (or a group's units) to offer as
    /dangky's buttons; nothing requested yet. None when it reads surely as a service ("đăng ký
    bảo hiểm xã hội": a citizen's registration, whose words also name an agency); said so to
    the agency's own officer."""
    agency = desk.remembered(  # every text typed passes here: read once per text
        "registration", text, lambda: registration_named(text, lambda t: named_unit(desk, t))
    )
    # sure: the register's own name of the unit, typed after the verb (a place alone, "son
    # duong", is read as the unit too, but only offered)
    said = (
        agency is not None
        and caller.registration is None
        and registration_named(text, desk.assistant.agencies.whole) == agency
    )
    if agency is None and caller.registration is None:
        # "mình ở sở tư pháp, đăng ký thế nào" from someone not registered: asks how, offered
        agency = desk.remembered(
            "workplace", text, lambda: workplace_registration(text, lambda t: named_unit(desk, t))
        )
    if agency is None:
        return None
    answer = desk.assistant.ask(text, desk.clock.today(), desk.province.slug, caller.agency)
    if answer.intent in ("service", "item") and answer.sure:
        return None
    if agency == caller.agency:
        return Refusal(f"Bạn đã là cán bộ của {esc(agency)}; không cần đăng ký lại.")
    choices = units.choose_unit(desk.province, agency)
    if choices:
        return AgencyChoice(tuple(choices), group=agency)
    return AgencyChoice((agency,), said=said) if agency in registrable(desk) else None


@use_case(writes=True)
def register_said(
    desk: Desk, caller: Caller, name: str, choice: AgencyChoice
) -> Registered | AgencyChoice | Refusal:
    """ "dk ubnd huyen son duong" read surely (`AgencyChoice.said`): the request made at once, as
    /dangky makes it, and said so with its undo; a request left to a button nobody pressed
    never reached the coordinator (ux30 #10). Anything less sure stays a choice, unwritten."""
    if not choice.said or len(choice.agencies) != 1 or caller.registration is not None:
        return choice
    return register(desk, caller, name, choice.agencies[0])


@dataclass(frozen=True)
class Withdrawn:
    registration: Registration
    admins: tuple[int, ...]  # told, since they were told of the request


@use_case(writes=True)
def withdraw_request(desk: Desk, caller: Caller, agency: str) -> Withdrawn | Refusal:
    """The undo of a request made from a typed sentence: taken back while it waits."""
    found = refs.agency_name(desk, agency)
    taken = desk.repo.withdraw_request(caller.user_id, found) if found else None
    if taken is None:
        return Refusal(
            "Yêu cầu này không còn chờ duyệt (đã được duyệt, từ chối hoặc thay bằng yêu cầu "
            "khác); không có gì thay đổi."
        )
    return Withdrawn(taken, tuple(desk.config.admins))


@use_case(writes=True)
def register_for(desk: Desk, caller: Caller, name: str, agency: str) -> Registered | Refusal:
    """An agency button of /dangky (by its reference)."""
    found = refs.agency_name(desk, agency)
    if found is None or found not in registrable(desk):
        return Refusal(Refused.STALE_AGENCY)
    return register(desk, caller, name, found)


def register(desk: Desk, caller: Caller, name: str, agency: str) -> Registered | Refusal:
    current = desk.repo.officer(caller.user_id)
    decision = officers.register(current, agency)
    if isinstance(decision, Refusal):
        return decision
    done = desk.repo.request_registration(caller.user_id, name, agency, desk.clock.now())
    paused = current.agency if current is not None and officers.acting_agency(current) else None
    return Registered(done, paused, tuple(desk.config.admins))


def _user_id(text: str) -> int | None:
    """A Telegram user id (a BIGINT column: nothing larger is anyone)."""
    number = ascii_number(text, 19)  # "²" or "٣" are no id ("²".isdigit() is True)
    return number if number is not None and 0 < number < 2**63 else None


def _decide(
    desk: Desk,
    who: Actor,
    user_id: int,
    rule: Callable[[Registration | None], OfficerState | Refusal],
    changed: Refused,
) -> Decided | Refusal:
    """The sequence every decision on a registration takes: the rule on the registration as
    read, then the write only if it is still that registration (another admin, or the person
    asking for another agency, may have come first)."""
    current = desk.repo.officer(user_id)
    decision = rule(current)
    if isinstance(decision, Refusal):
        return decision
    done = desk.repo.decide(user_id, decision, who.user_id, desk.clock.now(), expect=current)
    if done is None:
        return Refusal(changed)
    return Decided(done, decision)


@use_case(writes=True)
def decide_registration(
    desk: Desk, caller: Caller, user_text: str, approve: bool, seen: str | None = None
) -> Decided | Refusal:
    """/duyet, /tuchoi and their buttons; `seen` is the reference of the agency the button
    named: pressed after the person asked for another agency, it decides nothing."""
    who = caller.actor
    refusal = officers.may_decide(who)
    if refusal:
        return refusal
    user_id = _user_id(user_text)
    if user_id is None:
        command = "duyet" if approve else "tuchoi"
        return Refusal(Refused.NEED_USER_ID, command=command)
    seen_agency = refs.agency_name(desk, seen) if seen else None
    if seen and seen_agency is None:  # a button naming an agency no longer in the register
        return Refusal(Refused.STALE_DECISION)
    rule = officers.approve if approve else officers.reject
    decided = _decide(
        desk,
        who,
        user_id,
        lambda current: rule(who, user_id, current, seen_agency),
        Refused.REQUEST_CHANGED,
    )
    if isinstance(decided, Decided) and decided.state == OfficerState.APPROVED:
        # the letters in force with the unit's work, told after the welcome (ux34 #7)
        record_approved(desk, decided.registration.agency, user_id)
    return decided


@use_case(writes=True)
def revoke(desk: Desk, caller: Caller, user_text: str) -> Decided | Refusal:
    """/thuhoi <user id>."""
    who = caller.actor
    refusal = officers.may_decide(who)
    if refusal:
        return refusal
    user_id = _user_id(user_text)
    if user_id is None:
        return Refusal(Refused.NEED_USER_ID, command="thuhoi")
    return _decide(
        desk,
        who,
        user_id,
        lambda current: officers.revoke(who, user_id, current),
        Refused.OFFICER_CHANGED,
    )


@use_case(writes=False)
def list_officers(desk: Desk, caller: Caller) -> list[Registration] | Refusal:
    if not caller.is_admin:
        return Refusal(Refused.ADMINS_LIST)
    return desk.repo.officers()


@use_case(writes=True)
def set_reminders(desk: Desk, caller: Caller, on: bool) -> bool | Refusal:
    """/nhacnho bat|tat, for an approved officer: True when it is now on."""
    if caller.agency is None:
        return _reminders_refusal(caller)
    desk.repo.set_reminders(caller.user_id, on)
    return on


@use_case(database=False)
def reminders_state(desk: Desk, caller: Caller) -> bool | Refusal:
    """/nhacnho alone: whether an approved officer's reminders are on (read with the caller)."""
    if caller.agency is None or caller.registration is None:
        return _reminders_refusal(caller)
    return caller.registration.reminders


def _reminders_refusal(caller: Caller) -> Refusal:
    # An admin of no agency types /nhacnho to chase the units: say where that is done.
    if caller.is_admin and caller.agency is None:
        return Refusal(Refused.REMINDERS_FOR_ADMINS)
    return Refusal(Refused.REMINDERS_FOR_OFFICERS, registration=caller.registration)


def _slug(desk: Desk) -> str:
    return desk.config.province
