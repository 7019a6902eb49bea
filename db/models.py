"""SQLAlchemy 2 models. Status changes are append-only: the current status is the latest change.

States and statuses are stored as strings (no migration) and read back as the core's enums: a value
that is not a member fails where it enters, on load or on write, not deep inside a view.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.column_types import CleanString, CleanText, EnumText
from knowledge.rules.officers import OfficerState
from knowledge.rules.proposal_changes import ChangeKind
from knowledge.rules.proposals import ProposalState
from knowledge.rules.statuses import Status


class Base(DeclarativeBase):
    pass


class DeliveryState(StrEnum):
    """A reminder_log row: pending (owed) -> sending (claimed by one instance, under a lease) ->
    sent; or dropped (done meanwhile) / blocked (403) / retry (the send failed: owed again at
    its next_at, the same day) / failed (retried until its day was over; reported to admins).
    """

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DROPPED = "dropped"
    BLOCKED = "blocked"
    RETRY = "retry"
    FAILED = "failed"


class Officer(Base):
    __tablename__ = "officers"
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(CleanString(200))
    agency: Mapped[str] = mapped_column(CleanString(200))
    province: Mapped[str] = mapped_column(CleanString(50))
    state: Mapped[OfficerState] = mapped_column(EnumText(OfficerState, 20))
    reminders: Mapped[bool] = mapped_column(Boolean, default=True)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class StatusChange(Base):
    __tablename__ = "status_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    key: Mapped[str] = mapped_column(CleanString(300))
    agency: Mapped[str] = mapped_column(CleanString(200))
    old: Mapped[Status | None] = mapped_column(EnumText(Status, 30), nullable=True)
    new: Mapped[Status] = mapped_column(EnumText(Status, 30))
    note: Mapped[str] = mapped_column(CleanText, default="")
    by: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # "ghi thay": the name of who wrote it for the unit without acting for it (an admin
    # recording what the unit sent outside the bot); NULL when the unit's own officer wrote it
    behalf: Mapped[str | None] = mapped_column(CleanString(200), nullable=True)
    # an undo (its "Hoàn tác", /hoantac, a submission's undo): the change it put back the status
    # before; NULL for a write of its own (migration 0016)
    undoes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # the day the unit said it sent the document ("đã gửi ngày 9/4"), before the day written:
    # on time or late counts from it (knowledge/rules/standing.py `day_of`); NULL: the day
    # written (migration 0020)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        # a cell's newest change (a status write, the undo)
        Index("ix_status_key_agency", "province", "key", "agency", "id"),
        # a row's latest changes, every agency's (/lichsu): read newest first, not sorted
        Index("ix_status_key", "province", "key", "id"),
    )


class Chat(Base):
    __tablename__ = "chats"
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(CleanString(20))  # private | group
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ChatAgency(Base):
    """An agency a group follows with /theodoi: a group may follow several."""

    __tablename__ = "chat_agencies"
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    agency: Mapped[str] = mapped_column(CleanString(200), primary_key=True)


class PendingInput(Base):
    """What the bot is waiting for in a chat (a note for a status), so a restart loses nothing."""

    __tablename__ = "pending_inputs"
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(CleanString(30))
    payload: Mapped[str] = mapped_column(CleanText)
    # when it was asked: a prompt left unanswered for 10 minutes ends (None: asked before 0005)
    since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SavedDraft(Base):
    """What an officer typed into a prompt another command ended (a form's lines, a status's
    note), kept apart from the one prompt a chat waits for, until taken up or expired
    (knowledge/rules/drafts.py). Never a submission: nothing counts it as sent."""

    __tablename__ = "saved_drafts"
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    slot: Mapped[str] = mapped_column(CleanString(30), primary_key=True)  # a form's code, "note"
    kind: Mapped[str] = mapped_column(CleanString(30))  # the prompt's kind, as pending_inputs
    payload: Mapped[str] = mapped_column(CleanText)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReminderLog(Base):
    """One reminder owed to one chat, recorded before it is sent: the unique key makes it exactly
    once. Its state is a DeliveryState.
    """

    __tablename__ = "reminder_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uniq: Mapped[str] = mapped_column(CleanString(500), unique=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    day: Mapped[date] = mapped_column(Date)  # the tick that planned it
    agency: Mapped[str] = mapped_column(CleanString(200))
    due: Mapped[date] = mapped_column(Date)
    offset: Mapped[int] = mapped_column(Integer)
    keys: Mapped[str] = mapped_column(CleanText)  # the rows and tasks, comma separated
    state: Mapped[DeliveryState] = mapped_column(EnumText(DeliveryState, 20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(CleanString(64), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # the claim is the owner's until then; a live owner renews it, a dead one's runs out
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # a failed send is owed again from then (back-off), while its day lasts
    next_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (Index("ix_reminder_state_chat", "province", "state", "chat_id"),)


class TickState(Base):
    """The last day whose reminders were planned, so a restart catches up the days it missed."""

    __tablename__ = "tick_state"
    province: Mapped[str] = mapped_column(CleanString(50), primary_key=True)
    last_day: Mapped[date] = mapped_column(Date)


class Proposal(Base):
    """A service an agency proposes for the portal (BIỂU 02): its current values, edited until the
    deadline, each change logged in proposal_changes; withdrawn ones are kept with their state.
    """

    __tablename__ = "proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    agency: Mapped[str] = mapped_column(CleanString(200))
    by: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(CleanText)
    sector: Mapped[str] = mapped_column(CleanString(200), default="")
    tier: Mapped[str] = mapped_column(CleanString(10))  # tinh | huyen | xa
    level: Mapped[int] = mapped_column(Integer)  # 3 | 4, the level held now
    lead: Mapped[str] = mapped_column(CleanText)
    coordinate: Mapped[str] = mapped_column(CleanText, default="")  # agency names joined by "|"
    quarter: Mapped[str] = mapped_column(CleanString(30))  # "Quý II/2021"
    note: Mapped[str] = mapped_column(CleanText, default="")
    state: Mapped[ProposalState] = mapped_column(EnumText(ProposalState, 20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_proposal_agency", "province", "agency", "state"),)


class ProposalChange(Base):
    """One entry of a proposal's append-only log (created, edited, withdrawn, restored, an edit
    undone): the fields it changed as JSON objects, before and after. Never changed or deleted.
    """

    __tablename__ = "proposal_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    proposal_id: Mapped[int] = mapped_column(Integer, ForeignKey("proposals.id"))
    kind: Mapped[ChangeKind] = mapped_column(EnumText(ChangeKind, 20))
    before: Mapped[str] = mapped_column(CleanText)
    after: Mapped[str] = mapped_column(CleanText)
    undoes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # an undo: the change
    by: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_proposal_change", "province", "proposal_id", "id"),)


class ImportVersion(Base):
    """One version of a province's assignment table: an import or a rollback (number set when
    applied; the latest is in force), or a draft awaiting an admin's "Áp dụng" (number None).
    """

    __tablename__ = "import_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The version in force when the draft was reviewed: applied only while it still is.
    base: Mapped[int | None] = mapped_column(Integer, nullable=True)
    state: Mapped[str] = mapped_column(CleanString(10))  # draft | applied
    province_name: Mapped[str] = mapped_column(CleanString(200))
    decision: Mapped[str] = mapped_column(CleanString(10))
    source: Mapped[str] = mapped_column(CleanString(300))
    by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    restores: Mapped[int | None] = mapped_column(Integer, nullable=True)
    embedded: Mapped[bool] = mapped_column(Boolean)  # the data files' table: no rows of its own
    rows: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    applied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (
        UniqueConstraint("province", "number", name="uq_import_version_number"),
        Index("ix_import_version_state", "province", "state"),
    )


class ImportedAssignment(Base):
    """A row of one version of a province's assignment table (`python -m bot import`, or a file
    sent to the bot): the version in force replaces the embedded table.
    """

    __tablename__ = "imported_assignments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50), index=True)
    province_name: Mapped[str] = mapped_column(CleanString(200))
    decision: Mapped[str] = mapped_column(CleanString(10))
    line: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(CleanString(300))
    lead: Mapped[str] = mapped_column(CleanText)
    coordinate: Mapped[str] = mapped_column(CleanText)
    deadline_text: Mapped[str] = mapped_column(CleanText)
    source: Mapped[str] = mapped_column(CleanString(300))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    role_text: Mapped[str] = mapped_column(CleanText, server_default="")


class Submission(Base):
    """One version of a form a unit sent (BIỂU 02, Phụ lục I–IV, or a file for a form the bot
    has no layout of, form "tep"): who, when, the file as received (or as the bot wrote it from
    the chat), what it holds. `task`: the task's id, or an occurrence's key for a recurring task.
    Never changed: a resubmission is a new version (numbered per task, form and unit), and the
    latest one is the unit's accepted submission.
    """

    __tablename__ = "submissions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    task: Mapped[str] = mapped_column(CleanString(100))
    form: Mapped[str] = mapped_column(CleanString(20))  # knowledge.deliverables.forms.FORMS code
    agency: Mapped[str] = mapped_column(CleanString(200))
    version: Mapped[int] = mapped_column(Integer)
    by: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(CleanString(10))  # file | chat
    file_name: Mapped[str] = mapped_column(CleanString(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    data: Mapped[str] = mapped_column(CleanText)  # JSON: the parsed counts or lines
    summary: Mapped[str] = mapped_column(CleanText)
    # "ghi thay": who sent it for the unit (an admin, from a form the unit sent outside the bot)
    behalf: Mapped[str | None] = mapped_column(CleanString(200), nullable=True)
    # the status change it appended when it completed its task (its undo puts it back too)
    marked: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (
        UniqueConstraint(
            "province", "task", "form", "agency", "version", name="uq_submission_task_version"
        ),
        Index("ix_submission_task", "province", "task", "agency"),
    )


class SubmissionUndo(Base):
    """A submission undone by its "Hoàn tác": the unit's accepted version of that form is again
    the one before it, or none. Once per submission; the submission itself is kept."""

    __tablename__ = "submission_undos"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    submission_id: Mapped[int] = mapped_column(Integer, ForeignKey("submissions.id"))
    by: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    behalf: Mapped[str | None] = mapped_column(CleanString(200), nullable=True)
    restored: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the status put back

    __table_args__ = (UniqueConstraint("submission_id", name="uq_submission_undo"),)


class LetterRecord(Base):
    """A letter read into a draft of tasks (knowledge/letters): reviewed and edited as a draft
    (state draft; the draft JSON changes with each edit), then published (its tasks get their
    ids in letter_tasks and never change again) or dropped. Which published letters are in
    force is the latest letter_versions row's.
    """

    __tablename__ = "letters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(String(50))
    state: Mapped[str] = mapped_column(String(10))  # draft | published | dropped
    file_name: Mapped[str] = mapped_column(String(300))
    draft: Mapped[str] = mapped_column(Text)  # knowledge.letters.model.Draft as JSON
    revision: Mapped[int] = mapped_column(Integer)  # edits so far: a stale button edits nothing
    by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (Index("ix_letter_state", "province", "state"),)


class LetterDraftEdit(Base):
    """A correction to a letter's draft (append-only): the draft it replaced, so "Hoàn tác"
    writes that back (itself a correction, kept the same way), and what was said of it."""

    __tablename__ = "letter_draft_edits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    letter_id: Mapped[int] = mapped_column(Integer, ForeignKey("letters.id"))
    revision: Mapped[int] = mapped_column(Integer)  # the draft's revision this edit made
    before: Mapped[str] = mapped_column(Text)  # the draft's JSON before it
    said: Mapped[str] = mapped_column(Text)  # what the edit changed, as quoted back
    by: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("letter_id", "revision", name="uq_letter_draft_edit"),)


class LetterTask(Base):
    """A task of a published letter, under the id statuses, submissions and reminders use."""

    __tablename__ = "letter_tasks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(String(50))
    letter_id: Mapped[int] = mapped_column(Integer, ForeignKey("letters.id"))
    position: Mapped[int] = mapped_column(Integer)
    task_id: Mapped[str] = mapped_column(String(60))
    data: Mapped[str] = mapped_column(Text)  # knowledge.letters.model.Task as JSON

    __table_args__ = (
        UniqueConstraint("province", "task_id", name="uq_letter_task_id"),
        Index("ix_letter_task_letter", "letter_id", "position"),
    )


class LetterVersion(Base):
    """One version of the province's published letters: a publish, a withdrawal, a rollback or
    an undo, each giving the whole set in force (`letters`: letter ids, comma separated), or the
    coordinator ending or reopening the tracking of tasks (`ended`: task id -> the day it was
    ended, as JSON, for every ended task, the seeds' too; NULL: none), or moving a deadline
    (`moved`: a task id or an occurrence's key -> its new date and text and those before, as
    JSON, for every deadline moved; NULL: none), or renaming a task (`renamed`, likewise). The
    latest is in force; nothing is overwritten."""

    __tablename__ = "letter_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(String(50))
    number: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # publish | withdraw | rollback
    letter_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    letters: Mapped[str] = mapped_column(Text)
    ended: Mapped[str | None] = mapped_column(Text, nullable=True)
    moved: Mapped[str | None] = mapped_column(Text, nullable=True)
    renamed: Mapped[str | None] = mapped_column(Text, nullable=True)  # id -> title, was (JSON)
    restores: Mapped[int | None] = mapped_column(Integer, nullable=True)
    by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("province", "number", name="uq_letter_version_number"),)


# tables kept in modules of their own, registered on Base too (either module may come first)
import db.blank_form_model  # noqa: E402, F401
