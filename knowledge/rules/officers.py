"""The officer lifecycle: who asks to act for an agency, who decides, and for which agency an
approved officer acts.

    (nobody) --register--> pending --approve--> approved --revoke--> revoked
                           pending --reject---> rejected --approve--> approved
    pending (another agency), approved (another agency), rejected, revoked --register--> pending

Admins (the user ids in the config) approve, reject and revoke; anyone may ask. A request for
another agency replaces the one before, so an officer acts for one agency at a time and an
approved officer who asks to move acts for none until approved again. A revoked officer must ask
again: an old "Duyệt" button cannot bring them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from knowledge.rules.decisions import Refusal, Refused


class OfficerState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    REVOKED = "revoked"


@dataclass(frozen=True)
class Registration:
    """A person's registration as an officer of an agency, as stored."""

    user_id: int
    name: str
    agency: str
    state: OfficerState
    reminders: bool = True
    requested_at: datetime | None = None


@dataclass(frozen=True)
class Actor:
    """Who is acting: the agency they act for (None unless an approved officer) and whether they
    are an admin.
    """

    user_id: int
    agency: str | None
    is_admin: bool


def is_admin(user_id: int | None, admins: list[int] | tuple[int, ...]) -> bool:
    return user_id is not None and user_id in admins


def acting_agency(registration: Registration | None) -> str | None:
    """Only an approved officer acts for an agency."""
    if registration is None or registration.state != OfficerState.APPROVED:
        return None
    return registration.agency


def actor(user_id: int, registration: Registration | None, admins: list[int]) -> Actor:
    return Actor(user_id, acting_agency(registration), is_admin(user_id, admins))


def may_write(who: Actor) -> Refusal | None:
    """Writes (statuses, proposals) come from approved officers and admins."""
    if who.agency is None and not who.is_admin:
        return Refusal(Refused.NOT_OFFICER)
    return None


def register(current: Registration | None, agency: str) -> OfficerState | Refusal:
    """A request to act for `agency`: the new state, or why it is not needed."""
    if current is not None and current.agency == agency:
        if current.state == OfficerState.APPROVED:
            return Refusal(Refused.ALREADY_OFFICER, agency=agency)
        if current.state == OfficerState.PENDING:
            # the admins were told when it was sent: asking again tells nobody again
            return Refusal(Refused.REQUEST_PENDING, registration=current)
    return OfficerState.PENDING


def may_decide(who: Actor) -> Refusal | None:
    """Approving, rejecting and revoking are for admins."""
    if not who.is_admin:
        return Refusal(Refused.ADMINS_DECIDE)
    return None


def _decider(who: Actor, user_id: int, current: Registration | None) -> Refusal | None:
    refusal = may_decide(who)
    if refusal:
        return refusal
    if current is None:
        return Refusal(Refused.NO_REQUEST, user_id=user_id)
    return None


def _decidable(
    who: Actor, user_id: int, current: Registration | None, seen_agency: str | None
) -> Refusal | None:
    """An admin, a request to decide, and the one the admin saw: not replaced since by a request
    for another agency (a button pressed on the old one)."""
    refusal = _decider(who, user_id, current)
    if refusal or current is None:
        return refusal
    if seen_agency is not None and seen_agency != current.agency:
        return Refusal(Refused.NEWER_REQUEST, name=current.name, agency=current.agency)
    return None


def approve(
    who: Actor, user_id: int, current: Registration | None, seen_agency: str | None = None
) -> OfficerState | Refusal:
    """A pending request, or one rejected a moment ago by mistake, becomes an approved officer."""
    refusal = _decidable(who, user_id, current, seen_agency)
    if refusal:
        return refusal
    assert current is not None
    if current.state == OfficerState.APPROVED:
        return Refusal(Refused.ALREADY_APPROVED, name=current.name)
    if current.state == OfficerState.REVOKED:
        return Refusal(Refused.REVOKED_ASK_AGAIN, name=current.name)
    return OfficerState.APPROVED


def reject(
    who: Actor, user_id: int, current: Registration | None, seen_agency: str | None = None
) -> OfficerState | Refusal:
    """Only a pending request is rejected; an approved officer is revoked instead."""
    refusal = _decidable(who, user_id, current, seen_agency)
    if refusal:
        return refusal
    assert current is not None
    if current.state == OfficerState.APPROVED:
        return Refusal(Refused.APPROVED_REVOKE_INSTEAD, name=current.name, user_id=user_id)
    if current.state != OfficerState.PENDING:
        return Refusal(Refused.IN_STATE, name=current.name, state=current.state)
    return OfficerState.REJECTED


def revoke(who: Actor, user_id: int, current: Registration | None) -> OfficerState | Refusal:
    """Only an approved officer loses the right to act for the agency."""
    refusal = _decider(who, user_id, current)
    if refusal:
        return refusal
    assert current is not None
    if current.state == OfficerState.PENDING:
        return Refusal(Refused.PENDING_REJECT_INSTEAD, name=current.name, user_id=user_id)
    if current.state != OfficerState.APPROVED:
        return Refusal(Refused.IN_STATE, name=current.name, state=current.state)
    return OfficerState.REVOKED


@dataclass(frozen=True)
class TrackingScope:
    """Whose hand-ins a who-has-sent question may be answered with: one unit, or the whole
    province (`unit` None)."""

    unit: str | None


def tracking_scope(actor: Actor, named: str | None, own: bool) -> TrackingScope | Refusal | None:
    """An admin sees the unit named, their own when they say so ("bên mình"), else the whole
    province; an officer their own unit only: another unit named is not theirs to see (said
    so); None for someone with no unit (read as a question instead)."""
    if actor.is_admin:
        if named is not None:
            return TrackingScope(named)
        return TrackingScope(actor.agency if actor.agency is not None and own else None)
    if actor.agency is None:
        return None
    if named is not None and named != actor.agency:
        return Refusal(Refused.OTHER_UNITS_HANDINS, agency=actor.agency, unit=named)
    return TrackingScope(actor.agency)
