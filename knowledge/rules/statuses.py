"""Statuses of a row for an agency, the loose words officers use for them, who may set them and
for which agency, and what a change is (knowledge/rules/status_undo.py: how one is undone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from knowledge.catalogue.model import Assignment, Province, split_key
from knowledge.language.text import fold
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor, may_write


class Status(StrEnum):
    """A row's status for an agency. Equal to its code, so `status == "hoan_thanh"` holds."""

    CHUA_BAT_DAU = "chua_bat_dau"
    DANG_THUC_HIEN = "dang_thuc_hien"
    DANG_KIEM_THU = "dang_kiem_thu"
    HOAN_THANH = "hoan_thanh"
    VUONG_MAC = "vuong_mac"
    KHONG_DU_DIEU_KIEN = "khong_du_dieu_kien"

    @property
    def label(self) -> str:
        return STATUSES[self]


# Keyed by str so that codes read as plain strings (older callers) look up as well as members.
STATUSES: dict[str, str] = {
    Status.CHUA_BAT_DAU: "Chưa bắt đầu",
    Status.DANG_THUC_HIEN: "Đang thực hiện",
    Status.DANG_KIEM_THU: "Đang kiểm thử",
    Status.HOAN_THANH: "Hoàn thành",
    Status.VUONG_MAC: "Vướng mắc",
    Status.KHONG_DU_DIEU_KIEN: "Không đủ điều kiện",
}
NEEDS_NOTE: set[str] = {Status.VUONG_MAC, Status.KHONG_DU_DIEU_KIEN}
STATUS_ICONS: dict[str, str] = {
    Status.CHUA_BAT_DAU: "⚪",
    Status.DANG_THUC_HIEN: "🔵",
    Status.DANG_KIEM_THU: "🟣",
    Status.HOAN_THANH: "✅",
    Status.VUONG_MAC: "🟠",
    Status.KHONG_DU_DIEU_KIEN: "⛔",
}

