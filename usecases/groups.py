"""Groups that follow agencies: which agency a /theodoi or /botheodoi names, following and
unfollowing it, and the bot's membership of a chat.

Whether the person may manage the group is Telegram's to say (its administrators) or the
config's (the bot's admins): the chat adapter asks between the two steps.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.catalogue import units
from knowledge.catalogue.unit_lists import units_listed
from knowledge.render.answers import esc
from usecases import refs
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

STALE = "Nút này không còn hợp lệ. Không có gì thay đổi."


@dataclass(frozen=True)
class Followed:
    """What the group follows (nothing asked, or a choice to make)."""

    agencies: tuple[str, ...]


@dataclass(frozen=True)
class Named:
    """The agency the command named, ready to follow or stop following."""

    agency: str
    followed: tuple[str, ...]


@dataclass(frozen=True)
class UnitsOf:
    """A group of units was named ("UBND huyện"): each unit is followed on its own."""

    agency: str
    units: tuple[str, ...]


@dataclass(frozen=True)
class Several:
    """Several agencies named at once ("/theodoi sxd, syt"), each read whole."""

    agencies: tuple[str, ...]


@dataclass(frozen=True)
class FollowChange:
    agency: str
    changed: bool  # False: it already followed (or did not follow) it
    followed: tuple[str, ...]  # after the change


@use_case(writes=False)
def follow_target(
    desk: Desk, chat_id: int, text: str
) -> Followed | Named | UnitsOf | Several | Refusal:
    """/theodoi [agency]: what the group follows, or the agency it asks to follow."""
    followed = tuple(desk.reminders.followed(chat_id))
    if not text:
        return Followed(followed)
    register = desk.assistant.agencies
    agency = register.whole(text)
    if agency is None:
        # "sxd syt", "so y te va so xay dung", "sxd, ham yen": every unit the line names (by
        # the register, or by the words only one unit's name holds); it was read as the one
        # agency it mentioned first, the others dropped without a word
        province = desk.province
        known = desk.per_table(
            "units", lambda a: units.registrable(a.catalogue.agencies, province)
        )
        listed = units_listed(text, register.whole, known)
        if listed.unread:
            what = ", ".join(f"“{esc(p[:80])}”" for p in listed.unread)
            read = ", ".join(f"<b>{esc(u)}</b>" for u in listed.units)
            also = f" (đọc được: {read})" if read else ""
            return Refusal(f"Không nhận ra cơ quan {what}{also}. Không có gì thay đổi.")
        for one in listed.units:
            members = units.choose_unit(province, one)
            if members:
                return UnitsOf(one, tuple(members))
        if len(listed.units) > 1:
            return Several(listed.units)
        agency = listed.units[0] if listed.units else None
    if agency is None:
        return Refusal(f"Không nhận ra cơ quan “{esc(text[:80])}”. Không có gì thay đổi.")
    members = units.choose_unit(desk.province, agency)
    if members:
        return UnitsOf(agency, tuple(members))
    return Named(agency, followed)


@use_case(writes=True)
def follow(desk: Desk, chat_id: int, agency: str) -> FollowChange:
    added = desk.reminders.follow(chat_id, agency)
    return FollowChange(agency, added, tuple(desk.reminders.followed(chat_id)))


@use_case(writes=True)
def follow_several(desk: Desk, chat_id: int, agencies: tuple[str, ...]) -> list[FollowChange]:
    """Each agency followed, in one unit of work: all of them or none."""
    added = [desk.reminders.follow(chat_id, agency) for agency in agencies]
    followed = tuple(desk.reminders.followed(chat_id))
    return [FollowChange(a, changed, followed) for a, changed in zip(agencies, added, strict=True)]


@use_case(writes=False)
def unfollow_target(desk: Desk, chat_id: int, text: str) -> Followed | Named | Refusal:
    """/botheodoi [agency]: the agency to stop following (the only one when none is named), or
    the choice among several."""
    followed = tuple(desk.reminders.followed(chat_id))
    if not followed:
        return Refusal("Nhóm này chưa theo dõi cơ quan nào.")
    agency = desk.assistant.agencies.resolve(text) if text else None
    if text and agency not in followed:
        what = f"<b>{esc(agency)}</b>" if agency else f"“{esc(text[:80])}”"
        names = ", ".join(f"<b>{esc(a)}</b>" for a in followed)
        return Refusal(
            f"Nhóm không theo dõi {what}. Đang theo dõi: {names}. Không có gì thay đổi."
        )
    if agency is None and len(followed) > 1:
        return Followed(followed)
    return Named(agency or followed[0], followed)


@use_case(writes=False)
def unfollow_pressed(desk: Desk, chat_id: int, agency: str) -> Named | Refusal:
    """A "Bỏ …" button, by the agency's reference: still followed?"""
    found = refs.agency_name(desk, agency)
    followed = tuple(desk.reminders.followed(chat_id))
    if found is None or found not in followed:
        return Refusal(STALE)
    return Named(found, followed)


@use_case(writes=True)
def unfollow(desk: Desk, chat_id: int, agency: str) -> FollowChange:
    removed = desk.reminders.unfollow(chat_id, agency)
    return FollowChange(agency, removed, tuple(desk.reminders.followed(chat_id)))


@use_case(writes=True)
def membership(desk: Desk, chat_id: int, private: bool, present: bool) -> None:
    """The bot added to or removed from a chat (or blocked in a private one)."""
    desk.reminders.set_chat(chat_id, "private" if private else "group", active=present)


# -- reaching chats the bot writes to first ------------------------------------------------------
@use_case(writes=False)
def reachable(desk: Desk, chat_ids: list[int]) -> list[int]:
    """Those of `chat_ids` the bot may write to first: not marked unreachable (403)."""
    out = []
    for chat_id in chat_ids:
        chat = desk.reminders.chat(chat_id)
        if chat is None or chat.active:
            out.append(chat_id)
    return out


@use_case(writes=True)
def mark_unreachable(desk: Desk, chat_id: int) -> list[int]:
    """Telegram refused with 403: the chat marked; returns the admins to tell (none when it was
    marked already: they were told then)."""
    chat = desk.reminders.chat(chat_id)
    if chat is not None and not chat.active:
        return []
    desk.reminders.set_chat(chat_id, "group" if chat_id < 0 else "private", active=False)
    return [a for a in reachable(desk, list(desk.config.admins)) if a != chat_id]


@use_case(writes=True)
def mark_admin_unreachable(desk: Desk, chat_id: int) -> None:
    desk.reminders.set_chat(chat_id, "private", active=False)
