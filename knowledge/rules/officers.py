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

from knowledge.render.answers import esc
from knowledge.rules.decisions import UNCHANGED, Refusal


class OfficerState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    REVOKED = "revoked"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    OfficerState.PENDING: "chờ duyệt",
    OfficerState.APPROVED: "đã duyệt",
    OfficerState.REJECTED: "bị từ chối",
    OfficerState.REVOKED: "đã thu hồi",
}
NOT_OFFICER = "Bạn chưa là cán bộ được duyệt. Gõ <code>/dangky &lt;cơ quan&gt;</code> để đăng ký."


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


def standing(registration: Registration | None) -> str:
    """What someone who may not act yet is told: where their registration stands."""
    if registration is None:
        return NOT_OFFICER
    sent = (
        f", gửi {registration.requested_at.day}/{registration.requested_at.month}"
        if registration.requested_at
        else ""
    )
    what = f"Yêu cầu đăng ký của bạn ({esc(registration.agency)}{sent})"
    if registration.state == OfficerState.PENDING:
        return f"{what} đang chờ duyệt. Khi được duyệt, bạn sẽ nhận tin báo."
    if registration.state == OfficerState.REJECTED:
        return f"{what} đã bị từ chối. Gõ <code>/dangky &lt;cơ quan&gt;</code> để đăng ký lại."
    if registration.state == OfficerState.REVOKED:
        return (
            f"Quyền cán bộ của bạn ({esc(registration.agency)}) đã bị thu hồi. "
            "Gõ <code>/dangky &lt;cơ quan&gt;</code> để đăng ký lại."
        )
    return NOT_OFFICER


def may_write(who: Actor) -> Refusal | None:
    """Writes (statuses, proposals) come from approved officers and admins."""
    if who.agency is None and not who.is_admin:
        return Refusal(NOT_OFFICER)
    return None


def register(current: Registration | None, agency: str) -> OfficerState | Refusal:
    """A request to act for `agency`: the new state, or why it is not needed."""
    if current is not None and current.agency == agency:
        if current.state == OfficerState.APPROVED:
            return Refusal(f"Bạn đã là cán bộ của {esc(agency)}. {UNCHANGED}")
        if current.state == OfficerState.PENDING:
            # the admins were told when it was sent: asking again tells nobody again
            return Refusal(f"{standing(current)} {UNCHANGED}")
    return OfficerState.PENDING


def may_decide(who: Actor) -> Refusal | None:
    """Approving, rejecting and revoking are for admins."""
    if not who.is_admin:
        return Refusal(f"Chỉ quản trị viên mới duyệt hay thu hồi được cán bộ. {UNCHANGED}")
    return None


def _decider(who: Actor, user_id: int, current: Registration | None) -> Refusal | None:
    refusal = may_decide(who)
    if refusal:
        return refusal
    if current is None:
        return Refusal(f"Không có yêu cầu đăng ký nào của id {user_id}. {UNCHANGED}")
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
        return Refusal(
            f"{esc(current.name)} đã gửi yêu cầu mới, cho {esc(current.agency)}: hãy xem tin "
            f"nhắn mới nhất hoặc /canbo. {UNCHANGED}"
        )
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
        return Refusal(f"{esc(current.name)} đã được duyệt rồi. {UNCHANGED}")
    if current.state == OfficerState.REVOKED:
        return Refusal(
            f"{esc(current.name)} đã bị thu hồi quyền cán bộ; người này cần gửi lại /dangky. "
            f"{UNCHANGED}"
        )
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
        return Refusal(
            f"{esc(current.name)} đã được duyệt; dùng <code>/thuhoi {user_id}</code> để thu hồi "
            f"quyền. {UNCHANGED}"
        )
    if current.state != OfficerState.PENDING:
        return Refusal(f"{esc(current.name)} đang ở trạng thái {current.state.label}. {UNCHANGED}")
    return OfficerState.REJECTED


def revoke(who: Actor, user_id: int, current: Registration | None) -> OfficerState | Refusal:
    """Only an approved officer loses the right to act for the agency."""
    refusal = _decider(who, user_id, current)
    if refusal:
        return refusal
    assert current is not None
    if current.state == OfficerState.PENDING:
        return Refusal(
            f"{esc(current.name)} chưa được duyệt; dùng <code>/tuchoi {user_id}</code> để từ "
            f"chối. {UNCHANGED}"
        )
    if current.state != OfficerState.APPROVED:
        return Refusal(f"{esc(current.name)} đang ở trạng thái {current.state.label}. {UNCHANGED}")
    return OfficerState.REVOKED