# Folded words -> status. Longest first when matching the start of the text.
_WORDS = {
    "chua_bat_dau": ["chua bat dau", "chua lam", "chua", "cbd", "chua_bat_dau"],
    "dang_thuc_hien": [
        "dang thuc hien",
        "dang lam",
        "dang trien khai",
        "thuc hien",
        "dth",
        "dang_thuc_hien",
        "dang",
    ],
    "dang_kiem_thu": ["dang kiem thu", "kiem thu", "test", "dang test", "dkt", "dang_kiem_thu"],
    "hoan_thanh": [
        "hoan thanh",
        "xong",
        "ht",
        "da xong",
        "da tich hop",
        "da hoan thanh",
        "done",
        "ok",
        "hoan_thanh",
        "da cung cap",
        "tich hop xong",
        # a provincial task is a dossier or a report: it is done when it is sent
        "da nop",
        "nop roi",
        "da gui",
        "gui roi",
    ],
    "vuong_mac": ["vuong mac", "vuong", "kho khan", "vm", "vuong_mac", "bi vuong"],
    "khong_du_dieu_kien": [
        "khong du dieu kien",
        "khong du dk",
        # "ko", "k": how officers shorten "không" on a phone
        "ko du dieu kien",
        "ko du dk",
        "k du dieu kien",
        "k du dk",
        "kdk",
        "kddk",
        "khong_du_dieu_kien",
    ],
}
STATUS_PHRASES = sorted(
    ((fold(w), code) for code, words in _WORDS.items() for w in words), key=lambda p: -len(p[0])
)
# How long a write's "Hoàn tác" button, and a prompt waiting for input, stay valid.
WRITE_WINDOW = timedelta(minutes=10)
# The same window in the words the messages print ("trong 10 phút").
WINDOW_MINUTES = int(WRITE_WINDOW.total_seconds() // 60)


def within_window(at: datetime, now: datetime) -> bool:
    """Whether a write made at `at` may still be undone by its button (a time read back without
    its zone, as SQLite keeps it, is in `now`'s zone)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=now.tzinfo)
    return now - at <= WRITE_WINDOW


def assignment_of(province: Province, key: str) -> Assignment | None:
    """The row of the province's table a key is of: the row's own, or one milestone's of a row
    of several (`406-39@2021-05-31`, knowledge/rules/standing.py `milestone_key`)."""
    found = province.assignments.get(key)
    if found is None:
        row, due = split_key(key)
        found = province.assignments.get(row) if due is not None else None
    return found


def role_in(province: Province, agency: str, key: str) -> str | None:
    assignment = assignment_of(province, key)
    if assignment:
        return assignment.role_of(agency)
    found = province.task_at(key)  # a task, or one occurrence of a recurring task
    if found and agency in found[0].addressees:
        return "lead"
    return None


def owners(province: Province, key: str) -> tuple[str, ...]:
    """The units that hold a status of their own for a row (its leads, then its coordinators)
    or a task (its addressees): those an admin may write for."""
    assignment = assignment_of(province, key)
    if assignment:
        return assignment.agencies
    found = province.task_at(key)  # a task's id, or one occurrence's key
    return found[0].addressees if found else ()


SUB_ROW = "/"  # "406-11/Y tế": a sub-row's key is its parent's, a slash, its sector


def parts_meant(province: Province, agency: str | None, key: str) -> tuple[str, ...]:
    """The sub-rows an agency means by their parent's key: "406-11" from Sở Y tế, which has no
    role in 406-11 itself but leads 406-11/Y tế, is that sub-row (officers type the number the
    decision prints). Empty when the agency has a role in the row itself, or none in any of its
    sub-rows: the key then means the row itself, written or refused as such."""
    if agency is None or role_in(province, agency, key) or SUB_ROW in key:
        return ()
    prefix = key + SUB_ROW
    return tuple(
        k for k in province.assignments if k.startswith(prefix) and role_in(province, agency, k)
    )


def example_row(province: Province, agency: str | None) -> str | None:
    """One of the agency's own rows to show a command's form on: one it leads, a row before a
    sub-row ("406-22" before "406-11/Y tế"); None when it owns none."""
    rows = province.rows_of(agency) if agency else []
    ranked = sorted(rows, key=lambda a: (agency not in a.lead, SUB_ROW in a.key))
    return ranked[0].key if ranked else None


@dataclass(frozen=True)
class Target:
    """Whose status a write sets. `behalf`: written for that unit by someone who does not act
    for it (an admin recording what the unit sent by e-mail or on paper: "ghi thay")."""

    agency: str
    behalf: bool = False


@dataclass(frozen=True)
class UnitChoice:
    """An admin named no unit (or a group of units) for a row several units own: which one is
    for the admin to say, never for the bot to guess."""

    key: str
    units: tuple[str, ...]

    def to_write(self, now: Callable[[str], str | None], status: Status) -> UnitChoice:
        """The units still to choose from to write `status` (`now`: a unit's current status
        code, None when it has none): never one already at it (for done, the units that still
        owe the task). Such a unit would be refused as a repeat, and listed among the rest, first
        in the register's order, it invited the press that wrote the wrong unit (ux22 #2). A
        status said with its note (a vướng mắc, a reason) may be said again with another."""
        if note_needed(status):
            return self
        return UnitChoice(self.key, tuple(u for u in self.units if now(u) != status.value))


def target_for(
    province: Province, who: Actor, key: str, unit: str | None = None
) -> Target | UnitChoice | Refusal:
    """For whom `who` writes `key`'s status. `unit`: the unit they named.

    - An officer writes for their own agency, where it leads or coordinates (naming it changes
      nothing; naming another unit is refused).
    - An admin who is also an officer of an agency with a role in the row writes for it, as an
      officer would, unless they name another unit.
    - Otherwise an admin writes for the unit they name ("ghi thay"), which must own the row;
      without one, for the row's only unit, or chooses among its units by buttons.
    """
    refusal = may_write(who)
    if refusal:
        return refusal
    if unit is not None and (
        unit != who.agency or (who.is_admin and not role_in(province, unit, key))
    ):
        return _named(province, who, key, unit)
    if who.agency is not None and role_in(province, who.agency, key):
        return Target(who.agency)
    if who.is_admin:
        units = owners(province, key)
        if len(units) > 1:
            return UnitChoice(key, units)
        if units:
            return Target(units[0], behalf=True)
        return Refusal(Refused.ROW_UNASSIGNED, key=key)
    if who.agency is not None and province.members(who.agency) != (who.agency,):
        # Registered to "UBND huyện" before the province listed its units: one district's
        # write must not stand for all of them.
        return Refusal(Refused.GROUP_REGISTRATION, agency=who.agency)
    if province.task_at(key) is not None:  # a task the agency is no addressee of
        return Refusal(Refused.UNIT_NOT_OWNER, unit=who.agency, key=key, row=False)
    assignment = province.assignments.get(key)
    leads = assignment.lead if assignment is not None else ()
    return Refusal(Refused.NO_ROLE_IN_ROW, agency=who.agency, key=key, leads=leads)


def stated_for(province: Province, who: Actor, unit: str | None) -> str | Refusal | None:
    """The unit a free-text statement names before its status ("Sở Y tế đã nộp biểu 02"): an
    admin writes for it (`target_for` then checks it owes the row); an officer naming their own
    unit, or one of its members, writes as always (None); an officer naming another unit is
    refused: only that unit or an admin writes it."""
    if unit is None or who.is_admin:
        return unit
    own = who.agency
    if own is not None and unit != own and unit not in province.members(own):
        return Refusal(Refused.STATED_FOR_OTHER, agency=own, unit=unit)
    return None


def _named(province: Province, who: Actor, key: str, unit: str) -> Target | UnitChoice | Refusal:
    """An admin (only) writes for another unit, one that owns the row; a group named ("UBND
    huyện") is a choice among its units that own it."""
    if not who.is_admin:
        return Refusal(Refused.ADMINS_WRITE_FOR_OTHERS, agency=who.agency, key=key)
    owning = tuple(m for m in province.members(unit) if role_in(province, m, key))
    if not owning:
        return Refusal(Refused.UNIT_NOT_OWNER, unit=unit, key=key, row=key in province.assignments)
    if len(owning) > 1:
        return UnitChoice(key, owning)
    return Target(owning[0], behalf=owning[0] != who.agency)


def single_target(
    province: Province, who: Actor, key: str, unit: str | None = None
) -> Target | Refusal:
    """For whom `who` writes `key`'s status (`target_for`); a choice still to make is refused,
    so that no front end without unit buttons (the web desk) picks a unit silently."""
    found = target_for(province, who, key, unit)
    if isinstance(found, UnitChoice):
        return Refusal(Refused.CHOOSE_UNIT_FIRST, key=key, count=len(found.units))
    return found


def write_target(
    province: Province, who: Actor, key: str, unit: str | None = None
) -> str | Refusal:
    """The agency `who` writes `key`'s status for (`single_target`)."""
    found = single_target(province, who, key, unit)
    return found.agency if isinstance(found, Target) else found


def note_needed(status: Status) -> str | None:
    """What the officer must add to this status, if anything."""
    if status == Status.KHONG_DU_DIEU_KIEN:
        return "lý do"
    if status == Status.VUONG_MAC:
        return "ghi chú về vướng mắc"
    return None


MIN_NOTE_LETTERS = 2  # "🙏🙏", "x", "." explain nothing; "hết kinh phí" does


def says_something(note: str) -> bool:
    """Whether a note or a reason is words: the reason a "không đủ điều kiện" carries goes into
    Phụ lục IV ("giải thích rõ nguyên nhân"), so an emoji or a single character is no reason."""
    return sum(ch.isalpha() for ch in note) >= MIN_NOTE_LETTERS


def rows_at_once(keys: Sequence[str], status: Status, note: str, named: bool) -> tuple[str, ...]:
    """The rows one "Ghi cả n" press writes: an offer's rows when the officer's own words named
    more than one ("mục 23-27 xong") and the status needs no note or carries one that says
    something; none otherwise (a Vướng mắc's note is asked row by row, a reminder's rows are
    pressed one by one). The offer shows the press and the press writes by this one decision,
    so the two never disagree (a note "x" once showed "Ghi cả 3" that the press refused)."""
    if not named or len(keys) < 2:
        return ()
    if note_needed(status) is not None and not says_something(note):
        return ()
    return tuple(keys)


@dataclass(frozen=True)
class Change:
    """One entry of the append-only history: who set which status for a row and an agency."""

    id: int
    key: str
    agency: str
    old: Status | None
    new: Status
    note: str
    by: int
    at: datetime
    # "ghi thay": the name of whoever wrote it for the unit without acting for it (an admin),
    # as they were named when they wrote; None when the unit's own officer wrote it
    behalf: str | None = None
    undoes: int | None = None  # an undo: the change whose status before it this put back
    # the day the unit said it sent the document, before the day written (standing.day_of)
    sent_on: date | None = None

    def to_json(self) -> dict:
        found = {
            "old": self.old,
            "new": self.new,
            "note": self.note,
            "by": self.by,
            "at": self.at.isoformat(),
            "behalf": self.behalf,
        }
        if self.sent_on is not None:
            found["sent_on"] = self.sent_on.isoformat()
        return found
